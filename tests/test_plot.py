"""Specifications of kg.plot: pictures of collaboration networks."""
from __future__ import annotations

import os
import subprocess
import sys
from xml.etree import ElementTree

import matplotlib.image
from matplotlib.backends.backend_agg import FigureCanvasAgg
import networkx as nx
import numpy as np
import pytest
from matplotlib.figure import Figure
from rdflib import Graph

from kg import network
from kg.errors import KGError
from kg.network import collaboration, from_rdf
from kg.plot import EMPTY_MESSAGE, KIND_COLORS, draw_collaboration, draw_ego, save_plot

NEWS = """
@prefix s: <https://schema.org/> .
@prefix : <https://kg.example.org/> .
:summit a s:Event ; s:name "Summit" ;
    s:attendee :ada, :ben, :cleo, :acme, :globex, :france .
:workshop a s:Event ; s:name "Workshop" ; s:superEvent :summit ; s:attendee :cleo, :dev .
:ada a s:Person ; s:name "Ada" ; s:affiliation :acme .
:ben a s:Person ; s:name "Ben" ; s:affiliation :acme .
:cleo a s:Person ; s:name "Cleo" .
:dev a s:Person ; s:name "Dev" ; s:affiliation :globex .
:eve a s:Person ; s:name "Eve" .
:acme a s:Organization ; s:name "Acme" .
:globex a s:Organization ; s:name "Globex" ; s:parentOrganization :acme .
:france a s:Place ; s:name "France" .
"""


@pytest.fixture
def news() -> Graph:
    return Graph().parse(data=NEWS, format="turtle")


def labels_drawn(ax) -> set[str]:
    return {t.get_text() for t in ax.texts if t.get_gid() == "node-label"}


def test_save_plot_writes_a_non_blank_png_of_the_expected_size(news, tmp_path):
    png = tmp_path / "collab.png"
    save_plot(collaboration(news), png)
    image = matplotlib.image.imread(png)
    assert image.shape[:2] == (1350, 1800)
    assert len(np.unique(image.reshape(-1, image.shape[-1]), axis=0)) > 1
    assert image[..., :3].std() > 0.02  # more than a few specks on white


