"""serve.sparql: the SPARQL 1.1 Protocol's answers from a pyoxigraph store, and what a query may do.

Each query worker answers from an in-memory pyoxigraph store: the files parsed
into it, or, for ``oxigraph:PATH``, a snapshot of that store copied at start
(its quads as they are, domain in the default graph and evidence in its named
graph). Memory answers several times faster than the store on disk, where every
IRI and long literal of an answer is a RocksDB read.

Answers come in the format the ``Accept`` header asks for: SPARQL results as
JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle, N-Triples, JSON-LD or
RDF/XML; a page of them (``limit``, ``offset``) where asked.

Safety, since a query is code sent by someone else (``kg.serve.app`` and
``kg.serve.workers`` do the rest):

* read-only: updates get 403;
* no reach beyond the loaded graph: ``SERVICE`` (pyoxigraph would fetch it over
  HTTP), ``LOAD``, ``file:`` IRIs and ``FROM`` of non-HTTP IRIs get 403;
* bounded answers: more than ``max_rows`` rows is answered 413.
"""
from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

__all__ = ["Refused", "check_query", "load_store", "merges_graphs", "answer", "text_reply", "MAX_BODY"]

MAX_BODY = 1_000_000  # bytes of query text a request may send


class Refused(Exception):
    """A request the endpoint will not run, with its HTTP status."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


# --- what a query may do -----------------------------------------------------

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_STRING_OR_COMMENT = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
    r"|(?P<iri><[^<>\"{}|^`\\\s]*>)"
    r"|#[^\n]*",
    re.S,
)
_IRI = re.compile(r"<([^<>\"{}|^`\\\s]*)>")
_PROLOGUE = re.compile(r"\s*(?:(?:BASE\s*<>|PREFIX\s*[\w.\-]*:\s*<>)\s*)*", re.I)
_UPDATE = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I)
_FORBIDDEN = re.compile(r"(?<![\w:?$])(SERVICE|LOAD)(?![\w:\-])", re.I)
_FROM = re.compile(r"(?<![\w:?$])FROM\s+(?:NAMED\s+)?<([^>]*)>", re.I)


def _mask(m: re.Match) -> str:
    """Strings become empty strings and comments blanks, so their words are not read as keywords."""
    token = m.group(0)
    return token if m.group("iri") else " " if token.startswith("#") else ' "" '


def check_query(text: str) -> None:
    """Raise ``Refused`` for a query that would write, or read beyond the loaded graph.

    >>> check_query("SELECT * WHERE { ?s ?p 'SERVICE' }")  # words inside strings are data
    >>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    kg.serve.sparql.Refused: SERVICE is not allowed: this endpoint answers from its own graph only
    """
    # SPARQL decodes \\u escapes before parsing, so a keyword could hide in them.
    try:
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)
    except (ValueError, OverflowError) as exc:
        raise Refused(400, f"malformed query: bad \\U escape ({exc})") from exc
    keep_iris = _STRING_OR_COMMENT.sub(_mask, text)
    for iri in _IRI.findall(keep_iris):
        if iri.lower().startswith("file:"):
            raise Refused(403, f"file: IRIs are not allowed (<{iri}>)")
    for iri in _FROM.findall(keep_iris):
        if not iri.lower().startswith(("http://", "https://")):
            raise Refused(403, f"FROM needs an http(s) IRI (<{iri}>)")
    bare = _IRI.sub("<>", keep_iris)
    if _UPDATE.match(bare, _PROLOGUE.match(bare).end()):
        raise Refused(403, "this endpoint is read-only: updates are not allowed")
    forbidden = _FORBIDDEN.search(bare)
    if forbidden:
        raise Refused(403, f"{forbidden.group(1).upper()} is not allowed: this endpoint answers from its own graph only")


# --- answering, inside a worker ------------------------------------------------

def load_store(files: list[str | Path]):
    """An in-memory pyoxigraph store holding the files (triple syntaxes go to the default graph)
    and the ``oxigraph:PATH`` stores among them (copied quad for quad).

    With a TriG or N-Quads file among them the default graph also gets every
    named graph's triples (``merges_graphs``), and queries read it instead of
    Oxigraph's union: a TriG export holds a fact in the graph of each article
    it was read in, and the union counts it once per graph, where the RDF merge
    (and rdflib, so ``kg query`` on the same file) counts it once.
    """
    from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store

    from ..store import SCHEME, OxigraphStore

    store = Store()
    for f in files:
        if str(f).startswith(SCHEME):
            with OxigraphStore(str(f)[len(SCHEME):], read_only=True) as disk:
                disk.snapshot(into=store)
            continue
        f = Path(f)
        fmt = RdfFormat.from_extension(f.suffix.lstrip(".").lower() or "ttl")
        if fmt is None:
            raise ValueError(f"{f}: unknown RDF syntax (use .ttl, .nt, .jsonld, .trig, .nq or .rdf)")
        try:
            store.load(path=str(f), format=fmt)
        except SyntaxError as exc:
            raise ValueError(f"{f}: not a readable RDF graph ({exc})") from exc
    if merges_graphs(files):
        named = [q for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != DefaultGraph()]
        store.extend(Quad(q.subject, q.predicate, q.object) for q in named)
    return store


def merges_graphs(files: list[str | Path]) -> bool:
    """Whether ``load_store`` makes its default graph the merge of all graphs, for queries to read instead of the union."""
    from ..formats import is_dataset_file

    return any(map(is_dataset_file, files))


def _media_types():
    from pyoxigraph import QueryResultsFormat as Q, RdfFormat as R

    results = {"application/sparql-results+json": Q.JSON, "application/json": Q.JSON,
               "application/sparql-results+xml": Q.XML, "application/xml": Q.XML, "text/xml": Q.XML,
               "text/csv": Q.CSV, "text/tab-separated-values": Q.TSV}
    graphs = {"text/turtle": R.TURTLE, "application/n-triples": R.N_TRIPLES, "text/plain": R.N_TRIPLES,
              "application/ld+json": R.JSON_LD, "application/rdf+xml": R.RDF_XML, "application/xml": R.RDF_XML}
    return results, graphs


def _negotiate(accept: str, offers: dict, default):
    """The format of the best-quality media type in ``accept`` that we offer (None: nothing fits).

    >>> _negotiate("text/csv;q=0.5, application/json", {"text/csv": "csv", "application/json": "json"}, "json")
    'json'
    """
    if not accept.strip():
        return default
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, _, params = part.partition(";")
        q = re.search(r"q\s*=\s*([01](?:\.\d*)?)", params)
        ranked.append((-float(q.group(1)) if q else -1.0, i, media.strip().lower()))
    for negative_q, _, media in sorted(ranked):
        if negative_q < 0 and media in offers:
            return offers[media]
        if negative_q < 0 and media in ("*/*", "application/*", "text/*"):
            return default
    return None


def answer(store, query: str, accept: str = "", max_rows: int = 10_000,
           default_graphs: tuple[str, ...] = (), named_graphs: tuple[str, ...] = (),
           union: bool = True, limit: int | None = None, offset: int = 0) -> tuple[int, str, bytes]:
    """Run a checked query on ``store``: (HTTP status, content type, body).

    Without ``default_graphs`` the query reads the union of all graphs, or with
    ``union=False`` the store's default graph alone (see ``load_store``).
    ``limit`` and ``offset`` page the answer as LIMIT and OFFSET would, over
    the query as it is written (it may have its own).
    """
    from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, parse_query_results, serialize

    results, graphs = _media_types()
    options = {"use_default_graph_as_union": union and not default_graphs}
    if default_graphs:
        options["default_graph"] = [NamedNode(g) for g in default_graphs]
    if named_graphs:
        options["named_graphs"] = [NamedNode(g) for g in named_graphs]
    try:
        result = store.query(query, **options)
    except SyntaxError as exc:
        return text_reply(400, f"malformed query: {exc}")
    paged = limit is not None or offset > 0
    if isinstance(result, (QueryBoolean, QuerySolutions)):
        fmt = _negotiate(accept, results, QueryResultsFormat.JSON)
        if fmt is None:
            return text_reply(406, "no acceptable format: SPARQL results come as JSON, XML, CSV or TSV")
        if isinstance(result, QueryBoolean):
            return 200, fmt.media_type, result.serialize(format=fmt)
        if paged:
            page = list(islice(result, offset, offset + min(max_rows + 1, max_rows + 1 if limit is None else limit)))
            if len(page) > max_rows:
                return text_reply(413, f"more than {max_rows} result rows: ask for a smaller page")
            body = _tsv(result.variables, page)
        else:
            # pyoxigraph serializes whole result iterators only. TSV has one line per row (it
            # escapes line breaks in literals), so a writer that counts lines stops the answer
            # past the cap; the other formats are converted from it, all without Python terms,
            # which took three times as long as the query itself on 9,000 rows.
            capped = _LineCap(max_rows + 1)
            try:
                result.serialize(capped, QueryResultsFormat.TSV)
            except Exception:  # noqa: BLE001 (our own stop comes back through pyoxigraph)
                if not capped.full:
                    raise
                return text_reply(413, f"more than {max_rows} result rows: add a LIMIT, or narrow the query")
            body = capped.value()
        if fmt != QueryResultsFormat.TSV:
            body = parse_query_results(body, QueryResultsFormat.TSV).serialize(format=fmt)
        return 200, fmt.media_type, body
    fmt = _negotiate(accept, graphs, graphs["text/turtle"])
    if fmt is None:
        return text_reply(406, "no acceptable format: graphs come as Turtle, N-Triples, JSON-LD or RDF/XML")
    stop = offset + (max_rows + 1 if limit is None else min(limit, max_rows + 1))
    triples = list(islice(result, offset, stop))
    if len(triples) > max_rows:
        return text_reply(413, f"more than {max_rows} result triples: add a LIMIT, or narrow the query")
    return 200, fmt.media_type, serialize(triples, format=fmt)


def _tsv(variables, rows) -> bytes:
    """Solutions as SPARQL TSV: pyoxigraph writes each term in N-Triples syntax, which escapes tabs and line breaks."""
    lines = ["\t".join(map(str, variables))]
    lines += ["\t".join("" if term is None else str(term) for term in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


class _LineCap:
    """A binary writer that keeps what it is given, and refuses more than ``limit`` lines."""

    def __init__(self, limit: int):
        self.limit, self.lines, self.full, self._chunks = limit, 0, False, []

    def write(self, chunk) -> int:
        self.lines += bytes(chunk).count(b"\n")
        if self.lines > self.limit:
            self.full = True
            raise OverflowError("too many result rows")
        self._chunks.append(bytes(chunk))
        return len(chunk)

    def flush(self) -> None:
        pass

    def value(self) -> bytes:
        return b"".join(self._chunks)


def text_reply(status: int, message: str) -> tuple[int, str, bytes]:
    """A plain-text answer: (HTTP status, content type, body)."""
    return status, "text/plain; charset=utf-8", (message + "\n").encode()
