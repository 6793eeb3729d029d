"""serve.workbench: what the workbench's views show, read from a worker's pyoxigraph store.

Each function takes the ``Served`` graph and returns plain data (JSON for the
browser): a page of a query's answer, names found as one types, an entity with
every fact about it and the evidence for each, a network with its measures.
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
PAGE_MAX = 1_000  # rows in a page of the table view
#: Betweenness is exact, and quadratic in pure Python: past this many nodes a served
#: network leaves it out (whole BBC: 216 s) and `kg network` computes it.
BETWEENNESS_MAX_NODES = 500

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
    """Character spans of the names in the sentence (longest names first, spans not overlapping)."""
    taken: list[list[int]] = []
    low = sentence.lower()
    for name in sorted({n for n in names if n and len(n) > 1}, key=len, reverse=True):
        for m in re.finditer(re.escape(name.lower()), low):
            span = [m.start(), m.end()]
            if all(span[1] <= a or span[0] >= b for a, b in taken):
                taken.append(span)
    return sorted(taken)


def entity(served: Served, iri: str) -> dict:
    """An entity's kinds, names and every fact in and out, grouped by relation, each with its evidence:
    the sentence (with the spans of both ends' names), the article, the rule and the confidence."""
    node = _term(iri)
    e = served.entities.get(iri)
    if e is None:
        raise Refused(404, f"no person, organisation, event or place has the IRI {iri}")
    # facts only: not its names, nor the articles, quotations and evidence that point at it
    out = served.select("""SELECT ?p ?o ?kind WHERE { ?s ?p ?o .
        FILTER (?p NOT IN (rdf:type, schema:name, schema:alternateName, schema:mentions))
        FILTER (!STRSTARTS(STR(?p), STR(kg:)) && !STRSTARTS(STR(?p), STR(prov:)))
        BIND (isLITERAL(?o) AS ?kind) }""", {"s": [node]})
    into = [(s, p) for s, p in served.select("SELECT ?s ?p WHERE { ?s ?p ?o }", {"o": [node]})
            if s in served.entities]
    evidence = served.select("""SELECT ?s ?p ?o ?sentence ?rule ?confidence ?a WHERE {
        ?ev kg:statementSubject ?s ; kg:statementPredicate ?p ; kg:statementObject ?o ;
            kg:sentence ?sentence ; kg:rule ?rule ; kg:confidence ?confidence ; prov:wasDerivedFrom ?a .
        FILTER (?s = ?x || ?o = ?x) }""", {"x": [node]})
    articles = _articles(served, {a for *_, a in evidence})
    names = lambda x: ([served.entities[x].name, *served.entities[x].aliases]  # noqa: E731
                       if x in served.entities else [x])
    support: dict[tuple, list] = defaultdict(list)
    for s, p, o, sentence, rule, confidence, a in evidence:
        support[(s, p, o)].append({"sentence": sentence, "marks": _marks(sentence, names(s) + names(o)),
                                   "rule": rule, "confidence": float(confidence), "article": articles.get(a, {"iri": a})})
    groups: dict[tuple, list] = defaultdict(list)
    for p, o, is_literal in out:
        literal = is_literal == "true"
        other = ({"value": o} if literal or o not in served.entities else _card(served.entities[o]))
        groups[(p, "out")].append({**other, "evidence": _sorted(support.get((iri, p, o), []))})
    for s, p in into:
        other = _card(served.entities[s]) if s in served.entities else {"value": s}
        groups[(p, "in")].append({**other, "evidence": _sorted(support.get((s, p, iri), []))})
    facts = [{"predicate": p, "direction": d, "label": RELATIONS.get(p, (p.rsplit("/", 1)[-1],) * 2)[d == "in"],
              "facts": sorted(items, key=lambda f: (-len(f["evidence"]), f.get("name", f.get("value", ""))))}
             for (p, d), items in groups.items()]
    facts.sort(key=lambda g: (list(RELATIONS).index(g["predicate"]) if g["predicate"] in RELATIONS else 99, g["direction"]))
    mentioned = served.select("SELECT DISTINCT ?a WHERE { ?a schema:mentions ?x }", {"x": [node]})
    quotes = served.select("""SELECT ?text ?a WHERE { ?q schema:spokenByCharacter ?x ; schema:text ?text ;
        schema:isBasedOn ?a }""", {"x": [node]})
    in_articles = _articles(served, {a for a, in mentioned} | {a for _, a in quotes})
    return {**_card(e), "aliases": e.aliases, "facts": facts,
            "quotes": [{"text": t, "article": in_articles.get(a, {"iri": a})} for t, a in sorted(quotes)],
            "articles": sorted((in_articles.get(a, {"iri": a}) for a, in mentioned),
                               key=lambda a: (a.get("date") or "", a.get("headline") or ""), reverse=True)}


def _sorted(evidence: list[dict]) -> list[dict]:
    return sorted(evidence, key=lambda ev: (-ev["confidence"], ev["article"].get("headline") or "", ev["sentence"]))


def _articles(served: Served, iris: set[str]) -> dict[str, dict]:
    """Headline, URL and date of each article."""
    if not iris:
        return {}
    rows = served.select("""SELECT ?a ?h ?url ?date WHERE { OPTIONAL { ?a schema:headline ?h }
        OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:datePublished ?date } }""",
                         {"a": [_term(a) for a in sorted(iris)]})
    found = {}
    for a, h, url, date in rows:
        # only web links: a URL is shown as a link, and javascript: must not become one
        safe = url if url and url.lower().startswith(("http://", "https://")) else None
        found[a] = {"iri": a, "headline": h, "url": safe, "date": date}
    return found


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


def _metrics(G) -> list[dict]:
    """``network.metrics`` where it is quick; on a bigger graph the same rows without betweenness."""
    import networkx as nx

    from .. import network

    if len(G) <= BETWEENNESS_MAX_NODES:
        return network.metrics(G)
    weighted = dict(G.degree(weight="weight"))
    pagerank = nx.pagerank(G, weight="weight", tol=1e-10, max_iter=1000)
    label = lambda n: str(G.nodes[n].get("label", n))  # noqa: E731

    def numbered(groups) -> dict:
        ordered = sorted(groups, key=lambda c: (-len(c), min(label(n) for n in c)))
        return {n: i for i, group in enumerate(ordered) for n in group}

    community = numbered(nx.community.louvain_communities(G, weight="weight", seed=42))
    component = numbered(nx.connected_components(G))
    rows = [dict(id=n, label=label(n), kind=G.nodes[n].get("kind", ""), degree=G.degree(n),
                 weighted_degree=float(weighted[n]), pagerank=float(pagerank[n]),
                 community=community[n], component=component[n]) for n in G]
    return sorted(rows, key=lambda r: (-r["weighted_degree"], r["label"], str(r["id"])))


_EDGE_LISTS = ("events", "organizations", "people")


def network(served: Served, projection: str | None = None) -> dict:
    """The network of the graph (``projection``: None, "person" or "organization") with its measures, as
    node-link data: nodes with label, kind, their number of articles and ``_metrics``; links with what
    links them."""
    from .. import network as net

    if projection not in (None, "person", "organization"):
        raise Refused(400, f"unknown projection {projection!r}: person or organization, or none for the whole graph")
    B = net.from_rdf(_Rows(served))
    G = B if projection is None else net.collaboration(B) if projection == "person" else net.organization_network(B)
    rows = _metrics(G)
    nodes = [{**r, "articles": len(G.nodes[r["id"]].get("articles", ()))} for r in rows]
    links = [{"source": u, "target": v, "weight": float(d.get("weight", 1)),
              **{k: d[k] for k in ("relation", *_EDGE_LISTS) if k in d}} for u, v, d in G.edges(data=True)]
    return {"projection": projection, "nodes": nodes, "links": links}


OPS = {"search": search, "entity": entity, "table": table, "export": export, "vocabulary": vocabulary,
       "network": network}
