"""serve: a read-only SPARQL 1.1 Protocol endpoint over graph files or an Oxigraph store, backed by pyoxigraph.

Each query worker answers from an in-memory pyoxigraph store: the files parsed
into it, or, for ``oxigraph:PATH``, a snapshot of that store copied at start
(its quads as they are, domain in the default graph and evidence in its named
graph). Memory answers several times faster than the store on disk, where every
IRI and long literal of an answer is a RocksDB read.

``GET /sparql?query=...`` and ``POST /sparql`` (``application/sparql-query`` or a
form with ``query=``) answer in the format the ``Accept`` header asks for:
SPARQL results as JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE as Turtle,
N-Triples, JSON-LD or RDF/XML.

Safety, since a query is code sent by someone else:

* read-only: updates, ``/update`` and write methods get 403;
* no reach beyond the loaded graph: ``SERVICE`` (pyoxigraph would fetch it over
  HTTP), ``LOAD``, ``file:`` IRIs and ``FROM`` of non-HTTP IRIs get 403;
* bounded work: each query runs in a worker process holding its own in-memory
  store, and a query past ``timeout`` seconds is stopped by killing its worker
  (a thread cannot be stopped) and answered 503; more than ``max_rows`` rows
  is answered 413;
* loopback only, unless the caller asks for remote access.
"""
from __future__ import annotations

import ipaddress
import queue
import re
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

__all__ = ["Refused", "check_query", "load_store", "merges_graphs", "answer", "make_server", "is_loopback"]

