"""query: SPARQL over an exported graph, and the library of named queries.

A query is a ``.rq`` file, the name of one in ``kg/queries/``, or literal
SPARQL. Parameters are bound with ``initBindings``, never pasted into text
(an Oxigraph store binds them its own way: see ``kg.store``).
"""
from __future__ import annotations

import csv
import io
import json
from contextlib import contextmanager
from pathlib import Path

from pyparsing.exceptions import ParseBaseException
from rdflib import Dataset, Graph, Literal, URIRef, Variable
from rdflib.query import Result

from .errors import GraphError, QueryError
from .formats import GRAPH_FILES, is_dataset_file, rdflib_format
from .queries import NamedQuery, named_queries
from .store_base import page

__all__ = ["NamedQuery", "named_queries", "graph_files", "load_graph", "open_graph", "run", "format_result"]


def graph_files(paths: list[str | Path]) -> list[Path]:
    """The files behind graph arguments; a directory stands for the graph files a build wrote into it."""
    out = []
    for path in map(Path, paths):
        if path.is_dir():
            found = [path / n for n in GRAPH_FILES if (path / n).exists()]
            if not found:
                raise GraphError(f"{path}: no graph file in this directory (looked for graph.ttl, graph.trig, graph.nq, ...)")
            out += found
        elif path.exists():
            out.append(path)
        else:
            raise GraphError(f"{path}: no such graph file")
    return out


def load_graph(paths: list[str | Path]) -> Graph:
    """Parse graph files (the syntax by extension) into one graph.

    Turtle, N-Triples and JSON-LD give a ``Graph``; when a TriG or N-Quads file
    is among them it is a ``Dataset`` whose default graph is the union of all
    its graphs, so the same queries answer whatever the format.
    """
    files = graph_files(paths)
    g = Dataset(default_union=True) if any(map(is_dataset_file, files)) else Graph()
    for f in files:
        try:
            g.parse(f, format=rdflib_format(f))
        except Exception as exc:  # rdflib raises many types for bad input
            message = (str(exc).splitlines() or [""])[0][:200]
            raise GraphError(f"{f}: not a readable RDF graph ({type(exc).__name__}: {message})") from exc
    return g


@contextmanager
def open_graph(spec: str | Path):
    """A graph argument, ready for ``run``: ``oxigraph:PATH`` opens that store
    read-only (and closes it after); anything else is read by ``load_graph``."""
    from .store import is_store, open_store

    if is_store(spec):
        with open_store(str(spec), read_only=True) as store:
            yield store
    else:
        yield load_graph([spec])


def query_text(query: str) -> str:
    """SPARQL text from a file path, a named query, or the string itself."""
    library = named_queries()
    if query in library:
        return library[query].text
    if query.endswith(".rq"):
        path = Path(query)
        if not path.exists():
            raise QueryError(f"{query}: no such query file (named queries: {', '.join(library)})")
        return path.read_text(encoding="utf-8")
    if not any(k in query.upper() for k in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")):
        raise QueryError(f"{query!r} is neither SPARQL, a .rq file nor a named query ({', '.join(library)})")
    return query


def run(graph, query: str, params: dict[str, str] | None = None, limit: int | None = None, offset: int = 0) -> Result:
    """Run a query; ``params`` bind variables (values starting with http(s):// become IRIs);
    ``limit`` and ``offset`` page the answer as LIMIT and OFFSET would.

    ``graph`` is an rdflib graph, or a ``kg.store`` store that runs the query on its own engine.
    """
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("--limit and --offset must be at least 0")
    if not isinstance(graph, Graph):
        return graph.query(query_text(query), params, limit=limit, offset=offset)
    bindings = {Variable(k): (URIRef(v) if v.startswith(("http://", "https://")) else Literal(v)) for k, v in (params or {}).items()}
    try:
        return page(graph.query(query_text(query), initBindings=bindings), limit, offset)
    except ParseBaseException as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from exc
    except Exception as exc:  # evaluation errors from rdflib's engine
        if isinstance(exc, QueryError):
            raise
        raise QueryError(f"query failed: {type(exc).__name__}: {exc}") from exc


def rows(result: Result) -> tuple[list[str], list[list[str]]]:
    if result.type == "ASK":
        return ["ask"], [[str(result.askAnswer).lower()]]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return ["subject", "predicate", "object"], [[str(x) for x in t] for t in result.graph]
    header = [str(v) for v in result.vars]
    if hasattr(result, "texts"):  # an Oxigraph store's answer: the same text without making rdflib terms
        return header, result.texts()
    return header, [["" if v is None else str(v) for v in row] for row in result]


def format_result(result: Result, fmt: str = "table") -> str:
    """The result as an aligned text table, CSV or JSON (a list of objects)."""
    header, body = rows(result)
    if fmt == "json":
        return json.dumps([dict(zip(header, r)) for r in body], indent=1, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(body)
        return buf.getvalue().rstrip("\n")
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r}; use table, csv or json")
    widths = [min(60, max([len(h)] + [len(r[i]) for r in body])) for i, h in enumerate(header)]
    cut = lambda s, w: s if len(s) <= w else s[: w - 1] + "…"  # noqa: E731
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(cut(c, w).ljust(w) for c, w in zip(r, widths)) for r in body]
    lines.append(f"({len(body)} row{'s' if len(body) != 1 else ''})")
    return "\n".join(lines)
