"""plot: pictures of networks.

Everything draws on a ``matplotlib.figure.Figure`` (never pyplot), so it is
safe under the Agg backend and in threads, and nothing is ever shown.
"""
from __future__ import annotations

import hashlib
import math
import textwrap
from collections import Counter

import matplotlib
import networkx as nx
import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from scipy.sparse.csgraph import shortest_path

from . import network

__all__ = ["KIND_COLORS", "EMPTY_MESSAGE", "SIZE_BY", "draw_collaboration", "draw_ego", "save_plot", "save_views"]

#: Node colour per kind (colour-blind-friendly "deep" palette); other kinds are grey.
KIND_COLORS = {
    "Person": "#4C72B0",
    "Organization": "#DD8452",
    "Event": "#55A868",
    "Place": "#C44E52",
}
_OTHER = "#B0B0B0"
#: The ten biggest communities get a colour each (tab10); smaller ones are grey.
_COMMUNITY = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
              "#8c564b", "#e377c2", "#222222", "#bcbd22", "#17becf"]  # tab10, its grey made black
#: What an empty graph's picture says.
EMPTY_MESSAGE = "no collaborations found"
#: The metrics that can size nodes, rank them for labels and pick the top-k view.
SIZE_BY = ("weighted_degree", "degree", "pagerank", "betweenness")
_FONT = 9  # label font size, points
#: The biggest nodes drawn (and those as big) are labelled even where a label must cover something.
HUBS = 10
#: Bump when ``_layout`` changes, so that kept layouts are not reused.
LAYOUT_VERSION = 7


def _reduce(G: nx.Graph, rows: dict, top_k: int, by: str) -> tuple[nx.Graph, str]:
    """What a picture of ``G`` shows, at most ``top_k`` nodes, and a note for the title saying so.

    A graph of at most ``top_k`` nodes is drawn whole. A bigger one is drawn
    by its structure: its largest component, cut to its core when too big
    (its ``top_k`` nodes of highest betweenness, the backbone its shortest
    paths run through, which stays connected where the best connected nodes
    fall apart into islands), then whole smaller components while they fit.
    Isolated nodes are left out.
    """
    if len(G) <= top_k:
        return G, ""
    parts = sorted((c for c in nx.connected_components(G) if len(c) > 1),
                   key=lambda c: (-len(c), min(rows[n]["label"] for n in c)))
    if not parts:
        return network.subgraph(G, []), ""
    keep, note = set(), ""
    for part in parts:
        room = top_k - len(keep)
        if len(part) <= room:
            keep |= part
        elif not keep:  # the largest component, too big: its backbone
            ranked = sorted(part, key=lambda n: (-rows[n]["betweenness"], -rows[n][by], rows[n]["label"]))
            core = network.subgraph(G, ranked[:top_k])
            keep = max(nx.connected_components(core), key=len)
            note = f"the core of the largest component: {len(keep):,} of its {len(part):,} nodes, by betweenness"
        if len(keep) >= top_k:
            break
    whole = sum(1 for part in parts if part <= keep)
    if not note:
        note = f"the {whole} largest component{'s' if whole > 1 else ''}: {len(keep):,} nodes"
    elif whole:
        note += f", and the {whole} next largest component{'s' if whole > 1 else ''}"
    return network.subgraph(G, keep), f"\n({note}; {len(G):,} nodes in all)"


def _stress(target: np.ndarray, xy: np.ndarray, iterations: int = 300, tol: float = 1e-5) -> np.ndarray:
    """Positions whose distances best match ``target`` (stress majorization, SMACOF, weights 1/d²).

    Kamada and Kawai's layout minimises the same energy; this solves it by
    majorization, a few matrix products a step, a hundred times faster than
    networkx's general optimiser on the hundreds of nodes of an overview.
    """
    n = len(target)
    weight = np.zeros_like(target)
    off = ~np.eye(n, dtype=bool)
    weight[off] = target[off] ** -2.0
    laplacian = -weight
    laplacian[np.diag_indices(n)] = weight.sum(axis=1)
    inverse = np.linalg.pinv(laplacian)

    def apart(xy):
        square = (xy ** 2).sum(axis=1)
        return np.sqrt(np.maximum(square[:, None] + square[None, :] - 2 * xy @ xy.T, 0.0))

    now, stress = apart(xy), math.inf
    for _ in range(iterations):
        pull = np.where(now > 1e-9, -weight * target / np.maximum(now, 1e-9), 0.0)
        pull[np.diag_indices(n)] = 0.0
        pull[np.diag_indices(n)] = -pull.sum(axis=1)
        xy = inverse @ (pull @ xy)
        now = apart(xy)
        energy = float((weight[off] * (now[off] - target[off]) ** 2).sum())
        if stress - energy < tol * energy:
            break
        stress = energy
    return xy


