"""Specifications of reading graph files fast and of kg.network.cache: measure once, look many times."""
from __future__ import annotations

import json
import shutil

import networkx as nx
import pytest

from kg.errors import GraphError
from kg.network import country_network, from_rdf, organization_network, project
from kg.network.cache import CACHE_DIR, open_network
from kg.network.graph import read
from kg.query import load_graph


@pytest.fixture
def build(examples_build, tmp_path):
    """A private copy of the example build (graph and evidence), to change and cache beside."""
    out = tmp_path / "out"
    out.mkdir()
    for name in ("graph.ttl", "provenance.ttl"):
        shutil.copy(examples_build[0] / name, out / name)
    return out


def same(a: nx.Graph, b: nx.Graph) -> bool:
    return (dict(a.nodes(data=True)) == dict(b.nodes(data=True))
            and {frozenset((u, v)): d for u, v, d in a.edges(data=True)}
            == {frozenset((u, v)): d for u, v, d in b.edges(data=True)})


def test_read_gives_the_networks_rdflib_gives(build):
    store, graph = read([build]), load_graph([build])
    assert same(from_rdf(store), from_rdf(graph))
    assert same(organization_network(store), organization_network(graph))
    assert same(country_network(store), country_network(graph))
    assert same(project(store, "person"), project(graph, "person"))


def test_read_takes_a_builds_domain_graph_not_its_evidence(build):
    assert len(read([build])) == len(read([build / "graph.ttl"])) < len(read([build / "graph.ttl", build / "provenance.ttl"]))


def test_read_reports_a_missing_or_broken_file_in_one_line(tmp_path):
    with pytest.raises(GraphError, match="no such graph file"):
        read([tmp_path / "nothing.ttl"])
    (tmp_path / "bad.ttl").write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(GraphError, match=r"bad.ttl: not a readable RDF graph"):
        read([tmp_path / "bad.ttl"])


def test_the_first_look_measures_and_keeps_the_later_ones_reuse(build):
    first = open_network([build], "person")
    assert not first.reused and (build / CACHE_DIR).is_dir()
    again = open_network([build], "person")
    assert again.reused and again.rows == first.rows and again.measures == first.measures
    assert same(again.graph, first.graph)
    other = open_network([build / "graph.ttl"], None)  # another projection is measured on its own
    assert not other.reused and open_network([build], None).reused


def test_a_changed_graph_is_measured_again_and_what_was_kept_for_it_goes(build):
    before = open_network([build], "person")
    kept = set((build / CACHE_DIR).iterdir())
    with open(build / "graph.ttl", "a", encoding="utf-8") as f:
        f.write('\n<https://kg.example.org/person/zed> a <https://schema.org/Person> ; '
                '<https://schema.org/name> "Zed Newcomer" .\n')
    after = open_network([build], "person")
    assert not after.reused and after.key != before.key
    assert "Zed Newcomer" in {r["label"] for r in after.rows}
    assert not kept & set((build / CACHE_DIR).iterdir())  # the old entry is gone


def test_two_graphs_in_one_folder_keep_their_measures_apart(build):
    (build / "other.ttl").write_text('<https://kg.example.org/person/zed> a <https://schema.org/Person> ; '
                                     '<https://schema.org/name> "Zed Newcomer" .\n', encoding="utf-8")
    assert not open_network([build / "graph.ttl"], "person").reused
    assert not open_network([build / "other.ttl"], "person").reused
    assert open_network([build / "graph.ttl"], "person").reused and open_network([build / "other.ttl"], "person").reused
    assert [r["label"] for r in open_network([build / "other.ttl"], "person").rows] == ["Zed Newcomer"]


def test_a_damaged_cache_is_measured_again(build):
    first = open_network([build], "person")
    for kept in (build / CACHE_DIR).iterdir():
        kept.write_text("{not json", encoding="utf-8")
    again = open_network([build], "person")
    assert not again.reused and again.rows == first.rows


def test_where_nothing_can_be_kept_each_look_measures_without_error(build):
    (build / CACHE_DIR).write_text("a file where the folder would go", encoding="utf-8")  # as a read-only folder
    assert not open_network([build], "person").reused and not open_network([build], "person").reused


def test_layouts_are_kept_by_what_they_lay_out(build):
    net = open_network([build], "person")
    calls = []

    def compute():
        calls.append(1)
        return {"a": (0.0, 1.0), "b": (2.5, -1.0)}

    assert net.layout({"nodes": "ab", "seed": 1}, compute) == {"a": (0.0, 1.0), "b": (2.5, -1.0)}
    assert net.layout({"nodes": "ab", "seed": 1}, compute) == {"a": (0.0, 1.0), "b": (2.5, -1.0)}
    net.layout({"nodes": "ab", "seed": 2}, compute)
    assert len(calls) == 2
    again = open_network([build], "person")  # another process, the same graph
    assert again.layout({"nodes": "ab", "seed": 1}, compute) == {"a": (0.0, 1.0), "b": (2.5, -1.0)}
    assert len(calls) == 2


def test_what_is_kept_is_plain_json(build):
    open_network([build], "person")
    (kept,) = (build / CACHE_DIR).iterdir()
    data = json.loads(kept.read_text(encoding="utf-8"))
    assert {"format", "key", "graph", "rows", "modularity", "communities"} <= set(data)
