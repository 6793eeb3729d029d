"""``kg_events``: event mentions from noun phrases headed by an event noun.

"the 2024 Beijing Forum", "a panel session of the forum", "the first meeting
of inter-governmental dialogue on AI": the phrase is the head noun with its
left modifiers and its 'of'/'on' complements; location and date phrases
("in Geneva", "on Sunday") stay outside it. Generic mentions are left out:
plurals without a name ("track-two dialogues"), bare nouns ("dialogue"),
and "its"/"our" possessives; "his keynote speech" is someone's particular one.
How far each phrase reaches is ``event_spans``' to say.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .grammar import held, is_verb_of, took_place
from .event_spans import TITLING_VERBS, event_span, kind_at
from .mentions import PERSON_TITLES, mentions, set_mentions
from .paragraphs import bulleted
from .title_words import ends_body, is_title_head
from .verb_events import happened, held_names, meetings_by_verb, signings_by_verb, visits_by_verb

#: Event nouns that are verbs too, which a title-case headline writes between two names: "Ambassadors Visit USF".
_VERBAL = {"visit", "tour", "talk", "call", "launch", "meet"}
#: Verbs of holding a gathering, which make an event of what they hold: "hosted a reception".
_HOSTING = {"host", "co-host", "hold", "organise", "organize", "attend", "throw", "arrange"}


@Language.factory(
    "kg_events",
    default_config={"event_nouns": lexicon.EVENT_NOUNS, "participation_verbs": lexicon.PARTICIPATION_VERBS},
    requires=["doc.spans", "token.dep", "token.lemma"],
    assigns=["doc.spans"],
)
def make_events(nlp: Language, name: str, event_nouns: list[str], participation_verbs: list[str]):
    return EventMentions(set(event_nouns), set(participation_verbs))


class EventMentions:
    def __init__(self, event_nouns: set[str], participation_verbs: set[str]):
        self.event_nouns = event_nouns
        self.participation_verbs = participation_verbs

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        events = [self._widen(s, found) for s in found if s.label_ == "Event"]
        items = []  # a programme's items: "— negotiations with X;", "— visit to the Museum of Y;"
        bodies = []
        # "the Nordvik Embassy Orientation ... The orientation was chaired by X": a named event's own head word
        own = {e[-1].lower_ for e in events if e[-1].is_title and e[-1].is_alpha and len(e) > 1 and not ends_body(e[-1])} \
            - self.event_nouns  # (not "the institute" of "the Confucius Institute Conference", misread)
        for token in doc:
            if (token.pos_ in ("NOUN", "PROPN") or _headline_noun(token) or _noun_tagged_adjective(token)) \
                    and token.ent_type_ not in ("DATE", "TIME") \
                    and (is_event_noun(token, self.event_nouns) or _held_gathering(token) or token.lower_ in own and token.is_lower
                         and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children)):
                if token.dep_ == "compound" and is_event_noun(token.head, self.event_nouns):
                    continue  # "summit meeting": the head noun speaks for both
                if _a_group_of_people(token):
                    continue  # "the panel of speakers included X": who spoke, not where
                if token.lower_ == "award" and not any(c.pos_ == "PROPN" for c in token.lefts):
                    continue  # "won the award": a prize; the ceremony is "the awards" ("a Golden Globe award" names both)
                if any(e.start <= token.i <= e.root.i for e in events):
                    continue  # a word of another event's name; "the forum" in "session of the forum" is not
                if any(p.label_ == "Place" and p.start <= token.i < p.end - 1
                       and not all(t.like_num for t in doc[token.i + 1 : p.end]) for p in found):
                    continue  # "the Yingjie Conference Center": a venue's name, not an event (but "X Week 2016" is one)
                if any(o.label_ == "Organization" and o.start <= token.i < o.end
                       and (_body_word_in(o, token) or o.text.lower() in doc.user_data.get("kg_staffed_names", ())) for o in found):
                    continue  # "the Pacific Forum CSIS", "the Institute for Global Dialogue", "Chairman of X Forum": a body's name
                span = _to_closing_quote(event_span(token, found))
                if span is not None and _staffed_short_name(span):
                    bodies.append(Span(doc, span.start, span.end, label="Organization"))
                    continue  # "Pacific Islands Forum (PIF)" with a "PIF Secretariat": a body's name
                if span is not None and span[0].is_title and is_title_head(span[0]) and span.start < token.i \
                        and any(t.lower_ in ("for", "of") for t in span[1 : token.i - span.start]):
                    continue  # "Commissioner for ... Trade Negotiations": a post's field, no happening
                if span is not None and bulleted(span[0]) and token.dep_ not in ("compound", "amod", "nmod"):
                    items.append(span)  # (parts of the gathering told, read after the verbs that tell it)
                elif span is not None and (is_specific(span, token) or _headline_noun(token) or self._taken_part_in(token)
                                           or _named_by_apposition(token, found) or _sides_named(token, found)):
                    events.append(span)
        named_bodies = {b.text.lower() for b in bodies}  # (the body's name again: "members of the Pacific Islands Forum")
        bodies += [Span(doc, e.start, e.end, label="Organization") for e in events if e.text.lower() in named_bodies]
        events = [e for e in events if e.text.lower() not in named_bodies]
        events += self._apposed_names(found, events)
        events += visits_by_verb(doc, found, events)
        events += signings_by_verb(doc, found, events)
        events += meetings_by_verb(doc, found, events)
        events += held_names(doc, found, events) + items
        events = _without_speeches_within(events)
        joined = [_with_coordinated_name(e, found) for e in events]
        halves = {(j.start, e.start) for j, e in zip(joined, events) if j.start != e.start}
        events = joined
        found = [s for s in found if not any(b.start < s.end and s.start < b.end for b in bodies)] + bodies
        others = [s for s in found if s.label_ != "Event" and not _inside_event_name(s, events)
                  and not any(a <= s.start and s.end < b for a, b in halves)
                  and not any(e.start == s.start and (e.end == s.end or s.end > e.end and all(t.like_num for t in doc[e.end : s.end]))
                              for e in events)]  # ("X Week | 2016" the tagger took for a place)
        set_mentions(doc, others + events)
        return doc


    @staticmethod
    def _apposed_names(found: list[Span], events: list[Span]) -> list[Span]:
        """"a mobile industry conference, 3GSM,": a name in apposition to an event names that event."""
        heads = {e.root.i for e in events}
        return [Span(s.doc, s.start, s.end, label="Event") for s in found if s.label_ not in ("Event", "Person", "Place")
                and not any(t.lower_ in PERSON_TITLES for t in s) and not _owner(s) and (
            s.root.dep_ == "appos" and s.root.head.i in heads
            or any(c.dep_ == "appos" and c.i in heads for c in s.root.children))]

    def _taken_part_in(self, head: Token) -> bool:
        """"will unveil the chip at a technology conference", "face a criminal trial": someone
        takes part in this one happening, so an indefinite mention is specific."""
        if any(c.dep_ == "poss" for c in head.children):
            return False
        if any(c.dep_ == "relcl" and (took_place(c) or c.lemma_ in _HOSTING and any(a.dep_ == "agent" for a in c.children))
               for c in head.children):
            return True  # "a meeting that took place at X", "a forum which was held in Y", "a dinner hosted by Z"
        if any(c.dep_ == "acl" and c.tag_ == "VBN" and is_verb_of(c, self.participation_verbs)
               and any(a.dep_ == "agent" for a in c.children) for c in head.children):
            return True  # "a panel discussion moderated by X": one that someone led
        verb = head.head
        if head.dep_ in ("nsubj", "nsubjpass") and took_place(verb) and any(
                p.dep_ == "prep" and any(o.ent_type_ for o in p.children) for p in verb.children):
            return True  # "Talks were held with the X Chamber", "consultations were held at Meishan in 2017": a happening
            # whose sides, place or day are named is a particular one (not "discussions were held among the attendees")
        if head.tag_ in ("NN", "NNP"):
            if not any(c.dep_ == "det" for c in head.children):
                return False  # "at launch": a bare noun names no particular happening
        elif not any(c.dep_ == "prep" and c.lower_ in ("with", "between", "into") for c in _right_preps(head)) \
                and not (head.lemma_.lower() in ("talk", "negotiation") and head.dep_ == "dobj"):
            return False  # plurals are kinds ("attend meetings") unless their sides are named ("talks with the LSE", "X and Y held talks")
        verb = head.head
        if verb.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("pcomp", "pobj", "csubj"):
            return False  # "from running a campaign to ...": a kind of activity, no particular one
        if head.dep_ == "dobj" and is_verb_of(verb, self.participation_verbs):
            return True
        if head.dep_ == "nsubjpass" and is_verb_of(verb, self.participation_verbs) and verb.tag_ in ("VBN", "VBD"):
            return True  # "an international forum ... was held in Beijing": one that took place
        prep = head.head
        return head.dep_ == "pobj" and prep.lower_ in ("at", "during", "in") and prep.head.pos_ in ("VERB", "AUX") \
            and (prep.lower_ != "in" or prep.head.lemma_ in lexicon.SPEECH_VERBS)  # "In a panel discussion, X said"

    def _widen(self, span: Span, found: list[Span]) -> Span:
        """A named event with its modifiers: "Beijing Forum" -> "this year's Beijing Forum"."""
        if not is_event_noun(span.root, self.event_nouns):
            return span
        wide = event_span(span.root, found)
        return Span(span.doc, min(wide.start, span.start), max(wide.end, span.end), label="Event")


SPEECH_NOUNS = set(lexicon.SPEECH_NOUNS)
GATHERINGS = set(lexicon.GATHERING_NOUNS)


def _a_group_of_people(t: Token) -> bool:
    """"The panel of speakers", "the panel included A and B", "a panel of experts", "the panel's aim": a panel that
    is people, not a session."""
    if t.lemma_.lower() != "panel":
        return False
    of_people = any(c.dep_ == "prep" and c.lower_ == "of" and any(o.tag_ == "NNS" for o in c.children) for c in t.children)
    return of_people or t.dep_ == "nsubj" and t.head.lemma_ in ("include", "comprise", "consist", "feature") \
        or t.dep_ == "poss"  # ("the panel's aim": a body of people's)


def _noun_tagged_adjective(t: Token) -> bool:
    """"gathered at a roundtable organized by X": a word with an article, where a noun stands, is a noun, whatever
    the tagger said."""
    if t.pos_ != "ADJ":
        return False
    titled = t.dep_ == "amod" and t.i > 0 and t.doc[t.i - 1].dep_ == "det" and t.i + 1 < len(t.doc) \
        and t.doc[t.i + 1].lemma_.lower() in TITLING_VERBS  # "a roundtable | titled “X”", parsed as the title's modifiers
    return titled or t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and any(c.dep_ == "det" for c in t.children)


def _staffed_short_name(span: Span) -> bool:
    """Whether the name (or its short name in brackets after it) has staff of its own ("the PIF Secretariat", "PIF
    Secretary General X"): then it names a body, not a gathering."""
    doc, end, staffed = span.doc, span.end, span.doc.user_data.get("kg_staffed_names", ())
    return end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].lower_ in staffed \
        or span.text.lower() in staffed  # (its name again, further on)


