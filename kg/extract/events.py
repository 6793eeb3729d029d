"""``kg_events``: event mentions from noun phrases headed by an event noun.

"the 2024 Beijing Forum", "a panel session of the forum", "the first meeting
of inter-governmental dialogue on AI": the phrase is the head noun with its
left modifiers and its 'of'/'on' complements; location and date phrases
("in Geneva", "on Sunday") stay outside it. Generic mentions are left out:
plurals without a name ("track-two dialogues"), bare nouns ("dialogue"),
and "its"/"our" possessives; "his keynote speech" is someone's particular one.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .grammar import held, is_verb_of, took_place
from .mentions import PERSON_TITLES, mentions, set_mentions, trim
from .titles import is_title_word
from .verb_events import held_names, signings_by_verb, visits_by_verb

LEFT_DEPS = {"compound", "amod", "nmod", "nummod", "npadvmod", "quantmod", "poss", "advmod"}
TOPIC_PREPS = {"of", "on", "between", "for", "into", "with"}
#: Events that go somewhere: "a visit to X" is named by where it went.
JOURNEY_NOUNS = {"visit", "trip", "tour", "mission", "journey"}
#: Event nouns that are verbs too, which a title-case headline writes between two names: "Ambassadors Visit USF".
_VERBAL = {"visit", "tour", "talk", "call", "launch", "meet"}
#: Verbs of holding a gathering, which make an event of what they hold: "hosted a reception".
_HOSTING = {"host", "co-host", "hold", "organise", "organize", "attend", "throw", "arrange"}
#: Happenings between sides, named by whom they are with: "talks with the LSE" (not "the elections | with X").
SIDED_NOUNS = {"talk", "talks", "meeting", "dialogue", "discussion", "consultation", "call", "conversation", "negotiation",
               "negotiations", "roundtable", "exchange", "session", "interview", "debate", "seminar", "webinar", "workshop",
               "summit"}
# Kinds whose mention inside an event phrase ends its topic: "talks on AI in Geneva".
OUTSIDE_KINDS = {"Place"}


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
        for token in doc:
            if token.pos_ in ("NOUN", "PROPN") and is_event_noun(token, self.event_nouns) and token.ent_type_ not in ("DATE", "TIME"):
                if token.dep_ == "compound" and is_event_noun(token.head, self.event_nouns):
                    continue  # "summit meeting": the head noun speaks for both
                if token.lower_ == "award" and not any(c.pos_ == "PROPN" for c in token.lefts):
                    continue  # "won the award": a prize; the ceremony is "the awards" ("a Golden Globe award" names both)
                if any(e.start <= token.i <= e.root.i for e in events):
                    continue  # a word of another event's name; "the forum" in "session of the forum" is not
                if any(p.label_ == "Place" and p.start <= token.i < p.end - 1 for p in found):
                    continue  # "the Yingjie Conference Center": a venue's name, not an event
                if any(o.label_ == "Organization" and o.start <= token.i < o.end and _body_word_in(o, token) for o in found):
                    continue  # "the Pacific Forum CSIS", "the Institute for Global Dialogue": a body's name
                span = event_span(token, found)
                if span is not None and (is_specific(span, token) or self._taken_part_in(token) or _named_by_apposition(token, found)
                                         or _sides_named(token, found)):
                    events.append(span)
        events += self._apposed_names(found, events)
        events += visits_by_verb(doc, found, events)
        events += signings_by_verb(doc, found, events)
        events += held_names(doc, found, events)
        events = _without_speeches_within(events)
        joined = [_with_coordinated_name(e, found) for e in events]
        halves = {(j.start, e.start) for j, e in zip(joined, events) if j.start != e.start}
        events = joined
        others = [s for s in found if s.label_ != "Event" and not _inside_event_name(s, events)
                  and not any(a <= s.start and s.end < b for a, b in halves)
                  and not any(e.start == s.start and e.end == s.end for e in events)]
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


def is_event_noun(token: Token, nouns: set[str]) -> bool:
    word = token.lower_
    if token.is_title and word in lexicon.NAMED_EVENT_NOUNS and token.i > 0 and token.nbor(-1).is_title \
            and token.nbor(-1).pos_ == "PROPN":
        return True  # "the Consumer Electronics Show", "the Commonwealth Games"
    if word == "call" and any(c.lower_ == "courtesy" for c in token.lefts):
        return True  # "paid a courtesy call on the ambassador" (not "a call for reform")
    if word == "reception" and (token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_ in _HOSTING
                                or token.dep_ == "pobj" and token.head.lower_ in ("at", "during")
                                or any(c.dep_ == "relcl" and c.lemma_ in _HOSTING for c in token.children)):
        return True  # "hosted a reception", "spoke at the reception" (not "a rousing reception")
    if token.is_title and (word.endswith("s") or word in _VERBAL) and token.i > 0 and token.nbor(-1).is_title \
            and token.i + 1 < len(token.doc) and (token.nbor(1).is_title or token.nbor(1).is_upper) \
            and token.nbor(1).ent_type_ in ("GPE", "ORG", "LOC", "FAC", "PERSON"):
        return False  # "Delegation Visits Beijing", "Ambassadors Visit USF" in a headline: a verb between two names
    # proper-noun plurals keep their 's' in the lemma: "Mock Elections"
    return token.lemma_.lower() in nouns or word in nouns or word.endswith("s") and word[:-1] in nouns


def event_span(head: Token, found: list[Span]) -> Span | None:
    doc = head.doc
    left = [c for c in head.lefts if c.dep_ in LEFT_DEPS and not (c.dep_ == "poss" and c.pos_ == "PRON")]
    start = min((_left_edge(c, found) for c in left), default=head.i)
    if head.pos_ == "PROPN":  # a name is its whole capitalised run, however the parser split it: "Y Vote | Mock Elections"
        while start > 0 and doc[start - 1].pos_ == "PROPN" and (doc[start - 1].is_title or doc[start - 1].is_upper) \
                and _kind_at(found, doc[start - 1]) is None:
            start -= 1
        lead = doc[start - 2] if start >= 2 and doc[start - 1].lower_ in ("for", "of") else None
        if lead is not None and lead.pos_ == "PROPN" and (lead.is_upper or lead.is_title) and not lead.is_sent_start \
                and _kind_at(found, lead) is None and not doc[start - 3].is_title:
            start -= 2  # "the AI for | Good Global Summit": a name's capitalised lead-in and its preposition
    cut = [t.i for t in doc[start : head.i] if t.is_punct and t.text not in ("-", "'", "’")
           and not (t.text in ('"', "“", "”") and _quotes_a_name(doc[start : head.i]))]
    if cut:
        start = cut[-1] + 1  # '"constructive, professional and friendly" talks': the quoted praise is no name
    end = head.i + 1
    if end < len(doc) and head.is_title and doc[end].text in lexicon.ROMAN_NUMERALS:
        end += 1  # "Working Session II": the numeral is the name's
    preps = list(head.rights)
    if head.dep_ == "dobj" and end < len(doc) and doc[end].head.i == head.head.i:
        preps = [doc[end]]  # "held an inquiry | into betting": the parser hung the topic on the verb
    for prep in preps:
        if prep.lower_ == "to" and prep.i == end and head.lemma_.lower() in JOURNEY_NOUNS \
                and any(_kind_at(found, o) in ("Place", "Organization") for o in prep.children if o.dep_ == "pobj"):
            obj = next(o for o in prep.children if o.dep_ == "pobj")
            end = max([obj.i + 1] + [m.end for m in found if m.start <= obj.i < m.end])
            break  # "a visit to | the University of X": where it went tells this visit from the next
        if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS or prep.i != end \
                or prep.lower_ == "with" and head.lemma_.lower() not in SIDED_NOUNS:
            break
        if prep.lower_ == "for" and head.lemma_.lower() in ("award", "awards", "prize"):
            break  # "awards for best actor" names the category, not the event
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        sides = prep.lower_ in ("between", "with")  # "talks between Iran and the EU": places as sides, not venues
        if not objects or _kind_at(found, objects[0]) in OUTSIDE_KINDS and not sides or objects[0].ent_type_ in ("DATE", "TIME") \
                or objects[0].pos_ == "PRON" or sides and objects[0].is_title and is_title_word(objects[0]):
            break  # "a trial of what it calls ...": a clause is no topic; "talks with | Vice-Rector of X Y": a person's title
        if head.pos_ == "PROPN" and head.is_title and not any(t.is_title or t.is_upper for t in objects[0].subtree):
            break  # "won the Hopman Cup | for the second time": a name goes on only with more of the name
        end = _topic_end(objects[0], found) + 1
    describing = [c for c in head.rights if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i == end]
    titled = describing and describing[0].lemma_.lower() in TITLING_VERBS  # "the recent discussion titled “X”"
    if describing and (_indefinite(head) or titled) and not any(t.pos_ == "PROPN" for t in doc[start:end]):
        # "a rally calling for a rail link", "a tribunal set up to investigate ...": the clause identifies it
        clause = describing[0]  # its words that say which, not when or where ("a forum opened | here Tuesday")
        last = max([clause.i] + [c.right_edge.i for c in clause.rights if c.dep_ not in ("advmod", "npadvmod", "punct")
                                 and c.ent_type_ not in ("DATE", "TIME") and not _where_or_when(c)])
        if last - start < 14:
            end = last + 1
    span = _to_closing_quote(trim(Span(doc, start, end, label="Event")))
    return _with_title_after(span) if titled else span


def _with_title_after(span: Span) -> Span:
    """"a discussion entitled – ‘X’": a quoted title after a dash or a colon is the event's too."""
    doc, k = span.doc, span.end
    while k < len(doc) and doc[k].text in ("–", "-", "—", ":"):
        k += 1
    if k == span.end or k >= len(doc) or doc[k].text not in _OPENING:
        return span
    close = next((t.i for t in doc[k + 1 : min(len(doc), k + 40)] if t.text == _OPENING[doc[k].text]
                  or _OPENING[doc[k].text] == "’" and t.text == "'"), None)
    return Span(doc, span.start, close + 1, label=span.label_) if close is not None else span


