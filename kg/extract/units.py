"""``kg_units``: a body's whole name, and the parent named inside a unit's name.

"the School of Public Policy and Management of the University of Chinese Academy
of Sciences" names two bodies: the school, and the university it belongs to.
The tagger gives one span; this component, after ``kg_titles``, adds a mention
for the parent inside it (the rule ``parent-in-name`` then links the two), where
the part after the last 'of' or 'at' is itself a body's name: it ends in a word
for a kind of body ("University", "Academy of Sciences") or is named on its own
elsewhere in the article. It also gives back a name's first part before a
hyphen, which the tagger drops ("EU-Asia Centre" tagged "Asia Centre").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import lexicon
from .mentions import bracketed_short_names, mentions, set_mentions
from .name_keys import abbreviates, leads_unit
from .title_words import is_title_head

UNIT_NOUNS = set(lexicon.UNIT_NOUNS)
#: Words for a kind of body, which head a body's name: "Center for ...", "Peking University", "Chinese Academy of
#: Sciences" (a unit's name, or the parent's inside it).
BODY_HEADS = UNIT_NOUNS | {"university", "ministry", "academy", "institute", "institution", "association", "foundation",
                           "organization", "organisation", "union", "society", "corporation", "group", "government"}


@Language.factory("kg_units", requires=["doc.spans"], assigns=["doc.spans"])
def make_units(nlp: Language, name: str):
    return add_parents


def add_parents(doc: Doc) -> Doc:
    named = {s.text for s in mentions(doc) if s.label_ == "Organization"}
    found = [part for s in mentions(doc) for whole in _two_bodies(_field_at_body(s), named)
             for part in _venue_of(_as_venue(_with_hyphened_prefix(whole)))]
    found = _placed_in_short_name(doc, _widened_to_short_name(doc, found))
    texts = {s.text for s in found if s.label_ == "Organization"}
    short = set(bracketed_short_names(doc, found))  # "Dhaka University (DU)"
    found = [part for s in found for part in _short_name_before(s, short)]
    acronyms = {s.text for s in found if s.label_ == "Organization" and len(s) == 1 and s[0].is_upper and len(s[0]) > 1}
    found = _short_names_in_posts(doc, found, short | acronyms)
    taken = {(s.start, s.end) for s in found}
    added = []
    for s in found:
        first = next((t.i - s.start for t in s if t.lower_ in ("of", "at")), len(s))
        if s.label_ != "Organization" or not any(t.lemma_.lower() in UNIT_NOUNS for t in s[: max(2, first)]):
            continue  # (a unit's word may come after a name it honours: "Arne Berg School of Law at X")
        if any(s[:k].text in texts and leads_unit([t.text for t in s[:k]], [t.text for t in s]) for k in range(2, len(s))):
            continue  # "Nordic Academy of Arts | China Centre": its parent leads it, no tail after 'of'
        for t in s[1:-1]:  # the first 'of' or 'at' whose tail is a body: the nearest parent
            if t.lower_ not in ("of", "at"):
                continue
            start = t.i + 1 + (doc[t.i + 1].lower_ == "the")
            tail = Span(doc, start, s.end, label="Organization")
            inner = next((w.i for w in tail if w.lower_ in ("of", "at")), tail.end)
            named_as = doc[inner - 1]  # "Institutes | of Science ...", "Beihang University": the word a body's name is headed by
            body = tail.text in texts or named_as.lemma_.lower() in BODY_HEADS and tail[0].is_title
            if body and len(tail) >= 2 and (tail.start, tail.end) not in taken and tail.root.pos_ == "PROPN":
                added.append(tail)
                taken.add((tail.start, tail.end))
                break
    set_mentions(doc, found + added)
    return doc


def _short_name_before(span: Span, short: set[str]) -> list[Span]:
    """"Dean of DU | Faculty of Arts": a unit's name led by the short name the article gives a body in brackets
    ("Dhaka University (DU)") is that body's name, then the unit's (the rule ``parent-before`` links them)."""
    doc = span.doc
    if span.label_ != "Organization" or len(span) < 3 or span[0].text not in short or span[1].lemma_.lower() not in UNIT_NOUNS:
        return [span]
    return [Span(doc, span.start, span.start + 1, label="Organization"), Span(doc, span.start + 1, span.end, label="Organization")]


def _short_names_in_posts(doc: Doc, found: list[Span], short: set[str]) -> list[Span]:
    """"RGU Registrar Dr X", "RGU Economics Professor Dr Y": a body's short name (given in brackets, or tagged
    alone elsewhere) leading a post names that body; the words after it up to the title are the post's field."""
    taken = {i for s in found for i in range(s.start, s.end)}
    out = []
    for s in found:
        if s.label_ == "Organization" and len(s) > 1 and s[0].text in short and s.end < len(doc) \
                and is_title_head(doc[s.end]) and not any(t.lemma_.lower() in BODY_HEADS for t in s[1:]):
            out.append(Span(doc, s.start, s.start + 1, label="Organization"))
        else:
            out.append(s)
    for t in doc:
        if t.text not in short or t.i in taken:
            continue
        post = doc[t.i + 1 : t.i + 4]
        head = next((w.i for w in post if not w.is_title or is_title_head(w)), None)  # ("RGU Joint Registrar")
        if head is not None and doc[head].is_title and is_title_head(doc[head]):
            out.append(Span(doc, t.i, t.i + 1, label="Organization"))
    return out


