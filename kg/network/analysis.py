"""network.analysis: measures over a networkx graph: centralities, groups, brokers, paths.

Each function takes a graph (``kg.network.graph`` makes them from kg's RDF) and
returns plain data: rows of numbers, lists of names, smaller graphs.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass, field

import networkx as nx

from ..errors import NodeError
from . import algorithms
from .graph import _example, _label, collaboration  # noqa: F401  (_example, collaboration: for the examples below)

__all__ = [
    "Measures", "measure", "metrics", "top", "subgraph", "core", "summary", "components", "brokers",
    "bridges", "find", "ego", "shortest_path", "path_steps", "link_reason",
]


def _numbered(groups, G: nx.Graph) -> dict:
    """node -> group number, biggest group first, ties by smallest label."""
    ordered = sorted(groups, key=lambda c: (-len(c), min(_label(G, n) for n in c)))
    return {n: i for i, group in enumerate(ordered) for n in group}


def _distances(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose edges carry ``distance = 1 / weight``."""
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v, w in G.edges(data="weight", default=1):
        H.add_edge(u, v, distance=1 / w if w and w > 0 else float("inf"))
    return H


@dataclass
class Measures:
    """The metrics of every node, and how well each community algorithm divides the graph."""
    rows: list[dict]
    modularity: dict[str, float] = field(default_factory=dict)  # "leiden", "louvain" -> Newman's Q
    communities: dict[str, int] = field(default_factory=dict)   # "leiden", "louvain" -> how many of 2+ nodes


def measure(G: nx.Graph, seed: int = 42) -> Measures:
    """``metrics`` of ``G`` and the modularity of its Leiden and Louvain communities.

    Examples
    --------
    >>> G = nx.Graph([(0, 1), (2, 3)]); G.add_node(4)  # a lone node is a community of one, not counted
    >>> m = measure(G)
    >>> m.modularity, m.communities
    ({'leiden': 0.5, 'louvain': 0.5}, {'leiden': 2, 'louvain': 2})
    """
    if G.number_of_nodes() == 0:
        return Measures([], {"leiden": 0.0, "louvain": 0.0}, {"leiden": 0, "louvain": 0})
    weighted = dict(G.degree(weight="weight"))
    between = algorithms.betweenness(G)
    pagerank = algorithms.pagerank(G)
    groups = {"leiden": algorithms.leiden(G, seed=seed), "louvain": algorithms.louvain(G, seed=seed)}
    leiden, louvain = (_numbered(groups[k], G) for k in ("leiden", "louvain"))
    component = _numbered(nx.connected_components(G), G)
    rows = [
        dict(id=n, label=_label(G, n), kind=G.nodes[n].get("kind", ""), degree=G.degree(n),
             weighted_degree=float(weighted[n]), betweenness=float(between[n]),
             pagerank=float(pagerank[n]), community=leiden[n], louvain=louvain[n], component=component[n])
        for n in G
    ]
    rows.sort(key=lambda r: (-r["weighted_degree"], r["label"], str(r["id"])))
    return Measures(rows, {k: round(algorithms.modularity(G, g), 6) for k, g in groups.items()},
                    {k: sum(1 for c in g if len(c) > 1) for k, g in groups.items()})


def metrics(G: nx.Graph, seed: int = 42) -> list[dict]:
    """One row of centrality and grouping measures per node.

    Keys: id, label, kind, degree, weighted_degree, betweenness (exact,
    normalised, along distances ``1 / weight``), pagerank (weighted),
    community (Leiden, seeded), louvain (Louvain's community, for
    comparison) and component, the last three numbered from the biggest.
    Sorted by weighted degree (descending), then label.

    Examples
    --------
    >>> rows = metrics(nx.path_graph(["a", "b", "c"]))
    >>> [(r["id"], r["degree"], r["betweenness"]) for r in rows]
    [('b', 2, 1.0), ('a', 1, 0.0), ('c', 1, 0.0)]
    """
    return measure(G, seed).rows


def top(G: nx.Graph, n: int = 10, by: str = "betweenness", rows: list[dict] | None = None) -> list[dict]:
    """The ``n`` rows of ``metrics(G)`` (or ``rows``) highest in column ``by``, ties by label.

    Examples
    --------
    >>> [r["label"] for r in top(nx.star_graph(3), n=2, by="degree")]
    ['0', '1']
    """
    rows = metrics(G) if rows is None else rows
    numeric = [k for k, v in (rows[0] if rows else {}).items() if k != "id" and isinstance(v, (int, float))]
    if rows and by not in numeric:
        raise ValueError(f"cannot rank by {by!r}; choose one of {', '.join(sorted(numeric))}")
    return sorted(rows, key=lambda r: (-r[by], r["label"]))[:n]


def subgraph(G: nx.Graph, nodes) -> nx.Graph:
    """A copy of ``G`` induced on ``nodes``, in ``G``'s node order.

    ``G.subgraph`` iterates a small node set in set order, which changes
    from run to run with string hashing; seeded layouts need a fixed order.

    Examples
    --------
    >>> list(subgraph(nx.path_graph(["c", "b", "a"]), {"a", "c"}))
    ['c', 'a']
    """
    keep = set(nodes)
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if n in keep)
    H.add_edges_from((u, v, d) for u, v, d in G.edges(data=True) if u in keep and v in keep)
    return H