def _component_layout(C: nx.Graph, seed: int, room: dict | None = None) -> dict:
    """Positions of one connected component, scaled so that a typical edge is about 1 long.

    ``room`` (node -> 0..1) lengthens the edges of big nodes, so that hubs and
    their many neighbours do not crowd each other and their labels.
    """
    nodes = sorted(C, key=str)
    if len(nodes) <= 2:
        return {n: (float(i), 0.0) for i, n in enumerate(nodes)}
    start = nx.random_layout(C, seed=seed)
    if len(C) <= 600:  # a stress layout: clean for the small trees news graphs are made of
        room = room or {}
        at = {n: i for i, n in enumerate(nodes)}
        weights = sorted(w for *_, w in C.edges(data="weight", default=1))
        typical = weights[len(weights) // 2] or 1
        lengths = np.zeros((len(nodes), len(nodes)))
        for u, v, weight in C.edges(data="weight", default=1):
            # weak ties (a pair among the forty members of a party) longer, strong ones shorter
            tie = min(max(math.sqrt(typical / weight), 0.6), 2.5) if weight > 0 else 2.5
            lengths[at[u], at[v]] = lengths[at[v], at[u]] = (1 + room.get(u, 0) + room.get(v, 0)) * tie
        # Capping the target distances curls long chains up instead of stretching them across the page.
        target = np.minimum(shortest_path(lengths, directed=False), max(3.0, math.sqrt(len(C))))
        xy = _stress(target, np.array([start[n] for n in nodes]) * target.max())
        pos = dict(zip(nodes, xy))
    else:
        pos = nx.spring_layout(C, pos=start, seed=seed, iterations=100, k=1 / math.sqrt(len(C)))
    lengths = sorted(math.dist(pos[u], pos[v]) for u, v in C.edges())
    xy = np.array([pos[n] for n in nodes]) / (lengths[len(lengths) // 2] or 1)
    # turn the long axis horizontal: pictures are wider than tall
    xy -= xy.mean(axis=0)
    xy = xy @ np.linalg.svd(xy, full_matrices=False)[2].T
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, xy)}


def _pack(sizes: list[tuple], width: float) -> tuple[list[tuple], float, float]:
    """Shelf packing in ``width``: the first box top left, the rest in rows beside it, then below.

    Returns each box's top-left corner (y downwards) and the width and height used.
    """
    (w0, h0), spots = sizes[0], [(0.0, 0.0)]
    left, x, top, row = w0, w0, 0.0, 0.0
    for w, h in sizes[1:]:
        if x + w > width and x > left:
            x, top, row = left, top + row, 0.0
        if left and (top + h > h0 or x + w > width):
            left, x, top, row = 0.0, 0.0, h0, 0.0
        spots.append((x, top))
        x, row = x + w, max(row, h)
    return (spots, max(x + w for (x, _), (w, _) in zip(spots, sizes)),
            max(y + h for (_, y), (_, h) in zip(spots, sizes)))


def _layout(H: nx.Graph, seed: int, aspect: float = 4 / 3, room: dict | None = None) -> dict:
    """Each component laid out on its own, then packed, biggest first, to fill a page of ``aspect``.

    Spring layouts push disconnected components to a ring around the big
    one; packing keeps the many small groups of a news graph readable.
    """
    parts = []
    for component in sorted(nx.connected_components(H), key=lambda c: (-len(c), min(map(str, c)))):
        pos = _component_layout(network.subgraph(H, component), seed, room)
        xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
        parts.append((pos, min(xs), max(ys), max(xs) - min(xs) + 1.2, max(ys) - min(ys) + 1.2))
    sizes = [(w, h) for *_, w, h in parts]
    widest, total = max(w for w, _ in sizes), sum(w for w, _ in sizes)
    # the width whose packing draws biggest on the page
    spots, *_ = max((_pack(sizes, widest + t / 16 * (total - widest)) for t in range(17)),
                    key=lambda packed: min(aspect / packed[1], 1 / packed[2]))
    out = {}
    for (pos, x0, y1, *_), (x, top) in zip(parts, spots):
        out.update({n: (x + 0.6 + px - x0, -top - 0.6 - (y1 - py)) for n, (px, py) in pos.items()})
    return out


def _colors(H: nx.Graph, rows: dict, color_by: str, by: str) -> tuple[list, list[Line2D]]:
    """Node colours in ``H`` order and the legend handles explaining them."""
    if color_by == "kind":
        kinds = [rows[n]["kind"] for n in H]
        colors = [KIND_COLORS.get(k, _OTHER) for k in kinds]
        present = [k for k in KIND_COLORS if k in kinds] + sorted({k or "other" for k in kinds} - set(KIND_COLORS))
        named = {k: KIND_COLORS.get(k, _OTHER) for k in present}
    else:
        sizes = Counter(r["community"] for r in rows.values())
        drawn = Counter()
        for n in H:  # how much of the picture each community is: its nodes' sizes
            drawn[rows[n]["community"]] += max(rows[n][by], 0) + 1e-9
        # the ten biggest in the picture get a colour each, in that order
        coloured = [c for c, _ in sorted(drawn.items(), key=lambda ck: (-ck[1], ck[0])) if sizes[c] > 1][:10]
        colour_of = {c: _COMMUNITY[i] for i, c in enumerate(coloured)}
        colors = [colour_of.get(rows[n]["community"], _OTHER) for n in H]
        members = {c: [] for c in coloured}
        for r in rows.values():
            if r["community"] in members:
                members[r["community"]].append(r)
        named = {}
        for c in coloured:  # named by their most central members
            best = sorted(members[c], key=lambda r: (-r[by], r["label"]))[:3]
            more = sizes[c] - len(best)
            named[", ".join(_short(r["label"], 22) for r in best) + (f" +{more}" if more else "")] = colour_of[c]
        if any(color == _OTHER for color in colors):
            named["smaller communities"] = _OTHER
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor=c,
                      markeredgecolor="white", label=name) for name, c in named.items()]
    return colors, handles


