"""How far an event's name reaches, for ``kg_events``: from its head noun, its left modifiers and its
'of'/'on'/'between' complements ("the first meeting of inter-governmental dialogue on AI"), a journey's
destination ("a visit to the University of X"), a clause that says which ("a rally calling for a rail link",
"the discussion titled “X”") and a quoted title to its closing quote; places and dates ("in Geneva", "on
Sunday") stay outside it."""
from __future__ import annotations

from spacy.tokens import Span, Token

from . import lexicon
from .mentions import trim
from .title_words import is_title_word

LEFT_DEPS = {"compound", "amod", "nmod", "nummod", "npadvmod", "quantmod", "poss", "advmod"}
TOPIC_PREPS = {"of", "on", "between", "for", "into", "with"}
#: Events that go somewhere: "a visit to X" is named by where it went.
JOURNEY_NOUNS = {"visit", "trip", "tour", "mission", "journey"}
#: Happenings between sides, named by whom they are with: "talks with the LSE" (not "the elections | with X").
SIDED_NOUNS = {"talk", "talks", "meeting", "dialogue", "discussion", "consultation", "call", "conversation", "negotiation",
               "negotiations", "roundtable", "exchange", "session", "interview", "debate", "seminar", "webinar", "workshop",
               "summit"}
# Kinds whose mention inside an event phrase ends its topic: "talks on AI in Geneva".
OUTSIDE_KINDS = {"Place"}
#: Verbs that give a happening its title: "a panel titled “X”", "a seminar themed ‘Y’".
TITLING_VERBS = {"title", "entitle", "theme", "call", "name", "dub"}
_OPENING = lexicon.QUOTE_PAIRS


_TAKING_PART = set(lexicon.PARTICIPATION_VERBS) | set(lexicon.FRAME_VERBS)


def told_verb(t: Token) -> bool:
    """"Nile University | Holds | Partnership Talks": a verb of taking part, capitalised in a headline, is no word
    of the name after it."""
    w = t.lower_
    return w.endswith("s") and (w[:-1] in _TAKING_PART or w.endswith("es") and w[:-2] in _TAKING_PART)


