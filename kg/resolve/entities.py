"""entities: what a corpus's groups of keys come to (the last step of ``kg.resolve.identity``).

Each group takes the key of its fullest, most read name (or the name an
analyst gave it), and keeps as alternate names only the forms the corpus does
not give to another entity.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from ..records import Entity
from .keys import Identity, Raw, fits
from .names import key_kind, normalize, person_name

if TYPE_CHECKING:
    from .identity import Resolution

__all__ = ["identity_of"]


def identity_of(res: Resolution) -> Identity:
    """Every occurrence's entity, and every entity's kinds, name and forms."""
    members: dict[str, list[Raw]] = defaultdict(list)
    for key, raw in sorted(res.raws.items()):
        if key not in res.junk:
            members[res.groups.find(key)].append(raw)
    canonical, names = {}, {}
    for root, raws in members.items():
        named = [r for r in raws if r.key in res.named]
        canonical[root] = (named[0] if named else _representative(raws)).key
        if named:
            names[root] = res.named[named[0].key]
    mapping: dict[tuple[str, str], str | None] = {}
    entities: dict[str, Entity] = {}
    usage: dict[str, Counter] = defaultdict(Counter)  # folded form -> entity key -> articles using it so
    for record in res.records:
        for occ in record.occurrences:
            if occ.key in res.junk:
                mapping[(record.article, occ.key)] = None
                continue
            root = res.groups.find(res.occurrence.get((record.article, occ.key), occ.key))
            key = canonical[root]
            if key != occ.key:
                mapping[(record.article, occ.key)] = key
            entity = entities.get(key)
            if entity is None:
                main = res.raws[key]
                entity = entities[key] = Entity(key, set(), names.get(root, main.name))
            entity.articles.add(record.article)
            names_there = res.names[(record.article, occ.key)]
            entity.aliases.update(names_there)
            for form in {normalize(n) for n in names_there}:
                usage[form][key] += 1
            if fits(key_kind(key), key_kind(occ.key)):
                entity.kinds.update(occ.kinds)
            elif key_kind(key) == "Place" and key_kind(occ.key) == "Person":
                entity.kinds.add("Organization")  # "China said": a place read as a person acts, as a body
    _tidy(res, entities, mapping, usage)
    return Identity(mapping, entities, dict(res.junk), res.joined)


def _tidy(res: Resolution, entities: dict[str, Entity], mapping: dict, usage: dict[str, Counter]) -> None:
    """Each entity's kinds, and its forms cleared of those that name something else in the corpus.

    An article may read a form for an entity that the corpus gives to another:
    "Blair" in an article on Cherie Blair, "Kennedy" in one on Baroness Kennedy
    where forty articles use it for Charles Kennedy. The mention stays with its
    entity; the form is no name of it.
    """
    goes_to: dict[str, set[str | None]] = defaultdict(set)  # folded name of a key -> where its occurrences go
    for (article, key), target in mapping.items():
        goes_to[normalize(res.raws[key].name)].add(target)
    for key, raw in res.raws.items():
        if key not in res.junk and all((a, key) not in mapping for a in raw.articles):
            goes_to[normalize(raw.name)].add(key)
    for key, entity in entities.items():
        entity.kinds = {k for k in entity.kinds if fits(key_kind(key), k)} or {key_kind(key)}
        entity.aliases.discard(entity.name)
        genders = Counter(person_name(f).gender for f in entity.aliases | {entity.name}) if "Person" in entity.kinds else {}
        he, she = genders.get("m", 0), genders.get("f", 0)
        for form in sorted(entity.aliases):
            folded = normalize(form)
            targets = goes_to.get(folded)
            mine, most = usage[folded][key], max(n for k, n in usage[folded].items() if k != key) \
                if len(usage[folded]) > 1 else 0
            if (targets is not None and key not in targets) or most >= 5 * mine:
                entity.aliases.discard(form)  # the corpus gives this name to another entity, or to none
            elif genders and {"m": she > 2 * he, "f": he > 2 * she}.get(person_name(form).gender):
                entity.aliases.discard(form)  # "Mrs Howard" on a man


def _representative(raws: list[Raw]) -> Raw:
    """The group's fullest, most read name: a person's full name before a surname alone; then the
    kind most articles read (a body the tagger once took for a person stays a body); then the most articles."""
    rank = {"Person": 0, "Organization": 1, "Place": 1, "Event": 2}
    by_kind: Counter = Counter()
    for r in raws:
        by_kind[rank[r.kind]] += len(r.articles)

    def order(r: Raw) -> tuple:
        short = r.kind == "Person" and not r.person.full
        # a surname alone names its group by its fullest form ("Lord Falconer" before "Falconer"),
        # a full name by its plainest ("Liam Fox" before "Dr Liam Fox")
        titled = r.kind == "Person" and r.person.titled
        return (short, -by_kind[rank[r.kind]], rank[r.kind], -len(r.name.split()) if short else titled,
                -len(r.articles), -len(r.name.split()), r.key)

    return min(raws, key=order)