def _short(text: str, n: int = 32) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _box(x, y, ux, uy, gap, w, h) -> tuple:
    """Pixel box of a ``w`` x ``h`` label put ``gap`` from (x, y) towards (ux, uy)."""
    x, y = x + ux * gap, y + uy * gap
    x0 = x if ux > 0.35 else x - w if ux < -0.35 else x - w / 2
    y0 = y if uy > 0.35 else y - h if uy < -0.35 else y - h / 2
    return x0, y0, x0 + w, y0 + h


def _overlap(a, b) -> float:
    return max(0, min(a[2], b[2]) - max(a[0], b[0])) * max(0, min(a[3], b[3]) - max(a[1], b[1]))


def _overlaps(box, boxes: np.ndarray) -> np.ndarray:
    """The area ``box`` shares with each row (x0, y0, x1, y1) of ``boxes``."""
    wide = np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0])
    tall = np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1])
    return np.clip(wide, 0, None) * np.clip(tall, 0, None)


_DIRECTIONS = [(math.cos(i * math.pi / 4), math.sin(i * math.pi / 4)) for i in range(8)]


def _wrap(label: str, width: int = 20) -> str:
    """At most two lines of about ``width`` characters, so labels fit between close nodes."""
    lines = textwrap.wrap(label, width) or [label]
    return lines[0] if len(lines) == 1 else lines[0] + "\n" + _short(" ".join(lines[1:]), width + 4)


