"""Who a gathering's crowd includes, for ``kg_relations``.

Rules: ``audience`` ("the guests included X and Y", "others who attended included Z") and
``event-verb`` for attending with no event named ("leaders will attend, including X").
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .event_facts import included, participant
from .focus import focus_event, tells_when
from .grammar import _subjects, negated
from .reader import Reader

AUDIENCE_NOUNS = set(lexicon.AUDIENCE_NOUNS)
#: What those a crowd is made of did: "others who attended", "those who spoke".
_PRESENT_VERBS = {"attend", "participate", "join", "speak", "take"}


def audience(reader: Reader, verb: Token) -> None:
    """"a sell-out crowd which included X and his wife Y", "guests at the gala included Z", "others who
    attended included W": those the people at an event include took part in it, the event named with
    them or else the last one before."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].tag_ == "WDT" and verb.dep_ == "relcl":
        subjects = [verb.head]
    crowd = next((s for s in subjects if s.pos_ in ("NOUN", "PRON") and is_crowd(reader, s)), None)
    told = crowd is None and subjects and subjects[0].lower_ == "they" and _crowd_before(reader, verb)
    if told:
        crowd = subjects[0]  # "Delegates from X took part in the dialogue. They included A, B": the delegates
    if crowd is None:
        return
    named = [t for t in crowd.subtree if reader.kind(t) == "Event"]
    before = [t for t in reader.doc[max(0, crowd.i - 80) : crowd.i] if reader.kind(t) == "Event"
              and not tells_when(reader.clusters[reader.cid(t)])]  # (guests "on the Lantern Festival" are at no festival)
    event = (named or before[-1:] or [None])[0]
    if event is None:
        return
    # "included, from Norway, A and B": the parser hangs the list on the country the list is from
    lists = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "from" and c.i < verb.i + 3]
    if not any(c.dep_ == "dobj" for c in lists):  # (or on the verb itself, as a clause: "included, from X, | Sadiq ...")
        lists += [c for c in verb.children if c.i > verb.i and c.dep_ in ("advcl", "npadvmod", "dep") and reader.kind(c) == "Person"]
    for o in lists:
        person_in_item = False  # ("A, Professor of Law, Tromso School of Law; B, ...": a body after its item's person is theirs)
        for member in o.subtree:  # every name in the list, however the parser nested it
            mention = reader.mention(member)
            person_in_item = person_in_item and member.text != ";"
            if reader.kind(member) in ("Person", "Organization") and mention is not None and mention.root.i == member.i \
                    and not (reader.kind(member) == "Organization" and (person_in_item or o.dep_ == "prep")):
                participant(reader, reader.cid(event), member, [crowd, verb, member], "audience", 0.6)
            person_in_item = person_in_item or reader.kind(member) == "Person"


def _crowd_before(reader: Reader, verb: Token) -> bool:
    """The sentence before told of a crowd: its subject is the guests, the delegates or those who attended."""
    start = verb.sent.start
    if start == 0:
        return False
    before = reader.doc[start - 1].sent
    return any(t.dep_ == "nsubj" and t.head.i == before.root.i and t.pos_ == "NOUN" and is_crowd(reader, t) for t in before)


def is_crowd(reader: Reader, noun: Token) -> bool:
    """The guests or the audience, or those who attended: "others who attended", "those taking part",
    "those present"."""
    if noun.pos_ == "NOUN" and noun.lemma_.lower() in AUDIENCE_NOUNS:
        return True
    if noun.lower_ == "present" and any(c.lower_ in ("those", "all") for c in noun.children) \
            or noun.lower_ in ("those", "others") and any(c.lower_ == "present" and c.dep_ == "amod" for c in noun.children):
        return True  # ("Those present included X", parsed with "present" as the noun)
    return reader.kind(noun) is None and any(c.dep_ in ("relcl", "acl") and c.lemma_ in _PRESENT_VERBS and not negated(c)
                                             and (c.lemma_ != "take" or any(p.lower_ == "part" for p in c.children))
                                             for c in noun.children)


def attend_without_object(reader: Reader, verb: Token) -> None:
    """"More than 20 world leaders are expected to attend, including X": attending with no event
    named attends the one the story is about (``focus_event``)."""
    if any(c.dep_ in ("dobj", "prep") and c.lower_ not in ("including", "like") for c in verb.children) or verb.dep_ == "amod" \
            or negated(verb):
        return
    eid = focus_event(reader, verb)
    if eid is None:
        return
    for s in _subjects(verb):
        participant(reader, eid, s, [verb], "event-verb", 0.6)
        for named in included(reader, s, verb, verb):
            participant(reader, eid, named, [verb], "event-verb", 0.6)
