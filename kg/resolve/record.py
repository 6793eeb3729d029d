"""record: what one article brought, in the keys it was read with, before cross-document identity.

A build keeps one ``ArticleRecord`` per article (a persistent store keeps them
beside the graph), so that identity can be decided again over the whole corpus
whenever articles or curation are added, and the graph rewritten to match.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from ..records import Evidence

__all__ = ["Occurrence", "FactRecord", "ArticleRecord"]


@dataclass(frozen=True)
class Occurrence:
    """An entity as one article names it: the key its name mints, its kinds and every form it takes there."""

    key: str  # "person/tony-blair": the kind and the article's own name for it
    kinds: tuple[str, ...]
    names: tuple[str, ...]  # the article's name for it first, then its other forms


@dataclass(frozen=True)
class FactRecord:
    subject: int  # index of an occurrence
    relation: str
    object: int | str  # index of an occurrence, or a literal (jobTitle, date)
    evidence: Evidence


@dataclass(frozen=True)
class ArticleRecord:
    article: str
    occurrences: tuple[Occurrence, ...]
    facts: tuple[FactRecord, ...] = ()
    quotes: tuple[tuple[int, str], ...] = ()  # speaker occurrence, text

    def to_json(self) -> str:
        """Compact JSON; sentences are listed once, as several facts come from one.

        >>> r = ArticleRecord("a1", (Occurrence("person/ana-costa", ("Person",), ("Ana Costa", "Costa")),))
        >>> ArticleRecord.from_json(r.to_json()) == r
        True
        """
        sentences: dict[str, int] = {}
        facts = []
        for f in self.facts:
            e = f.evidence
            index = sentences.setdefault(e.sentence, len(sentences))
            obj = f.object if isinstance(f.object, int) else {"v": f.object}
            facts.append([f.subject, f.relation, obj, index, e.start, e.end, e.rule, e.confidence])
        return json.dumps({"v": 1, "a": self.article, "o": [[o.key, list(o.kinds), list(o.names)] for o in self.occurrences],
                           "s": list(sentences), "f": facts, "q": [list(q) for q in self.quotes]},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "ArticleRecord":
        data = json.loads(text)
        article, sentences = data["a"], data["s"]
        facts = tuple(
            FactRecord(s, rel, obj if isinstance(obj, int) else obj["v"],
                       Evidence(article, sentences[i], start, end, rule, confidence))
            for s, rel, obj, i, start, end, rule, confidence in data["f"])
        return cls(article, tuple(Occurrence(k, tuple(kinds), tuple(names)) for k, kinds, names in data["o"]),
                   facts, tuple((s, t) for s, t in data["q"]))
