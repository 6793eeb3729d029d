"""Events a report tells only by their verb, for ``kg_events``: "A delegation from X visited Y", "A and B
signed an MoU". The verb is the event's mention; its name ("visit", "signing") is given in ``clusters``."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from . import lexicon
from .grammar import _objects, held, negated, took_place

GROUP_NOUNS = set(lexicon.GROUP_NOUNS)
#: Verbs of the hosts' side of a visit: "Y received a delegation from X", "Y welcomed a delegation".
RECEIVING_VERBS = ("receive", "host", "welcome", "greet")
#: Who comes on a visit, as hosts tell it: not a panel or a committee they "host".
DELEGATION_NOUNS = {"delegation", "team", "mission", "contingent", "entourage", "delegate", "guest", "visitor"}
GATHERING_NOUNS = set(lexicon.GATHERING_NOUNS)


def visits_by_verb(doc: Doc, found: list[Span], events: list[Span]) -> list[Span]:
    """"A delegation from X visited Punjab University on Saturday", "Y was visited by a delegation": where a
    report tells of a visit only by its verb, the verb is the visit's mention (its name is "visit", see
    ``clusters``). Only where no visit is named as a noun, the verb is not denied or to come, and someone
    visits a body or a place. Told from the hosts' side ("Y received a delegation from X"), only where the
    report names no gathering: "Y hosted a delegation ... The two sides held a roundtable" is the roundtable."""
    named = [e for e in events if e.root.lemma_.lower() == "visit"]
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() != "visit":
            continue
        trip = _trip(t)  # ("X led a delegation | to visit Y": the trip's travellers are the visit's guests)
        if not (t.tag_ in ("VBD", "VBN") or trip is not None) or negated(t):
            continue
        if any(e.start < t.i or e.sent == t.sent for e in named):
            break  # the visit is named as a noun before or beside: "visited X to pay a courtesy visit to Y"
        passive = any(c.dep_ == "nsubjpass" for c in t.children)
        objects = [o for o in t.children if o.dep_ == ("nsubjpass" if passive else "dobj")]
        guests = [o for c in t.children if c.dep_ == "agent" for o in _objects(c)] if passive else \
            [c for c in t.children if c.dep_ == "nsubj"] or [c for c in (trip.children if trip is not None else [])
                                                            if c.dep_ in ("nsubj", "dobj")]
        visited = any(s.start <= o.i < s.end and s.label_ in ("Organization", "Place") for o in objects for s in found)
        # "a delegation from X visited our university": a group or someone named visits, named place or not
        visitors = [c for c in guests  # ("the ambassador of X, Mr. Y, visited": a title whose holder is named beside it)
                    if c.lemma_.lower() in GROUP_NOUNS or any(s.start <= w.i < s.end and s.label_ in ("Person", "Organization")
                                                              for w in [c, *(a for a in c.children if a.dep_ == "appos")] for s in found)]
        attended = any(c.dep_ == "conj" and c.lemma_.lower() in ("attend", "participate", "join") for c in t.children)
        if visited or visitors and objects and not attended:  # ("visited our university and attended the X Lecture")
            return [Span(doc, t.i, t.i + 1, label="Event")]  # one visit a report: later "visited" verbs tell of its stops
    if named or any(_a_gathering(e.root) for e in events):
        return []
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in RECEIVING_VERBS:
            continue
        # "Y received a delegation from X", "a delegation from X was received by Y"
        guests = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DELEGATION_NOUNS]
        hosts = [c for c in t.children if c.dep_ == "nsubj" or c.dep_ == "agent"]
        if t.pos_ == "VERB" and t.lemma_.lower() in RECEIVING_VERBS and t.tag_ in ("VBD", "VBN") and not negated(t) \
                and guests and hosts \
                and not any(p.dep_ == "prep" and p.lower_ == "for" and _a_gathering(o) for p in t.subtree for o in _objects(p)):
            # ("welcomed a delegation for an expert roundtable discussion": the roundtable is what they came to)
            return [Span(doc, t.i, t.i + 1, label="Event")]
    return []


#: Verbs of a trip made, whose "to" clause tells what it was for: "X led a delegation to visit Y".
TRIP_VERBS = {"lead", "head", "come", "arrive", "travel", "send", "bring", "fly"}


def _trip(t):
    """The past trip a "to visit" clause tells the purpose of: "led a delegation | to visit Nankai University", "came
    to visit"; None if there is none (a visit that was only planned or invited)."""
    head = t.head if t.dep_ in ("xcomp", "advcl") else t.head.head if t.dep_ == "acl" and t.head.dep_ == "dobj" else None
    if t.tag_ != "VB" or head is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return None
    return head if head.lemma_.lower() in TRIP_VERBS and head.tag_ in ("VBD", "VBN") and not negated(head) else None


