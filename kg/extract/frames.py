"""Event frames for ``kg_relations``: everyone a clause says took part, and in what.

Reports of forums and visits name the people who took part in long lists, each
name with its titles and bodies ("X, Director of Y, Z, Professor at W, and V
attended the roundtable"), as passive agents ("co-chaired by X and Y", "was
joined by A; B; C"), through a group ("a delegation led by X visited Y and met
Z") or with no event named at all ("X delivered a keynote speech"). The small
parser rarely links such lists as conjuncts, so this rule reads the clause as a
frame: the verb, every name on its side of the clause that is a list item
rather than somebody's employer (``name_lists``), and the event in focus. Rule names in the
evidence: ``frame`` (subjects and agents), ``frame-object`` (who was met,
visited, welcomed or brought together), ``gathered-in``, ``event-with``, ``featured``, ``presence`` ("with the participation
of X", "in the presence of Y"), ``speech-by`` ("the session includes an address by X"). Groups that stand for
their members are read in ``groups``.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .clusters import told_as
from .crowds import is_crowd
from .event_spans import JOURNEY_NOUNS
from .focus import first_gathering, focus_event, opening_end
from .grammar import _objects, _objects_of, _subjects, is_verb_of, negated, took_place, tense
from .name_lists import comma_list, listed_members, name_run, semicolon_list
from .groups import GROUP_NOUNS, from_a_body, group_body
from .reader import Reader
from .title_words import AT_EVENT_NOUNS
from .verb_events import called_on

FRAME_VERBS = set(lexicon.FRAME_VERBS)
SPEECH_NOUNS_SAID = set(lexicon.SPEECH_NOUNS)
#: Verbs whose object takes part too: the host one meets, the body one visits.
MEETING_VERBS = set(lexicon.MEETING_VERBS)
AUDIENCE_NOUNS = set(lexicon.AUDIENCE_NOUNS)
#: Happenings that are to or with someone: "a visit to Y", "a meeting with Z".
VISIT_NOUNS = {"meeting", "talk", "talks", "call", "dialogue", "consultation", "exchange", "audience", "discussion",
               "conversation"} | JOURNEY_NOUNS


def clause_frame(reader: Reader, verb: Token) -> None:
    """Everyone the clause of ``verb`` names as taking part, in the event it is about."""
    led = verb.lemma_ == "head" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in GROUP_NOUNS for c in verb.children)
    present = verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "present" for c in verb.children)  # "X were present"
    called = called_on(verb)
    # "X said in his keynote speech that ...": one who speaks in a speech spoke at the gathering
    in_speech = any(p.dep_ == "prep" and p.lower_ in ("in", "during") and any(o.lemma_.lower() in SPEECH_NOUNS_SAID for o in _objects(p))
                    for p in verb.children)
    # "X, in collaboration with Y, held a dialogue": partners in what a verb of taking part says
    partners = _partners(reader, verb) if is_verb_of(verb, FRAME_VERBS) or is_verb_of(verb, reader.config.participation_verbs) else []
    signing = verb.lemma_ == "sign" and reader.kind(verb) == "Event"  # "A and B signed an MoU": the signing's sides
    if signing:  # "A signed a memorandum of understanding (MoU) with B": 'with' hangs anywhere in what was signed
        partners += [t for d in verb.children if d.dep_ == "dobj" for p in d.subtree if p.dep_ == "prep" and p.lower_ == "with"
                     for o in _objects(p) for t in listed_members(reader, o)]
    included = _those_included(reader, verb)  # "officials made keynote speeches ..., including A; B"
    played_host = verb.lemma_ == "play" and any(c.dep_ == "dobj" and c.lower_ == "host" for c in verb.children)
    together = _brought_together(reader, verb)
    if negated(verb) or not (is_verb_of(verb, FRAME_VERBS) or led or present or called or in_speech or partners or signing
                             or included or played_host or together) \
            or verb.tag_ in ("VBG",) and verb.dep_ == "amod":
        return  # ("The delegation was headed by X": heading a group at a gathering, unlike heading a body)
    events = _events_of(reader, verb)
    if not events:
        return
    actors = []
    for s in _subjects(verb):
        if signing and reader.kind(s) is None and s.lemma_.lower() in lexicon.OFFICE_TITLES:
            # "the president of A and the presidents of B and C have signed": the bodies are the sides
            actors += [t for o in _objects_of(s, ("of",)) for t in listed_members(reader, o) if reader.kind(t) == "Organization"]
        members = listed_members(reader, s)
        actors += members
        body = group_body(reader, s) if reader.kind(s) is None and s.lemma_.lower() in GROUP_NOUNS else None
        for t in members if body is not None else []:  # "the UNN delegation comprising Rector X ... visited Y"
            if reader.kind(t) == "Person" and not from_a_body(reader, t):
                reader.add(reader.cid(t), "affiliation", body, [s, t], "group-members", 0.55)
        for eid in events if body is not None else []:  # "a delegation from X visited Y": X's visit
            reader.add(eid, "participant", body, [verb, s], "group-body", 0.55)
    if verb.lemma_ in ("receive", "welcome", "host"):  # "a delegation from X was received by Y": X's visit too
        for g in (c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in GROUP_NOUNS):
            for eid in events:
                reader.add(eid, "participant", group_body(reader, g), [verb, g], "group-body", 0.55)
    # ("inaugurated by A ... and by B": the second 'by' hangs on the verb as a conjunct)
    actors += [t for agent in verb.children if agent.dep_ == "agent" or agent.dep_ == "conj" and agent.lower_ == "by"
               for o in _objects(agent) for t in listed_members(reader, o)]
    actors += partners + included
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and verb.lemma_ in ("join", "accompany", "welcome", "receive", "host", "meet"):
        # "Carter and Perry were joined in the delegation by A": those joined take part as well
        actors += [t for c in verb.children if c.dep_ == "nsubjpass" for t in listed_members(reader, c)]
    by = next((t for t in verb.sent if t.i > verb.i and t.lower_ == "by"), None) if passive else None
    actors += semicolon_list(reader, by) if by is not None else []  # "were joined ... by A; B; and C"
    actors += comma_list(reader, by) if by is not None else []  # "signed by A, chairman of X, B, president of Y, and C"
    actors += name_run(reader, by) if by is not None else []  # "organized in partnership by the X, the Y and the Z"
    objects = [t for c in verb.children if c.dep_ == "dobj" for o in [c, *_objects_of(c, ("including",))]
               for t in listed_members(reader, o)] if together else []
    if is_verb_of(verb, MEETING_VERBS) or called:  # ("called upon Vice Chancellor X": paid X a call)
        objects = [t for c in verb.children if c.dep_ == "dobj" for t in listed_members(reader, c)]
        objects += [t for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "on", "upon")
                    for o in _objects(p) for t in listed_members(reader, o)]
    if (verb.lemma_ in ("host", "co-host") or played_host) and not passive:  # "Moscow hosts the X Forum": a city hosts where
        for s in (s for s in _subjects(verb) if reader.kind(s) == "Place"):
            for eid in events:
                reader.add(eid, "location", reader.cid(s), [verb, s], "frame-host", 0.6)
    coming = tense(verb) == "future" and not any(reader.kind(t) == "Event" for t in verb.subtree if t.i != verb.i)
    if verb.lemma_ in ("welcome", "receive", "meet", "host") and not coming:  # "met in Riga": where
        # (not "are scheduled to meet in X in September", which names no gathering: one yet to come)
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "in")):
            for o in _objects(prep):
                if reader.kind(o) == "Place" or prep.lower_ == "at" and reader.kind(o) == "Organization":
                    for eid in events:
                        reader.add(eid, "location", reader.cid(o), [verb, o], "frame-where", 0.55)
    if reader.kind(verb) == "Event":  # "visited Punjab University", "X was visited by", "X received a delegation": where
        a_visit = told_as(verb) == "visit"
        hosts = a_visit and verb.lemma_ != "visit"  # "X received a delegation": X's premises
        visited = "nsubjpass" if passive and verb.lemma_ == "visit" else "nsubj" if hosts else "dobj"
        # (a list of bodies, however the parser chained it: "visited the University of A, University of B and ...")
        listed = [x for c in verb.children if c.dep_ == visited
                  for x in [c, *(listed_members(reader, c) + [y for y in c.subtree if y.dep_ == "conj"] if a_visit else [])]]
        for o in (x for x in dict.fromkeys(listed) if reader.kind(x) in ("Place", "Organization")):
            reader.add(reader.cid(verb), "location", reader.cid(o), [verb, o], "frame-object", 0.6)
            if visited == "nsubjpass" or o.dep_ == "conj" and reader.kind(o) == "Organization":
                objects.append(o)  # (the visited body takes part, as the object of "visited Y" does)
    for eid in events:
        for t in actors:
            if reader.kind(t) in ("Person", "Organization"):
                reader.add(eid, "participant", reader.cid(t), [verb, t], "frame", 0.6)
        for t in objects:
            if reader.kind(t) in ("Person", "Organization"):
                reader.add(eid, "participant", reader.cid(t), [verb, t], "frame-object", 0.55)


def _brought_together(reader: Reader, verb: Token) -> bool:
    """"The forum brought together A, B and C", "the dialogue drew experts including D": whom a gathering
    (or its organiser) brings together takes part in it."""
    if verb.lemma_ in ("bring", "gather"):
        return any(c.dep_ in ("advmod", "prt") and c.lower_ == "together" for c in verb.children)
    return verb.lemma_ in ("draw", "attract") and any(c.dep_ == "nsubj" and reader.kind(c) == "Event" for c in verb.children)


def _those_included(reader: Reader, verb: Token) -> list[Token]:
    """"Five top officials made keynote speeches in the opening ceremony, including A, Title of X; B, ...": the
    people a plural subject includes, wherever the parser hung 'including'."""
    if not any(s.tag_ == "NNS" and reader.kind(s) is None for s in _subjects(verb)):
        return []
    including = next((t for t in verb.subtree if t.lower_ == "including" and t.dep_ == "prep"), None)
    if including is None:
        return []
    listed = [t for o in _objects(including) for t in listed_members(reader, o)]
    listed += semicolon_list(reader, including) + comma_list(reader, including)
    return [t for t in dict.fromkeys(listed) if reader.kind(t) == "Person"]


#: Nouns of being there: "with the participation of X", "in the presence of Y".
PRESENCE_NOUNS = {"participation", "presence", "attendance"}


def featured(reader: Reader, verb: Token) -> None:
    """"a panel discussion moderated by X, featuring: A, senior fellow, Y; B, ...", "the forum featured A and B",
    "a session that featured three speakers: C (...), D (...) and E": those a gathering features take part in the
    gathering told last before the verb, however the parser hung the verb."""
    event = next((t for t in reversed(verb.sent[: verb.i - verb.sent.start]) if reader.kind(t) == "Event"), None)
    if event is None:
        return
    objects = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    # "featured three speakers: A (X), B (Y), and C": the list after the object and a colon
    colons = [reader.doc[o.right_edge.i + 1] for o in objects if o.right_edge.i + 1 < len(reader.doc)
              and reader.doc[o.right_edge.i + 1].text == ":"]
    for t in [t for o in objects for t in listed_members(reader, o)] + semicolon_list(reader, verb) \
            + [t for c in colons for t in comma_list(reader, c)]:
        if reader.kind(t) == "Person":
            reader.add(reader.cid(event), "participant", reader.cid(t), [verb, t], "featured", 0.55)


def in_presence_of(reader: Reader, noun: Token) -> None:
    """"a meeting took place ..., with the participation of A; B; and C", "signed in the presence of D": those
    present took part in the event the clause is about (rule ``presence``)."""
    if noun.lemma_.lower() not in PRESENCE_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ not in ("with", "in"):
        return
    objects = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in _objects(p)]
    present = [t for o in objects for t in listed_members(reader, o)
               if reader.kind(t) == "Person" or reader.kind(t) == "Organization" and (t in objects or t.head in objects)]
    present += [t for t in semicolon_list(reader, noun) + comma_list(reader, noun) if reader.kind(t) == "Person"]
    host = noun.head.head
    while host.dep_ in ("relcl", "acl", "advcl") and reader.kind(host) != "Event":
        host = host.head  # "a meeting | that took place at X, with the participation of ..."
    events = [reader.cid(host)] if reader.kind(host) == "Event" else _events_of(reader, host)
    for eid in events:
        for t in dict.fromkeys(present):
            reader.add(eid, "participant", reader.cid(t), [noun, t], "presence", 0.6)


def speeches_by(reader: Reader, noun: Token) -> None:
    """"The inaugural session includes an address by A; B; and C", "opened with remarks by D", "remarks were given by
    E": those whose speech the clause tells spoke at the event it is about (rule ``speech-by``)."""
    by = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "by"), None)
    if by is None and noun.dep_ == "nsubjpass":  # "welcome remarks were given by D and E"
        by = next((p for p in noun.head.children if p.dep_ == "agent"), None)
    if by is None or noun.lemma_.lower() not in SPEECH_NOUNS_SAID:
        return
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT" and verb.head.i != verb.i:
        verb = verb.head  # ("began with | remarks by D")
    speakers = [t for o in _objects(by) for t in listed_members(reader, o)] + semicolon_list(reader, by)
    for eid in _events_of(reader, verb) if verb.pos_ in ("VERB", "AUX") else []:
        for t in dict.fromkeys(speakers):
            if reader.kind(t) == "Person":
                reader.add(eid, "participant", reader.cid(t), [noun, t], "speech-by", 0.6)


