"""Cross-document identity's share of a kg build (issue 15: under 5% of a whole-BBC build).

    python benchmarks/bench_identity.py [INPUT ...] [--jobs 2] [--store memory|oxigraph] [--runs 2] [--save DIR]
    python benchmarks/bench_identity.py --replay DIR [--store memory|oxigraph] [--runs 3] [--profile]

Build mode: each run is a fresh process running ``kg build`` over the inputs
(default: the whole BBC corpus, 2,225 articles), the picture included as the
command draws it, with the identity step (``kg.build._identify``) timed and
cut into its parts: reading the store's records (``identity_state``),
deciding (``resolve_identity``), planning the patch (``plan``, of which
reading the entities' current names, ``descriptions``) and applying it
(``apply``). The figure is the identity step over the whole build, as a ratio.

``--save DIR`` keeps what the identity step of the last run started from (the
store's quads with the articles' records, as N-Quads). ``--replay DIR`` then
times the identity step alone on it, in either kind of store, without
extracting anything: quick to compare a change on; ``--profile`` says where
its time goes. The machine is shared: run more than once, and compare ratios.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

BBC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc"
TARGET = 0.05  # issue 15: identity under 5% of the build
PARTS = ("identity_state", "resolve_identity", "plan", "descriptions", "apply")


def _instrument(store_class) -> dict[str, float]:
    """Wrap the identity step and its parts with timers; the seconds go to the returned dict."""
    import kg.build as kg_build

    seconds: dict[str, float] = defaultdict(float)

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            start, cpu = time.perf_counter(), time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                seconds[name] += time.perf_counter() - start
                seconds[name + "_cpu"] += time.process_time() - cpu  # beside the wall clock: the machine is shared
        return wrapper

    kg_build._identify = timed("identity", kg_build._identify)
    kg_build.resolve_identity = timed("resolve_identity", kg_build.resolve_identity)
    kg_build.plan = timed("plan", kg_build.plan)
    for name in ("identity_state", "descriptions", "apply"):
        setattr(store_class, name, timed(name, getattr(store_class, name)))
    return seconds


def _store_class(kind: str):
    from kg.store import MemoryStore, OxigraphStore

    return OxigraphStore if kind == "oxigraph" else MemoryStore


def save_state(graphs, target: Path) -> None:
    """The store as the identity step finds it, as N-Quads: domain, evidence, and the records in the identity graph."""
    from pyoxigraph import RdfFormat, Store

    from kg.store import MemoryStore, OxigraphStore, _Converter
    from kg.resolve.rewrite import RECORD

    target.mkdir(parents=True, exist_ok=True)
    if isinstance(graphs, OxigraphStore):
        graphs.store.dump(str(target / "store.nq"), RdfFormat.N_QUADS)
        return
    assert isinstance(graphs, MemoryStore)
    from pyoxigraph import NamedNode, Literal as OxLiteral, Quad

    from kg import rdf
    from kg.resolve.rewrite import identity_graph

    ox, memory = _Converter(), Store()
    evidence, identity = NamedNode(str(rdf.provenance_graph(graphs.base))), NamedNode(str(identity_graph(graphs.base)))
    memory.extend(Quad(ox(s), ox(p), ox(o)) for s, p, o in graphs.domain)
    memory.extend(Quad(ox(s), ox(p), ox(o), evidence) for s, p, o in graphs.provenance)
    memory.extend(Quad(ox(rdf.iri(graphs.base, "article/" + a)), ox(RECORD), OxLiteral(r.to_json()), identity)
                  for a, r in graphs.identity.records.items())
    memory.dump(str(target / "store.nq"), RdfFormat.N_QUADS)


def load_state(saved: Path, kind: str, tmp: Path):
    """A store holding what ``save_state`` kept: an Oxigraph store in ``tmp``, or a memory store."""
    from pyoxigraph import DefaultGraph, RdfFormat, Store

    from kg.resolve.record import ArticleRecord
    from kg.resolve.rewrite import RECORD
    from kg.store import MemoryStore, OxigraphStore, _rdflib

    if kind == "oxigraph":
        store = Store(str(tmp / "store"))
        store.bulk_load(path=str(saved / "store.nq"), format=RdfFormat.N_QUADS)
        del store
        return OxigraphStore(tmp / "store")
    loaded, graphs = Store(), MemoryStore()
    loaded.bulk_load(path=str(saved / "store.nq"), format=RdfFormat.N_QUADS)
    terms: dict = {}

    def term(t):
        made = terms.get(t)
        if made is None:
            made = terms[t] = _rdflib(t)
        return made

    for q in loaded:
        if q.predicate.value == str(RECORD):
            record = ArticleRecord.from_json(q.object.value)
            graphs.identity.records[record.article] = record
            continue
        into = graphs.domain if q.graph_name == DefaultGraph() else graphs.provenance
        into.add((term(q.subject), term(q.predicate), term(q.object)))
    return graphs


def child(spec: dict) -> dict:
    """One build (or one replayed identity step) in this fresh process."""
    import kg.build as kg_build

    seconds = _instrument(_store_class(spec["store"]))
    if spec.get("replay"):
        import kg.extract.lexicon  # noqa: F401  (a build has it loaded with the model: 0.7 s not to count)
        from kg.build import Summary

        with tempfile.TemporaryDirectory() as tmp:
            graphs = load_state(Path(spec["replay"]), spec["store"], Path(tmp))
            with graphs:
                built = set(graphs.identity_state().records)  # as a first build of them all counts them
                seconds.clear()
                profile = None
                if spec.get("profile"):
                    import cProfile

                    profile = cProfile.Profile()
                    profile.enable()
                summary = Summary()
                kg_build._identify(graphs, None, graphs.base, built, summary)
                if profile:
                    import pstats

                    profile.disable()
                    pstats.Stats(profile, stream=sys.stderr).sort_stats(spec.get("sort", "cumulative")).print_stats(45)
                if spec.get("out"):
                    graphs.export(Path(spec["out"]), "turtle")
        return {"seconds": dict(seconds), "summary": summary.identity}
    if spec.get("save"):
        real = kg_build._identify

        def saving(graphs, *args):
            start = time.perf_counter()
            save_state(graphs, Path(spec["save"]))
            seconds["save"] += time.perf_counter() - start
            return real(graphs, *args)

        kg_build._identify = saving  # the save is outside the step's timer, which wraps ``real``
    with tempfile.TemporaryDirectory() as tmp:
        store = f"oxigraph:{tmp}/store" if spec["store"] == "oxigraph" else None
        start = time.perf_counter()
        summary = kg_build.build(spec["inputs"], spec.get("out") or Path(tmp) / "out", store=store, jobs=spec["jobs"])
        build_seconds = time.perf_counter() - start
    if spec.get("save"):
        build_seconds -= seconds.pop("save", 0.0)
    return {"build": build_seconds, "seconds": dict(seconds), "summary": summary.identity, "kg": kg_build.__file__}


def run_child(spec: dict) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", json.dumps(spec)], capture_output=True, text=True)
    sys.stderr.write(done.stderr if spec.get("profile") else "")
    if done.returncode != 0:
        raise SystemExit(f"bench_identity: a run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def _parts(seconds: dict) -> str:
    return f"cpu {seconds['identity_cpu']:.2f}; " + ", ".join(f"{p} {seconds.get(p, 0.0):.2f}" for p in PARTS)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", help=f"articles (default: {BBC})")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--store", choices=("memory", "oxigraph"), default="memory")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--save", help="keep what the identity step of the last run starts from, for --replay")
    ap.add_argument("--replay", help="time the identity step alone on a state kept with --save")
    ap.add_argument("--profile", action="store_true", help="with --replay: cProfile of the identity step")
    ap.add_argument("--sort", default="cumulative", help="with --profile: the order of cProfile's table (tottime, ...)")
    ap.add_argument("--out", help="write the (last run's) graph here")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(json.loads(args.child))))
        return 0
    if args.replay:
        out = str(Path(args.out).resolve()) if args.out else None
        runs = [run_child({"replay": str(Path(args.replay).resolve()), "store": args.store, "profile": args.profile,
                           "sort": args.sort, "out": out}) for _ in range(args.runs)]
        for r in runs:
            print(f"identity {r['seconds']['identity']:.2f} s ({_parts(r['seconds'])})")
        print(f"{args.store} store, median identity step {statistics.median(r['seconds']['identity'] for r in runs):.2f} s")
        print(runs[-1]["summary"])
        return 0
    inputs = [str(Path(i).resolve()) for i in args.inputs] or [str(BBC)]
    runs = []
    for i in range(args.runs):
        last = i == args.runs - 1
        save = str(Path(args.save).resolve()) if args.save and last else None
        out = str(Path(args.out).resolve()) if args.out and last else None
        r = run_child({"inputs": inputs, "store": args.store, "jobs": args.jobs, "save": save, "out": out})
        s = r["seconds"]
        print(f"build {r['build']:.1f} s, identity {s['identity']:.2f} s = {s['identity'] / r['build']:.3f} "
              f"({_parts(s)})", flush=True)
        runs.append(r)
    share = statistics.median(r["seconds"]["identity"] / r["build"] for r in runs)
    print(f"{args.store} store, --jobs {args.jobs}: identity / build = {share:.3f} (median of {len(runs)}; "
          f"target < {TARGET}; {Path(runs[-1]['kg']).parent})")
    print(runs[-1]["summary"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
