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


def test_an_untitled_article_gets_its_opening_words_as_headline():
    r = Resolver()
    r.add(ArticleExtraction(Article(id="a2", text="Talks resumed in Geneva.\nMore text."), {}, {}, [], []))
    g, _ = build(r)
    assert g.value(iri("https://kg.example.org/", "article/a2"), SDO.headline) == Literal("Talks resumed in Geneva.")


def test_a_fact_read_twice_in_an_article_has_one_evidence_node_per_reading():
    r = _resolver()
    again = Evidence("a1", "Ana Costa works at the WTO.", 40, 49, "prep-at", 0.7)
    r.facts.append(Fact(r.facts[0].subject, "affiliation", r.facts[0].object, again))
    _, prov = build(r)
    readings = [ev for ev in prov.subjects(KG.statementPredicate, SDO.affiliation)]
    assert len(readings) == 2
    assert all(len(set(prov.objects(ev, KG.sentence))) == 1 for ev in readings)


def test_dataset_puts_facts_in_their_articles_graph_and_evidence_apart():
    from kg.rdf import article_graph, dataset, provenance_graph

    domain, prov = build(_resolver())
    ds = dataset(domain, prov)
    article = ds.graph(article_graph(iri("https://kg.example.org/", "article/a1")))
    ana = iri("https://kg.example.org/", "person/ana-costa")
    assert (ana, SDO.jobTitle, Literal("economist")) in article
    assert (ana, SDO.name, Literal("Ana Costa")) in ds.default_graph
    assert set(ds.graph(provenance_graph()).subjects(RDF.type, KG.Evidence)) == set(prov.subjects(RDF.type, KG.Evidence))
    assert {(s, p, o) for s, p, o, _ in ds} == set(domain) | set(prov)


# --- any text survives every syntax -------------------------------------------

#: Text that breaks naive serializers: quotes, backslashes, newlines, IRI
#: delimiters, emoji, right-to-left text and its override marks.
NASTY = ['He said "no" \\ then \'yes\'', 'line one\nline two\r\n\ttabbed', "<script>&amp;</script> {x} |y| ^z^ `w`",
         "naïve Zoë 😀👩‍🔬 北京大学", "مرحبا بالعالم \u202eevil\u202c שלום", '"""', "\\u0041 \\n", "\ufeff\u200b\ufffe"]
ANY_TEXT = st.one_of(st.sampled_from(NASTY), st.text(min_size=1, max_size=40)).filter(lambda s: s.strip())


def _reparsed_everywhere(domain, provenance):
    """Each graph written in each of kg's syntaxes, read back by rdflib and by pyoxigraph (which validates IRIs)."""
    import pyoxigraph
    from rdflib import Dataset

    from kg.formats import FORMATS
    from kg.rdf import dataset

    oxigraph = {"turtle": pyoxigraph.RdfFormat.TURTLE, "ntriples": pyoxigraph.RdfFormat.N_TRIPLES,
                "trig": pyoxigraph.RdfFormat.TRIG, "nquads": pyoxigraph.RdfFormat.N_QUADS}
    for name, f in FORMATS.items():
        for graph in [dataset(domain, provenance)] if f.is_dataset else [domain, provenance]:
            text = graph.serialize(format=f.rdflib_name)
            if f.is_dataset:  # kg writes no blank nodes, so the quads compare as they are
                again = Dataset().parse(data=text, format=f.rdflib_name)
                assert set(again.quads()) == set(graph.quads()), name
            else:
                assert isomorphic(graph, Graph().parse(data=text, format=f.rdflib_name)), name
            if name in oxigraph:
                assert len(list(pyoxigraph.parse(text, oxigraph[name]))) == len(set(graph.quads() if f.is_dataset else graph)), name


@settings(max_examples=60, deadline=None)
@given(key=st.text(max_size=30))
def test_iris_are_minted_from_any_key_as_valid_iris(key):
    node = iri("https://kg.example.org/", "person/" + key)
    rest = str(node).removeprefix("https://kg.example.org/person/")
    assert all(c.isascii() and (c.isalnum() or c in "/-._~%") for c in rest)
    assert iri("https://kg.example.org/", "person/" + key) == node  # the same key, the same IRI


@settings(max_examples=60, deadline=None)
@given(quote=ANY_TEXT, title=ANY_TEXT, job=ANY_TEXT, sentence=ANY_TEXT, url=ANY_TEXT)
def test_quotes_titles_literals_and_evidence_of_any_text_reparse_to_the_same_graph(quote, title, job, sentence, url):
    r = Resolver()
    ev = Evidence("a9", sentence, 0, 3, "appos", 0.5)
    r.add(ArticleExtraction(
        Article(id="a9", text=sentence, title=title, url=url),
        {0: [job], 1: [quote]}, {0: {"Person"}, 1: {"Organization"}}, [],
        [Fact(0, "jobTitle", job, ev), Fact(0, "affiliation", 1, ev)], [(0, quote, ev)],
    ))
    _reparsed_everywhere(*build(r))
