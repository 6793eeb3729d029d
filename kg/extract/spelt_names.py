"""Where a body's name ends and starts, for ``kg_entity_repair``: as its bracketed short name spells it ("the
Academy of Sciences | Malaysia (ASM)", where the tagger cut the name before a place or a word it took for something
else), on through what the body is for ("China Council | for the Promotion of International Trade"), before the unit
a university's name runs into ("Georgetown University | Center for Security Studies"), and back over the first of two
paired fields ("Admin and | Finance Directorate")."""
from __future__ import annotations

from spacy.tokens import Span

from . import lexicon
from .mentions import known_word
from .name_keys import abbreviates


def spelt_out(spans: list[Span]) -> list[Span]:
    """Each body's name that ends up to two capitalised words (and the small words between: "Latin America | and the
    Caribbean (ECLAC)") before a short name in brackets, and that the short name spells only with those words, runs
    on through them; what the tagger made of those words goes."""
    doc = spans[0].doc if spans else None
    out, gone = [], set()
    for s in spans:
        for extra in (1, 2, 3, 4):
            end = s.end + extra
            if s.label_ != "Organization" or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
                continue
            short, tail = doc[end + 1].text, doc[s.end : end]
            if all(t.is_title and t.is_alpha or t.lower_ in ("and", "the", "of", "&") for t in tail) and tail[-1].is_title \
                    and sum(t.is_title for t in tail) <= 2 and not abbreviates(short, [t.text for t in s]) \
                    and abbreviates(short, [t.text for t in doc[s.start : end]]):
                gone.update(id(o) for o in spans if o is not s and tail.start <= o.start and o.end <= tail.end)
                s = Span(doc, s.start, end, label="Organization")
                break
        out.append(s)
    return [s for s in out if id(s) not in gone]


_EVENT_NOUNS = set(lexicon.EVENT_NOUNS)
_AGREEMENTS = {w.lower() for w in lexicon.AGREEMENT_NOUNS}


def spelt_bodies(doc, found: list[Span]) -> list[Span]:
    """"The Nordic Fund for Rural Enterprise (NFRE) boss": the capitalised words before a short name in
    brackets that it spells name a body, though the tagger missed them (not an event: "the X Investment Forum (XIF)")."""
    taken = {i for s in found for i in range(s.start, s.end)}
    out = []
    for k in range(2, len(doc) - 2):
        short = doc[k + 1]
        if doc[k].text != "(" or doc[k + 2].text != ")" or not (short.is_upper and short.is_alpha and len(short) > 1) \
                or k - 1 in taken or doc[k - 1].lemma_.lower() in _EVENT_NOUNS:
            continue
        for start in range(k - 2, max(-1, k - 10), -1):  # the fewest words it spells, from a capitalised one
            if start in taken or not (doc[start].is_title or doc[start].lower_ in ("of", "for", "and", "the", "&", "on")):
                break
            if doc[start].is_title and doc[start].lower_ != "the" and abbreviates(short.text, [t.text for t in doc[start:k]]):
                topic = start > 0 and doc[start - 1].lower_ in ("on", "in", "about")  # "a Centre on | Machine Intelligence (MI)"
                agreed = any(t.lemma_.lower() in _AGREEMENTS for t in doc[start:k])  # "a Memorandum of Cooperation (MOC)"
                if not topic and not agreed:
                    out.append(Span(doc, start, k, label="Organization"))
                break
    return out


#: Last words of bodies that have units named right after them: "Georgetown University | Center for X".
_PARENT_HEADS = {"university", "academy"}
_UNIT_NOUNS = set(lexicon.UNIT_NOUNS) - {"academy", "council", "board", "service", "agency", "commission"}