VENUE_NOUNS = set(lexicon.VENUE_NOUNS)


def _as_venue(span: Span) -> Span:
    """"the Yingjie Conference | Center", "the Starlight | Hall", "Sir Shahnawaz Bhutto | Auditorium": a venue's name
    that the tagger cut before its last word (and so took for an event, a body or the person it is named after) is a
    place."""
    doc, end = span.doc, span.end
    nxt = doc[end] if end < len(doc) else None
    if nxt is None or not nxt.is_title or span.label_ not in ("Event", "Organization", "Person"):
        return span
    word = nxt.lemma_.lower()
    start = span.start - (span.label_ == "Person" and span.start > 0 and doc[span.start - 1].is_title
                          and doc[span.start - 1].lower_ in lexicon.HONORIFICS)  # "Sir | Shahnawaz Bhutto | Auditorium"
    if word in VENUE_NOUNS or span.label_ == "Event" and word in ("center", "centre"):
        return Span(doc, start, end + 1, label="Place")
    return span


def _widened_to_short_name(doc: Doc, found: list[Span]) -> list[Span]:
    """"Westvale and Lund Basin Enterprise ... WLBE": a body's name the tagger began after its first word and 'and',
    where a short name the report writes spells the whole."""
    if not any(s.label_ == "Organization" and s.start >= 2 and doc[s.start - 1].lower_ == "and" for s in found):
        return found  # (cheap first: most reports have no such name)
    shorts = {t.text for t in doc if t.is_upper and t.is_alpha and len(t) >= 3}
    taken = {i for s in found for i in range(s.start, s.end) if s.label_ != "Place"}
    out, widened = [], []
    for s in found:
        k = s.start - 2
        if s.label_ == "Organization" and k >= 0 and doc[k + 1].lower_ == "and" and doc[k].is_title and k not in taken \
                and any(abbreviates(x, [t.text for t in doc[k : s.end]]) and not abbreviates(x, [t.text for t in s]) for x in shorts):
            s = Span(doc, k, s.end, label="Organization")
            widened.append(s)
        out.append(s)
    return [s for s in out if s in widened or not any(w.start <= s.start and s.end <= w.end for w in widened)]


def _placed_in_short_name(doc: Doc, found: list[Span]) -> list[Span]:
    """"the Hungarian Chamber of Commerce in Canada (HCCC)": a place written between a body's name and the short
    name given to it, which the short name spells too, is part of the name."""
    by_start = {s.start: s for s in found}
    out, places = [], set()
    for s in found:
        k = s.end + 1
        place = by_start.get(k) if s.label_ == "Organization" and k < len(doc) and doc[s.end].lower_ == "in" else None
        short = doc[place.end + 1].text if place is not None and place.end + 2 < len(doc) and doc[place.end].text == "(" \
            and doc[place.end + 2].text == ")" and place.label_ == "Place" else ""
        if short and abbreviates(short, [t.text for t in doc[s.start : place.end]]) and not abbreviates(short, [t.text for t in s]):
            out.append(Span(doc, s.start, place.end, label="Organization"))
            places.add((place.start, place.end))
        else:
            out.append(s)
    return [s for s in out if (s.start, s.end) not in places]


