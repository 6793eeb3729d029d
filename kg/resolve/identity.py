"""identity: which keys of a corpus are one real-world thing, and which name none.

Every article's record says which keys it read ("person/blair",
"organization/lib-dems") and the forms each took there. Over all of them at once:

0. of the forms an article read for an entity, those that name something else are
   set aside (``article_forms``: a second forum of the article, the body a unit is
   named after, a country in a body's name, an acronym of another body);
1. names that are no entity are dropped (``kg.resolve.junk``), unless the corpus
   shows a bare word to be someone's surname ("Major" where John Major is named);
2. keys are joined, most certain first, by what their names say: one name read as
   two kinds (a country acting as a body); a person's name with and without titles,
   middle names and initials, with a familiar or misspelt first name ("Jim"/"James"),
   a surname one letter off, a surname with its particle ("Al Ketbi"); a body's name
   with and without "Party" or "News Agency", in the plural, with its words cut short
   ("Lib Dem"), with other little words or spellings ("Institute for/of Fiscal
   Studies", "Centre/Center"), one or two letters off a far more read one, as its
   acronym when the corpus has one expansion (or one read five times as often), as a
   form articles read for the one entity it names ("Stanford"), with and without the
   one country the corpus gives it ("Renmin University of China"), beside its
   translation; the names news uses for one body or state (``lexicon.SAME_NAMES``,
   ``states``); a named event's name as a form another article read for one event
   (its name there without the year); a surname alone, or after a title
   ("Mr Blair"), when the corpus has one full name it fits;
3. a short form that fits several full names ("Blair": Tony, Cherie, Ian) joins,
   article by article, the one its usage and company there make likeliest, when
   that is clearly so, or stays apart;
4. each group takes the key of its fullest, most read name, and keeps as alternate
   names only the forms the corpus does not give to another entity.

This module holds the state of a resolution (``Resolution``) and the steps that
read names of any kind; people's names are joined in ``people``, bodies' and
places' in ``bodies`` (with ``forms``, which reads how two names relate), and the
entities made in ``entities``.

An analyst's aliases file (``kg.curate``) comes first: its groups are joined,
its non-entities dropped, and no step joins what it keeps apart. Everything is
sorted before it is decided, so the outcome depends on the set of records only:
not on their order, the batches, ``--jobs``, or how many builds brought them.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from .article_forms import own_forms
from .bodies import join_bodies
from .entities import identity_of
from .junk import junk_reason
from .keys import BODIES, Groups, Identity, Raw
from .names import KIND_ORDER, key_kind, normalize
from .people import join_people, join_short_forms
from .record import ArticleRecord
from .states import is_country

__all__ = ["Identity", "resolve_identity", "Raw", "Resolution"]


def resolve_identity(records: Iterable[ArticleRecord], curation=None) -> Identity:
    """Decide the corpus's identities (see the module's docstring).

    >>> from kg.resolve.record import ArticleRecord, Occurrence as O
    >>> a = ArticleRecord("a", (O("person/tony-blair", ("Person",), ("Tony Blair", "Mr Blair")),))
    >>> b = ArticleRecord("b", (O("person/blair", ("Person",), ("Blair",)), O("person/chancellor", ("Person",), ("Chancellor",))))
    >>> ident = resolve_identity([a, b])
    >>> ident.of("b", "person/blair"), ident.of("b", "person/chancellor")
    ('person/tony-blair', None)
    """
    records = sorted(records, key=lambda r: r.article)
    is_place = _places(records)
    names: dict[tuple[str, str], tuple[str, ...]] = {}  # (article, key) -> the forms that name it there
    raws: dict[str, Raw] = {}
    for record in records:
        forms = own_forms(record, is_place)
        for occ in record.occurrences:
            names[(record.article, occ.key)] = forms[occ.key]
            raw = raws.setdefault(occ.key, Raw(occ.key))
            raw.kinds.update(occ.kinds)
            raw.spellings[occ.names[0]] += 1
            raw.forms.update(set(forms[occ.key]))
            raw.articles.add(record.article)
    return Resolution(records, raws, curation, names, is_place).run()


def _places(records: list[ArticleRecord]):
    """Whether the corpus reads a name as a place: a country's name, or one more articles read as a place than
    as anything else ("Korea", "Gateshead"; not "Stanford", a university that an article read as a place)."""
    votes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for record in records:
        for occ in record.occurrences:
            votes[normalize(occ.names[0])][key_kind(occ.key) != "Place"] += 1
    places = {name for name, (place, other) in votes.items() if place > other}

    def is_place(name: str) -> bool:
        return normalize(name) in places or is_country(name)

    return is_place


class Resolution:
    """The corpus's keys and their groups while the steps decide them; the steps (``people``, ``bodies``,
    ``entities``) are functions of it, and ask it what the groups hold so far."""

    def __init__(self, records: list[ArticleRecord], raws: dict[str, Raw], curation,
                 names: dict[tuple[str, str], tuple[str, ...]], is_place):
        self.records, self.raws, self.curation = records, raws, curation
        self.names = names  # (article, key) -> the forms that name its entity there (``article_forms``)
        self.is_place = is_place  # whether the corpus reads a name as a place
        self.sorted = [raws[k] for k in sorted(raws)]  # the raws in the order of their keys, sorted once
        self.by_name: dict[str, list[Raw]] = defaultdict(list)  # folded name -> raws, any kind
        for raw in self.sorted:
            self.by_name[normalize(raw.name)].append(raw)
        self.groups = Groups(sorted(raws), self._curated_apart())
        self.junk: dict[str, str] = {}
        self.joined: dict[str, str] = {}
        self.named: dict[str, str] = {}  # key -> the name an analyst gave its group (it then stands for the group)
        self.occurrence: dict[tuple[str, str], str] = {}  # (article, key) -> key of the group it joined there
        self._forms: dict[str, list[Raw]] | None = None  # folded form -> the raws some article read it for

    def run(self) -> Identity:
        forced = self._curated_same()
        self._find_junk(forced)
        self._join_kinds()
        join_people(self)
        join_bodies(self)
        self._join_events()
        join_short_forms(self)
        return identity_of(self)

    # -- curation

    def _matching(self, kind: str | None, name: str) -> list[Raw]:
        return [r for r in self.by_name.get(normalize(name), []) if kind in (None, r.kind)]

    def _curated_apart(self) -> list[set[str]]:
        if not self.curation:
            return []
        out = []
        for d in self.curation.apart:
            found = {r.key for n in d.names for r in self._matching(d.kind, n)}
            # each name's keys against the others': a set per pair of names would be finer, one per line is enough
            out.append(found)
        return out

    def _curated_same(self) -> set[str]:
        forced: set[str] = set()
        for d in self.curation.same if self.curation else []:
            keys = [r.key for n in d.names for r in self._matching(d.kind, n)]
            for k in keys[1:]:
                self.groups.union(keys[0], k, force=True)
                self.joined.setdefault(k, "the aliases file")
            forced.update(keys)
            if keys:
                first = self._matching(d.kind, d.names[0])
                self.named[(first or [self.raws[keys[0]]])[0].key] = d.names[0]
        return forced

    # -- 1. names of no entity

    def _find_junk(self, forced: set[str]) -> None:
        surnames = {r.person.surname for r in self.raws.values() if r.kind == "Person" and r.person.full}
        for raw in self.raws.values():
            if raw.key in forced:
                continue
            if self.curation and self.curation.is_not_entity(raw.kind, raw.name):
                self.junk[raw.key] = "the aliases file"
                continue
            reason = junk_reason(raw.kind, raw.name)
            if reason and raw.kind == "Person" and reason.startswith("a title") and normalize(raw.name) in surnames:
                continue  # "Major" where the corpus names John Major
            if reason:
                self.junk[raw.key] = reason

    def live(self, kinds: tuple[str, ...] = KIND_ORDER) -> list[Raw]:
        return [r for r in self.sorted if r.key not in self.junk and r.kind in kinds]

    def join(self, a: Raw, b: Raw, why: str) -> None:
        if a.key not in self.junk and b.key not in self.junk and self.groups.union(a.key, b.key):
            self.joined.setdefault(b.key, why)

    # -- 2. what names say

    def _join_kinds(self) -> None:
        """One name read as two kinds is one thing, of the kind most articles read, where the two can be one:
        a body and a place (a country acting); a one-word "person" that is no one's surname here; a body
        named like a person read as one; and any name two articles in three or more read as the other kind
        ("Merrill Lynch" the bank, which the tagger also took for a person)."""
        surnames = {r.person.surname for r in self.live(("Person",)) if r.person.full}
        for raws in self.by_name.values():
            raws = [r for r in raws if r.key not in self.junk]
            if len(raws) < 2:
                continue
            main = min(raws, key=lambda r: (-len(r.articles), KIND_ORDER.index(r.kind), r.key))
            for other in raws:
                if other.kind == main.kind:  # itself, or an event's description in another article
                    continue
                bodies = main.kind in BODIES and other.kind in BODIES
                stray = other.kind == "Person" and not other.person.full and other.person.surname not in surnames
                mistyped = main.kind == "Person" and main.person.full and other.kind in BODIES
                outnumbered = len(main.articles) >= 2 * len(other.articles) and not (
                    other.kind == "Person" and not other.person.full and other.person.surname in surnames)
                if bodies or (stray and main.kind in BODIES) or mistyped or outnumbered:
                    self.join(main, other, f"the same name read as {other.kind}")

    def _join_events(self) -> None:
        """"the Geneva AI Safety Summit" in one article, "the 2025 Geneva AI Safety Summit" in another: a named
        event's name that another article read as a form of the one event it names (there without its year)."""
        for raw in self.live(("Event",)):
            if not any(c.isupper() for c in raw.name):
                continue  # "the data workshop": a description says nothing about which happening
            owners = self.owners(raw, ("Event",))
            if len(owners) == 1:
                self.join(owners[0], raw, "a form another article gave the one event it names")

    def articles(self, raw: Raw) -> int:
        """How many articles name the group ``raw`` is in."""
        return len(set().union(*(self.raws[k].articles for k in self.groups.members[self.groups.find(raw.key)])))

    def has_person(self, raw: Raw) -> bool:
        return any(self.raws[k].kind == "Person" for k in self.groups.members[self.groups.find(raw.key)])

    def owners(self, raw: Raw, kinds: tuple[str, ...]) -> list[Raw]:
        """The other groups in which some article read ``raw``'s name as a form of its entity."""
        if self._forms is None:
            self._forms = defaultdict(list)
            for other in self.live():
                for form in {normalize(f) for f in other.forms}:
                    self._forms[form].append(other)  # in the order of the keys, whatever the set's
        mine = self.groups.find(raw.key)
        return self.distinct([o for o in self._forms.get(normalize(raw.name), [])
                              if o.kind in kinds and self.groups.find(o.key) != mine])

    def distinct(self, raws: list[Raw]) -> list[Raw]:
        """One raw per group: the candidates that are different things."""
        seen, out = set(), []
        for r in raws:
            root = self.groups.find(r.key)
            if root not in seen:
                seen.add(root)
                out.append(r)
        return out

    def gender(self, raw: Raw) -> str | None:
        """What the titles of the group ``raw`` is in say of the person, when they agree."""
        said = {self.raws[k].gender for k in self.groups.members[self.groups.find(raw.key)]} - {None}
        return said.pop() if len(said) == 1 else None
