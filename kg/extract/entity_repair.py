"""``kg_entity_repair``: turn the model's named entities into kg's typed mentions.

The small model's NER is a good start with known faults. This component keeps
its PERSON/ORG/GPE/LOC/FAC/EVENT spans, trims determiners and possessives,
drops spans that name nothing (no proper noun, or on the ``not_entities``
list), retypes organisations headed by an event noun ("Beijing Forum"), adds
capitalised organisation names it missed ("School of International Studies"),
and finds a name again where the tagger missed it on a later line. Which kind
each surface form ends up with is settled after it, by ``kg_entity_kinds``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import lexicon
from .mentions import HONORIFICS, NER_KINDS, english_words, honorific_surnames, known_word, set_mentions, trim
from .name_keys import EDITION
from .post_fields import field_of_title
from .title_words import AT_EVENT_NOUNS
from .people_spans import (alumni_note, apposed_people, honorific_people, place_led_people, qualifier_people, title_led_people,
                           hyphened_given_names, with_rest_of_name,
                           without_postnominals)
from .datelines import as_dateline_places, dateline_places
from .spelt_names import body_then_unit, paired_fields, purpose_of_body, spelt_bodies, spelt_out
from .place_owners import body_owned, bracketed_places, place_owned, town_of_region, with_district
from .dates import whole_dates
from .name_spans import (BODY_WORDS, day_titled_papers, drop_nested, head_first_bodies, join_adjacent, line_up,
                         no_name, quoted_titles, repeated_names,
                         run_on_list, split_at_commas, with_compass, with_field, with_given_names, with_lead_in, with_saint, with_surname,
                         work_names)
from .untagged_bodies import BODY_HEADS, missed_units, party_word_bodies, untagged_bodies

_PARTICLE_NAME = re.compile(r"[dD]['’][A-Z]\w+$")
#: The tracks of diplomacy ("Track II", "Track 1.5"), which the tagger takes for events.
_TRACK = re.compile(r"Track[- ]?(?:I{1,3}|1\.5|[123]|One|Two|Three)$", re.IGNORECASE)
_MONEY = re.compile(r"[$£€¥]\s?\d")


#: Last words of the names of buildings and campuses.
_PREMISES = set(lexicon.VENUE_NOUNS) | set(lexicon.PREMISES_NOUNS)


@Language.factory(
    "kg_entity_repair",
    default_config={
        "not_entities": lexicon.NOT_ENTITIES,
        "event_nouns": lexicon.EVENT_NOUNS,
        "unit_nouns": lexicon.UNIT_NOUNS,
        "class_nouns": lexicon.CLASS_NOUNS,
        "suffix_nouns": lexicon.NAME_SUFFIX_NOUNS,
        "party_words": lexicon.PARTY_WORDS,
    },
    requires=["doc.ents", "token.pos", "token.dep"],
    assigns=["doc.spans"],
)
def make_entity_repair(nlp: Language, name: str, not_entities: list[str], event_nouns: list[str], unit_nouns: list[str],
                       class_nouns: dict[str, list[str]], suffix_nouns: list[str], party_words: list[str]):
    return EntityRepair(set(not_entities), set(event_nouns), set(unit_nouns), class_nouns, set(suffix_nouns), set(party_words),
                        english_words(nlp))


#: Words that head a body's name before 'of' and a country the tagger took alone: "the Embassy of | China".
_OF_COUNTRY_HEADS = set(lexicon.INSTITUTION_HEADS) | {"embassy", "consulate", "government", "parliament"}


class EntityRepair:
    def __init__(self, not_entities: set[str], event_nouns: set[str], unit_nouns: set[str],
                 class_nouns: dict[str, list[str]], suffix_nouns: set[str], party_words: set[str], words: frozenset[str]):
        self.not_entities = not_entities
        self.event_nouns = event_nouns
        self.unit_nouns = unit_nouns
        self.class_of = {noun: kind for kind, nouns in class_nouns.items() for noun in nouns}
        self.suffix_nouns = suffix_nouns
        self.party_words = party_words
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = whole_dates(doc)
        titles = quoted_titles(doc)
        spans = [whole_last_word(s, self.words) for s in (self._repair(ent) for ent in doc.ents) if s is not None]
        spans += missed_units(doc, spans, self.unit_nouns | BODY_HEADS)
        spans += spelt_bodies(doc, spans)
        spans = self._join_and(doc, spans)
        spans = paired_fields(body_then_unit(body_owned(place_owned(spelt_out(purpose_of_body([run_on_list(s, spans) for s in spans]))))), self.words)
        spans = apposed_people(doc, spans, set(self.class_of))
        spans = [part for s in hyphened_given_names(doc, spans) for part in split_at_commas(s)]
        spans = place_led_people(honorific_people(doc, spans), self.words)
        spans = [without_postnominals(s) for s in qualifier_people(title_led_people(doc, spans, self.words))]
        spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in titles)]
        spans = bracketed_places(town_of_region(with_district(spans)))
        spans += party_word_bodies(doc, spans, self.party_words)
        spans += untagged_bodies(doc, spans, self.class_of, self.suffix_nouns)
        spans = as_dateline_places(doc, spans) + dateline_places(doc, spans)
        spans = line_up(doc, spans)
        spans += day_titled_papers(doc, spans)
        spans = head_first_bodies(doc, spans)
        spans = [with_lead_in(s) for s in spans]
        spans = [with_field(with_surname(with_given_names(s, spans), spans), spans) for s in spans]
        spans = join_adjacent([with_compass(with_saint(s)) for s in with_rest_of_name(spans)])
        spans = drop_nested([self._with_suffix(self._with_owner(s)) for s in spans])
        spans = repeated_names(doc, spans)  # every occurrence, so kg_entity_kinds hears the grammar around each
        spans = drop_nested([_body_of_country(s, spans) for s in spans])  # (and "Embassy" inside "Embassy of Japan")
        words = [t.text for t in doc]  # (once: indexing a Doc makes a Token each time)
        notes = {k for i in range(1, len(words)) if words[i - 1] == "," and words[i][:1].isupper()
                 for k in range(i, alumni_note(doc, i))}
        spans = [s for s in spans if s.start not in notes]  # ("M.P.H. ’65", "SM ’03": degrees, not names)
        works = work_names(spans)
        spans = [s for s in spans if s.text not in works]
        set_mentions(doc, spans)
        return doc

    def _repair(self, ent: Span) -> Span | None:
        kind = NER_KINDS.get(ent.label_)
        if ent.label_ in ("NORP", "PERSON", "GPE", "LOC", "FAC") and trim(ent).text in self.party_words:
            kind = "Organization"  # "Conservative Shadow chancellor", "for the Liberal Democrats", "the Lib Dems"
        if kind is None:
            return None
        span = trim(ent)
        if len(span) == 1 and no_name(span[0], self.party_words) or _TRACK.match(span.text):
            return None  # ("Track II": a kind of diplomacy, not a happening)
        if kind == "Organization" and span[0].lower_ in ("mou", "memorandum", "agreement"):
            return None  # "the MoU of Cooperation": a document, no body
        if kind == "Organization" and field_of_title(span, self.words):
            return None  # "Ambassador for | Digital Affairs": a post's field, no body
        if kind == "Person" and span[-1].lower_ in AT_EVENT_NOUNS:
            return None  # "as Chief Guest", "Keynote Speaker": a part at a gathering, no one's name
        if kind in ("Person", "Event") and len(span) > 1 and span[-1].lower_ in _PREMISES:
            kind = "Place"  # "Lunan Campus", "Aurora Hall", "the Four Seasons Hotel": a building or a campus, whatever
            # the tagger says
        if kind in ("Person", "Organization") and len(span) > 1 and span[-1].text == "Chair":
            return None  # "Baltic Chair", "Sterling Chair": a named chair is a post, held by the person beside it
        if kind == "Organization" and span.text in self.party_words and span.start > 0 \
                and span.doc[span.start - 1 : span.end].text in self.party_words:
            span = Span(span.doc, span.start - 1, span.end)  # "Liberal | Democrat Alan Beith": the tagger took half the name
        if kind == "Place" and len(span) > 1 and span[-1].text == "Party":
            kind = "Organization"  # "the Tory Party" tagged GPE
        doc = span.doc
        while kind == "Person" and span.end < len(doc) and _PARTICLE_NAME.match(doc[span.end].text):
            span = Span(doc, span.start, span.end + 1)  # "Valery Giscard | d'Estaing"
        if kind == "Person" and span.end + 1 < len(doc) and doc[span.end].text == "e" and doc[span.end + 1].is_title \
                and doc[span.end + 1].pos_ == "PROPN":
            span = Span(doc, span.start, span.end + 2)  # "Alberto da Costa | e Silva": a Portuguese double surname
        if span.end < len(doc) and doc[span.end].text in lexicon.DOCUMENT_HEADS \
                and not (span.end + 1 < len(doc) and doc[span.end + 1].pos_ == "PROPN") or any(
                t.text in lexicon.DOCUMENT_HEADS for t in span[1:]) and span[-1].text in lexicon.DOCUMENT_HEADS:
            return None  # "the Health Service (Miscellaneous Provisions) Bill" is a law
        owner_end = next((t.i for t in span[1:-1] if t.tag_ == "POS" and doc[t.i + 1].tag_ == "NN"), None)
        if owner_end is not None:  # "Lord Dubs' Succession to the Crown Bill": the owner is the name; his bill is no body
            span = Span(doc, span.start, owner_end)
            kind = "Person" if doc[span.start].lower_.rstrip(".") in HONORIFICS else kind
        bracket = next((t.i for t in span if t.text in ("(", ")", "[", "]")), None)
        if bracket is not None:
            span = trim(Span(span.doc, span.start, bracket, label=ent.label_))  # "Shameless (Channel 4"
            if not len(span):
                return None
        if kind == "Person" and len(span) == 1 and (span.start > 0 and span.doc[span.start - 1].lower_ == "the"
                                                    or any(c.dep_ == "det" for c in span.root.children)) \
                and span.root.head.lemma_.lower() not in self.suffix_nouns:
            return None  # "the Chancellor", "the smoking Bill": a title or a thing, not a name
        if kind == "Person" and len(span) == 1 and span[0].lower_ in self.words and span.root.dep_ == "appos" \
                and span.end < len(doc) and doc[span.end].lower_ in ("of", "at", "for"):
            return None  # "Ray Borg, Clerk of the House,": a word of the language apposed to a name is a title
        if kind == "Organization" and _topic(span, self.words):
            return None  # "a Memorandum of Cooperation on Digital Economy, Artificial Intelligence": what it is about
        if kind == "Person" and any(ch.isdigit() for ch in ent.text):
            kind = "Organization"  # "O2", "3M": names with digits are brands; "beat Argentina 3-0": a score follows a team
        if not len(span):
            return None  # only determiners and punctuation: "the ..."
        if kind != "Person" and all(t.is_title for t in span) and span[-1].text in honorific_surnames(doc):
            kind = "Person"  # "The Fabian Society's Sundar Katwala", later "Mr Katwala"
        if kind == "Place" and any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in span.root.children):
            return None  # "Microsoft's Windows": what a firm owns is a product, not a place
        if kind == "Person" and len(span) == 1 and span.root.dep_ in ("compound", "amod") and span.root.head.pos_ == "NOUN" \
                and any(c.dep_ == "det" for c in span.root.head.children) and span.root.head.tag_ == "NN":
            return None  # "a prominent Hutu businessman": a word describing someone, not their name
        if kind == "Event" and not any(t.lemma_.lower() in self.event_nouns or t.pos_ == "PROPN" and not t.ent_type_ == "DATE" for t in span):
            return None  # "18 March" tagged EVENT
        if kind == "Organization" and len(span) == 3 and span[1].lower_ in lexicon.NAME_PARTICLES and span[1].is_lower:
            kind = "Person"  # "Rodrigo de Rato"
        if not span or span.text in self.not_entities:
            return None
        if kind == "Person" and span[-1].lower_.rstrip(".") in HONORIFICS:
            return None  # '" Said Mr': the name comes after the courtesy title
        if len(span) > 1 and span[-1].lower_.rstrip(".") in HONORIFICS:
            span = Span(doc, span.start, span.end - 1)  # "the Times Mr | Campbell": the tagger ran into the next name
        party = next((n for n in (2, 1) if len(span) > n + 1 and span[:n].text in self.party_words), 0)
        if kind == "Person" and party:
            span = Span(doc, span.start + party, span.end)  # "Lib Dem Norman Baker": the party is no part of his name
        role = next((t.i for t in span[:-1] if t.text in lexicon.MEMBER_TITLES
                     or t.pos_ == "NOUN" and t.is_lower and t.lower_ not in lexicon.NAME_PARTICLES), None)
        if kind == "Person" and role is not None and doc[role + 1].is_title:
            span = Span(doc, role + 1, span.end)  # "Labour MPs John Mann": the name starts after the role
        if kind == "Person" and span.text.replace("’", "'") in lexicon.TWO_WORD_HONORIFICS:
            return None  # "Datin Paduka", a courtesy title the tagger took for a name
        if kind == "Person" and span[-1].lower_ in lexicon.SPEECH_NOUNS:
            return None  # "Opening Remarks", a programme's heading
        if kind == "Person" and len(span) > 2 and span[0].lower_ in lexicon.SPEECH_NOUNS:
            span = Span(doc, span.start + 1, span.end)  # "Welcome | Remarks X Y", a programme's line
        inner = next((t.i for t in span[1:] if t.lower_.rstrip(".") in HONORIFICS), None)
        if kind == "Person" and inner is not None and not span[0].lower_.rstrip(".") in HONORIFICS:
            span = Span(doc, inner, span.end)  # "Said Mr Fenwick": a name starts at its courtesy title
        if _MONEY.search(span.text):
            return None  # "HK$6.31bn" tagged GPE: a sum, not a name
        if not any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in span):
            return None  # "pre-Budget", "three-day": no name in it
        last = span[-1]
        body_named = self.class_of.get(span[0].lemma_.lower()) == "Organization" or span[0].lemma_.lower() in self.unit_nouns
        if (kind != "Person" or len(span) > 1) and last.is_title and not body_named and (
                span.root.lemma_.lower() in self.event_nouns or last.lemma_.lower() in self.event_nouns
                or last.lower_.endswith("s") and last.lower_[:-1] in self.event_nouns  # "Foreign Office Consultations"
                or len(span) > 1 and last.lower_ in lexicon.NAMED_EVENT_NOUNS
                or EDITION.sub("", last.lower_) in self.event_nouns):  # "Investment Forum-2023": the edition's year
            kind = "Event"  # "Beijing Forum" as ORG, "Solid State Circuits Conference" as FAC, "Grammy Award" as PERSON
            # (but "the Institute for Global Dialogue" is a body: its name starts with the word for one)
        if kind == "Organization" and span.text in lexicon.PORTFOLIOS and span.end < len(doc) and doc[span.end].is_title \
                and doc[span.end].lower_ in ("secretary", "minister", "spokesman", "spokeswoman", "spokesperson"):
            return None  # "Defence Secretary Geoff Hoon": the portfolio is part of the title
        last = span[-2] if span[-1].lower_ in ("of", "for") else span[-1]  # ("Minister for Foreign Affairs of | Norland")
        if kind == "Organization" and span[0].text in lexicon.TITLE_HEADS and len(span) > 2 and span[1].lower_ in ("of", "for") \
                and (span[1].lower_ == "of" or last.lower_ in lexicon.FIELD_WORDS and not any(t.lower_ in BODY_WORDS for t in span)):
            return None  # "King of Belgium", "Minister for Foreign Affairs": a title someone holds
        if kind in ("Organization", "Event") and len(span) > 1 and any(t.text in lexicon.DOCUMENT_HEADS for t in span[1:]) \
                and (span[-1].text in lexicon.DOCUMENT_HEADS or span[-1].like_num):
            return None  # "the Human Rights Act 1998" is a law, not a body
        return Span(span.doc, span.start, span.end, label=kind)

    @staticmethod
    def _join_and(doc: Doc, spans: list[Span]) -> list[Span]:
        """"Department for Education | and | Skills": a name cut at its inner 'and' is one name (also where the tagger took
        the field after it for a person: "School of Humanities and | Law")."""
        spans = sorted(spans, key=lambda s: s.start)
        out: list[Span] = []
        for s in spans:
            prev = out[-1] if out else None
            if prev is not None and prev.label_ == "Organization" and s.start == prev.end + 1 \
                    and doc[prev.end].lower_ == "and" and any(t.lower_ in ("of", "for", "on") for t in prev) \
                    and all(t.is_title for t in s) and len(s) <= 3 and doc[prev.end].head.i in range(prev.start, prev.end) \
                    and not any(t.lower_ in BODY_WORDS for t in s) \
                    and (s.label_ != "Person" or len(s) == 1 and s[0].lower_ in lexicon.FIELD_WORDS) \
                    and not (s.end < len(doc) and doc[s.end].text == ","):
                # (not "X of China and | Fudan University", "Ministry of X and | Henri Verdier, Ambassador ...")
                out[-1] = Span(doc, prev.start, s.end, label="Organization")
                continue
            out.append(s)
        # the conjunct the model left untagged: "Parliamentary Group on Betting and Gaming"
        for i, s in enumerate(out):
            end = s.end
            if s.label_ == "Organization" and end + 1 < len(doc) and doc[end].lower_ == "and" \
                    and any(t.lower_ in ("of", "for", "on") for t in s) and doc[end + 1].is_title \
                    and doc[end + 1].dep_ == "conj" and doc[end + 1].head.i in range(s.start, s.end) \
                    and not any(o.start <= end + 1 < o.end for o in out):
                out[i] = Span(doc, s.start, end + 2, label="Organization")
        return out

    def _with_owner(self, span: Span) -> Span:
        """"Barnard's Retail Consulting Group": a firm named after its owner keeps the possessive;
        "China's Lenovo" is a firm in a country."""
        doc = span.doc
        if span.label_ != "Organization" or span.start < 2 or doc[span.start - 1].tag_ != "POS":
            return span
        owner = doc[span.start - 2]
        titled = owner.i > 0 and (doc[owner.i - 1].text in lexicon.TITLE_HEADS or doc[owner.i - 1].lower_.rstrip(".") in HONORIFICS)
        if owner.pos_ == "PROPN" and owner.head.i == span.root.i and owner.ent_type_ in ("PERSON", "GPE", "") \
                and not titled:  # ("President Carter's White House" is Carter's in another sense)
            # (but "Ankara's Middle East Technical University"; a surname tagged GPE, "Kurt Barnard ... Barnard's", owns)
            if owner.ent_type_ != "GPE" or any(e.label_ == "PERSON" and e[-1].text == owner.text for e in doc.ents):
                return Span(doc, owner.i, span.end, label="Organization")
        return span

    def _with_suffix(self, span: Span) -> Span:
        """"the Titan corporation": a lower-case class noun after a name belongs to it."""
        head = span.root.head
        if span.label_ != "Event" and span.root.dep_ == "compound" and head.i == span.end \
                and head.lemma_.lower() in self.suffix_nouns and not head.is_title:
            return Span(span.doc, span.start, head.i + 1, label="Organization")
        return span


def _body_of_country(span: Span, spans: list[Span]) -> Span:
    """"the Embassy of | China": a country named after a body's head word and 'of' is part of the body's name
    (however the tagger typed it: "the Embassy of | Norland" as a body)."""
    doc = span.doc
    head = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].lower_ == "of" else None
    if (span.label_ == "Place" or span.label_ == "Organization" and len(span) <= 2 and all(t.is_title for t in span)) \
            and head is not None and head.is_title and head.lower_ in _OF_COUNTRY_HEADS \
            and not any(s.start <= head.i < s.end and len(s) > 1 for s in spans):  # ("Embassy" alone the tagger's person)
        return Span(doc, head.i, span.end, label="Organization")
    return span


def _topic(span: Span, words: frozenset[str]) -> bool:
    """A capitalised phrase of words of the language, no body's word among them, that something is 'on' or
    'about' (also as a later item of a list): a subject, not a body."""
    if not words or any(t.lower_ in BODY_WORDS or t.text in lexicon.INSTITUTION_WORDS or t.is_upper and len(t) > 1 for t in span) \
            or not all(known_word(t, words) or t.lower_ in ("and", "of", "&", "the") for t in span):
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("on", "about", "regarding", "concerning")


def whole_last_word(span: Span, words: frozenset[str]) -> Span:
    """"the Forum for Economic and Trade Co | -operation": a name the tagger cut inside its last word, one word of the
    language written with a hyphen (not "London | -based", "China | -Africa")."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end - 1].lower_ + doc[end + 1].lower_ in words:
        return Span(doc, span.start, end + 2, label=span.label_)
    return span
