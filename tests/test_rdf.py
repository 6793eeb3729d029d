"""rdf: records become schema.org triples; names of any kind survive a Turtle round trip."""
from hypothesis import given, settings, strategies as st
from rdflib import Graph, Literal
from rdflib.compare import isomorphic

from kg.rdf import build, date_literal, iri
from kg.records import Article, ArticleExtraction, Evidence, Fact
from kg.resolve import Resolver
from kg.vocab import KG, SDO, XSD, RDF


def _resolver(person="Ana Costa", org="World Trade Organization"):
    r = Resolver()
    ev = Evidence("a1", "Ana Costa, an economist at the WTO, spoke.", 0, 9, "appos", 0.85)
    r.add(ArticleExtraction(
        Article(id="a1", text="...", title="Trade", date="2025-06-20", url="https://news.example.org/t"),
        {0: [person], 1: [org, "WTO"], 2: ["EU-Japan Trade Talks"]},
        {0: {"Person"}, 1: {"Organization"}, 2: {"Event"}},
        [],
        [Fact(0, "affiliation", 1, ev), Fact(0, "jobTitle", "economist", ev), Fact(2, "participant", 0, ev),
         Fact(2, "date", "2025-06", ev)],
        [(0, "Trade must stay open.", ev)],
    ))
    return r


def test_entities_facts_and_article_in_schema_org():
    g, _ = build(_resolver())
    ana = iri("https://kg.example.org/", "person/ana-costa")
    wto = iri("https://kg.example.org/", "organization/world-trade-organization")
    article = iri("https://kg.example.org/", "article/a1")
    assert (ana, RDF.type, SDO.Person) in g
    assert (ana, SDO.affiliation, wto) in g
    assert (ana, SDO.jobTitle, Literal("economist")) in g
    assert (wto, SDO.alternateName, Literal("WTO")) in g
    assert (article, RDF.type, SDO.NewsArticle) in g
    assert (article, SDO.mentions, ana) in g
    assert (article, SDO.datePublished, Literal("2025-06-20", datatype=XSD.date)) in g
    assert (None, SDO.startDate, Literal("2025-06", datatype=XSD.gYearMonth)) in g


def test_evidence_lives_in_the_provenance_graph():
    domain, prov = build(_resolver())
    assert not list(domain.subjects(RDF.type, KG.Evidence))
    evidence = list(prov.subjects(RDF.type, KG.Evidence))
    assert len(evidence) == 4
    for ev in evidence:
        assert prov.value(ev, KG.rule) is not None and prov.value(ev, KG.confidence) is not None


def test_date_literals_carry_their_precision():
    assert date_literal("2024").datatype == XSD.gYear
    assert date_literal("2024-05").datatype == XSD.gYearMonth
    assert date_literal("2024-05-01").datatype == XSD.date


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40).filter(lambda s: s.strip()), st.text(min_size=1, max_size=40).filter(lambda s: s.strip()))
def test_any_name_serializes_to_turtle_that_reparses_to_the_same_graph(person, org):
    g, prov = build(_resolver(person, org))
    for graph in (g, prov):
        again = Graph().parse(data=graph.serialize(format="turtle"), format="turtle")
        assert isomorphic(graph, again)
