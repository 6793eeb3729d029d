"""resolve: one Entity per real-world thing across articles.

Within an article, ``kg_coref`` has already grouped mentions; here clusters
from different articles meet. Two clusters are one entity when they have the
same kind and the same normalised name, or when one's name is a known alias
of exactly one entity of that kind ("Stanford" after "Stanford University").
Every surface form is kept as an alias.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .records import LITERAL_RELATIONS, Article, ArticleExtraction, Entity, Evidence, Fact

__all__ = ["Resolver", "normalize", "slug", "entity_key"]

#: When a cluster has several kinds, the key is minted from the first of these.
KIND_ORDER = ("Person", "Organization", "Event", "Place")


def normalize(name: str) -> str:
    """Case-, accent- and punctuation-blind form of a name.

    >>> normalize("  The Université de Genève's ")
    'universite de geneve'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^(the|a|an) ", "", text)


def slug(name: str) -> str:
    """A readable IRI segment; letters of any script survive.

    >>> slug("Graham Webster")
    'graham-webster'
    >>> slug("Zoë O'Brien")
    'zoe-o-brien'
    >>> slug("北京大学")
    '北京大学'
    """
    return normalize(name).replace(" ", "-").replace("_", "-") or "unnamed"


def entity_key(kind: str, name: str) -> str:
    return f"{kind.lower()}/{slug(name)}"


@dataclass
class Resolver:
    """Accumulates entities and facts over a stream of article extractions."""

    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    quotes: list[tuple[str, str, Evidence]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    mentions: dict[str, set[str]] = field(default_factory=dict)  # article id -> entity keys
    _by_name: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, normalised name) -> key
    _by_alias: dict[tuple[str, str], set[str]] = field(default_factory=dict)

    def add(self, extraction: ArticleExtraction) -> dict[int, str]:
        """Merge one article's clusters; return cluster id -> entity key."""
        article = extraction.article
        self.articles.append(article)
        keys: dict[int, str] = {}
        for cid, names in extraction.names.items():
            keys[cid] = self._entity_for(extraction.kinds[cid], names, article.id)
        self.mentions[article.id] = set(keys.values())
        for f in extraction.facts:
            obj = f.object if f.relation in LITERAL_RELATIONS else keys.get(f.object)
            if keys.get(f.subject) and obj:
                self.facts.append(Fact(keys[f.subject], f.relation, obj, f.evidence))
        for speaker, text, evidence in extraction.quotes:
            self.quotes.append((keys[speaker], text, evidence))
        return keys

    def _entity_for(self, kinds: set[str], names: list[str], article_id: str) -> str:
        kind = next(k for k in KIND_ORDER if k in kinds)
        canonical = normalize(names[0])
        key = self._by_name.get((kind, canonical))
        if key is None:
            owners = self._by_alias.get((kind, canonical), set())
            key = next(iter(owners)) if len(owners) == 1 else None
        if key is None:
            key = entity_key(kind, names[0])
            while key in self.entities and self.entities[key].kinds != kinds:
                key += "-" + kind.lower()  # a namesake of another kind
            self.entities.setdefault(key, Entity(key, set(kinds), names[0]))
            self._by_name[(kind, canonical)] = key
        entity = self.entities[key]
        entity.kinds |= kinds
        entity.articles.add(article_id)
        for n in names:
            if n != entity.name:
                entity.aliases.add(n)
            self._by_alias.setdefault((kind, normalize(n)), set()).add(key)
        return key
