"""The structure of a report, for ``kg_relations``: what its opening, dateline, lists and parts say.

Reports of forums and visits are not only sentences: a dateline says where
"here" is ("HONG KONG, July 9 (Xinhua) --"), a line ending in a colon heads a
list of speakers, the opening names the gathering and its people, a part is named
by its kind ("the opening ceremony") or as "of" the whole, a month in a sentence
dates the one event it names, and an opening that tells who met when and where dates
and places the gathering named after it (where a venue is, see ``event_places``). Rule
names in the evidence: ``date-in-sentence``, ``report-speaker``,
``listed-below``, ``whole-in-name``, ``part-in-focus``, ``part-of-visit``, ``dateline-here``,
``opening-date``, ``opening-place``, ``opening-who``, ``report-cast``, ``report-month`` (the headline's own lines:
see ``headline_facts``).
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .dates import MONTHS as _MONTHS
from .dates import WEEKDAYS, resolve_date
from .focus import MEETING_TOLD, first_gathering, focus_event, is_gathering, report_gathering
from .frames import AUDIENCE_NOUNS
from .groups import GROUP_NOUNS, group_body
from .name_lists import listed_members
from .paragraphs import bulleted
from .grammar import _subjects, negated, tense
from .mentions import HONORIFICS
from .name_keys import singular
from .datelines import dateline_start
from .reader import Reader

SPEECH_VERBS = set(lexicon.SPEECH_VERBS)
#: Verbs that report what someone said or did in speaking at a gathering.
REPORT_VERBS = SPEECH_VERBS | set(lexicon.REPORT_VERBS)
BULLETS = {"•", "·", "*", "-", "–", "—", "‣", "▪"}
#: Parts of a gathering named by their kind: "the opening ceremony", "a panel session".
PART_NOUNS = set(lexicon.PART_NOUNS)


def dated_sentences(reader: Reader) -> None:
    """"On February 13, President X paid a courtesy visit to Y": a day or a month written in a sentence that
    names one event only, and no date of its own elsewhere (a year alone is none), is that event's (rule
    ``date-in-sentence``)."""
    published = reader.doc._.kg_published
    dated = {f.subject for f in reader.facts if f.relation == "date" and len(f.object) > 4}
    years = {f.subject: f.object for f in reader.facts if f.relation == "date" and len(f.object) == 4}
    for sent in reader.doc.sents:
        events = {reader.cid(t) for t in sent if reader.kind(t) == "Event"}
        eid = _outermost(reader, sent, events)  # "the third round of | the X Dialogue |": one event, named in another
        if eid is None or eid in dated:
            continue
        for ent in sent.ents:
            if ent.label_ != "DATE" or reader.kind(ent.root) is not None \
                    or not any(t.lower_ in _MONTHS or published and t.lower_ in WEEKDAYS for t in ent):
                continue  # a month or a day of one (a weekday, in a dated report), not "2020" or "last year" alone
            value = resolve_date(ent.text, published, tense(sent.root))
            if value and value.startswith(years.get(eid, "")):  # (the "2021 forum" was on a day of 2021)
                reader.add(eid, "date", value, [ent.root], "date-in-sentence", 0.5)
                dated.add(eid)
                break


def _outermost(reader: Reader, sent, events: set[int]) -> int | None:
    """The one event a sentence names, or the one whose mention holds the others' ("the third round of the X")."""
    if len(events) == 1:
        return next(iter(events))
    spans = {eid: [m for m in reader.clusters[eid].mentions if sent.start <= m.start < sent.end] for eid in events}
    for eid, ms in spans.items():
        if all(any(m.start <= o.start and o.end <= m.end for m in ms) for other, os_ in spans.items() if other != eid for o in os_):
            return eid
    return None


def speakers_at_reported_event(reader: Reader, verb: Token) -> None:
    """"Jane Roe, Director of X, underlined the aim of the conference in her opening remarks": in a report on a
    gathering, one who speaks in the past tense, in a sentence naming no other event, spoke there (rule
    ``report-speaker``). Not what someone will say, nor said in an aside about another event."""
    if verb.lemma_ not in REPORT_VERBS or verb.pos_ != "VERB" or negated(verb) or verb.tag_ != "VBD" \
            or verb.dep_ in ("relcl", "acl", "advcl"):
        return
    eid = report_gathering(reader)
    if eid is None or any(reader.kind(t) == "Event" and reader.cid(t) != eid for t in verb.sent):
        return
    for s in _subjects(verb):
        if reader.kind(s) == "Person":
            reader.add(eid, "participant", reader.cid(s), [verb, s], "report-speaker", 0.5)


