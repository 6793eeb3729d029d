"""Throughput of kg build against the bare spaCy model over the same texts.

    python benchmarks/bench_build.py [CORPUS_DIR] [--limit N] [--json out.json]

Prints seconds for (a) the bare ``nlp.pipe`` of the model kg uses, (b) kg's
whole chain (ingest, extraction, resolution, RDF, no plot) and their ratio.
Timings on a shared machine are noisy: compare ratios, not seconds.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import spacy

from kg import nlp as kg_nlp
from kg.build import build
from kg.ingest import read_articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc"))
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--json", dest="json_out")
    args = ap.parse_args()
    if not Path(args.corpus).exists():
        print(f"bench: corpus {args.corpus} not found", file=sys.stderr)
        return 2
    files = sorted(Path(args.corpus).rglob("*.txt"))[: args.limit]
    texts = [a.text for a in read_articles(files)]
    tokens = 0

    bare = spacy.load(kg_nlp.resolve_model_name())
    start = time.perf_counter()
    for doc in bare.pipe(texts, batch_size=32):
        tokens += len(doc)
    t_bare = time.perf_counter() - start

    kg_nlp.load()  # loading is not what we measure
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        build(files, out, plot=False)
        t_kg = time.perf_counter() - start

    result = {
        "articles": len(texts), "tokens": tokens,
        "bare_seconds": round(t_bare, 2), "kg_build_seconds": round(t_kg, 2),
        "ratio_kg_to_bare": round(t_kg / t_bare, 2), "tokens_per_second_kg": round(tokens / t_kg),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(result, indent=1))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
