"""Which names are people's, by the grammar around them, for ``kg_entity_repair``: a name with a role apposition
("Amara Nwosu, a climate scientist at X"), a name apposed to a title ("the Ambassador of Peru, Ana Ruiz,"), a
surname after a courtesy title ("Mr Cable"), wherever and however the tagger typed them; and the degrees and class
years after a name, which name no one ("X, M.P.H. ’05")."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from . import lexicon
from .dates import WEEKDAYS
from .datelines import dateline_words
from .mentions import HONORIFICS, addressed, ends_honorific, honorific_surnames, known_word, postnominal
from .name_keys import INITIALLED
from .name_spans import BODY_WORDS
from .title_words import is_title_head, is_title_word

_GIVEN_NAME_TITLES = set(lexicon.GIVEN_NAME_TITLES)
#: Title words that are adjectives too ("Official Development Assistance"): no untagged name is read after them.
_ADJECTIVE_TITLES = set(lexicon.TITLE_MODIFIERS) | {"official"}


_VENUES = set(lexicon.VENUE_NOUNS)


def without_postnominals(span: Span) -> Span:
    """"David Hurley AC DSC", "Scott Bowman AO": a person's name ends before the letters of their honours, and before
    a post the tagger ran into it."""
    doc, end = span.doc, span.end
    while span.label_ == "Person" and end - span.start > 2 and postnominal(doc[end - 1]):
        end -= 1  # ("Peter Greenhill MLC": the letters of a seat)
    run = end
    while span.label_ == "Person" and run - span.start > 2 and is_title_word(doc[run - 1]) and doc[run - 1].is_title:
        run -= 1
    end = run if end - run >= 2 else end  # "Tariq Osman Hyder | Former Diplomat": a post written after the name
    # (the tagger's nationalities are read only where a title follows: this runs for every mention)
    if span.label_ == "Person" and end - span.start > 2 and end < len(doc) and is_title_head(doc[end]) and doc[end].is_title \
            and any(e.label_ == "NORP" and e.text == doc[end - 1].text for e in doc.ents):
        end -= 1  # "Vladimir Putin | Russian President": whose president, not the name
    return span if end == span.end else Span(doc, span.start, end, label="Person")


def apposed_people(doc: Doc, spans: list[Span], class_nouns: set[str]) -> list[Span]:
    """"Amara Nwosu, a climate scientist at ...", "Pablo de Soto, the bank's finance director":
    a name with a role apposition is a person."""
    people = []
    for t in doc:
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.is_upper:  # (a surname may be "AlBudaiwi")
            continue
        appos = [c for c in t.children if c.dep_ == "appos" and (c.pos_ == "NOUN" and c.tag_ == "NN" or is_title_head(c))
                 and c.lemma_.lower() not in class_nouns]  # ("X, Executive Director of Y": a capitalised title too)
        titled = t.dep_ == "appos" and is_title_head(t.head) and t.head.i < t.i and not t.ent_type_  # "the Ambassador of Peru, | Ana Ruiz,"
        if not titled and (not appos or not any(p.dep_ == "prep" and p.lower_ in ("at", "of", "with", "for") or p.dep_ == "poss"
                                                for p in appos[0].children)):
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ in ("compound", "nmod") and doc[start - 1].head.i == t.i \
                and (doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title or doc[start - 1].lower_ in lexicon.NAME_PARTICLES):
            start -= 1
        while start > 1 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].is_title:
            start -= 2  # "Jean-| Pierre Cabestan": a hyphened given name is one
        run = doc[start : t.i + 1]
        if titled and (any(w.ent_type_ or w.lower_ in BODY_WORDS or is_title_word(w) for w in run)
                       or t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of" or doc[start - 1].text == "("):
            continue  # (untagged, and no body's name: "Vice Rector of X – | Higher School of Economics"; nor a
            # post's field in brackets: "Secretary (Economic Relations)")
        capitalised = appos and not (appos[0].pos_ == "NOUN" and appos[0].tag_ == "NN")
        if capitalised and (any(w.lower_ in BODY_WORDS or is_title_word(w) for w in run) or any(
                s.start < run.end and run.start < s.end and (s.start, s.end) != (run.start, run.end) for s in spans)):
            continue  # ("the Potsdam Institute for Climate Impact Research, Director X": a body's last words)
        if 2 <= len(run.text.split()) <= 3:
            people.append(Span(doc, start, t.i + 1, label="Person"))
    if not people:
        return spans
    kept = [s for s in spans if not any(s.start < p.end and p.start < s.end for p in people)]
    return kept + people

def _courtesy_length(s: Span) -> int:
    """How many words of courtesy open ``s``: 1 for "H.E. X" or "Hon X", 2 for "Her Excellency X" or "Rt Hon X", else 0."""
    if s[0].lower_.rstrip(".") in HONORIFICS:
        return 1 + (len(s) > 3 and s[1].lower_.rstrip(".") in HONORIFICS)
    return 2 if len(s) > 2 and addressed(s[1]) else 0


def honorific_people(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Mr Cable told MPs": a surname after a courtesy title is a person's, wherever it is tagged."""
    surnames = honorific_surnames(doc)
    out = []
    for s in spans:
        if s.label_ in ("Organization", "Place") and len(s) <= 3 and s[-1].text in surnames and all(t.is_title or t.text == "-" for t in s):
            s = Span(doc, s.start, s.end, label="Person")
        elif s.label_ != "Person" and (k := _courtesy_length(s)) and s[0].text[0].isupper() \
                and 2 <= len([t for t in s[k:] if t.text != "-"]) <= 5 \
                and all((t.is_title and t.pos_ == "PROPN" or t.i == s.end - 1 and t.is_upper and t.is_alpha) and not is_title_word(t)
                        or t.text == "-" and s.start + k <= t.i < s.end - 1 for t in s[k:]):  # ("H.E. Nana Addo Dankwa Akufo-Addo")
            s = Span(doc, s.start + k, s.end, label="Person")  # "Hon Nickolas Steele", "H.E. Josephine TEO", tagged as a body
        elif s.label_ != "Person" and s.start >= 3 and doc[s.start - 1].text == ")" and doc[s.start - 3].text == "(" \
                and doc[s.start - 2].lower_.rstrip(".") in HONORIFICS and 2 <= len(s) <= 4 \
                and all(t.is_title and t.pos_ == "PROPN" and not is_title_word(t) for t in s):
            s = Span(doc, s.start, s.end, label="Person")  # "Professor (Mrs.) Rita Akosua Dickson", tagged as a body
        out.append(s)
    covered = {i for s in out for i in range(s.start, s.end)}
    for t in doc:  # "Mr Walsh" the model left untagged
        if t.i > 0 and t.i not in covered and (doc[t.i - 1].lower_.rstrip(".") in HONORIFICS or addressed(doc[t.i - 1])
                                               or doc[t.i - 1].text == "Professor") \
                and t.is_title \
                and not ends_honorific(t):  # (not "Paduka" of "Datin Paduka")
            end = t.i + 1
            while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].is_title:
                end += 2  # "Mr Kilroy-Silk"
            if doc[end - 1].text in surnames:
                out.append(Span(doc, t.i, end, label="Person"))
                continue
            while end < len(doc) and end - t.i < 4 and end not in covered and doc[end].is_title and doc[end].pos_ == "PROPN" \
                    and not is_title_word(doc[end]):
                end += 1  # "The Hon Nickolas Steele, Minister of Health": a whole name after a courtesy title
            initial = len(t) == 1 and t.is_upper and end - t.i == 3  # "Professor R | Anand Pillai": an initial, no stop
            if 2 <= end - t.i <= 3 and not is_title_word(t) and doc[t.i - 1].text[0].isupper() and (t.pos_ == "PROPN" or initial):
                out.append(Span(doc, t.i, end, label="Person"))
                covered.update(range(t.i, end))
    return out


