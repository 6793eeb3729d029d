"""Throughput and scale of kg build, against the bare spaCy model over the same texts.

    python benchmarks/bench_build.py [CORPUS_DIR] [--limit N] [--runs 5] [--json out.json] [--dask]
    python benchmarks/bench_build.py --store-only OUT_DIR oxigraph:PATH [--runs 5] [--json out.json]

Measures in one run, on the corpus's ``.txt`` files (default ../shared/corpora/bbc):

(a) the bare ``nlp.pipe`` of the model kg uses, with the same spaCy components,
    in one process and with spaCy's ``n_process=2``;
(b) ``kg build`` end to end (ingest, extraction, resolution, RDF, store, export;
    no plot) with the in-memory rdflib store, and with an Oxigraph store at
    ``--jobs 1`` and ``--jobs 2`` (and with ``--dask``, on a local Dask cluster of 2 workers);
(c) exporting the graph to Turtle: rdflib, the Oxigraph store (``kg build``'s
    export), and two references: pyoxigraph's own dump of the same store on disk,
    and its dump of the same triples from an in-memory store; beside them, a bare
    scan of the store's quads, and the copy of the store into memory that ``kg
    serve oxigraph:PATH`` makes at start (time, and the peak RSS of a process doing it);
(d) each named SPARQL query (median of ``--runs``), once whole and once with its
    first parameter bound to a value from its answer: on the rdflib graph read back
    from the export; on the Oxigraph store on disk, as ``kg query oxigraph:PATH``
    runs it; and on the in-memory snapshot, as ``kg serve oxigraph:PATH`` answers
    it. "raw" counts Oxigraph's rows; "kg" is the whole answer: the rows of ``kg
    query``'s table, or the SPARQL JSON body a ``kg serve`` worker sends. The
    query target is judged on the served figures (kg), which are what a client of
    the endpoint waits for; the disk figures are reported beside them;
(e) peak RSS of each build (and of its largest worker).

It also measures how much two processes of plain Python gain over one on this
machine at that moment (``machine_parallel_speedup``): on a shared machine
the ``--jobs 2`` speedup cannot beat it.

Every measurement of (a), (b) and (e) runs in a fresh child process, with the
model loaded before the clock starts. Timings on a shared machine are noisy:
compare ratios, and the CPU seconds beside the wall-clock ones.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc"
# query_ms: on the served in-memory snapshot (kg serve oxigraph:PATH), whole answers as SPARQL JSON.
# The export has two references (see (c)): the same store dumped by pyoxigraph, and the same triples
# dumped by pyoxigraph from memory; the report says which one it meets.
TARGETS = {"build_to_bare": 1.25, "jobs2_speedup": 1.6, "peak_rss_mb": 1536, "query_ms": 100, "query_ms_bound": 100,
           "export_to_store_dump": 2.0, "export_to_memory_dump": 2.0}


def child(spec: dict) -> dict:
    """One measurement in this (fresh) process: a bare pipe or a build."""
    from kg import nlp as kg_nlp
    from kg.ingest import read_articles

    if spec["what"] == "snapshot":  # what a `kg serve oxigraph:PATH` worker does at start, and then holds
        from kg.serve import load_store

        start = time.perf_counter()
        quads = len(load_store([f"oxigraph:{spec['store']}"]))
        return {"seconds": time.perf_counter() - start, "quads": quads,
                "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    files = spec["files"]
    nlp = kg_nlp.load()  # loading is not what we measure
    start, cpu = time.perf_counter(), time.process_time()
    out = {}
    if spec["what"] == "bare":
        texts = [a.text for a in read_articles(files)]
        start, cpu = time.perf_counter(), time.process_time()
        with nlp.select_pipes(disable=[p for p in nlp.pipe_names if p.startswith("kg_")]):  # the model's own components
            out["tokens"] = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32, n_process=spec["jobs"]))
    else:
        from kg.build import build

        summary = build(files, spec["out"], plot=False, store=spec["store"], jobs=spec["jobs"],
                        engine=spec.get("engine", "local"))
        out["triples_facts"] = sum(summary.facts.values())
    out["seconds"] = time.perf_counter() - start
    out["cpu_seconds"] = time.process_time() - cpu  # this process only
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    out["worker_cpu_seconds"] = children.ru_utime + children.ru_stime  # workers (none at jobs 1)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["worker_peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return out


def _spin(n: int = 20_000_000) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def machine_parallel_speedup() -> float:
    """Two tasks of plain Python on two processes against one at a time, in the same (started) pool."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_spin, [1000] * 2))  # both workers started
        start = time.perf_counter()
        list(map(lambda n: pool.submit(_spin, n).result(), [20_000_000] * 2))
        one_at_a_time = time.perf_counter() - start
        start = time.perf_counter()
        list(pool.map(_spin, [20_000_000] * 2))
        return one_at_a_time / (time.perf_counter() - start)


