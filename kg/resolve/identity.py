"""identity: which keys of a corpus are one real-world thing, and which name none.

Every article's record says which keys it read ("person/blair",
"organization/lib-dems") and the forms each took there. Over all of them at once:

1. names that are no entity are dropped (``kg.resolve.junk``), unless the corpus
   shows a bare word to be someone's surname ("Major" where John Major is named);
2. keys are joined, most certain first, by what their names say: one name read as
   two kinds (a country acting as a body); a person's name with and without titles
   and middle initials, with a familiar or misspelt first name ("Jim"/"James"), a
   surname one letter off; a body's name with and without "Party", in the plural,
   with its words cut short ("Lib Dem"), with other little words ("Institute for/of
   Fiscal Studies"), one or two letters off a far more read one, as its acronym
   when the corpus has one expansion (or one read five times as often), or as a
   form articles read for the one entity it names ("Stanford"); the names news
   uses for one body (``lexicon.SAME_NAMES``); a named event's name as a form
   another article read for one event (its name there without the year); a surname alone, or after a title
   ("Mr Blair"), when the corpus has one full name it fits;
3. a short form that fits several full names ("Blair": Tony, Cherie, Ian) joins,
   article by article, the one its usage and company there make likeliest, when
   that is clearly so, or stays apart (``_decide_by_context``);
4. each group takes the key of its fullest, most read name, and keeps as alternate
   names only the forms the corpus does not give to another entity.

An analyst's aliases file (``kg.curate``) comes first: its groups are joined,
its non-entities dropped, and no step joins what it keeps apart. Everything is
sorted before it is decided, so the outcome depends on the set of records only:
not on their order, the batches, ``--jobs``, or how many builds brought them.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from ..records import Entity
from .junk import junk_reason
from .names import (KIND_ORDER, PersonName, clipped, first_names_match, initials, is_acronym, key_kind, normalize,
                    org_variants, person_name, surnames_match)
from .record import ArticleRecord

__all__ = ["Identity", "resolve_identity", "Raw"]

_BODIES = ("Organization", "Place")


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


class _Groups:
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
    raws: dict[str, Raw] = {}
    for record in records:
        for occ in record.occurrences:
            raw = raws.setdefault(occ.key, Raw(occ.key))
            raw.kinds.update(occ.kinds)
            raw.spellings[occ.names[0]] += 1
            raw.forms.update(set(occ.names))
            raw.articles.add(record.article)
    return _Resolution(records, raws, curation).run()


class _Resolution:
    def __init__(self, records: list[ArticleRecord], raws: dict[str, Raw], curation):
        self.records, self.raws, self.curation = records, raws, curation
        self.by_name: dict[str, list[Raw]] = defaultdict(list)  # folded name -> raws, any kind
        for raw in sorted(raws.values(), key=lambda r: r.key):
            self.by_name[normalize(raw.name)].append(raw)
        self.groups = _Groups(sorted(raws), self._curated_apart())
        self.junk: dict[str, str] = {}
        self.joined: dict[str, str] = {}
        self.named: dict[str, str] = {}  # key -> the name an analyst gave its group (it then stands for the group)
        self.occurrence: dict[tuple[str, str], str] = {}  # (article, key) -> key of the group it joined there
        self._forms: dict[str, list[Raw]] | None = None  # folded form -> the raws some article read it for
        self.usage: dict[str, Counter] = defaultdict(Counter)  # folded form -> entity key -> articles using it so

    def run(self) -> Identity:
        forced = self._curated_same()
        self._find_junk(forced)
        self._join_kinds()
        self._join_people()
        self._join_bodies()
        self._join_events()
        self._join_short_forms()
        return self._identity()

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

    def _live(self, kinds: tuple[str, ...] = KIND_ORDER) -> list[Raw]:
        return [r for k, r in sorted(self.raws.items()) if k not in self.junk and r.kind in kinds]

    def _join(self, a: Raw, b: Raw, why: str) -> None:
        if a.key not in self.junk and b.key not in self.junk and self.groups.union(a.key, b.key):
            self.joined.setdefault(b.key, why)

    # -- 2. what names say

    def _join_kinds(self) -> None:
        """One name read as two kinds is one thing, of the kind most articles read, where the two can be one:
        a body and a place (a country acting); a one-word "person" that is no one's surname here; a body
        named like a person read as one; and any name two articles in three or more read as the other kind
        ("Merrill Lynch" the bank, which the tagger also took for a person)."""
        surnames = {r.person.surname for r in self._live(("Person",)) if r.person.full}
        for raws in self.by_name.values():
            raws = [r for r in raws if r.key not in self.junk]
            if len(raws) < 2:
                continue
            main = min(raws, key=lambda r: (-len(r.articles), KIND_ORDER.index(r.kind), r.key))
            for other in raws:
                if other.kind == main.kind:  # itself, or an event's description in another article
                    continue
                bodies = main.kind in _BODIES and other.kind in _BODIES
                stray = other.kind == "Person" and not other.person.full and other.person.surname not in surnames
                mistyped = main.kind == "Person" and main.person.full and other.kind in _BODIES
                outnumbered = len(main.articles) >= 2 * len(other.articles) and not (
                    other.kind == "Person" and not other.person.full and other.person.surname in surnames)
                if bodies or (stray and main.kind in _BODIES) or mistyped or outnumbered:
                    self._join(main, other, f"the same name read as {other.kind}")

    def _join_people(self) -> None:
        """Full names that differ in titles, middle names or initials: "George W Bush", "Mr George Bush"."""
        by_core: dict[str, list[Raw]] = defaultdict(list)
        for raw in self._live(("Person",)):
            if raw.person.full and len(raw.person.words[0]) > 1:
                by_core[raw.person.core].append(raw)
        for raws in by_core.values():
            for other in raws[1:]:
                if _compatible(raws[0].gender, other.gender):
                    self._join(raws[0], other, "the same first name and surname")
        # "Jim Callaghan" and "James Callaghan", "Damien" and "Damian Hockney", "Robert Peston" and "Preston"
        by_surname: dict[str, list[Raw]] = defaultdict(list)
        for raws in by_core.values():
            by_surname[raws[0].person.surname].append(raws[0])
        for a, b in _near_pairs(sorted(by_surname)):
            for x in by_surname[a]:
                for y in by_surname[b]:
                    if x is not y and first_names_match(x.person.words[0], y.person.words[0]) \
                            and _compatible(self._gender(x), self._gender(y)):
                        self._join(x, y, "the same person's name spelt otherwise, or a familiar first name")
        # "G Brown": an initial for the first name, when one full name fits
        full: dict[str, list[Raw]] = defaultdict(list)
        for r in self._live(("Person",)):
            if r.person.full and len(r.person.words[0]) > 1:
                full[r.person.surname].append(r)
        for raw in self._live(("Person",)):
            if raw.person.full and len(raw.person.words[0]) == 1:
                fits = self._distinct([r for r in full.get(raw.person.surname, [])
                                       if r.person.words[0][0] == raw.person.words[0]])
                if len(fits) == 1:
                    self._join(fits[0], raw, "an initial for the first name")

    def _join_bodies(self) -> None:
        """Bodies' and places' names with and without "Party", plural, clipped, as acronyms, or as news calls them."""
        bodies = self._live(_BODIES)
        by_variant: dict[str, list[Raw]] = defaultdict(list)
        for raw in bodies:
            for v in sorted(org_variants(raw.name)):
                by_variant[v].append(raw)
        for raws in by_variant.values():
            for other in raws[1:]:
                self._join(raws[0], other, "the same name with or without 'Party', or in the plural")
        for group in _same_names():
            raws = [r for r in bodies if org_variants(r.name) & group]
            for other in raws[1:]:
                self._join(raws[0], other, "names news uses for one body or country")
        # clipped words: "Lib Dem" for "Liberal Democrat"
        by_stems: dict[tuple, list[tuple[str, Raw]]] = defaultdict(list)
        for raw in bodies:
            for v in sorted(org_variants(raw.name)):
                words = v.split()
                if len(words) >= 2 and not v.startswith("~"):
                    by_stems[tuple(w[:3] for w in words)].append((v, raw))
        for pairs in by_stems.values():
            for short, a in pairs:
                fits = self._distinct([b for full, b in pairs if clipped(short, full)])
                if len(fits) == 1:
                    self._join(fits[0], a, "its words cut short")
        # near-identical names of as many words: "Europe Union", a slip for "European Union"
        blocks: dict[tuple, list[tuple[str, Raw]]] = defaultdict(list)
        for raw in bodies:
            folded = normalize(raw.name)
            if len(folded) >= 10:
                blocks[(len(folded.split()), folded[:2])].append((folded, raw))
        for block in blocks.values():
            for i, (fa, a) in enumerate(block):
                for fb, b in block[i + 1:]:
                    if fa == fb or abs(len(fa) - len(fb)) > 2:
                        continue
                    matcher = SequenceMatcher(None, fa, fb)
                    if matcher.quick_ratio() >= 0.93 and matcher.ratio() >= 0.93:
                        main, other = (a, b) if self._articles(a) >= self._articles(b) else (b, a)
                        if self._articles(main) >= 3 * self._articles(other):  # a slip is rare beside the name
                            self._join(main, other, "a near-identical name, far less read")
        # the form it takes in other articles: "Stanford" where an article read it for Stanford University
        for raw in bodies:  # of its own kind: "Texas" read for Texas Instruments once is still a place
            owners = [o for o in self._owners(raw, (raw.kind,)) if _shorter(raw, o)]
            if len(owners) == 1:
                self._join(owners[0], raw, "a form another article gave the one entity it names")
        # acronyms: "NHS" for "National Health Service", when the corpus has one expansion
        by_initials: dict[str, list[Raw]] = defaultdict(list)
        for raw in bodies:
            # a body's own name of two words or more ("Blair's Tory" is no name, "Tony Blair" a person's)
            if len(raw.name.split()) >= 2 and not is_acronym(raw.name) and "'" not in raw.name and "’" not in raw.name \
                    and not self._has_person(raw):
                by_initials[initials(raw.name)].append(raw)
        for raw in bodies:
            if is_acronym(raw.name):
                fits = self._distinct(by_initials.get(raw.name.replace(".", "").replace("&", ""), []))
                fits.sort(key=lambda r: (-self._articles(r), r.key))
                # one expansion, or one read five times as often as any other ("Europe Union" is a slip)
                if len(fits) == 1 or (fits and self._articles(fits[0]) >= 5 * self._articles(fits[1])):
                    self._join(fits[0], raw, "an acronym of its name")

    def _join_events(self) -> None:
        """"the Geneva AI Safety Summit" in one article, "the 2025 Geneva AI Safety Summit" in another: a named
        event's name that another article read as a form of the one event it names (there without its year)."""
        for raw in self._live(("Event",)):
            if not any(c.isupper() for c in raw.name):
                continue  # "the data workshop": a description says nothing about which happening
            owners = self._owners(raw, ("Event",))
            if len(owners) == 1:
                self._join(owners[0], raw, "a form another article gave the one event it names")

    def _articles(self, raw: Raw) -> int:
        """How many articles name the group ``raw`` is in."""
        return len(set().union(*(self.raws[k].articles for k in self.groups.members[self.groups.find(raw.key)])))

    def _has_person(self, raw: Raw) -> bool:
        return any(self.raws[k].kind == "Person" for k in self.groups.members[self.groups.find(raw.key)])

    def _owners(self, raw: Raw, kinds: tuple[str, ...]) -> list[Raw]:
        """The other groups in which some article read ``raw``'s name as a form of its entity."""
        if self._forms is None:
            self._forms = defaultdict(list)
            for other in self._live():
                for form in {normalize(f) for f in other.forms}:
                    self._forms[form].append(other)  # in the order of the keys, whatever the set's
        mine = self.groups.find(raw.key)
        return self._distinct([o for o in self._forms.get(normalize(raw.name), [])
                               if o.kind in kinds and self.groups.find(o.key) != mine])

    def _distinct(self, raws: list[Raw]) -> list[Raw]:
        """One raw per group: the candidates that are different things."""
        seen, out = set(), []
        for r in raws:
            root = self.groups.find(r.key)
            if root not in seen:
                seen.add(root)
                out.append(r)
        return out

    # -- 3. short forms of people's names

    def _join_short_forms(self) -> None:
        people = self._live(("Person",))
        full_by_surname: dict[str, list[Raw]] = defaultdict(list)
        for raw in people:
            if raw.person.full:
                full_by_surname[raw.person.surname].append(raw)
        shorts: dict[str, list[Raw]] = defaultdict(list)
        for raw in people:
            if not raw.person.full and raw.person.surname:
                shorts[raw.person.surname].append(raw)
        self.ambiguous: dict[str, list[str]] = {}  # short key -> the group roots it may stand for
        for surname, raws in sorted(shorts.items()):
            candidates = full_by_surname.get(surname, [])
            if not candidates:
                for raw in raws:  # "Gordon" where an article read it for Gordon Brown, and none for anyone else
                    owners = [o for o in self._owners(raw, ("Person",)) if _shorter(raw, o)]
                    if len(owners) == 1 and _compatible(raw.gender, self._gender(owners[0])):
                        self._join(owners[0], raw, "a form another article gave the one person it names")
                raws = [r for r in raws if len(self.groups.members[self.groups.find(r.key)]) == 1]  # still alone
                # "Falconer" and "Lord Falconer", with no full name: one person if the titles agree
                if len({r.gender for r in raws} - {None}) <= 1:
                    for other in raws[1:]:
                        self._join(raws[0], other, "the same surname, with or without a title")
                continue
            for raw in raws:
                fits = [c for c in self._distinct(candidates) if _compatible(raw.gender, self._gender(c))
                        and self.groups.allowed(raw.key, c.key)]
                if len(fits) == 1:
                    self._join(fits[0], raw, "the surname of the one full name it fits")
                elif fits:
                    self.ambiguous[raw.key] = [c.key for c in fits]
        if self.ambiguous:
            self._decide_by_context()

    def _gender(self, raw: Raw) -> str | None:
        said = {self.raws[k].gender for k in self.groups.members[self.groups.find(raw.key)]} - {None}
        return said.pop() if len(said) == 1 else None

    def _decide_by_context(self) -> None:
        """Each article's ambiguous short form joins the candidate its usage and company there make likeliest.

        A candidate's odds are how often articles use the short form for it (a prior:
        "Mr Blair" is mostly Tony Blair), times, for each other entity of the article
        that some candidate's articles name, how often the candidate's articles name it
        (smoothed towards how often articles in general do). It joins the likeliest only
        when that is five times as likely as the next (fifty, when no article used the
        form for any candidate); otherwise it stays apart.
        """
        groups_of: dict[str, set[str]] = {}
        for record in self.records:
            groups_of[record.article] = {self.groups.find(o.key) for o in record.occurrences
                                         if o.key not in self.junk and o.key not in self.ambiguous}
        df = Counter(g for gs in groups_of.values() for g in gs)
        n = len(self.records)
        candidates = {k: sorted({self.groups.find(c) for c in cs}) for k, cs in self.ambiguous.items()}
        company: dict[str, Counter] = {}
        for roots in candidates.values():
            for root in roots:
                if root not in company:
                    company[root] = Counter(g for gs in groups_of.values() if root in gs for g in gs)
        for record in self.records:
            for occ in record.occurrences:
                roots = candidates.get(occ.key)
                if not roots or len(roots) < 2:
                    continue
                form = normalize(self.raws[occ.key].name)
                context = [x for x in sorted(groups_of[record.article] - set(roots))
                           if any(company[r][x] for r in roots)]  # what no candidate's articles name tells nothing
                scores, used = [], False
                for r in roots:
                    usage = self._usage(r, form)
                    used = used or usage > 0
                    odds = math.log(usage + 0.5)
                    size = company[r][r]
                    odds += sum(math.log((company[r][x] + 2 * df[x] / n) / (size + 2)) for x in context)
                    scores.append((odds, r))
                scores.sort(reverse=True)
                (best, root), (second, _) = scores[0], scores[1]
                if best - second >= math.log(5 if used else 50):  # on company alone, only where it tells a lot
                    self.occurrence[(record.article, occ.key)] = root
        self.joined.update({k: "by its usage and the company it keeps in each article" for k in self.ambiguous})

    def _usage(self, root: str, form: str) -> int:
        """In how many articles the group's entity took the (folded) form."""
        return sum(n for k in self.groups.members[root] for f, n in self.raws[k].forms.items() if normalize(f) == form)

    # -- 4. the entities

    def _identity(self) -> Identity:
        members: dict[str, list[Raw]] = defaultdict(list)
        for key, raw in sorted(self.raws.items()):
            if key not in self.junk:
                members[self.groups.find(key)].append(raw)
        canonical, names = {}, {}
        for root, raws in members.items():
            named = [r for r in raws if r.key in self.named]
            canonical[root] = (named[0] if named else _representative(raws)).key
            if named:
                names[root] = self.named[named[0].key]
        mapping: dict[tuple[str, str], str | None] = {}
        entities: dict[str, Entity] = {}
        for record in self.records:
            for occ in record.occurrences:
                if occ.key in self.junk:
                    mapping[(record.article, occ.key)] = None
                    continue
                root = self.groups.find(self.occurrence.get((record.article, occ.key), occ.key))
                key = canonical[root]
                if key != occ.key:
                    mapping[(record.article, occ.key)] = key
                entity = entities.get(key)
                if entity is None:
                    main = self.raws[key]
                    entity = entities[key] = Entity(key, set(), names.get(root, main.name))
                entity.articles.add(record.article)
                entity.aliases.update(occ.names)
                for form in {normalize(n) for n in occ.names}:
                    self.usage[form][key] += 1
                if _fits(key_kind(key), key_kind(occ.key)):
                    entity.kinds.update(occ.kinds)
                elif key_kind(key) == "Place" and key_kind(occ.key) == "Person":
                    entity.kinds.add("Organization")  # "China said": a place read as a person acts, as a body
        self._tidy(entities, mapping)
        return Identity(mapping, entities, dict(self.junk), self.joined)

    def _tidy(self, entities: dict[str, Entity], mapping: dict) -> None:
        """Each entity's kinds, and its forms cleared of those that name something else in the corpus.

        An article may read a form for an entity that the corpus gives to another:
        "Blair" in an article on Cherie Blair, "Kennedy" in one on Baroness Kennedy
        where forty articles use it for Charles Kennedy. The mention stays with its
        entity; the form is no name of it.
        """
        goes_to: dict[str, set[str | None]] = defaultdict(set)  # folded name of a key -> where its occurrences go
        for (article, key), target in mapping.items():
            goes_to[normalize(self.raws[key].name)].add(target)
        for key, raw in self.raws.items():
            if key not in self.junk and all((a, key) not in mapping for a in raw.articles):
                goes_to[normalize(raw.name)].add(key)
        for key, entity in entities.items():
            entity.kinds = {k for k in entity.kinds if _fits(key_kind(key), k)} or {key_kind(key)}
            entity.aliases.discard(entity.name)
            genders = Counter(person_name(f).gender for f in entity.aliases | {entity.name}) if "Person" in entity.kinds else {}
            he, she = genders.get("m", 0), genders.get("f", 0)
            for form in sorted(entity.aliases):
                folded = normalize(form)
                targets = goes_to.get(folded)
                mine, most = self.usage[folded][key], max(n for k, n in self.usage[folded].items() if k != key) \
                    if len(self.usage[folded]) > 1 else 0
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