_DEGREE = re.compile(r"^(?:(?:[A-Z][a-z]?\.){1,4}|SM|SB|MBA|MPA|MPH|MPP|PhD|JD|MD|AB|BA|BS|MS|MA|LLB|LLM)$")
_CLASS_YEAR = re.compile(r"^[’'‘]?\d{2}$")


def alumni_note(doc: Doc, i: int) -> int:
    """"Gro Harlem Brundtland, M.P.H. ’65, SM ’66, former ...": where the degrees and class years after a name, from
    token ``i``, end (``i`` itself if there are none). They name no one and nothing."""
    k = i
    while k + 1 < len(doc) and _DEGREE.match(doc[k].text) and (
            _CLASS_YEAR.match(doc[k + 1].text) or doc[k + 1].text in ("’", "'", "‘") and k + 2 < len(doc) and doc[k + 2].text.isdigit()):
        k += 2 + (not doc[k + 1].text[-1].isdigit())
        if k + 1 < len(doc) and doc[k].text == "," and _DEGREE.match(doc[k + 1].text):
            k += 1
    return k


def place_led_people(spans: list[Span], words: frozenset[str] = frozenset()) -> list[Span]:
    """"Education Minister of | Belarus Sergei Maskevich", "Senior Analyst | Asia Francesca Manenti", "Minister of |
    IDCPC Song Tao": a name of three words or more the tagger began with the place or body the title before it is
    of (a word the article names as a place, or that the tagger calls one elsewhere; or an acronym) is that place
    or body and then the person's name. So is a body's so begun whose other words are none of the language
    (``words``): "Ambassador of Uzbekistan to | Kyrgyzstan Saidikram Niyazhodjaev"."""
    doc = spans[0].doc if spans else None
    places = {t.lower_ for s in spans if s.label_ == "Place" for t in s}
    places |= {t.lower_ for t in doc if t.ent_type_ in ("GPE", "LOC")} | dateline_words(doc) if doc is not None else set()
    out = []
    for s in spans:
        before = doc[s.start - 1] if s.start > 0 else None
        led = before is not None and (before.lower_ in ("of", "to", "in") or before.is_title and is_title_word(before)
                                      and before.lower_.rstrip(".") not in HONORIFICS  # ("Mr. | LEE Jong-heon": a name)
                                      or before.lower_ in BODY_WORDS)  # ("Ambassador in | Bergen Kari Lunde")
        first = s[0]
        named = s.label_ == "Person" or s.label_ == "Organization" and first.lower_ in places and all(
            t.is_title and t.is_alpha and not known_word(t, words) for t in s[1:])
        if named and len(s) >= 3 and led and (first.lower_ in places or first.is_upper and len(first) > 2):
            out += [Span(doc, s.start, s.start + 1, label="Place" if first.lower_ in places else "Organization"),
                    Span(doc, s.start + 1, s.end, label="Person")]
        else:
            out.append(s)
    return out