def _label_nodes(ax: Axes, pos: dict, rows: dict, radius: dict, chosen: list, edges, keep=()) -> int:
    """Label ``chosen`` nodes (most central first) in white boxes; return how many got one.

    Each label tries eight sides of its node at six distances and takes
    the place that covers the fewest placed labels, nodes and edges, stays
    in the axes and is nearest; a label pushed off its node gets a leader
    line. A label that would still cover another label, or more than a
    sliver of other nodes, is left out (unless its node is in ``keep``).
    """
    px = dict(zip(pos, map(tuple, ax.transData.transform([pos[n] for n in pos]))))
    scale = ax.figure.dpi / 72  # pixels per point
    # every node and point along the edges at once, as arrays: a label weighs ~50 places against all of them
    index = {n: i for i, n in enumerate(px)}
    centres = np.array([px[n] for n in px], dtype=float).reshape(-1, 2)
    radii = np.array([radius[n] for n in px], dtype=float)
    discs = np.column_stack([centres - radii[:, None], centres + radii[:, None]])
    along = np.array([(px[u][0] + t * (px[v][0] - px[u][0]), px[u][1] + t * (px[v][1] - px[u][1]))
                      for u, v in edges for t in (0.2, 0.35, 0.5, 0.65, 0.8)], dtype=float).reshape(-1, 2)
    frame = tuple(ax.bbox.extents)
    placed: list[tuple] = []
    for n in chosen:
        text = _wrap(rows[n]["label"])
        lines = text.split("\n")
        w, h = (0.6 * max(map(len, lines)) + 0.8) * _FONT * scale, (1.25 * len(lines) + 0.45) * _FONT * scale
        (x, y), gap = px[n], radius[n] + 3 * scale
        others = np.ones(len(px), dtype=bool)
        others[index[n]] = False

        def cost(candidate):
            (ux, uy), step = candidate
            box = _box(x, y, ux, uy, gap + step, w, h)
            inside = ((along[:, 0] >= box[0]) & (along[:, 0] <= box[2])
                      & (along[:, 1] >= box[1]) & (along[:, 1] <= box[3])).sum()
            reach = np.hypot(np.maximum(np.maximum(box[0] - centres[:, 0], centres[:, 0] - box[2]), 0),
                             np.maximum(np.maximum(box[1] - centres[:, 1], centres[:, 1] - box[3]), 0)) - radii
            return (20 * sum(_overlap(box, b) for b in placed) + 20 * (w * h - _overlap(box, frame))
                    + 2 * _overlaps(box, discs)[others].sum()
                    + 0.5 * h * h * inside + 2 * step * h + abs(uy) * h
                    # a label nearer another node than its own reads as that node's
                    + 3 * h * h * ((reach < gap + step) & others).sum())

        (ux, uy), step = min(((d, s * h) for s in (0, 1, 2.2, 3.6, 5.2, 7) for d in _DIRECTIONS), key=cost)
        box = _box(x, y, ux, uy, gap + step, w, h)
        hidden = _overlaps(box, discs)[others].sum()
        if n not in keep and (any(_overlap(box, b) > 0 for b in placed) or hidden > 0.1 * w * h):
            continue
        placed.append(box)
        ax.annotate(
            text, xy=pos[n], xytext=(ux * (gap + step) / scale, uy * (gap + step) / scale),
            textcoords="offset points", fontsize=_FONT, zorder=4, gid="node-label", linespacing=1.0,
            ha="left" if ux > 0.35 else "right" if ux < -0.35 else "center",
            va="bottom" if uy > 0.35 else "top" if uy < -0.35 else "center",
            multialignment="left" if ux > 0.35 else "right" if ux < -0.35 else "center",
            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "0.75", "alpha": 0.9},
            arrowprops={"arrowstyle": "-", "color": "0.5", "lw": 0.6} if step else None,
        )
    return len(placed)


def _make_room_below(ax: Axes, lines: int) -> None:
    """Raise the bottom of ``ax`` so that ``lines`` lines of legend fit under it in the figure."""
    fig = ax.figure
    need = (lines + 0.5) * 1.6 * 9 * fig.dpi / 72  # pixels: 9 pt text and the legend's spacing
    box = ax.get_position()
    below = box.y0 * fig.bbox.height
    if need > below:
        cut = (need - below) / fig.bbox.height
        ax.set_position([box.x0, box.y0 + cut, box.width, box.height - cut])


def _positions(H: nx.Graph, seed: int, aspect: float, room: dict, size_by: str, layouts) -> dict:
    """``_layout(H, ...)``, or the positions ``layouts`` kept for the same view (see ``network.cache``)."""
    if layouts is None:
        return _layout(H, seed, aspect, room)
    view = hashlib.sha256("\n".join(sorted(map(str, H))).encode()).hexdigest()
    params = {"layout": LAYOUT_VERSION, "nodes": view, "edges": H.number_of_edges(), "seed": seed,
              "aspect": round(aspect, 4), "size_by": size_by}
    return layouts(params, lambda: _layout(H, seed, aspect, room))