def _headline_noun(t: Token) -> bool:
    """"Visit of a delegation from X to Y", "Visit to Colleges in Y": a headline the tagger read as a command starts
    with a noun, and names the report's event though it has no article."""
    return t.tag_ == "VB" and t.is_title and any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in t.children) and t.is_sent_start


def _without_speeches_within(events: list[Span]) -> list[Span]:
    """"X delivered a keynote speech", "a lively discussion followed": in a report of a named gathering an
    unnamed speech or discussion is something said there, not an event of its own (who gave it took part
    in the gathering, see ``frames``). One placed or owned ("Mr Greenspan's speech in London") stays."""
    if not any(e.root.lemma_.lower() in GATHERINGS and e.root.lemma_.lower() not in SPEECH_NOUNS for e in events):
        return events  # (a report of a gathering, named or not: "a forum opened here Tuesday"; not of "the Cold War")

    def said_within(e: Span) -> bool:
        head = e.root
        placed = any(c.dep_ == "prep" and c.lower_ in ("in", "at") and any(o.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for o in c.subtree)
                     for c in head.children)
        owned = any(c.dep_ == "poss" and c.pos_ != "PRON" for c in head.children)  # ("in his keynote speech": the speaker's)
        titled = any(c.dep_ == "acl" and c.lemma_.lower() in TITLING_VERBS for c in head.children)
        return head.lemma_.lower() in SPEECH_NOUNS and not _proper(e) and not placed and not owned and not held(head, GATHERINGS) \
            and not titled  # ("a discussion titled “X”": one with a name of its own)
    return [e for e in events if not said_within(e)]