def title_led_people(doc: Doc, spans: list[Span], words: frozenset[str]) -> list[Span]:
    """"Rector Igor Maksimtsev said", "Director Dorjgotov of the Institute", "DW Chief Political Correspondent
    Michaela Kuefner": the capitalised words a capitalised title is a compound of, right after it, are a person's
    name, however the tagger took them (untagged, run into a body with the title, or with the title as a name).
    After a title that is also a given name ("Dean Acheson") a name must keep two words, and a word of the
    language (``words``) alone is no surname."""
    people = _after_fielded_title(doc, words) + _after_titled_body(doc, spans, words)
    for t in doc:
        if not (t.is_title and t.pos_ == "PROPN" and is_title_head(t)) or t.lower_.rstrip(".") in HONORIFICS or t.i + 1 >= len(doc) \
                or t.i > 0 and doc[t.i - 1].lower_ in ("of", "for"):
            continue  # ("Dean of General | Affairs Lin": a word of the post's field)
        end = t.i + 1
        capitals = end + 1 < len(doc) and doc[end].is_upper and doc[end].is_alpha and 2 <= len(doc[end]) <= 6 \
            and doc[end + 1].is_title and doc[end + 1].is_alpha and not is_title_word(doc[end + 1]) \
            and doc[end + 1].lower_ not in BODY_WORDS and doc[end].ent_type_ in ("", "PERSON") \
            and not (end + 2 < len(doc) and doc[end + 2].is_title)  # (not "Deputy PM | Winston Peters": a title's short form)
        end += 2 * capitals  # "Vice Minister | FANG Aiquing": a surname in capitals, then the given name (whatever its tag)
        while end < len(doc) and end - t.i <= 3 and _name_word(doc[end]):
            end += 1
        size = end - t.i - 1
        if not size or end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            continue  # no name, or the capitalised run goes on into something else
        if t.head.i not in range(t.i + 1, end) or size == 1 and t.lower_ in _GIVEN_NAME_TITLES:
            continue
        tagged = capitals or any(doc[k].ent_type_ == "PERSON" or INITIALLED.match(doc[k].text) for k in range(t.i + 1, end))
        if size == 1 and doc[t.i + 1].lower_ in words:
            continue  # "the Chief Guest", tagged a person: a word, not a surname
        if not tagged and (size == 1 or end < len(doc) and doc[end].lower_ in ("of", "for", "at", "in") or t.lower_ in _ADJECTIVE_TITLES):
            continue  # "Chief Guest", "Member States", "Official Development Assistance": words of a title or a thing
        name = Span(doc, t.i + 1, end, label="Person")
        inside = [s for s in spans if s.start < name.end and name.start < s.end]
        if any(s.label_ != "Person" and s.start > t.i for s in inside) or any(s.start < name.start and s.end > name.end for s in inside):
            continue  # a place or body of its own ("Ambassador Mongolia"), or a longer name that holds this one
        people.append(name)
    if not people:
        return spans
    kept = [s for s in spans if not any(s.start < p.end and p.start < s.end for p in people)]
    return kept + people