def _draw(G, ax, title, color_by, size_by, top_labels, top_k, seed, highlight=None, rows=None, layouts=None) -> Axes:
    if color_by not in ("kind", "type", "community"):
        raise ValueError(f"color_by must be 'kind' (or 'type') or 'community', not {color_by!r}")
    if size_by not in SIZE_BY:
        raise ValueError(f"size_by must be one of {', '.join(SIZE_BY)}, not {size_by!r}")
    ax = ax if ax is not None else Figure(figsize=(12, 9)).add_subplot()
    ax.set_axis_off()
    if G.number_of_edges() == 0:
        ax.set_title(title)
        ax.text(0.5, 0.5, EMPTY_MESSAGE, transform=ax.transAxes, ha="center",
                va="center", fontsize=18, color="0.35")
        return ax
    rows = {r["id"]: r for r in (network.metrics(G) if rows is None else rows)}
    H, note = _reduce(G, rows, top_k, size_by)
    highlight = highlight if highlight in H else None
    colors, handles = _colors(H, rows, color_by if color_by != "type" else "kind", size_by)
    longest = max((len(h.get_label()) for h in handles), default=1)
    columns = max(1, min(len(handles), 6, 150 // (longest + 6)))
    _make_room_below(ax, math.ceil(len(handles) / columns) + 1)
    values = {n: rows[n][size_by] for n in H}
    high = max(values.values())
    share = {n: math.sqrt(max(values[n], 0) / high) if high > 0 else 1.0 for n in H}  # 0..1, as the area
    bbox = ax.bbox
    pos = _positions(H, seed, bbox.width / bbox.height, {n: 0.8 * share[n] for n in H}, size_by, layouts)

    # equal scales on both axes, the drawing centred in them
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    unit = min(bbox.width / (max(xs) - min(xs) + 1.6), bbox.height / (max(ys) - min(ys) + 1.6))  # pixels
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    ax.set_xlim(cx - bbox.width / unit / 2, cx + bbox.width / unit / 2)
    ax.set_ylim(cy - bbox.height / unit / 2, cy + bbox.height / unit / 2)
    scale = ax.figure.dpi / 72
    biggest = min(0.5 * unit, 28 * scale)  # room between nodes for edges and labels
    radius = {n: biggest / 2 * (0.3 + 0.7 * share[n]) for n in H}

    weights = [w for *_, w in H.edges(data="weight", default=1)]
    wmax, wmin = max(weights), min(weights)
    ax.add_collection(LineCollection(
        [(pos[u], pos[v]) for u, v in H.edges()], colors="0.6", alpha=0.7, zorder=1,
        linewidths=[0.7 + 3.3 * (w - wmin) / (wmax - wmin) if wmax > wmin else 1.2 for w in weights],
    ))
    ax.scatter([pos[n][0] for n in H], [pos[n][1] for n in H], s=[(2 * radius[n] / scale) ** 2 for n in H],
               c=colors, edgecolors="white", linewidths=0.8, zorder=2)
    if highlight is not None:
        radius[highlight] *= 1.4  # labels clear the ring
        ax.scatter(*pos[highlight], s=(2 * radius[highlight] / scale) ** 2, facecolors="none",
                   edgecolors="black", linewidths=2, zorder=3)

    ranked = sorted(H, key=lambda n: (-values[n], -rows[n]["betweenness"], rows[n]["label"]))
    chosen = ranked[: max(top_labels, 0)]
    if highlight is not None and highlight not in chosen:
        chosen.insert(0, highlight)
    # the hubs are labelled whatever it covers; the others where their label fits
    least = values[ranked[min(HUBS, len(ranked)) - 1]]  # the size of the tenth biggest: its equals are hubs too
    hubs = {n for n in chosen if values[n] >= least}
    labelled = _label_nodes(ax, pos, rows, radius, chosen, H.edges(), keep={highlight} | hubs)

    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0.0), ncol=columns,
              frameon=False, fontsize=9, title_fontsize=8,
              title=f"node size: {size_by.replace('_', ' ')} · edge width: weight · "
                    + ("labels: all nodes" if labelled == len(H) else f"labels: {labelled} of the most central nodes"))
    ax.set_title(title + note)
    return ax


