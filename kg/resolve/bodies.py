"""bodies: which names of bodies and places in a corpus are one thing (a step of ``kg.resolve.identity``).

A body's name with and without "Party", in the plural, with its words cut short
("Lib Dem"), with other little words; one or two letters off a far more read
one; a form articles read for the one entity it names ("Stanford"); its acronym,
when the corpus has one expansion; with and without the country it carries;
beside its translation; and the names news uses for one body or state
(``lexicon.SAME_NAMES``, ``states``).
"""
from __future__ import annotations

from collections import defaultdict
from difflib import SequenceMatcher
from functools import cache
from typing import TYPE_CHECKING

from .forms import (abbreviates, acronym_like, capital_runs, needed_capitals, qualified, translates, words_of,
                    written_out)
from .keys import BODIES, Raw, shorter
from .names import clipped, is_acronym, normalize, org_variants
from .states import STATE_NAMES, is_country

if TYPE_CHECKING:
    from .identity import Resolution

__all__ = ["join_bodies", "known_same"]


def join_bodies(res: Resolution) -> None:
    """Bodies' and places' names with and without "Party", plural, clipped, as acronyms, or as news calls them."""
    bodies = res.live(BODIES)
    by_variant: dict[str, list[Raw]] = defaultdict(list)
    for raw in bodies:
        for v in sorted(org_variants(raw.name)):
            by_variant[v].append(raw)
    for raws in by_variant.values():
        for other in raws[1:]:
            res.join(raws[0], other, "the same name with or without 'Party', or in the plural")
    for group in _same_names():  # the bodies with a variant in the group, found by their variants
        raws = sorted({r.key: r for v in group for r in by_variant.get(v, ())}.values(), key=lambda r: r.key)
        for other in raws[1:]:
            res.join(raws[0], other, "names news uses for one body or country")
    # clipped words: "Lib Dem" for "Liberal Democrat"
    by_stems: dict[tuple, list[tuple[str, Raw]]] = defaultdict(list)
    for raw in bodies:
        for v in sorted(org_variants(raw.name)):
            words = v.split()
            if len(words) >= 2 and not v.startswith("~"):
                by_stems[tuple(w[:3] for w in words)].append((v, raw))
    for pairs in by_stems.values():
        for short, a in pairs:
            fits = res.distinct([b for full, b in pairs if clipped(short, full)])
            if len(fits) == 1:
                res.join(fits[0], a, "its words cut short")
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
                    main, other = (a, b) if res.articles(a) >= res.articles(b) else (b, a)
                    if res.articles(main) >= 3 * res.articles(other):  # a slip is rare beside the name
                        res.join(main, other, "a near-identical name, far less read")
    # the form it takes in other articles: "Stanford" where an article read it for Stanford University
    for raw in bodies:  # of its own kind: "Texas" read for Texas Instruments once is still a place
        owners = [o for o in res.owners(raw, (raw.kind,)) if shorter(raw, o)]
        if len(owners) == 1:
            res.join(owners[0], raw, "a form another article gave the one entity it names")
    _join_acronyms(res, bodies)
    _join_qualified(res, bodies)
    _join_translations(res)


