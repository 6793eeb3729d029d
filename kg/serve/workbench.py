"""serve.workbench: what the workbench's views show, read from a worker's pyoxigraph store.

Each function takes the ``Served`` graph and returns plain data (JSON for the
browser): a page of a query's answer, names found as one types, an entity with
its facts and the evidence for each (a page of each list at a time), a network
with its measures.
They run in the query workers (``kg.serve.workers``), so a slow one is killed
like a slow query.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import islice

from .sparql import Refused, check_query

__all__ = ["Served", "OPS", "PREFIXES", "KINDS"]

KINDS = ("Person", "Organization", "Event", "Place")
PREFIXES = {"schema": "https://schema.org/", "kg": "https://w3id.org/kg-news/ontology#",
            "prov": "http://www.w3.org/ns/prov#", "xsd": "http://www.w3.org/2001/XMLSchema#",
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
SDO = PREFIXES["schema"]
PAGE_MAX = 1_000  # rows in a page of the table view, or of an entity's facts, evidence or articles

#: predicate -> (label read from the subject, label read from the object)
RELATIONS = {
    SDO + "affiliation": ("affiliated with", "people affiliated"),
    SDO + "jobTitle": ("title", "title of"),
    SDO + "attendee": ("participants", "took part in"),
    SDO + "location": ("where", "events and bodies here"),
    SDO + "superEvent": ("part of", "parts"),
    SDO + "parentOrganization": ("parent organisation", "units"),
    SDO + "startDate": ("date", "date of"),
}


@dataclass
class Entity:
    iri: str
    name: str
    kinds: list[str]
    aliases: list[str] = field(default_factory=list)
    articles: int = 0


class Served:
    """A worker's graph: its pyoxigraph store, and an index of entity names made when first needed."""

    def __init__(self, store, union: bool = True):
        self.store, self.union = store, union
        self._entities: dict[str, Entity] | None = None
        self._by_name: dict[str, list[str]] = {}

    def select(self, text: str, values: dict[str, list] | None = None) -> list[tuple]:
        """Rows of a SELECT (kg's prefixes declared) as tuples of term values (None: unbound).

        ``values`` binds variables to pyoxigraph terms in a VALUES block at the
        head of the pattern: pyoxigraph writes them, quoted and escaped.
        """
        if values:
            block = " ".join(f"VALUES ?{k} {{ {' '.join(map(str, terms))} }}" for k, terms in values.items())
            text = re.sub(r"\bWHERE\s*\{", lambda m: m.group(0) + " " + block + " ", text, count=1)
        return [tuple(None if t is None else t.value for t in row)
                for row in self.store.query(_PROLOGUE + text, use_default_graph_as_union=self.union)]

    @property
    def entities(self) -> dict[str, Entity]:
        if self._entities is None:
            entities: dict[str, Entity] = {}
            kinds: dict[str, set[str]] = defaultdict(set)
            for x, kind, name in self.select("""SELECT ?x ?type ?name WHERE {
                    VALUES ?type { schema:Person schema:Organization schema:Event schema:Place }
                    ?x a ?type ; schema:name ?name }"""):
                kinds[x].add(kind.rsplit("/", 1)[-1])
                if x not in entities or name < entities[x].name:
                    entities[x] = Entity(x, name, [])
            for x, e in entities.items():
                e.kinds = [k for k in KINDS if k in kinds[x]]
            for x, alias in self.select("SELECT ?x ?alias WHERE { ?x schema:alternateName ?alias }"):
                if x in entities and alias != entities[x].name:
                    entities[x].aliases.append(alias)
            for x, n in self.select("SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a schema:mentions ?x } GROUP BY ?x"):
                if x in entities:
                    entities[x].articles = int(n)
            by_name: dict[str, list[str]] = defaultdict(list)
            for e in entities.values():
                e.aliases.sort()
                for name in (e.name, *e.aliases):
                    by_name[name].append(e.iri)
            self._entities, self._by_name = entities, dict(by_name)
        return self._entities

    def named(self, name: str) -> list[str]:
        """The entities with this name or alias."""
        self.entities  # noqa: B018 (made on first use)
        return self._by_name.get(name, [])


