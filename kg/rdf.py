"""rdf: the records as an rdflib graph in schema.org terms.

Two graphs: the *domain* graph users browse (people, organisations, places,
events, articles and the facts between them) and the *provenance* graph, one
``kg:Evidence`` node per fact naming the statement, its article, sentence,
character offsets, rule and confidence. Keeping evidence out of the domain
graph keeps it small and clean; the two join on the statement's terms.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING
from urllib.parse import quote

from rdflib import Dataset, Graph, Literal, URIRef

from .records import LITERAL_RELATIONS, Article, Entity, Evidence
from .vocab import KG, KIND_CLASS, PROV, RDF, RELATION_PREDICATE, SDO, XSD

if TYPE_CHECKING:  # (only named in a signature: the resolver's rewrite writes with this module, so no import back)
    from .resolve import Resolver

__all__ = ["DEFAULT_BASE", "iri", "build", "date_literal", "dataset", "article_graph", "provenance_graph"]

DEFAULT_BASE = "https://kg.example.org/"


@lru_cache(maxsize=1 << 17)  # a graph names each entity many times (facts, evidence, mentions)
def iri(base: str, key: str) -> URIRef:
    """The one place IRIs are minted: ``<base><kind>/<slug>``.

    >>> str(iri("https://kg.example.org/", "person/zoë-o-brien"))
    'https://kg.example.org/person/zo%C3%AB-o-brien'
    """
    return URIRef(base.rstrip("/") + "/" + quote(key, safe="/-._~"))


def date_literal(value: str) -> Literal:
    """ISO 8601 text as a typed literal at its own precision.

    >>> date_literal("2024-05").datatype == XSD.gYearMonth
    True
    """
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}.get(len(value))
    return Literal(value, datatype=datatype) if datatype else Literal(value)


def build(resolver: Resolver, base: str = DEFAULT_BASE, into: tuple[Graph, Graph] | None = None) -> tuple[Graph, Graph]:
    """The domain graph and the provenance graph of everything the resolver holds.

    ``into`` adds to existing graphs instead of new ones, so a build that writes
    batch by batch does not copy every triple twice.
    """
    domain, provenance = into or (_new_graph(), _new_graph())
    for entity in resolver.entities.values():
        _add_entity(domain, base, entity)
    for article in resolver.articles:
        _add_article(domain, base, article, resolver.mentions.get(article.id, ()))
    for fact in resolver.facts:
        s = iri(base, fact.subject)
        p = RELATION_PREDICATE[fact.relation]
        if fact.relation == "date":
            o = date_literal(fact.object)
        elif fact.relation in LITERAL_RELATIONS:
            o = Literal(fact.object)
        else:
            o = iri(base, fact.object)
        domain.add((s, p, o))
        _add_evidence(provenance, base, (s, p, o), fact.evidence)
    for speaker, text, evidence in resolver.quotes:
        q = iri(base, "quote/" + _digest(speaker, text))
        domain.add((q, RDF.type, SDO.Quotation))
        domain.add((q, SDO.text, Literal(text)))
        domain.add((q, SDO.spokenByCharacter, iri(base, speaker)))
        domain.add((q, SDO.isBasedOn, iri(base, "article/" + evidence.article_id)))
    return domain, provenance


def article_graph(article: URIRef) -> URIRef:
    """The named graph of what was read from one article: the article's IRI plus ``/graph``.

    >>> str(article_graph(URIRef("https://kg.example.org/article/a1")))
    'https://kg.example.org/article/a1/graph'
    """
    return URIRef(str(article) + "/graph")


def provenance_graph(base: str = DEFAULT_BASE) -> URIRef:
    """The named graph that holds every ``kg:Evidence`` node."""
    return iri(base, "graph/provenance")


def dataset(domain: Graph, provenance: Graph, base: str = DEFAULT_BASE) -> Dataset:
    """The domain and provenance graphs as one RDF dataset (for TriG and N-Quads).

    Each article's named graph holds the facts read from it (as its evidence
    says), its quotations and its mentions. What no single article owns stays in
    the default graph: the resolved entities' types and names and the articles'
    metadata. The evidence goes to its own named graph. The union of all the
    graphs is exactly ``domain`` plus ``provenance``.
    """
    read_in: dict[tuple, set] = defaultdict(set)
    for ev in provenance.subjects(RDF.type, KG.Evidence):
        statement = tuple(provenance.value(ev, p) for p in (KG.statementSubject, KG.statementPredicate, KG.statementObject))
        read_in[statement].add(provenance.value(ev, PROV.wasDerivedFrom))
    ds = Dataset()
    _bind(ds)
    for s, p, o in domain:
        if p == SDO.mentions:
            articles = {s}
        elif (s, RDF.type, SDO.Quotation) in domain:
            articles = set(domain.objects(s, SDO.isBasedOn))
        else:
            articles = read_in.get((s, p, o), ())
        for article in articles:
            ds.graph(article_graph(article)).add((s, p, o))
        if not articles:
            ds.add((s, p, o))
    evidence = ds.graph(provenance_graph(base))
    for triple in provenance:
        evidence.add(triple)
    return ds


def _new_graph() -> Graph:
    return _bind(Graph())


def _bind(g):
    g.bind("schema", SDO)
    g.bind("kg", KG._NS)
    g.bind("prov", PROV)
    return g


def _add_entity(g: Graph, base: str, entity: Entity) -> None:
    node = iri(base, entity.key)
    for kind in sorted(entity.kinds):
        g.add((node, _TYPE, KIND_CLASS[kind]))
    g.add((node, _NAME, _literal(entity.name)))
    for alias in sorted(entity.aliases):
        g.add((node, _ALTERNATE_NAME, _literal(alias)))


def _add_article(g: Graph, base: str, article: Article, mentioned) -> None:
    node = iri(base, "article/" + article.id)
    g.add((node, RDF.type, SDO.NewsArticle))
    g.add((node, SDO.identifier, Literal(article.id)))
    # schema.org wants a headline on every article; an untitled one gets its opening words.
    g.add((node, SDO.headline, Literal(article.title or _opening(article.text))))
    if article.date:
        g.add((node, SDO.datePublished, date_literal(article.date)))
    if article.url:
        g.add((node, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    for key in sorted(mentioned):
        g.add((node, SDO.mentions, iri(base, key)))


def _add_evidence(g: Graph, base: str, triple, evidence: Evidence) -> None:
    s, p, o = triple
    # One node per reading: the span is part of the identity, so a fact read twice in an
    # article gets two nodes instead of one node with two sentences and two offsets.
    node = iri(base, "evidence/" + _digest(evidence.article_id, str(s), str(p), str(o), str(evidence.start), str(evidence.end)))
    if (node, _TYPE, _EVIDENCE) in g:
        return
    g.add((node, _TYPE, _EVIDENCE))
    g.add((node, _SUBJECT, s))
    g.add((node, _PREDICATE, p))
    g.add((node, _OBJECT, o))
    g.add((node, _DERIVED_FROM, iri(base, "article/" + evidence.article_id)))
    g.add((node, _SENTENCE, _literal(evidence.sentence)))
    g.add((node, _START, _literal(evidence.start)))
    g.add((node, _END, _literal(evidence.end)))
    g.add((node, _RULE, _literal(evidence.rule)))
    g.add((node, _CONFIDENCE, _literal(round(evidence.confidence, 3), XSD.decimal)))


# The terms written for every entity and every fact's evidence, looked up once: rdflib's
# namespaces look a term up on each use, which takes as long as adding the triple to a set.
_TYPE, _NAME, _ALTERNATE_NAME, _DERIVED_FROM = RDF.type, SDO.name, SDO.alternateName, PROV.wasDerivedFrom
_EVIDENCE, _SUBJECT, _PREDICATE, _OBJECT = KG.Evidence, KG.statementSubject, KG.statementPredicate, KG.statementObject
_SENTENCE, _START, _END, _RULE, _CONFIDENCE = KG.sentence, KG.charStart, KG.charEnd, KG.rule, KG.confidence


@lru_cache(maxsize=1 << 16, typed=True)  # typed: 1, 1.0 and True are three literals
def _literal(value, datatype=None) -> Literal:
    """A literal made once for each value: offsets, rules, sentences and names repeat (several facts
    are read in one sentence; the identity step writes what it moves twice, as it was and as it is),
    and rdflib checks and converts the value each time it makes one."""
    return Literal(value, datatype=datatype)


def _opening(text: str, limit: int = 110) -> str:
    """The first line of ``text``, cut at a word boundary to schema.org's suggested headline length.

    >>> _opening("Talks resumed in Geneva on Monday after a long pause in the negotiations between the two sides over tariffs.", 40)
    'Talks resumed in Geneva on Monday…'
    """
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "") or "untitled"
    if len(line) <= limit:
        return line
    return line[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]
