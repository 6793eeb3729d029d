"""serve.app: the web app: the workbench's page and JSON, the SPARQL endpoint, on Starlette and uvicorn.

Routes:

* ``/``: the workbench (``kg/web/workbench.html``), with ``/static/`` its files;
* ``/sparql``: the SPARQL 1.1 Protocol (GET ``?query=``, POST a query or a form),
  with ``limit`` and ``offset`` to page an answer;
* ``/api/...``: what the views show, as JSON (``kg.serve.workbench``), and exports.

Safe as an endpoint must be: read-only (updates and write methods get 403);
every query in a killable worker with a timeout and a row cap
(``kg.serve.workers``); loopback only unless asked; requests from another
origin, or naming another host (DNS rebinding), refused; and a Content
Security Policy that lets the page run only its own scripts and reach only its
own origin, so that text from an article can never run as code.
"""
from __future__ import annotations

import json
import socket
import sys
import threading
from importlib.resources import files
from pathlib import Path

import networkx as nx
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .sparql import MAX_BODY, Refused, check_query, text_reply
from .workers import Workers

__all__ = ["Server", "make_server", "is_loopback", "WEB"]

WEB = Path(str(files("kg").joinpath("web")))
#: the third-party front-end files `make install` builds into kg/web/vendor/ (npm, pinned by package-lock.json)
VENDOR = {"js": "vendor/yasqe.min.js", "css": "vendor/yasqe.min.css"}
WRITE_PATHS = ("/update", "/sparql/update")
CSP = ("default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; "
       "style-src 'self' 'unsafe-inline'; font-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'; object-src 'none'")
HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
           "X-Frame-Options": "DENY", "Cross-Origin-Resource-Policy": "same-origin"}
NETWORK_TOP = 300  # nodes a network view shows at first
PROJECTIONS = {"": None, "person": "person", "organization": "organization"}


def _reply(status: int, ctype: str, body: bytes, **headers) -> Response:
    return Response(body, status_code=status, media_type=ctype, headers={"Vary": "Accept", **headers})


def _json(data, status: int = 200) -> Response:
    return JSONResponse(data, status_code=status)


class _Safety:
    """ASGI middleware: the security headers on every answer; requests from another origin, or for another host, refused."""

    def __init__(self, app, hosts: set[str] | None, log: bool):
        self.app, self.hosts, self.log = app, hosts, log

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        refusal = None
        if self.hosts is not None and host.rsplit(":", 1)[0].strip("[]") not in self.hosts:
            refusal = f"this server answers for its own address only, not {host!r}"
        origin = headers.get("origin")
        if origin is not None and origin != f"http://{host}":
            refusal = "requests from another origin are refused"
        if headers.get("sec-fetch-site") == "cross-site":
            refusal = "requests from another site are refused"
        status = [0]

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    (k.lower().encode(), v.encode()) for k, v in HEADERS.items() if k.lower().encode() not in present]
            await send(message)

        if refusal is not None:
            await Response(refusal + "\n", 403, media_type="text/plain")(scope, receive, send_with_headers)
        else:
            await self.app(scope, receive, send_with_headers)
        if self.log:
            client = (scope.get("client") or ("-",))[0]
            sys.stderr.write(f"{client} {scope['method']} {scope['path']} {status[0]}\n")


