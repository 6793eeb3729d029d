"""The workbench's speed on a graph (a build directory or oxigraph:PATH): python benchmarks/bench_workbench.py GRAPH [PNG]

Targets (issue 16), whole BBC from an Oxigraph store: first view <= 2 s; search as you type <= 100 ms;
an entity page with its evidence <= 300 ms (the five most mentioned entities, and the one with the most
evidence: its data, and the page drawn in the browser); the network view of the top 300 nodes at >= 30
frames/s while panning and zooming in headless chromium. Prints one line per measure, with its ratio to
the target. With PNG, a screenshot of the most mentioned entity's page.
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
    print(f"{name:50} {value:8.1f} {unit:4} target {target:g} {unit} ({ratio:.2f} of it{', met' if ratio <= 1 else ''})")


MOST_MENTIONED = """SELECT ?x (COUNT(DISTINCT ?a) AS ?n) WHERE {
    ?a <https://schema.org/mentions> ?x . ?x <https://schema.org/name> [] } GROUP BY ?x ORDER BY DESC(?n) LIMIT 5"""
MOST_EVIDENCE = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?x (COUNT(?ev) AS ?n) WHERE { { ?ev kg:statementSubject ?x } UNION { ?ev kg:statementObject ?x }
    ?x <https://schema.org/name> [] } GROUP BY ?x ORDER BY DESC(?n) LIMIT 1"""


#: In the page: open an entity's page, and time it until the page is drawn (the frame after its data is in)
SHOW = """new Promise(resolve => {
    delete document.body.dataset.entity;
    const start = performance.now();
    const seen = new MutationObserver(() => {
      if (!document.body.dataset.entity) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
    });
    seen.observe(document.body, {attributes: true});
    location.hash = %s;
  })"""


def sparql(base: str, query: str) -> list[str]:
    """The first column of a query's answer."""
    with urllib.request.urlopen(base + "sparql?query=" + quote(query), timeout=120) as r:
        return [row["x"]["value"] for row in json.load(r)["results"]["bindings"]]


def main(graph: str) -> None:
    start = time.perf_counter()
    server = make_server([graph], port=0, workers=2, warm_up=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ready = time.perf_counter()
    print(f"{graph}: {server.workers.quads:,} quads, workers ready in {ready - start:.1f} s")
    base = server.base
    try:
        # the networks are computed at start, one after the other; the measures below are of a server
        # that has them (an entity page opened meanwhile competes with them for the two cores)
        for projection in ("", "person", "organization"):
            timed(base + "api/network?top=300&projection=" + projection)
            print(f"  network {projection or 'of the whole graph'} computed {time.perf_counter() - ready:.1f} s after start")
        words = ["bl", "bla", "blai", "blair", "go", "gor", "gord", "gordon", "mi", "mic", "micr", "microsoft"]
        search = [timed(base + "api/search?q=" + quote(w))[0] for w in words]
        report("search as you type (median of 12)", statistics.median(search), 100, "ms")
        top = list(dict.fromkeys(sparql(base, MOST_MENTIONED) + sparql(base, MOST_EVIDENCE)))
        pages = {iri: json.loads(timed(base + "api/entity?iri=" + quote(iri))[1]) for iri in top}  # warm
        entity = {iri: statistics.median(timed(base + "api/entity?iri=" + quote(iri))[0] for _ in range(3)) for iri in top}
        for iri in top:
            e = pages[iri]
            print(f"  {e['name']:20} {entity[iri]:6.1f} ms: {e['articles_total']} articles, "
                  f"{sum(g['total'] for g in e['facts'])} facts, {len(json.dumps(e)) // 1024} KB")
        report("entity page JSON (those above, max of medians)", max(entity.values()), 300, "ms")
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
            shown = {}
            for iri in top:
                times = []
                for _ in range(5):
                    browser.goto(base + "#/query")
                    times.append(browser.js(SHOW % json.dumps("#/entity/" + quote(iri, safe=""))))
                shown[iri] = statistics.median(times)
                print(f"  {pages[iri]['name']:20} shown in {shown[iri]:6.1f} ms (median of 5)")
            report("entity page shown (those above, max of medians)", max(shown.values()), 300, "ms")
            if len(sys.argv) > 2:  # a screenshot of the most mentioned entity's page
                browser.goto(base + "#/query")
                browser.js(SHOW % json.dumps("#/entity/" + quote(top[0], safe="")))
                time.sleep(1)  # its neighbours
                browser.screenshot(sys.argv[2])
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
            columns = json.loads(timed(base + "api/network?top=300")[1])["columns"]
            print(f"  the network's measures: {', '.join(columns)}")
        finally:
            browser.close()
    finally:
        server.shutdown()
        server.server_close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "out")
