"""sparql_store: the graph in a SPARQL 1.1 server (``--store sparql:URL``), shared by many builds and readers.

``URL`` is the server's base: its SPARQL query endpoint is ``URL/query`` and its
Graph Store Protocol endpoint ``URL/store``, as the Oxigraph server
(``oxigraph serve``) has them. Plain HTTP with the standard library, nothing more.

A ``URL`` whose path ends in ``/sparql`` or ``/query`` is a query endpoint
itself (``kg serve``'s ``/sparql``, Fuseki's ``/ds/query``, Virtuoso's
``/sparql``): kg only queries it, with the plain SPARQL 1.1 Protocol, so it
must answer over all of its graphs by default, as ``kg serve`` does.

The server holds nearly the layout of ``kg.rdf.dataset``: each article's
mentions in the named graph ``<article IRI>/graph``, the evidence in
``<base>graph/provenance``, and in the default graph the entities, the articles'
metadata, and (unlike ``dataset``) the facts and quotations. Those may be read
in several articles, and a triple in two graphs is two solutions in Oxigraph's
union of graphs: each fact sits in one graph so that queries count it once.

A batch is written as:

1. a PUT of each article's graph, which replaces whatever an earlier, interrupted
   load left there;
2. a POST (an addition) of the batch's evidence, and then of its default-graph
   triples. Those name the articles, and an article named there is not built
   again (``known_articles``), so it counts as stored only once all of it is.

A triple is in a graph at most once, so loading an article again duplicates
nothing. Queries go to the union of all graphs (Oxigraph's
``union-default-graph``; GraphDB or Virtuoso query the union by default), so the
named queries answer as they do on the exported files.
"""
from __future__ import annotations

import io
import json
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from rdflib import Graph, Literal, URIRef
from rdflib.query import Result

from . import rdf
from .errors import GraphError, InputError, QueryError
from .formats import write as write_graphs
from .resolve import Resolver
from .resolve.record import ArticleRecord
from .resolve.rewrite import ALIASES, DESCRIPTION, RECORD, STATE, IdentityState, Patch, Triples, identity_graph
from .store_base import PREFIXES, _Store, _with_values, page
from .vocab import RDF, SDO

__all__ = ["SCHEME", "SparqlStore", "sparql_url", "is_endpoint"]

SCHEME = "sparql:"
_PROLOGUE = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
_RESULTS = "application/sparql-results+json"
_NT = "application/n-triples"


def is_endpoint(url: str) -> bool:
    """Whether ``url`` names a SPARQL query endpoint rather than an Oxigraph server's base.

    >>> is_endpoint("http://127.0.0.1:8000/sparql"), is_endpoint("http://127.0.0.1:7878")
    (True, False)
    """
    return urlsplit(url).path.rstrip("/").endswith(("/sparql", "/query"))


def sparql_url(spec: str, read_only: bool = False) -> str:
    """The URL of ``sparql:URL``; InputError unless it is http(s), or when writing to a query endpoint."""
    url = str(spec)[len(SCHEME):].rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise InputError(f"--store {spec!r}: use sparql:http://HOST:PORT, the base URL of a SPARQL server, "
                         "or sparql:http://HOST:PORT/sparql, a query endpoint")
    if not read_only and is_endpoint(url):
        raise InputError(f"--store {spec!r} is a query endpoint, which kg only reads: build into an "
                         "Oxigraph server's base URL (sparql:http://HOST:PORT) and query either")
    return url