#: Who may gather somewhere: an audience, a group.
_GATHERED = AUDIENCE_NOUNS | GROUP_NOUNS


def gathered_in(reader: Reader, verb: Token) -> None:
    """"Speakers at the Europe-China Forum came together in Brussels": those at an event, somewhere, put the
    event there (rule ``gathered-in``)."""
    together = verb.lemma_ in ("gather", "assemble", "convene") or verb.lemma_ == "come" and any(
        c.lower_ == "together" for c in verb.children)  # "members of think tanks came together at X, Y"
    places = [o for p in verb.children if p.dep_ == "prep" and (p.lower_ == "in" or together and p.lower_ == "at") for o in _objects(p)
              if reader.kind(o) in ("Place", "Organization")]  # (a city the tagger calls a body, a venue)
    places += [c for o in places for c in o.children if c.dep_ in ("appos", "conj") and reader.kind(c) == "Place"]  # ("X Hotel, Oslo")
    if not places:
        return
    for s in _subjects(verb):
        if reader.kind(s) is not None or s.lemma_.lower() not in _GATHERED and not (together and s.tag_ == "NNS"):
            continue
        events = [reader.cid(e) for p in s.children if p.dep_ == "prep" and p.lower_ in ("at", "of", "to") for e in _objects(p)
                  if reader.kind(e) == "Event"]
        if together and not events:  # ("At the X Forum, members came together at Y": the forum named, or the one in focus)
            events = [reader.cid(e) for p in verb.children if p.dep_ == "prep" for e in _objects(p) if reader.kind(e) == "Event"] \
                or [focus_event(reader, verb)]
        for eid in events:
            for place in places:
                reader.add(eid, "location", reader.cid(place), [s, verb, place], "gathered-in", 0.65)  # (add skips a None)