def test_save_plot_also_writes_svg_when_asked(news, tmp_path):
    save_plot(from_rdf(news), tmp_path / "g.png", tmp_path / "g.svg")
    root = ElementTree.parse(tmp_path / "g.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = {"".join(t.itertext()).strip() for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert "Summit" in texts  # text stays text: searchable, editable
    assert (tmp_path / "g.png").stat().st_size > 0


def test_save_plot_writes_files_whose_names_do_not_end_in_the_format(news, tmp_path):
    # as when writing to a temporary file before renaming it into place
    save_plot(collaboration(news), tmp_path / "a.png.tmp", tmp_path / "a.svg.tmp")
    assert matplotlib.image.imread(tmp_path / "a.png.tmp", format="png").shape[:2] == (1350, 1800)


def test_an_empty_graph_gives_a_message_not_a_crash(tmp_path):
    ax = draw_collaboration(nx.Graph())
    assert [t.get_text() for t in ax.texts] == [EMPTY_MESSAGE] == ["no collaborations found"]
    text = ax.texts[0]
    assert text.get_position() == (0.5, 0.5)
    assert (text.get_ha(), text.get_va()) == ("center", "center")
    save_plot(nx.Graph(), tmp_path / "empty.png")
    assert matplotlib.image.imread(tmp_path / "empty.png").shape[:2] == (1350, 1800)


def test_people_without_collaborations_give_the_message_too():
    G = nx.Graph()
    G.add_node("eve", label="Eve", kind="Person")
    assert [t.get_text() for t in draw_collaboration(G).texts] == [EMPTY_MESSAGE]


def test_draws_on_the_given_axes_and_returns_them(news):
    ax = Figure().add_subplot()
    assert draw_collaboration(collaboration(news), ax, title="Who worked with whom") is ax
    assert ax.get_title() == "Who worked with whom"
    assert not ax.axison


def test_nodes_are_coloured_by_kind_with_a_legend(news):
    ax = draw_collaboration(from_rdf(news))
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Person", "Organization", "Event", "Place"]
    nodes = ax.collections[1]
    colours = {tuple(c) for c in nodes.get_facecolors()}
    assert len(colours) == len(KIND_COLORS)


def test_nodes_can_be_coloured_by_community_named_by_their_most_central_members(news):
    ax = draw_collaboration(collaboration(news), color_by="community")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    # {Ada, Ben} and {Cleo, Dev}; Eve alone is grey, with the other one-node communities
    assert legend == ["Ada, Ben", "Cleo, Dev", "smaller communities"]
    colours = {tuple(c) for c in ax.collections[1].get_facecolors()}
    assert len(colours) == 3


def test_only_the_top_nodes_are_labelled(news):
    G = from_rdf(news)
    assert labels_drawn(draw_collaboration(G, top_labels=2)) == {"Summit", "Acme"}  # degrees 7, 4
    assert len(labels_drawn(draw_collaboration(G))) == len(G)


def test_labels_sit_in_white_boxes_off_their_nodes(news):
    ax = draw_collaboration(collaboration(news))
    label = next(t for t in ax.texts if t.get_gid() == "node-label")
    assert label.get_bbox_patch().get_facecolor()[:3] == (1.0, 1.0, 1.0)
    assert label.xyann != (0, 0)


def test_the_layout_is_reproducible_with_a_seed(news):
    G = collaboration(news)
    first = draw_collaboration(G, seed=7).collections[1].get_offsets()
    again = draw_collaboration(G, seed=7).collections[1].get_offsets()
    other = draw_collaboration(G, seed=8).collections[1].get_offsets()
    assert np.array_equal(first, again)
    assert not np.array_equal(first, other)


def test_a_large_graph_is_drawn_as_the_backbone_of_its_largest_component():
    G = nx.barabasi_albert_graph(400, 2, seed=1)
    G.add_edges_from([("x", "y"), ("y", "z")])  # a small component beside it, left out
    G.add_node("lone")
    ax = draw_collaboration(G, top_k=50, top_labels=5)
    drawn = {tuple(xy) for xy in ax.collections[1].get_offsets()}
    assert len(drawn) == 50
    assert "(the core of the largest component: 50 of its 400 nodes, by betweenness; 404 nodes in all)" in ax.get_title()
    between = nx.betweenness_centrality(G)
    backbone = sorted((n for n in G if isinstance(n, int)), key=lambda n: -between[n])[:50]
    assert nx.is_connected(G.subgraph(backbone))  # the backbone holds together
    assert len(ax.collections[0].get_segments()) == G.subgraph(backbone).number_of_edges()
    assert len(draw_collaboration(G).collections[1].get_offsets()) == 100  # the default top-k


def test_a_large_graph_of_small_components_shows_the_biggest_whole():
    G = nx.Graph()
    for i, size in enumerate((6, 5, 4, 3, 3, 2)):  # paths of these sizes, and lone nodes
        nx.add_path(G, [f"c{i}-{j}" for j in range(size)])
    G.add_nodes_from(f"lone{i}" for i in range(20))
    ax = draw_collaboration(G, top_k=16)
    assert len(ax.collections[1].get_offsets()) == 6 + 5 + 4  # the next (3) would not fit
    assert "(the 3 largest components: 15 nodes; 43 nodes in all)" in ax.get_title()


def test_the_hubs_drawn_are_all_labelled():
    G = nx.barabasi_albert_graph(300, 3, seed=5)
    nx.set_node_attributes(G, {n: f"Somebody with a long name {n}" for n in G}, "label")
    ax = draw_collaboration(G, top_labels=30)
    degree = dict(G.degree())
    drawn = {(round(x, 6), round(y, 6)) for x, y in ax.collections[1].get_offsets()}
    labelled = labels_drawn(ax)
    hubs = sorted(G, key=lambda n: -degree[n])[:10]
    assert len(drawn) == 100 and all(f"Somebody with a long name {n}" in {t.replace("\n", " ") for t in labelled}
                                     for n in hubs)


def test_kept_positions_are_used_and_new_ones_are_handed_over_to_keep(news):
    G = collaboration(news)
    kept = {}

    def layouts(params, compute):
        if params["nodes"] not in kept:
            kept[params["nodes"]] = compute()
        return kept[params["nodes"]]

    first = draw_collaboration(G, layouts=layouts).collections[1].get_offsets()
    assert len(kept) == 1
    moved = {n: (x + 100.0, y) for n, (x, y) in next(iter(kept.values())).items()}
    kept[next(iter(kept))] = moved
    again = draw_collaboration(G, layouts=layouts).collections[1].get_offsets()
    assert np.allclose(again[:, 0], first[:, 0] + 100.0)


def test_the_top_k_view_keeps_groups_whole_and_drops_what_it_cuts_off():
    # a hub with 3 leaves, then 30 separate pairs: all degrees 1 but the hub's
    G = nx.star_graph(3)
    G.add_edges_from((f"a{i}", f"b{i}") for i in range(30))
    H = network.core(G, 6)
    assert set(H) == {0, 1, 2, 3, "a0", "b0"}
    assert network.core(G, 5).number_of_nodes() == 4  # a0 without b0 is dropped


def test_labels_do_not_cover_each_other(tmp_path):
    G = nx.barabasi_albert_graph(120, 2, seed=3)
    nx.set_node_attributes(G, {n: f"Person number {n}" for n in G}, "label")
    fig = save_plot(G, tmp_path / "g.png", top_labels=40)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    boxes = [t.get_bbox_patch().get_window_extent(renderer) for t in fig.axes[0].texts if t.get_gid() == "node-label"]
    assert len(boxes) >= 10
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])


