"""``kg_rosters``: lists of people written a line each, which are no sentences.

Reports close with who took part, an item a line::

    - Ana SILVA, Ministry of Foreign Affairs (Portugal), Deputy Director for Oceans
    - Tomas Berg, Northfield University, Associate Professor
    • Lena Holm, director of the Baltic Institute

An item starts with a name, then names, after its commas, the bodies the person
belongs to and the titles held there. The tagger reads such lines badly:
capitalised surnames are no names to it ("Ana SILVA"), and a body's name with no
sentence around it is often nothing at all ("Northfield University"). This
component finds the items (lines with a list marker, two or more lines in a row
that start with a name and a comma, or a name in running text with its title and
bodies in brackets after it), makes each item's name a person and each of
its capitalised parts that is no title a body, and drops what it tagged inside a
title ("Science and Innovation | Officer"). ``roster_facts`` reads the items'
titles and bodies in ``kg_relations``.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .mentions import ends_honorific, mentions, set_mentions
from .name_spans import BODY_WORDS
from .paragraphs import lines as line_spans
from .title_words import is_title_head, is_title_word

#: A list marker: "-", "•", "1.", "2)".
_MARKER = re.compile(r"^(?:[-–—•*·▪●◦]|\d{1,2}[.)])$")
#: Where an item's parts meet: a comma, or a dash with spaces round it.
_BREAKS = {",", ";", "–", "—", "-", "|"}
PARTICLES = set(lexicon.NAME_PARTICLES)
#: Words of a body's name that are not capitalised: "Ministry of Foreign Affairs", "Kaspersky France and Africa".
_NAME_JOINS = {"of", "and", "for", "the", "&", "de", "du", "des", "on", "in"}

if not Doc.has_extension("kg_rosters"):
    Doc.set_extension("kg_rosters", default=None)


class Item(NamedTuple):
    """One line of a list of people: the name's tokens, then each part after it as (start, end)."""

    name: tuple[int, int]
    parts: tuple[tuple[int, int], ...]
    bracketed: bool = False  # "Ana Silva (Director, Polar Institute, Northfield University)", in running text


@Language.factory("kg_rosters", requires=["doc.spans"], assigns=["doc.spans", "doc._.kg_rosters"])
def make_rosters(nlp: Language, name: str):
    return read_rosters


def read_rosters(doc: Doc) -> Doc:
    items = roster_items(doc)
    doc._.kg_rosters = items
    if not items:
        return doc
    spans = mentions(doc)
    for item in items:
        taken = [Span(doc, *item.name, label="Person")]
        for kind, a, b in item_parts(doc, item):
            if kind == "body" and not any(s.start <= a and b <= s.end and s.label_ == "Organization" for s in spans):
                taken.append(Span(doc, a + (doc[a].lower_ == "the"), b, label="Organization"))
            elif kind == "title":
                close = _closing_bracket(doc, b)  # "Associate Professor (Digital Law)": the post's field
                spans = [s for s in spans if s.label_ == "Place" and s.start < b  # ("Ambassador to | Egypt")
                         or not _in_title(s, a, b) and not b <= s.start < close]
            elif kind == "field":  # "Professor, Electrical and Computer Engineering": no body
                spans = [s for s in spans if not (a <= s.start and s.end <= b) or s.label_ == "Place"]
        opening = next((k for k in (item.name[0] - 1, item.name[0] - 2) if k >= 0 and doc[k].text == "("), None)
        if opening is not None:  # (the talk's title before the brackets is no one's name: "Polar Governance (Prof. X")
            spans = [s for s in spans if not (s.label_ in ("Person", "Organization") and s.end == opening)]
        spans = [s for s in spans if not any(s.start < t.end and t.start < s.end for t in taken)] + taken
    set_mentions(doc, spans)
    return doc


