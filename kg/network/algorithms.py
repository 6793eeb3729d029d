"""network.algorithms: the heavy algorithms, run by compiled libraries on networkx graphs.

networkx stays the graph model and the interface; each function here takes a
networkx graph and returns plain data keyed by its nodes. The work is done in
C by igraph (betweenness, PageRank) and leidenalg (Leiden), converted at the
boundary: on the whole BBC corpus igraph's exact weighted betweenness takes
0.15 s where networkx's takes 140 s (``benchmarks/bench_network.py``), so no
sampling is needed. Louvain stays networkx's own, for comparison.
"""
from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

__all__ = ["LEIDEN_RUNS", "Indexed", "index", "betweenness", "pagerank", "leiden", "louvain", "modularity"]


@dataclass(frozen=True)
class Indexed:
    """A networkx graph as an igraph graph: ``nodes[i]`` is igraph vertex ``i``."""
    nodes: list
    graph: object  # igraph.Graph


def index(G: nx.Graph, weight: str = "weight") -> Indexed:
    """``G`` as an undirected igraph graph whose edges carry ``weight`` (default 1).

    Examples
    --------
    >>> ix = index(nx.path_graph(["a", "b", "c"]))
    >>> ix.nodes, ix.graph.ecount(), ix.graph.es["weight"]
    (['a', 'b', 'c'], 2, [1.0, 1.0])
    """
    import igraph

    nodes = list(G)
    at = {n: i for i, n in enumerate(nodes)}
    edges, weights = [], []
    for u, v, w in G.edges(data=weight, default=1):
        edges.append((at[u], at[v]))
        weights.append(float(w))
    return Indexed(nodes, igraph.Graph(n=len(nodes), edges=edges, edge_attrs={"weight": weights}))


def betweenness(G: nx.Graph, weight: str | None = "weight") -> dict:
    """Exact betweenness, normalised as networkx's, along distances ``1 / weight``.

    A heavy (strong) tie is a short step. Edges of weight 0 or less are not
    walked. Equals ``nx.betweenness_centrality`` on the distances (tested).

    Examples
    --------
    >>> betweenness(nx.path_graph(["a", "b", "c"]))
    {'a': 0.0, 'b': 1.0, 'c': 0.0}
    """
    n = len(G)
    if n <= 2:
        return dict.fromkeys(G, 0.0)
    ix = index(G, weight or "__none__")
    g = ix.graph
    g.delete_edges([e.index for e in g.es if e["weight"] <= 0])
    distance = [1 / w for w in g.es["weight"]] if weight else None
    scale = 2 / ((n - 1) * (n - 2))  # each unordered pair once, of (n-1)(n-2)/2 pairs
    return {node: b * scale for node, b in zip(ix.nodes, g.betweenness(directed=False, weights=distance))}


def pagerank(G: nx.Graph, weight: str = "weight", damping: float = 0.85) -> dict:
    """PageRank along weighted edges (igraph's PRPACK: the exact stationary vector).

    Agrees with ``nx.pagerank(G, weight=weight)`` to 1e-6 or better.

    Examples
    --------
    >>> {n: round(p, 4) for n, p in pagerank(nx.path_graph(3)).items()}
    {0: 0.2568, 1: 0.4865, 2: 0.2568}
    """
    if len(G) == 0:
        return {}
    ix = index(G, weight)
    ranks = ix.graph.pagerank(directed=False, damping=damping, weights="weight" if ix.graph.ecount() else None)
    return dict(zip(ix.nodes, ranks))


def _linked(G: nx.Graph) -> tuple[nx.Graph, list]:
    """The subgraph of nodes with a link, and the isolated nodes (each its own community).

    News graphs are mostly isolated nodes (9,148 of the BBC's 13,289); left in,
    they would only slow the community algorithms down.
    """
    lone = [n for n in G if G.degree(n) == 0]
    if not lone:
        return G, []
    linked = G.__class__()
    linked.add_nodes_from(n for n in G if G.degree(n))
    linked.add_edges_from(G.edges(data=True))
    return linked, lone


#: Leiden runs from seeds ``seed``, ``seed + 1``, ...; the partition of highest modularity is kept.
#: One run's modularity varies with its seed by about 0.0005 on the BBC person network (the
#: difference between Leiden and Louvain there); five runs reach the best of twenty.
LEIDEN_RUNS = 5


def leiden(G: nx.Graph, weight: str = "weight", seed: int = 42, runs: int = LEIDEN_RUNS) -> list[set]:
    """Communities by the Leiden algorithm (leidenalg, modularity, each run iterated until stable).

    The best of ``runs`` runs seeded ``seed``, ``seed + 1``, ...: the same
    graph and seed always give the same communities.

    Examples
    --------
    >>> G = nx.Graph([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)])
    >>> sorted(map(sorted, leiden(G)))
    [[0, 1, 2], [3, 4, 5]]
    """
    import leidenalg

    linked, lone = _linked(G)
    groups = [{n} for n in lone]
    if len(linked):
        ix = index(linked, weight)
        found = [leidenalg.find_partition(ix.graph, leidenalg.ModularityVertexPartition, weights="weight",
                                          n_iterations=-1, seed=seed + i) for i in range(max(runs, 1))]
        best = max(found, key=lambda partition: partition.quality())  # the first of equals
        groups += [{ix.nodes[i] for i in members} for members in best]
    return groups


def louvain(G: nx.Graph, weight: str = "weight", seed: int = 42) -> list[set]:
    """Communities by networkx's Louvain, seeded: kept to compare with ``leiden``.

    Examples
    --------
    >>> G = nx.Graph([(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)])
    >>> sorted(map(sorted, louvain(G)))
    [[0, 1, 2], [3, 4, 5]]
    """
    linked, lone = _linked(G)
    return [{n} for n in lone] + [set(c) for c in nx.community.louvain_communities(linked, weight=weight, seed=seed)]


def modularity(G: nx.Graph, groups, weight: str = "weight") -> float:
    """Newman's modularity of the partition ``groups`` of ``G`` (0.0 for a graph without links).

    Examples
    --------
    >>> G = nx.Graph([(0, 1), (2, 3)])
    >>> modularity(G, [{0, 1}, {2, 3}])
    0.5
    """
    if G.number_of_edges() == 0:
        return 0.0
    return float(nx.community.modularity(G, groups, weight=weight))