MAX_BODY = 1_000_000  # bytes of query text a request may send
ENDPOINTS = ("/sparql", "/")
WRITE_PATHS = ("/update", "/sparql/update")


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
    kg.serve.Refused: SERVICE is not allowed: this endpoint answers from its own graph only
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

    from .store import SCHEME, OxigraphStore

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
    from .formats import is_dataset_file

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
           union: bool = True) -> tuple[int, str, bytes]:
    """Run a checked query on ``store``: (HTTP status, content type, body).

    Without ``default_graphs`` the query reads the union of all graphs, or with
    ``union=False`` the store's default graph alone (see ``load_store``).
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
        return _text(400, f"malformed query: {exc}")
    if isinstance(result, (QueryBoolean, QuerySolutions)):
        fmt = _negotiate(accept, results, QueryResultsFormat.JSON)
        if fmt is None:
            return _text(406, "no acceptable format: SPARQL results come as JSON, XML, CSV or TSV")
        if isinstance(result, QueryBoolean):
            return 200, fmt.media_type, result.serialize(format=fmt)
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
            return _text(413, f"more than {max_rows} result rows: add a LIMIT, or narrow the query")
        body = capped.value()
        if fmt != QueryResultsFormat.TSV:
            body = parse_query_results(body, QueryResultsFormat.TSV).serialize(format=fmt)
        return 200, fmt.media_type, body
    fmt = _negotiate(accept, graphs, graphs["text/turtle"])
    if fmt is None:
        return _text(406, "no acceptable format: graphs come as Turtle, N-Triples, JSON-LD or RDF/XML")
    triples = list(islice(result, max_rows + 1))
    if len(triples) > max_rows:
        return _text(413, f"more than {max_rows} result triples: add a LIMIT, or narrow the query")
    return 200, fmt.media_type, serialize(triples, format=fmt)


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


def _text(status: int, message: str) -> tuple[int, str, bytes]:
    return status, "text/plain; charset=utf-8", (message + "\n").encode()


def _work(conn, files: list[str]) -> None:
    """A worker process: load the store once, then answer requests until the pipe closes."""
    start = time.perf_counter()
    try:
        store = load_store(files)
    except Exception as exc:  # noqa: BLE001 (reported to the parent as one line)
        conn.send(("error", str(exc)))
        return
    conn.send(("ready", (len(store), time.perf_counter() - start)))
    union = not merges_graphs(files)
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        try:
            reply = answer(store, **request, union=union)
        except Exception as exc:  # noqa: BLE001 (an evaluation error is the client's answer, not our crash)
            reply = _text(500, f"query failed: {type(exc).__name__}: {exc}")
        conn.send(reply)


def _work_main() -> None:
    """Entry point of a worker process: ``python -c ... FD FILE...``."""
    _work(Connection(int(sys.argv[1])), sys.argv[2:])


class _Workers:
    """A pool of worker processes; one that runs past the timeout is killed and replaced."""

    def __init__(self, files: list[str], size: int):
        self._files = files
        self._idle: queue.Queue = queue.Queue()
        self._closed = False
        # The workers load at the same time (a store snapshot takes a second or two each).
        started = [self._spawn() for _ in range(size)]
        try:
            loads = [self._ready(proc, conn) for proc, conn in started]
        except Exception:
            for proc, conn in started:
                proc.kill()
                proc.wait()
                conn.close()
            raise
        for worker in started:
            self._idle.put(worker)
        #: quads each worker holds, and the seconds the slowest took to load them
        self.quads, self.load_seconds = loads[0][0], max(seconds for _, seconds in loads)

    def _spawn(self):
        # A fresh interpreter rather than multiprocessing: fork is unsafe once server
        # threads run, and spawn re-imports the caller's __main__, which scripts and
        # notebooks do not guard.
        ours, theirs = socket.socketpair()
        proc = subprocess.Popen([sys.executable, "-c", "import kg.serve as s; s._work_main()", str(theirs.fileno()), *self._files],
                                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
        theirs.close()
        return proc, Connection(ours.detach())

    @staticmethod
    def _ready(proc, conn) -> tuple[int, float]:
        try:
            status, detail = conn.recv()
        except EOFError:
            status, detail = "error", "the query worker died while loading the graph"
        if status != "ready":
            proc.wait()
            from .errors import GraphError

            raise GraphError(detail)
        return detail

    def _replace(self) -> None:
        if not self._closed:
            proc, conn = self._spawn()
            self._ready(proc, conn)
            self._idle.put((proc, conn))

    def ask(self, request: dict, timeout: float) -> tuple[int, str, bytes]:
        deadline = time.monotonic() + timeout
        try:
            proc, conn = self._idle.get(timeout=timeout)
        except queue.Empty:
            return _text(503, "all query workers are busy: try again later")
        conn.send(request)
        if conn.poll(max(0.0, deadline - time.monotonic())):
            try:
                reply = conn.recv()
            except EOFError:
                reply = None
            if reply is not None:
                self._idle.put((proc, conn))
                return reply
            message = "the query worker died (out of memory?)"
        else:
            message = f"query timed out after {timeout:g} s"
        proc.kill()
        proc.wait()
        threading.Thread(target=self._replace, daemon=True).start()
        return _text(503, message)

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                proc, conn = self._idle.get_nowait()
            except queue.Empty:
                return
            conn.close()
            proc.kill()
            proc.wait()


# --- HTTP -----------------------------------------------------------------------

class _Handler(BaseHTTPRequestHandler):
    server_version = "kg-sparql/0.1"
    server: "Server"

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        self._dispatch(url.path, params, params.get("query", [None])[0])

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        declared = self.headers.get("Content-Length", "0").strip()
        length = int(declared) if declared.isdigit() else -1
        if not 0 <= length <= MAX_BODY:
            return self._reply(*_text(413, f"send a Content-Length of at most {MAX_BODY} bytes"))
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = self.headers.get_content_type()
        if ctype == "application/sparql-update":
            return self._reply(*_text(403, "this endpoint is read-only: updates are not allowed"))
        if ctype == "application/sparql-query":
            query = body
        elif ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            params = {**params, **form}
            query = form.get("query", [None])[0]
        else:
            return self._reply(*_text(415, "send application/sparql-query or a form with query="))
        self._dispatch(url.path, params, query)

    def _refuse_write(self) -> None:
        self._reply(*_text(403, "this endpoint is read-only"))

    do_PUT = do_DELETE = do_PATCH = _refuse_write

    def _dispatch(self, path: str, params: dict, query: str | None) -> None:
        if path in WRITE_PATHS or "update" in params:
            return self._reply(*_text(403, "this endpoint is read-only: updates are not allowed"))
        if path not in ENDPOINTS:
            return self._reply(*_text(404, "no such endpoint: send queries to /sparql"))
        if not query:
            return self._reply(*_text(400, "missing query: GET /sparql?query=... or POST application/sparql-query"))
        graphs = {k: tuple(params.get(k, ())) for k in ("default-graph-uri", "named-graph-uri")}
        try:
            check_query(query)
            for iri in graphs["default-graph-uri"] + graphs["named-graph-uri"]:
                if not iri.startswith(("http://", "https://")):
                    raise Refused(403, f"graph IRIs must be http(s): {iri}")
        except Refused as exc:
            return self._reply(*_text(exc.status, str(exc)))
        request = {"query": query, "accept": self.headers.get("Accept", ""), "max_rows": self.server.max_rows,
                   "default_graphs": graphs["default-graph-uri"], "named_graphs": graphs["named-graph-uri"]}
        self._reply(*self.server.workers.ask(request, self.server.query_timeout))

    def _reply(self, status: int, ctype: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the base class's name)
        if self.server.log:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, workers: _Workers, timeout: float, max_rows: int, log: bool):
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.address_family = family
        self.workers, self.query_timeout, self.max_rows, self.log = workers, timeout, max_rows, log
        super().__init__(address, _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{f'[{host}]' if ':' in host else host}:{port}/sparql"

    def server_close(self) -> None:
        super().server_close()
        self.workers.close()


def is_loopback(host: str) -> bool:
    """Whether every address ``host`` names is a loopback address.

    >>> is_loopback("127.0.0.1"), is_loopback("0.0.0.0"), is_loopback("::1")
    (True, False, True)
    """
    try:
        infos = socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError):
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0].split("%")[0]).is_loopback for info in infos)


def make_server(paths: list[str | Path], host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
                max_rows: int = 10_000, allow_remote: bool = False, workers: int = 2, log: bool = False) -> Server:
    """A server bound and ready (its workers have loaded the graph); call ``serve_forever()``."""
    from .errors import KGError
    from .query import graph_files
    from .store import SCHEME

    if not allow_remote and not is_loopback(host):
        raise KGError(f"refusing to listen on {host!r}, which is reachable from other machines: "
                      "use a loopback address such as 127.0.0.1, or pass --allow-remote")
    if timeout <= 0 or max_rows < 1:
        raise KGError("--timeout must be positive and --max-rows at least 1")
    if any(str(p).startswith("sparql:") for p in paths):
        raise KGError("a sparql:URL server is an endpoint already: kg serve reads graph files and oxigraph:PATH stores")
    stores = [str(p) for p in paths if str(p).startswith(SCHEME)]
    files = [str(f) for f in graph_files([p for p in paths if not str(p).startswith(SCHEME)])] + stores
    pool = _Workers(files, workers)
    try:
        return Server((host, port), pool, timeout, max_rows, log)
    except OSError as exc:
        pool.close()
        raise KGError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
