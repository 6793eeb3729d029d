"""Groups for ``kg_relations``: delegations, teams and staff that stand for their members.

"A delegation from X, led by Y, visited Z", "the delegation comprised A and B", "the University staff: C, D", "on the
university side were E and F": the people of such a group are of the group's body and take part in the gathering
it went to. Rule names in the evidence: ``group-members``, ``group-of``, ``group-leader``, ``staff-listed``, ``side-listed``.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .focus import focus_event
from .grammar import _objects, _objects_of, _subjects, negated
from .name_lists import listed_members, name_run
from .reader import Reader

#: Groups that act for their members: "the delegation, led by X, visited Y".
GROUP_NOUNS = set(lexicon.GROUP_NOUNS)


def group_includes(reader: Reader, verb: Token) -> None:
    """"The expert panel included A, Director of B, and C", "the delegation comprised D and E": the members of
    a group at a gathering took part in it, the event named in the group's phrase or else the one in focus
    (rule ``group-members``)."""
    copula = verb.lemma_ == "be"  # ("Participants of X were A, B and C")
    if verb.lemma_ not in ("include", "comprise", "consist") and not copula or negated(verb):
        return
    groups = [] if copula else [s for s in _subjects(verb) if (reader.kind(s) is None or s.pos_ == "NOUN") and (s.lemma_.lower() in GROUP_NOUNS or s.lemma_.lower() == "member"
              and any(o.lemma_.lower() in GROUP_NOUNS for o in _objects_of(s, ("of",))))]  # "members of the delegation"
    if not groups:  # "Attendants from the College of X included A, B and C": people of a body, as a group
        groups = [s for s in _subjects(verb) if s.pos_ == "NOUN" and s.tag_ == "NNS" and reader.kind(s) is None
                  and s.lemma_.lower() in _PEOPLE_OF_BODIES and _own_body(reader, s) is not None]
    if not groups and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "X led the ISSI team at the talks, | comprising A, B"
        groups = [o for o in verb.head.children if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.lemma_.lower() in GROUP_NOUNS]
    if not groups:
        return
    named = [reader.cid(t) for t in groups[0].subtree if reader.kind(t) == "Event"]
    eid = named[0] if named else focus_event(reader, verb)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for o in _objects(p)]  # "consists of"
    members = [t for o in objects for t in listed_members(reader, o)]
    if any(t.text == ";" for t in verb.doc[verb.i : verb.sent.end]):  # "includes Title, A; Title, B; ...": a roster
        members += [t for t in verb.doc[verb.i + 1 : verb.sent.end] if reader.kind(t) == "Person" and t not in members
                    and reader.mention(t) is not None and reader.mention(t).root.i == t.i]  # the parser rarely reads
    body = group_body(reader, groups[0])
    for t in members:
        if eid is not None:
            reader.add(eid, "participant", reader.cid(t), [groups[0], verb, t], "group-members", 0.6)
        if body is not None and reader.kind(t) == "Person" and not from_a_body(reader, t):  # "Members of the U.S. Embassy
            reader.add(reader.cid(t), "affiliation", body, [groups[0], verb, t], "group-members", 0.55)  # team included A"


def group_of_people(reader: Reader, group: Token) -> None:
    """"X led the delegation of A, B and C", "a team of D and E": the people a group is of took part in the
    gathering it went to, the one named in its sentence or else the one in focus (rule ``group-of``)."""
    if group.lemma_.lower() not in GROUP_NOUNS or reader.kind(group) is not None:
        return  # (cheap first: every noun comes here)
    of = [p for p in group.children if p.dep_ == "prep" and p.lower_ == "of"]
    people = [t for o in _objects_of(group, ("of",)) for t in listed_members(reader, o)]
    people += [t for p in of for t in name_run(reader, p) if t not in people]  # (the list the parser broke up)
    people = [t for t in people if reader.kind(t) == "Person"]
    if not people:
        return
    named = [reader.cid(t) for t in group.sent if reader.kind(t) == "Event" and reader.cid(t) is not None]
    eid = named[0] if named else focus_event(reader, group)
    for t in people if eid is not None else ():
        reader.add(eid, "participant", reader.cid(t), [group, t], "group-of", 0.55)


def group_leader(reader: Reader, verb: Token) -> None:
    """"The NSU delegation attending the ceremony was led by Prof. X", "the team was headed by Y": who leads a body's
    group is of that body, unless the report says they are from a body of their own (rule ``group-leader``)."""
    if verb.lemma_ not in ("lead", "head") or not any(c.dep_ == "auxpass" for c in verb.children):
        return
    group = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in GROUP_NOUNS
                  and reader.kind(c) is None), None)
    body = group_body(reader, group) if group is not None else None
    if body is None:
        return
    for t in (t for a in verb.children if a.dep_ == "agent" for o in _objects(a) for t in listed_members(reader, o)):
        if reader.kind(t) == "Person" and not from_a_body(reader, t):
            reader.add(reader.cid(t), "affiliation", body, [group, verb, t], "group-leader", 0.55)


_VISITORS = GROUP_NOUNS | {"guest", "visitor", "delegate"}


def hosts(reader: Reader, verb: Token) -> None:
    """"A delegation from X visited our university. President A and Vice-President B met with the delegation": those
    who meet, receive or welcome the visiting group, with no body of their own named, are of the body it visited
    (rule ``host-side``)."""
    if verb.lemma_ not in ("meet", "receive", "welcome", "greet") or negated(verb):
        return
    met = [c for c in verb.children if c.dep_ == "dobj"] + _objects_of(verb, ("with",))
    if not any(o.lemma_.lower() in _VISITORS and reader.kind(o) is None or o.lower_ == "them" and _group_before(verb)
               for o in met):  # ("the delegation ... visited X. President A warmly received them")
        return
    eid = focus_event(reader, verb)
    visited = next((f.object for f in reader.facts if f.subject == eid and reader.clusters.get(f.object) is not None
                    and reader.clusters[f.object].kind == "Organization"
                    and (f.relation == "location" or f.rule == "frame-object")), None) if eid is not None else None
    own = {f.subject for f in reader.facts if f.relation == "affiliation"}
    for t in (t for s in _subjects(verb) for t in listed_members(reader, s)) if visited is not None else ():
        if reader.kind(t) == "Person" and reader.cid(t) not in own and not from_a_body(reader, t):
            reader.add(reader.cid(t), "affiliation", visited, [verb, t], "host-side", 0.5)


def _group_before(verb: Token) -> bool:
    """Whether the sentence before ``verb``'s is about a visiting group: whom "them" stands for."""
    start = verb.sent.start
    return start > 0 and any(t.lemma_.lower() in GROUP_NOUNS and t.dep_ in ("nsubj", "nsubjpass") for t in verb.doc[start - 1].sent)


