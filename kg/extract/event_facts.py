"""Events for ``kg_relations``: who took part, where, and what they are part of (when: ``event_dates``).

Not to be confused with ``events`` (the ``kg_events`` component), which finds the
event mentions these rules read. Rules, each named in the evidence it leaves:

* participants: ``event-verb`` ("X attended the forum"), ``event-at``, ``event-agent``, ``event-of``,
  ``event-poss``, ``contest`` ("X beat Y in the final"), ``body-in-name`` ("the Tory conference",
  "the X Centre’s annual conference"); a crowd's members: ``crowds``;
* location: ``event-in``, ``held-at``, ``place-in-name``, ``travel-for`` ("travel to Geneva
  for the talks");
* super-event: ``sub-event``, ``part-of``. Each takes the relations reader.
"""
from __future__ import annotations


from spacy.tokens import Token

from . import lexicon
from .grammar import _objects, _objects_of, _subjects, is_verb_of, negated
from .name_keys import same_body_name
from .event_spans import JOURNEY_NOUNS, SIDED_NOUNS
from .datelines import opens_dateline
from .focus import is_gathering
from .groups import group_body
from .reader import Reader
from .title_words import is_title_word

LOCATION_PREPS = {"in", "at", "near", "inside"}
#: A body's grounds, where a gathering is held: "at the headquarters of X", "on X's campus".
_SITE_NOUNS = {"headquarters", "premises", "office", "offices", "campus", "seat", "residence", "site", "grounds"}
CONTEST_VERBS = set(lexicon.CONTEST_VERBS)
MOTION_VERBS = set(lexicon.MOTION_VERBS)


