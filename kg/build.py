"""build: the whole chain, articles in, graph files and a network plot out.

ingest -> extract -> resolve -> rdf, then network -> plot over the RDF graph.

It streams: articles are read lazily, extracted in batches (in ``jobs`` worker
processes when asked), resolved, and every ``batch_size`` articles their
triples go to the store (``kg.store``) and the facts are forgotten; only the
entity index grows with the corpus.
"""
from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path

from . import nlp as kg_nlp
from .atomic import write_atomic
from .errors import InputError
from .formats import FORMATS
from .extract import extract
from .ingest import MAX_CHARS, SUFFIXES, read_articles
from .rdf import DEFAULT_BASE
from .records import Article, ArticleExtraction
from .resolve import Resolver
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
    outputs: list[Path] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"articles: {self.articles} built, {len(self.skipped)} skipped"
               + (f", {self.stored} already in the store" if self.stored else "")]
        for source, reason in self.skipped:
            out.append(f"  skipped {source}: {reason}")
        out.append("entities: " + (", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"))
        out.append("facts: " + (", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())) or "none"))
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
) -> Summary:
    """Build ``out_dir/graph.ttl``, ``provenance.ttl`` and ``collaboration.png`` from articles.

    ``fmt`` picks the RDF syntax (see ``kg.formats.FORMATS``); TriG and N-Quads
    write a single ``graph.trig`` / ``graph.nq`` dataset instead of the two files.
    ``store`` is ``None`` (rdflib graphs in memory) or ``oxigraph:PATH``, a
    persistent store that later builds add to; ``jobs`` worker processes run the
    spaCy pipeline. ``progress(done, about_total)`` hears of each article.
    ``engine="dask"`` extracts on a Dask cluster instead (``kg.dask_engine``): the
    one at ``scheduler``, or a local one of ``jobs`` workers (2 when ``jobs`` is 1).
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
    summary = Summary()
    out_dir = Path(out_dir)

    def skip(source: str, reason: str) -> None:
        if strict:
            raise InputError(f"{source}: {reason}")
        summary.skipped.append((source, reason))

    inputs = list(inputs)
    articles = read_articles(inputs, on_error=skip, on_warning=lambda s, m: summary.warnings.append((s, m)), max_chars=max_chars)
    model = kg_nlp.resolve_model_name(model)  # once: workers get the name, not the search
    nlp = kg_nlp.load(model)  # here even with jobs > 1: a bad model name fails at once, and forked workers inherit it
    nlp.max_length = max(nlp.max_length, max_chars)  # --max-chars is the one limit on length
    total = _about_how_many(inputs) if progress else None
    with open_store(store, base) as graphs:
        summary.store = store
        resolver, touched = Resolver(), set()

        def write_batch() -> None:
            batch = resolver.flush()
            graphs.add(batch)  # one transaction per batch (see kg.store)
            touched.update(batch.entities)
            summary.facts.update(f.relation for f in batch.facts)

        stored = graphs.known_articles()
        graphs.seed(resolver)
        fresh = _unique(articles, skip, stored, summary)
        for extraction in _extractions(model, nlp.max_length, fresh, jobs, skip, engine, scheduler):
            resolver.add(extraction)
            summary.articles += 1
            if summary.articles % batch_size == 0:
                write_batch()
            if progress:
                progress(summary.articles, total)
        if summary.articles == 0 and not summary.stored:
            raise InputError("no article could be read" + _skipped_note(summary.skipped))
        write_batch()

        for key in touched:
            summary.entities.update(resolver.entities[key].kinds)
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
        results = (_extract_chunk(model, max_length, part) for part in parts)
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
            pending.append(pool.submit(_extract_chunk, *args, part))
            if len(pending) >= 4 * jobs:  # enough that a long article does not leave a worker idle
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _extract_chunk(model: str, max_length: int, articles: list[Article]) -> list:
    """The records of a few articles, or ``(article, error)`` for one the pipeline fails on.

    Runs in a worker too, where the model is loaded once and kept.
    """
    nlp = kg_nlp.load(model)
    nlp.max_length = max_length
    try:
        return list(extract(nlp, articles))
    except Exception:  # noqa: BLE001  (one article's bug must not cost the corpus: find it, go on)
        pass
    out = []
    for article in articles:
        try:
            out += extract(nlp, [article])
        except Exception as exc:  # noqa: BLE001
            out.append((article, f"{type(exc).__name__}: {exc}"))
    return out


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