def role_copula(reader: Reader, verb: Token) -> None:
    """"A, B and C were among the participants of the forum", "The keynote speakers were D and E", "The
    discussant was F": a copula that equates people with those at a gathering puts them there (rule
    ``role-copula``); the gathering is the one the role noun names, else the one in focus."""
    if verb.lemma_ != "be" or negated(verb):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    others = [c for c in verb.children if c.dep_ == "attr"]
    others += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "among" for o in _objects(p)]
    for role_side, people_side in ((others, subjects), (subjects, others)):
        roles = [r for r in role_side if reader.kind(r) is None and (r.lemma_.lower() in AT_EVENT_NOUNS or is_crowd(reader, r))]
        if not roles or not people_side:
            continue
        if roles[0].lemma_.lower() == "member" and not any(o.lemma_.lower() in GROUP_NOUNS for o in _objects_of(roles[0], ("of",))):
            continue  # ("X is a member of the board": of a body, not at a gathering)
        named = [reader.cid(t) for t in roles[0].subtree if reader.kind(t) == "Event"]
        eid = named[0] if named else focus_event(reader, verb)
        for t in (t for side in people_side for t in listed_members(reader, side)):
            if reader.kind(t) == "Person":
                reader.add(eid, "participant", reader.cid(t), [roles[0], verb, t], "role-copula", 0.6)
        return


