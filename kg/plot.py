"""plot: pictures of collaboration networks.

Everything draws on a ``matplotlib.figure.Figure`` (never pyplot), so it is
safe under the Agg backend and in threads, and nothing is ever shown.
"""
from __future__ import annotations

import math

import matplotlib
import networkx as nx
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from . import network

__all__ = ["KIND_COLORS", "EMPTY_MESSAGE", "draw_collaboration", "draw_ego", "save_plot"]

#: Node colour per kind (colour-blind-friendly "deep" palette); other kinds are grey.
KIND_COLORS = {
    "Person": "#4C72B0",
    "Organization": "#DD8452",
    "Event": "#55A868",
    "Place": "#C44E52",
}
_OTHER = "#8C8C8C"
#: What an empty graph's picture says.
EMPTY_MESSAGE = "no collaborations found"
#: Graphs with more nodes than this are reduced to their ``top_k`` nodes by degree.
LARGE = 300
_SIZE_BY = ("weighted_degree", "pagerank", "degree", "betweenness")


def _reduce(G: nx.Graph, top_k: int) -> tuple[nx.Graph, str]:
    """``G``, or its ``top_k`` highest-degree nodes when it is large, and a title note."""
    if len(G) <= LARGE:
        return G, ""
    top_k = min(top_k, LARGE)
    label = lambda n: str(G.nodes[n].get("label", n))  # noqa: E731
    keep = sorted(G, key=lambda n: (-G.degree(n), label(n)))[:top_k]
    return G.subgraph(keep).copy(), f"\n(top {top_k} of {len(G)} nodes by degree)"


def _layout(H: nx.Graph, seed: int) -> dict:
    """Seeded spring layout of the linked nodes; isolated ones in a row beneath."""
    linked = H.subgraph([n for n in H if H.degree(n) > 0])
    pos = nx.spring_layout(linked, seed=seed, weight="weight", k=1.8 / math.sqrt(len(linked)))
    alone = sorted((n for n in H if n not in linked), key=lambda n: str(H.nodes[n].get("label", n)))
    if alone:
        xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
        left, right, y = min(xs), max(xs), min(ys) - 0.2 * (max(ys) - min(ys) or 1)
        step = (right - left) / max(len(alone) - 1, 1)
        pos.update({n: (left + i * step if len(alone) > 1 else (left + right) / 2, y)
                    for i, n in enumerate(alone)})
    return pos


def _colors(H: nx.Graph, rows: dict, color_by: str) -> tuple[list, list[Line2D]]:
    """Node colours in ``H`` order and the legend handles explaining them."""
    if color_by == "kind":
        kinds = [rows[n]["kind"] for n in H]
        colors = [KIND_COLORS.get(k, _OTHER) for k in kinds]
        present = [k for k in KIND_COLORS if k in kinds] + sorted(
            {k or "other" for k in kinds if k not in KIND_COLORS}
        )
        named = {k: KIND_COLORS.get(k, _OTHER) for k in present}
    else:
        palette = matplotlib.colormaps["tab20"]
        colors = [palette(rows[n]["community"] % 20) for n in H]
        count = max(r["community"] for r in rows.values()) + 1
        named = {f"community {c}": palette(c % 20) for c in range(min(count, 10))}
    handles = [
        Line2D([], [], marker="o", linestyle="", markersize=10, markerfacecolor=c,
               markeredgecolor="white", label=name)
        for name, c in named.items()
    ]
    return colors, handles


_FONT = 10  # label font size, points
_DIRECTIONS = [(math.cos(i * math.pi / 4), math.sin(i * math.pi / 4)) for i in range(8)]


def _box(x, y, ux, uy, gap, w, h) -> tuple:
    """Pixel box of a ``w`` x ``h`` label put ``gap`` from (x, y) towards (ux, uy)."""
    x, y = x + ux * gap, y + uy * gap
    x0 = x if ux > 0.35 else x - w if ux < -0.35 else x - w / 2
    y0 = y if uy > 0.35 else y - h if uy < -0.35 else y - h / 2
    return x0, y0, x0 + w, y0 + h


