"""store_base: what every store shares: their base class, kg's prefixes, and parameters bound as VALUES.

Its own module, importing no store, so that ``kg.store`` and ``kg.sparql_store``
build on it without importing each other.
"""
from __future__ import annotations

import re
from itertools import islice

from rdflib import Graph
from rdflib.query import Result

from .vocab import KG_NS, PROV, SDO, XSD

__all__ = ["PREFIXES", "page"]

PREFIXES = {"schema": str(SDO), "kg": KG_NS, "prov": str(PROV), "xsd": str(XSD)}


class _Store:
    def known_articles(self) -> set[str]:
        return set()

    def seed(self, resolver) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _with_values(text: str, bound: dict) -> str | None:
    """The query with its parameters as a VALUES block at the head of its pattern (None: no parameters, or no WHERE).

    Oxigraph plans a query before it applies ``substitutions``, so a bound name
    would not narrow the search: on the BBC corpus ``evidence -p subject=...``
    takes 120 ms that way and under 1 ms with VALUES, where the planner starts
    from it. The terms are written by pyoxigraph, quoted and escaped, so a value
    cannot change the query; and for the projected variables kg's parameters
    are, joining with VALUES binds exactly as substitution does.
    """
    if not bound:
        return None
    for where in re.finditer(r"\bWHERE\s*\{", text, re.IGNORECASE):
        if "#" not in text[text.rfind("\n", 0, where.start()) + 1 : where.start()]:  # not in a comment
            values = f" VALUES ({' '.join(map(str, bound))}) {{ ({' '.join(map(str, bound.values()))}) }} "
            return text[: where.end()] + values + text[where.end():]
    return None


def page(result: Result, limit: int | None = None, offset: int = 0) -> Result:
    """Rows ``offset`` to ``offset + limit`` of an answer, as LIMIT and OFFSET would give them.

    >>> r = Result("SELECT"); r.vars = []; r.bindings = [{}, {}, {}]
    >>> len(page(r, limit=2, offset=2).bindings)
    1
    """
    if limit is None and not offset:
        return result
    stop = None if limit is None else offset + limit
    if result.type == "SELECT":
        paged = Result("SELECT")
        paged.vars = result.vars
        paged.bindings = list(islice(result.bindings, offset, stop))
        return paged
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        paged = Result(result.type)
        paged.graph = Graph()
        for triple in islice(sorted(result.graph), offset, stop):  # sorted: a graph has no order of its own
            paged.graph.add(triple)
        return paged
    return result