#: Verbs that give a happening its title: "a panel titled “X”", "a seminar themed ‘Y’".
TITLING_VERBS = {"title", "entitle", "theme", "call", "name", "dub"}
_OPENING = lexicon.QUOTE_PAIRS


def _to_closing_quote(span: Span) -> Span:
    """'a seminar on “Trade and the Sea: Ports of the North”': a title the event's name quotes runs to its
    closing quote, however many words or colons the parser hung elsewhere."""
    doc = span.doc
    opened = [t for t in span if t.text in _OPENING]
    if not opened:
        return span
    close = _OPENING[opened[-1].text]
    if any(t.text == close for t in doc[opened[-1].i + 1 : span.end]):
        return span
    sent_end = span.root.sent.end
    for t in doc[span.end : min(sent_end, span.end + 30)]:
        if t.text == close or close == "’" and t.text == "'":
            return Span(doc, span.start, t.i + 1, label=span.label_)
    return span


BODY_NOUNS = set(lexicon.BODY_NOUNS)


def _body_word_in(org: Span, token: Token) -> bool:
    """Whether a body's name goes on past an event word, or starts with a word for a body: then the event
    word is part of the body's name, not an event's."""
    return token.i < org.end - 1 or any(t.lemma_.lower() in BODY_NOUNS for t in org if t.i < token.i)