def _overlap(a, b) -> float:
    return max(0, min(a[2], b[2]) - max(a[0], b[0])) * max(0, min(a[3], b[3]) - max(a[1], b[1]))


def _label_nodes(ax: Axes, pos: dict, rows: dict, sizes: dict, chosen: list) -> None:
    """Label ``chosen`` nodes in white boxes, each on the side (outwards first)
    where it covers the fewest other labels and nodes and stays inside the axes."""
    ax.autoscale_view()
    px = dict(zip(pos, map(tuple, ax.transData.transform([pos[n] for n in pos]))))
    scale = ax.figure.dpi / 72  # pixels per point
    radius = {n: math.sqrt(sizes[n]) / 2 * scale for n in pos}
    discs = [(n, (x - radius[n], y - radius[n], x + radius[n], y + radius[n])) for n, (x, y) in px.items()]
    frame = tuple(ax.bbox.extents)
    cx, cy = (sum(p[i] for p in px.values()) / len(px) for i in (0, 1))
    placed: list[tuple] = []
    for n in chosen:
        text = rows[n]["label"] if len(rows[n]["label"]) <= 32 else rows[n]["label"][:31] + "…"
        w, h = (0.6 * len(text) + 0.8) * _FONT * scale, 1.6 * _FONT * scale
        (x, y), gap = px[n], radius[n] + 4 * scale
        out = math.atan2(y - cy, x - cx) if math.hypot(x - cx, y - cy) > 1 else math.pi / 2
        turn = lambda d: abs((math.atan2(d[1], d[0]) - out + math.pi) % (2 * math.pi) - math.pi)  # noqa: E731

        def cost(d):
            box = _box(x, y, *d, gap, w, h)
            return (10 * sum(_overlap(box, b) for b in placed) + 10 * (w * h - _overlap(box, frame))
                    + sum(_overlap(box, disc) for m, disc in discs if m != n))

        ux, uy = min(sorted(_DIRECTIONS, key=turn), key=cost)
        placed.append(_box(x, y, ux, uy, gap, w, h))
        ax.annotate(
            text, xy=pos[n], xytext=(ux * gap / scale, uy * gap / scale), textcoords="offset points",
            ha="left" if ux > 0.35 else "right" if ux < -0.35 else "center",
            va="bottom" if uy > 0.35 else "top" if uy < -0.35 else "center",
            fontsize=_FONT, zorder=4, gid="node-label",
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "0.75", "alpha": 0.9},
        )


def _draw(G, ax, title, color_by, size_by, top_labels, top_k, seed, highlight=None) -> Axes:
    if color_by not in ("kind", "community"):
        raise ValueError(f"color_by must be 'kind' or 'community', not {color_by!r}")
    if size_by not in _SIZE_BY:
        raise ValueError(f"size_by must be one of {_SIZE_BY}, not {size_by!r}")
    ax = ax if ax is not None else Figure(figsize=(12, 9)).add_subplot()
    ax.set_axis_off()
    if G.number_of_edges() == 0:
        ax.set_title(title)
        ax.text(0.5, 0.5, EMPTY_MESSAGE, transform=ax.transAxes, ha="center",
                va="center", fontsize=18, color="0.35")
        return ax
    H, note = _reduce(G, top_k)
    highlight = highlight if highlight in H else None
    rows = {r["id"]: r for r in network.metrics(H)}
    pos = _layout(H, seed)

    weights = [w for *_, w in H.edges(data="weight", default=1)]
    wmax = max(weights) or 1
    edges = LineCollection(
        [(pos[u], pos[v]) for u, v in H.edges()], colors="0.55", alpha=0.6, zorder=1,
        linewidths=[0.6 + 3.4 * w / wmax if wmax > min(weights) else 1.5 for w in weights],
    )
    ax.add_collection(edges)

    values = {n: rows[n][size_by] for n in H}
    vmax = max(values.values()) or 1
    sizes = {n: 60 + 1400 * values[n] / vmax for n in H}
    colors, handles = _colors(H, rows, color_by)
    ax.scatter([pos[n][0] for n in H], [pos[n][1] for n in H], s=[sizes[n] for n in H],
               c=colors, edgecolors="white", linewidths=0.8, zorder=2)
    if highlight is not None:
        ax.scatter(*pos[highlight], s=sizes[highlight] * 1.6, facecolors="none",
                   edgecolors="black", linewidths=2, zorder=3)

    ranked = sorted(H, key=lambda n: (-values[n], -rows[n]["betweenness"], rows[n]["label"]))
    chosen = ranked[: max(top_labels, 0)]
    if highlight is not None and highlight not in chosen:
        chosen.append(highlight)
    ax.margins(0.08)
    if highlight is not None:
        sizes[highlight] *= 1.6  # labels clear the ring
    _label_nodes(ax, pos, rows, sizes, chosen)

    ax.legend(handles=handles, loc="upper left", frameon=True, framealpha=0.9, fontsize=9)
    ax.text(0.99, 0.01, f"node size: {size_by.replace('_', ' ')} · edge width: weight",
            transform=ax.transAxes, ha="right", va="bottom", fontsize=8, color="0.4")
    ax.set_title(title + note)
    return ax


