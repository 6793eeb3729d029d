"""people: which people's names of a corpus are one person (steps of ``kg.resolve.identity``).

A full name with and without titles, middle names and initials; a familiar or
misspelt first name; an initial for the first name; a surname alone, or after a
title, when the corpus has one full name it fits; and, where several fit, the
one each article's usage and company make clearly likeliest.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from .keys import Raw, compatible, shorter
from .names import first_names_match, name_particles, normalize, surnames_match

if TYPE_CHECKING:
    from .identity import Resolution

__all__ = ["join_people", "join_short_forms"]


def join_people(res: Resolution) -> None:
    """Full names that differ in titles, middle names or initials: "George W Bush", "Mr George Bush"."""
    by_core: dict[str, list[Raw]] = defaultdict(list)
    for raw in res.live(("Person",)):
        if raw.person.full and len(raw.person.first) > 1:
            by_core[raw.person.core].append(raw)
    for raws in by_core.values():
        for other in raws[1:]:
            if compatible(raws[0].gender, other.gender):
                res.join(raws[0], other, "the same first name and surname")
    # "Jim Callaghan" and "James Callaghan", "Damien" and "Damian Hockney", "Robert Peston" and "Preston"
    by_surname: dict[str, list[Raw]] = defaultdict(list)
    for raws in by_core.values():
        by_surname[raws[0].person.surname].append(raws[0])
    for a, b in _near_pairs(sorted(by_surname)):
        for x in by_surname[a]:
            for y in by_surname[b]:
                if x is not y and first_names_match(x.person.first, y.person.first) \
                        and compatible(res.gender(x), res.gender(y)):
                    res.join(x, y, "the same person's name spelt otherwise, or a familiar first name")
    # "G Brown": an initial for the first name, when one full name fits
    full: dict[str, list[Raw]] = defaultdict(list)
    for r in res.live(("Person",)):
        if r.person.full and len(r.person.first) > 1:
            full[r.person.surname].append(r)
    for raw in res.live(("Person",)):
        if raw.person.full and len(raw.person.first) == 1:
            fits = res.distinct([r for r in full.get(raw.person.surname, [])
                                 if r.person.first[0] == raw.person.first])
            if len(fits) == 1:
                res.join(fits[0], raw, "an initial for the first name")
    # "Al Ketbi", "van Gogh": a surname with its particle, where one full name ends in it
    particles = name_particles()
    by_surname = defaultdict(list)
    for r in res.live(("Person",)):
        if len(r.person.words) >= 3 and r.person.words[-2] in particles:
            by_surname[" ".join(r.person.words[-2:])].append(r)
    for raw in res.live(("Person",)):
        if len(raw.person.words) == 2 and raw.person.words[0] in particles:
            fits = [f for f in res.distinct(by_surname.get(" ".join(raw.person.words), []))
                    if compatible(raw.gender, res.gender(f))]
            if len(fits) == 1:
                res.join(fits[0], raw, "the surname, with its particle, of the one full name it fits")


def join_short_forms(res: Resolution) -> None:
    """A surname alone, or after a title, joins the one full name it fits; where several fit, see ``_decide_by_context``."""
    people = res.live(("Person",))
    full_by_surname: dict[str, list[Raw]] = defaultdict(list)
    for raw in people:
        if raw.person.full:
            full_by_surname[raw.person.surname].append(raw)
    shorts: dict[str, list[Raw]] = defaultdict(list)
    for raw in people:
        if not raw.person.full and raw.person.surname:
            shorts[raw.person.surname].append(raw)
    ambiguous: dict[str, list[str]] = {}  # short key -> the group roots it may stand for
    for surname, raws in sorted(shorts.items()):
        candidates = full_by_surname.get(surname, [])
        if not candidates:
            for raw in raws:  # "Gordon" where an article read it for Gordon Brown, and none for anyone else
                owners = [o for o in res.owners(raw, ("Person",)) if shorter(raw, o)]
                if len(owners) == 1 and compatible(raw.gender, res.gender(owners[0])):
                    res.join(owners[0], raw, "a form another article gave the one person it names")
            raws = [r for r in raws if len(res.groups.members[res.groups.find(r.key)]) == 1]  # still alone
            # "Falconer" and "Lord Falconer", with no full name: one person if the titles agree
            if len({r.gender for r in raws} - {None}) <= 1:
                for other in raws[1:]:
                    res.join(raws[0], other, "the same surname, with or without a title")
            continue
        for raw in raws:
            fits = [c for c in res.distinct(candidates) if compatible(raw.gender, res.gender(c))
                    and res.groups.allowed(raw.key, c.key)]
            if len(fits) == 1:
                res.join(fits[0], raw, "the surname of the one full name it fits")
            elif fits:
                ambiguous[raw.key] = [c.key for c in fits]
    if ambiguous:
        _decide_by_context(res, ambiguous)


def _decide_by_context(res: Resolution, ambiguous: dict[str, list[str]]) -> None:
    """Each article's ambiguous short form joins the candidate its usage and company there make likeliest.

    A candidate's odds are how often articles use the short form for it (a prior:
    "Mr Blair" is mostly Tony Blair), times, for each other entity of the article
    that some candidate's articles name, how often the candidate's articles name it
    (smoothed towards how often articles in general do). It joins the likeliest only
    when that is five times as likely as the next (fifty, when no article used the
    form for any candidate); otherwise it stays apart.
    """
    groups_of: dict[str, set[str]] = {}
    for record in res.records:
        groups_of[record.article] = {res.groups.find(o.key) for o in record.occurrences
                                     if o.key not in res.junk and o.key not in ambiguous}
    df = Counter(g for gs in groups_of.values() for g in gs)
    n = len(res.records)
    candidates = {k: sorted({res.groups.find(c) for c in cs}) for k, cs in ambiguous.items()}
    company: dict[str, Counter] = {}
    for roots in candidates.values():
        for root in roots:
            if root not in company:
                company[root] = Counter(g for gs in groups_of.values() if root in gs for g in gs)
    for record in res.records:
        for occ in record.occurrences:
            roots = candidates.get(occ.key)
            if not roots or len(roots) < 2:
                continue
            form = normalize(res.raws[occ.key].name)
            context = [x for x in sorted(groups_of[record.article] - set(roots))
                       if any(company[r][x] for r in roots)]  # what no candidate's articles name tells nothing
            scores, used = [], False
            for r in roots:
                usage = _usage(res, r, form)
                used = used or usage > 0
                odds = math.log(usage + 0.5)
                size = company[r][r]
                odds += sum(math.log((company[r][x] + 2 * df[x] / n) / (size + 2)) for x in context)
                scores.append((odds, r))
            scores.sort(reverse=True)
            (best, root), (second, _) = scores[0], scores[1]
            if best - second >= math.log(5 if used else 50):  # on company alone, only where it tells a lot
                res.occurrence[(record.article, occ.key)] = root
    res.joined.update({k: "by its usage and the company it keeps in each article" for k in ambiguous})


def _usage(res: Resolution, root: str, form: str) -> int:
    """In how many articles the group's entity took the (folded) form."""
    return sum(n for k in res.groups.members[root] for f, n in res.raws[k].forms.items() if normalize(f) == form)


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