def from_a_body(reader: Reader, person: Token) -> bool:
    """"a delegation comprising A from the RAND Corporation": a member the report says is from a body of their own."""
    mention = reader.mention(person)
    end = mention.end if mention is not None else person.i + 1
    doc = person.doc
    after = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")  # (however the parser hung the 'from')
    return end < len(doc) and doc[end].lower_ in ("from", "of", "at") and after < len(doc) and reader.kind(doc[after]) == "Organization"


def group_body(reader: Reader, group: Token) -> int | None:
    """The body a group is of: "the U.S. Embassy team", "a delegation from Nordvik University", "members of
    the UNN delegation" (the group's own body, not its members' several ones), "a group of staff from X";
    "the delegation" is the one named before ("a delegation from X visited Y. The delegation included A")."""
    if group.lemma_.lower() == "member":
        group = next((o for o in _objects_of(group, ("of",)) if o.lemma_.lower() in GROUP_NOUNS), group)
    own = _own_body(reader, group)
    if own is None and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in group.children):
        earlier = (_own_body(reader, t) for t in reversed(reader.doc[: group.i])
                   if t.lemma_.lower() in GROUP_NOUNS and reader.kind(t) is None)
        own = next((b for b in earlier if b is not None), None)
    return own


#: Who a group is of, when not of a body: "a group of staff from X".
_STAFF = set(lexicon.STAFF_NOUNS)