def _two_bodies(span: Span, named: set[str] = frozenset()) -> list[Span]:
    """"University of Palermo and Center for International Studies", "Nordvik University and Eastbay University":
    two bodies' names joined by 'and', where the part after it starts a name of its own ("Center for ...",
    "College of ..."), both end in the word for a body, or each is ``named`` on its own elsewhere ("University at
    Buffalo and Presbyterian College"); "Department for Education and Skills" stays one."""
    doc = span.doc
    if span.label_ != "Organization":
        return [span]
    for t in span[1:-2]:
        nxt = doc[t.i + 1]
        fielded = any(w.lower_ in ("of", "for", "on") for w in doc[span.start : t.i])
        if t.lower_ == "and" and nxt.is_title and nxt.lemma_.lower() in BODY_HEADS and doc[t.i + 2].lower_ in ("of", "for", "on") \
                and (fielded or doc[t.i - 1].lemma_.lower() in BODY_HEADS) \
                or t.lower_ == "and" and fielded and nxt.is_upper and nxt.is_alpha and len(nxt) > 1 and not doc[t.i - 1].is_upper:
            # ("International Office and School of X"; "Government of Maharashtra and IIT Bombay": an acronym starts a name)
            return [Span(doc, span.start, t.i, label="Organization"), *_two_bodies(Span(doc, t.i + 1, span.end, label="Organization"))]
        # "Nordvik University and Eastbay University": each part ends in the word for a body
        if t.lower_ in ("and", "&") and nxt.is_title and (doc[t.i - 1].lower_ in BODY_HEADS and span[-1].lower_ in BODY_HEADS
                                                          or doc[span.start : t.i].text in named and doc[t.i + 1 : span.end].text in named):
            return [Span(doc, span.start, t.i, label="Organization"), Span(doc, t.i + 1, span.end, label="Organization")]
    return [span]


def _field_at_body(span: Span) -> Span:
    """"Professor of | Economics at Eastbay University", "Internationalization at University of X": a field or an
    office written before 'at' and a body's name, tagged with it, is no part of the body's name (but "the Confucius
    Institute at X" is a body at another)."""
    doc = span.doc
    at = next((t.i for t in span[1:-1] if t.lower_ == "at"), None)
    if span.label_ != "Organization" or at is None or any(t.lemma_.lower() in BODY_HEADS for t in doc[span.start : at]) \
            or not doc[span.end - 1].lemma_.lower() in BODY_HEADS and not doc[at + 1].lemma_.lower() in BODY_HEADS:
        return span
    return Span(doc, at + 1 + (doc[at + 1].lower_ == "the"), span.end, label="Organization")


def _venue_of(span: Span) -> list[Span]:
    """"the Yingjie Conference Center of Peking University": a venue named with the body it belongs to is
    two names, the place and the body."""
    doc = span.doc
    if span.label_ != "Place":
        return [span]
    k = next((t.i for t in span[1:-1] if t.lower_ == "of" and doc[t.i - 1].lemma_.lower() in VENUE_NOUNS | {"center", "centre"}), None)
    if k is None:
        return [span]
    start = k + 1 + (doc[k + 1].lower_ == "the")
    tail = Span(doc, start, span.end, label="Organization")
    if not any(w.lemma_.lower() in BODY_HEADS for w in tail):
        return [span]
    return [Span(doc, span.start, k, label="Place"), tail]


def _with_hyphened_prefix(span: Span) -> Span:
    """"EU-Asia Centre", "China-Pakistan Study Centre": the tagger drops the name's first part before a hyphen."""
    doc, i = span.doc, span.start
    if span.label_ != "Organization" or i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return span
    first = doc[i - 2]
    if not (first.is_alpha and (first.is_title or first.is_upper)) or first.ent_type_ in ("PERSON",) or is_title_head(first):
        return span  # (not "Chairman-Pathfinder Foundation": a post, then its body)
    return Span(doc, i - 2, span.end, label=span.label_)