def test_the_layout_is_the_same_in_every_process(news, tmp_path):
    script = (
        "import sys, networkx as nx\n"
        "from kg.plot import draw_collaboration\n"
        "G = nx.relabel_nodes(nx.barabasi_albert_graph(30, 1, seed=2), lambda n: f'node {n}')\n"
        "print(draw_collaboration(G).collections[1].get_offsets().round(6).tolist())\n"
    )
    runs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1


def test_save_plot_draws_an_ego_network_as_png_and_svg(news, tmp_path):
    fig = save_plot(from_rdf(news), tmp_path / "ego.png", tmp_path / "ego.svg", ego="cleo")
    assert fig.axes[0].get_title() == "Ego network of Cleo (radius 1)"
    assert labels_drawn(fig.axes[0]) == {"Cleo", "Summit", "Workshop"}
    image = matplotlib.image.imread(tmp_path / "ego.png")
    assert image.shape[:2] == (1350, 1800) and image[..., :3].std() > 0.02
    root = ElementTree.parse(tmp_path / "ego.svg").getroot()
    assert root.tag.endswith("svg") and root.get("width") == "864pt"


def test_draw_ego_of_an_unknown_name_is_a_kg_error(news):
    with pytest.raises(KGError, match="no node named 'Zed'"):
        draw_ego(collaboration(news), "Zed")


def test_unknown_options_are_errors(news):
    with pytest.raises(ValueError):
        draw_collaboration(collaboration(news), color_by="shape")
    with pytest.raises(ValueError):
        draw_collaboration(collaboration(news), size_by="shoe_size")


def test_draw_ego_shows_a_node_and_its_neighbours(news):
    ax = draw_ego(collaboration(news), "Dev")
    assert ax.get_title() == "Ego network of Dev (radius 1)"
    assert labels_drawn(ax) == {"Cleo", "Dev"}
