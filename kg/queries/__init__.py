"""queries: kg's library of named queries, one ``.rq`` file each, the first comment line its description.

A package of its own, importing nothing of kg, so that ``kg.query``, the stores
and the server all read it without importing one another.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

__all__ = ["NamedQuery", "named_queries"]


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str

    @property
    def params(self) -> list[tuple[str, bool]]:
        """The parameters its description declares, as (name, optional) pairs.

        >>> NamedQuery("q", "Things (optional params: person; event, a name).", "").params
        [('person', True), ('event', True)]
        """
        found = re.search(r"\((optional )?params?: ([^)]*)\)", self.description)
        if not found:
            return []
        return [(p.strip().split(",")[0].split()[0], bool(found.group(1))) for p in found.group(2).split(";")]


def named_queries() -> dict[str, NamedQuery]:
    """The project's query library: name -> query, the first comment line its description."""
    out = {}
    for f in sorted(files("kg").joinpath("queries").iterdir(), key=lambda p: p.name):
        if f.name.endswith(".rq"):
            text = f.read_text(encoding="utf-8")
            first = text.splitlines()[0] if text else ""
            out[f.name[:-3]] = NamedQuery(f.name[:-3], first.lstrip("# ").strip(), text)
    return out