def _join_acronyms(res: Resolution, bodies: list[Raw]) -> None:
    """"NHS" for "National Health Service", "Belgian MoFA" for "Belgian Ministry of Foreign Affairs", when the
    corpus has one expansion (or one read five times as often as any other: "Europe Union" is a slip). Letter
    for letter first; only where none fits so, more loosely ("ASEAN": Association of SouthEast Asian Nations)."""
    # names are looked up by what an acronym must find in them, rather than each asked of each acronym
    by_letter: dict[str, list[Raw]] = defaultdict(list)
    by_capitals: dict[str, set[str]] = defaultdict(set)  # the capitals an acronym of a name must hold -> keys
    by_word: dict[str, set[str]] = defaultdict(set)  # a word of a name -> keys
    for raw in bodies:
        # a body's own name of two words or more ("Blair's Tory" is no name, "Tony Blair" a person's)
        if len(raw.name.split()) >= 2 and not is_acronym(raw.name) and "'" not in raw.name and "’" not in raw.name \
                and not res.has_person(raw):
            by_letter[normalize(raw.name)[:1]].append(raw)
            by_capitals[needed_capitals(raw.name)].add(raw.key)
            for word in words_of(raw.name):
                by_word[word].add(raw.key)
    for raw in bodies:
        if not any(acronym_like(w) for w in raw.name.split()):
            continue
        written = written_out(raw.name)
        if " " not in raw.name.strip():  # one acronym: the names whose capitals it holds
            found = set().union(*(by_capitals.get(run, ()) for run in capital_runs(raw.name)))
        elif written:  # "Belgian MoFA": the names with every word it writes out
            found = set.intersection(*(by_word.get(w, set()) for w in written))
        else:  # acronyms only ("BBC UK"): every name
            found = {c.key for c in by_letter.get(normalize(raw.name)[:1], [])}
        candidates = [c for c in by_letter.get(normalize(raw.name)[:1], []) if c is not raw and c.key in found]
        fits: list[Raw] = []
        for loose in (False, True):
            fits = res.distinct([c for c in candidates if abbreviates(raw.name, c.name, loose)])
            if fits:
                break
        fits.sort(key=lambda r: (-res.articles(r), r.key))
        if len(fits) == 1 or (fits and res.articles(fits[0]) >= 5 * res.articles(fits[1])):
            res.join(fits[0], raw, "an acronym of its name")


def _join_qualified(res: Resolution, bodies: list[Raw]) -> None:
    """A body's name with the country it carries and without: "Renmin University of China" and
    "Renmin University", "Korea's National Assembly" and "National Assembly of the Republic of Korea".

    Names that carry one country (by any of its names) are one body; the name without joins
    them when the corpus has it with that country only ("National Assembly", where the corpus
    has Korea's and no other country's). A city is part of a name: the Royal Society of
    Edinburgh is not the Royal Society.
    """
    bodies = [r for r in bodies if r.kind == "Organization"]  # a place's name carries no country: "North East of ..."
    carried: dict[str, dict[str, list[Raw]]] = defaultdict(lambda: defaultdict(list))  # name -> place -> raws
    for raw in bodies:
        found = qualified(raw.name, is_country)
        if found:
            core, place = found
            carried[_loose(core)][_place_key(res, place)].append(raw)
    plain: dict[str, list[Raw]] = defaultdict(list)
    for raw in bodies:
        plain[_loose(raw.name)].append(raw)
    for core, places in sorted(carried.items()):
        for raws in places.values():
            for other in raws[1:]:
                res.join(raws[0], other, "the same name, carrying the same country")
        if len(places) == 1:
            main = next(iter(places.values()))[0]
            for other in plain.get(core, []):
                res.join(main, other, "the name without the one country the corpus gives it")


def _join_translations(res: Resolution) -> None:
    """A body's name beside its translation in one article: "Centro Andino de Estudios Internacionales
    (Andean Center for International Studies)"."""
    for record in res.records:
        raws = [res.raws[o.key] for o in record.occurrences if o.key not in res.junk and res.raws[o.key].kind == "Organization"]
        for i, a in enumerate(raws):
            for b in raws[i + 1:]:
                if translates(a.name, b.name):
                    res.join(a, b, "its translation, beside it in an article")


def _loose(name: str) -> str:
    """The form spellings of one name share: its loose variant, or the name folded."""
    variants = org_variants(name)
    return min((v for v in variants if v.startswith("~")), default=normalize(name))


def _place_key(res: Resolution, place: str) -> str:
    """One key for a place by any of its names: its state's, or its group's in the corpus, or the name folded."""
    folded = normalize(place)
    for i, group in enumerate(_state_groups()):
        if folded in group:
            return f"state {i}"
    raws = res.by_name.get(folded)
    return res.groups.find(raws[0].key) if raws else folded


@cache
def _same_names() -> list[set[str]]:
    from ..extract import lexicon  # lazily: it loads spaCy

    return [{v for n in group for v in org_variants(n)} for group in lexicon.SAME_NAMES] + _state_groups()


@cache
def _state_groups() -> list[set[str]]:
    return [{normalize(n) for n in group} for group in STATE_NAMES]


def known_same(a: str, b: str) -> bool:
    """Whether two names are among the names news uses for one body or state ("Conservative Party", "Tory Party")."""
    va, vb = org_variants(a), org_variants(b)
    return any(va & group and vb & group for group in _same_names())