def _after_titled_body(doc: Doc, spans: list[Span], words: frozenset[str]) -> list[Span]:
    """"headed by the President of the Harbor Trade Centre, | Kari Lunde.": after a post of a body and a comma,
    capitalised words the tagger left and no dictionary knows (the last, at least) are the holder's name."""
    people = []
    for s in spans:
        of = s.start - 1 - (s.start > 0 and doc[s.start - 1].lower_ == "the")
        if s.label_ != "Organization" or s.end + 2 >= len(doc) or doc[s.end].text != "," or of < 1 \
                or doc[of].lower_ != "of" or not (doc[of - 1].is_title and is_title_head(doc[of - 1])):
            continue
        end = s.end + 1
        while end < len(doc) and end - s.end <= 3 and _name_word(doc[end]) and not doc[end].ent_type_:
            end += 1
        if end - s.end - 1 >= 2 and not known_word(doc[end - 1], words) and (end == len(doc) or not doc[end].is_title):
            people.append(Span(doc, s.end + 1, end, label="Person"))
    return people


def _after_fielded_title(doc: Doc, words: frozenset[str]) -> list[Span]:
    """"Jordan’s Minister of Water and Irrigation Raed Abu Saud stressed": after a capitalised title, its 'of' or
    'for' and a field of words of the language, the capitalised words no dictionary knows are a name."""
    people = []
    full_names = [(e.start, e.text) for e in doc.ents if e.label_ == "PERSON" and len(e) > 1]  # (where each was found)
    for t in doc:
        capitalised = t.is_title or t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].is_title  # ("Vice-rector")
        if not (capitalised and is_title_head(t)) or t.i + 3 >= len(doc):
            continue
        if doc[t.i + 1].lower_ in ("in", "to") and doc[t.i + 2].ent_type_ in ("GPE", "LOC"):
            people += _after_posted_place(doc, t.i + 2, words)
        if doc[t.i + 1].lower_ not in ("of", "for", "on"):
            continue
        end = t.i + 2
        while end < len(doc) and end - t.i < 12 and (doc[end].is_title or doc[end].lower_ in ("and", "&") and known_word(doc[end - 1], words)):
            end += 1  # (a name ends at its 'and': "... Urban Development Mohammad Eslami | and Pakistan’s Advisor")
        if end + 2 < len(doc) and doc[end].text == "," and end > t.i + 2 \
                and all(known_word(w, words) or w.lower_ in ("and", "&") for w in doc[t.i + 2 : end]):
            people += _after_comma(doc, end, words)  # "Minister of Foreign Affairs and Trade, | Hugh Todd;"
            continue
        start = end - (end - 1 > t.i + 2 and doc[end - 1].is_alpha and not is_title_word(doc[end - 1])
                       and not known_word(doc[end - 2], words))  # (a surname
        while start > t.i + 2 and end - start < 3 and doc[start - 1].is_title and not known_word(doc[start - 1], words):
            start -= 1  # may be a word: "... Human Mobility Tomas | Lind")
        if end - start == 1 and start > t.i + 3 and _name_word(doc[start - 1]) and known_word(doc[start - 2], words):
            start -= 1  # (a given name the dictionary knows: "... Urban Development | Mohammad Eslami")
        while start > t.i + 3 and any(text == doc[start - 1 : end].text and at != start - 1 for at, text in full_names):
            start -= 1  # (one the report writes in full elsewhere: "Advisor on Climate Change | Malik Amin Aslam")
        field = doc[t.i + 2 : start]
        if end - start >= 2 and len(field) and field[-1].lower_ not in ("and", "&") \
                and all(known_word(w, words) or w.lower_ in ("and", "&") for w in field):  # ("... for International Students")
            people.append(Span(doc, start, end, label="Person"))
    return people