def _proper(e: Span) -> bool:
    return any(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in e)


def _owner(span: Span) -> bool:
    """"the X Center’s (XC) annual conference": a name written as the owner of what follows, its short name between."""
    doc, k = span.doc, span.end
    if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
        k += 3
    return k < len(doc) and (doc[k].tag_ == "POS" or doc[k].text in ("’", "'")) or span.end < len(doc) and doc[span.end].tag_ == "POS"


def _with_coordinated_name(event: Span, found: list[Span]) -> Span:
    """"the China-US University | and | Think Tank Forum", "Eastbay University and Northfield University
    Dialogue": a capitalised name joined to an event's name by 'and' is the first half of that name.

    Only where the whole run is capitalised and the body's name is not used on its own
    elsewhere in the article (then it would be a second body, not half a name)."""
    doc = event.doc
    if event.start < 2 or doc[event.start - 1].lower_ not in ("and", "&") or not doc[event.start].is_title:
        return event
    body = next((s for s in found if s.end == event.start - 1 and s.label_ in ("Organization", "Place")), None)
    if body is None or not all(t.is_title or t.is_upper or t.text in ("-", "–") for t in body):
        return event
    alone = [s for s in found if s.text == body.text and s.start != body.start]
    if alone or body.start > 0 and doc[body.start - 1].lower_ in ("between", "by", "with", "from"):
        return event
    return Span(doc, body.start, event.end, label="Event")


