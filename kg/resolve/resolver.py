"""resolver: the articles' entities in the keys their names mint, batch by batch.

Within an article, ``kg_coref`` has already grouped mentions into clusters.
Here each cluster gets the key of its kind and name ("person/tony-blair"), the
same in every article that names it so, and every article leaves an
``ArticleRecord``. Which keys are one real-world thing across the corpus
("Blair" and "Tony Blair", "Lib Dems" and "Liberal Democrats"), and which names
are no entity at all, is decided over all the records at once
(``kg.resolve.identity``), when the whole corpus is known; ``rewrite.resolved()``
applies that to what a resolver holds, and a streaming build rewrites its store
(``kg.resolve.rewrite``). Events named only by a description ("the data
workshop") get a key of their article's own.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import LITERAL_RELATIONS, Article, ArticleExtraction, Entity, Evidence, Fact
from .names import KIND_ORDER, entity_key, is_description, normalize
from .record import ArticleRecord, FactRecord, Occurrence

__all__ = ["Resolver", "is_description"]


@dataclass
class Resolver:
    """Accumulates entities, facts and records over a stream of article extractions."""

    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    quotes: list[tuple[str, str, Evidence]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    mentions: dict[str, set[str]] = field(default_factory=dict)  # article id -> entity keys
    records: list[ArticleRecord] = field(default_factory=list)
    _touched: set[str] = field(default_factory=set)  # entity keys added to or changed since the last flush

    def add(self, extraction: ArticleExtraction) -> dict[int, str]:
        """Key one article's clusters; return cluster id -> entity key."""
        article = extraction.article
        self.articles.append(article)
        keys = {cid: _key(extraction.kinds[cid], names, article.id) for cid, names in extraction.names.items()}
        slots: dict[str, int] = {}  # key -> occurrence index: two clusters of one name are one occurrence
        kinds: list[set[str]] = []
        forms: list[list[str]] = []
        for cid, names in extraction.names.items():
            i = slots.setdefault(keys[cid], len(slots))
            if i == len(kinds):
                kinds.append(set())
                forms.append([])
            kinds[i] |= extraction.kinds[cid]
            forms[i] += [n for n in names if n not in forms[i]]
        for key, i in slots.items():
            entity = self.entities.setdefault(key, Entity(key, set(kinds[i]), forms[i][0]))
            entity.kinds |= kinds[i]
            entity.aliases.update(n for n in forms[i] if n != entity.name)
            entity.articles.add(article.id)
            self._touched.add(key)
        self.mentions[article.id] = set(slots)
        facts = []
        for f in extraction.facts:
            literal = f.relation in LITERAL_RELATIONS
            if f.subject not in keys or not (literal or f.object in keys):
                continue
            obj = f.object if literal else keys[f.object]
            self.facts.append(Fact(keys[f.subject], f.relation, obj, f.evidence))
            facts.append(FactRecord(slots[keys[f.subject]], f.relation, obj if literal else slots[obj], f.evidence))
        quotes = []
        for speaker, text, evidence in extraction.quotes:
            self.quotes.append((keys[speaker], text, evidence))
            quotes.append((slots[keys[speaker]], text))
        occurrences = tuple(Occurrence(key, tuple(k for k in KIND_ORDER if k in kinds[i]), tuple(forms[i]))
                            for key, i in slots.items())
        self.records.append(ArticleRecord(article.id, occurrences, tuple(facts), tuple(quotes)))
        return keys

    def flush(self) -> "Resolver":
        """What the articles added since the last flush brought, as a resolver of its own.

        A streaming build writes that batch and forgets it, records included (the
        store keeps them); entities only grow, so the union of the batches' graphs
        is the graph of the whole, in the keys the articles read.
        """
        batch = Resolver({k: self.entities[k] for k in self._touched}, self.facts, self.quotes, self.articles,
                         self.mentions, self.records)
        self.facts, self.quotes, self.articles, self.mentions, self.records, self._touched = [], [], [], {}, [], set()
        for entity in batch.entities.values():
            entity.articles.clear()  # grows with every mention, and the graph has them as schema:mentions
        return batch


def _key(kinds: set[str], names: list[str], article_id: str) -> str:
    kind = next(k for k in KIND_ORDER if k in kinds)
    if kind == "Event" and is_description(names[0]):
        # "data workshop", "Labour's campaign": a description, not a name, says nothing about
        # which happening another article means; it stays its article's own
        return entity_key(kind, f"{names[0]} {article_id[:8]}")
    return entity_key(kind, names[0]) if normalize(names[0]) else entity_key(kind, f"unnamed {article_id[:8]}")