def _card(e: Entity, matched: str | None = None) -> dict:
    return {"iri": e.iri, "name": e.name, "kinds": e.kinds, "articles": e.articles,
            **({"matched": matched} if matched and matched != e.name else {})}


def search(served: Served, q: str, limit: int = 12) -> dict:
    """Entities with a name or alias containing ``q`` (ignoring case): whole names first, then
    names that start with it, then words that do, then the rest; the most mentioned first within each."""
    needle = q.strip().lower()
    if not needle:
        return {"query": q, "results": []}
    found = {}
    for e in served.entities.values():
        best = None
        for name in (e.name, *e.aliases):
            low = name.lower()
            at = low.find(needle)
            if at < 0:
                continue
            rank = 0 if low == needle else 1 if at == 0 else 2 if not low[at - 1].isalnum() else 3
            if best is None or rank < best[0]:
                best = (rank, name)
        if best is not None:
            found[e.iri] = (best[0], -e.articles, e.name.lower(), best[1])
    ranked = sorted(found.items(), key=lambda item: item[1])[:max(1, min(limit, 50))]
    return {"query": q, "results": [_card(served.entities[iri], key[3]) for iri, key in ranked]}


def _term(iri: str):
    from pyoxigraph import NamedNode

    try:
        return NamedNode(iri)
    except ValueError as exc:
        raise Refused(400, f"not an IRI: {iri!r}") from exc