def _held_gathering(token: Token) -> bool:
    """"a celebration of the academy's anniversary was held in Tartu", "the 12th dialogue council ... was held in
    Oslo": a gathering of any word (or the numbered edition of anything) that the report says took place at a
    named place or on a named day."""
    edition = token.is_lower and any(c.ent_type_ == "ORDINAL" and c.dep_ == "amod" for c in token.children)  # "the 92nd council"
    return (token.pos_ == "NOUN" and token.lemma_.lower() in GATHERINGS or edition) and happened(token) and any(
        p.dep_ == "prep" and any(o.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "DATE") for o in p.children)
        for p in token.head.children)


def is_event_noun(token: Token, nouns: set[str]) -> bool:
    word = token.lower_
    if token.is_title and word in lexicon.NAMED_EVENT_NOUNS and token.i > 0 and token.nbor(-1).is_title \
            and token.nbor(-1).pos_ == "PROPN":
        return True  # "the Consumer Electronics Show", "the Commonwealth Games"
    if word == "call" and (any(c.lower_ in ("courtesy", "telephone", "phone", "video") for c in token.lefts) or any(
            p.dep_ == "prep" and p.lower_ == "with" and any(o.ent_type_ == "PERSON" for o in p.subtree) for p in token.rights)):
        return True  # "paid a courtesy call on the ambassador", "a call with Minister X" (not "a call for reform")
    if word in ("mission", "missions") and token.is_lower:
        return any(p.dep_ == "prep" and p.lower_ == "to" and any(o.ent_type_ in ("GPE", "LOC", "FAC", "ORG") for o in p.children)
                   for p in token.children)  # "a trade mission to Chile": a journey (not "the mission of the UN", a body)
    if word == "reception" and (token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_ in _HOSTING
                                or token.dep_ == "pobj" and token.head.lower_ in ("at", "during")
                                or any(c.dep_ in ("relcl", "acl") and c.lemma_ in _HOSTING for c in token.children)):
        return True  # "hosted a reception", "spoke at the reception", "a reception hosted by X" (not "a rousing reception")
    if token.is_title and (word.endswith("s") or word in _VERBAL) and token.i > 0 and token.nbor(-1).is_title \
            and token.i + 1 < len(token.doc) and (token.nbor(1).is_title or token.nbor(1).is_upper) \
            and token.nbor(1).ent_type_ in ("GPE", "ORG", "LOC", "FAC", "PERSON"):
        return False  # "Delegation Visits Beijing", "Ambassadors Visit USF" in a headline: a verb between two names
    # proper-noun plurals keep their 's' in the lemma: "Mock Elections"
    return token.lemma_.lower() in nouns or word in nouns or word.endswith("s") and word[:-1] in nouns


BODY_NOUNS = set(lexicon.BODY_NOUNS)


def _body_word_in(org: Span, token: Token) -> bool:
    """Whether a body's name goes on past an event word, or starts with a word for a body: then the event
    word is part of the body's name, not an event's."""
    return token.i < org.end - 1 or any(t.lemma_.lower() in BODY_NOUNS for t in org if t.i < token.i)


