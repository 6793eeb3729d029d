"""keys: a corpus's keys as the identity step sees them, the groups they are joined into, and what they come to.

``Raw`` gathers every occurrence of one key across the corpus; ``Groups`` joins
keys, refusing what an analyst keeps apart; ``Identity`` is the outcome that
``kg.resolve.rewrite`` and ``kg.build`` apply. The rules that decide the joins
are in ``kg.resolve.identity`` (and ``people``, ``bodies``, ``entities``).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..records import Entity
from .names import PersonName, is_acronym, key_kind, normalize, person_name

__all__ = ["Raw", "Identity", "Groups", "BODIES", "compatible", "shorter", "fits"]

#: Kinds one node may combine: a country acting as a body is a place too.
BODIES = ("Organization", "Place")


@dataclass
class Raw:
    """Every occurrence of one key across the corpus."""

    key: str
    kinds: set[str] = field(default_factory=set)
    spellings: Counter = field(default_factory=Counter)  # the articles' own name for it -> articles
    forms: Counter = field(default_factory=Counter)  # every form -> articles
    articles: set[str] = field(default_factory=set)

    @cached_property
    def kind(self) -> str:
        return key_kind(self.key)

    @cached_property
    def name(self) -> str:
        """The spelling most articles use (then the one with more capitals, then the first in order)."""
        return min(self.spellings, key=lambda s: (-self.spellings[s], -sum(c.isupper() for c in s), s))

    @cached_property
    def person(self) -> PersonName:
        return person_name(self.name)

    @cached_property
    def gender(self) -> str | None:
        """What the courtesy titles in its forms say ("Mr Blair"), when they agree."""
        said = {person_name(f).gender for f in self.forms} - {None}
        return said.pop() if len(said) == 1 else None


@dataclass
class Identity:
    """What the corpus's keys come to: each occurrence's entity key (None: no entity) and each entity."""

    mapping: dict[tuple[str, str], str | None]  # (article, key) -> entity key, where it is not the key itself
    entities: dict[str, Entity]  # entity key -> its kinds, name, every form, its articles
    junk: dict[str, str] = field(default_factory=dict)  # key -> why it names no entity
    joined: dict[str, str] = field(default_factory=dict)  # key -> why it joined its group (for the audit)

    def of(self, article: str, key: str) -> str | None:
        return self.mapping.get((article, key), key)


class Groups:
    """Union-find over keys that refuses to join groups an analyst keeps apart."""

    def __init__(self, keys: Iterable[str], apart: list[set[str]]):
        self.parent = {k: k for k in keys}
        self.members = {k: {k} for k in self.parent}
        self.apart = [a for a in apart if len(a) > 1]

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def allowed(self, a: str, b: str) -> bool:
        ga, gb = self.members[self.find(a)], self.members[self.find(b)]
        return not any(ga & s and gb & s for s in self.apart)

    def union(self, a: str, b: str, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if not force and not self.allowed(a, b):
            return False
        if len(self.members[ra]) < len(self.members[rb]) or (len(self.members[ra]) == len(self.members[rb]) and rb < ra):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        return True


def shorter(short: Raw, full: Raw) -> bool:
    """Whether ``short`` may stand for ``full``: fewer words, or its acronym ("Stanford", "MIT"); never the other way."""
    return len(normalize(short.name).split()) < len(normalize(full.name).split()) or is_acronym(short.name)


def fits(kind: str, other: str) -> bool:
    """Whether a node of ``kind`` may also take ``other``: a body may be a place too (a country acting), nothing else."""
    return kind == other or (kind in BODIES and other in BODIES)


def compatible(a: str | None, b: str | None) -> bool:
    """Whether two genders that courtesy titles say (None: unsaid) may be one person's."""
    return a is None or b is None or a == b
