"""junk: names the tagger took for entities that name no person, body, place or event.

A node is a proper name of its kind. These rules read only the name and its
kind, so they hold in any corpus; the identity step (``kg.resolve.identity``)
asks them of every name, and spares a bare word that the corpus shows to be
someone's surname ("Major" where John Major is named).
"""
from __future__ import annotations

import re
from functools import cache

from .names import HONORIFIC_GENDER, normalize, person_name, title_words

__all__ = ["junk_reason"]

#: One-word names of nationalities, faiths and peoples: "Welsh", "Muslims".
PEOPLES = frozenset("""
british english welsh scottish scots irish northern french german germans american americans european europeans asian
asians african africans arab arabs muslim muslims christian christians jewish jews hindu hindus sikh sikhs catholic
catholics protestant protestants islamic islamist islamists chinese japanese indian indians pakistani pakistanis
iraqi iraqis iranian iranians israeli israelis palestinian palestinians russian russians italian italians spanish
dutch belgian swedish danish norwegian finnish polish greek turkish australian australians canadian canadians
kurdish kurds afghan afghans syrian syrians egyptian saudi western eastern latin nordic celtic briton britons
londoner londoners asylum
""".split())

#: Words that name a kind of body or a body in general, not one body: "the Government", "Budget".
COMMON_NOUNS = frozenset("""
budget public government state party opposition administration media press police army navy people world nation
islam christianity judaism hinduism buddhism sikhism catholicism communism socialism capitalism thatcherism
blairism conservatism liberalism terrorism democracy internet web tax taxes economy bill
""".split())

#: Last words of names of documents, laws, budgets and programmes, which are no bodies or events.
DOCUMENT_WORDS = frozenset("""
act bill treaty directive charter protocol accord constitution amendment paper manifesto budget plan strategy
programme program scheme initiative policy law code guidelines agenda declaration resolution regulation
regulations statement pledge pledges contract deal honours
""".split())

#: Last words of events that go on rather than happen: wars, crises, reforms.
SITUATION_WORDS = frozenset("""
war wars conflict crisis occupation recession boom epidemic pandemic famine drought insurgency troubles
violence reform reforms revolution uprising intifada struggle dispute row scandal affair saga controversy
era
""".split()) | DOCUMENT_WORDS

#: Names of times: "New Year", "Christmas", "GMT".
TIMES = frozenset("""
new-year christmas easter ramadan eid diwali hanukkah thanksgiving halloween weekend new-year-s-eve christmas-eve
christmas-day boxing-day bank-holiday millennium monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december spring summer autumn winter gmt bst
est pst cet utc today tonight yesterday tomorrow lent advent passover
""".split())

#: Lower-case words that begin surnames: "de Gaulle", "van Gogh", "al-Sadr".
PARTICLES = frozenset("de da del della di du van von der den bin al el le la dos ter ten".split())

#: Titles and roles written like names: "MEP", "GP", "QC".
ROLE_NAMES = frozenset("mp mps mep meps msp msps am ams mla mlas gp gps qc qcs pm ceo cfo coo md mr mrs ms dr".split())

#: Words for a group of people, not one: "Labour MPs", "Tory peers".
GROUP_WORDS = frozenset("""
mps meps msps peers ministers members officials leaders voters people supporters rebels backbenchers activists
candidates councillors campaigners families residents workers critics officers
""".split())


@cache
def _document_heads() -> frozenset[str]:
    from ..extract import lexicon  # lazily: it loads spaCy

    return frozenset(w.lower() for w in lexicon.DOCUMENT_HEADS)


def _key(name: str) -> str:
    return normalize(name).replace(" ", "-")


def junk_reason(kind: str, name: str) -> str | None:
    """Why ``name`` of ``kind`` names no entity, or None when it may.

    >>> junk_reason("Person", "Chancellor"), junk_reason("Person", "Gordon Brown")
    ('a title, not a name', None)
    >>> junk_reason("Organization", "Budget"), junk_reason("Event", "New Year"), junk_reason("Event", "Iraq war")
    ('a common noun', 'a time', 'an ongoing situation, law or programme')
    """
    words = normalize(name).split()
    if not words or not re.search(r"[^\W\d_]", name):
        return "no name"
    key = "-".join(words)
    last = words[-1]
    if key in TIMES:
        return "a time"
    if kind != "Event" and not any(c.isupper() for c in name):
        return "not a proper name"
    if kind in ("Person", "Organization") and key in ROLE_NAMES:
        return "a title, not a name"
    if len(words) == 1 and key in PEOPLES:
        return "a people or faith, not one entity"
    if kind == "Person":
        parsed = person_name(name)
        if len(parsed.words) == 1 and (parsed.words[0] in title_words() or parsed.words[0] in HONORIFIC_GENDER):
            return "a title, not a name"  # "Chancellor", "Associate Dean", "Mr"
        first = name.split()[0]
        if first[:1].islower() and normalize(first.split("-")[0]) not in PARTICLES:
            return "not a proper name"  # "rang Lucy": the tagger ran a verb into the name
        if re.search(r"\d", name):
            return "not a proper name"  # "Natalie Appleton,31": an age run into the name
        if last in GROUP_WORDS or parsed.words[-1] in ROLE_NAMES:
            return "a group of people, not a person"
        return None
    if kind == "Organization":
        if len(words) == 1 and key in COMMON_NOUNS:
            return "a common noun"
        head = _head(words)  # "Office of Management and Budget" is an office
        if (head in DOCUMENT_WORDS or head in _document_heads()) and not _agency(words):
            return "a document, law, budget or programme"
        if last in GROUP_WORDS and len(words) <= 3:
            return "a group of people, not a body"
        if len(words) >= 2 and last in ROLE_NAMES:
            return "a title, not a name"  # "UKIP MEP", "Labour MP": a member, not the party
        return None
    if kind == "Event":
        if len(words) == 1 and key in COMMON_NOUNS:
            return "a common noun"
        head = _head(words)
        if head in ("day", "eve", "night") and len(words) >= 2:
            return "a time"  # "Holocaust Memorial Day", "Budget Day"
        if head in SITUATION_WORDS or head in _document_heads() or "convention-on" in key:
            return "an ongoing situation, law or programme"
        return None
    return None


def _agency(words: list[str]) -> bool:
    """A programme that is a body: the United Nations' (UN Development Programme, World Food Programme)."""
    return words[-1] in ("programme", "program") and (words[0] in ("un", "world") or "nations" in words)


def _head(words: list[str]) -> str:
    """The head of a name: the last word before "of", "on"... ("Convention on Human Rights": convention)."""
    for i, w in enumerate(words):
        if i and w in ("of", "on", "in", "at", "for", "with", "between", "against", "over", "and"):
            return words[i - 1]
    return words[-1]