def core(G: nx.Graph, k: int = 100, by: str = "weighted_degree", rows: list[dict] | None = None) -> nx.Graph:
    """The ``k`` nodes highest in ``by`` and the edges among them: a view of a big graph.

    Ties (the many leaves of a news graph) go to bigger components, so
    groups stay whole; nodes left without an edge in the view are dropped.
    A graph of at most ``k`` nodes is returned as it is.

    Examples
    --------
    >>> sorted(core(nx.star_graph(5), k=3, by="degree"))
    [0, 1, 2]
    """
    if len(G) <= k:
        return G
    values = {r["id"]: r for r in (metrics(G) if rows is None else rows)}
    group = {n: i for i, c in enumerate(sorted(nx.connected_components(G), key=len, reverse=True)) for n in c}
    keep = sorted(G, key=lambda n: (-values[n][by], group[n], values[n]["label"]))[:k]
    H = subgraph(G, keep)
    H.remove_nodes_from([n for n in keep if H.degree(n) == 0 < G.degree(n)])
    return H


def summary(G: nx.Graph) -> dict:
    """Counts that say how big and how connected ``G`` is.

    Examples
    --------
    >>> summary(nx.Graph([("a", "b"), ("c", "d")]))
    {'nodes': 4, 'edges': 2, 'isolated': 0, 'components': 2, 'largest_component': 2, 'density': 0.3333}
    """
    sizes = [len(c) for c in nx.connected_components(G)]
    return {"nodes": len(G), "edges": G.number_of_edges(), "isolated": nx.number_of_isolates(G),
            "components": len(sizes), "largest_component": max(sizes, default=0),
            "density": round(nx.density(G), 4) if len(G) > 1 else 0.0}


def components(G: nx.Graph, min_size: int = 2) -> list[list[str]]:
    """The connected components of at least ``min_size`` nodes as sorted labels, biggest first.

    Examples
    --------
    >>> components(nx.Graph([("a", "b"), ("b", "c"), ("d", "e")]))
    [['a', 'b', 'c'], ['d', 'e']]
    """
    groups = [sorted(_label(G, n) for n in c) for c in nx.connected_components(G) if len(c) >= min_size]
    return sorted(groups, key=lambda c: (-len(c), c))


def brokers(G: nx.Graph, n: int = 5) -> list[dict]:
    """The ``n`` nodes with the highest betweenness above zero.

    Examples
    --------
    >>> [r["label"] for r in brokers(nx.path_graph(4))]
    ['1', '2']
    """
    return [r for r in top(G, n, by="betweenness") if r["betweenness"] > 0]


def bridges(G: nx.Graph) -> list[tuple[str, str]]:
    """Edges whose removal disconnects their component, as sorted label pairs.

    Examples
    --------
    >>> bridges(nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]))
    [('c', 'd')]
    """
    pairs = (tuple(sorted((_label(G, u), _label(G, v)))) for u, v in nx.bridges(G))
    return sorted(pairs)


def find(G: nx.Graph, name) -> object:
    """The node named ``name``: its id, else its label, else its label ignoring case.

    Raises ``NodeError`` (a ``KGError``) when nothing or several nodes match.

    Examples
    --------
    >>> G = nx.Graph([("x:1", "x:2")]); G.nodes["x:1"]["label"] = "Ada Lovelace"
    >>> find(G, "ada lovelace")
    'x:1'
    """
    if name in G:
        return name
    for same in (lambda label: label == name, lambda label: label.casefold() == str(name).casefold()):
        found = sorted((n for n in G if same(_label(G, n))), key=str)
        if len(found) == 1:
            return found[0]
        if found:
            raise NodeError(f"{name!r} names {len(found)} nodes ({', '.join(map(str, found[:5]))}); give an id")
    close = difflib.get_close_matches(str(name), sorted({_label(G, n) for n in G}), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
    raise NodeError(f"no node named {name!r} in the network{hint}")


def ego(G: nx.Graph, node, radius: int = 1) -> nx.Graph:
    """The subgraph within ``radius`` hops of ``node`` (an id or a label).

    Examples
    --------
    >>> sorted(ego(nx.path_graph(5), 2))
    [1, 2, 3]
    """
    centre = find(G, node)
    return subgraph(G, nx.single_source_shortest_path_length(G, centre, cutoff=radius))


def _path(G: nx.Graph, a, b, weighted: bool) -> list:
    source, target = find(G, a), find(G, b)
    H = _distances(G) if weighted else G
    try:
        return nx.shortest_path(H, source, target, weight="distance" if weighted else None)
    except nx.NetworkXNoPath:
        return []


def shortest_path(G: nx.Graph, a, b, weighted: bool = False) -> list[str]:
    """Labels along a shortest path from ``a`` to ``b`` (ids or labels).

    Counts hops, or with ``weighted`` the distances ``1 / weight``. Returns
    ``[]`` when no path exists.

    Examples
    --------
    >>> shortest_path(nx.path_graph(["a", "b", "c"]), "a", "c")
    ['a', 'b', 'c']
    """
    return [_label(G, n) for n in _path(G, a, b, weighted)]


def link_reason(G: nx.Graph, u, v) -> str:
    """What links ``u`` and ``v``: the relation, or the events, organisations and people shared.

    Examples
    --------
    >>> link_reason(collaboration(_example()), "x:ada", "x:ben")
    'events: Summit; organizations: Acme'
    """
    data = G.edges[u, v]
    if "relation" in data:
        return data["relation"]
    return "; ".join(f"{key}: {', '.join(data[key])}" for key in ("events", "organizations", "people") if data.get(key))


def path_steps(G: nx.Graph, a, b, weighted: bool = False) -> list[tuple[str, str, str]]:
    """The steps of ``shortest_path`` as (from, to, what links them) label triples.

    Examples
    --------
    >>> path_steps(collaboration(_example()), "Ada", "Ben")
    [('Ada', 'Ben', 'events: Summit; organizations: Acme')]
    """
    path = _path(G, a, b, weighted)
    return [(_label(G, u), _label(G, v), link_reason(G, u, v)) for u, v in zip(path, path[1:])]