async def _body(request: Request) -> bytes:
    declared = request.headers.get("content-length", "0").strip()
    if not declared.isdigit() or int(declared) > MAX_BODY:
        raise Refused(413, f"send a Content-Length of at most {MAX_BODY} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise Refused(413, f"send at most {MAX_BODY} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _paging(params, keys: tuple = ("limit", "offset")) -> dict:
    """The whole numbers among ``params`` named ``keys``; a missing or empty one is left out."""
    out = {}
    for key in keys:
        value = params.get(key)
        if value not in (None, ""):
            if not value.isdigit():
                raise Refused(400, f"{key} must be a whole number, not {value!r}")
            out[key] = int(value)
    return out


class App:
    """The routes, and what they share: the workers, the limits and the networks computed so far."""

    def __init__(self, workers: Workers, timeout: float, max_rows: int, graphs: list[str]):
        self.workers, self.timeout, self.max_rows, self.graphs = workers, timeout, max_rows, graphs
        # a network is our own code, not a visitor's query: it gets longer than a query, still bounded
        self.network_timeout = max(timeout, 120.0)
        self._networks: dict = {}
        # one network computed at a time, so a worker stays free for queries; one computed already
        # is served without waiting for the lock (while the warm-up computes the next)
        self._network_lock = threading.Lock()

    def ask(self, request: dict, timeout: float | None = None) -> tuple[int, str, bytes]:
        return self.workers.ask(request, timeout or self.timeout)

    async def ask_json(self, request: dict, timeout: float | None = None) -> Response:
        status, ctype, body = await run_in_threadpool(self.ask, request, timeout)
        return _reply(status, ctype, body)

    # --- the SPARQL protocol

    async def sparql(self, request: Request) -> Response:
        try:
            params = {k: request.query_params.getlist(k) for k in request.query_params.keys()}
            query = request.query_params.get("query")
            if request.method == "POST":
                body = await _body(request)
                ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
                if ctype == "application/sparql-update":
                    raise Refused(403, "this endpoint is read-only: updates are not allowed")
                if ctype == "application/sparql-query":
                    query = body.decode("utf-8", "replace")
                elif ctype == "application/x-www-form-urlencoded":
                    from urllib.parse import parse_qs

                    form = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
                    params = {**params, **form}
                    query = form.get("query", [None])[0]
                else:
                    raise Refused(415, "send application/sparql-query or a form with query=")
            if request.url.path in WRITE_PATHS or "update" in params:
                raise Refused(403, "this endpoint is read-only: updates are not allowed")
            if not query:
                raise Refused(400, "missing query: GET /sparql?query=... or POST application/sparql-query")
            graphs = {k: tuple(params.get(k, ())) for k in ("default-graph-uri", "named-graph-uri")}
            check_query(query)
            for iri in graphs["default-graph-uri"] + graphs["named-graph-uri"]:
                if not iri.startswith(("http://", "https://")):
                    raise Refused(403, f"graph IRIs must be http(s): {iri}")
            paging = _paging({k: v[0] for k, v in params.items() if k in ("limit", "offset")})
        except Refused as exc:
            return _reply(*text_reply(exc.status, str(exc)))
        ask = {"op": "sparql", "query": query, "accept": request.headers.get("accept", ""), "max_rows": self.max_rows,
               "default_graphs": graphs["default-graph-uri"], "named_graphs": graphs["named-graph-uri"], **paging}
        status, ctype, body = await run_in_threadpool(self.ask, ask)
        return _reply(status, ctype, body)

    async def refuse_write(self, request: Request) -> Response:
        return _reply(*text_reply(403, "this endpoint is read-only"))

    async def not_found(self, request: Request) -> Response:
        return _reply(*text_reply(404, "no such page: the workbench is at /, queries go to /sparql"))

    # --- the workbench

    async def home(self, request: Request) -> Response:
        if "query" in request.query_params:  # the endpoint used to answer at / too
            return await self.sparql(request)
        page = (WEB / "workbench.html").read_text(encoding="utf-8")
        vendor = ""
        if all((WEB / path).is_file() for path in VENDOR.values()):
            vendor = (f'<link rel="stylesheet" href="/static/{VENDOR["css"]}">\n'
                      f'<script src="/static/{VENDOR["js"]}" defer></script>')
        return HTMLResponse(page.replace("<!--VENDOR-->", vendor))

    async def info(self, request: Request) -> Response:
        from ..queries import named_queries

        queries = [{"name": q.name, "description": q.description, "text": q.text,
                    "params": [{"name": n, "optional": o} for n, o in q.params]} for q in named_queries().values()]
        return _json({"graphs": self.graphs, "quads": self.workers.quads, "max_rows": self.max_rows,
                      "timeout": self.timeout, "queries": queries})

    async def run(self, request: Request) -> Response:
        """A page of a query's answer for the table: {query or name, params, limit, offset}."""
        try:
            args = json.loads(await _body(request) or b"{}")
            if not isinstance(args, dict):
                raise ValueError("a JSON object")
            ask = {"op": "table", "query": args.get("query"), "name": args.get("name"),
                   "params": {str(k): str(v) for k, v in (args.get("params") or {}).items()},
                   "limit": int(args.get("limit", 100)), "offset": int(args.get("offset", 0)), "max_rows": self.max_rows,
                   "sort": args.get("sort") if isinstance(args.get("sort"), dict) else None}
        except Refused as exc:
            return _reply(*text_reply(exc.status, str(exc)))
        except (ValueError, TypeError, AttributeError) as exc:
            return _reply(*text_reply(400, f"send a JSON object of query or name, params, limit and offset ({exc})"))
        return await self.ask_json(ask)

    async def export(self, request: Request) -> Response:
        """The whole answer as a CSV or JSON download (a form: query or name, param.NAME=VALUE, format)."""
        from urllib.parse import parse_qs

        try:
            form = {k: v[0] for k, v in parse_qs((await _body(request)).decode("utf-8", "replace"),
                                                  keep_blank_values=True).items()}
        except Refused as exc:
            return _reply(*text_reply(exc.status, str(exc)))
        fmt = form.get("format", "csv")
        ask = {"op": "export", "query": form.get("query") or None, "name": form.get("name") or None,
               "params": {k[6:]: v for k, v in form.items() if k.startswith("param.")}, "fmt": fmt,
               "max_rows": self.max_rows}
        status, ctype, body = await run_in_threadpool(self.ask, ask)
        if status != 200:
            return _reply(status, ctype, body)
        stem = "".join(c for c in (form.get("name") or "query") if c.isalnum() or c in "_-") or "query"
        return _reply(status, ctype, body, **{"Content-Disposition": f'attachment; filename="{stem}.{fmt}"'})

    async def search(self, request: Request) -> Response:
        limit = request.query_params.get("limit", "12")
        return await self.ask_json({"op": "search", "q": request.query_params.get("q", ""),
                                    "limit": int(limit) if limit.isdigit() else 12})

    async def entity(self, request: Request) -> Response:
        """An entity's page: the first page of each of its lists (``facts``, ``evidence``, ``articles``: how many)."""
        return await self._entity_op(request, "entity", (), ("facts", "evidence", "articles"))

    async def entity_facts(self, request: Request) -> Response:
        return await self._entity_op(request, "entity_facts", ("predicate", "direction"), ("offset", "limit", "evidence"))

    async def entity_evidence(self, request: Request) -> Response:
        return await self._entity_op(request, "entity_evidence", ("predicate", "direction", "other"), ("offset", "limit"))

    async def entity_articles(self, request: Request) -> Response:
        return await self._entity_op(request, "entity_articles", (), ("offset", "limit"))

    async def entity_quotes(self, request: Request) -> Response:
        return await self._entity_op(request, "entity_quotes", (), ("offset", "limit"))

    async def _entity_op(self, request: Request, op: str, texts: tuple, numbers: tuple) -> Response:
        params = request.query_params
        ask = {"op": op, "iri": params.get("iri", ""), **{k: params.get(k, "") for k in texts}}
        if "direction" in texts and ask["direction"] not in ("out", "in"):
            return _reply(*text_reply(400, "direction must be out or in"))
        try:
            ask.update(_paging(params, numbers))
        except Refused as exc:
            return _reply(*text_reply(exc.status, str(exc)))
        return await self.ask_json(ask)

    async def vocabulary(self, request: Request) -> Response:
        return await self.ask_json({"op": "vocabulary"})

    # --- networks: computed once per projection by a worker, kept here, cut to views here

    def network(self, projection: str | None) -> tuple[nx.Graph, list[dict]]:
        if projection in self._networks:
            return self._networks[projection]
        with self._network_lock:
            if projection in self._networks:
                return self._networks[projection]
            status, _, body = self.ask({"op": "network", "projection": projection}, self.network_timeout)
            if status != 200:
                raise Refused(status, body.decode("utf-8", "replace").strip())
            data = json.loads(body)
            G = nx.Graph()
            for node in data["nodes"]:
                G.add_node(node["id"], label=node["label"], kind=node["kind"], articles=node["articles"])
            for link in data["links"]:
                G.add_edge(link.pop("source"), link.pop("target"), **link)
            self._networks[projection] = (G, data["nodes"])
            return self._networks[projection]

    def warm_up(self) -> None:
        """Compute the networks in the background, so the Network view and entity pages need not wait."""
        def run():
            for projection in PROJECTIONS.values():
                try:
                    self.network(projection)
                except Exception:  # noqa: BLE001 (a view asks again, and shows the error)
                    return
        threading.Thread(target=run, daemon=True).start()

    def _projection(self, request: Request) -> str | None:
        name = request.query_params.get("projection", "")
        if name not in PROJECTIONS:
            raise Refused(400, f"unknown projection {name!r}: person or organization, or none for the whole graph")
        return PROJECTIONS[name]

    def _view(self, request: Request) -> dict:
        from .. import network as net
        from ..html import view_data

        G, rows = self.network(self._projection(request))
        params = request.query_params
        by = params.get("by", "weighted_degree")
        if rows and by not in rows[0]:
            raise Refused(400, f"cannot rank by {by!r} here")
        top = params.get("top", str(NETWORK_TOP))
        top = max(1, min(int(top), 2000)) if top.isdigit() else NETWORK_TOP
        ego = params.get("ego")
        if ego:
            if ego not in G:
                raise Refused(404, "not in this network (an isolated node, or not of its kind)")
            radius = params.get("radius", "1")
            shown = net.ego(G, ego, int(radius) if radius in ("1", "2", "3") else 1)
            data = view_data(shown, [r for r in rows if r["id"] in shown], top, by)
        else:
            data = view_data(G, rows, top, by)
        data["linked"] = sum(1 for n in G if G.degree(n))
        data["columns"] = [k for k in ("weighted_degree", "degree", "pagerank", "betweenness") if rows and k in rows[0]]
        return data

    def _expand(self, request: Request) -> dict:
        """A node's neighbours (the best-linked 50), and their links to anything (the page keeps those it shows)."""
        G, rows = self.network(self._projection(request))
        node = request.query_params.get("node", "")
        if node not in G:
            raise Refused(404, "not in this network")
        by_id = {r["id"]: r for r in rows}
        nbrs = sorted(G[node], key=lambda n: (-by_id[n]["weighted_degree"], by_id[n]["label"]))
        shown = nbrs[:50]
        nodes = [{**by_id[n], "articles": G.nodes[n]["articles"]} for n in shown]
        links = [{"source": u, "target": v, "weight": float(d.get("weight", 1))}
                 for n in [node, *shown] for u, v, d in G.edges(n, data=True)][:5000]
        return {"nodes": nodes, "links": links, "more": len(nbrs) - len(shown)}

    def _neighbours(self, request: Request) -> dict:
        """An entity's neighbours in the network of its kind (people: collaboration; bodies: organisations),
        each with what links them."""
        from .. import network as net

        iri = request.query_params.get("iri", "")
        kind = request.query_params.get("kind", "")
        projection = {"Person": "person", "Organization": "organization"}.get(kind)
        out = []
        for p in dict.fromkeys([projection, None]):
            G, rows = self.network(p)
            if iri in G:
                by_id = {r["id"]: r for r in rows}
                nbrs = sorted(G[iri], key=lambda n: (-G.edges[iri, n].get("weight", 1), by_id[n]["label"]))
                out.append({"projection": p or "", "neighbours": [
                    {"iri": n, "name": by_id[n]["label"], "kind": by_id[n]["kind"],
                     "weight": G.edges[iri, n].get("weight", 1), "why": net.link_reason(G, iri, n)} for n in nbrs[:100]],
                    "more": max(0, len(nbrs) - 100)})
        return {"iri": iri, "networks": out}

    async def _in_thread(self, method, request: Request) -> Response:
        try:
            return _json(await run_in_threadpool(method, request))
        except Refused as exc:
            return _reply(*text_reply(exc.status, str(exc)))

    async def network_view(self, request: Request) -> Response:
        return await self._in_thread(self._view, request)

    async def network_expand(self, request: Request) -> Response:
        return await self._in_thread(self._expand, request)

    async def neighbours(self, request: Request) -> Response:
        return await self._in_thread(self._neighbours, request)

    def routes(self) -> list:
        read = ["GET", "HEAD"]
        return [
            Route("/", self.home, methods=read),
            Route("/", self.sparql, methods=["POST"]),
            Route("/sparql", self.sparql, methods=["GET", "HEAD", "POST"]),
            Route("/sparql", self.refuse_write, methods=["PUT", "DELETE", "PATCH"]),
            *[Route(p, self.sparql, methods=["GET", "POST"]) for p in WRITE_PATHS],
            Route("/api/info", self.info, methods=read),
            Route("/api/run", self.run, methods=["POST"]),
            Route("/api/export", self.export, methods=["POST"]),
            Route("/api/search", self.search, methods=read),
            Route("/api/entity", self.entity, methods=read),
            Route("/api/entity/facts", self.entity_facts, methods=read),
            Route("/api/entity/evidence", self.entity_evidence, methods=read),
            Route("/api/entity/articles", self.entity_articles, methods=read),
            Route("/api/entity/quotes", self.entity_quotes, methods=read),
            Route("/api/vocabulary", self.vocabulary, methods=read),
            Route("/api/network", self.network_view, methods=read),
            Route("/api/network/expand", self.network_expand, methods=read),
            Route("/api/neighbours", self.neighbours, methods=read),
            Mount("/static", StaticFiles(directory=WEB), name="static"),
        ]


class Server:
    """A bound server with its workers ready: ``serve_forever()`` answers until ``shutdown()``."""

    def __init__(self, sock: socket.socket, app: App, asgi, log: bool):
        import uvicorn

        self.socket, self.workers, self.app = sock, app.workers, app
        config = uvicorn.Config(asgi, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=2)
        self._uvicorn = uvicorn.Server(config)
        self._stopped = threading.Event()

    @property
    def base(self) -> str:
        host, port = self.socket.getsockname()[:2]
        return f"http://{f'[{host}]' if ':' in host else host}:{port}/"

    @property
    def url(self) -> str:
        """The SPARQL endpoint's URL."""
        return self.base + "sparql"

    def serve_forever(self) -> None:
        try:
            self._uvicorn.run(sockets=[self.socket])
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        self._uvicorn.should_exit = True
        self._stopped.wait(10)

    def server_close(self) -> None:
        self.socket.close()
        self.workers.close()


def is_loopback(host: str) -> bool:
    """Whether every address ``host`` names is a loopback address.

    >>> is_loopback("127.0.0.1"), is_loopback("0.0.0.0"), is_loopback("::1")
    (True, False, True)
    """
    import ipaddress

    try:
        infos = socket.getaddrinfo(host, None)
    except (socket.gaierror, UnicodeError):
        return False
    return bool(infos) and all(ipaddress.ip_address(info[4][0].split("%")[0]).is_loopback for info in infos)


def make_server(paths: list[str | Path], host: str = "127.0.0.1", port: int = 8000, timeout: float = 10.0,
                max_rows: int = 10_000, allow_remote: bool = False, workers: int = 2, log: bool = False,
                warm_up: bool = False) -> Server:
    """A server bound and ready (its workers have loaded the graph); call ``serve_forever()``.

    ``warm_up`` computes the networks in the background at once (one worker is busy meanwhile)."""
    from ..errors import KGError
    from ..query import graph_files
    from ..store import SCHEME

    if not allow_remote and not is_loopback(host):
        raise KGError(f"refusing to listen on {host!r}, which is reachable from other machines: "
                      "use a loopback address such as 127.0.0.1, or pass --allow-remote")
    if timeout <= 0 or max_rows < 1:
        raise KGError("--timeout must be positive and --max-rows at least 1")
    if any(str(p).startswith("sparql:") for p in paths):
        raise KGError("a sparql:URL server is an endpoint already: kg serve reads graph files and oxigraph:PATH stores")
    stores = [str(p) for p in paths if str(p).startswith(SCHEME)]
    files_ = [str(f) for f in graph_files([p for p in paths if not str(p).startswith(SCHEME)])] + stores
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise KGError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    try:
        pool = Workers(files_, workers)
    except BaseException:
        sock.close()
        raise
    app = App(pool, timeout, max_rows, [str(p) for p in paths])
    # loopback: only requests naming a loopback host (a DNS-rebinding page names its own)
    hosts = None if allow_remote else {"127.0.0.1", "localhost", "::1", host}
    asgi = _Safety(Starlette(routes=app.routes()), hosts, log)
    if warm_up:
        app.warm_up()
    return Server(sock, app, asgi, log)