def _where_or_when(prep: Token) -> bool:
    """"in Geneva", "on Tuesday": a prepositional phrase of place or time."""
    return prep.dep_ == "prep" and any(o.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for o in prep.children if o.dep_ == "pobj")


def _quotes_a_name(before_head: Span) -> bool:
    """'a "Track II" dialogue': quotation marks around a capitalised name before the head keep it in the name
    ('"constructive, professional and friendly" talks' quote praise, which is none of it)."""
    words = [t for t in before_head if t.is_alpha or t.like_num]
    return bool(words) and all(t.is_title or t.is_upper or t.like_num for t in words)


def _indefinite(head: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _left_edge(modifier: Token, found: list[Span]) -> int:
    """A possessor is named by its own mention: "Federal Reserve chairman Mr Greenspan's speech" -> "Greenspan's speech"."""
    if modifier.dep_ == "poss":
        for s in found:
            if s.start <= modifier.i < s.end and s.label_ in ("Person", "Organization"):
                return s.start
    return modifier.left_edge.i


def _topic_end(obj: Token, found: list[Span]) -> int:
    """Last token of a topic phrase, stopping before a place or date ("on AI | in Geneva")."""
    last = obj.i
    for child in obj.rights:
        if child.dep_ == "prep":
            if child.lower_ in ("at", "in", "near", "during"):
                break  # "with academic leaders | at Stanford": where, not what about
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None or _kind_at(found, pobj) in OUTSIDE_KINDS or any(t.ent_type_ in ("DATE", "TIME") for t in pobj.subtree):
                break
            last = _topic_end(pobj, found)
        elif child.dep_ in ("compound", "amod", "conj", "cc", "punct") and child.left_edge.i == last + 1:
            last = child.right_edge.i
    return last


def _kind_at(found: list[Span], token: Token) -> str | None:
    for s in found:
        if s.start <= token.i < s.end:
            return s.label_
    return None


def is_specific(span: Span, head: Token) -> bool:
    """Is this a particular happening rather than a kind of one?"""
    if span.text.lower() in ("event",):
        return False
    dets = [c.lower_ for c in head.children if c.dep_ in ("det", "poss")]
    named = any(t.pos_ == "PROPN" or t.ent_type_ in ("DATE", "ORDINAL") for t in span if t.i < head.i)
    if head.tag_ in ("NNS", "NNPS") and not named and head.lemma_.lower() not in ("talk", "games", "awards", "olympics"):
        return False
    if named:
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
        return has_topic
    return False  # a bare noun: "dialogue on AI risk" is a kind of talk, not one


def _right_preps(head: Token) -> list[Token]:
    """The noun's prepositions, and the verb's one right after it: "held hearings | into its finances"."""
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    extra = [nxt] if nxt is not None and head.dep_ == "dobj" and nxt.dep_ == "prep" and nxt.head.i == head.head.i else []
    return [c for c in head.children if c.dep_ == "prep"] + extra


def _sides_named(head: Token, found: list[Span]) -> bool:
    """"talks between Ryanair and Aer Lingus": a happening whose named sides meet is a particular one."""
    sides = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "between"
             for p in c.children if p.dep_ == "pobj" for o in (p, *p.conjuncts)]
    return len(sides) >= 2 and all(_kind_at(found, o) in ("Person", "Organization", "Place") for o in sides)


def _named_by_apposition(head: Token, found: list[Span]) -> bool:
    return any(c.dep_ == "appos" and any(s.root.i == c.i for s in found) for c in head.children)


def _inside_event_name(mention: Span, events: list[Span]) -> bool:
    """An organisation tagged inside an event's name is the name, not a body."""
    return mention.label_ == "Organization" and any(
        e.start <= mention.start and mention.end <= e.end and mention.root.head.i == e.root.i for e in events
    )