def draw_collaboration(
    G: nx.Graph,
    ax: Axes | None = None,
    title: str = "Collaboration network",
    top_labels: int = 20,
    seed: int = 42,
    *,
    color_by: str = "kind",
    size_by: str = "weighted_degree",
    top_k: int = 100,
    rows: list[dict] | None = None,
    layouts=None,
) -> Axes:
    """Draw ``G`` and return the Axes.

    Each connected component gets a seeded layout of its own (edges of big
    nodes and weak ties drawn longer, so that hubs have room); components
    are packed biggest first. Nodes are coloured by ``color_by`` ("kind",
    also called "type", or "community": the ten biggest in the picture,
    named in the legend by their most central members) and sized by
    ``size_by`` (a ``network.metrics`` column, from ``rows`` when already
    computed); edges are as wide as their weight; the ``top_labels`` most
    central nodes are labelled, the ``HUBS`` biggest always. A graph of
    more than ``top_k`` nodes is drawn by its largest component's backbone
    (see ``_reduce``; the title says so). ``layouts(params, compute)``, such
    as ``network.cache.Network.layout``, may keep positions between calls.
    A graph without edges shows ``EMPTY_MESSAGE``. With no ``ax``, draws on
    a new 12 x 9 inch Figure.

    Examples
    --------
    >>> ax = draw_collaboration(nx.path_graph(3), title="Path")
    >>> ax.get_title(), len(ax.collections)
    ('Path', 2)
    >>> [t.get_text() for t in draw_collaboration(nx.Graph()).texts]
    ['no collaborations found']
    """
    return _draw(G, ax, title, color_by, size_by, top_labels, top_k, seed, rows=rows, layouts=layouts)


def draw_ego(
    G: nx.Graph, node, radius: int = 1, ax: Axes | None = None, *,
    title: str | None = None, **kw,
) -> Axes:
    """Draw the neighbourhood of ``node`` (an id or a label), ringing ``node``.

    Takes the keyword arguments of ``draw_collaboration``; sizes and
    communities are those of the whole of ``G``.

    Examples
    --------
    >>> draw_ego(nx.path_graph(5), 2).get_title()
    'Ego network of 2 (radius 1)'
    """
    centre = network.find(G, node)
    E = network.ego(G, centre, radius)
    label = E.nodes[centre].get("label", centre)
    title = title if title is not None else f"Ego network of {label} (radius {radius})"
    rows = kw.pop("rows", None) or network.metrics(G)
    options = {"color_by": "kind", "size_by": "weighted_degree", "top_labels": 20, "top_k": 100, "seed": 42, **kw}
    return _draw(E, ax, title, highlight=centre, rows=rows, **options)


def save_plot(G: nx.Graph, path_png, path_svg=None, *, ego=None, radius: int = 1, **kw) -> Figure:
    """Draw ``G`` (or the ego network of ``ego``) on a 12 x 9 in Figure; save PNG at 150 dpi (and SVG).

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
    fig.subplots_adjust(left=0.02, right=0.98, bottom=0.08, top=0.92)
    ax = fig.add_subplot()
    if ego is not None:
        draw_ego(G, ego, radius, ax, **kw)
    else:
        draw_collaboration(G, ax, **kw)
    fig.savefig(path_png, format="png", dpi=150)
    if path_svg is not None:
        with matplotlib.rc_context({"svg.fonttype": "none"}):  # text stays text: searchable, editable
            fig.savefig(path_svg, format="svg", metadata={"Date": None})
    return fig


def save_views(G: nx.Graph, out_dir, *, title: str, ego=None, radius: int = 1,
               rows: list[dict] | None = None, **kw) -> list:
    """Write ``network.png``, ``.svg`` and ``.html`` into ``out_dir`` (``ego.*`` with ``ego``), atomically.

    Keyword arguments go to ``draw_collaboration``; the HTML page shows the
    same graph (or ego network) to explore.

    Examples
    --------
    >>> import tempfile
    >>> [p.name for p in save_views(nx.path_graph(3), tempfile.mkdtemp(), title="Path")]
    ['network.png', 'network.svg', 'network.html']
    """
    from pathlib import Path

    from .atomic import write_atomic
    from .html import write_html

    rows = network.metrics(G) if rows is None else rows
    stem, shown = ("network", G) if ego is None else ("ego", network.ego(G, ego, radius))
    if ego is not None:
        title = f"{title}: ego network of {shown.nodes[network.find(G, ego)].get('label', ego)} (radius {radius})"
    png, svg, page = (Path(out_dir) / f"{stem}.{ext}" for ext in ("png", "svg", "html"))
    write_atomic(png, lambda tmp_png: write_atomic(
        svg, lambda tmp_svg: save_plot(G, tmp_png, tmp_svg, ego=ego, radius=radius, rows=rows, title=title, **kw)))
    write_html(shown, page, title=title, rows=[r for r in rows if r["id"] in shown])
    return [png, svg, page]