def met_in(reader: Reader, e: Token) -> None:
    """"a courtesy visit to President Z", "a meeting with the Fudan delegation", "a visit to Okayama University",
    "a meeting was held between the Embassy of X and Y": whom a visit or a meeting is to, with or between took part;
    the place a visit is to is where it was (rule ``event-with``)."""
    if e.lemma_.lower() not in VISIT_NOUNS:
        return
    eid = reader.cid(e)
    held = e.dep_ in ("nsubj", "nsubjpass") and took_place(e.head)  # ("was held between ...": the parser hangs it on the verb)
    for prep in [*e.children, *([c for c in e.head.children if c.lower_ in ("with", "between")] if held else [])]:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "with", "between") \
                and not (prep.lower_ == "on" and e.lemma_.lower() == "call"):
            continue  # ("a courtesy call on the Ambassador": the one called on)
        for o in _objects(prep):
            sides = [x for x in (o, *o.conjuncts) if reader.kind(x) == "Place"] if prep.lower_ == "between" else []
            for t in listed_members(reader, o) + sides + (semicolon_list(reader, prep) if prep.lower_ == "with" else []):
                reader.add(eid, "participant", reader.cid(t), [e, t], "event-with", 0.6)  # (countries between which: sides)
            if prep.lower_ != "between" and (reader.kind(o) == "Place" or reader.kind(o) == "Organization" and e.lemma_.lower() in JOURNEY_NOUNS):
                reader.add(eid, "location", reader.cid(o), [e, o], "event-with", 0.6)
            for owner in (c for c in o.children if c.dep_ == "poss" and reader.kind(c) == "Organization") if reader.kind(o) is None else ():
                reader.add(eid, "participant", reader.cid(owner), [e, owner], "event-with", 0.6)  # "a visit to X's campus"
                reader.add(eid, "location", reader.cid(owner), [e, owner], "event-with", 0.6)