def event_facts(reader: Reader, e: Token) -> None:
    eid = reader.cid(e)
    verb = _governor(e)
    denied = verb is not None and negated(verb)  # "did not attend the summit" (but "at the debate, X did not rule out ...")
    # who took part
    if verb is not None and e.dep_ == "dobj" and is_verb_of(verb, reader.config.participation_verbs) and not denied:
        for s in _subjects(verb):
            if verb.lemma_ in ("host", "co-host") and reader.kind(s) == "Place":
                continue  # "Moscow hosted the forum": where it was (see ``frames``), not a side in it
            participant(reader, eid, _actor(s, reader), [verb, e], "event-verb", 0.8)
            if reader.kind(s) is None and s.lemma_.lower() in lexicon.GROUP_NOUNS:  # "a delegation from X paid a visit"
                reader.add(eid, "participant", group_body(reader, s), [verb, s], "group-body", 0.55)
            for named in included(reader, s, verb, e):  # "world leaders will attend, including X and Y"
                participant(reader, eid, named, [verb, e], "event-verb", 0.7)
        if e.lemma_.lower() in SIDED_NOUNS:  # "held a meeting | with his counterpart X", the 'with' hung on the verb
            met = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" and p.i > e.i for o in _objects(p)]
            for o in (o for o in met if reader.kind(o) in ("Person", "Organization")):
                participant(reader, eid, o, [verb, e], "event-verb", 0.7)
    if verb is not None and e.dep_ == "dobj":  # "gave a speech at the Consumer Electronics Show"
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "during"):
                for obj in _objects(prep):
                    if reader.kind(obj) == "Event" and reader.cid(obj) != eid:
                        reader.add(eid, "superEvent", reader.cid(obj), [e, obj], "sub-event", 0.7)
    inner = e.head.head if e.dep_ == "pobj" else None  # "a panel discussion at a summit": the panel is where people speak
    contest = verb is not None and verb.lemma_.lower() in CONTEST_VERBS and e.head.head.i == verb.i
    # "In a panel discussion, X said", "X competed in the final", "X will play a central role in the campaign"
    role = e.head.head if e.dep_ == "pobj" and e.head.head.lemma_ in ("part", "role") and e.head.head.dep_ == "dobj" else None
    taking_part = verb is not None and (
        e.head.head.i == verb.i and (is_verb_of(verb, reader.config.participation_verbs)
                                     or any(c.dep_ == "dobj" and c.lemma_ in ("part", "role") for c in verb.children))
        or role is not None and role.head.i == verb.i)
    # ("In the inaugural session, A and B reflected on ...": what someone does in a gathering, they do there)
    at = e.dep_ == "pobj" and (e.head.lower_ in ("at", "during") or e.head.lower_ == "in" and verb is not None
                               and (verb.lemma_ in lexicon.SPEECH_VERBS or contest or taking_part
                                    or is_gathering(reader.clusters[eid]) and e.head.head.i == verb.i and e.head.i < verb.i))
    if at and verb is not None and (inner is None or reader.kind(inner) != "Event") and not (denied and (taking_part or contest)):
        for s in _subjects(verb) + _agents(verb):  # "ratified by IMF directors at a meeting"
            participant(reader, eid, _actor(s, reader), [verb, e], "event-at", 0.6)
        if contest:  # "Kenya beat Ghana in the final": the beaten side played too
            for o in (c for c in verb.children if c.dep_ == "dobj"):
                for side in (o, *o.conjuncts):
                    participant(reader, eid, side, [verb, side, e], "contest", 0.6)
    if e.dep_ in ("nsubjpass",) and verb is not None:
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for o in _objects(agent):
                participant(reader, eid, o, [verb, o], "event-agent", 0.7)
    for c in e.children:
        if c.dep_ == "relcl" and is_verb_of(c, reader.config.participation_verbs) \
                and (any(o.dep_ == "dobj" and o.tag_ == "WDT" for o in c.children) or not any(o.dep_ == "dobj" for o in c.children)):
            for s in _subjects(c) + _agents(c):  # "the poll, which Mr Kerekou won", "the inquiry he led", "a dinner hosted by X"
                participant(reader, eid, s, [e, c, s], "event-verb", 0.75)
        if c.dep_ == "poss":
            participant(reader, eid, c, [c, e], "event-poss", 0.6)
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "the summit, hosted by Y"
            for agent in (a for a in c.children if a.dep_ == "agent"):
                for o in _objects(agent):
                    participant(reader, eid, o, [e, o], "event-agent", 0.7)
        called_on = c.lower_ == "on" and e.lemma_.lower() == "call"  # "a courtesy call on the Vice-Chancellor, X"
        paid_by = c.lower_ == "from" and e.lemma_.lower() in JOURNEY_NOUNS  # "a visit from a delegation of X"
        if c.dep_ == "prep" and (c.lower_ in ("of", "between", "among", "with") or called_on or paid_by):
            for obj in _objects(c):
                if reader.kind(obj) == "Event" and reader.cid(obj) != eid and c.lower_ == "of":
                    reader.add(eid, "superEvent", reader.cid(obj), [e, obj], "sub-event", 0.85)
                    continue
                # (a title's holder named beside it is who met: "with the Rector, X"; not the trial of X, the chairman of Y)
                described = {d.i for a in obj.subtree if a.dep_ == "appos" and not (reader.kind(obj) is None and a.head.i == obj.i)
                             for d in a.subtree}
                # "a dialogue with academic leaders | at Stanford": where they met is the event's place, not a side
                # (not where one of them works: "a discussion between X, Head of Programme at the Y Centre, and Z")
                placed = {d.i for p in obj.subtree if p.dep_ == "prep" and p.lower_ in ("at", "in") and p.i > obj.i
                          and p.i not in described and not _after_title(p) for d in p.subtree}
                for t in obj.subtree:
                    if t.i in placed and reader.kind(t) in ("Place", "Organization") and t.dep_ == "pobj" \
                            and not (t.head.lower_ == "of" and t.head.head.dep_ == "appos"):  # ("in Oslo, capital of Norway")
                        reader.add(eid, "location", reader.cid(t), [e, t], "event-in", 0.65)
                    if t.i in described or t.i in placed:
                        continue  # "the trial of X, the chairman of Y's bank, Z": X's description takes no part
                    side = reader.kind(t) == "Place" and (t.dep_ != "pobj" or c.lower_ in ("between", "with") and t.head.i in (c.i, obj.i))
                    if reader.kind(t) in ("Person", "Organization") or side:
                        participant(reader, eid, t, [e, t], "event-of", 0.6)
        if c.dep_ == "prep" and c.lower_ in ("at", "during"):
            for obj in _objects(c):
                if reader.kind(obj) == "Event":
                    reader.add(eid, "superEvent", reader.cid(obj), [e, obj], "sub-event", 0.7)
    # where: "the Berlin Film Festival" is in Berlin, when the article names Berlin as a place
    mention = reader.mention(e)
    for t in (mention or [])[: max(0, e.i - (mention.start if mention else e.i))]:
        hyphenated = "-" in (t.nbor(-1).text if t.i > 0 else "", t.nbor(1).text if t.i + 1 < len(t.doc) else "")
        if t.pos_ == "PROPN" and t.dep_ == "compound" and not hyphenated:  # "China-US talks" names sides
            place = _place_named(reader, t.text)
            if place is not None and not any(m.root.ent_type_ == "LOC" for m in reader.clusters[place].mentions):
                reader.add(eid, "location", place, [t, e], "place-in-name", 0.6)  # (not a continent or a region: "the
                # Europe-Asia Forum" is about Europe, "the Africa Innovation Week" about Africa: they name its scope)
    # whose it is: "the Labour conference", "the TUC conference" (a party's or a body's own gathering;
    # other names in an event's name, "Linux summit", "Brit Awards", more often say what it is about)
    for run in _name_runs(mention, e) if mention is not None and e.is_lower else []:
        if run.text not in lexicon.PARTY_WORDS and not (len(run) == 1 and run[0].is_upper and len(run[0]) > 1):
            continue
        body = _named(reader, run.text, "Organization")
        if body is not None and body != eid:
            reader.add(eid, "participant", body, [run[0], e], "body-in-name", 0.6)
    for body in _owners(reader, mention) if mention is not None else []:  # "the X Center’s (XC) and Y’s annual conference"
        reader.add(eid, "participant", reader.cid(body), [body, e], "body-in-name", 0.6)
    quoted = mention is not None and mention.start > 0 and mention.doc[mention.start - 1].text in lexicon.QUOTE_PAIRS
    for prep in _location_preps(e, verb):
        for obj in _objects(prep) if not (quoted and mention.start <= prep.i < mention.end) else ():  # (a quoted title's words)
            if reader.kind(obj) == "Place" or (reader.kind(obj) == "Organization" and prep.lower_ == "at"):
                reader.add(eid, "location", reader.cid(obj), [e, obj], "event-in", 0.75)
                city = _city_after(reader, obj)  # "held at the Wilson Centre, Washington, DC"
                if city is not None:
                    reader.add(eid, "location", reader.cid(city), [e, city], "event-in", 0.7)
            elif reader.cid(obj) is None and obj.pos_ == "NOUN":  # "held at the Curzon Mayfair cinema in London"
                for place in _objects_of(obj, ("in",)):
                    if reader.kind(place) == "Place":
                        reader.add(eid, "location", reader.cid(place), [e, place], "event-in", 0.7)
                # "at the headquarters of X", "at X's campus": the site is X's
                owners = _objects_of(obj, ("of",)) + [c for c in obj.children if c.dep_ == "poss"]
                for owner in owners if obj.lemma_.lower() in _SITE_NOUNS else ():
                    if reader.kind(owner) in ("Place", "Organization"):
                        reader.add(eid, "location", reader.cid(owner), [e, obj, owner], "event-in", 0.7)
    for place in _destination(reader, e):  # "converge on Porto Alegre for the World Social Forum"
        reader.add(eid, "location", reader.cid(place), [e, place], "travel-for", 0.65)


