"""Specifications of kg.html: the interactive page, checked as text and in a headless browser."""
from __future__ import annotations

import json
import re
import shutil
import subprocess

import matplotlib.image
import networkx as nx
import pytest

from kg.html import page, write_html
from kg.network import metrics

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--window-size=1000,700"]


def graph() -> nx.Graph:
    G = nx.Graph()
    for n, label, kind in [("a", "Ada </script><b>", "Person"), ("b", "Ben", "Person"),
                           ("s", "Summit", "Event"), ("o", "Acme", "Organization"), ("e", "Eve", "Person")]:
        G.add_node(n, label=label, kind=kind, articles=["x:1", "x:2"])
    G.add_edges_from([("a", "s"), ("b", "s"), ("a", "o"), ("b", "o")], weight=1)
    return G


def data_of(text: str) -> dict:
    block = re.search(r'<script id="data" type="application/json">(.*?)</script>', text, re.S).group(1)
    return json.loads(block)


def test_the_page_holds_the_linked_nodes_and_their_metrics_as_json():
    data = data_of(page(graph(), title="News"))
    by_label = {n["label"]: n for n in data["nodes"]}
    assert set(by_label) == {"Ada </script><b>", "Ben", "Summit", "Acme"}  # Eve has no link
    expected = {r["label"]: r for r in metrics(graph())}
    for label, n in by_label.items():
        assert n["kind"] == expected[label]["kind"] and n["articles"] == 2
        assert n["degree"] == expected[label]["degree"]
        assert n["pagerank"] == pytest.approx(expected[label]["pagerank"])
    assert len(data["links"]) == 4


def test_names_cannot_break_out_of_the_page():
    text = page(graph(), title="<script>alert(1)</script>")
    assert text.count("</script>") == 2  # the data block's and the program's
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>" in text


def test_the_page_needs_nothing_from_the_network():
    text = page(graph())
    assert not re.search(r'(src|href)\s*=\s*"(https?:)?//', text)
    assert "import(" not in text and "fetch(" not in text


def test_big_graphs_are_cut_to_their_core_and_say_so():
    G = nx.barabasi_albert_graph(600, 2, seed=1)
    text = page(G, top_k=50)
    assert len(data_of(text)["nodes"]) == 50
    assert "showing the 50 best-linked of 600 nodes" in text


def chromium(*args, tmp_path):
    if CHROMIUM is None:
        pytest.skip("no chromium on PATH (Debian: apt-get install chromium); the page is not checked in a browser")
    profile = tmp_path / "profile"
    run = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                         capture_output=True, text=True, timeout=90)
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout


def test_the_page_runs_in_a_browser_and_draws_the_network(tmp_path):
    G = nx.les_miserables_graph()  # 77 nodes, weighted: a real force layout to settle
    nx.set_node_attributes(G, "Person", "kind")
    path = write_html(G, tmp_path / "network.html", title="Les Misérables")
    dom = chromium("--dump-dom", path.as_uri(), tmp_path=tmp_path)
    assert 'data-ready="yes"' in dom  # the script ran to its end
    assert re.search(r'<span id="count">77</span> nodes, <span id="links">254</span> links', dom)
    assert 'data-drawn="77"' in dom
    assert ">Person</span>" in dom  # the legend

    shot = tmp_path / "shot.png"
    chromium(f"--screenshot={shot}", path.as_uri(), tmp_path=tmp_path)
    image = matplotlib.image.imread(shot)[..., :3]
    assert image.shape[:2] == (700, 1000)
    canvas = image[80:]  # below the header
    assert canvas.std() > 0.03  # not blank
    blue = (abs(canvas - [0x4C / 255, 0x72 / 255, 0xB0 / 255]).max(axis=-1) < 0.06).sum()
    assert blue > 500  # the Person nodes were drawn in their colour


PROBE = """<script>
window.addEventListener("error", e => { document.body.dataset.errors = (document.body.dataset.errors || "") + e.message; });
</script>"""

INTERACT = """<script>
(function () {
  const search = document.getElementById("search"), canvas = document.getElementById("net");
  search.value = "valj";
  search.dispatchEvent(new Event("input"));
  document.body.dataset.found = document.getElementById("found").textContent;
  const r = canvas.getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;
  canvas.dispatchEvent(new PointerEvent("pointermove", {clientX: x, clientY: y}));  // the found node is centred
  document.body.dataset.tip = document.getElementById("tip").textContent;
  canvas.dispatchEvent(new WheelEvent("wheel", {clientX: x, clientY: y, deltaY: -300, cancelable: true}));
  canvas.dispatchEvent(new PointerEvent("pointerdown", {clientX: 5, clientY: 5}));
  canvas.dispatchEvent(new PointerEvent("pointerup", {clientX: 5, clientY: 5}));
  document.getElementById("colour").value = "community";
  document.getElementById("colour").dispatchEvent(new Event("change"));
  document.body.dataset.legend = document.getElementById("legend").textContent;
  document.body.dataset.done = "yes";
})();
</script>"""


def test_search_hover_zoom_click_and_colour_work_in_a_browser(tmp_path):
    G = nx.les_miserables_graph()
    nx.set_node_attributes(G, "Person", "kind")
    text = page(G, title="Les Misérables")
    text = text.replace("<head>", "<head>" + PROBE, 1).replace("</body>", INTERACT + "</body>", 1)
    (tmp_path / "probe.html").write_text(text, encoding="utf-8")
    dom = chromium("--dump-dom", (tmp_path / "probe.html").as_uri(), tmp_path=tmp_path)
    assert 'data-done="yes"' in dom and "data-errors" not in dom
    assert 'data-found="1 match"' in dom
    assert re.search(r'data-tip="Valjeantype', dom)  # name, then the rows: type Person, degree 36, ...
    assert "degree36" in dom
    assert 'data-legend="community 0' in dom
