"""bodies: which names of bodies and places in a corpus are one thing (a step of ``kg.resolve.identity``).

A body's name with and without "Party", in the plural, with its words cut short
("Lib Dem"), with other little words; one or two letters off a far more read
one; a form articles read for the one entity it names ("Stanford"); its acronym,
when the corpus has one expansion; and the names news uses for one body or state
(``lexicon.SAME_NAMES``, ``states``).
"""
from __future__ import annotations

from collections import defaultdict
from difflib import SequenceMatcher
from functools import cache
from typing import TYPE_CHECKING

from .keys import BODIES, Raw, shorter
from .names import clipped, initials, is_acronym, normalize, org_variants
from .states import STATE_NAMES

if TYPE_CHECKING:
    from .identity import Resolution

__all__ = ["join_bodies"]


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
    for group in _same_names():
        raws = [r for r in bodies if org_variants(r.name) & group]
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
    # acronyms: "NHS" for "National Health Service", when the corpus has one expansion
    by_initials: dict[str, list[Raw]] = defaultdict(list)
    for raw in bodies:
        # a body's own name of two words or more ("Blair's Tory" is no name, "Tony Blair" a person's)
        if len(raw.name.split()) >= 2 and not is_acronym(raw.name) and "'" not in raw.name and "’" not in raw.name \
                and not res.has_person(raw):
            by_initials[initials(raw.name)].append(raw)
    for raw in bodies:
        if is_acronym(raw.name):
            fits = res.distinct(by_initials.get(raw.name.replace(".", "").replace("&", ""), []))
            fits.sort(key=lambda r: (-res.articles(r), r.key))
            # one expansion, or one read five times as often as any other ("Europe Union" is a slip)
            if len(fits) == 1 or (fits and res.articles(fits[0]) >= 5 * res.articles(fits[1])):
                res.join(fits[0], raw, "an acronym of its name")


@cache
def _same_names() -> list[set[str]]:
    from ..extract import lexicon  # lazily: it loads spaCy

    return [{v for n in group for v in org_variants(n)} for group in lexicon.SAME_NAMES] + _state_groups()


@cache
def _state_groups() -> list[set[str]]:
    return [{normalize(n) for n in group} for group in STATE_NAMES]
