"""The workbench's speed on a graph (a build directory or oxigraph:PATH): python benchmarks/bench_workbench.py GRAPH

Targets (issue 16), whole BBC from an Oxigraph store: first view <= 2 s; search as you type <= 100 ms;
an entity page with its evidence <= 300 ms; the network view of the top 300 nodes at >= 30 frames/s
while panning and zooming in headless chromium. Prints one line per measure, with its ratio to the target.
"""
from __future__ import annotations

import json
import statistics
import sys
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.serve import make_server  # noqa: E402
from tests.browser import Browser  # noqa: E402


def timed(url: str) -> tuple[float, bytes]:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=120) as r:
        body = r.read()
    return (time.perf_counter() - start) * 1000, body


def report(name: str, value: float, target: float, unit: str, higher_is_better: bool = False) -> None:
    ratio = target / value if higher_is_better else value / target
    print(f"{name:42} {value:8.1f} {unit:4} target {target:g} {unit} ({ratio:.2f} of it{', met' if ratio <= 1 else ''})")


def main(graph: str) -> None:
    start = time.perf_counter()
    server = make_server([graph], port=0, workers=2, warm_up=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"{graph}: {server.workers.quads:,} quads, workers ready in {time.perf_counter() - start:.1f} s")
    base = server.base
    try:
        timed(base + "api/network?top=300")  # wait for the network (computed at start)
        words = ["bl", "bla", "blai", "blair", "go", "gor", "gord", "gordon", "mi", "mic", "micr", "microsoft"]
        search = [timed(base + "api/search?q=" + quote(w))[0] for w in words]
        report("search as you type (median of 12)", statistics.median(search), 100, "ms")
        top = json.loads(timed(base + "api/search?q=a&limit=5")[1])["results"]
        entity = [timed(base + "api/entity?iri=" + quote(r["iri"]))[0] for r in top]
        report(f"entity page JSON (max of the 5 most mentioned)", max(entity), 300, "ms")
        report("network view of the top 300 (JSON)", timed(base + "api/network?top=300")[0], 2000, "ms")
        browser = Browser.start(1280, 800)
        if browser is None:
            print("no chromium: the page's measures are skipped")
            return
        try:
            t = time.perf_counter()
            browser.goto(base)
            browser.wait("document.body.dataset.ready === 'yes'")
            report("first view (Query) until ready", (time.perf_counter() - t) * 1000, 2000, "ms")
            t = time.perf_counter()
            browser.goto(base + "#/entity/" + quote(top[0]["iri"], safe=""))
            browser.wait("document.body.dataset.entity")
            report(f"entity page shown ({top[0]['name']})", (time.perf_counter() - t) * 1000, 300, "ms")
            browser.goto(base + "#/network")
            browser.wait("document.body.dataset.network", timeout=120)
            ms = browser.js("""(() => {
                const canvas = document.getElementById('net'), r = canvas.getBoundingClientRect();
                const t = performance.now();
                for (let i = 0; i < 60; i++) {
                  canvas.dispatchEvent(new WheelEvent('wheel', {clientX: r.left + r.width / 2, clientY: r.top + r.height / 2,
                                                                deltaY: i % 2 ? 40 : -40, cancelable: true}));
                }
                return (performance.now() - t) / 60; })()""")
            nodes = browser.js("window.kgNetworkView.size")
            report(f"network zoom, {nodes} nodes (frames/s)", 1000 / ms, 30, "fps", higher_is_better=True)
        finally:
            browser.close()
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out")
