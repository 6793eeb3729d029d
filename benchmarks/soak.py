"""Soak test: the BBC corpus plus broken copies of its files through the real ``kg build``.

    python benchmarks/soak.py [CORPUS] --limit 300

Copies ``--limit`` articles of the corpus (default: all) to a temporary
directory, writes mutated variants of some of them beside the copies
(truncated, re-encoded to cp1252 and UTF-16, binary bytes spliced in, control
characters injected, duplicated, emptied, letters scrambled into a language
that is not English, too long, wrapped as HTML, packed into a jsonl file with
a malformed line), runs ``kg build`` and ``kg validate`` on them as
subprocesses, and checks that:

* nothing crashed: no traceback on stderr, every stderr line is one of kg's
  (``kg: warning: ...``, ``kg: error: ...``, progress), exit code 0 (an
  article the extractor fails on is skipped and listed: a bug, not a crash);
* nothing was lost silently: built + skipped is the number of articles given;
* every mutant that cannot be built is reported as skipped;
* the graph conforms to kg's shapes (``kg validate`` exits 0).

It prints a report and exits 0 when all checks pass, 1 otherwise. The corpus
stays where it is; its text is copied only into the temporary directory.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc"
KG = [sys.executable, "-m", "kg.cli"]
MAX_CHARS = 100_000  # kg build's default --max-chars


def _truncated(rng, data):
    return data[: rng.randrange(1, len(data))]  # may cut a UTF-8 character in two


def _cp1252(rng, data):
    return data.decode("utf-8").encode("cp1252", "replace")


def _utf16(rng, data):
    return data.decode("utf-8").encode("utf-16")


def _spliced(rng, data):
    at = rng.randrange(len(data))
    return data[:at] + rng.randbytes(rng.randrange(64, 512)) + data[at:]


def _controls(rng, data):
    text = list(data.decode("utf-8"))
    for _ in range(20):
        text.insert(rng.randrange(len(text)), chr(rng.choice([*range(0, 9), 11, 12, *range(14, 32), 127, *range(128, 160)])))
    return "".join(text).encode("utf-8")


def _duplicate(rng, data):
    return data


def _emptied(rng, data):
    return rng.choice([b"", b"\n", b"   \n\n\t"])


def _scrambled(rng, data):
    """Each word's first letter moved to its end ("the" -> "het"): no English is left, so kg should skip it."""
    return re.sub(r"([^\W\d_])([^\W\d_]+)", r"\2\1", data.decode("utf-8")).encode("utf-8")