def first_param(name: str, description: str) -> str | None:
    """The first parameter a named query's description lists, e.g. ``(optional param: person)``."""
    import re

    found = re.search(r"\((?:optional )?params?: ([^)]*)\)", description)
    return found.group(1).split(";")[0].split(",")[0].split()[0] if found else None


def run_child(spec: dict) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"bench: {spec['what']} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def median_ms(fn, runs: int) -> tuple[float, int]:
    """Median wall time of ``fn()`` in ms and what it returned; a query slower than 5 s runs once."""
    times, rows = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = fn()
        times.append((time.perf_counter() - start) * 1000)
        if times[-1] > 5000:
            break
    return statistics.median(times), rows


def export_and_queries(out_mem: Path, store_path: Path, runs: int) -> tuple[dict, dict]:
    from pyoxigraph import DefaultGraph, RdfFormat, Store

    from kg.formats import write
    from kg.query import load_graph, named_queries, rows, run
    from kg.serve import answer
    from kg.store import PREFIXES, OxigraphStore, _domain_only_queries, _with_values

    domain, provenance = load_graph([out_mem / "graph.ttl"]), load_graph([out_mem / "provenance.ttl"])
    triples = len(domain) + len(provenance)
    with tempfile.TemporaryDirectory() as tmp:
        def timed(fn):
            start = time.perf_counter()
            fn()
            return time.perf_counter() - start

        rdflib_s = timed(lambda: write(domain, provenance, Path(tmp) / "r", "turtle"))
        snapshot_child = run_child({"what": "snapshot", "store": str(store_path)})
        with OxigraphStore(store_path, read_only=True) as store:
            graphs = {"graph": DefaultGraph(), "provenance": store.evidence}
            store_s = timed(lambda: store.export(Path(tmp) / "o", "turtle"))
            # pyoxigraph on its own: the same store, dumped to the same files
            dump_s = timed(lambda: [store.store.dump(str(Path(tmp) / f"d-{stem}.ttl"), RdfFormat.TURTLE, from_graph=graph,
                                                     prefixes=PREFIXES) for stem, graph in graphs.items()])
            scan_s = timed(lambda: sum(1 for _ in store.store.quads_for_pattern(None, None, None, None)))
            # and the same triples from an in-memory store
            memory = Store()
            for stem, graph in graphs.items():
                memory.load(path=str(Path(tmp) / "o" / f"{stem}.ttl"), format=RdfFormat.TURTLE, to_graph=graph)
            own_s = timed(lambda: [memory.dump(str(Path(tmp) / f"{stem}.ttl"), RdfFormat.TURTLE, from_graph=graph,
                                               prefixes=PREFIXES) for stem, graph in graphs.items()])
            snapshot = Store()
            snapshot_s = timed(lambda: store.snapshot(into=snapshot))
            export = {"triples": triples, "rdflib_seconds": rdflib_s, "oxigraph_store_seconds": store_s,
                      "pyoxigraph_store_dump_seconds": dump_s, "pyoxigraph_own_seconds": own_s,
                      "store_scan_seconds": scan_s, "snapshot_seconds": snapshot_s,
                      "snapshot_quads": len(snapshot), "snapshot_child": snapshot_child}
            rdflib_graph = load_graph([out_mem])
            domain_only = _domain_only_queries()

            def raw(oxigraph, text, served):
                # as kg query (OxigraphStore.query) and kg serve (kg.serve.answer) ask Oxigraph
                union = served or text not in domain_only
                return sum(1 for _ in oxigraph.query(text, use_default_graph_as_union=union))

            def served(text):
                status, _, body = answer(snapshot, text, "application/sparql-results+json", max_rows=10**9)
                assert status == 200, body
                return len(body)

            def measure(name, text, params=None):
                """Each way of asking: (median ms, rows or bytes)."""
                from pyoxigraph import Literal as OxLiteral, NamedNode, Variable as OxVariable

                bound = {OxVariable(k): (NamedNode(v) if v.startswith(("http://", "https://")) else OxLiteral(v))
                         for k, v in (params or {}).items()}
                asked = _with_values(text, bound) or text  # parameters as kg binds them
                m = {}
                m["rdflib_ms"], m["rows_rdflib"] = median_ms(lambda: len(rows(run(rdflib_graph, name, params))[1]), runs)
                m["disk_raw_ms"], m["rows"] = median_ms(lambda: raw(store.store, asked, False), runs)
                m["disk_kg_ms"], _ = median_ms(lambda: len(rows(run(store, name, params))[1]), runs)
                m["served_raw_ms"], _ = median_ms(lambda: raw(snapshot, asked, True), runs)
                m["served_kg_ms"], m["served_json_bytes"] = median_ms(lambda: served(asked), runs)
                return m

            queries = {}
            for name, q in named_queries().items():
                queries[name] = measure(name, q.text)
                param = first_param(name, q.description)
                header, body = rows(run(store, name))
                if param and body:
                    params = {param: body[0][header.index(param)]}
                    queries[name]["bound"] = {"params": params, **measure(name, q.text, params)}
    return export, queries


