"""Event frames for ``kg_relations``: everyone a clause says took part, and in what.

Reports of forums and visits name the people who took part in long lists, each
name with its titles and bodies ("X, Director of Y, Z, Professor at W, and V
attended the roundtable"), as passive agents ("co-chaired by X and Y", "was
joined by A; B; C"), through a group ("a delegation led by X visited Y and met
Z") or with no event named at all ("X delivered a keynote speech"). The small
parser rarely links such lists as conjuncts, so this rule reads the clause as a
frame: the verb, every name on its side of the clause that is a list item
rather than somebody's employer, and the event in focus. Rule names in the
evidence: ``frame`` (subjects and agents), ``frame-object`` (who was met,
visited or welcomed).
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .dates import MONTHS as _MONTHS
from .dates import resolve_date
from .event_facts import _tense
from .grammar import _objects, _subjects, is_verb_of, negated
from .reader import Reader

FRAME_VERBS = set(lexicon.FRAME_VERBS)
SPEECH_VERBS = set(lexicon.SPEECH_VERBS)
SPEECH_NOUNS_SAID = set(lexicon.SPEECH_NOUNS)
#: Gatherings whose reports quote the people who spoke there ("a forum", not "an inquiry" or "a speech").
GATHERING_NOUNS = set(lexicon.GATHERING_NOUNS)
#: Verbs whose object takes part too: the host one meets, the body one visits.
MEETING_VERBS = set(lexicon.MEETING_VERBS)
#: Groups that act for their members: "the delegation, led by X, visited Y".
GROUP_NOUNS = set(lexicon.GROUP_NOUNS)
AUDIENCE_NOUNS = set(lexicon.AUDIENCE_NOUNS)
#: Happenings that are to or with someone: "a visit to Y", "a meeting with Z".
VISIT_NOUNS = {"visit", "meeting", "talk", "talks", "call", "dialogue", "consultation", "exchange", "audience"}
BULLETS = {"•", "·", "*", "-", "–", "—", "‣", "▪"}
#: Parts of a gathering named by their kind: "the opening ceremony", "a panel session".
PART_NOUNS = set(lexicon.PART_NOUNS)
#: Prepositions that attach someone's employer or post, not a fellow participant.
_DESCRIBING = {"of", "at", "from", "to", "for", "with", "in", "on", "under", "within"}


def clause_frame(reader: Reader, verb: Token) -> None:
    """Everyone the clause of ``verb`` names as taking part, in the event it is about."""
    led = verb.lemma_ == "head" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in GROUP_NOUNS for c in verb.children)
    present = verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "present" for c in verb.children)  # "X were present"
    called = verb.lemma_ == "call" and any(c.dep_ in ("prep", "prt") and c.lower_ in ("on", "upon") for c in verb.children) \
        and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)  # ("called on X to resign" demands, not visits)
    # "X said in his keynote speech that ...": one who speaks in a speech spoke at the gathering
    in_speech = any(p.dep_ == "prep" and p.lower_ in ("in", "during") and any(o.lemma_.lower() in SPEECH_NOUNS_SAID for o in _objects(p))
                    for p in verb.children)
    if negated(verb) or not (is_verb_of(verb, FRAME_VERBS) or led or present or called or in_speech) \
            or verb.tag_ in ("VBG",) and verb.dep_ == "amod":
        return  # ("The delegation was headed by X": heading a group at a gathering, unlike heading a body)
    events = _events_of(reader, verb)
    if not events:
        return
    actors = [t for s in _subjects(verb) for t in _members(reader, s)]
    actors += [t for agent in verb.children if agent.dep_ == "agent" for o in _objects(agent) for t in _members(reader, o)]
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    by = next((t for t in verb.sent if t.i > verb.i and t.lower_ == "by"), None) if passive else None
    actors += _semicolon_list(reader, by) if by is not None else []  # "were joined ... by A; B; and C"
    objects = []
    if is_verb_of(verb, MEETING_VERBS) or called:  # ("called upon Vice Chancellor X": paid X a call)
        objects = [t for c in verb.children if c.dep_ == "dobj" for t in _members(reader, c)]
        objects += [t for p in verb.children if p.dep_ == "prep" and p.lower_ in ("with", "on", "upon")
                    for o in _objects(p) for t in _members(reader, o)]
    if reader.kind(verb) == "Event":  # "visited Punjab University": where the visit was
        for o in (c for c in verb.children if c.dep_ == "dobj" and reader.kind(c) in ("Place", "Organization")):
            reader.add(reader.cid(verb), "location", reader.cid(o), [verb, o], "frame-object", 0.6)
    for eid in events:
        for t in actors:
            if reader.kind(t) in ("Person", "Organization"):
                reader.add(eid, "participant", reader.cid(t), [verb, t], "frame", 0.6)
        for t in objects:
            if reader.kind(t) in ("Person", "Organization"):
                reader.add(eid, "participant", reader.cid(t), [verb, t], "frame-object", 0.55)


def gathered_in(reader: Reader, verb: Token) -> None:
    """"Speakers at the Europe-China Forum came together in Brussels": those at an event, somewhere, put the
    event there (rule ``gathered-in``)."""
    places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in _objects(p)
              if reader.kind(o) in ("Place", "Organization")]  # (a city the tagger calls a body, a venue)
    if not places:
        return
    for s in _subjects(verb):
        if reader.kind(s) is not None or s.lemma_.lower() not in AUDIENCE_NOUNS | GROUP_NOUNS:
            continue
        for p in s.children:
            if p.dep_ == "prep" and p.lower_ in ("at", "of", "to"):
                for e in _objects(p):
                    if reader.kind(e) == "Event":
                        for place in places:
                            reader.add(reader.cid(e), "location", reader.cid(place), [s, verb, place], "gathered-in", 0.65)


def met_in(reader: Reader, e: Token) -> None:
    """"a courtesy visit to President Z", "a meeting with the Fudan delegation", "a visit to Okayama University":
    whom a visit or a meeting is to or with took part; the place a visit is to is where it was (rule ``event-with``)."""
    if e.lemma_.lower() not in VISIT_NOUNS:
        return
    eid = reader.cid(e)
    for prep in e.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "with"):
            continue
        for o in _objects(prep):
            for t in _members(reader, o):
                reader.add(eid, "participant", reader.cid(t), [e, t], "event-with", 0.6)
            if reader.kind(o) == "Place" or reader.kind(o) == "Organization" and e.lemma_.lower() == "visit":
                reader.add(eid, "location", reader.cid(o), [e, o], "event-with", 0.6)


def group_includes(reader: Reader, verb: Token) -> None:
    """"The expert panel included A, Director of B, and C", "the delegation comprised D and E": the members of
    a group at a gathering took part in it, the event named in the group's phrase or else the one in focus
    (rule ``group-members``)."""
    if verb.lemma_ not in ("include", "comprise", "consist") or negated(verb):
        return
    groups = [s for s in _subjects(verb) if reader.kind(s) is None and (s.lemma_.lower() in GROUP_NOUNS or s.lemma_.lower() == "member"
              and any(o.lemma_.lower() in GROUP_NOUNS for o in _objects_of_noun(s, "of")))]  # "members of the delegation"
    if not groups:
        return
    named = [reader.cid(t) for t in groups[0].subtree if reader.kind(t) == "Event"]
    eid = named[0] if named else _focus_event(reader, verb)
    if eid is None:
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "of" for o in _objects(p)]  # "consists of"
    for o in objects:
        for t in _members(reader, o):
            reader.add(eid, "participant", reader.cid(t), [groups[0], verb, t], "group-members", 0.6)


def dated_sentences(reader: Reader) -> None:
    """"On February 13, President X paid a courtesy visit to Y": a day or a month written in a sentence that
    names one event only, and no date of its own elsewhere, is that event's (rule ``date-in-sentence``)."""
    published = reader.doc._.kg_published
    dated = {f.subject for f in reader.facts if f.relation == "date"}
    for sent in reader.doc.sents:
        events = {reader.cid(t) for t in sent if reader.kind(t) == "Event"}
        if len(events) != 1:
            continue
        eid = events.pop()
        if eid in dated:
            continue
        for ent in sent.ents:
            if ent.label_ != "DATE" or reader.kind(ent.root) is not None or not any(t.lower_ in _MONTHS for t in ent):
                continue  # a month or a day of one, not "2020" or "last year" alone
            value = resolve_date(ent.text, published, _tense(sent.root))
            if value:
                reader.add(eid, "date", value, [ent.root], "date-in-sentence", 0.5)
                dated.add(eid)
                break


