"""`kg network` and `kg plot` end to end on the example articles, and their one-line errors."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from xml.etree import ElementTree

import matplotlib.image
import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.network.cache import CACHE_DIR
from kg.network import collaboration, find, from_rdf, shortest_path, top
from kg.query import load_graph

KG = [sys.executable, "-m", "kg.cli"]


def kg(*args):
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def graph(examples_build, tmp_path_factory):
    """A copy of the example build: the looks below keep their measures beside it."""
    out = tmp_path_factory.mktemp("network-cli")
    for name in ("graph.ttl", "provenance.ttl"):
        shutil.copy(examples_build[0] / name, out / name)
    return out


def test_network_prints_the_top_table_and_writes_the_exports(graph, tmp_path):
    result = kg("network", graph, "--top", "5", "--out", tmp_path / "net")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("people, organisations and events: ")
    assert re.fullmatch(r"communities of 2 or more: Leiden \d+ \(modularity 0\.\d{4}\), "
                        r"Louvain \d+ \(modularity 0\.\d{4}\)", lines[1])
    assert lines[2].split() == ["name", "type", "degree", "weighted", "degree", "betweenness", "pagerank", "community"]
    best = top(from_rdf(load_graph([graph])), 1, by="weighted_degree")[0]
    assert lines[4].startswith(best["label"] + " ") and best["kind"] in lines[4]
    assert len([line for line in lines if line.startswith("wrote ")]) == 4

    rows = json.loads((tmp_path / "net" / "metrics.json").read_text())
    back = nx.read_graphml(tmp_path / "net" / "network.graphml")
    assert len(rows) == len(back) == len(nx.read_gexf(tmp_path / "net" / "network.gexf"))
    assert (tmp_path / "net" / "metrics.csv").read_text().splitlines()[0] == \
        "id,label,kind,degree,weighted_degree,betweenness,pagerank,community,louvain,component"
    berg = next(d for _, d in back.nodes(data=True) if d["label"] == "Jonas Berg")
    G = from_rdf(load_graph([graph]))
    assert berg["kind"] == "Person" and berg["degree"] == G.degree(find(G, "Jonas Berg"))
    assert isinstance(berg["community"], int)


def test_a_second_look_reuses_the_measures_and_a_plot_keeps_its_layout(graph, tmp_path):
    first = kg("network", graph, "--projection", "organization")
    kept = {p.name for p in (graph / CACHE_DIR).iterdir()}
    assert first.returncode == 0 and any(name.startswith("organization-") for name in kept)
    again = kg("network", graph, "--projection", "organization", "--by", "pagerank", "--top", "3")
    assert again.returncode == 0 and again.stdout.splitlines()[:2] == first.stdout.splitlines()[:2]
    assert kg("plot", graph, "--projection", "organization", "--out", tmp_path).returncode == 0
    layouts = {p.name for p in (graph / CACHE_DIR).iterdir()} - kept
    assert len(layouts) == 1 and ".layout-" in layouts.pop()


def test_network_prints_a_path_and_an_ego_network(graph):
    path = kg("network", graph, "--projection", "person", "--path", "maria okafor", "Samuel Otieno")
    assert path.returncode == 0, path.stderr
    lines = path.stdout.splitlines()[1:]
    steps = len(shortest_path(collaboration(load_graph([graph])), "Maria Okafor", "Samuel Otieno")) - 1
    assert lines[0] == "Maria Okafor" and lines[-2:] == ["Samuel Otieno", f"({steps} step{'s' if steps > 1 else ''})"]
    assert all(line.startswith("  -- ") for line in lines[1:-1:2]) and len(lines) == 2 * steps + 2
    ego = kg("network", graph, "--ego", "Jonas Berg")
    assert ego.returncode == 0, ego.stderr
    assert "ego network of Jonas Berg (radius 1)" in ego.stdout
    assert "  Nordic Policy Institute -- affiliation" in ego.stdout


def test_an_unknown_name_is_one_line_with_a_suggestion(graph):
    result = kg("network", graph, "--ego", "Jonas Bergg")
    assert result.returncode == 1
    assert result.stderr == "kg: error: no node named 'Jonas Bergg' in the network; did you mean 'Jonas Berg'?\n"


@pytest.mark.parametrize("args, message", [
    (["--projection", "planet"], "unknown projection 'planet'; use person, organization, country"),
    (["--by", "height"], "cannot rank by 'height'"),
    (["--top", "0"], "--top must be at least 1"),
    (["--path", "Jonas Berg", "Nobody Atall"], "no node named 'Nobody Atall'"),
])
def test_network_errors_are_one_line(graph, args, message):
    result = CliRunner().invoke(app, ["network", str(graph), *args])  # in process: the same code, faster
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: error: " + message) and result.stderr.count("\n") == 1


def test_a_missing_graph_is_an_error(tmp_path):
    for command in ("network", "plot"):
        result = CliRunner().invoke(app, [command, str(tmp_path / "nothing.ttl")])
        assert result.exit_code == 1 and result.stderr == f"kg: error: {tmp_path / 'nothing.ttl'}: no such graph file\n"


def test_plot_writes_png_svg_and_html(graph, tmp_path):
    result = kg("plot", graph, "--out", tmp_path, "--color", "community")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["wrote", str(tmp_path / "network.png"), "wrote", str(tmp_path / "network.svg"),
                                     "wrote", str(tmp_path / "network.html")]
    image = matplotlib.image.imread(tmp_path / "network.png")
    assert image.shape[:2] == (1350, 1800) and image[..., :3].std() > 0.05
    assert ElementTree.parse(tmp_path / "network.svg").getroot().tag.endswith("svg")
    assert "Jonas Berg" in (tmp_path / "network.html").read_text()


def test_plot_draws_an_ego_view(graph, tmp_path):
    result = CliRunner().invoke(app, ["plot", str(graph), "--out", str(tmp_path), "--ego", "amara nwosu",
                                      "--projection", "person", "--radius", "2"])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ego.html", "ego.png", "ego.svg"]
    assert "Collaboration network: ego network of Amara Nwosu (radius 2)" in (tmp_path / "ego.html").read_text()


def test_plot_errors_are_one_line(graph, tmp_path):
    result = CliRunner().invoke(app, ["plot", str(graph), "--out", str(tmp_path), "--color", "shape"])
    assert result.exit_code == 1
    assert result.stderr == "kg: error: --color 'shape': use type or community\n"
    assert not list(tmp_path.iterdir())