def is_specific(span: Span, head: Token) -> bool:
    """Is this a particular happening rather than a kind of one?"""
    if span.text.lower() in ("event",) and not any(c.lower_ in ("the", "this") for c in head.children if c.dep_ == "det"):
        return False  # (but "the event" is the one named before: see ``event_coref``)
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
    named = any(t.pos_ == "PROPN" or t.ent_type_ in ("DATE", "ORDINAL") for t in span if t.i < head.i)
    if head.tag_ in ("NNS", "NNPS") and not named and head.lemma_.lower() not in ("talk", "games", "awards", "olympics"):
        return False
    quoted = span.start > 0 and span.doc[span.start - 1].text in lexicon.QUOTE_PAIRS and head.is_title  # '"Meeting of X"'
    if named or quoted or _titled(head):
        return True
    if any(d in ("its", "our", "my", "your") for d in dets):
        return False
    if any(d in ("his", "her", "their") for d in dets) or head.lemma_.lower() in GATHERINGS \
            and any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in head.children):
        return True  # "his keynote speech", "the delegation’s visit": someone's own happening is a particular one
    has_topic = span.end > head.i + 1
    if any(d in ("the", "this", "that") for d in dets):
        return True
    if any(d in ("a", "an") for d in dets):
        placed = head.lemma_.lower() in GATHERINGS and any(
            c.dep_ == "prep" and (c.lower_ in ("at", "in") and any(o.pos_ == "PROPN" for o in c.subtree)
                                  or c.lower_ == "on" and any(o.ent_type_ == "DATE" and o.like_num for o in c.subtree))
            for c in head.children)
        hosted = head.lemma_.lower() in GATHERINGS and any(c.dep_ == "acl" and c.tag_ == "VBN" and any(
            a.dep_ == "agent" for a in c.children) for c in head.children)  # "a lunch, hosted by X": whose
        return has_topic or placed or hosted  # ("a workshop at the Brookings Institution", "a conference on 17 June")
    return False  # a bare noun: "dialogue on AI risk" is a kind of talk, not one


def _to_closing_quote(span: Span | None) -> Span | None:
    """'on “International Climate Negotiations and Recent Developments in X.”': an event's name that opens a quoted
    title runs to the title's end."""
    if span is None or span.start == 0 or span.doc[span.start - 1].text not in lexicon.QUOTE_PAIRS:
        return span
    doc, close = span.doc, lexicon.QUOTE_PAIRS[span.doc[span.start - 1].text]
    end = next((t.i for t in doc[span.end : min(span.sent.end, span.end + 30)] if t.text == close), None)
    while end is not None and end > span.end and doc[end - 1].is_punct:
        end -= 1  # ('... the USA.”')
    return Span(doc, span.start, end, label=span.label_) if end is not None and end > span.end else span


def _titled(head: Token) -> bool:
    """"a roundtable titled “X”", however parsed: one with a name of its own."""
    doc = head.doc
    return head.i + 2 < len(doc) and doc[head.i + 1].lemma_.lower() in TITLING_VERBS and doc[head.i + 1].tag_ == "VBN" \
        and (doc[head.i + 2].text in lexicon.QUOTE_PAIRS or doc[head.i + 2].text == "'")


def _right_preps(head: Token) -> list[Token]:
    """The noun's prepositions, and the verb's one right after it: "held hearings | into its finances"."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    extra = [nxt] if nxt is not None and head.dep_ == "dobj" and nxt.dep_ == "prep" and nxt.head.i == head.head.i else []
    return [c for c in head.children if c.dep_ == "prep"] + extra


def _sides_named(head: Token, found: list[Span]) -> bool:
    """"talks between Ryanair and Aer Lingus", "talks with Ken Lieberthal": a happening whose named sides meet is a
    particular one (talks with a body may be any of many: "began talks with the LSE")."""
    sides = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "between"
             for p in c.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
    partners = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    return len(sides) >= 2 and all(kind_at(found, o) in ("Person", "Organization", "Place") for o in sides) \
        or head.lemma_.lower() in ("talk", "meeting") and any(kind_at(found, p) == "Person" for p in partners)


def _named_by_apposition(head: Token, found: list[Span]) -> bool:
    return any(c.dep_ == "appos" and any(s.root.i == c.i for s in found) for c in head.children)


def _inside_event_name(mention: Span, events: list[Span]) -> bool:
    """An organisation tagged inside an event's name is the name, not a body."""
    return mention.label_ == "Organization" and any(
        e.start <= mention.start and mention.end <= e.end and (mention.root.head.i == e.root.i or mention.end < e.end
                                                              and e.start <= mention.root.head.i < e.end
                                                              and any(t.text in ("–", "—") for t in e))
        for e in events  # ("India – Japan Security | Dialogue", however the parse joined the headline's words)
    )
