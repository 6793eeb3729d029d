"""``kg_titles``: capitalised job titles are titles, not names, and not part of names.

Reports of forums and visits write titles with capitals ("Executive Director",
"Associate Dean", "Major General") and run them into names ("Professor Xue Gong",
"Dean Yuji Yoshino", "Vice President of the National Committee on Trade Jan
Berris"). The tagger then makes people of titles, titles of organisations and
organisations of people. This component, after ``kg_entity_repair``, settles
three cases on the mention spans:

* a mention made only of title words names no one: dropped;
* a person's mention that starts with title words starts after them (the title
  itself is read by the role rules, from the words before the name);
* "Title of Some Body Firstname Lastname;" where the tagger ran the body's name
  into the person's: the last two words are the person, the rest the body.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .mentions import HONORIFICS, PERSON_TITLES, mentions, set_mentions

#: Head words of a title: the last word of "Senior Research Fellow", "Deputy Director-General".
TITLE_HEADS = PERSON_TITLES | set(lexicon.ACADEMIC_TITLES)
#: Words that only ever qualify a title: "Executive", "Assistant", "Nonresident".
TITLE_MODIFIERS = set(lexicon.TITLE_MODIFIERS)


@Language.factory("kg_titles", requires=["doc.spans"], assigns=["doc.spans"])
def make_titles(nlp: Language, name: str):
    return repair_titles


def repair_titles(doc: Doc) -> Doc:
    out = []
    for span in mentions(doc):
        if all(is_title_word(t) for t in span):
            continue  # "Dean", "Attaché", "Associate Dean", "Major General"
        if span.label_ == "Person":
            span = _after_title(span)
        out += _split_body_and_name(span)
    set_mentions(doc, out)
    return doc


def is_title_word(t: Token) -> bool:
    """A word of a title: its head ("Director") or a word that qualifies one ("Executive", "Vice")."""
    word = t.lower_.rstrip(".")
    return word in TITLE_HEADS or word in TITLE_MODIFIERS or word in HONORIFICS or word in ("-", "co", "h.e") \
        or _hyphenated_title(word)


def is_title_head(t: Token) -> bool:
    word = t.lower_.rstrip(".")
    return word in TITLE_HEADS or _hyphenated_title(word) and word.split("-")[-1] in TITLE_HEADS


def _hyphenated_title(word: str) -> bool:
    parts = word.split("-")
    return len(parts) > 1 and all(p in TITLE_HEADS or p in TITLE_MODIFIERS or p == "co" for p in parts)


def _after_title(span: Span) -> Span:
    """"Professor Xue Gong" -> "Xue Gong"; a name must keep two words ("Dean Acheson" stays)."""
    start = span.start
    while start < span.end - 2 and is_title_word(span.doc[start]) and span.doc[start].is_title:
        start += 1
    return span if start == span.start else Span(span.doc, start, span.end, label="Person")


def _split_body_and_name(span: Span) -> list[Span]:
    """"President of the Pacific Forum Ralph Cossa ;": a body's name run into a person's."""
    doc = span.doc
    if span.label_ != "Organization" or len(span) < 4 or span.start < 2 or doc[span.start - 1].lower_ not in ("of", "at") \
            and not (doc[span.start - 1].lower_ == "the" and doc[span.start - 2].lower_ in ("of", "at")):
        return [span]
    before = doc[span.start - 1] if doc[span.start - 1].lower_ in ("of", "at") else doc[span.start - 2]
    if before.i == 0 or not is_title_head(doc[before.i - 1]):
        return [span]
    after = doc[span.end] if span.end < len(doc) else None
    listed = after is not None and after.text == ";"  # items of a list of people, each "Title of Body Name;"
    surname_again = any(t.text == span[-1].text and t.ent_type_ == "PERSON" for t in doc if not span.start <= t.i < span.end)
    if not (listed or surname_again):
        return [span]
    first, last = span[-2], span[-1]
    if not (first.pos_ == "PROPN" and last.pos_ == "PROPN" and first.is_title and last.text[:1].isupper()) \
            or first.lower_ in lexicon.UNIT_NOUNS or last.lower_ in lexicon.UNIT_NOUNS \
            or any(w.lower_ in ("of", "for", "on", "and") for w in span[-3:-1]) and span[-3].lower_ not in ("of", "for", "on", "and"):
        return [span]
    if span[-3].lower_ in ("of", "for", "on", "and", "&"):
        return [span]  # "Center for Energy Studies": the words after a preposition finish the body's name
    return [Span(doc, span.start, span.end - 2, label="Organization"), Span(doc, span.end - 2, span.end, label="Person")]
