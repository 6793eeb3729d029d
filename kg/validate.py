"""validate: check a graph against kg's SHACL shapes (``ontology/shapes.ttl``) with pySHACL.

The ontology is mixed into the data graph, so a class or property kg declares
as a subclass of a schema.org term satisfies the shapes written for that term.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH
from rdflib.term import Node

from .query import load_graph
from .vocab import KG, PROV, RDF, SDO, ontology_file

__all__ = ["Violation", "shapes", "validate", "validate_graph"]


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str = "Violation"

    def __str__(self) -> str:
        severity = "" if self.severity == "Violation" else f" [{self.severity}]"
        return f"{self.focus} {self.path}: {self.message}{severity}"


def shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def validate(paths: list[str | Path]) -> list[Violation]:
    """The violations of graph files (or build directories) read together; empty when they conform."""
    return validate_graph(load_graph(paths))


def validate_graph(data: Graph) -> list[Violation]:
    import pyshacl

    # pySHACL checks each named graph of a dataset on its own, but an article's
    # facts point at entities typed in the default graph: validate the union.
    flat = Graph()
    for s, p, o, *_ in data:
        flat.add((s, p, o))
    ontology = Graph().parse(ontology_file("kg.ttl"), format="turtle")
    conforms, report, _ = pyshacl.validate(flat, shacl_graph=shapes(), ont_graph=ontology,
                                           inference="none", allow_warnings=True)
    if conforms:
        return []
    names = Graph()
    for prefix, ns in (("schema", SDO), ("kg", KG._NS), ("prov", PROV), ("rdf", RDF)):
        names.bind(prefix, ns)
    out = set()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        if (None, SH.detail, result) in report:
            continue  # reported through its parent, whose own message only says "see details"
        focus, path = report.value(result, SH.focusNode), report.value(result, SH.resultPath)
        detail = report.value(result, SH.detail)
        message = ((detail is not None and report.value(detail, SH.resultMessage))
                   or report.value(result, SH.resultMessage) or report.value(result, SH.sourceConstraintComponent))
        value = report.value(result, SH.value)
        if value is not None and value != focus:
            message = f"{message} (value: {_show(value, names)})"
        severity = report.value(result, SH.resultSeverity)
        out.add(Violation(_show(focus, names), _show(path, names) if path is not None else "-", str(message),
                          severity.split("#")[-1] if severity else "Violation"))
    return sorted(out, key=lambda v: (v.focus, v.path, v.message))


def _show(term: Node, names: Graph) -> str:
    """A term as short readable text: a prefixed name where a prefix fits, else N3."""
    try:
        return term.n3(names.namespace_manager)
    except Exception:  # noqa: BLE001 (a path made of blank nodes, say)
        return str(term)