def roster_items(doc: Doc) -> list[Item]:
    """The items of every list of people in ``doc``."""
    lines = line_spans(doc)
    found: list[Item | None] = [_item(doc, a, b) for a, b in lines]
    out = []
    for k, item in enumerate(found):
        if item is None:
            continue
        if _has_clause(doc, *lines[k]):
            continue  # "John Smith, the director, said ...": a sentence, read by the parse
        marked = _MARKER.match(doc[lines[k][0]].text) is not None
        in_run = any(0 <= j < len(found) and found[j] is not None and found[j].parts for j in (k - 1, k + 1))
        if marked or in_run and item.parts:
            out.append(item)
    return out + _bracketed_items(doc)


def _bracketed_items(doc: Doc) -> list[Item]:
    """"We were joined by Ana Silva (Director, Polar Institute, Northfield University) and ...": a name with its
    title and bodies in brackets after it, in running text, is an item too. The brackets must open on a title and
    hold a body or a field after it ("Ana Silva (Brazil)" is no item)."""
    out = []
    for t in doc:
        if t.text != "(":
            continue
        close = next((k for k in range(t.i + 1, min(len(doc), t.i + 40)) if doc[k].text in ("(", ")")), None)
        if close is None or doc[close].text != ")":
            continue
        parts, a = [], t.i + 1
        for k in range(t.i + 1, close + 1):
            if doc[k].text in (",", ";", ")"):
                if a < k:
                    parts.append((a, k))
                a = k + 1
        inside = _name_inside(doc, parts)
        if inside is not None:
            out.append(inside)
            continue
        start = t.i
        while start > 0 and t.i - start < 5 and (doc[start - 1].is_title or doc[start - 1].text == "-"
                                                  or doc[start - 1].lower_ in PARTICLES):
            start -= 1
        if start == t.i or not _name_shaped(doc[start : t.i]):
            continue
        if len(parts) >= 2 and part_kind(doc, *parts[0]) == "title":
            out.append(Item((start, t.i), tuple(parts), bracketed=True))
    return out


def _name_inside(doc: Doc, parts: list[tuple[int, int]]) -> Item | None:
    """"Polar Governance (Prof. WANG Lihua, Deputy Director of X, Nordvik University)": a programme's talk, and in
    brackets its speaker's name, title and bodies; the item is the bracket's."""
    if len(parts) < 3:
        return None
    a, b = parts[0]
    while a < b and ends_honorific(doc[a]):
        a += 1  # ("Prof. Dr. | X", "Datuk Seri | X")
    if a < b and _name_shaped(doc[a:b]) and part_kind(doc, *parts[1]) == "title":
        return Item((a, b), tuple(parts[1:]), bracketed=True)
    return None


def item_parts(doc: Doc, item: Item) -> list[tuple[str, int, int]]:
    """Each part of ``item`` as (kind, start, end before any brackets); a capitalised part after a title with no
    body word in it is the post's field ("Senior Director, Responsible AI Policy"), kind "field"."""
    out = []
    for a, b in (piece for part in item.parts for piece in _at_ampersand(doc, *part)):
        kind, end = part_kind(doc, a, b), _before_brackets(doc, a, b)
        last_in_brackets = item.bracketed and (a, b) == item.parts[-1]  # "(Lead, Data Unit, KU Leuven)": the institution
        if kind == "body" and any(k == "title" for k, _, _ in out) and not any(t.lower_ in BODY_WORDS for t in doc[a:end]) \
                and not last_in_brackets:
            kind = "field"
        out.append((kind, a, end))
    return out


def _at_ampersand(doc: Doc, a: int, b: int) -> list[tuple[int, int]]:
    """"University of Lapland & Visiting Scholar": a part that runs on with '&' into the next title is two parts."""
    k = next((t.i for t in doc[a + 1 : b - 1] if t.text == "&" and is_title_word(doc[t.i + 1])
              and any(is_title_head(x) for x in doc[t.i + 1 : min(b, t.i + 5)])), None)
    return [(a, b)] if k is None else [(a, k), (k + 1, b)]


