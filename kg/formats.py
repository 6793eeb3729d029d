"""formats: the graphs on disk in one of five RDF syntaxes, and the table to read them back.

Triple syntaxes (Turtle, N-Triples, JSON-LD) get two files, ``graph.*`` and
``provenance.*``; dataset syntaxes (TriG, N-Quads) get one ``graph.*`` file with
a named graph per article and one for the evidence (see ``kg.rdf.dataset``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from .atomic import write_all_atomic
from .errors import InputError
from .rdf import DEFAULT_BASE, dataset
from .vocab import KG_NS, PROV, SDO, XSD

__all__ = ["FORMATS", "JSONLD_CONTEXT", "GRAPH_FILES", "write", "remove_stale", "rdflib_format", "is_dataset_file"]


@dataclass(frozen=True)
class Format:
    extension: str
    rdflib_name: str
    is_dataset: bool = False


FORMATS = {
    "turtle": Format("ttl", "turtle"),
    "ntriples": Format("nt", "nt"),
    "jsonld": Format("jsonld", "json-ld"),
    "trig": Format("trig", "trig", is_dataset=True),
    "nquads": Format("nq", "nquads", is_dataset=True),
}

#: Written inline, never as a remote URL, so reading the files back needs no network.
JSONLD_CONTEXT = {
    "@vocab": str(SDO),
    "schema": str(SDO),
    "kg": KG_NS,
    "prov": str(PROV),
    "xsd": str(XSD),
}

#: Every file a build may write, in the order a directory is read.
GRAPH_FILES = tuple(f"{stem}.{f.extension}" for stem in ("graph", "provenance") for f in FORMATS.values())

_BY_EXTENSION = {"." + f.extension: f for f in FORMATS.values()} | {".json": FORMATS["jsonld"], ".n3": Format("n3", "n3")}


def rdflib_format(path: str | Path) -> str | None:
    """rdflib's parser name for a file, by extension (None: let rdflib guess).

    >>> rdflib_format("out/graph.nq"), rdflib_format("x.owl")
    ('nquads', None)
    """
    f = _BY_EXTENSION.get(Path(path).suffix.lower())
    return f.rdflib_name if f else None


def is_dataset_file(path: str | Path) -> bool:
    f = _BY_EXTENSION.get(Path(path).suffix.lower())
    return bool(f and f.is_dataset)


def write(domain: Graph, provenance: Graph, out_dir: str | Path, fmt: str = "turtle",
          base: str = DEFAULT_BASE) -> tuple[list[Path], list[Path]]:
    """Write the graphs in ``fmt``; return the files written and the stale ones removed.

    Graph files of another format left by an earlier build are removed once the
    new ones are in place, so that a directory always stands for one build.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; use {', '.join(FORMATS)}")
    f = FORMATS[fmt]
    out_dir = Path(out_dir)
    if f.is_dataset:
        parts = [("graph", dataset(domain, provenance, base))]
    else:
        parts = [("graph", domain), ("provenance", provenance)]
    extra = {"context": JSONLD_CONTEXT, "auto_compact": True} if fmt == "jsonld" else {}
    files = [(out_dir / f"{stem}.{f.extension}",
              lambda tmp, g=graph: g.serialize(tmp, format=f.rdflib_name, encoding="utf-8", **extra)) for stem, graph in parts]
    write_all_atomic(files)  # the graph and its provenance are replaced together, or neither is
    written = [path for path, _ in files]
    return written, remove_stale(out_dir, written)


def remove_stale(out_dir: str | Path, written: list[Path]) -> list[Path]:
    """Remove graph files in ``out_dir`` that this build did not write; return them."""
    removed = []
    for name in GRAPH_FILES:
        stale = Path(out_dir) / name
        if stale not in written and stale.exists():
            stale.unlink()
            removed.append(stale)
    return removed
