"""Specifications of kg.network.algorithms: compiled libraries behind networkx graphs, the same answers."""
from __future__ import annotations

import networkx as nx
import pytest

from kg.network import algorithms, measure


def weighted_graph(seed: int = 3) -> nx.Graph:
    """A random graph of several components with Newman-like fractional weights and string nodes."""
    G = nx.gnm_random_graph(150, 260, seed=seed)
    G = nx.relabel_nodes(G, lambda n: f"n{n}")
    for i, (u, v) in enumerate(G.edges()):
        G.edges[u, v]["weight"] = [1.0, 0.5, 1 / 3, 2.0, 0.25][i % 5]
    G.add_nodes_from(["lone1", "lone2"])
    return G


def test_betweenness_is_networkx_exact_answer_along_inverse_weights():
    G = weighted_graph()
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v, {"distance": 1 / w}) for u, v, w in G.edges(data="weight"))
    expected = nx.betweenness_centrality(H, weight="distance")
    got = algorithms.betweenness(G)
    assert set(got) == set(G)
    assert max(abs(got[n] - expected[n]) for n in G) < 1e-9


def test_unweighted_betweenness_counts_hops():
    G = weighted_graph()
    expected = nx.betweenness_centrality(G)
    got = algorithms.betweenness(G, weight=None)
    assert max(abs(got[n] - expected[n]) for n in G) < 1e-9


def test_pagerank_agrees_with_networkx():
    G = weighted_graph()
    expected = nx.pagerank(G, weight="weight", tol=1e-12, max_iter=1000)
    got = algorithms.pagerank(G)
    assert max(abs(got[n] - expected[n]) for n in G) < 1e-6
    assert sum(got.values()) == pytest.approx(1.0)


def test_leiden_is_seeded_covers_every_node_and_keeps_lone_nodes_alone():
    G = weighted_graph()
    first, again = algorithms.leiden(G, seed=7), algorithms.leiden(G, seed=7)
    assert sorted(map(sorted, first)) == sorted(map(sorted, again))
    assert sorted(n for group in first for n in group) == sorted(G)
    assert {"lone1"} in first and {"lone2"} in first
    assert all(nx.is_connected(G.subgraph(group)) for group in first)  # Leiden's guarantee


def test_more_leiden_runs_never_do_worse():
    G = weighted_graph(seed=11)
    one = algorithms.modularity(G, algorithms.leiden(G, runs=1))
    five = algorithms.modularity(G, algorithms.leiden(G, runs=5))
    assert five >= one


def test_leiden_finds_planted_groups_at_least_as_well_as_louvain():
    G = nx.planted_partition_graph(6, 12, 0.6, 0.03, seed=4)
    leiden, louvain = algorithms.leiden(G, weight="none"), algorithms.louvain(G, weight="none")
    assert algorithms.modularity(G, leiden) >= algorithms.modularity(G, louvain) - 1e-9


def test_measure_reports_both_modularities_and_their_community_counts():
    G = weighted_graph()
    m = measure(G)
    assert set(m.modularity) == set(m.communities) == {"leiden", "louvain"}
    assert 0 < m.modularity["louvain"] < 1 and 0 < m.modularity["leiden"] < 1
    rows = {r["id"]: r for r in m.rows}
    assert len({r["community"] for r in m.rows if G.degree(r["id"])}) == m.communities["leiden"]
    assert rows["lone1"]["community"] != rows["lone2"]["community"]
    assert {"community", "louvain"} <= set(m.rows[0])