def meetings_by_verb(doc: Doc, found: list[Span], events: list[Span]) -> list[Span]:
    """"The minister met with the ambassador of X on Monday", "A met B at the ministry", "a delegation called on X":
    where a report names no gathering and no visit, the meeting (or the call) it tells by its verb between two named
    sides is its event (named "meeting" or "call", see ``clusters``): the first such, not one denied or to come."""
    if any(e.root.lemma_.lower() == "meeting" and any(c.lower_ == "with" for c in e.root.children) for e in events):
        return []  # the report names its meeting with its sides: "A met B ... had a cordial meeting with B"
    told, named = None, None  # (read only where a meeting verb is: a sentence of each event is costly to find)
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in ("meet", "call") or t.tag_ not in ("VBD", "VBN", "VBZ") or negated(t) \
                or any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "to") for c in t.children):
            continue
        if t.lemma_.lower() == "call" and not called_on(t):
            continue
        if told is None:
            told = {e.sent.start for e in events}
            named = {i: s for s in found if s.label_ in ("Person", "Organization") for i in range(s.start, s.end)}
        if t.sent.start in told:
            continue
        subjects = [c for c in t.children if c.dep_ == "nsubj"]
        if t.dep_ == "relcl" and any(c.tag_ == "WP" for c in subjects):
            subjects.append(t.head)  # "X, who met with Y at ..."
        met = {x.i for x in t.subtree if x.i > t.i} - {x.i for c in t.children if c.dep_ in ("advcl", "conj", "ccomp") for x in c.subtree}
        # "a delegation called on X" (also where the parser hung a finite "called" on the delegation as a clause)
        callers = t.lemma_.lower() == "call" and (t.tag_ == "VBD" or any(p.lemma_.lower() in GROUP_NOUNS for p in subjects))
        if (callers or any(x.i in named for p in subjects for x in [p, *p.conjuncts])) and met & set(named):
            return [Span(doc, t.i, t.i + 1, label="Event")]
    return []


def called_on(verb) -> bool:
    """"A delegation called on the Speaker", "paid a call upon X" (not "called on X to resign": a demand)."""
    return verb.lemma_ == "call" and any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in verb.children) \
        and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _a_gathering(noun) -> bool:
    return noun.lemma_.lower() in GATHERING_NOUNS or held(noun, GATHERING_NOUNS)


AGREEMENT_NOUNS = set(lexicon.AGREEMENT_NOUNS)
#: Plural signers that are two sides: "the two countries signed", "both universities signed".
SIDE_NOUNS = {"side", "country", "party", "university", "institution", "government", "nation"}


def signings_by_verb(doc: Doc, found: list[Span], events: list[Span]) -> list[Span]:
    """"A and B signed a memorandum of understanding", "an MoU was signed between A and B", "it was signed by A, B
    and C", "the agreement, signed by A and B,", "the two countries signed an agreement", "strengthened their ties by
    signing an MoU": a signing between two sides told only by its verb is an event, the verb its mention (its name is
    "signing", see ``clusters``). Not
    one to come or denied, nor one a sentence also names as a noun ("at the signing ceremony they signed ...")."""
    out = []
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() != "sign":
            continue  # (cheap first: a token's sentence costs a walk)
        told = t.tag_ in ("VBD", "VBN") or t.tag_ == "VBZ" and t.sent.start == 0 \
            or t.tag_ == "VBG" and t.dep_ == "pcomp" and t.head.head.tag_ in ("VBD", "VBN")  # "formalised it | by signing an MoU"
        if t.pos_ != "VERB" or t.lemma_.lower() != "sign" or not told or negated(t) \
                or any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "to") for c in t.children):
            continue
        signed = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")] or ([t.head] if t.dep_ == "acl" and any(c.dep_ == "agent" for c in t.children) else [])
        if not any(c.lemma_.lower() in AGREEMENT_NOUNS or c.lower_ in AGREEMENT_NOUNS for c in signed):
            continue
        if any(e.sent == t.sent and e.root.lemma_.lower() in ("signing", "ceremony") for e in events):
            continue  # the sentence names the signing itself
        # two sides sign at a signing ("A and B signed", "signed an MoU with B", "a memorandum between A and B");
        # one side signing a letter is no event ("Turkey has signed a letter of intent")
        signers = [c for c in t.children if c.dep_ == "nsubj"] + [o for c in t.children if c.dep_ == "agent" for o in _objects(c)]
        within = {x.i for p in signers for x in p.subtree}
        named = [m for m in found if m.label_ in ("Person", "Organization", "Place") and m.root.i in within]
        sides = len(named) >= 2 or any(p.conjuncts or p.tag_ == "NNS" and p.lemma_.lower() in SIDE_NOUNS for p in signers) or any(
            p.dep_ == "prep" and p.lower_ in ("with", "between") for p in [*t.children, *(w for x in signed for w in x.subtree)])
        if sides:
            out.append(Span(doc, t.i, t.i + 1, label="Event"))
    return out


def held_names(doc: Doc, found: list[Span], events: list[Span]) -> list[Span]:
    """"The inaugural 'Security Salon' ... was held on Wednesday": a capitalised name no one tagged that was
    held, convened or took place is an event's."""
    taken = {i for s in [*found, *events] for i in range(s.start, s.end)}
    out = []
    for t in doc:
        if t.pos_ != "PROPN" or not t.is_title or t.i in taken or not happened(t):
            continue
        start = t.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and start - 1 not in taken:
            start -= 1
        out.append(Span(doc, start, t.i + 1, label="Event"))
    return out


def happened(root) -> bool:
    """The subject of a verb of taking place: "X was held", "X took place", "X was convened"."""
    return root.dep_ in ("nsubj", "nsubjpass") and took_place(root.head)