_PEOPLE_OF_BODIES = set(lexicon.PEOPLE_OF_BODIES)
#: Words for people of a body, or a group, that a colon may list: "the University staff: A, B".
_STAFF_OR_GROUP = _PEOPLE_OF_BODIES | GROUP_NOUNS


def staff_listed(reader: Reader, group: Token) -> None:
    """"greeted by the University staff: Mr. A, Vice Rector, and Ms. B", "the X team: A, B and C", "leaders of X
    such as A and B", "officials of X, including A": the people listed after a body's staff or team are of that body
    (rule ``staff-listed``)."""
    doc = reader.doc
    if group.lemma_.lower() not in _STAFF_OR_GROUP or reader.kind(group) is not None:
        return  # (cheap first: every noun comes here)
    colon = group.i + 1 < len(doc) and doc[group.i + 1].text == ":"
    # ("officials from X, including A": the parser may hang the list on X)
    heads = [group, *(o for o in _objects_of(group, ("from", "of")) if reader.kind(o) == "Organization")]
    named = [t for h in heads for p in h.children if p.dep_ == "prep" and (p.lower_ == "including" or p.lower_ == "as" and any(
        c.lower_ == "such" for c in p.children)) for o in _objects(p) for t in listed_members(reader, o)]
    if not colon and not named:
        return
    body = _own_body(reader, group)
    for t in (doc[group.i + 2 : group.sent.end] if colon else named) if body is not None else ():
        mention = reader.mention(t)
        if reader.kind(t) == "Person" and mention is not None and mention.root.i == t.i and not from_a_body(reader, t):
            reader.add(reader.cid(t), "affiliation", body, [group, t], "staff-listed", 0.55)


def side_listed(reader: Reader, verb: Token) -> None:
    """"On the university side were the Registrar, Professor A, and Dr B": those a clause lists on a body's side are
    of that body and take part in the gathering in focus (rule ``side-listed``)."""
    sides = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "on" for o in _objects(p) if o.lemma_.lower() == "side"]
    body = next((reader.cid(c) for s in sides for c in s.children if c.dep_ in ("compound", "amod", "poss")
                 and reader.kind(c) == "Organization"), None)
    if verb.lemma_ != "be" or body is None:
        return
    eid = focus_event(reader, verb)
    aside = {d.i for p in verb.subtree if p.dep_ == "prep" and p.lower_ in ("alongside", "besides") for d in p.subtree}
    for t in verb.sent:
        mention = reader.mention(t)
        if reader.kind(t) == "Person" and mention is not None and mention.root.i == t.i and t.i > verb.i and t.i not in aside:
            reader.add(reader.cid(t), "affiliation", body, [sides[0], t], "side-listed", 0.55)
            if eid is not None:
                reader.add(eid, "participant", reader.cid(t), [sides[0], t], "side-listed", 0.55)


def _own_body(reader: Reader, group: Token) -> int | None:
    for c in group.children:
        if c.dep_ in ("compound", "poss", "nmod") and reader.kind(c) == "Organization":
            return reader.cid(c)
    for o in _objects_of(group, ("from",)) + _objects_of(group, ("of",)):
        if reader.kind(o) == "Organization":
            return reader.cid(o)
        if o.lemma_.lower() in _STAFF:  # ("of 11 faculty and students from X": the last of the list says where from)
            found = next((b for b in (_own_body(reader, x) for x in (o, *o.conjuncts)) if b is not None), None)
            if found is not None:
                return found
    if group.dep_.startswith("nsubj") and group.head.i > group.i:  # however the subject's phrase was parsed
        words = group.doc[group.i + 1 : group.head.i]
        k = next((t.i for t in words if t.lower_ == "from"), None)
        if k is not None and not any(t.pos_ == "VERB" for t in words):
            return next((reader.cid(t) for t in group.doc[k + 1 : k + 3] if reader.kind(t) == "Organization"), None)
    return None