def _near_pairs(surnames: list[str]):
    """Each surname with itself, and pairs of surnames one or two letters apart ("Peston", "Preston").

    Surnames that differ by a letter share a form with one letter left out, so only
    those pairs are compared, not every pair (17,000 people's names in the BBC corpus).
    """
    by_gap: dict[str, list[str]] = defaultdict(list)
    for name in surnames:
        for i in range(len(name)):
            by_gap[name[:i] + name[i + 1:]].append(name)
        by_gap[name].append(name)
    seen = set()
    for name in surnames:
        yield name, name
        for gap in {name, *(name[:i] + name[i + 1:] for i in range(len(name)))}:
            for other in by_gap.get(gap, ()):
                if other > name and (name, other) not in seen and surnames_match(name, other):
                    seen.add((name, other))
                    yield name, other


def _shorter(short: Raw, full: Raw) -> bool:
    """Whether ``short`` may stand for ``full``: fewer words, or its acronym ("Stanford", "MIT"); never the other way."""
    return len(normalize(short.name).split()) < len(normalize(full.name).split()) or is_acronym(short.name)


def _fits(kind: str, other: str) -> bool:
    """Whether a node of ``kind`` may also take ``other``: a body may be a place too (a country acting), nothing else."""
    return kind == other or (kind in _BODIES and other in _BODIES)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _same_names() -> list[set[str]]:
    from ..extract import lexicon  # lazily: it loads spaCy

    return [{v for n in group for v in org_variants(n)} for group in lexicon.SAME_NAMES]
