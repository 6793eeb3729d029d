"""curate: an analyst's aliases file, the fixes that outrank kg's own identity decisions.

One decision per line; ``#`` starts a comment; a line may start with a kind
(``Person:``, ``Organization:``, ``Place:``, ``Event:``) to say which names it means::

    Labour Party = Labour = Labour party      # one thing; the first name is the node's name
    Person: Tony Blair = Mr Blair
    ! Budget                                  # not an entity
    Organization: ! Cabinet
    Tony Blair != Cherie Blair                # never one node

Names compare as kg compares them (case, accents, punctuation, a leading "the"
and a possessive 's aside). ``kg audit`` prints lines of this form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError
from .records import KINDS
from .resolve.names import normalize

__all__ = ["Curation", "Decision", "parse_aliases", "read_aliases", "line"]

_KIND = re.compile(r"^\s*(" + "|".join(KINDS) + r")\s*:\s*")


@dataclass(frozen=True)
class Decision:
    kind: str | None  # None: names of any kind
    names: tuple[str, ...]


@dataclass
class Curation:
    same: list[Decision] = field(default_factory=list)  # each: one thing; names[0] is its name
    apart: list[Decision] = field(default_factory=list)
    not_entities: list[Decision] = field(default_factory=list)  # one name each
    text: str = ""  # the file as read: a store keeps it, so that later builds apply it too

    def __bool__(self) -> bool:
        return bool(self.same or self.apart or self.not_entities)

    def is_not_entity(self, kind: str, name: str) -> bool:
        folded = normalize(name)
        return any(d.kind in (None, kind) and normalize(d.names[0]) == folded for d in self.not_entities)


def line(decision: str, names: list[str], kind: str | None = None) -> str:
    """One line of an aliases file: ``decision`` is ``same``, ``apart`` or ``not``.

    >>> line("same", ["Labour", "Labour Party"], "Organization")
    'Organization: Labour = Labour Party'
    >>> line("not", ["Budget"])
    '! Budget'
    """
    body = {"same": " = ".join, "apart": " != ".join, "not": lambda n: "! " + n[0]}[decision](names)
    return f"{kind}: {body}" if kind else body


def parse_aliases(text: str, source: str = "aliases") -> Curation:
    """The decisions of an aliases file; InputError naming the line for one that means nothing.

    >>> c = parse_aliases("Labour Party = Labour  # the party\\n! Budget\\nPerson: Tony Blair != Cherie Blair\\n")
    >>> c.same[0].names, c.not_entities[0].names, c.apart[0].kind
    (('Labour Party', 'Labour'), ('Budget',), 'Person')
    """
    out = Curation(text=text)
    for number, raw in enumerate(text.splitlines(), 1):
        body = raw.split("#", 1)[0].strip()
        if not body:
            continue
        kind = None
        where = f"{source}:{number}"
        match = _KIND.match(body)
        if match:
            kind, body = match.group(1), body[match.end():]
        elif re.match(r"^\w+\s*:\s", body):
            raise InputError(f"{where}: unknown kind {body.split(':')[0].strip()!r} (use {', '.join(KINDS)})")
        if body.startswith("!") and not body.startswith("!="):
            name = body[1:].strip()
            if not normalize(name):
                raise InputError(f"{where}: '!' needs the name that is not an entity")
            out.not_entities.append(Decision(kind, (name,)))
        elif "!=" in body or "=" in body:
            apart = "!=" in body
            names = [n.strip() for n in body.split("!=" if apart else "=")]
            if len(names) < 2 or not all(normalize(n) for n in names) or (not apart and "!" in body):
                raise InputError(f"{where}: expected 'A = B' or 'A != B' with a name on each side: {raw.strip()!r}")
            (out.apart if apart else out.same).append(Decision(kind, tuple(names)))
        else:
            raise InputError(f"{where}: expected 'A = B' (one thing), 'A != B' (apart) or '! A' (not an entity): "
                             f"{raw.strip()!r}")
    return out


def read_aliases(path: str | Path) -> Curation:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"--aliases {path}: cannot read it ({exc.__class__.__name__}: {exc})") from exc
    return parse_aliases(text, str(path))