def _after_comma(doc: Doc, comma: int, words: frozenset[str]) -> list[Span]:
    """Two or three capitalised words the tagger left after a post's comma, not all words of the language, that end
    the list's item: the holder's name."""
    end = comma + 1
    while end < len(doc) and end - comma <= 3 and _name_word(doc[end]) and not doc[end].ent_type_:
        end += 1
    closes = end == len(doc) or doc[end].text in (";", ".", ",") or doc[end].lower_ == "and"
    known = all(known_word(doc[k], words) for k in range(comma + 1, end))  # ("Hugh Todd": a todd is a weight)
    return [Span(doc, comma + 1, end, label="Person")] if end - comma - 1 >= 2 and closes and not known else []


def _after_posted_place(doc: Doc, place: int, words: frozenset[str]) -> list[Span]:
    """"Ambassador in Dhaka | Rensje Teerink": after a title's place, capitalised words the tagger left untagged and no
    dictionary knows are a name."""
    start = place + 1
    while start < len(doc) and doc[start].ent_iob_ == "I":  # (past the place's other words)
        start += 1
    end = start
    while end < len(doc) and end - start < 3 and _name_word(doc[end]) and not doc[end].ent_type_ and not known_word(doc[end], words):
        end += 1
    return [Span(doc, start, end, label="Person")] if end - start >= 2 else []


def _name_word(t) -> bool:
    return t.is_title and t.pos_ == "PROPN" and not is_title_word(t) and t.lower_ not in BODY_WORDS and not t.is_upper \
        and t.lower_ not in lexicon.FIELD_WORDS and t.lower_ not in WEEKDAYS  # ("Prime Minister Imran Khan | Wednesday")


