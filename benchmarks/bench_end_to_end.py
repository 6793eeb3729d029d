"""kg build end to end against the bare spaCy model, as a user runs them.

    python benchmarks/bench_end_to_end.py [--per-category 250] [--runs 3]

Both sides are whole processes, timed from start to exit: ``kg build`` over the
first N articles of BBC business and the first N of BBC politics (process start,
model load, extraction, resolution, RDF, the default outputs: graph, provenance
and the collaboration picture), and a process that loads the same model and runs
its full ``nlp.pipe`` over the same texts. The ratio of the medians is the figure
(target: at most 1.25); the machine is shared, so the CPU seconds are printed too.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BBC = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "bbc"

BARE = """
import sys, spacy
from kg import nlp as kg_nlp
texts = [open(p, encoding="utf-8", errors="replace").read() for p in sys.argv[1:]]
nlp = spacy.load(kg_nlp.resolve_model_name())
for _ in nlp.pipe(texts):
    pass
"""


def _timed(cmd: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system, children included) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-category", type=int, default=250)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not BBC.is_dir():
        print(f"no BBC corpus at {BBC}", file=sys.stderr)
        return 1
    files = [p for cat in ("business", "politics") for p in sorted((BBC / cat).glob("*.txt"))[: args.per_category]]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for p in files:
            shutil.copy(p, corpus / f"{p.parent.name}_{p.name}")
        kg = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(Path(tmp) / "out")]
        bare = [sys.executable, "-c", BARE, *map(str, sorted(corpus.iterdir()))]
        runs = {"kg build": [], "bare nlp.pipe": []}
        for _ in range(args.runs):  # interleaved, so that load on the machine falls on both alike
            shutil.rmtree(Path(tmp) / "out", ignore_errors=True)
            runs["kg build"].append(_timed(kg))
            runs["bare nlp.pipe"].append(_timed(bare))
    for name, times in runs.items():
        print(f"{name:14}  wall {statistics.median(t[0] for t in times):6.1f} s   cpu {statistics.median(t[1] for t in times):6.1f} s")
    wall = statistics.median(t[0] for t in runs["kg build"]) / statistics.median(t[0] for t in runs["bare nlp.pipe"])
    cpu = statistics.median(t[1] for t in runs["kg build"]) / statistics.median(t[1] for t in runs["bare nlp.pipe"])
    print(f"{len(files)} articles: kg build / bare model = {wall:.2f} (wall), {cpu:.2f} (cpu); target <= 1.25")
    return 0


if __name__ == "__main__":
    sys.exit(main())
