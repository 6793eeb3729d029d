"""resolve: one Entity per real-world thing across articles.

Within an article, ``kg_coref`` has already grouped mentions; here clusters
from different articles meet. Two clusters are one entity when they have the
same kind and the same normalised name, or when one's name is a known alias
of exactly one entity of that kind ("Stanford" after "Stanford University").
Events named only by a description ("the data workshop") never merge across
articles. Every surface form is kept as an alias.
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
    _touched: set[str] = field(default_factory=set)  # entity keys added to or changed since the last flush

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

    def flush(self) -> "Resolver":
        """What the articles added since the last flush brought, as a resolver of its own.

        A streaming build writes that batch and forgets its facts; the entity index
        stays, so later articles still merge with earlier ones. Entities only grow
        (kinds, aliases; the name is fixed at creation), so the union of the batches'
        graphs is the graph of the whole.
        """
        batch = Resolver({k: self.entities[k] for k in self._touched}, self.facts, self.quotes, self.articles, self.mentions)
        self.facts, self.quotes, self.articles, self.mentions, self._touched = [], [], [], {}, set()
        for entity in batch.entities.values():
            entity.articles.clear()  # grows with every mention, and the graph has them as schema:mentions
        return batch

    def known(self, key: str, kinds: set[str], name: str, aliases: set[str]) -> None:
        """An entity an earlier build wrote (read back from a persistent store).

        The key's first segment is the kind it was created with, so the exact-name
        index is rebuilt as it was. Which kind each alias was seen with is not
        stored, so every alias is indexed under every kind of the entity: for the
        few entities of two kinds (a country acting as a body) an alias may then
        match, or become ambiguous, where one uninterrupted build would differ.
        """
        created = next((k for k in KIND_ORDER if key.startswith(k.lower() + "/")), None)
        if created is None or key in self.entities:
            return
        self.entities[key] = Entity(key, set(kinds) or {created}, name, set(aliases))
        self._by_name.setdefault((created, normalize(name)), key)
        for kind in kinds or {created}:
            for n in {name, *aliases}:
                self._by_alias.setdefault((kind, normalize(n)), set()).add(key)

    def _entity_for(self, kinds: set[str], names: list[str], article_id: str) -> str:
        kind = next(k for k in KIND_ORDER if k in kinds)
        if kind == "Event" and not any(c.isupper() for n in names for c in n):
            # "data workshop", "the second round of talks": a description, not a name, says
            # nothing about which happening another article means; it stays its article's own
            key = entity_key(kind, f"{names[0]} {article_id[:8]}")
            entity = self.entities.setdefault(key, Entity(key, set(kinds), names[0]))
            self._touched.add(key)
            entity.articles.add(article_id)
            entity.aliases.update(n for n in names if n != entity.name)
            return key
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
        self._touched.add(key)
        entity.kinds |= kinds
        entity.articles.add(article_id)
        for n in names:
            if n != entity.name:
                entity.aliases.add(n)
            self._by_alias.setdefault((kind, normalize(n)), set()).add(key)
        return key
