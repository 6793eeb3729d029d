"""Where places' names end, for ``kg_entity_repair``: a place before a body's or a building's name with 's is no
part of the name ("Tokyo’s | Keio University", "Cardiff’s | City Hall", which the tagger reads as one name), nor is
a body before its unit's ("Eastbay University’s | Institute for X"); a city's district written short after it is
("Washington, D.C.")."""
from __future__ import annotations

import re

from spacy.tokens import Span

from . import lexicon
from .name_keys import abbreviates
from .title_words import is_title_word

#: Owners in names of bodies that are no places: "the People's University", "Women's College".
_PEOPLE = {"people", "women", "children", "men", "st", "saint"}
#: Last words of names of institutions and buildings a city or a country may be said to own (not of units, which a
#: body owns: "Ulster’s Research Group" is the University of Ulster's).
_OWNED = set(lexicon.INSTITUTION_HEADS) | set(lexicon.VENUE_NOUNS)


def place_owned(spans: list[Span]) -> list[Span]:
    """Each name of a body or a building that starts with one capitalised name and 's splits there: the owner is a
    place, the rest the body's name. Not where the owner is a people or a title ("the People's University", "King's
    College"), nor where the name is a person's."""
    out = []
    for s in spans:
        owner = s[0]
        if len(s) > 3 and s.label_ != "Person" and s[1].tag_ == "POS" and owner.pos_ == "PROPN" and owner.is_title \
                and owner.lower_ not in _PEOPLE and not is_title_word(owner) and s[-1].lower_ in _OWNED \
                and all(t.is_title or t.lower_ in ("of", "and", "for") for t in s[2:]):
            out += [Span(s.doc, s.start, s.start + 1, label="Place"), Span(s.doc, s.start + 2, s.end, label=s.label_)]
        else:
            out.append(s)
    return out


_UNITS = set(lexicon.UNIT_NOUNS) | {"initiative", "project"}
_BODY_ENDS = set(lexicon.BODY_NOUNS)


def body_owned(spans: list[Span]) -> list[Span]:
    """"Eastbay University’s Institute for Polar Governance", "the Northfield Institute’s Global Health Programme": a
    body's name with 's before a unit's name the tagger read as one is two names, the body's and its unit's."""
    out = []
    for s in spans:
        k = next((t.i for t in s[1:-1] if t.tag_ == "POS" or t.lower_ in ("'s", "’s")), None)
        rest = s.doc[k + 1 : s.end] if k is not None else None
        if s.label_ == "Organization" and rest is not None and len(rest) >= 2 and s.doc[k - 1].lower_ in _BODY_ENDS \
                and all(t.is_title or t.lower_ in ("of", "for", "and", "on", "in", "&") or t.is_upper for t in rest) \
                and any(t.lower_ in _UNITS for t in rest):
            out += [Span(s.doc, s.start, k, label="Organization"), Span(s.doc, k + 1, s.end, label="Organization")]
        else:
            out.append(s)
    return out


#: Countries written in capitals, which a bracket after a body's name gives as where it is: "(USA)", "(UK)".
_COUNTRY_LETTERS = {n for group in lexicon.SAME_NAMES if "US" in group or "UK" in group for n in group if n.isupper()}

#: A district or a state written short after a city: "D.C.", "DC", "N.Y.".
_DISTRICT = re.compile(r"DC|(?:[A-Z]\.){2}|D\.C")


def with_district(spans: list[Span]) -> list[Span]:
    """"Washington, D.C.", "Washington DC": a city and its district written short are one place's name; the tagger
    makes two places of them."""
    out, gone = [], set()
    for s in spans:
        doc = s.doc
        k = s.end + (s.end < len(doc) and doc[s.end].text == ",")
        if s.label_ == "Place" and id(s) not in gone and k < len(doc) and _DISTRICT.fullmatch(doc[k].text) \
                and doc[k].lower_.rstrip(".") not in lexicon.HONORIFICS \
                and s[-1].is_title and not any(o.start < k + 1 and o.end > k + 1 for o in spans):
            gone.update(id(o) for o in spans if o.start == k and o.end == k + 1)
            s = Span(doc, s.start, k + 1, label="Place")
        out.append(s)
    return [s for s in out if id(s) not in gone]


_REGION_WORDS = set(lexicon.REGION_WORDS)


def town_of_region(spans: list[Span]) -> list[Span]:
    """"Wanning of Hainan Province": a town and the region it is of, which the tagger ran together, are two places."""
    out = []
    for s in spans:
        of = next((t.i for t in s[1:-1] if t.lower_ == "of"), None)
        if s.label_ == "Place" and of is not None and s[-1].lower_ in _REGION_WORDS and s[-1].is_title \
                and all(t.is_title for t in s.doc[s.start : of]) and s[0].lower_ not in _REGION_WORDS \
                and not any(t.lower_ in _REGION_WORDS or t.lower_ in ("republic", "kingdom", "city") for t in s.doc[s.start : of]):
            out += [Span(s.doc, s.start, of, label="Place"), Span(s.doc, of + 1, s.end, label="Place")]
            continue  # (not "the State of Qatar", "the Republic of Korea", "City of London")
        out.append(s)
    return out


def bracketed_places(spans: list[Span]) -> list[Span]:
    """"Hokuto University (Japan)", "the College of Northfield (USA)": a name in brackets right after a body's that
    does not shorten it but is written as a place's (capitalised words, or a country's letters) says where the body
    is; the tagger ran it into the body's name or took it for a short name."""
    if not spans:
        return spans
    doc = spans[0].doc
    out = list(spans)
    for s in spans:
        if s.label_ != "Organization" or s.end + 2 >= len(doc) or doc[s.end].text != "(":
            continue
        close = next((k for k in range(s.end + 2, min(len(doc), s.end + 5)) if doc[k].text == ")"), None)
        inside = doc[s.end + 1 : close] if close else None
        if inside is None or abbreviates(inside.text, [t.text for t in s]):
            continue
        placed = all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in inside) and inside[0].ent_type_ != "PERSON" \
            or inside.text in _COUNTRY_LETTERS
        if placed:
            out = [o for o in out if not (o.start < close and o.end > s.end + 1)]
            out.append(Span(doc, inside.start, inside.end, label="Place"))
    return out