def qualifier_people(spans: list[Span]) -> list[Span]:
    """"Sri Lankan | Prime Minister Gunawardena": a 'person' right before a capitalised title and another person's
    name qualifies the title (a nationality, a body); no one's name is written so."""
    doc = spans[0].doc if spans else None
    starts = {s.start: s for s in spans if s.label_ == "Person"}
    out = []
    for s in spans:
        k = s.end
        while k < len(doc) and doc[k].is_title and is_title_word(doc[k]) and k - s.end < 4:
            k += 1
        if s.label_ == "Person" and k > s.end and k in starts and doc[s.end - 1].lower_.endswith(("an", "ese", "ish", "i")):
            continue
        out.append(s)
    return out


def with_rest_of_name(spans: list[Span]) -> list[Span]:
    """"Datuk Dr Tengku Mohd | Azzman Shariffadeen", "Prof Ook | Joon Yoo": a person's name whose last word the parse
    makes a part of capitalised names right after it runs on through them, over words the tagger left out, or over
    another person's name after a single given name or a courtesy title; a name of up to five words. (Two whole
    names side by side stay two: "of Sri Lanka | Ranil Wickremesinghe", the tagger's 'person' being a place.)"""
    doc = spans[0].doc if spans else None
    out, gone = [], set()
    for s in sorted(spans, key=lambda x: x.start):
        end = s.end
        while s.label_ == "Person" and end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end \
                and _name_word(doc[end]) and doc[end].is_alpha and doc[end].lower_ not in _VENUES:  # (not "Bhutto | Auditorium")
            end += 1
        if end == s.end or id(s) in gone:
            out.append(s)
            continue
        others = [o for o in spans if o is not s and o.start < end and s.end < o.end]
        name = [t for t in s if t.lower_.rstrip(".") not in HONORIFICS]
        titled = s.start > 0 and doc[s.start - 1].lower_.rstrip(".") in HONORIFICS
        if len(name) + end - s.end <= 5 \
                and all(o.label_ == "Person" and s.end <= o.start and o.end <= end and (len(name) == 1 or titled) for o in others):
            gone.update(id(o) for o in others)
            s = Span(doc, s.start, end, label="Person")
        out.append(s)
    return [s for s in out if id(s) not in gone]


def hyphened_given_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Prof. Chung-in Moon", "Kak-soo Shin", "Mr. LEE Jong-heon": a given name of two syllables joined by a hyphen,
    the second in lower case, and a surname (after it, or before it in capitals) are one person's name, which the
    tagger cuts at the hyphen (where it calls any part a person's, or a courtesy title or a title comes before)."""
    out = list(spans)
    for t in doc[1 : len(doc) - 3]:
        i = t.i
        if t.whitespace_ or doc[i + 1].text != "-":
            continue
        hyphen, second, surname = doc[i + 1], doc[i + 2], doc[i + 3]
        capital = doc[i - 1]  # "Mr. LEE Jong-heon": the surname in capitals first
        if capital.is_upper and capital.is_alpha and 2 <= len(capital) <= 8 and i > 1 and t.is_title and not t.whitespace_ \
                and not hyphen.whitespace_ and second.is_lower and second.is_alpha and len(second) <= 5 \
                and (doc[i - 2].lower_.rstrip(".") in HONORIFICS or is_title_word(doc[i - 2])):
            touching = [x for x in out if x.start < i + 3 and i - 1 < x.end]
            out = [x for x in out if x not in touching] + [Span(doc, i - 1, i + 3, label="Person")]
            continue
        if not (t.is_title and t.is_alpha and hyphen.text == "-" and not t.whitespace_ and not hyphen.whitespace_
                and second.is_lower and second.is_alpha and len(second) <= 5 and surname.is_title and surname.is_alpha):
            continue
        touching = [s for s in out if s.start < i + 4 and i < s.end]
        before = doc[i - 1]
        if any(s.label_ == "Person" for s in touching) or before.lower_.rstrip(".") in HONORIFICS or is_title_word(before):
            out = [s for s in out if s not in touching] + [Span(doc, i, i + 4, label="Person")]
    return out
