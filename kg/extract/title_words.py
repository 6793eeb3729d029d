"""Which words make a title ("Executive Director", "Co-Chairs") and which end a body's name ("Council", "CSIS"):
the predicates the name and title rules share."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .mentions import HONORIFICS, PERSON_TITLES

#: Head words of a title: the last word of "Senior Research Fellow", "Deputy Director-General".
TITLE_HEADS = PERSON_TITLES | set(lexicon.ACADEMIC_TITLES)
#: Words that only ever qualify a title: "Executive", "Assistant", "Nonresident".
TITLE_MODIFIERS = set(lexicon.TITLE_MODIFIERS)
#: Nouns in a title's place that name a relation to a person, not a job: "his wife Tatiana".
NOT_TITLES = set(lexicon.NOT_TITLES)
#: Parts people play at a gathering: "the discussant", "Chief Guest", "the audience".
AT_EVENT_NOUNS = set(lexicon.AUDIENCE_NOUNS) | set(lexicon.EVENT_ROLE_NOUNS)
#: Last words of the field a post is in: "Foreign Affairs", "China Studies", "Public Engagement".
FIELD_WORDS = set(lexicon.FIELD_WORDS)
#: Class nouns of bodies: "think tank Demos" names a body, not a job.
ORG_CLASS = set(lexicon.CLASS_NOUNS["Organization"])

#: Last words of bodies' names (besides unit, class and event nouns): "Foreign Relations", "China Studies".
BODY_WORDS = set(lexicon.UNIT_NOUNS) | set(lexicon.CLASS_NOUNS["Organization"]) | set(lexicon.EVENT_NOUNS) | {
    "relations", "studies", "affairs", "sciences", "science", "economics", "policy", "development", "cooperation",
    "strategy", "research", "trustees", "exchange", "exchanges", "governance", "security", "technology", "university",
    "institution", "council", "forum", "center", "centre", "ministry", "authority", "group", "corporation", "project"}


def is_title_word(t: Token) -> bool:
    """A word of a title: its head ("Director") or a word that qualifies one ("Executive", "Vice")."""
    word = t.lower_.rstrip(".")
    return word in TITLE_HEADS or word in TITLE_MODIFIERS or word in HONORIFICS or word in ("-", "co", "h.e") \
        or _hyphenated_title(word) or t.text == "Under"  # ("UN Under Secretary-General", not "under the Ministry")


def is_title_head(t: Token) -> bool:
    word = t.lower_.rstrip(".")
    return word in TITLE_HEADS or _hyphenated_title(word) and word.split("-")[-1].removesuffix("s") in TITLE_HEADS


def is_plural_title(t: Token) -> bool:
    """The plural of a title head, however the tagger read it: "Fellows", "Vice Presidents", "Co-Chairs"."""
    word = t.lower_
    return len(word) > 3 and word.endswith("s") and word not in TITLE_HEADS and word[:-1].split("-")[-1] in TITLE_HEADS


def _hyphenated_title(word: str) -> bool:
    parts = word.split("-")
    parts[-1] = parts[-1][:-1] if parts[-1].endswith("s") and parts[-1][:-1] in TITLE_HEADS else parts[-1]  # "Co-Chairs"
    return len(parts) > 1 and all(p in TITLE_HEADS or p in TITLE_MODIFIERS or p == "co" for p in parts)


def ends_body(t: Token) -> bool:
    """A word that may end a body's name: "Council", "Relations", "Forum", "CSIS"."""
    word = t.lemma_.lower()
    return word in BODY_WORDS or t.lower_ in BODY_WORDS or t.is_upper and len(t) > 1