def _city_after(reader: Reader, venue: Token):
    """The place written after a venue and a comma: "the Wilson Centre, | Washington"."""
    m = reader.mention(venue)
    doc = reader.doc
    if m is None or m.end + 1 >= len(doc) or doc[m.end].text != "," or reader.kind(doc[m.end + 1]) != "Place":
        return None
    return doc[m.end + 1]


def _owners(reader: Reader, mention) -> list[Token]:
    """The bodies written as the owners of an event's name ("the Harbour Institute’s (HI) and the Ocean Centre’s
    annual conference"): their own gathering, which they take part in."""
    doc, out, k = reader.doc, [], mention.start - 1

    def past_short_name(k: int) -> int:  # "... Technology’s | (CSET) |"
        return k - 3 if k > 2 and doc[k].text == ")" and doc[k - 2].text == "(" else k

    while k > 0 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k -= 1  # ("annual")
    while k > 1:
        k = past_short_name(k)
        if not (doc[k].tag_ == "POS" or doc[k].text in ("’", "'")):
            break
        k = past_short_name(k - 1)
        body = reader.mention(doc[k])
        if body is None or reader.kind(doc[k]) != "Organization":
            break
        out.append(doc[k])
        k = body.start - 1 - (body.start > 0 and doc[body.start - 1].lower_ == "the")
        if not (k > 1 and doc[k].lower_ in ("and", "&")):  # "X’s and | Y’s"
            break
        k -= 1
    return out