def part_kind(doc: Doc, a: int, b: int) -> str:
    """"title" ("Associate Professor", "director of X", "Doctoral student"), "body" ("UCLouvain",
    "British Embassy Brussels") or "other" (a field, a place in brackets)."""
    words = [t for t in doc[a:_before_brackets(doc, a, b)] if not t.is_punct]
    if not words:
        return "other"
    if is_title_word(words[0]) or any(is_title_head(t) for t in words[:4]) or words[0].is_title and len(words) > 1 \
            and words[1].is_lower and words[1].lower_ not in _NAME_JOINS:
        return "title"  # ("Doctoral student": a description, not a name)
    if all(_name_word(t) for t in words):
        return "body"
    return "other"


def _item(doc: Doc, a: int, b: int) -> Item | None:
    """The line as an item: a name first (after a list marker), then its parts; None if it is none."""
    if _MARKER.match(doc[a].text):
        a += 1
    end = next((k for k in range(a, b) if doc[k].text in _BREAKS and (doc[k].text == "," or doc[k].whitespace_)), b)
    if not _name_shaped(doc[a:end]):
        return None
    parts, start, depth = [], end + 1, 0
    for k in range(end + 1, b + 1):
        t = doc[k] if k < b else None
        depth += t is not None and t.text == "(" or -(t is not None and t.text == ")")
        if t is None or depth == 0 and t.text in _BREAKS and (t.text == "," or t.whitespace_):
            if start < k and (not parts or not doc[start].is_lower or is_title_word(doc[start])):
                parts.append((start, k))
            elif start < k:
                parts[-1] = (parts[-1][0], k)  # "vice minister for science, technology and innovation": one title
            start = k + 1
    return Item((a, end), tuple(parts))


def _has_clause(doc: Doc, a: int, b: int) -> bool:
    return b - a > 40 or any(t.pos_ in ("VERB", "AUX") and t.is_lower and not is_title_word(t) for t in doc[a:b])


def _name_shaped(span: Span) -> bool:
    """Two to five words of a person's name: "Ana SILVA", "Jean De MEYERE", "Jean-François Lucas"."""
    words = [t for t in span if t.text != "-"]
    if not 2 <= len(words) <= 5 or not words[0].is_alpha or not words[0].text[0].isupper():
        return False
    for t in words:
        if is_title_word(t) or t.lower_ in BODY_WORDS:
            return False
        if not (t.is_title or t.is_upper and t.is_alpha and len(t) > 1 or t.lower_ in PARTICLES or re.fullmatch(r"[A-Z]\.", t.text)):
            return False
    return sum(t.lower_ not in PARTICLES for t in words) >= 2


def _name_word(t: Token) -> bool:
    return t.text[:1].isupper() or t.lower_ in _NAME_JOINS or t.text in ("-", "'s", "’s", ".")


def _before_brackets(doc: Doc, a: int, b: int) -> int:
    return next((k for k in range(a, b) if doc[k].text == "("), b)


def _closing_bracket(doc: Doc, b: int) -> int:
    """Past the brackets right after ``b``, else ``b``."""
    if b < len(doc) and doc[b].text == "(":
        return next((k + 1 for k in range(b, min(len(doc), b + 12)) if doc[k].text == ")"), b)
    return b


def _in_title(span: Span, a: int, b: int) -> bool:
    """A mention the tagger made of a title's words ("Science and Innovation | Officer", "Ambassador for | Digital
    Affairs"); not a body after 'of', 'at' or 'in' ("Head of | Global Research Team")."""
    doc = span.doc
    if not (a <= span.start and span.end <= b) or not all(is_title_word(t) for t in doc[span.end : b]) \
            and not any(is_title_head(t) for t in span):
        return False
    joins = ("of", "at", "in")
    return not (span.start > a and doc[span.start - 1].lower_ in joins
                or span.start > a + 1 and doc[span.start - 1].lower_ == "the" and doc[span.start - 2].lower_ in joins)