class SparqlStore(_Store):
    def __init__(self, url: str, base: str = rdf.DEFAULT_BASE, read_only: bool = False, timeout: float = 300):
        self.url = sparql_url(SCHEME + url, read_only)
        self.base, self.read_only, self.timeout = base, read_only, timeout
        # A query endpoint is asked as it is: its default graph is all the protocol can name
        # (kg serve's is the merge of all its graphs, what union-default-graph asks of Oxigraph).
        self.endpoint = is_endpoint(self.url)
        self.query_url = self.url if self.endpoint else f"{self.url}/query"
        self.evidence = rdf.provenance_graph(base)
        self.identity = identity_graph(base)  # the records and state of kg.resolve.rewrite
        self._domain = None  # the domain graph read back, until the next add

    def __str__(self) -> str:
        return f"{SCHEME}{self.url}"

    def known_articles(self) -> set[str]:
        found = self._select("SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id }")
        return {row["id"] for row in found}

    def add(self, batch: Resolver) -> None:
        domain, provenance = rdf.build(batch, self.base)
        mentions = {rdf.iri(self.base, "article/" + a.id): Graph() for a in batch.articles}
        shared = Graph()
        for triple in domain:
            (mentions[triple[0]] if triple[1] == SDO.mentions else shared).add(triple)
        for article, graph in mentions.items():
            self._send("PUT", f"graph={quote(rdf.article_graph(article), safe='')}", graph)
        self._send("POST", f"graph={quote(self.evidence, safe='')}", provenance)
        records = Graph()
        for r in batch.records:
            records.add((rdf.iri(self.base, "article/" + r.article), RECORD, Literal(r.to_json())))
        self._send("POST", f"graph={quote(self.identity, safe='')}", records)
        self._send("POST", "default", shared)  # last: see the module's docstring
        self._domain = None

    def identity_state(self) -> IdentityState:
        state = IdentityState()
        for s, p, o in self._graph(f"graph={quote(self.identity, safe='')}"):
            if p == RECORD:
                record = ArticleRecord.from_json(str(o))
                state.records[record.article] = record
            elif p == STATE:
                state.read_state(str(o))
            elif p == ALIASES:
                state.aliases = str(o)
        return state

    def descriptions(self, keys: list[str]) -> Triples:
        out = Triples()
        for start in range(0, len(keys), 500):
            nodes = " ".join(f"<{rdf.iri(self.base, k)}>" for k in keys[start:start + 500])
            predicates = " ".join(f"<{p}>" for p in DESCRIPTION)
            for row in self._select(f"SELECT ?s ?p ?o ?lang WHERE {{ VALUES ?s {{ {nodes} }} VALUES ?p {{ {predicates} }} "
                                    "?s ?p ?o BIND(LANG(?o) AS ?lang) }"):
                o = URIRef(row["o"]) if row["p"] == str(RDF.type) else Literal(row["o"], lang=row.get("lang") or None)
                out.add((URIRef(row["s"]), URIRef(row["p"]), o))
        return out

    def apply(self, patch: Patch) -> None:
        """The patch and the state after it, as one SPARQL update request (mentions live in their article's graph)."""
        if self.read_only:
            raise GraphError(f"{self}: opened read-only")

        def blocks(domain, provenance, state=None) -> str:
            graphs: dict[str, list[str]] = defaultdict(list)
            for s, p, o in domain:
                graphs[rdf.article_graph(s) if p == SDO.mentions else ""].append(f"{s.n3()} {p.n3()} {o.n3()} .")
            for name, g in ((self.evidence, provenance), (self.identity, state)):
                graphs[name] += [f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in g or ()]
            return "\n".join("\n".join(t) if not name else f"GRAPH <{name}> {{ {' '.join(t)} }}"
                             for name, t in graphs.items() if t)

        state = Graph()
        state.add((self.identity, STATE, Literal(patch.state.state_json())))
        state.add((self.identity, ALIASES, Literal(patch.state.aliases)))
        update = (f"DELETE WHERE {{ GRAPH <{self.identity}> {{ <{self.identity}> ?p ?o }} }} ;\n"
                  f"DELETE DATA {{ {blocks(patch.remove_domain, patch.remove_provenance)} }} ;\n"
                  f"INSERT DATA {{ {blocks(patch.add_domain, patch.add_provenance, state)} }}")
        self._http("POST", f"{self.url}/update", update.encode("utf-8"), "application/sparql-update")
        self._domain = None

    def export(self, out_dir: Path, fmt: str) -> tuple[list[Path], list[Path]]:
        # rdflib writes the files, from the same two graphs as without a store, so every format has its usual layout
        return write_graphs(self.domain_graph(), self._graph(f"graph={quote(self.evidence, safe='')}"), out_dir, fmt, self.base)

    def domain_graph(self) -> Graph:
        """The default graph and every article's graph, as one rdflib graph."""
        if self._domain is None:
            g = self._graph("default")
            _, body = self._post_query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{self.evidence}> && ?g != <{self.identity}>) }}",
                                       _NT, union=False)
            self._domain = g.parse(data=body, format="nt")
        return self._domain

    def query(self, text: str, params: dict[str, str] | None = None, limit: int | None = None, offset: int = 0) -> Result:
        """A SPARQL query on the server over all graphs, as an rdflib ``Result`` (rows ``offset`` to
        ``offset + limit`` of it, read from the whole answer).

        The protocol has no parameters, so they travel as a VALUES block of terms
        written (quoted and escaped) by pyoxigraph: at the head of the pattern
        like ``OxigraphStore.query``, or, where it does not fit, at the end of the
        query, where SPARQL joins it with the projected solutions.
        """
        from pyoxigraph import Literal as OxLiteral, NamedNode, Variable as OxVariable

        try:
            bound = {OxVariable(k): (NamedNode(v) if v.startswith(("http://", "https://")) else OxLiteral(v)) for k, v in (params or {}).items()}
        except ValueError as exc:  # an invalid IRI
            raise QueryError(f"--param: {exc}") from exc
        trailing = (f"{text}\nVALUES ({' '.join(map(str, bound))}) {{ ({' '.join(map(str, bound.values()))}) }}"
                    if bound else text)
        head = _with_values(text, bound)
        try:
            content_type, body = self._post_query(head or trailing, f"{_RESULTS}, {_NT};q=0.9")
        except QueryError:
            if head is None:
                raise
            content_type, body = self._post_query(trailing, f"{_RESULTS}, {_NT};q=0.9")
        if content_type == _NT:
            result = Result("CONSTRUCT")
            result.graph = Graph().parse(data=body, format="nt")
            return page(result, limit, offset)
        return page(Result.parse(io.BytesIO(body), format="json"), limit, offset)

    # -- the two protocols

    def _select(self, text: str) -> list[dict[str, str]]:
        """A SELECT on the default graph, as rows of plain values (fast for the many rows of ``seed``)."""
        _, body = self._post_query(_PROLOGUE + text, _RESULTS, union=False)
        return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]

    def _post_query(self, text: str, accept: str, union: bool = True) -> tuple[str, bytes]:
        url = self.query_url + ("?union-default-graph" if union and not self.endpoint else "")
        return self._http("POST", url, urlencode({"query": text}).encode(), "application/x-www-form-urlencoded", accept)

    def _graph(self, which: str) -> Graph:
        _, body = self._http("GET", f"{self.url}/store?{which}", accept=_NT)
        return rdf.build(Resolver(), self.base)[0].parse(data=body, format="nt")

    def _send(self, method: str, which: str, graph: Graph) -> None:
        if self.read_only:
            raise GraphError(f"{self}: opened read-only")
        self._http(method, f"{self.url}/store?{which}", graph.serialize(format="nt", encoding="utf-8"), _NT)

    def _http(self, method: str, url: str, body: bytes | None = None, content_type: str | None = None,
              accept: str | None = None) -> tuple[str, bytes]:
        headers = {k: v for k, v in (("Content-Type", content_type), ("Accept", accept)) if v}
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.headers.get_content_type(), response.read()
        except urllib.error.HTTPError as exc:
            if exc.code == 404 and method == "GET":  # a graph never written: empty
                return _NT, b""
            message = " ".join(exc.read().decode("utf-8", "replace").split())[:300]
            if exc.code == 400 and url.startswith(self.query_url):
                raise QueryError(f"the SPARQL server refused the query: {message}") from exc
            raise GraphError(f"{self}: {method} {url}: HTTP {exc.code} {message}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise GraphError(f"{self}: cannot reach the SPARQL server ({getattr(exc, 'reason', exc)})") from exc