def _objects_of_noun(noun: Token, prep: str) -> list[Token]:
    return [o for p in noun.children if p.dep_ == "prep" and p.lower_ == prep for o in _objects(p)]


def venue_hosts(reader: Reader) -> None:
    """"held at the Yingjie Conference Center of Peking University": an event at a venue of a body is at
    that body too (rule ``venue-of``)."""
    doc = reader.doc
    for f in list(reader.facts):
        if f.relation != "location" or reader.clusters[f.object].kind != "Place":
            continue
        for m in reader.clusters[f.object].mentions:
            k = m.end + (m.end < len(doc) and doc[m.end].lower_ in ("of", "at"))
            k += k < len(doc) and doc[k].lower_ == "the"
            if k > m.end and k < len(doc) and reader.kind(doc[k]) == "Organization":
                reader.add(f.subject, "location", reader.cid(doc[k]), [m.root, doc[k]], "venue-of", 0.6)


def speakers_at_reported_event(reader: Reader, verb: Token) -> None:
    """"Speakers at the Europe-China Forum came together in Brussels ... '...', said Ambassador X": where a
    report opens on the people of its gathering (speakers, participants, delegates), those it quotes spoke
    there (rule ``report-speaker``). A report that does not say so may quote outsiders on the gathering."""
    if verb.lemma_ not in SPEECH_VERBS or verb.pos_ != "VERB" or negated(verb):
        return
    reported = _reported_event(reader)
    if reported is None or _tense(verb) == "future" or not _opens_on_its_people(reader, reported):
        return
    for s in _subjects(verb):
        if reader.kind(s) == "Person":
            reader.add(reported, "participant", reader.cid(s), [verb, s], "report-speaker", 0.5)