def draw_collaboration(
    G: nx.Graph,
    ax: Axes | None = None,
    title: str = "Collaboration network",
    top_labels: int = 15,
    seed: int = 42,
    *,
    color_by: str = "kind",
    size_by: str = "weighted_degree",
    top_k: int = 150,
) -> Axes:
    """Draw ``G`` with a seeded spring layout and return the Axes.

    Nodes are coloured by ``color_by`` ("kind" or "community") and sized by
    ``size_by`` (a ``network.metrics`` column); edges are as wide as their
    weight; only the ``top_labels`` biggest nodes are labelled. Graphs of
    more than 300 nodes are cut to their ``top_k`` highest-degree nodes (the
    title says so). A graph without edges shows ``EMPTY_MESSAGE``. With no
    ``ax``, draws on a new 12 x 9 inch Figure.

    Examples
    --------
    >>> ax = draw_collaboration(nx.path_graph(3), title="Path")
    >>> ax.get_title(), len(ax.collections)
    ('Path', 2)
    >>> [t.get_text() for t in draw_collaboration(nx.Graph()).texts]
    ['no collaborations found']
    """
    return _draw(G, ax, title, color_by, size_by, top_labels, top_k, seed)


def draw_ego(
    G: nx.Graph, node, radius: int = 1, ax: Axes | None = None, *,
    title: str | None = None, **kw,
) -> Axes:
    """Draw the neighbourhood of ``node`` (an id or a label), ringing ``node``.

    Takes the keyword arguments of ``draw_collaboration``.

    Examples
    --------
    >>> draw_ego(nx.path_graph(5), 2).get_title()
    'Ego network of 2 (radius 1)'
    """
    E = network.ego(G, node, radius)
    centre = node if node in E else next(n for n in E if E.nodes[n].get("label") == node)
    label = E.nodes[centre].get("label", centre)
    title = title if title is not None else f"Ego network of {label} (radius {radius})"
    options = {"color_by": "kind", "size_by": "weighted_degree", "top_labels": 15,
               "top_k": 150, "seed": 42, **kw}
    return _draw(E, ax, title, highlight=centre, **options)


def save_plot(G: nx.Graph, path_png, path_svg=None, **kw) -> Figure:
    """Draw ``G`` on a new Figure (12 x 9 in at 150 dpi) and save it as PNG (and SVG).

    Keyword arguments go to ``draw_collaboration``. Formats are given
    explicitly, so any file name (a temporary one, say) works.

    Examples
    --------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "g.png")
    >>> fig = save_plot(nx.path_graph(3), path)
    >>> os.path.getsize(path) > 0
    True
    """
    fig = Figure(figsize=(12, 9), dpi=150)
    fig.subplots_adjust(left=0.02, right=0.98, bottom=0.02, top=0.92)
    draw_collaboration(G, fig.add_subplot(), **kw)
    fig.savefig(path_png, format="png", dpi=150)
    if path_svg is not None:
        fig.savefig(path_svg, format="svg", metadata={"Date": None})
    return fig
