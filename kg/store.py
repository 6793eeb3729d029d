"""store: where a build puts its triples, and where exports and queries read them back.

The stores share one small interface (``known_articles``, ``add``, ``export``,
``domain_graph``, ``query``, ``close``, and for cross-document identity
``identity_state``, ``descriptions`` and ``apply``, see ``kg.resolve.rewrite``):

* ``MemoryStore``, the default: the domain and provenance graphs as rdflib
  graphs in memory, written out with rdflib's serializers (``kg.formats``).
* ``OxigraphStore`` (``--store oxigraph:PATH``): a pyoxigraph store on disk.
  The domain triples sit in its default graph, the evidence in the named graph
  ``<base>graph/provenance``. Exports use Oxigraph's own serializers and
  ``kg query oxigraph:PATH`` its SPARQL engine, so nothing needs the whole
  graph in Python objects. A later build adds to it: articles already in it
  are skipped, and identities are decided again over all its articles' records.
* ``kg.sparql_store.SparqlStore`` (``--store sparql:URL``) does the same in a
  SPARQL 1.1 server, over HTTP.

Each batch a build hands to ``add`` is one Oxigraph transaction, so a build
that fails leaves the store holding whole batches only: every article in it
complete, none half-written, and a rerun goes on where it stopped.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain, islice
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result

from . import rdf
from .atomic import write_all_atomic
from .errors import GraphError, InputError, QueryError
from .formats import FORMATS, remove_stale, write as write_graphs
from .resolve import Resolver
from .resolve.record import ArticleRecord
from .resolve.rewrite import ALIASES, DESCRIPTION, RECORD, STATE, IdentityState, Patch, Triples, identity_graph
from .sparql_store import SparqlStore, sparql_url
from .store_base import PREFIXES, _Store, _with_values, page
from .vocab import XSD

__all__ = ["SCHEME", "MemoryStore", "OxigraphStore", "open_store", "is_store", "store_path"]

SCHEME = "oxigraph:"
_XSD_STRING = str(XSD.string)


def is_store(spec: str | Path) -> bool:
    return str(spec).startswith((SCHEME, "sparql:"))


def store_path(spec: str | None, read_only: bool = False) -> str | None:
    """The PATH of ``oxigraph:PATH``; None for ``memory`` (or nothing); InputError for anything else."""
    if spec in (None, "", "memory"):
        return None
    if str(spec).startswith("sparql:"):  # a SPARQL server: kg.sparql_store
        return sparql_url(spec, read_only)
    if not is_store(spec) or not str(spec)[len(SCHEME):]:
        raise InputError(f"--store {spec!r}: use memory, oxigraph:PATH or sparql:URL")
    return str(spec)[len(SCHEME):]


def open_store(spec: str | None, base: str = rdf.DEFAULT_BASE, read_only: bool = False):
    """``None`` or ``memory``: a new in-memory rdflib store; ``oxigraph:PATH``: that store on disk."""
    path = store_path(spec, read_only)
    if str(spec).startswith("sparql:"):
        return SparqlStore(path, base, read_only)
    return MemoryStore(base) if path is None else OxigraphStore(path, base, read_only)


class MemoryStore(_Store):
    """rdflib graphs in memory: what ``kg build`` writes when no store is named."""

    def __init__(self, base: str = rdf.DEFAULT_BASE):
        self.base = base
        self.domain, self.provenance = rdf.build(Resolver(), base)
        self.identity = IdentityState()

    def add(self, batch: Resolver) -> None:
        rdf.build(batch, self.base, into=(self.domain, self.provenance))
        self.identity.records.update((r.article, r) for r in batch.records)

    def identity_state(self) -> IdentityState:
        return self.identity

    def descriptions(self, keys: list[str]) -> Triples:
        out = Triples()
        for key in keys:
            for p in DESCRIPTION:
                for t in self.domain.triples((rdf.iri(self.base, key), p, None)):
                    out.add(t)
        return out

    def apply(self, patch: Patch) -> None:
        self.domain -= patch.remove_domain
        self.provenance -= patch.remove_provenance
        self.domain += patch.add_domain
        self.provenance += patch.add_provenance
        self.identity = patch.state

    def export(self, out_dir: Path, fmt: str) -> tuple[list[Path], list[Path]]:
        return write_graphs(self.domain, self.provenance, out_dir, fmt, self.base)

    def domain_graph(self) -> Graph:
        return self.domain


class OxigraphStore(_Store):
    """A persistent pyoxigraph store (RocksDB on disk)."""

    def __init__(self, path: str | Path, base: str = rdf.DEFAULT_BASE, read_only: bool = False):
        from pyoxigraph import NamedNode, Store

        self.path, self.base, self.read_only = Path(path), base, read_only
        if read_only and not self.path.is_dir():
            raise GraphError(f"{SCHEME}{path}: no such Oxigraph store")
        try:
            self.store = Store.read_only(str(path)) if read_only else Store(str(path))
        except OSError as exc:  # also: another build holds the store's lock
            raise GraphError(f"{SCHEME}{path}: cannot open the Oxigraph store ({exc})") from exc
        self.evidence = NamedNode(str(rdf.provenance_graph(base)))
        self.identity = NamedNode(str(identity_graph(base)))  # the records and state of kg.resolve.rewrite

    def __str__(self) -> str:
        return f"{SCHEME}{self.path}"

    def known_articles(self) -> set[str]:
        found = self.store.query("SELECT ?id WHERE { ?a a schema:NewsArticle ; schema:identifier ?id }", prefixes=PREFIXES)
        return {s["id"].value for s in found}

    def add(self, batch: Resolver) -> None:
        from pyoxigraph import Quad

        domain, provenance = rdf.build(batch, self.base)
        ox = _Converter()
        quads = (Quad(ox(s), ox(p), ox(o), graph) for g, graph in ((domain, None), (provenance, self.evidence)) for s, p, o in g)
        records = (Quad(ox(rdf.iri(self.base, "article/" + r.article)), ox(RECORD), ox(Literal(r.to_json())), self.identity)
                   for r in batch.records)
        # extend() is one transaction: the whole batch is written, or none of it, even when
        # something fails halfway through this generator (tested in tests/test_store.py).
        self.store.extend(chain(quads, records))

    def identity_state(self) -> IdentityState:
        from pyoxigraph import NamedNode

        state = IdentityState()
        for q in self.store.quads_for_pattern(None, NamedNode(RECORD), None, self.identity):
            record = ArticleRecord.from_json(q.object.value)
            state.records[record.article] = record
        for q in self.store.quads_for_pattern(self.identity, NamedNode(STATE), None, self.identity):
            state.read_state(q.object.value)
        for q in self.store.quads_for_pattern(self.identity, NamedNode(ALIASES), None, self.identity):
            state.aliases = q.object.value
        return state

    def descriptions(self, keys: list[str]) -> Triples:
        from pyoxigraph import DefaultGraph, NamedNode

        predicates = {NamedNode(p): p for p in DESCRIPTION}
        out, terms, graph = Triples(), {}, DefaultGraph()  # types repeat: each made once
        for key in keys:
            iri = rdf.iri(self.base, key)
            # all of the entity's triples in one look-up and the description kept, rather than one
            # look-up a predicate: each costs more than reading the entity's few facts with it
            for q in self.store.quads_for_pattern(NamedNode(iri), None, None, graph):
                predicate = predicates.get(q.predicate)
                if predicate is not None:
                    o = terms.get(q.object)
                    if o is None:
                        o = terms[q.object] = _rdflib(q.object)
                    out.add((iri, predicate, o))
        return out

    def apply(self, patch: Patch) -> None:
        """The patch and the state after it, in one SPARQL update: one transaction."""
        ox = _Converter()

        def block(graph, name=None) -> str:
            body = " .\n".join(f"{ox(s)} {ox(p)} {ox(o)}" for s, p, o in graph)
            return f"GRAPH {name} {{ {body} }}" if name is not None and body else body

        node, graph = self.identity, self.identity
        state = Graph()
        state.add((URIRef(node.value), STATE, Literal(patch.state.state_json())))
        state.add((URIRef(node.value), ALIASES, Literal(patch.state.aliases)))
        self.store.update(
            f"DELETE WHERE {{ GRAPH {graph} {{ {node} ?p ?o }} }} ;\n"
            f"DELETE DATA {{ {block(patch.remove_domain)} \n {block(patch.remove_provenance, self.evidence)} }} ;\n"
            f"INSERT DATA {{ {block(patch.add_domain)} \n {block(patch.add_provenance, self.evidence)} \n"
            f" {block(state, graph)} }}")

    def export(self, out_dir: Path, fmt: str) -> tuple[list[Path], list[Path]]:
        from pyoxigraph import DefaultGraph, RdfFormat, serialize

        if fmt == "jsonld":  # Oxigraph writes no @context: rdflib adds kg's inline schema.org one
            return write_graphs(self.domain_graph(), self._graph(self.evidence), out_dir, fmt, self.base)
        f = FORMATS[fmt]
        syntax = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "trig": RdfFormat.TRIG, "nquads": RdfFormat.N_QUADS}[fmt]
        # A dataset syntax gets the store as it is: domain in the default graph, evidence in its named graph.
        parts = [("graph", None)] if f.is_dataset else [("graph", DefaultGraph()), ("provenance", self.evidence)]

        def dump(tmp, graph) -> None:
            if graph is not None:
                self.store.dump(tmp, syntax, from_graph=graph, prefixes=PREFIXES)
            else:  # both graphs, without the identity bookkeeping
                serialize(self._quads(), tmp, syntax, prefixes=PREFIXES)

        files = [(Path(out_dir) / f"{stem}.{f.extension}", lambda tmp, g=graph: dump(tmp, g)) for stem, graph in parts]
        write_all_atomic(files)  # the graph and its provenance are replaced together, or neither is
        written = [path for path, _ in files]
        return written, remove_stale(out_dir, written)

    def domain_graph(self) -> Graph:
        from pyoxigraph import DefaultGraph

        return self._graph(DefaultGraph())

    def snapshot(self, into=None):
        """Every quad of the store, graphs as they are, in an in-memory pyoxigraph store (``into``, or a new one).

        Oxigraph answers several times faster from memory than from RocksDB, where
        each IRI and long literal it reads is a lookup of its own: ``kg serve
        oxigraph:PATH`` answers from a snapshot (1.5 s to copy the BBC corpus's 200,000 quads).
        """
        from pyoxigraph import Store

        memory = Store() if into is None else into
        memory.extend(self._quads())
        return memory

    def _quads(self):
        """Every quad of the domain and the evidence: the store without its identity bookkeeping."""
        from pyoxigraph import DefaultGraph

        return chain(self.store.quads_for_pattern(None, None, None, DefaultGraph()),
                     self.store.quads_for_pattern(None, None, None, self.evidence))

    def _graph(self, name) -> Graph:
        """One graph of the store as an rdflib graph (for the plot and JSON-LD; the store itself stays the source)."""
        from pyoxigraph import RdfFormat

        g = rdf.build(Resolver(), self.base)[0]
        return g.parse(data=self.store.dump(format=RdfFormat.N_TRIPLES, from_graph=name), format="nt")

    def query(self, text: str, params: dict[str, str] | None = None, limit: int | None = None, offset: int = 0) -> Result:
        """A SPARQL query on Oxigraph's engine over all graphs, as an rdflib ``Result`` (so output is formatted alike);
        ``limit`` and ``offset`` page it as LIMIT and OFFSET would, reading no further than the page.

        A named query that reads only schema.org terms is answered from the default
        graph alone, which holds all of them: on disk that skips half the index
        reads (a third to a half of the time), for the same rows.
        """
        from pyoxigraph import Literal as OxLiteral, NamedNode, Variable as OxVariable

        try:
            bound = {OxVariable(k): (NamedNode(v) if v.startswith(("http://", "https://")) else OxLiteral(v)) for k, v in (params or {}).items()}
        except ValueError as exc:  # an invalid IRI
            raise QueryError(f"--param: {exc}") from exc
        graphs = {} if text in _domain_only_queries() else {"use_default_graph_as_union": True}
        try:
            try:
                answer = self.store.query(_with_values(text, bound) or text, **graphs)
            except SyntaxError:  # the VALUES block did not fit this query: bind the plain way
                answer = self.store.query(text, substitutions=bound, **graphs)
            return _result(answer, limit, offset)  # Oxigraph evaluates lazily: its errors come while reading the answer
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from exc
        except Exception as exc:  # noqa: BLE001  (evaluation errors from Oxigraph)
            raise QueryError(f"query failed: {type(exc).__name__}: {exc}") from exc

    def close(self) -> None:
        # Dropping the last reference closes RocksDB and releases its lock for the next process.
        store, self.store = self.store, None
        if store is not None and not self.read_only:
            from pyoxigraph import Store

            store.flush()
            del store
            # RocksDB deletes a write-ahead log it has flushed only when it next opens the
            # store (50 ms): without this the store takes twice its size on disk until then.
            try:
                Store(str(self.path))
            except OSError:  # still open elsewhere in this process: it will go next time
                pass


def _result(answer, limit: int | None = None, offset: int = 0) -> Result:
    """A pyoxigraph answer (or a page of it) as an rdflib ``Result`` (with rdflib terms, made when first read for SELECT)."""
    from pyoxigraph import QueryBoolean, QuerySolutions

    if isinstance(answer, QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
    elif isinstance(answer, QuerySolutions):
        stop = None if limit is None else offset + limit
        result = _Solutions([v.value for v in answer.variables], [tuple(s) for s in islice(answer, offset, stop)])
    else:
        result = Result("CONSTRUCT")
        result.graph = Graph()
        for t in answer:
            result.graph.add((_rdflib(t.subject), _rdflib(t.predicate), _rdflib(t.object)))
        result = page(result, limit, offset)
    return result


class _Solutions(Result):
    """Oxigraph's solutions as an rdflib SELECT ``Result`` whose rdflib terms are made on first use.

    Making rdflib terms costs more than the query itself on large answers (the
    9,000 rows of ``evidence``: 0.2 s for the query, 0.35 s for the terms), and
    ``kg query`` needs only their text, which ``texts`` gives without them.
    """

    def __init__(self, names: list[str], rows: list[tuple]):
        super().__init__("SELECT")
        self.vars = [Variable(n) for n in names]
        self._rows = rows
        self.bindings = self._make_bindings()  # a generator: rdflib lists it when first read

    def _make_bindings(self):
        made: dict = {}  # names and IRIs repeat down a column: make each term once
        for row in self._rows:
            binding = {}
            for var, term in zip(self.vars, row):
                if term is not None:
                    value = made.get(term)
                    if value is None:
                        value = made[term] = _rdflib(term)
                    binding[var] = value
            yield binding

    def texts(self) -> list[list[str]]:
        """Each row as the text of its values ("" when unbound): ``str`` of the rdflib terms, without making them."""
        from pyoxigraph import Literal as OxLiteral

        made: dict = {}

        def text(term) -> str:
            if term is None:
                return ""
            if not isinstance(term, OxLiteral) or term.language or term.datatype.value == _XSD_STRING:
                return term.value  # what str() of its rdflib term gives
            # rdflib writes other literals in its own canonical form ("007"^^xsd:integer is "7")
            value = made.get(term)
            if value is None:
                value = made[term] = str(_rdflib(term))
            return value

        # a row with nothing bound is left out, as rdflib leaves it out of its rows
        return [[text(term) for term in row] for row in self._rows if any(term is not None for term in row)]


@lru_cache(maxsize=1)
def _domain_only_queries() -> frozenset[str]:
    """The texts of the named queries that use no term of the evidence graph's vocabulary (kg:, prov:).

    Named queries spell out every predicate they match, so these cannot match
    anything in the evidence graph (tests/test_store.py checks their rows).
    """
    from .queries import named_queries

    evidence_terms = re.compile(r"\b(?:kg|prov):|w3id\.org/kg-news/ontology|w3\.org/ns/prov")
    return frozenset(q.text for q in named_queries().values() if not evidence_terms.search(q.text))


class _Converter:
    """rdflib terms to pyoxigraph terms; IRIs repeat a lot (predicates, entities), so each is made once."""

    def __init__(self):
        from pyoxigraph import BlankNode, Literal as OxLiteral, NamedNode

        self.named, self.blank, self.literal, self.iris = NamedNode, BlankNode, OxLiteral, {}

    def __call__(self, term):
        if isinstance(term, URIRef):
            node = self.iris.get(term)
            if node is None:
                node = self.iris[term] = self.named(str(term))
            return node
        if isinstance(term, Literal):
            if term.language:
                return self.literal(str(term), language=term.language)
            return self.literal(str(term), datatype=self(term.datatype) if term.datatype else None)
        return self.blank(str(term))


def _rdflib(term):
    from pyoxigraph import BlankNode, NamedNode

    if isinstance(term, NamedNode):
        return URIRef(term.value)
    if isinstance(term, BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
