"""rdf: the records as an rdflib graph in schema.org terms.

Two graphs: the *domain* graph users browse (people, organisations, places,
events, articles and the facts between them) and the *provenance* graph, one
``kg:Evidence`` node per fact naming the statement, its article, sentence,
character offsets, rule and confidence. Keeping evidence out of the domain
graph keeps it small and clean; the two join on the statement's terms.
"""
from __future__ import annotations

import hashlib
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef

from .records import LITERAL_RELATIONS, Article, Entity, Evidence
from .resolve import Resolver
from .vocab import KG, KIND_CLASS, PROV, RDF, RELATION_PREDICATE, SDO, XSD

__all__ = ["DEFAULT_BASE", "iri", "build", "date_literal"]

DEFAULT_BASE = "https://kg.example.org/"


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


def build(resolver: Resolver, base: str = DEFAULT_BASE) -> tuple[Graph, Graph]:
    """The domain graph and the provenance graph of everything the resolver holds."""
    domain, provenance = _new_graph(), _new_graph()
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


def _new_graph() -> Graph:
    g = Graph()
    g.bind("schema", SDO)
    g.bind("kg", KG._NS)
    g.bind("prov", PROV)
    return g


def _add_entity(g: Graph, base: str, entity: Entity) -> None:
    node = iri(base, entity.key)
    for kind in sorted(entity.kinds):
        g.add((node, RDF.type, KIND_CLASS[kind]))
    g.add((node, SDO.name, Literal(entity.name)))
    for alias in sorted(entity.aliases):
        g.add((node, SDO.alternateName, Literal(alias)))


def _add_article(g: Graph, base: str, article: Article, mentioned) -> None:
    node = iri(base, "article/" + article.id)
    g.add((node, RDF.type, SDO.NewsArticle))
    g.add((node, SDO.identifier, Literal(article.id)))
    if article.title:
        g.add((node, SDO.headline, Literal(article.title)))
    if article.date:
        g.add((node, SDO.datePublished, date_literal(article.date)))
    if article.url:
        g.add((node, SDO.url, Literal(article.url, datatype=XSD.anyURI)))
    for key in sorted(mentioned):
        g.add((node, SDO.mentions, iri(base, key)))


def _add_evidence(g: Graph, base: str, triple, evidence: Evidence) -> None:
    s, p, o = triple
    node = iri(base, "evidence/" + _digest(evidence.article_id, str(s), str(p), str(o)))
    g.add((node, RDF.type, KG.Evidence))
    g.add((node, KG.statementSubject, s))
    g.add((node, KG.statementPredicate, p))
    g.add((node, KG.statementObject, o))
    g.add((node, PROV.wasDerivedFrom, iri(base, "article/" + evidence.article_id)))
    g.add((node, KG.sentence, Literal(evidence.sentence)))
    g.add((node, KG.charStart, Literal(evidence.start)))
    g.add((node, KG.charEnd, Literal(evidence.end)))
    g.add((node, KG.rule, Literal(evidence.rule)))
    g.add((node, KG.confidence, Literal(round(evidence.confidence, 3), datatype=XSD.decimal)))


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]