def _opens_on_its_people(reader: Reader, eid: int) -> bool:
    """"Speakers at the forum", "participants of the dialogue": the opening names the gathering's people."""
    first = list(reader.doc.sents)[:2]
    return any(t.lemma_.lower() in AUDIENCE_NOUNS and t.pos_ == "NOUN" and t.i < s.end
               and any(reader.cid(x) == eid for x in s) for s in first for t in s)


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
    eid = named[0] if named else focus_event(reader, verb)
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
    done = set()
    for cid, m, _, whole in reader.named_within("Event", ("of", "at", "during")):
        if (cid, m.start) not in done:
            reader.add(cid, "superEvent", whole, [m[0], m[-1]], "whole-in-name", 0.7)
            done.add((cid, m.start))


def series_parts(reader: Reader) -> None:
    """"the “NextGen Climate Dialogues” series ... The second NextGen Dialogue": a gathering named in the singular
    with the words of a series named in the plural is one of the series (rule ``series-part``)."""
    def name_words(m) -> set[str]:  # the capitalised words before the head: "NextGen" of "second NextGen Dialogue"
        return {t.lower_ for t in m if t.pos_ == "PROPN" and t.i < m.root.i}

    series = [(c.id, m, singular(m.root.lower_), {t.lower_ for t in m}) for c in reader.clusters.values() if c.kind == "Event"
              for m in c.mentions if m.root.tag_ in ("NNS", "NNPS") and name_words(m)]
    for c in (c for c in reader.clusters.values() if c.kind == "Event"):
        for sid, whole, head, words in series:
            if sid != c.id and any(m.root.tag_ in ("NN", "NNP") and m.root.lower_ == head and name_words(m)
                                   and name_words(m) <= words for m in c.mentions):
                reader.add(c.id, "superEvent", sid, [whole.root], "series-part", 0.6)
                break


def parts_in_focus(reader: Reader) -> None:
    """"At the opening ceremony, ...", "the first panel session": a part of a gathering named by its kind
    alone is part of the event the story is about (rule ``part-in-focus``)."""
    whole = {f.subject for f in reader.facts if f.relation == "superEvent"}
    for c in list(reader.clusters.values()):
        if c.kind != "Event" or c.id in whole:
            continue
        first = min(c.mentions, key=lambda m: m.start)
        # (a name before the head makes it an event of its own; a topic after it does not: "the first Session on “X”")
        if any(t.pos_ == "PROPN" and _names_something(reader, t) and (t.i < m.root.i or _of_whole(m, t)) for m in c.mentions for t in m) \
                or not any(t.lemma_.lower() in PART_NOUNS for t in first if t.i <= first.root.i) and not bulleted(first[0]):
            continue  # ("a panel discussion"; but a programme's item, "— negotiations with X;", is a part)
        # ("The second X Dialogue took place at Y, where Z delivered a keynote speech": the sentence's own gathering)
        told = [(m.start, o.id) for o in reader.clusters.values() if o.kind == "Event" and o.id != c.id and is_gathering(o)
                and not _part(reader, o.id) for m in o.mentions if m.sent.start == first.sent.start and m.start < first.start]
        focus = max(told)[1] if told else focus_event(reader, first.root, exclude=c.id)
        if focus is not None and not _part(reader, focus):  # (the second session is no part of the first)
            reader.add(c.id, "superEvent", focus, [first.root], "part-in-focus", 0.55)


def _of_whole(m, t: Token) -> bool:
    """"the 79th Session of | the UN General Assembly": a part whose whole its name gives is no part of the focus."""
    return t.i > m.root.i and any(x.lower_ == "of" and x.head.i == m.root.i for x in m[m.root.i - m.start : t.i - m.start])


_STOPS = {"meeting", "lecture", "seminar", "dinner", "luncheon", "reception", "sign", "signing"}


