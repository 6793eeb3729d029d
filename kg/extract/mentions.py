"""Shared span helpers for kg's components: where mentions live on a Doc."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .dates import WEEKDAYS

MENTIONS = "kg_mentions"  # the span group every component reads and writes
_SCORE = re.compile(r"\d{1,3}-\d{1,3}")

#: spaCy NER label -> kg kind; labels not listed name no kg entity.
NER_KINDS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Place",
    "LOC": "Place",
    "FAC": "Place",
    "EVENT": "Event",
}


def mentions(doc: Doc) -> list[Span]:
    return list(doc.spans[MENTIONS]) if MENTIONS in doc.spans else []


def set_mentions(doc: Doc, spans: list[Span]) -> None:
    credits = credit_tokens(doc)
    spans = [_not_former(s) for s in spans if s.start not in credits]
    doc.spans[MENTIONS] = sorted(spans, key=lambda s: (s.start, -s.end))


def _not_former(span: Span) -> Span:
    """"Former Foreign Ministry | Ambassadors X and Y": what the holders were is no word of the body's name."""
    if span.label_ == "Organization" and len(span) > 1 and span[0].lower_ == "former":
        return Span(span.doc, span.start + 1, span.end, label=span.label_)
    return span


#: First words of a picture's credit: "(Photo: X / Y)", "(Image by X)".
_CREDIT_WORDS = {"photo", "photos", "image", "images", "picture", "pictures", "photograph", "credit", "source", "pic"}


def credit_tokens(doc: Doc) -> set[int]:
    """"(Photo: Arctic Energy Summit / K. Lund)": the tokens of a picture's credit in brackets, which names who took
    it or whose it is, not anyone or anything the story tells of."""
    found = doc.user_data.get("kg_credits")
    if found is None:
        found = set()
        for t in doc:
            if t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 1].lower_ in _CREDIT_WORDS and doc[t.i + 2].lower_ in (":", "by"):
                close = next((k for k in range(t.i + 3, min(len(doc), t.i + 25)) if doc[k].text == ")"), None)
                found.update(range(t.i, close + 1) if close else ())
        doc.user_data["kg_credits"] = found
    return found


def bracketed_short_names(doc: Doc, spans: list[Span]) -> dict[str, Span]:
    """The short names an article gives bodies in brackets right after their names: "Dhaka University (DU)" ->
    {"DU": the span "Dhaka University"}."""
    return {doc[s.end + 1].text: s for s in spans if s.label_ == "Organization" and s.end + 2 < len(doc)
            and doc[s.end].text == "(" and doc[s.end + 2].text == ")"}


def unit_owner(span: Span, by_start: dict[int, Span]) -> Span | None:
    """The body a unit is written with right after its name, which tells one "School of Public Health" from
    another: "the School of Public Health at the University of Sydney", "School of Public Health, Mahidol
    University", "the Confucius Institute in Presbyterian College". ``by_start``: the article's mentions by
    their first token."""
    if span.label_ != "Organization" or not any(t.lemma_.lower() in _UNIT_NOUNS for t in span):
        return None
    doc, i = span.doc, span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in (",", "at", "of", "in"):
        return None
    comma = doc[i].text == ","
    i += 1 + (doc[i + 1].lower_ == "the")
    owner = by_start.get(i)
    if owner is None or owner.label_ != "Organization":
        return None
    after = [t.lower_ for t in doc[owner.end : owner.end + 2]]
    listed = comma and (after[:1] in (["and"], ["&"]) or after == [",", "and"])  # ("the Centre for X, Y School, and Z")
    return None if listed else owner


_UNIT_NOUNS = set(lexicon.UNIT_NOUNS)


_POSTNOMINALS = set(lexicon.POSTNOMINALS)


def postnominal(t: Token) -> bool:
    """Letters written after a name for an honour ("OBE", "QC") or a seat ("MP", "MHK", "MLC": capitals with no vowel;
    a surname in capitals, "LI", "WANG", has one)."""
    return t.text in _POSTNOMINALS or t.is_upper and t.is_alpha and 2 <= len(t) <= 4 and not any(c in "AEIOUY" for c in t.text)


def mention_at(doc: Doc, token: Token) -> Span | None:
    """The mention whose root is ``token``, else the shortest one containing it."""
    best = None
    for span in mentions(doc):
        if span.start <= token.i < span.end:
            if span.root.i == token.i:
                return span
            if best is None or len(span) < len(best):
                best = span
    return best


def _closes_bracket(doc, start: int, end: int) -> bool:
    """"the meeting of the X Group (XG)": the bracket the span opened is its own."""
    return doc[end - 1].text == ")" and any(doc[k].text == "(" for k in range(start + 1, end - 1))