def event_span(head: Token, found: list[Span]) -> Span | None:
    """The event phrase ``head`` heads, among the mentions ``found`` so far."""
    doc = head.doc
    left = [c for c in head.lefts if c.dep_ in LEFT_DEPS and not (c.dep_ == "poss" and c.pos_ == "PRON")]
    start = min((_left_edge(c, found) for c in left), default=head.i)
    if head.pos_ == "PROPN":  # a name is its whole capitalised run, however the parser split it: "Y Vote | Mock Elections"
        while start > 0 and doc[start - 1].pos_ == "PROPN" and (doc[start - 1].is_title or doc[start - 1].is_upper) \
                and kind_at(found, doc[start - 1]) is None:
            start -= 1
        lead = doc[start - 2] if start >= 2 and doc[start - 1].lower_ in ("for", "of") else None
        if lead is not None and lead.pos_ == "PROPN" and (lead.is_upper or lead.is_title) and not lead.is_sent_start \
                and kind_at(found, lead) is None and not doc[start - 3].is_title:
            start -= 2  # "the AI for | Good Global Summit": a name's capitalised lead-in and its preposition
    told = [t.i for t in doc[start : head.i] if t.pos_ == "PROPN" and told_verb(t)]
    start = told[-1] + 1 if told else start
    cut = [t.i for t in doc[start : head.i] if t.is_punct and t.text not in ("-", "'", "’")
           and not (t.text in ('"', "“", "”") and _quotes_a_name(doc[start : head.i]))]
    if cut:
        start = cut[-1] + 1  # '"constructive, professional and friendly" talks': the quoted praise is no name
    if start >= 2 and doc[start - 1].text in ("–", "—", "-") and kind_at(found, doc[start - 2]) == "Place" \
            and doc[start].pos_ == "PROPN" and doc[start - 1].whitespace_:
        start -= 2  # "India – Japan Security Dialogue": the two sides, a spaced dash between them
    end = head.i + 1
    if end < len(doc) and head.is_title and doc[end].text in lexicon.ROMAN_NUMERALS:
        end += 1  # "Working Session II": the numeral is the name's
    preps = list(head.rights)
    if head.dep_ == "dobj" and end < len(doc) and doc[end].head.i == head.head.i:
        preps = [doc[end]]  # "held an inquiry | into betting": the parser hung the topic on the verb
    for prep in preps:
        if prep.lower_ == "to" and prep.i == end and head.lemma_.lower() in JOURNEY_NOUNS \
                and any(kind_at(found, o) in ("Place", "Organization") for o in prep.children if o.dep_ == "pobj"):
            obj = next(o for o in prep.children if o.dep_ == "pobj")
            end = max([obj.i + 1] + [m.end for m in found if m.start <= obj.i < m.end])
            break  # "a visit to | the University of X": where it went tells this visit from the next
        if prep.lower_ == "from" and prep.i == end and head.lemma_.lower() in JOURNEY_NOUNS:
            obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
            of = next((p for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"), None) if obj is not None else None
            body = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else obj
            if body is not None and kind_at(found, body) in ("Place", "Organization"):
                end = max([body.i + 1] + [m.end for m in found if m.start <= body.i < m.end])
            break  # "a visit from | a delegation of the X Bank": whose visit it was
        if prep.dep_ != "prep" or prep.lower_ not in TOPIC_PREPS or prep.i != end \
                or prep.lower_ == "with" and head.lemma_.lower() not in SIDED_NOUNS:
            break
        if prep.lower_ == "for" and head.lemma_.lower() in ("award", "awards", "prize"):
            break  # "awards for best actor" names the category, not the event
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        sides = prep.lower_ in ("between", "with")  # "talks between Iran and the EU": places as sides, not venues
        if not objects or kind_at(found, objects[0]) in OUTSIDE_KINDS and not sides or objects[0].ent_type_ in ("DATE", "TIME") \
                or objects[0].pos_ == "PRON" or sides and objects[0].is_title and is_title_word(objects[0]):
            break  # "a trial of what it calls ...": a clause is no topic; "talks with | Vice-Rector of X Y": a person's title
        if head.pos_ == "PROPN" and head.is_title and not any(t.is_title or t.is_upper for t in objects[0].subtree):
            break  # "won the Hopman Cup | for the second time": a name goes on only with more of the name
        end = _topic_end(objects[0], found) + 1
    describing = [c for c in head.rights if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i == end]
    titled = describing and describing[0].lemma_.lower() in TITLING_VERBS  # "the recent discussion titled “X”"
    by_whom = describing and any(c.dep_ == "agent" for c in describing[0].children)  # ("a panel moderated by X": who, not which)
    if describing and (_indefinite(head) and not by_whom or titled) and not any(t.pos_ == "PROPN" for t in doc[start:end]):
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
            if pobj is None or kind_at(found, pobj) in OUTSIDE_KINDS or any(t.ent_type_ in ("DATE", "TIME") for t in pobj.subtree):
                break
            last = _topic_end(pobj, found)
        elif child.dep_ == "conj" and child.left_edge.i == last + 1 and kind_at(found, child) != "Event":
            last = _topic_end(child, found)  # ("A and the delegation, | which included two senators": no clause;
            # "the plenary session of X | and the Y Conference": a second event)
        elif child.dep_ == "appos" and obj.doc[last].text == "(" and child.left_edge.i == last + 1 \
                and kind_at(found, obj) == "Organization" \
                and child.right_edge.i + 1 < len(obj.doc) and obj.doc[child.right_edge.i + 1].text == ")":
            last = child.right_edge.i + 1  # "the visit of the X Group (XG) | to China": the short name in brackets
        elif child.dep_ in ("compound", "amod", "cc", "punct") and child.left_edge.i == last + 1 \
                or child.dep_ == "appos" and obj.pos_ == "NOUN" and child.left_edge.i == last + 1 \
                and not obj.doc[last].is_punct:
            last = child.right_edge.i  # (and "with his Russian counterpart | Sergey Lavrov": whom the noun names)
    return last


def kind_at(found: list[Span], token: Token) -> str | None:
    """The kind of the mention ``token`` is in, if any."""
    for s in found:
        if s.start <= token.i < s.end:
            return s.label_
    return None