def stops_of_visit(reader: Reader) -> None:
    """"During the visit, the delegation held a meeting with the rector ... gave a lecture ... signed an MoU": in the
    report of a visit, the meetings, lectures and signings it tells of after the visit is named are the visit's parts
    (rule ``part-of-visit``); a ceremony may be an occasion of its own."""
    visit = report_gathering(reader)
    if visit is None or not any(m.root.lemma_.lower() in ("visit", "trip", "tour") for m in reader.clusters[visit].mentions):
        return
    start = min(m.start for m in reader.clusters[visit].mentions)
    whole = {f.subject for f in reader.facts if f.relation == "superEvent"}
    for c in list(reader.clusters.values()):
        if c.kind != "Event" or c.id in (visit, *whole) or not any(m.root.lemma_.lower() in _STOPS for m in c.mentions):
            continue
        first = min(c.mentions, key=lambda m: m.start)
        if first.start > start and tense(first.sent.root) != "future":
            reader.add(c.id, "superEvent", visit, [first.root], "part-of-visit", 0.5)


def _names_something(reader: Reader, t: Token) -> bool:
    """A word of a name ("ASEAN | Session", "Beijing | Session"), not a capitalised common word ("Working | Session",
    "Inaugural | Session")."""
    return t.is_upper and len(t) > 1 or any(m.label_ != "Event" for m in reader.mentions_over(t.i))


def _part(reader: Reader, eid: int) -> bool:
    return all(m.root.lemma_.lower() in PART_NOUNS for m in reader.clusters[eid].mentions)


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
    if reader.kind(verb) == "Event":
        events.append(reader.cid(verb))  # "X called on Y here on Friday": the call the verb tells
    for eid in dict.fromkeys(events):
        reader.add(eid, "location", place, [here], "dateline-here", 0.65)


def _dateline_place(reader: Reader) -> int | None:
    """The place of a news agency's dateline that opens a paragraph: "BEIJING, May 3 (Xinhua) --" (found once
    per Doc by ``name_spans``)."""
    start = dateline_start(reader.doc)
    if start is None or reader.kind(reader.doc[start]) not in ("Place", "Organization"):
        return None
    return reader.cid(reader.doc[start])


def report_cast(reader: Reader) -> None:
    """A report on a gathering is about the people at it: each person it names and no rule has placed at any
    event took part in the gathering in focus where the person is first named (rule ``report-cast``)."""
    report = report_gathering(reader)
    if report is not None and tense(_first(reader, report).sent.root) == "future":
        return  # (a gathering to come is no report of who was there)
    placed = {f.object for f in reader.facts if f.relation == "participant"}
    described = {f.subject for f in reader.facts if f.relation in ("jobTitle", "affiliation")} | {
        c.id for c in reader.clusters.values() if c.kind == "Person" and any(_honoured(m) for m in c.mentions)}
    for c in list(reader.clusters.values()):
        if c.kind != "Person" or c.id in placed or not c.mentions or c.id not in described:
            continue  # (one the report names with no post nor body is one it speaks of: "since the days of Leif Eriksson")
        first = _first(reader, c.id)
        if tense(first.sent.root) == "future" or any(negated(a) for a in first.root.ancestors) \
                or all(_acted_on(m.root) or _sent_word(m.root) or _credited(m) for m in c.mentions):
            continue  # ("X did not attend the forum", "Y called on X to resign", "X's message, read by Y")
        if report is not None:
            eid = focus_event(reader, first.root) or report
        else:  # a report that opens on no gathering: one that is the subject beside the person, "The webinar began with X"
            eid = next((reader.cid(t) for t in first.sent if reader.kind(t) == "Event"
                        and is_gathering(reader.clusters[reader.cid(t)]) and t.dep_ in ("nsubj", "nsubjpass")), None)
        reader.add(eid, "participant", c.id, [first.root], "report-cast", 0.4)


def _honoured(m) -> bool:
    """"Prof. Dr. X", "Mr. Y": a name given with a courtesy title, as a report introduces those at its gathering."""
    words = [m[0]] + ([m.doc[m.start - 1]] if m.start > 0 else [])
    return any(w.lower_.rstrip(".") in HONORIFICS for w in words)


def _first(reader: Reader, cid: int):
    return min(reader.clusters[cid].mentions, key=lambda m: m.start)


