"""html: a network as one self-contained HTML page to explore in a browser.

The page is ``kg/web/network.html`` with the network drawing of the workbench
(``kg/web/network.js`` and ``network.css``) inlined, and the data as JSON: no
library, no network at run time. Hover shows a node's metrics, a click its
neighbours; a search box finds names; drag moves nodes or the view and the
wheel zooms. ``view_data`` is the data both this page and ``kg serve``'s
Network view draw.
"""
from __future__ import annotations

import html
import json
import re
from importlib.resources import files
from pathlib import Path

import networkx as nx

from . import network
from .atomic import write_atomic

__all__ = ["HTML_TOP", "KIND_COLORS", "view_data", "page", "write_html", "web_asset"]

#: Pages show at most this many nodes (``network.core``): a force layout in
#: the browser stays quick and readable up to a few hundred.
HTML_TOP = 400
KIND_COLORS = {"Person": "#4C72B0", "Organization": "#DD8452", "Event": "#55A868", "Place": "#C44E52"}
_COLUMNS = ("degree", "weighted_degree", "betweenness", "pagerank", "community")


def web_asset(name: str) -> str:
    """The text of a file of ``kg/web/`` (shipped in the wheel)."""
    return files("kg").joinpath("web", name).read_text(encoding="utf-8")


def view_data(G: nx.Graph, rows: list[dict] | None = None, top_k: int = HTML_TOP,
              by: str = "weighted_degree") -> dict:
    """What a network view draws: ``G``'s linked nodes (its ``top_k`` core by ``by`` when bigger), breadth first.

    ``{"nodes": [...], "links": [...], "colors": ..., "shown": n, "total": m}``: each node
    with id, label, kind, articles (a count) and the columns of ``rows`` (``network.metrics``);
    links by index into the nodes.

    Examples
    --------
    >>> data = view_data(nx.path_graph(["a", "b", "c"]))
    >>> [n["label"] for n in data["nodes"]], data["links"][0]
    (['b', 'a', 'c'], {'source': 1, 'target': 0, 'weight': 1.0})
    """
    rows = network.metrics(G) if rows is None else rows
    # unlinked nodes are noise in a force layout: only linked ones, when there are any
    linked = network.subgraph(G, [n for n in G if G.degree(n)]) if G.number_of_edges() else G
    H = network.core(linked, top_k, by, rows)
    by_id = {r["id"]: r for r in rows}
    order = _breadth_first(H, by_id)
    index = {n: i for i, n in enumerate(order)}
    nodes = [{"id": str(n), "label": by_id[n]["label"], "kind": by_id[n]["kind"] or "other",
              "articles": _count(H.nodes[n].get("articles", ())),
              **{k: by_id[n][k] for k in _COLUMNS if k in by_id[n]}}
             for n in order]
    links = [{"source": index[u], "target": index[v], "weight": float(w)}
             for u, v, w in H.edges(data="weight", default=1)]
    return {"nodes": nodes, "links": links, "colors": KIND_COLORS, "shown": len(H), "total": len(G)}


def _count(articles) -> int:
    """Articles as a count: a node lists their IRIs, or (served) holds their number."""
    return articles if isinstance(articles, int) else len(articles)


def page(G: nx.Graph, title: str = "Network", rows: list[dict] | None = None, top_k: int = HTML_TOP) -> str:
    """The HTML page showing ``G`` (its ``top_k`` core when bigger) with its metrics.

    Examples
    --------
    >>> text = page(nx.path_graph(["a", "b"]), title="Two <nodes>")
    >>> "<title>Two &lt;nodes&gt;</title>" in text, '"label": "a"' in text
    (True, True)
    """
    data = view_data(G, rows, top_k)
    note = "" if data["shown"] == data["total"] else f" (showing the {data['shown']} best-linked of {data['total']} nodes)"
    # "<" escaped, so no "</script>" in a name can end the data block early
    payload = json.dumps(data, ensure_ascii=False, indent=None).replace("<", "\\u003c")
    script = web_asset("network.js") + "\n" + web_asset("network-page.js")
    if "</script" in script.lower():  # inlined as it is: it must not end its own block
        raise ValueError("kg/web's network scripts must not contain '</script'")
    # one pass, so that nothing substituted (a title, a name) is read as a placeholder
    parts = {"__TITLE__": html.escape(title), "__NOTE__": html.escape(note), "__DATA__": payload,
             "__STYLE__": web_asset("network.css"), "__SCRIPT__": script}
    return re.sub("|".join(parts), lambda m: parts[m.group(0)], web_asset("network.html"))


def _breadth_first(H: nx.Graph, rows: dict) -> list:
    """Nodes component by component (biggest first), breadth first from the best connected.

    The page starts nodes on a spiral in this order, so neighbours start
    close and the force layout untangles less.
    """
    order = []
    for component in sorted(nx.connected_components(H), key=lambda c: (-len(c), min(map(str, c)))):
        start = max(component, key=lambda n: (rows[n]["weighted_degree"], str(n)))
        order += [start] + [v for _, v in nx.bfs_edges(H, start, sort_neighbors=lambda ns: sorted(ns, key=str))]
    return order


def write_html(G: nx.Graph, path, title: str = "Network", rows: list[dict] | None = None,
               top_k: int = HTML_TOP) -> Path:
    """Write ``page(G, ...)`` to ``path`` atomically and return the path."""
    text = page(G, title, rows, top_k)
    write_atomic(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    return Path(path)