def _marks(sentence: str, names: list[str]) -> list[list[int]]:
    """Character spans of the names in the sentence, as whole words (longest names first, spans not overlapping).

    >>> _marks("These boxes, like the US's TiVo, pause.", ["US", "TiVo"])
    [[22, 24], [27, 31]]
    """
    taken: list[list[int]] = []
    low = sentence.lower()
    for name in sorted({n for n in names if n and len(n) > 1}, key=len, reverse=True):
        # not inside a word: the US's alias "us" is no mark in "pause"
        for m in re.finditer(r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", low):
            span = [m.start(), m.end()]
            if all(span[1] <= a or span[0] >= b for a, b in taken):
                taken.append(span)
    return sorted(taken)


# An article's headline, URL and date, asked beside whatever names it (?a)
_ARTICLE = "OPTIONAL { ?a schema:headline ?h } OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:datePublished ?date }"
# The evidence of every fact with ?x at either end. Asked as a UNION of the two ends, each a lookup
# in an index; a FILTER on either end read every evidence node of the graph (80 ms on the BBC).
_EVIDENCE = f"""SELECT ?ev ?s ?p ?o ?sentence ?rule ?confidence ?a ?h ?url ?date WHERE {{
    {{ ?ev kg:statementSubject ?x }} UNION {{ ?ev kg:statementObject ?x }}
    ?ev kg:statementSubject ?s ; kg:statementPredicate ?p ; kg:statementObject ?o ;
        kg:sentence ?sentence ; kg:rule ?rule ; kg:confidence ?confidence ; prov:wasDerivedFrom ?a .
    {_ARTICLE} }}"""


def _article(a: str, headline: str | None, url: str | None, date: str | None) -> dict:
    # only web links: a URL is shown as a link, and javascript: must not become one
    safe = url if url and url.lower().startswith(("http://", "https://")) else None
    return {"iri": a, "headline": headline, "url": safe, "date": date}


def _page(offset: int, limit: int) -> slice:
    offset, limit = max(0, int(offset)), max(0, min(int(limit), PAGE_MAX))
    return slice(offset, offset + limit)


def _entity(served: Served, iri: str) -> Entity:
    _term(iri)
    e = served.entities.get(iri)
    if e is None:
        raise Refused(404, f"no person, organisation, event or place has the IRI {iri}")
    return e


def _relations(served: Served, iri: str) -> list[dict]:
    """Every fact in and out of the entity, grouped by relation (kg's relations first), each fact with
    all its evidence, most supported first; ``ends`` (subject, object) says whose names to mark."""
    node = _term(iri)
    # facts only: not its names, nor the articles, quotations and evidence that point at it
    out = served.select("""SELECT ?p ?o ?kind WHERE { ?s ?p ?o .
        FILTER (?p NOT IN (rdf:type, schema:name, schema:alternateName, schema:mentions))
        FILTER (!STRSTARTS(STR(?p), STR(kg:)) && !STRSTARTS(STR(?p), STR(prov:)))
        BIND (isLITERAL(?o) AS ?kind) }""", {"s": [node]})
    into = [(s, p) for s, p in served.select("SELECT ?s ?p WHERE { ?s ?p ?o }", {"o": [node]})
            if s in served.entities]
    support: dict[tuple, list] = defaultdict(list)
    seen = set()
    for ev, s, p, o, sentence, rule, confidence, a, h, url, date in served.select(_EVIDENCE, {"x": [node]}):
        if ev not in seen:  # once, though both its ends be the entity or its article have two headlines
            seen.add(ev)
            support[(s, p, o)].append({"sentence": sentence, "rule": rule, "confidence": float(confidence),
                                       "article": _article(a, h, url, date)})
    groups: dict[tuple, list] = defaultdict(list)
    for p, o, is_literal in out:
        other = {"value": o} if is_literal == "true" or o not in served.entities else _card(served.entities[o])
        groups[(p, "out")].append({**other, "ends": (iri, o), "evidence": _sorted(support.get((iri, p, o), []))})
    for s, p in into:
        groups[(p, "in")].append({**_card(served.entities[s]), "ends": (s, iri),
                                  "evidence": _sorted(support.get((s, p, iri), []))})
    relations = [{"predicate": p, "direction": d, "label": RELATIONS.get(p, (p.rsplit("/", 1)[-1],) * 2)[d == "in"],
                  "facts": sorted(items, key=lambda f: (-len(f["evidence"]), f.get("name", f.get("value", ""))))}
                 for (p, d), items in groups.items()]
    order = list(RELATIONS)
    relations.sort(key=lambda g: (order.index(g["predicate"]) if g["predicate"] in order else 99, g["direction"]))
    return relations


def _sorted(evidence: list[dict]) -> list[dict]:
    return sorted(evidence, key=lambda ev: (-ev["confidence"], ev["article"]["headline"] or "", ev["sentence"]))


def _names(served: Served, x: str) -> list[str]:
    return [served.entities[x].name, *served.entities[x].aliases] if x in served.entities else [x]


def _shown_evidence(served: Served, fact: dict, page: slice) -> list[dict]:
    """A page of a fact's evidence, both ends' names marked in each sentence."""
    s, o = fact["ends"]
    names = _names(served, s) + _names(served, o)
    return [{**ev, "marks": _marks(ev["sentence"], names)} for ev in fact["evidence"][page]]


def _shown_facts(served: Served, facts: list[dict], page: slice, evidence: int) -> list[dict]:
    """A page of facts as the page shows them: each with the first ``evidence`` of its evidence."""
    return [{**{k: v for k, v in f.items() if k not in ("ends", "evidence")},
             "evidence": _shown_evidence(served, f, _page(0, evidence)), "evidence_total": len(f["evidence"])}
            for f in facts[page]]


def _group(served: Served, iri: str, predicate: str, direction: str) -> dict:
    for group in _relations(served, iri):
        if (group["predicate"], group["direction"]) == (predicate, direction):
            return group
    raise Refused(404, f"{iri} has no {'facts' if direction == 'out' else 'facts pointing at it'} of {predicate}")


def _mentioned(served: Served, iri: str) -> list[dict]:
    """The articles that mention the entity, newest first (undated last), then by headline."""
    found: dict[str, dict] = {}
    for a, h, url, date in served.select(f"SELECT ?a ?h ?url ?date WHERE {{ ?a schema:mentions ?x {_ARTICLE} }}",
                                         {"x": [_term(iri)]}):
        found.setdefault(a, _article(a, h, url, date))
    by_headline = sorted(found.values(), key=lambda a: ((a["headline"] or "").lower(), a["iri"]))
    return sorted(by_headline, key=lambda a: a["date"] or "", reverse=True)


def _quoted(served: Served, iri: str) -> list[dict]:
    """What the entity is quoted saying, and where."""
    found: dict[tuple, dict] = {}
    for text, a, h, url, date in served.select(f"""SELECT ?text ?a ?h ?url ?date WHERE {{
            ?q schema:spokenByCharacter ?x ; schema:text ?text ; schema:isBasedOn ?a . {_ARTICLE} }}""",
                                               {"x": [_term(iri)]}):
        found.setdefault((text, a), {"text": text, "article": _article(a, h, url, date)})
    return [found[key] for key in sorted(found)]


#: What an entity page shows at first; the rest of each list comes a page at a time on request
#: (the BBC's "US" is mentioned in 568 articles: all of them, and every fact's every sentence, made
#: the page slow to send and to draw).
FACTS_SHOWN, EVIDENCE_SHOWN, ARTICLES_SHOWN = 20, 3, 50


def entity(served: Served, iri: str, facts: int = FACTS_SHOWN, evidence: int = EVIDENCE_SHOWN,
           articles: int = ARTICLES_SHOWN) -> dict:
    """An entity's kinds and names, and the first pages of its facts in and out (grouped by relation,
    each with ``total``), of each fact's evidence (``evidence_total``): the sentence with the spans of
    both ends' names, the article, the rule and the confidence; of its quotes and of the articles
    mentioning it (``quotes_total``, ``articles_total``). ``entity_facts``, ``entity_evidence``,
    ``entity_articles`` and ``entity_quotes`` give the next pages."""
    e = _entity(served, iri)
    groups = [{"predicate": g["predicate"], "direction": g["direction"], "label": g["label"],
               "total": len(g["facts"]), "facts": _shown_facts(served, g["facts"], _page(0, facts), evidence)}
              for g in _relations(served, iri)]
    mentioned, quotes = _mentioned(served, iri), _quoted(served, iri)
    return {**_card(e), "aliases": e.aliases, "facts": groups,
            "quotes": quotes[_page(0, articles)], "quotes_total": len(quotes),
            "articles": mentioned[_page(0, articles)], "articles_total": len(mentioned)}


def entity_facts(served: Served, iri: str, predicate: str, direction: str, offset: int = 0,
                 limit: int = FACTS_SHOWN, evidence: int = EVIDENCE_SHOWN) -> dict:
    """A page of an entity's facts of one relation (``direction`` "out" or "in"), as ``entity`` gives them."""
    _entity(served, iri)
    facts = _group(served, iri, predicate, direction)["facts"]
    return {"offset": offset, "total": len(facts), "facts": _shown_facts(served, facts, _page(offset, limit), evidence)}


def entity_evidence(served: Served, iri: str, predicate: str, direction: str, other: str, offset: int = 0,
                    limit: int = EVIDENCE_SHOWN) -> dict:
    """A page of the evidence of one fact: the entity's ``predicate`` to or from ``other`` (an IRI or a value)."""
    _entity(served, iri)
    for fact in _group(served, iri, predicate, direction)["facts"]:
        if fact.get("iri", fact.get("value")) == other:
            return {"offset": offset, "total": len(fact["evidence"]),
                    "evidence": _shown_evidence(served, fact, _page(offset, limit))}
    raise Refused(404, f"{iri} has no such fact of {predicate}")


def entity_articles(served: Served, iri: str, offset: int = 0, limit: int = ARTICLES_SHOWN) -> dict:
    """A page of the articles mentioning an entity, newest first."""
    _entity(served, iri)
    mentioned = _mentioned(served, iri)
    return {"offset": offset, "total": len(mentioned), "articles": mentioned[_page(offset, limit)]}


def entity_quotes(served: Served, iri: str, offset: int = 0, limit: int = ARTICLES_SHOWN) -> dict:
    """A page of an entity's quotes."""
    _entity(served, iri)
    quotes = _quoted(served, iri)
    return {"offset": offset, "total": len(quotes), "quotes": quotes[_page(offset, limit)]}


# --- the query view ------------------------------------------------------------------

def _bound(text: str, params: dict[str, str]) -> str:
    """A named query with its parameters in a VALUES block (written by pyoxigraph, quoted and escaped)."""
    from pyoxigraph import Literal, NamedNode, Variable

    from ..store import _with_values

    try:
        bound = {Variable(k): (NamedNode(v) if v.startswith(("http://", "https://")) else Literal(v))
                 for k, v in params.items() if v != ""}
    except ValueError as exc:
        raise Refused(400, f"bad parameter: {exc}") from exc
    if not bound:
        return text
    with_values = _with_values(text, bound)
    if with_values is None:
        raise Refused(400, "this query has no WHERE block to bind parameters in")
    return with_values


def _query_text(query: str | None, name: str | None, params: dict | None) -> str:
    if name is not None:
        from ..queries import named_queries

        library = named_queries()
        if name not in library:
            raise Refused(404, f"no named query {name!r} (there are: {', '.join(library)})")
        return _bound(library[name].text, params or {})
    if not query or not query.strip():
        raise Refused(400, "missing query")
    check_query(query)
    return query


def _cell(term, served: Served) -> dict | None:
    from pyoxigraph import BlankNode, Literal, NamedNode

    if term is None:
        return None
    if isinstance(term, NamedNode):
        cell = {"type": "uri", "value": term.value}
        if term.value in served.entities:
            cell["entity"] = term.value
            cell["label"] = served.entities[term.value].name
        return cell
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    cell = {"type": "literal", "value": term.value}
    if isinstance(term, Literal):
        if term.language:
            cell["lang"] = term.language
        elif term.datatype.value != PREFIXES["xsd"] + "string":
            cell["datatype"] = term.datatype.value
        if "datatype" not in cell and len(term.value) < 200:
            # a name in a result links to the page of the one entity that bears it
            named = served.named(term.value)
            if len(named) == 1:
                cell["entity"] = named[0]
    return cell


def table(served: Served, query: str | None = None, name: str | None = None, params: dict | None = None,
          limit: int = 100, offset: int = 0, max_rows: int = 10_000, sort: dict | None = None) -> dict:
    """A page of a query's answer for the table view: columns, rows of cells (an entity's with its IRI)
    and the total number of rows, counted up to ``max_rows``. ``sort`` ({"by": column, "desc": bool})
    orders the whole answer (up to ``max_rows``) before the page is cut."""
    from pyoxigraph import QueryBoolean, QuerySolutions

    text = _query_text(query, name, params)
    limit, offset = max(1, min(int(limit), PAGE_MAX, max_rows)), max(0, int(offset))
    try:
        result = served.store.query(text, use_default_graph_as_union=served.union)
    except SyntaxError as exc:
        raise Refused(400, f"malformed query: {exc}") from exc
    if isinstance(result, QueryBoolean):
        return {"vars": ["ask"], "rows": [[{"type": "literal", "value": str(bool(result)).lower()}]],
                "offset": 0, "total": 1, "capped": False}
    if isinstance(result, QuerySolutions):
        columns = [v.value for v in result.variables]
        rows = (tuple(s) for s in result)
    else:
        columns = ["subject", "predicate", "object"]
        rows = ((t.subject, t.predicate, t.object) for t in result)
    if sort and sort.get("by") in columns:
        rows = iter(_sort(list(islice(rows, max_rows + 1)), columns.index(sort["by"]), bool(sort.get("desc"))))
    page = list(islice(rows, offset, offset + limit))
    # the rest is counted, not kept, up to the cap: a page says "of N" without holding N rows
    total = offset + len(page) + sum(1 for _ in islice(rows, max(0, max_rows - offset - len(page)) + 1))
    capped = total > max_rows
    return {"vars": columns, "rows": [[_cell(t, served) for t in row] for row in page], "offset": offset,
            "total": min(total, max_rows), "capped": capped}


def _sort(rows: list[tuple], column: int, desc: bool) -> list[tuple]:
    """Rows by one column: numbers as numbers, text ignoring case; unbound last either way."""
    def key(row):
        try:
            return (0, float(row[column].value), "")
        except ValueError:
            return (1, 0.0, row[column].value.lower())

    bound = sorted((r for r in rows if r[column] is not None), key=key, reverse=desc)
    return bound + [r for r in rows if r[column] is None]


def export(served: Served, query: str | None = None, name: str | None = None, params: dict | None = None,
           fmt: str = "csv", max_rows: int = 10_000) -> tuple[str, bytes]:
    """The whole answer as ``kg query --format csv|json`` writes it: (content type, body); 413 past ``max_rows``."""
    from pyoxigraph import QueryBoolean, QuerySolutions

    if fmt not in ("csv", "json"):
        raise Refused(400, f"unknown format {fmt!r}: csv or json")
    text = _query_text(query, name, params)
    try:
        result = served.store.query(text, use_default_graph_as_union=served.union)
    except SyntaxError as exc:
        raise Refused(400, f"malformed query: {exc}") from exc
    if isinstance(result, QueryBoolean):
        header, rows = ["ask"], [[str(bool(result)).lower()]]
    else:
        if isinstance(result, QuerySolutions):
            header, terms = [v.value for v in result.variables], (tuple(s) for s in result)
        else:
            header, terms = ["subject", "predicate", "object"], ((t.subject, t.predicate, t.object) for t in result)
        rows = [["" if t is None else t.value for t in row] for row in islice(terms, max_rows + 1)]
        if len(rows) > max_rows:
            raise Refused(413, f"more than {max_rows} rows: narrow the query, or use kg query for the whole answer")
    if fmt == "json":
        body = json.dumps([dict(zip(header, r)) for r in rows], indent=1, ensure_ascii=False)
        return "application/json; charset=utf-8", body.encode()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return "text/csv; charset=utf-8", buf.getvalue().encode()


def vocabulary(served: Served) -> dict:
    """The graph's prefixes, and the classes and predicates it uses, for the editor's completion."""
    def prefixed(iri: str) -> str:
        for k, v in PREFIXES.items():
            if iri.startswith(v) and re.fullmatch(r"[A-Za-z_][\w\-]*", iri[len(v):]):
                return f"{k}:{iri[len(v):]}"
        return f"<{iri}>"

    predicates = served.select("SELECT DISTINCT ?p WHERE { ?s ?p ?o }")
    classes = served.select("SELECT DISTINCT ?c WHERE { ?s a ?c }")
    return {"prefixes": PREFIXES, "predicates": sorted(prefixed(p) for p, in predicates),
            "classes": sorted(prefixed(c) for c, in classes)}


# --- the network view ---------------------------------------------------------------

class _Text(str):
    """A value that is its own text, and has it as ``.value`` too, as a pyoxigraph term does."""

    @property
    def value(self) -> str:
        return str(self)


class _Rows:
    """What ``kg.network.from_rdf`` reads from a graph: ``query(text)`` giving rows of values.

    The worker's store queried over the union of its graphs or the merge of them
    (``Served.union``), as every other answer is.
    """

    def __init__(self, served: Served):
        self.served = served

    def query(self, text: str, **_) -> list[tuple]:
        return [tuple(None if t is None else _Text(t.value) for t in row)
                for row in self.served.store.query(text, use_default_graph_as_union=self.served.union)]


_EDGE_LISTS = ("events", "organizations", "people")


def network(served: Served, projection: str | None = None) -> dict:
    """The network of the graph (``projection``: None, "person" or "organization") with its measures, as
    node-link data: nodes with label, kind, their number of articles and the measures ``kg network``
    gives (``network.metrics``: exact betweenness in C, 0.2 s on the whole BBC; Leiden communities);
    links with what links them."""
    from .. import network as net

    if projection not in (None, "person", "organization"):
        raise Refused(400, f"unknown projection {projection!r}: person or organization, or none for the whole graph")
    B = net.from_rdf(_Rows(served))
    G = B if projection is None else net.collaboration(B) if projection == "person" else net.organization_network(B)
    rows = net.metrics(G)
    nodes = [{**r, "articles": len(G.nodes[r["id"]].get("articles", ()))} for r in rows]
    links = [{"source": u, "target": v, "weight": float(d.get("weight", 1)),
              **{k: d[k] for k in ("relation", *_EDGE_LISTS) if k in d}} for u, v, d in G.edges(data=True)]
    return {"projection": projection, "nodes": nodes, "links": links}


OPS = {"search": search, "entity": entity, "entity_facts": entity_facts, "entity_evidence": entity_evidence,
       "entity_articles": entity_articles, "entity_quotes": entity_quotes, "table": table, "export": export,
       "vocabulary": vocabulary, "network": network}