def _credited(m) -> bool:
    """A photo's credit ("Photo Credit: GSSR/Hunter Pryce", "(Xinhua/Zhou Min)") names who took it, not who was there."""
    doc = m.doc
    return m.sent[0].lower_ in ("photo", "photos", "photograph") or m.start > 1 and doc[m.start - 1].text == "/" \
        and m.end < len(doc) and doc[m.end].text in (")", ".")


_SENT_WORDS = {"message", "letter", "greeting", "greetings", "video", "congratulations"}


def _sent_word(t: Token) -> bool:
    """Whose word was sent to a gathering, and so read or played there: "Foreign Minister X's message, read by Y"."""
    return t.dep_ == "poss" and t.head.lemma_.lower() in _SENT_WORDS


def _acted_on(t: Token) -> bool:
    """The object of what someone else did: "called on X", "criticised X"."""
    return t.dep_ in ("dobj", "iobj") or t.dep_ == "pobj" and t.head.head.pos_ == "VERB" \
        and t.head.lower_ in ("on", "upon", "against", "to", "about")


def opening_when_where(reader: Reader) -> None:
    """"On 23 May, the Institute hosted a delegation of X in Ankara. The two sides held a roundtable ...": a report
    that opens on who met, when and where, in a sentence that names no event, gives the gathering it is about its
    day, place and sides (rules ``opening-date``, ``opening-place``, ``opening-who``)."""
    sents = [s for s in reader.doc.sents if any(t.is_alpha for t in s)][:5]  # (a headline, a date line, a place line)
    gathering = report_gathering(reader) or first_gathering(reader)
    if gathering is None:
        return
    for sent in sents:
        verb = sent.root
        if verb.lemma_ not in MEETING_TOLD or any(reader.kind(t) == "Event" for t in sent) or tense(verb) != "past":
            continue
        published = reader.doc._.kg_published
        if not any(f.subject == gathering and f.relation == "date" for f in reader.facts):
            for ent in sent.ents:
                value = resolve_date(ent.text, published, "past") if ent.label_ == "DATE" and any(t.lower_ in _MONTHS for t in ent) else None
                if value:
                    reader.add(gathering, "date", value, [verb, ent.root], "opening-date", 0.5)
                    break
        if not any(f.subject == gathering and f.relation == "location" for f in reader.facts):
            # ("on 23 May 2017 in Ankara": the place may hang on the date, or on a verb inside the clause)
            # ("welcomed five members to Washington": where the visitors were welcomed to)
            for prep in (t for t in sent if t.dep_ == "prep" and (t.lower_ == "in" and (t.head.pos_ == "VERB" or t.head.ent_type_ == "DATE")
                                                                  or t.lower_ == "to" and t.head.i == verb.i)):
                for o in (o for o in prep.children if o.dep_ == "pobj" and reader.kind(o) == "Place"):
                    reader.add(gathering, "location", reader.cid(o), [verb, o], "opening-place", 0.5)
        # who: the host, and the body of the group it hosted ("X hosted a delegation from the Y Section of Z")
        sides = [reader.cid(t) for t in _subjects(verb) if reader.kind(t) == "Organization"]
        if verb.lemma_ in ("meet", "discuss"):  # "On April 30th, the President of X, Prof. A, and Prof. B discussed ..."
            sides += [reader.cid(t) for s in _subjects(verb) for t in listed_members(reader, s) if reader.kind(t) == "Person"]
        sides += [group_body(reader, o) for o in verb.children if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in GROUP_NOUNS]
        for side in sides:
            reader.add(gathering, "participant", side, [verb], "opening-who", 0.5)  # (add skips a None)
        return



def report_month(reader: Reader) -> None:
    """A report tells of its gathering soon after: with no date of its own, the gathering it opens on, told in the
    past, took place in the month the report was published (rule ``report-month``; a month, not a day, as a
    report may come days later)."""
    published = reader.doc._.kg_published
    report = report_gathering(reader)
    if not published or report is None or any(f.subject == report and f.relation == "date" for f in reader.facts):
        return
    first = _first(reader, report)
    if tense(first.sent.root) == "past":
        reader.add(report, "date", published[:7], [first.root], "report-month", 0.4)
