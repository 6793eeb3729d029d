"""build: the whole chain, articles in, graph files and a network plot out.

ingest -> extract -> resolve -> rdf, then network -> plot over the RDF graph.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from . import nlp as kg_nlp
from .atomic import write_atomic
from .errors import InputError
from .formats import FORMATS, write as write_graphs
from .extract import extract
from .ingest import read_articles
from .rdf import DEFAULT_BASE, build as build_graphs
from .resolve import Resolver

__all__ = ["Summary", "build"]


@dataclass
class Summary:
    articles: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    entities: Counter = field(default_factory=Counter)
    facts: Counter = field(default_factory=Counter)
    outputs: list[Path] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"articles: {self.articles} built, {len(self.skipped)} skipped"]
        for source, reason in self.skipped:
            out.append(f"  skipped {source}: {reason}")
        out.append("entities: " + (", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"))
        out.append("facts: " + (", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())) or "none"))
        out += [f"wrote {p}" for p in self.outputs]
        return out


def build(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    model: str | None = None,
    base: str = DEFAULT_BASE,
    strict: bool = False,
    plot: bool = True,
    progress: Callable[[int], None] | None = None,
    fmt: str = "turtle",
) -> Summary:
    """Build ``out_dir/graph.ttl``, ``provenance.ttl`` and ``collaboration.png`` from articles.

    ``fmt`` picks the RDF syntax (see ``kg.formats.FORMATS``); TriG and N-Quads
    write a single ``graph.trig`` / ``graph.nq`` dataset instead of the two files.
    """
    if fmt not in FORMATS:  # before the slow part
        raise InputError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    summary = Summary()
    out_dir = Path(out_dir)

    def skip(source: str, reason: str) -> None:
        if strict:
            raise InputError(f"{source}: {reason}")
        summary.skipped.append((source, reason))

    articles = _unique(read_articles(list(inputs), on_error=skip, on_warning=lambda s, m: summary.warnings.append((s, m))), skip)
    nlp = kg_nlp.load(model)
    resolver = Resolver()
    for extraction in extract(nlp, articles):
        resolver.add(extraction)
        summary.articles += 1
        if progress:
            progress(summary.articles)
    if summary.articles == 0:
        raise InputError("no article could be read" + (f" ({len(summary.skipped)} skipped)" if summary.skipped else ""))

    domain, provenance = build_graphs(resolver, base)
    for entity in resolver.entities.values():
        for kind in entity.kinds:
            summary.entities[kind] += 1
    for fact in resolver.facts:
        summary.facts[fact.relation] += 1
    written, removed = write_graphs(domain, provenance, out_dir, fmt, base)
    summary.outputs += written
    summary.warnings += [(str(p), "removed: a graph file of an earlier build in another format") for p in removed]
    if plot:
        from .network import collaboration, from_rdf
        from .plot import save_plot

        net = collaboration(from_rdf(domain))
        target = out_dir / "collaboration.png"
        write_atomic(target, lambda tmp: save_plot(net, tmp, color_by="community"))  # one kind: colour the groups
        summary.outputs.append(target)
    return summary


def _unique(articles, skip):
    """Each article once: the same text twice (same content id) is built once."""
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            skip(article.source or article.id, "duplicate of an article already read")
            continue
        seen.add(article.id)
        yield article