def _opens_on_its_people(reader: Reader, eid: int) -> bool:
    """"Speakers at the forum", "participants of the dialogue": the opening names the gathering's people."""
    first = list(reader.doc.sents)[:2]
    return any(t.lemma_.lower() in AUDIENCE_NOUNS and t.pos_ == "NOUN" and t.i < s.end
               and any(reader.cid(x) == eid for x in s) for s in first for t in s)


def _reported_event(reader: Reader) -> int | None:
    """The event an article reports: named in its first sentence (or headline) and named again after it."""
    if "kg_reported_event" not in reader.doc.user_data:
        first = list(reader.doc.sents)[:2]
        end = first[-1].end if first else 0
        opening = [reader.cid(t) for t in reader.doc[:end] if reader.kind(t) == "Event"]
        found = None
        for eid in dict.fromkeys(opening):
            gathering = any(_head_lemma(m) in GATHERING_NOUNS for m in reader.clusters[eid].mentions)
            if gathering and any(m.start >= end for m in reader.clusters[eid].mentions):
                found = eid
                break
        reader.doc.user_data["kg_reported_event"] = found
    return reader.doc.user_data["kg_reported_event"]


def _head_lemma(m) -> str:
    last = m[-1].lemma_.lower()
    return last if last in GATHERING_NOUNS else m.root.lemma_.lower()


def listed_below(reader: Reader, verb: Token) -> None:
    """"Speakers included:" and a line per speaker ("• Diana Basto, executive director of Fulbright Colombia"):
    the people an agenda or a bulleted list gives below a line ending in a colon took part (rule ``listed-below``)."""
    ending = [t for t in verb.sent if not t.is_space]
    if verb.lemma_ not in ("include", "be", "comprise") or not ending or ending[-1].text != ":":
        return
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    if not any(s.lemma_.lower() in AUDIENCE_NOUNS | GROUP_NOUNS for s in subjects):
        return
    named = [reader.cid(t) for s in subjects for t in s.subtree if reader.kind(t) == "Event"]
    eid = named[0] if named else _focus_event(reader, verb)
    if eid is None:
        return
    doc = reader.doc
    for first in _line_starts(doc, verb.sent.end):
        if reader.kind(first) != "Person":
            break  # the list has ended
        reader.add(eid, "participant", reader.cid(first), [verb, first], "listed-below", 0.6)


