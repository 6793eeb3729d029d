"""build: the whole chain, articles in, graph files and a network plot out.

ingest -> extract -> resolve -> rdf, then network -> plot over the RDF graph.

It streams: articles are read lazily, extracted in batches (in ``jobs`` worker
processes when asked), resolved, and every ``batch_size`` articles their
triples go to the store (``kg.store``) and the facts are forgotten; only the
entity index grows with the corpus.
"""
from __future__ import annotations

import gc
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path

from . import nlp as kg_nlp
from .atomic import write_atomic
from .errors import InputError
from .formats import FORMATS
from .chunks import extract_chunk
from .ingest import MAX_CHARS, SUFFIXES, read_articles
from .rdf import DEFAULT_BASE
from .records import Article, ArticleExtraction
from .curate import parse_aliases, read_aliases
from .resolve import Resolver
from .resolve.identity import resolve_identity
from .resolve.rewrite import plan
from .store import open_store, store_path

__all__ = ["Summary", "build"]


@dataclass
class Summary:
    articles: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    stored: int = 0  # articles already in the store, not read again
    store: str | None = None
    warnings: list[tuple[str, str]] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    identity: str | None = None  # what cross-document identity did, for the summary
    outputs: list[Path] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"articles: {self.articles} built, {len(self.skipped)} skipped"
               + (f", {self.stored} already in the store" if self.stored else "")]
        for source, reason in self.skipped:
            out.append(f"  skipped {source}: {reason}")
        out.append("entities: " + (", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"))
        out.append("facts: " + (", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())) or "none"))
        if self.identity:
            out.append(self.identity)
        if self.store:
            out.append(f"stored in {self.store}")
        out += [f"wrote {p}" for p in self.outputs]
        return out


def build(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    model: str | None = None,
    base: str = DEFAULT_BASE,
    strict: bool = False,
    plot: bool = True,
    progress: Callable[[int, int | None], None] | None = None,
    fmt: str = "turtle",
    store: str | None = None,
    jobs: int = 1,
    batch_size: int = 256,
    max_chars: int = MAX_CHARS,
    engine: str = "local",
    scheduler: str | None = None,
    aliases: str | Path | None = None,
) -> Summary:
    """Build ``out_dir/graph.ttl``, ``provenance.ttl`` and ``collaboration.png`` from articles.

    ``fmt`` picks the RDF syntax (see ``kg.formats.FORMATS``); TriG and N-Quads
    write a single ``graph.trig`` / ``graph.nq`` dataset instead of the two files.
    ``store`` is ``None`` (rdflib graphs in memory) or ``oxigraph:PATH``, a
    persistent store that later builds add to; ``jobs`` worker processes run the
    spaCy pipeline. ``progress(done, about_total)`` hears of each article.
    ``engine="dask"`` extracts on a Dask cluster instead (``kg.dask_engine``): the
    one at ``scheduler``, or a local one of ``jobs`` workers (2 when ``jobs`` is 1).
    ``aliases`` is an analyst's aliases file (``kg.curate``); a store keeps the last
    one given and applies it to later builds. With a store, ``inputs`` may be empty:
    the build then only decides identities again (after a new aliases file).
    """
    if fmt not in FORMATS:  # before the slow part
        raise InputError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    if jobs < 1 or batch_size < 1:
        raise InputError("--jobs and the batch size must be at least 1")
    if engine not in ("local", "dask"):
        raise InputError(f"--engine {engine!r}: use local or dask")
    if scheduler and engine != "dask":
        raise InputError("--scheduler needs --engine dask")
    if scheduler and jobs > 1:
        raise InputError("--jobs sets the local workers; a Dask cluster given with --scheduler has its own")
    store_path(store)  # a malformed --store fails here, not after the model is loaded
    curation = read_aliases(aliases) if aliases is not None else None  # a bad file fails before the slow part
    inputs = list(inputs)
    if not inputs and not store:
        raise InputError("no articles given (without articles, a build only applies --aliases to a --store)")
    summary = Summary()
    out_dir = Path(out_dir)

    def skip(source: str, reason: str) -> None:
        if strict:
            raise InputError(f"{source}: {reason}")
        summary.skipped.append((source, reason))

    articles = read_articles(inputs, on_error=skip, on_warning=lambda s, m: summary.warnings.append((s, m)), max_chars=max_chars)
    model = kg_nlp.resolve_model_name(model)  # once: workers get the name, not the search
    nlp = kg_nlp.load(model)  # here even with jobs > 1: a bad model name fails at once, and forked workers inherit it
    nlp.max_length = max(nlp.max_length, max_chars)  # --max-chars is the one limit on length
    total = _about_how_many(inputs) if progress else None
    with open_store(store, base) as graphs:
        summary.store = store
        resolver, built = Resolver(), set()

        def write_batch() -> None:
            batch = resolver.flush()
            graphs.add(batch)  # one transaction per batch (see kg.store)
            built.update(r.article for r in batch.records)

        stored = graphs.known_articles()
        fresh = _unique(articles, skip, stored, summary)
        for extraction in _extractions(model, nlp.max_length, fresh, jobs, skip, engine, scheduler):
            resolver.add(extraction)
            summary.articles += 1
            if summary.articles % batch_size == 0:
                write_batch()
            if progress:
                progress(summary.articles, total)
        if summary.articles == 0 and not summary.stored and inputs:
            raise InputError("no article could be read" + _skipped_note(summary.skipped))
        write_batch()
        _identify(graphs, curation, base, built, summary)
        written, removed = graphs.export(out_dir, fmt)
        summary.outputs += written
        summary.warnings += [(str(p), "removed: a graph file of an earlier build in another format") for p in removed]
        domain = graphs.domain_graph() if plot else None
    if plot:
        from .network import collaboration, from_rdf
        from .plot import save_plot

        net = collaboration(from_rdf(domain))
        target = out_dir / "collaboration.png"
        write_atomic(target, lambda tmp: save_plot(net, tmp, color_by="community"))  # one kind: colour the groups
        summary.outputs.append(target)
    return summary


def _identify(graphs, curation, base: str, built: set[str], summary: Summary) -> None:
    """Decide the corpus's identities over every record in the store, and rewrite the store to match.

    What this build's articles name is counted in the summary, as the graph now has it.
    """
    start = time.perf_counter()
    with _no_cycle_collection():
        state = graphs.identity_state()
        if curation is None:
            curation = parse_aliases(state.aliases, "the aliases kept in the store")
        identity = resolve_identity(state.records.values(), curation)
        patch = plan(state, identity, curation.text, base, graphs.descriptions)
        graphs.apply(patch)
    seconds = time.perf_counter() - start
    mentioned = set()
    for article in built:
        record = state.records[article]
        keys = [identity.of(article, o.key) for o in record.occurrences]
        mentioned.update(k for k in keys if k)
        summary.facts.update(f.relation for f in record.facts
                             if keys[f.subject] and (isinstance(f.object, str) or keys[f.object]))
    for key in mentioned:
        summary.entities.update(identity.entities[key].kinds)
    names = sum(1 for r in state.records.values() for _ in r.occurrences)
    summary.identity = (f"identity: {len(identity.entities):,} entities in the store; of {names:,} names read, "
                        f"{sum(1 for t in identity.mapping.values() if t is None):,} named no entity and "
                        f"{sum(1 for t in identity.mapping.values() if t is not None):,} joined another's entity "
                        f"({seconds:.1f} s)")


@contextmanager
def _no_cycle_collection():
    """Python's cycle collector paused: the identity step makes millions of small objects (the records,
    the names, the patch's triples) that live until it ends, and the collector walked them again and
    again, finding next to nothing to free (1.3 to 2.7 s of a 5 to 7 s step on the whole BBC corpus).
    What cycles the step leaves are freed by the next collection after it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _skipped_note(skipped: list[tuple[str, str]]) -> str:
    """What was skipped, for a one-line error: the file and the reason, or how many and the first."""
    if len(skipped) == 1:
        return ": {}: {}".format(*skipped[0])
    return f": {len(skipped)} skipped, the first {skipped[0][0]}: {skipped[0][1]}" if skipped else ""


def _unique(articles, skip, stored: set[str] = frozenset(), summary: Summary | None = None):
    """Each article once: the same text twice (same content id) is built once, one already stored not again."""
    seen: dict[str, str] = {}  # id -> where it was first read
    for article in articles:
        if article.id in stored:
            summary.stored += 1
            continue
        if article.id in seen:
            skip(article.source or article.id, f"duplicate of {seen[article.id]}")
            continue
        seen[article.id] = article.source or article.id
        yield article


def _extractions(model: str, max_length: int, articles: Iterable[Article], jobs: int,
                 skip: Callable[[str, str], None], engine: str = "local",
                 scheduler: str | None = None) -> Iterator[ArticleExtraction]:
    """Extractions in article order, from ``jobs`` worker processes when ``jobs > 1``.

    Not spaCy's own ``n_process``: that ships every Doc back with ``Doc.to_bytes``,
    which cannot carry kg's Doc extensions (the coref clusters and facts are Python
    objects). Each worker here returns plain records instead, which pickle and are
    small. At most ``4 * jobs`` chunks are in flight, so the corpus is never all in
    memory, and results come back in order, so the graph is the same for any ``jobs``.
    An article the pipeline fails on is skipped (and reported), not the whole build.
    """
    chunk = 32 if jobs == 1 and engine == "local" else 16  # 32: extract()'s own batch; smaller keeps two workers evenly fed
    parts = iter(lambda: list(islice(articles, chunk)), [])
    if engine == "dask":  # a sibling of _in_workers, on a Dask cluster
        from .dask_engine import in_dask

        results = in_dask(parts, model, max_length, scheduler, jobs if jobs > 1 else 2)
    elif jobs == 1:
        results = (extract_chunk(model, max_length, part) for part in parts)
    else:
        results = _in_workers(jobs, parts, model, max_length)
    for result in results:
        for item in result:
            if isinstance(item, ArticleExtraction):
                yield item
            else:
                article, error = item
                skip(article.source or article.id, f"extraction failed: {error}")


def _in_workers(jobs: int, parts, *args) -> Iterator[list]:
    pool = ProcessPoolExecutor(jobs)  # the platform's start method: fork on Linux shares the loaded model
    try:
        pending: deque = deque()
        for part in parts:
            pending.append(pool.submit(extract_chunk, *args, part))
            if len(pending) >= 4 * jobs:  # enough that a long article does not leave a worker idle
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _about_how_many(inputs: list) -> int:
    """Roughly how many articles the inputs hold, for a progress bar's ETA: the files, or the lines of ``.jsonl``."""
    count = 0
    for path in map(Path, inputs):
        files = (f for f in path.rglob("*") if f.suffix.lower() in SUFFIXES and f.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix.lower() == ".jsonl":
                with open(f, "rb") as fh:
                    count += sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b""))
            else:
                count += 1
    return count
