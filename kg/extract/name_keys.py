"""Name keys for coreference: how two surface forms of one name are compared.

Normalised forms, a body's name without its class word, acronyms, an event's
name without its year or place, and the names news uses for one body or country.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from . import lexicon

STOP = {"of", "for", "the", "and", "&", "on", "in", "at"}


HONORIFICS = {h.rstrip(".") for h in lexicon.HONORIFICS}


#: A given name's initials run into the surname: "D.Davaa", "I.Guliyev" (groups: the initials, the surname).
INITIALLED = re.compile(r"^((?:[A-Z]\.){1,2})([A-Z][a-z]+)$")
#: A year closing a name's last word, the edition it names: "Trade Forum-2023".
EDITION = re.compile(r"-(?:19|20)\d\d$")


def strip_honorific(span: Span) -> list[Token]:
    tokens = [t for t in span if t.tag_ != "POS"]
    while tokens and tokens[0].lower_.rstrip(".") in HONORIFICS or [t.text for t in tokens[:2]] == ["H.", "E."]:
        tokens = tokens[2:] if tokens[0].text == "H." else tokens[1:]  # ("H. E. X", His Excellency written apart)
    return tokens


def abbreviates(short: str, words: list[str], loose: bool = False) -> bool:
    """Whether ``short`` is an abbreviation of the name ``words``.

    "GDC" for "Game Developers Conference", "UKIP" for "UK Independence Party",
    "BoE" for "Bank of England", "Nato" for "North Atlantic Treaty Organization".
    Every content word of the name must be capitalised (so "talks with the
    London Stock Exchange" has no abbreviation) and give its initial, or all its
    letters if it is itself in capitals; small words may give theirs or not.
    """
    letters = short.replace(".", "")
    if not letters.isalpha() or not letters[0].isupper() or len(words) < 2:
        return False
    if norm(short) in CANONICAL and CANONICAL[norm(short)] != CANONICAL.get(norm(" ".join(words))):
        return False  # "US" is the country, not "Universal Studios"
    capitals = sum(ch.isupper() for ch in letters)
    if capitals < 2 and (len(letters) < 4 or len(words) < 3):
        return False  # a capitalised word like "Iran" is an abbreviation only of a long name
    return _spells(letters.lower(), words, loose)


def _spells(letters: str, words: list[str], loose: bool = False) -> bool:
    """(``loose``: the first word may give a second letter of its own, as "Tianjin" gives the "TJ" of "TJUT", where a
    report introduces the short name in brackets right after the name.)"""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word.lower() in STOP:
        return _spells(letters, rest) or letters[:1] == word[0].lower() and _spells(letters[1:], rest)
    if not word[:1].isupper():
        return False
    if len(word) > 1 and word.isupper() and letters.startswith(word.lower()) and _spells(letters[len(word):], rest):
        return True
    if loose and len(letters) > 1 and letters[0] == word[0].lower() and letters[1] in word[2:].lower() \
            and _spells(letters[2:], rest):
        return True
    return letters[:1] == word[0].lower() and _spells(letters[1:], rest)


def acronym(word: str) -> str:
    return word.replace(".", "") if word.replace(".", "").isupper() else ""


def norm(span: Span | str) -> str:
    text = span if isinstance(span, str) else " ".join(t.text for t in strip_honorific(span))
    text = re.sub(r"['’]s\b", "", text.lower())
    text = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text)).strip()
    if "st " in text:  # (norm runs for every mention: the substitution only where it may apply)
        text = re.sub(r"\bst (?=[a-z])", "saint ", text)  # "St. Petersburg" is "Saint Petersburg"
    return re.sub(r"^(the|a|an) ", "", text)


def with_place(span: Span) -> str:
    """"debate" + "in London": news names a happening by where it was, so that is a name too."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ != "in" or doc[end + 1].ent_type_ not in ("GPE", "LOC", "FAC"):
        return ""
    last = end + 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    return doc[span.start : last + 1].text


def core_text(span: Span) -> str:
    """"2025 Geneva AI Safety Summit" -> "Geneva AI Safety Summit", "the successful Oslo summit" -> "Oslo summit": the name
    without a leading year or the words that praise or place it before its capitalised name."""
    named = next((t.i for t in span if t.i < span.root.i and t.pos_ == "PROPN" and t.is_title), span.start)
    praise = {t.i for t in span[:3] if _praise(t, span)}  # ("a highly successful business mission": a "business mission")
    tokens = [t for t in span if not (t.i < span.root.i and (t.ent_type_ == "DATE" or t.tag_ == "POS" or t.dep_ == "poss"
                                                             or t.i < named and t.pos_ in ("ADJ", "NOUN") and t.is_lower
                                                             or t.i in praise))]  # (and "a webinar | Inaugural Session")
    praised = bool(praise)
    if len(tokens) == len(span) or not tokens or not any(t.pos_ == "PROPN" for t in tokens) and len(tokens) < 3 and not praised:
        return ""  # (but "the Chamber's international trade exhibition" is "international trade exhibition" too)
    return span.doc[tokens[0].i : span.end].text


def _praise(t: Token, span: Span) -> bool:
    """"highly successful" of "a highly successful business mission": an adjective a degree adverb grades praises the
    event, which a classifier ("official", "bilateral") cannot be graded to do."""
    adj = t if t.pos_ == "ADJ" else t.head if t.dep_ == "advmod" and t.head.pos_ == "ADJ" else None
    return adj is not None and adj.i < span.root.i and adj.i - span.start < 3 and any(c.dep_ == "advmod" for c in adj.children) \
        and all(w.pos_ in ("ADV", "ADJ", "DET") for w in span.doc[span.start : adj.i + 1])


def event_core(span: Span) -> str:
    """The name of an event without dates, ordinals, possessives and a body's short name in brackets: "beijing forum"."""
    opened = [t.i for t in span if t.text == "("]
    bracketed = {k for o in opened for k in range(o, next((t.i for t in span if t.i > o and t.text == ")"), o) + 1)}
    keep = [
        t.text
        for t in span
        if t.i not in bracketed and t.ent_type_ not in ("DATE", "ORDINAL", "CARDINAL")
        and t.tag_ != "POS"
        and t.lower_ not in ("this", "that", "the", "a", "an", "next", "last")
        and not (t.like_num and len(t.text) == 4)
        and not (t.dep_ == "poss")
    ]
    return norm(" ".join(keep))


def name_key(m: Span) -> str:
    """The normalised name, and an organisation's in the singular: "Conservatives" is the "Conservative" party."""
    return body_key(m) if m.label_ == "Organization" else norm(m)


def body_key(name: Span | str) -> str:
    return " ".join(map(singular, norm(name).split()))


def same_body_name(a: str, b: str) -> bool:
    """Whether two names are one organisation's, as kg_coref links them: "Tories" and "Tory",
    "Tory" and "Conservative Party" (not yet clipped words, "Lib Dem" and "Liberal Democrat")."""
    ka, kb = body_key(a), body_key(b)
    return ka == kb or ka in CANONICAL and CANONICAL[ka] == CANONICAL.get(kb)


def singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


#: Each form of a name in lexicon.SAME_NAMES (normalised, and in the singular) -> the name news uses most.
CANONICAL = {form: group[0] for group in lexicon.SAME_NAMES for n in group for form in (norm(n), body_key(n))}


def leads_unit(body: list[str], full: list[str]) -> bool:
    """Whether the name ``full`` goes on from a whole body's name ``body`` to a unit of it: "Nordic Academy of Arts |
    China Centre", "Eastbay University | Institute of Ocean Law" (not "Nordic Academy | of Arts")."""
    rest = full[len(body):]
    return len(full) > len(body) >= 2 and full[: len(body)] == body and rest[0][:1].isupper() \
        and any(w.lower() in _INSTITUTION_HEADS for w in body) and any(w.lower() in _UNITS for w in rest)


_INSTITUTION_HEADS = set(lexicon.INSTITUTION_HEADS) | {"university"}
_UNITS = set(lexicon.UNIT_NOUNS)