def participant(reader: Reader, eid: int | None, token: Token, tokens: list[Token], rule: str, conf: float) -> None:
    if reader.kind(token) == "Place" and opens_dateline(reader.mention(token)):
        return  # ("BANGKOK, 31 July - X paid a call": the dateline the parser read as the subject)
    if reader.kind(token) in ("Person", "Organization", "Place"):
        reader.add(eid, "participant", reader.cid(token), tokens + [token], rule, conf)


def _place_named(reader: Reader, text: str) -> int | None:
    return _named(reader, text, "Place")


def _named(reader: Reader, text: str, kind: str) -> int | None:
    """The entity of ``kind`` the article names ``text``."""
    for c in reader.clusters.values():
        if c.kind == kind and any(m.text == text for m in c.mentions):
            return c.id
    if kind == "Organization":  # "the Tory conference" after "the Conservatives", "Lib Dem" after "the Lib Dems"
        for c in reader.clusters.values():
            if c.kind == kind and any(same_body_name(text, m.text) for m in c.mentions):
                return c.id
    return None


def _name_runs(mention, head: Token) -> list:
    """The capitalised runs before an event's head noun: "Lib Dem" in "the Lib Dem spring conference"."""
    runs, start = [], None
    for t in mention:
        if t.i >= head.i:
            break
        named = t.pos_ == "PROPN" and (t.is_title or t.is_upper) and t.dep_ in ("compound", "nmod", "amod")
        if named and start is None:
            start = t.i
        elif not named and start is not None:
            runs.append(mention.doc[start : t.i])
            start = None
    if start is not None:
        runs.append(mention.doc[start : head.i])
    return runs


def part_of(reader: Reader, part: Token) -> None:
    """"E is part of F": the subject, else the event just before 'part'."""
    wholes = [o for o in _objects_of(part, ("of",)) if reader.kind(o) == "Event"]
    if not wholes:
        return
    subjects = [c for c in part.head.children if c.dep_ in ("nsubj", "nsubjpass") and reader.kind(c) == "Event"]
    if not subjects:
        before = [t for t in part.sent if t.i < part.i and reader.kind(t) == "Event"]
        subjects = before[-1:]
    for s in subjects:
        for w in wholes:
            reader.add(reader.cid(s), "superEvent", reader.cid(w), [s, w], "part-of", 0.8)


def held_at(reader: Reader, verb: Token) -> None:
    """"Held at Peking University, the panel session ...": the first event after the clause; "It was held at X",
    "Held at X, it runs for two weeks": the event named last before "it"."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS]
    places = [o for prep in preps for o in _objects(prep) if reader.kind(o) in ("Place", "Organization")]
    end = max((p.right_edge.i for p in preps), default=verb.i)
    after = [t for t in verb.sent if t.i > end and reader.kind(t) == "Event"]
    it = next((t for t in verb.sent if t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass")
               and (t.head == verb or verb.is_sent_start and t.head == verb.head)), None)
    event = reader.cid(after[0]) if after and it is None else _last_event(reader, verb.sent.start) if it is not None else None
    for p in places if event is not None else []:
        reader.add(event, "location", reader.cid(p), [verb, p], "held-at", 0.7)


def _last_event(reader: Reader, before: int) -> int | None:
    """The event named last before ``before``, in the sentence before it or the one before that ("it")."""
    doc = reader.doc
    start = doc[before - 1].sent.start if before > 0 else 0
    start = doc[start - 1].sent.start if start > 0 else 0
    return next((reader.cid(doc[k]) for k in range(before - 1, start - 1, -1) if reader.kind(doc[k]) == "Event"), None)


# -- grammar helpers ---------------------------------------------------------

def included(reader: Reader, group: Token, verb: Token, event: Token) -> list[Token]:
    """The names a group noun lists: "world leaders will attend the forum, including X and Y",
    "delegates such as Z attended" (the parser hangs the list on any of the three)."""
    if reader.kind(group) is not None or group.pos_ != "NOUN":
        return []
    heads = (group, verb, event)
    preps = [p for t in heads for p in t.children if p.dep_ == "prep" and p.lower_ in ("including", "like")]
    preps += [p for t in heads for p in t.children if p.dep_ == "prep" and p.lower_ == "as"
              and any(c.lower_ == "such" for c in p.children)]  # "such as"
    out = []
    for prep in preps:
        for obj in _objects(prep):
            for t in obj.subtree:
                mention = reader.mention(t)
                if reader.kind(t) in ("Person", "Organization") and mention is not None and mention.root.i == t.i:
                    out.append(t)
    return out


def _agents(verb: Token) -> list[Token]:
    return [o for a in verb.children if a.dep_ == "agent" for o in _objects(a)]


def _actor(token: Token, reader: Reader) -> Token:
    """"IMF directors" act for the IMF: a role noun stands for the body named before it; "the Ambassador of
    Peru, Ana Ruiz," for the person apposed to it."""
    if reader.kind(token) is None:
        named = next((c for c in token.children if c.dep_ == "appos" and reader.kind(c) == "Person"), None)
        if named is not None:
            return named
    if reader.kind(token) is None and token.pos_ == "NOUN":
        for c in token.children:
            if c.dep_ in ("compound", "poss") and reader.kind(c) == "Organization":
                return c
    return token