PARTNERSHIP_NOUNS = {"collaboration", "cooperation", "co-operation", "partnership", "conjunction", "association", "concert"}


def _partners(reader: Reader, verb: Token) -> list[Token]:
    """"X, in collaboration with Y and Z, held a dialogue", "organised together with Y": the partners took part too."""
    out = []
    heads = [verb] + [s for s in _subjects(verb)]
    for h in heads:
        for p in (c for c in h.children if c.dep_ == "prep"):
            if p.lower_ == "in":  # "in collaboration | with Y"
                for noun in _objects(p):
                    if noun.lemma_.lower() in PARTNERSHIP_NOUNS:
                        out += [t for w in noun.children if w.dep_ == "prep" and w.lower_ == "with"
                                for o in _objects(w) for t in listed_members(reader, o)]
            elif p.lower_ == "with" and any(c.lower_ in ("together", "jointly", "along") for c in h.children if c.dep_ == "advmod"):
                out += [t for o in _objects(p) for t in listed_members(reader, o)]
    return out


def _events_of(reader: Reader, verb: Token) -> list[int]:
    """The event the clause names (its object, or 'at'/'in'/'during' it), else the one in focus."""
    if reader.kind(verb) == "Event":
        return [reader.cid(verb)]  # "visited Punjab University": the verb tells of the visit
    named = [reader.cid(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj") and reader.kind(c) == "Event"]
    if verb.dep_ in ("relcl", "acl") and reader.kind(verb.head) == "Event":
        named.append(reader.cid(verb.head))  # "a dinner that was hosted by X", "the summit, hosted by Y": that one
    heads = [verb] + [d for d in verb.children if d.dep_ == "dobj" and d.pos_ == "NOUN"]  # ("made speeches | in the ceremony")
    named += [reader.cid(o) for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "during", "to", "for")
              and (h is verb or p.lower_ != "for") for o in _objects(p) if reader.kind(o) == "Event"]
    if named:
        return list(dict.fromkeys(named))
    focus = focus_event(reader, verb)
    if focus is None:  # "X visited Y to pay a courtesy visit to Z": the story's first event comes later in the sentence
        focus = next((reader.cid(t) for t in verb.sent if reader.kind(t) == "Event"), None)
    if focus is None and verb.sent.start < opening_end(reader) and tense(verb) != "future":  # "Baze University has hosted a delegation from X":
        focus = first_gathering(reader)  # the opening tells of the gathering the report names later
    return [focus] if focus is not None else []