def _line_starts(doc, start: int):
    """The first word of each line from token ``start`` on, past bullets and indentation."""
    new_line = True
    for t in doc[start:]:
        if t.is_space or new_line and t.text in BULLETS:
            new_line = new_line or "\n" in t.text
            continue
        if new_line:
            yield t
        new_line = "\n" in t.whitespace_


def whole_in_name(reader: Reader) -> None:
    """"the Thematic Session on Think Tank Exchanges of the Belt and Road Forum": an event whose name ends in
    'of' and the name of another event the article names is part of it (rule ``whole-in-name``)."""
    names: dict[str, int] = {}
    for c in reader.clusters.values():
        if c.kind == "Event":
            for m in c.mentions:
                names.setdefault(m.text.lower(), c.id)
    for c in list(reader.clusters.values()):
        for m in c.mentions if c.kind == "Event" else []:
            for t in m[1:-1]:
                if t.lower_ not in ("of", "at", "during"):
                    continue
                tail = m.doc[t.i + 1 + (m.doc[t.i + 1].lower_ == "the") : m.end].text.lower()
                whole = names.get(tail)
                if whole is not None and whole != c.id:
                    reader.add(c.id, "superEvent", whole, [m[0], m[-1]], "whole-in-name", 0.7)
                    break


def parts_in_focus(reader: Reader) -> None:
    """"At the opening ceremony, ...", "the first panel session": a part of a gathering named by its kind
    alone is part of the event the story is about (rule ``part-in-focus``)."""
    whole = {f.subject for f in reader.facts if f.relation == "superEvent"}
    for c in list(reader.clusters.values()):
        if c.kind != "Event" or c.id in whole:
            continue
        first = min(c.mentions, key=lambda m: m.start)
        if any(t.pos_ == "PROPN" for m in c.mentions for t in m) or first.root.lemma_.lower() not in PART_NOUNS:
            continue
        focus = _focus_event(reader, first.root, exclude=c.id)
        if focus is not None:
            reader.add(c.id, "superEvent", focus, [first.root], "part-in-focus", 0.55)


def held_here(reader: Reader, here: Token) -> None:
    """"HONG KONG, July 9 (Xinhua) -- At a forum opened here Tuesday": 'here' is the dateline's place
    (rule ``dateline-here``)."""
    place = _dateline_place(reader)
    verb = here.head
    if place is None or verb.pos_ not in ("VERB", "AUX"):
        return
    events = [reader.cid(t) for t in verb.subtree if reader.kind(t) == "Event" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")]
    if verb.dep_ in ("acl", "relcl") and reader.kind(verb.head) == "Event":
        events.append(reader.cid(verb.head))  # "a forum | opened here"
    for eid in dict.fromkeys(events):
        reader.add(eid, "location", place, [here], "dateline-here", 0.65)


def _dateline_place(reader: Reader) -> int | None:
    """The place of a news agency's dateline that opens a paragraph: "BEIJING, May 3 (Xinhua) --"."""
    for sent in reader.doc.sents:
        first = sent[0]
        dash = next((t for t in sent[:12] if t.text in ("--", "—", "–") or t.text.startswith("--")), None)
        if dash is not None and reader.kind(first) in ("Place", "Organization") and first.is_upper and reader.mention(first) is not None \
                and reader.mention(first).end < len(reader.doc) and reader.doc[reader.mention(first).end].text == ",":
            return reader.cid(first)
    return None


def _events_of(reader: Reader, verb: Token) -> list[int]:
    """The event the clause names (its object, or 'at'/'in'/'during' it), else the one in focus."""
    if reader.kind(verb) == "Event":
        return [reader.cid(verb)]  # "visited Punjab University": the verb tells of the visit
    named = [reader.cid(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "nsubj") and reader.kind(c) == "Event"]
    named += [reader.cid(o) for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "during", "to", "for")
              for o in _objects(p) if reader.kind(o) == "Event"]
    if named:
        return list(dict.fromkeys(named))
    focus = _focus_event(reader, verb)
    if focus is None:  # "X visited Y to pay a courtesy visit to Z": the story's first event comes later in the sentence
        focus = next((reader.cid(t) for t in verb.sent if reader.kind(t) == "Event"), None)
    return [focus] if focus is not None else []


