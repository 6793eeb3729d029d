"""The relations reader: one pass over one Doc, and the lookups every fact rule shares.

``kg_relations`` makes one per Doc and hands it to each rule (``roles``, ``title_chains``,
``org_facts``, ``event_facts``, ``frames``), which read the parse through it and ``add``
facts to it; it keeps the first evidence of each fact.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from .name_keys import norm


@dataclass(frozen=True)
class RuleConfig:
    """The word classes the fact rules read from the component's config."""

    participation_verbs: frozenset[str]
    unit_nouns: frozenset[str]
    #: The lemmas the model knows (``mentions.english_words``): "Trade" in "Trade Counsellor" is a word, "Norland" a name.
    words: frozenset[str] = frozenset()


class RawFact(NamedTuple):
    """A fact in article-local cluster ids, with the tokens it was read from."""

    subject: int
    relation: str
    object: int | str
    first: int  # token span of the evidence
    last: int
    rule: str
    confidence: float


class Reader:
    """One pass over one Doc; holds the lookups the rules share."""

    def __init__(self, doc: Doc, config: RuleConfig):
        self.doc = doc
        self.config = config
        self.clusters = {c.id: c for c in doc._.kg_clusters or []}
        self.token_cluster = doc._.kg_token_cluster or {}
        self.facts: list[RawFact] = []
        self._seen: set[tuple] = set()
        self._over: dict[int, list[Span]] | None = None

    # -- lookups ---------------------------------------------------------
    def cid(self, token: Token) -> int | None:
        return self.token_cluster.get(token.i)

    def kind(self, token: Token) -> str | None:
        c = self.cid(token)
        return self.clusters[c].kind if c is not None else None

    def add(self, s: int | None, rel: str, o, tokens: list[Token], rule: str, conf: float) -> None:
        if s is None or o is None or s == o or o == "":
            return
        key = (s, rel, o)
        if key in self._seen:
            return
        self._seen.add(key)
        first = min(t.i for t in tokens)
        last = max(t.i for t in tokens)
        self.facts.append(RawFact(s, rel, o, first, last, rule, conf))

    def roots(self, kind: str):
        """Root tokens of every mention of ``kind``."""
        for c in self.clusters.values():
            if c.kind == kind:
                for m in c.mentions:
                    yield m.root

    def mentions_over(self, i: int) -> list[Span]:
        """Every mention, of any cluster, that covers token ``i`` (nested names included)."""
        if self._over is None:
            self._over = {}
            for c in self.clusters.values():
                for m in c.mentions:
                    for j in range(m.start, m.end):
                        self._over.setdefault(j, []).append(m)
        return self._over.get(i, [])

    def named_within(self, kind: str, joints: tuple[str, ...]):
        """(cluster, mention, joint, other cluster) for each mention of ``kind`` whose words after a joint
        ('of', 'at') are the name of another cluster of that kind: "the School of X | of | Beihang University"."""
        names: dict[str, int] = {}
        for c in self.clusters.values():
            if c.kind == kind:
                for m in c.mentions:
                    names.setdefault(norm(m.text), c.id)
        for c in list(self.clusters.values()):
            for m in c.mentions if c.kind == kind else []:
                for t in m[1:-1]:
                    if t.lower_ in joints:
                        other = names.get(norm(m.doc[t.i + 1 : m.end].text))
                        if other is not None and other != c.id:
                            yield c.id, m, t, other

    def closes_short_name(self, i: int) -> bool:
        """Whether token ``i`` closes a body's short name in brackets right after the body's name: "the Gulf Studies
        Center (GSC) | Director X", "President of Universities UK (UUK) | Dame Y"."""
        doc = self.doc
        return i >= 3 and doc[i].text == ")" and doc[i - 2].text == "(" and self.kind(doc[i - 3]) == "Organization" \
            and (self.cid(doc[i - 1]) == self.cid(doc[i - 3]) or sum(ch.isupper() for ch in doc[i - 1].text) >= 2)

    def mention(self, token: Token):
        """The mention ``token`` is part of, if any."""
        cid = self.cid(token)
        if cid is None:
            return None
        return next((m for m in self.clusters[cid].mentions if m.start <= token.i < m.end), None)