def _governor(e: Token) -> Token | None:
    """The verb an event phrase hangs from: directly, or through one preposition."""
    head = e.head
    if e.dep_ == "pobj":
        head = head.head
        while head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj", "npadvmod") and head.head.i != head.i:
            head = head.head if head.dep_ != "pobj" else head.head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _destination(reader: Reader, e: Token) -> list[Token]:
    """Where people go for an event: "travel to Geneva for the talks", "converge on the resort of X for the forum"."""
    if e.dep_ != "pobj" or e.head.lower_ != "for":
        return []
    verb = e.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "pobj":
        verb = verb.head.head  # ("converge on the resort ... for": the parser hangs 'for' on the resort)
    if verb.pos_ != "VERB" or not is_verb_of(verb, MOTION_VERBS):
        return []
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "in", "into")):
        for obj in _objects(prep):
            out += [obj] if reader.kind(obj) == "Place" else [p for p in _objects_of(obj, ("of",)) if reader.kind(p) == "Place"]
    return out


def _location_preps(e: Token, verb: Token | None) -> list[Token]:
    out = [c for c in e.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS]
    # inside the topic: "meeting of dialogue on AI in Geneva"
    for t in e.subtree:
        if t.dep_ == "prep" and t.lower_ in LOCATION_PREPS and t.head.i > e.i and t.head.dep_ == "pobj" and t not in out:
            if t.head.head.lower_ in ("of", "on"):
                out.append(t)
    for acl in e.children:  # "the summit, held in Geneva", "3GSM, which takes place in Cannes", "the ceremony, to be held in X"
        if acl.dep_ == "acl" and acl.tag_ == "VBN" or acl.dep_ == "relcl" and (any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in acl.children)
                or acl.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in acl.children)):
            out += [c for c in acl.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS]
    if verb is not None and e.dep_ in ("dobj", "nsubj", "nsubjpass"):
        out += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS]
        # "organised a conference on the theme of X | at Y", "held a meeting with a delegation from X | at Y": the
        # parser hung the place on the theme's last words, or on the group met
        out += [t for p in verb.children if p.dep_ == "prep" and p.i > e.i and (p.lower_ == "on" or p.lower_ == "with" and any(
                o.lemma_.lower() in lexicon.GROUP_NOUNS for o in _objects(p)))
                for t in p.subtree if t.dep_ == "prep" and t.lower_ == "at"]  # (not "focused on X | in Japan")
        for adv in verb.children:  # "Held at Peking University, the session ..."
            if adv.dep_ == "advcl" and adv.tag_ == "VBN":
                out += [c for c in adv.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS]
    return out


def _after_title(prep: Token) -> bool:
    """"Head of Programme | at the Y Centre": a place hung on a title says where its holder works."""
    return prep.head.pos_ in ("NOUN", "PROPN") and is_title_word(prep.head)
