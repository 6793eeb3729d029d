"""How long `kg network` and `kg plot` take over 500, 1,000 and all 2,225 BBC articles, and how that grows.

    python benchmarks/bench_network.py [CORPUS_DIR] [--sizes 500 1000 all] [--work DIR] [--runs 3]
                                       [--json out.json] [--reference]

For each size it needs a build of that many articles (every k-th ``.txt`` of the
sorted corpus, so that all five categories are in each). It builds one into
``--work`` when none is there yet (``--jobs 2``; the whole corpus into an
Oxigraph store), once: building is not what is measured here.

Each step is a fresh ``python -m kg.cli`` process, timed from start to exit, as a
user waits for it (the median of ``--runs``):

* ``network_cold``: ``kg network GRAPH --out DIR`` with nothing kept (the
  ``.kg-cache`` beside the graph removed): read, project, measure, export;
* ``network_again``: another look, ``--by betweenness --top 20``;
* ``network_ego``: ``--ego NAME`` (the best connected person with a name of their own);
* ``plot_cold``: ``kg plot GRAPH --out DIR`` with nothing kept;
* ``plot_again_color``, ``plot_again_top``, ``plot_ego``: the second looks the
  issue names: another ``--color``, another ``--top`` (a new view, so a new layout,
  on the kept measures), ``--ego``;
* ``person_cold``: ``kg network GRAPH --projection person`` with nothing kept,
  whose output gives Leiden's and Louvain's modularity.

``--reference`` also times what the metrics cost before (networkx's exact
betweenness on the same graph, in this process) and checks that igraph's answer
is the same (the largest difference of any node). Targets (the whole corpus):
network and plot from cold <= 15 s, each second look <= 3 s, Leiden's modularity
>= Louvain's on the person network. Timings on a shared machine are noisy:
compare ratios, and read the growth exponents (time ~ articles^k) as rough.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
TARGETS = {"network_cold": 15.0, "plot_cold": 15.0, "second_look": 3.0}
SECOND_LOOKS = ("network_again", "network_ego", "plot_again_color", "plot_again_top", "plot_ego")


def kg(*args) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"bench: kg {' '.join(map(str, args))} failed:\n{done.stderr[-2000:]}")
    return seconds, done.stdout


def subset(corpus: Path, size: str) -> list[Path]:
    files = sorted(corpus.rglob("*.txt"))
    if size == "all":
        return files
    n = int(size)
    return [files[int(i * len(files) / n)] for i in range(n)]


def graph_for(corpus: Path, size: str, work: Path) -> Path:
    """The build of ``size`` articles in ``work``, made when missing."""
    out = work / f"bbc{size}"
    if not (out / "graph.ttl").exists():
        store = ["--store", f"oxigraph:{work / f'bbc{size}.db'}"] if size == "all" else []
        print(f"building {size} articles into {out} (once) ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "kg.cli", "build", *map(str, subset(corpus, size)), "--jobs", "2",
                        "--no-plot", "--out", str(out), *store], check=True, cwd=ROOT, capture_output=True)
    return out


def forget(graph: Path) -> None:
    from kg.network.cache import CACHE_DIR

    shutil.rmtree(graph / CACHE_DIR, ignore_errors=True)


def median_of(runs: int, before, step) -> tuple[float, str]:
    times, out = [], ""
    for _ in range(runs):
        before()
        seconds, out = step()
        times.append(seconds)
    return statistics.median(times), out


def ego_name(metrics_json: Path) -> str:
    """The best connected person whose name no other node has (so ``--ego NAME`` is not ambiguous)."""
    rows = json.loads(metrics_json.read_text(encoding="utf-8"))
    count: dict[str, int] = {}
    for r in rows:
        count[r["label"].casefold()] = count.get(r["label"].casefold(), 0) + 1
    people = [r for r in rows if r["kind"] == "Person" and count[r["label"].casefold()] == 1 and r["degree"] > 0]
    return max(people, key=lambda r: (r["weighted_degree"], r["label"]))["label"]


def reference(graph: Path) -> dict:
    """networkx's exact betweenness on the same graph (what kg network ran before), against igraph's."""
    import networkx as nx

    from kg.network.algorithms import betweenness
    from kg.network.graph import from_rdf, read

    G = from_rdf(read([graph]))
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v, {"distance": 1 / w}) for u, v, w in G.edges(data="weight", default=1))
    start = time.perf_counter()
    exact = nx.betweenness_centrality(H, weight="distance")
    nx_seconds = time.perf_counter() - start
    betweenness(nx.path_graph(3))  # igraph loaded before the clock starts
    start = time.perf_counter()
    fast = betweenness(G)
    ig_seconds = time.perf_counter() - start
    return {"networkx_betweenness_s": round(nx_seconds, 2), "igraph_betweenness_s": round(ig_seconds, 3),
            "speedup": round(nx_seconds / ig_seconds), "max_abs_difference": max(abs(exact[n] - fast[n]) for n in G)}


def measure_size(corpus: Path, size: str, work: Path, runs: int, with_reference: bool) -> dict:
    graph = graph_for(corpus, size, work)
    net_out, plot_out = work / f"net{size}", work / f"plot{size}"
    result: dict = {"size": size, "articles": len(subset(corpus, size))}
    no_op = lambda: None  # noqa: E731

    result["network_cold"], out = median_of(runs, lambda: forget(graph), lambda: kg("network", graph, "--out", net_out))
    result["summary"] = out.splitlines()[0]
    name = ego_name(net_out / "metrics.json")
    result["ego"] = name
    result["network_again"], _ = median_of(runs, no_op, lambda: kg("network", graph, "--by", "betweenness", "--top", 20))
    result["network_ego"], _ = median_of(runs, no_op, lambda: kg("network", graph, "--ego", name))

    result["plot_cold"], _ = median_of(runs, lambda: forget(graph), lambda: kg("plot", graph, "--out", plot_out))
    result["plot_again_color"], _ = median_of(runs, no_op, lambda: kg("plot", graph, "--out", plot_out, "--color", "type"))
    tops = iter(range(150, 150 + runs))  # each run a --top not drawn before: a new view and layout
    result["plot_again_top"], _ = median_of(runs, no_op, lambda: kg("plot", graph, "--out", plot_out, "--top", next(tops)))
    result["plot_ego"], _ = median_of(runs, no_op, lambda: kg("plot", graph, "--out", plot_out, "--ego", name))

    result["person_cold"], out = median_of(runs, lambda: forget(graph),
                                           lambda: kg("network", graph, "--projection", "person"))
    found = re.search(r"Leiden (\d+) \(modularity ([\d.]+)\), Louvain (\d+) \(modularity ([\d.]+)\)", out)
    result["person_leiden_modularity"], result["person_louvain_modularity"] = float(found[2]), float(found[4])
    result["person_summary"] = out.splitlines()[0]
    if with_reference:
        result["reference"] = reference(graph)
    return result


def growth(results: list[dict], key: str) -> list[str]:
    """time ~ articles^k between consecutive sizes, as 'k=...'."""
    out = []
    for a, b in zip(results, results[1:]):
        if a[key] > 0 and b["articles"] > a["articles"]:
            out.append(f"{math.log(b[key] / a[key]) / math.log(b['articles'] / a['articles']):.2f}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--sizes", nargs="+", default=["500", "1000", "all"])
    ap.add_argument("--work", default=str(ROOT.parent / "scratch-net"), help="Where the builds are kept.")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", dest="json_out")
    ap.add_argument("--reference", action="store_true", help="Also time networkx's exact betweenness (minutes).")
    args = ap.parse_args()
    corpus, work = Path(args.corpus), Path(args.work)
    if not corpus.is_dir():
        print(f"bench: no corpus at {corpus}", file=sys.stderr)
        return 2
    work.mkdir(parents=True, exist_ok=True)

    results = [measure_size(corpus, size, work, args.runs, args.reference) for size in args.sizes]
    steps = ("network_cold", "person_cold", "plot_cold", *SECOND_LOOKS)
    print(f"{'step':18}" + "".join(f"{r['articles']:>10,}" for r in results) + "   growth k (time ~ articles^k)")
    for key in steps:
        print(f"{key:18}" + "".join(f"{r[key]:>9.2f}s" for r in results) + "   " + ", ".join(growth(results, key)))
    for r in results:
        print(f"{r['articles']:>6,} articles: {r['summary']}; person: {r['person_summary']}; modularity "
              f"Leiden {r['person_leiden_modularity']:.4f} vs Louvain {r['person_louvain_modularity']:.4f}")
        if "reference" in r:
            print(f"        betweenness: networkx {r['reference']['networkx_betweenness_s']} s, "
                  f"igraph {r['reference']['igraph_betweenness_s']} s (x{r['reference']['speedup']}), "
                  f"largest difference {r['reference']['max_abs_difference']:.1e}")
    whole = results[-1]
    checks = {
        "network_cold": whole["network_cold"] <= TARGETS["network_cold"],
        "plot_cold": whole["plot_cold"] <= TARGETS["plot_cold"],
        "second_look": max(whole[k] for k in SECOND_LOOKS) <= TARGETS["second_look"],
        "leiden_vs_louvain": whole["person_leiden_modularity"] >= whole["person_louvain_modularity"],
    }
    print(f"targets on {whole['articles']:,} articles: " + ", ".join(f"{k} {'met' if ok else 'MISSED'}"
                                                                  for k, ok in checks.items()))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"results": results, "targets": TARGETS, "met": checks}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