def _too_long(rng, data):
    return data * (MAX_CHARS // len(data) + 2)


def _html(rng, data):
    title, _, body = data.decode("utf-8").partition("\n")
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n") if p.strip())
    page = f"<!DOCTYPE html><html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>" \
           f"<article><h1>{title}</h1>\n{paragraphs}</article><footer>Footer</footer></body></html>"
    return page.encode("utf-8")


# name -> (function, suffix, what kg must do with it: None (build or skip, as it finds),
# "skipped", or "duplicate", which also proves the text was decoded exactly).
MUTATIONS = {
    "truncated": (_truncated, ".txt", None),
    "cp1252": (_cp1252, ".txt", "duplicate"),  # unless the text has characters cp1252 lacks
    "utf16": (_utf16, ".txt", "duplicate"),
    "spliced": (_spliced, ".txt", None),
    "controls": (_controls, ".txt", None),
    "duplicate": (_duplicate, ".txt", "duplicate"),
    "emptied": (_emptied, ".txt", "skipped"),
    "scrambled": (_scrambled, ".txt", "skipped"),
    "too_long": (_too_long, ".txt", "skipped"),
    "html": (_html, ".html", None),
}


def prepare(corpus: Path, work: Path, limit: int | None, per_kind: int, seed: int) -> dict:
    """Write the articles and their mutants under ``work``; return what was written."""
    files = sorted(corpus.rglob("*.txt"))
    files = [f for f in files if f.name.upper() != "README.TXT"]
    if not files:
        raise SystemExit(f"soak: no .txt files under {corpus}")
    rng = random.Random(seed)
    if limit is not None and limit < len(files):
        files = sorted(rng.sample(files, limit))
    original, mutated = work / "original", work / "mutated"
    for f in files:
        target = original / f.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(f, target)
    mutated.mkdir(parents=True)
    mutants = []
    for kind, (mutate, suffix, expect) in MUTATIONS.items():
        for i, f in enumerate(rng.sample(files, min(per_kind, len(files)))):
            name = f"{kind}-{i:03}-{f.parent.name}-{f.stem}{suffix}"
            data = f.read_bytes()
            (mutated / name).write_bytes(mutate(rng, data))
            if kind == "cp1252" and _cp1252(rng, data).decode("cp1252") != data.decode("utf-8"):
                expect = None
            mutants.append((kind, str(mutated / name), expect))
    # A jsonl file of a few articles with one malformed line: reported as file:line.
    lines = [json.dumps({"id": f"soak-{i}", "text": f.read_text(encoding="utf-8")}) for i, f in enumerate(rng.sample(files, min(5, len(files))))]
    bad = len(lines) // 2
    lines.insert(bad, '{"text": "a line cut short')
    (mutated / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {"articles": len(files) + len(mutants) + len(lines), "originals": len(files), "mutants": mutants,
            "malformed": f"{mutated / 'batch.jsonl'}:{bad + 1}", "inputs": [original, mutated]}


def run(args: list, timeout: float) -> tuple[subprocess.CompletedProcess, float]:
    start = time.monotonic()
    result = subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    return result, time.monotonic() - start


def strange_stderr(stderr: str) -> list[str]:
    """stderr lines that are not kg's own one-line messages (a traceback, a library's warning)."""
    return [line for line in stderr.splitlines() if line.strip() and not line.startswith("kg: ")]


def soak(corpus: Path, limit: int | None, per_kind: int, seed: int, jobs: int, keep: Path | None, timeout: float) -> bool:
    work = Path(tempfile.mkdtemp(prefix="kg-soak-")) if keep is None else keep
    ok = True

    def check(passed: bool, message: str) -> None:
        nonlocal ok
        ok &= passed
        print(("ok    " if passed else "FAIL  ") + message)

    try:
        given = prepare(corpus, work / "in", limit, per_kind, seed)
        print(f"soak: {given['originals']} articles of {corpus} and {len(given['mutants'])} mutants "
              f"({', '.join(MUTATIONS)}) plus a jsonl file, in {work}")
        build, seconds = run(["build", *given["inputs"], "--out", work / "out", "--no-plot", "--jobs", jobs], timeout)
        print(f"kg build: exit {build.returncode} after {seconds:.0f} s")
        check("Traceback" not in build.stderr and not strange_stderr(build.stderr),
              "no traceback, only kg's own messages on stderr" + "".join(f"\n      {line}" for line in strange_stderr(build.stderr)[:20]))
        check(build.returncode == 0, f"exit code 0 ({build.stderr.strip().splitlines()[-1:] if build.returncode else 'built'})")
        if build.returncode != 0:
            return False
        match = re.search(r"articles: (\d+) built, (\d+) skipped", build.stdout)
        built, skipped = int(match.group(1)), int(match.group(2))
        reasons = Counter(re.match(r"duplicate|[^:(]*", line.split(": ", 1)[1]).group(0).strip()
                          for line in build.stdout.splitlines() if line.startswith("  skipped "))
        warnings = Counter(re.sub(r"\d[\d,]*", "N", line.split(": ", 3)[-1])
                           for line in build.stderr.splitlines() if line.startswith("kg: warning: "))
        print(f"built {built}, skipped {skipped}: " + ", ".join(f"{n} {r}" for r, n in reasons.most_common()))
        print("warnings: " + (", ".join(f"{n} {w}" for w, n in warnings.most_common()) or "none"))
        check(built + skipped == given["articles"], f"built + skipped = {built + skipped}, the {given['articles']} articles given")
        skipped_why = dict(line.removeprefix("  skipped ").split(": ", 1) for line in build.stdout.splitlines()
                           if line.startswith("  skipped "))
        wrong = [(kind, path, expect, skipped_why.get(path, "built")) for kind, path, expect in given["mutants"]
                 if expect == "skipped" and path not in skipped_why
                 or expect == "duplicate" and not skipped_why.get(path, "").startswith("duplicate of")]
        check(not wrong, "every mutant that cannot be built is reported as skipped, and re-encoded copies as duplicates"
              + "".join(f"\n      {kind} {path}: expected {expect}, got {got}" for kind, path, expect, got in wrong[:20]))
        check(given["malformed"] in skipped_why, f"the malformed jsonl line is reported as {given['malformed']}")
        failed = {source: why for source, why in skipped_why.items() if why.startswith("extraction failed")}
        print(f"extraction failures (a bug in kg, but skipped cleanly): {len(failed)}"
              + "".join(f"\n      {source}: {why}" for source, why in failed.items()))
        originals = {source: why for source, why in skipped_why.items() if "/original/" in source and source not in failed}
        print(f"corpus articles skipped: {len(originals)} (its own duplicates, say)"
              + "".join(f"\n      {source}: {why}" for source, why in list(originals.items())[:10]))
        validate, seconds = run(["validate", work / "out"], timeout)
        print(f"kg validate: exit {validate.returncode} after {seconds:.0f} s")
        conforms = validate.returncode == 0 and "Traceback" not in validate.stderr
        check(conforms, "the graph conforms to kg's shapes"
              + ("" if conforms else "".join(f"\n      {line}" for line in (validate.stdout + validate.stderr).splitlines()[:20])))
        return ok
    finally:
        if keep is None:
            shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="articles of the corpus to use (default: all)")
    parser.add_argument("--per-kind", type=int, default=None, help="mutants of each kind (default: limit / 20, at least 3)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--jobs", type=int, default=1, help="kg build --jobs")
    parser.add_argument("--keep", type=Path, default=None, help="work in this (new) directory and keep it")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds each kg command may take")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"soak: no corpus at {args.corpus}")
    per_kind = args.per_kind if args.per_kind is not None else max(3, (args.limit or 2225) // 20)
    ok = soak(args.corpus, args.limit, per_kind, args.seed, args.jobs, args.keep, args.timeout)
    print("soak: passed" if ok else "soak: FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