def _focus_event(reader: Reader, verb: Token, exclude: int | None = None) -> int | None:
    """The event the story is about so far: of those named before, the one named most often (the first, if tied)."""
    seen: dict[int, list[int]] = {}
    for c in reader.clusters.values():
        if c.kind == "Event" and c.id != exclude:
            starts = [m.start for m in c.mentions if m.start < verb.i]
            if starts:
                seen[c.id] = starts
    if not seen:
        return None
    reported = _reported_event(reader)
    if reported in seen:
        return reported  # the gathering the article reports, named in its opening
    return max(seen, key=lambda cid: (len(seen[cid]), -min(seen[cid])))


def _members(reader: Reader, head: Token) -> list[Token]:
    """The names a subject or object phrase lists, not those describing them.

    In "X, Chairman of Y, Z, Professor at W, and V" the people are list items;
    Y and W hang from a title by a preposition, so they are employers. A group
    noun ("the delegation led by X", "a team including Y") stands for its members.
    """
    out: list[Token] = []
    for t in head.subtree:
        mention = reader.mention(t)
        if reader.kind(t) is None or mention is None or mention.root.i != t.i:
            continue
        path = _path_up(t, head)
        if path is None:
            continue
        kind = reader.kind(t)
        # ("Director of the Polar Council Ingrid Dahl": the parser hangs the name on the body's 'of';
        # "..., Erik Lunde, Tomas Berg and Lena Holm": a conjunct of a listed person is listed too)
        titled = mention.start > 0 and reader.kind(t.doc[mention.start - 1]) == "Organization"
        listed_with = t.dep_ == "conj" and t.head in out
        if kind == "Person" and (titled or listed_with or not any(x.dep_ == "pobj" and x.head.lower_ in _DESCRIBING for x in path)) \
                or kind == "Organization" and all(x.dep_ in ("conj", "appos", "npadvmod", "nsubj", "nsubjpass", "dobj", "pobj")
                                                  and x.head.pos_ != "ADP" for x in path):
            out.append(t)
    if reader.kind(head) is None and head.lemma_.lower() in GROUP_NOUNS:
        for c in head.children:  # "a delegation led by X", "a team headed by Y"
            if c.dep_ == "acl":
                out += [t for agent in c.children if agent.dep_ == "agent" for o in _objects(agent) for t in _members(reader, o)]
                if c.lemma_ in ("comprise", "include"):  # "the ISSI team, comprising A, B and C"
                    out += [t for o in c.children if o.dep_ == "dobj" for t in _members(reader, o)]
            if c.dep_ == "prep" and c.lower_ in ("including", "of", "from") and c.lower_ != "from":
                out += [t for o in _objects(c) for t in _members(reader, o) if reader.kind(t) == "Person"]
    return out


def _semicolon_list(reader: Reader, start: Token) -> list[Token]:
    """"joined by Brookings President X; Vice President of the National Committee Y; former Under Secretary Z":
    a list whose items a semicolon parts, which the parser does not join; each item ends in its person's name."""
    sent = start.sent
    semis = [t.i for t in sent if t.text == ";" and t.i > start.i]
    if len(semis) < 2:
        return []
    out = []
    for end in semis + [sent.end - 1]:
        item_end = end - 1 if end < sent.end - 1 or sent[-1].is_punct else end
        last = reader.doc[item_end]
        if reader.kind(last) == "Person" and reader.mention(last) is not None:
            out.append(reader.mention(last).root)
    return out


def _path_up(t: Token, head: Token) -> list[Token] | None:
    """The tokens from ``t`` up to (not including) ``head``, or None where a clause lies between."""
    path = []
    while t.i != head.i:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",) or t.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return None
        path.append(t)
        if t.head.i == t.i:
            return None
        t = t.head
    return path