def store_ratios(export: dict, queries: dict) -> dict:
    """The export and query figures that targets judge (see TARGETS), and the disk figures beside them."""
    bound = [q["bound"] for q in queries.values() if "bound" in q]
    return {
        "query_ms": max(q["served_kg_ms"] for q in queries.values()),
        "query_ms_served_raw": max(q["served_raw_ms"] for q in queries.values()),
        "query_ms_disk": max(q["disk_kg_ms"] for q in queries.values()),
        "query_ms_disk_raw": max(q["disk_raw_ms"] for q in queries.values()),
        "query_ms_bound": max(b["served_kg_ms"] for b in bound),
        "query_ms_bound_disk": max(b["disk_kg_ms"] for b in bound),
        "export_to_store_dump": export["oxigraph_store_seconds"] / export["pyoxigraph_store_dump_seconds"],
        "export_to_memory_dump": export["oxigraph_store_seconds"] / export["pyoxigraph_own_seconds"],
        "export_rdflib_to_memory_dump": export["rdflib_seconds"] / export["pyoxigraph_own_seconds"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    ap.add_argument("--limit", type=int, default=None, help="Only the first N articles.")
    ap.add_argument("--runs", type=int, default=5, help="Runs per query (the median is reported).")
    ap.add_argument("--json", dest="json_out")
    ap.add_argument("--dask", action="store_true", help="Also build on a local Dask cluster of 2 workers (--engine dask).")
    ap.add_argument("--store-only", nargs=2, metavar=("OUT_DIR", "STORE"),
                    help="Only (c) and (d), on existing builds of one corpus: a build's output directory "
                         "(graph.ttl, provenance.ttl) and an Oxigraph store (oxigraph:PATH).")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return 0
    if args.store_only:
        out_dir, store = args.store_only
        export, queries = export_and_queries(Path(out_dir), Path(store.removeprefix("oxigraph:")), args.runs)
        ratios = store_ratios(export, queries)
        met = {k: ratios[k] <= t for k, t in TARGETS.items() if k in ratios}
        print("\n".join(report_store(export, queries) + report_ratios(ratios, met)))
        if args.json_out:
            Path(args.json_out).write_text(json.dumps({"export": export, "queries": queries, "ratios": ratios,
                                                       "targets_met": met}, indent=1))
        return 0
    if not Path(args.corpus).exists():
        print(f"bench: corpus {args.corpus} not found", file=sys.stderr)
        return 2
    files = [str(f) for f in sorted(Path(args.corpus).rglob("*.txt"))[: args.limit]]
    result: dict = {"corpus": str(args.corpus), "articles": len(files), "cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        step = lambda label: print(f"bench: {label} ...", file=sys.stderr, flush=True)  # noqa: E731
        parallel = [machine_parallel_speedup()]
        step("bare model, 1 process")
        bare1 = run_child({"what": "bare", "files": files, "jobs": 1})
        step("bare model, n_process=2")
        bare2 = run_child({"what": "bare", "files": files, "jobs": 2})
        builds = {}
        for name, store, jobs in (("memory_jobs1", None, 1), ("oxigraph_jobs1", "ox1", 1), ("oxigraph_jobs2", "ox2", 2)):
            step(f"kg build, {name}")
            builds[name] = run_child({"what": "build", "files": files, "out": str(tmp / name), "jobs": jobs,
                                      "store": store and f"oxigraph:{tmp / store}"})
        if args.dask:  # the cluster's start (a few seconds) is in the time: `kg build --engine dask` pays it
            step("kg build, oxigraph_dask")
            builds["oxigraph_dask"] = run_child({"what": "build", "files": files, "out": str(tmp / "oxigraph_dask"), "jobs": 1,
                                                 "engine": "dask", "store": f"oxigraph:{tmp / 'oxd'}"})
        step("export and queries")
        export, queries = export_and_queries(tmp / "memory_jobs1", tmp / "ox1", args.runs)
        parallel.append(machine_parallel_speedup())
    result.update(machine_parallel_speedup=parallel, tokens=bare1["tokens"], bare_jobs1=bare1, bare_jobs2=bare2, builds=builds, export=export, queries=queries)
    ratios = {
        "build_to_bare": builds["oxigraph_jobs1"]["seconds"] / bare1["seconds"],
        "build_to_bare_memory": builds["memory_jobs1"]["seconds"] / bare1["seconds"],
        "build_to_bare_cpu": builds["oxigraph_jobs1"]["cpu_seconds"] / bare1["cpu_seconds"],
        "jobs2_speedup": builds["oxigraph_jobs1"]["seconds"] / builds["oxigraph_jobs2"]["seconds"],
        "bare_n_process2_speedup": bare1["seconds"] / bare2["seconds"],
        "peak_rss_mb": max(builds["oxigraph_jobs1"]["peak_rss_mb"], builds["oxigraph_jobs2"]["peak_rss_mb"]),
        **store_ratios(export, queries),
    }
    if "oxigraph_dask" in builds:
        ratios["dask2_speedup"] = builds["oxigraph_jobs1"]["seconds"] / builds["oxigraph_dask"]["seconds"]
    result["ratios"] = ratios
    result["targets_met"] = {k: (ratios[k] >= t if k == "jobs2_speedup" else ratios[k] <= t) for k, t in TARGETS.items()}
    print(report(result))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=1))
    return 0


def report(r: dict) -> str:
    b, ratios = r["builds"], r["ratios"]
    lines = [f"{r['articles']} articles, {r['tokens']} tokens, {r['cpus']} CPUs; two processes of plain Python ran "
             + " and ".join(f"{x:.2f}x" for x in r["machine_parallel_speedup"]) + " as fast as one (start, end)",
             f"{'':28}{'wall s':>9}{'cpu s':>9}{'cores':>7}{'tokens/s':>10}{'peak RSS MB':>13}{'worker MB':>11}"]
    for label, m in [("bare model, 1 process", r["bare_jobs1"]), ("bare model, n_process=2", r["bare_jobs2"]),
                     ("kg build, memory, jobs 1", b["memory_jobs1"]), ("kg build, oxigraph, jobs 1", b["oxigraph_jobs1"]),
                     ("kg build, oxigraph, jobs 2", b["oxigraph_jobs2"]),
                     *([("kg build, oxigraph, dask 2", b["oxigraph_dask"])] if "oxigraph_dask" in b else [])]:
        cores = (m["cpu_seconds"] + m["worker_cpu_seconds"]) / m["seconds"]  # below 2 at jobs 2: the machine was busy
        lines.append(f"{label:28}{m['seconds']:9.1f}{m['cpu_seconds']:9.1f}{cores:7.2f}{r['tokens'] / m['seconds']:10.0f}"
                     f"{m['peak_rss_mb']:13.0f}{m['worker_peak_rss_mb']:11.0f}")
    lines += report_store(r["export"], r["queries"])
    lines += report_ratios(ratios, r["targets_met"])
    return "\n".join(lines)


def report_store(e: dict, queries: dict) -> list[str]:
    """The export and the queries: a few lines and a table."""
    lines = [f"export to Turtle, {e['triples']} triples: rdflib {e['rdflib_seconds']:.2f} s, kg from the Oxigraph store "
             f"{e['oxigraph_store_seconds']:.2f} s; pyoxigraph's own dump of the same store {e['pyoxigraph_store_dump_seconds']:.2f} s, "
             f"of the same triples from memory {e['pyoxigraph_own_seconds']:.2f} s",
             f"the store's {e['snapshot_quads']} quads: a bare scan {e['store_scan_seconds']:.2f} s; kg serve's copy into memory "
             f"{e['snapshot_seconds']:.2f} s (in a process of its own {e['snapshot_child']['seconds']:.2f} s, "
             f"peak RSS {e['snapshot_child']['peak_rss_mb']:.0f} MB)",
             "queries, median ms. disk: the store as `kg query oxigraph:PATH` asks it (raw: Oxigraph's rows; kg: the rows",
             "of its table); served: the in-memory snapshot as `kg serve oxigraph:PATH` answers (raw: rows; kg: SPARQL JSON)",
             f"{'query':24}{'rows':>7}{'rdflib':>9}{'disk raw':>10}{'disk kg':>9}{'served raw':>12}{'served kg':>11}"]
    for bound in (False, True):
        if bound:
            lines.append("bound to their first parameter:")
        for name, q in queries.items():
            q = q.get("bound") if bound else q
            if q:
                lines.append(f"{name:24}{q['rows']:7}{q['rdflib_ms']:9.1f}{q['disk_raw_ms']:10.1f}{q['disk_kg_ms']:9.1f}"
                             f"{q['served_raw_ms']:12.1f}{q['served_kg_ms']:11.1f}" + (f"  {q['params']}" if bound else ""))
    return lines


def report_ratios(ratios: dict, met: dict) -> list[str]:
    lines = []
    for k, v in ratios.items():
        target = TARGETS.get(k)
        verdict = "" if target is None else f"   target {'>=' if k == 'jobs2_speedup' else '<='} {target}: {'met' if met[k] else 'NOT met'}"
        lines.append(f"{k:28}{v:9.2f}{verdict}")
    lines += ["query_ms targets are judged on the served snapshot (kg serve oxigraph:PATH, SPARQL JSON); "
              "*_disk and *_raw are beside them, not judged.",
              "export_to_store_dump: kg's export against pyoxigraph dumping the same store; "
              "export_to_memory_dump: against pyoxigraph dumping the same triples from memory."]
    return lines

if __name__ == "__main__":
    sys.exit(main())
