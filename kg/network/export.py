"""network.export: a network and its metrics as files for Gephi, spreadsheets and scripts.

GraphML and GEXF hold only scalar attributes, so list-valued attributes (the
events behind an edge, say) are joined with "; " and ``None`` is left out;
every file is written atomically.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx

from ..atomic import write_atomic
from .analysis import metrics

__all__ = ["write_graphml", "write_gexf", "write_csv", "write_json", "write_all", "format_table"]

_SCALARS = (str, int, float, bool)


def _scalar(value):
    """A value GraphML and GEXF can hold: lists joined with "; ", None dropped."""
    if isinstance(value, (list, tuple, set, frozenset)):
        return "; ".join(map(str, value))
    return value if isinstance(value, _SCALARS) else None


def _exportable(G: nx.Graph, rows: list[dict] | None = None) -> nx.Graph:
    """A copy of ``G`` with metrics on its nodes and only scalar attributes."""
    H = nx.Graph()
    H.graph.update((k, v) for k, v in G.graph.items() if isinstance(v, _SCALARS))
    for row in metrics(G) if rows is None else rows:
        node = row["id"]
        attrs = {k: _scalar(v) for k, v in G.nodes[node].items()}
        attrs.update((k, v) for k, v in row.items() if k != "id")
        H.add_node(str(node), **{k: v for k, v in attrs.items() if v is not None})
    for u, v, data in G.edges(data=True):
        attrs = {k: _scalar(x) for k, x in data.items()}
        attrs["weight"] = float(data.get("weight", 1))
        H.add_edge(str(u), str(v), **{k: x for k, x in attrs.items() if x is not None})
    return H


def write_graphml(G: nx.Graph, path, rows: list[dict] | None = None) -> None:
    """Write ``G`` as GraphML with label, kind and the ``metrics`` columns (or ``rows``).

    Examples
    --------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "g.graphml")
    >>> write_graphml(nx.path_graph(["a", "b"]), path)
    >>> nx.read_graphml(path).nodes["a"]["community"]
    0
    """
    H = _exportable(G, rows)
    write_atomic(path, lambda tmp: nx.write_graphml(H, tmp))


def write_gexf(G: nx.Graph, path, rows: list[dict] | None = None) -> None:
    """Write ``G`` as GEXF with label, kind and the ``metrics`` columns (or ``rows``).

    Examples
    --------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "g.gexf")
    >>> write_gexf(nx.path_graph(["a", "b"]), path)
    >>> nx.read_gexf(path).nodes["a"]["label"]
    'a'
    """
    H = _exportable(G, rows)
    write_atomic(path, lambda tmp: nx.write_gexf(H, tmp))


def write_csv(rows: list[dict], path) -> None:
    """Write metrics rows as CSV, one column per key of the first row."""
    def write(tmp):
        with open(tmp, "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]) if rows else ["id"], lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)

    write_atomic(path, write)


def write_json(rows: list[dict], path) -> None:
    """Write metrics rows as a JSON list of objects."""
    text = json.dumps(rows, indent=1, ensure_ascii=False) + "\n"
    write_atomic(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))


def write_all(G: nx.Graph, out_dir, rows: list[dict] | None = None) -> list[Path]:
    """Write metrics.csv, metrics.json, network.graphml and network.gexf into ``out_dir``.

    Examples
    --------
    >>> import tempfile
    >>> [p.name for p in write_all(nx.path_graph(3), tempfile.mkdtemp())]
    ['metrics.csv', 'metrics.json', 'network.graphml', 'network.gexf']
    """
    rows = metrics(G) if rows is None else rows
    out = Path(out_dir)
    paths = [out / n for n in ("metrics.csv", "metrics.json", "network.graphml", "network.gexf")]
    write_csv(rows, paths[0])
    write_json(rows, paths[1])
    write_graphml(G, paths[2], rows)
    write_gexf(G, paths[3], rows)
    return paths


#: The columns of ``format_table``: (metrics key, header, format).
TABLE = (("label", "name", "{}"), ("kind", "type", "{}"), ("degree", "degree", "{}"),
         ("weighted_degree", "weighted degree", "{:.2f}"), ("betweenness", "betweenness", "{:.3f}"),
         ("pagerank", "pagerank", "{:.4f}"), ("community", "community", "{}"))


def format_table(rows: list[dict]) -> str:
    """Metrics rows as an aligned text table: name, type, degree, weighted degree,
    betweenness, pagerank, community.

    Examples
    --------
    >>> print(format_table(metrics(nx.path_graph(["a", "b"]))[:1]))
    name  type  degree  weighted degree  betweenness  pagerank  community
    ----  ----  ------  ---------------  -----------  --------  ---------
    a                1             1.00        0.000    0.5000          0
    """
    cells = [[fmt.format(r[key]) if key not in ("label", "kind") else _cut(str(r[key])) for key, _, fmt in TABLE]
             for r in rows]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, (_, h, _) in enumerate(TABLE)]
    left = {"label", "kind"}
    line = lambda cs: "  ".join(  # noqa: E731
        c.ljust(w) if key in left else c.rjust(w) for c, w, (key, _, _) in zip(cs, widths, TABLE)).rstrip()
    return "\n".join([line([h for _, h, _ in TABLE]), "  ".join("-" * w for w in widths)]
                     + [line(c) for c in cells])


def _cut(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