def body_then_unit(spans: list[Span]) -> list[Span]:
    """"the Georgetown University Center for Security Studies", "the Waseda University Graduate School of Sports
    Sciences": a university's name run into its unit's, which goes on after its head word, is two names."""
    out = []
    for s in spans:
        doc = s.doc
        k = next((t.i for t in s[2:-1] if doc[t.i - 1].lower_ in _PARENT_HEADS and t.is_title
                  and (t.lemma_.lower() in _UNIT_NOUNS or t.lower_ == "graduate" and doc[t.i + 1].lower_ == "school")
                  and (doc[t.i + 1].lower_ in ("for", "of", "on") or doc[t.i + 1].is_title)), None)
        if s.label_ == "Organization" and k is not None:
            out += [Span(doc, s.start, k, label="Organization"), Span(doc, k, s.end, label="Organization")]
        else:
            out.append(s)
    return out


#: Last words of bodies named by their fields: "Admin and Finance Directorate", "Asia and Pacific Desk".
_BODY_ENDS = set(lexicon.BODY_NOUNS) | {"desk", "initiative", "park", "cluster"}


def paired_fields(spans: list[Span], words: frozenset[str]) -> list[Span]:
    """"Dean of Arts and | Science College", "Director of Admin and | Finance Directorate": a body named by two fields
    paired with 'and', which the tagger cut after the 'and' (or split in two), starts with the first field. The
    second is a word of the language, the first no name of a person or a place, and the body's name all capitalised
    words ending in a word for a body, so two names stay apart ("Health and | Eastbay College", "Kenya and |
    Science College", "the Embassy of Mongolia and | Peter the Great Museum", "Unilever and | Nestle")."""
    out, gone = [], set()
    for s in spans:
        doc, k = s.doc, s.start - 2
        first = doc[k] if k >= 0 else None
        if s.label_ == "Organization" and first is not None and doc[k + 1].lower_ in ("and", "&") and first.is_title \
                and first.is_alpha and first.ent_type_ in ("", "ORG") and known_word(s[0], words) \
                and all(t.is_title or t.text == "&" for t in s) and len(s) > 1 and s[-1].lemma_.lower() in _BODY_ENDS \
                and (k == 0 or not doc[k - 1].is_title or doc[k - 1].tag_ == "POS") \
                and not any(o.start <= k < o.end and (o.label_ != "Organization" or len(o) > 1) for o in spans):
            gone.update(id(o) for o in spans if o.start == k)
            s = Span(doc, k, s.end, label="Organization")
        out.append(s)
    return [s for s in out if id(s) not in gone]


#: Last words of bodies whose names go on with what they are for: "Council | for the Promotion of Trade".
_PURPOSED = set(lexicon.BODY_NOUNS) | {"initiative", "forum", "fund", "alliance", "partnership"}


def purpose_of_body(spans: list[Span]) -> list[Span]:
    """"China Council | for the Promotion of International Trade", "Kenya National Commission | for UNESCO",
    "Carleton Initiative | for Parliamentary and Diplomatic Engagement": a body's name the tagger cut before 'for'
    goes on through the capitalised words after it; what the tagger made of them goes. (In a headline, where every word
    has capitals, ``kg_headline`` keeps only the names the story uses.)"""
    out, gone = [], set()
    for s in spans:
        doc = s.doc
        k = s.end + 1 + (s.end + 1 < len(doc) and doc[s.end + 1].lower_ == "the")
        if s.label_ != "Organization" or k >= len(doc) or doc[s.end].lower_ != "for" or s[-1].lemma_.lower() not in _PURPOSED \
                or not doc[k].is_title and not doc[k].is_upper:
            out.append(s)
            continue
        end = k
        while end < len(doc) and (doc[end].is_title or doc[end].is_upper and doc[end].is_alpha or doc[end].text == "-"
                                  or doc[end].lower_ in ("and", "of", "&") and end + 1 < len(doc) and doc[end + 1].is_title):
            end += 1
        if any(t.pos_ in ("VERB", "AUX") or t.lemma_.lower() in _PURPOSED for t in doc[k:end]) or any(o.start < end < o.end for o in spans) \
                or end == k + 1 and doc[k].is_upper and doc[k - 1].lower_ == "the":
            out.append(s)  # (not into a clause, another body's name, half into another name, nor "for the EU")
            continue
        gone.update(id(o) for o in spans if o is not s and s.end <= o.start and o.end <= end)
        out.append(Span(doc, s.start, end, label="Organization"))
    return [s for s in out if id(s) not in gone]