def trim(span: Span) -> Span:
    """Drop a leading determiner (or "i.e.", "e.g.") and a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an", "i.e.", "e.g.", "viz.") or doc[start].is_punct
                           or doc[start].tag_ == "POS" or doc[start].is_space
                           or doc[start].text == "HE" and start + 1 < end and doc[start + 1].is_title):
        start += 1  # ("HE Rami Al Adwan": His Excellency, in capitals, is no part of the name)
    day = next((k for k in range(start + 1, end - 1) if doc[k].lower_ in ("on", "last", "this", "next")
                and doc[k + 1].lower_ in WEEKDAYS), None)
    if day is not None:
        end = day  # "University of the Republic | on Friday": the tagger ran the name into the day
    owner = next((k for k in range(start + 1, end - 1) if doc[k].lower_ in ("'s", "’s")), None)
    if owner is not None and all(doc[k].is_lower and doc[k].pos_ != "ADP" for k in range(start, owner)) and doc[owner + 1].is_title:
        start = owner + 1  # "the university’s | Centre for East Asian Studies": the owner is no part of the name
        # (but "a meeting with the university’s Rector X" is named by its whole phrase)
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and not _closes_bracket(doc, start, end)
                           or doc[end - 1].is_space
                           or doc[end - 1].lower_ in ("'s", "’s", "the", "a", "an", "and", "or")
                           or doc[end - 1].lower_ in ("of", "for") and (end == len(doc) or not doc[end].is_title)):
        end -= 1  # "Oscars - the": the tagger ran into the next phrase (but "Ministry of Foreign Affairs of | Turkey" goes on)
    if end - start > 1 and _SCORE.fullmatch(doc[end - 1].text):
        end -= 1  # "beat Ghana 2-1": the score is no part of the name
    elif end - start > 3 and _SCORE.fullmatch(doc[end - 3 : end].text.replace(" ", "")):
        end -= 3
    return Span(doc, start, end, label=span.label_)


def apposed_after(span: Span) -> list[Token]:
    """Heads of appositions right after a name, however the parser attached them.

    "Shares in Vexo, the Dutch software maker, fell": the small parser often hangs
    "maker" on "Shares"; what follows "Vexo ," is still Vexo's apposition.
    """
    doc = span.doc
    out = [c for c in span.root.children if c.dep_ == "appos"]
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        root = span.root  # ("Armando Falcon, OFHEO director said": parsed as a second subject)
        out += [t for t in doc[span.end + 1 : min(len(doc), span.end + 12)]
                if t.left_edge.i == span.end + 1 and t not in out and t.pos_ == "NOUN"
                and (t.dep_ == "appos" or t.dep_ == root.dep_ and t.head.i == root.head.i and t.dep_.startswith("nsubj"))]
    return out


#: Words that name an office or a role before or for a person: "Chancellor", "chief", "MP", "coach".
PERSON_TITLES = {w.lower() for w in lexicon.TITLE_HEADS} | set(lexicon.OFFICE_TITLES) \
    | {w.lower() for w in lexicon.MEMBER_TITLES} | set(lexicon.ROLE_WORDS)

#: lexicon.HONORIFICS without their dots, to match ``token.lower_.rstrip(".")``: "Mr" and "Mr." alike.
HONORIFICS = {h.rstrip(".") for h in lexicon.HONORIFICS}
_TWO_WORD_HONORIFICS = set(lexicon.TWO_WORD_HONORIFICS)


ADDRESS_WORDS = set(lexicon.ADDRESS_WORDS)


def addressed(t: Token) -> bool:
    """Whether ``t`` ends how someone is addressed: "Her | Excellency", "His | Highness"."""
    return t.lower_ in ADDRESS_WORDS and t.i > 0 and t.doc[t.i - 1].lower_ in ("his", "her")


def ends_honorific(t: Token) -> bool:
    """Whether ``t`` is a courtesy title or ends one of two words: "Dr", "Datuk Seri", "Datin Paduka", "Her
    Excellency" ("Seri" and "Sri" alone may be a name's)."""
    return t.lower_.rstrip(".") in HONORIFICS or t.text == "HE" or addressed(t) \
        or t.i > 0 and t.doc[t.i - 1 : t.i + 1].text.replace("’", "'") in _TWO_WORD_HONORIFICS


def courtesy_start(doc: Doc, start: int) -> int:
    """Where the courtesy titles written right before ``start`` begin, with their dots and apostrophes: "Ms. | X",
    "Prime Minister Datuk Seri | X", "Ir Prof Academician Dato’ Dr | X"."""
    while start > 0 and (ends_honorific(doc[start - 1]) or start > 1 and doc[start - 1].text in (".", "'", "’")
                         and ends_honorific(doc[start - 2])):
        start -= 1
    return start


def honorific_surnames(doc: Doc) -> set[str]:
    """Surnames the article gives a courtesy title ("Mr Cable"), read once per Doc: entity
    repair asks for every name it checks, and the answer depends only on the parse."""
    if "kg_honorific_surnames" not in doc.user_data:
        doc.user_data["kg_honorific_surnames"] = frozenset(_honorific_surnames(doc))
    return doc.user_data["kg_honorific_surnames"]


def _honorific_surnames(doc: Doc) -> set[str]:
    # "Mr Cable", but not "Lord Chancellor Lord Falconer": a word leading into more name is a title
    out = set()
    for t in doc:
        if t.i > 0 and doc[t.i - 1].lower_.rstrip(".") in HONORIFICS and t.is_title and t.pos_ == "PROPN" \
                and not (t.dep_ == "compound" and t.head.pos_ == "PROPN" and t.head.i > t.i and doc[t.i + 1].text != "-"):
            while t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not t.whitespace_ and doc[t.i + 2].is_title:
                t = doc[t.i + 2]  # "Mr Kilroy-Silk": the surname ends after its hyphen
            out.add(t.text)
    return out


@lru_cache(maxsize=4)
def english_words(nlp: Language) -> frozenset[str]:
    """The lemmas the model's lemmatizer knows ("guest", "state", "forum"): a capitalised one alone after a title
    is more likely a word than a surname ("Chief Guest", "Director Dorjgotov"). Empty where the model has none.
    Read once per model, however many components ask."""
    if "lemmatizer" not in nlp.pipe_names or not hasattr(nlp.get_pipe("lemmatizer"), "lookups"):
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    return frozenset(w for key in table for w in table[key])


def known_word(t: Token, words: frozenset[str]) -> bool:
    """Whether ``t`` is a word of the language: its form, its lemma, or a plural the lemmatizer left ("Projects")."""
    w = t.lower_
    return w in words or t.lemma_.lower() in words or w.endswith("s") and w[:-1] in words \
        or w.endswith("ies") and w[:-3] + "y" in words  # ("Studies")
