"""The event a report is about: the gathering named in its opening, else the one named most so far.

The frame and report rules give it what a clause says without naming an event
("X delivered a keynote speech", "Speakers included:").
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .clusters import told_as
from .grammar import held, held_by_verb
from .reader import Reader

#: Gatherings a report is about ("a forum", not "an inquiry" or "a speech").
GATHERING_NOUNS = set(lexicon.GATHERING_NOUNS)


def reported_event(reader: Reader) -> int | None:
    """The event an article reports: named in its first sentence (or headline) and named again after it."""
    if "kg_reported_event" not in reader.doc.user_data:
        first = list(reader.doc.sents)[:2]
        end = first[-1].end if first else 0
        opening = [reader.cid(t) for t in reader.doc[:end] if reader.kind(t) == "Event"]
        found = None
        for eid in dict.fromkeys(opening):
            gathering = is_gathering(reader.clusters[eid])
            if gathering and any(m.start >= end for m in reader.clusters[eid].mentions):
                found = eid
                break
        reader.doc.user_data["kg_reported_event"] = _edition_of(reader, found, opening)
    return reader.doc.user_data["kg_reported_event"]


def _edition_of(reader: Reader, whole: int, candidates: list[int]) -> int | None:
    """"The third round of the X Dialogue was held ...": of a series the opening names, the round it reports
    (else the series itself)."""
    if whole is None:
        return None
    inner = reader.clusters[whole].mentions
    for eid in dict.fromkeys(c for c in candidates if c != whole):
        if is_edition(reader.clusters[eid]) and any(m.start < w.start and w.end <= m.end
                                                     for m in reader.clusters[eid].mentions for w in inner):
            return eid
    return whole


def is_edition(cluster) -> bool:
    """"the third round of X", "the 12th edition of Y": one meeting of a series."""
    return any(m.root.lemma_.lower() in ("round", "edition") and any(t.ent_type_ == "ORDINAL" for t in m) for m in cluster.mentions)


def report_gathering(reader: Reader) -> int | None:
    """The gathering a report is about: the one it reports (``reported_event``), else the first its opening
    (headline and first sentence) names, named again or not. Read once per Doc."""
    if "kg_report_gathering" not in reader.doc.user_data:
        found = reported_event(reader)
        opening = [reader.cid(t) for t in reader.doc[:opening_end(reader)] if reader.kind(t) == "Event"]
        if not opening:  # a headline and a standfirst that name no event: a gathering held in the next sentence
            opening = [reader.cid(t) for t in reader.doc[opening_end(reader):_next_told(reader, opening_end(reader))]
                       if reader.kind(t) == "Event" and held_by_verb(t)]  # ("experts held a public discussion")
        for eid in opening if found is None else []:
            if is_gathering(reader.clusters[eid]) and not _a_topic(reader, eid):
                found = _edition_of(reader, eid, opening)
                break
        if found is None and not opening and _tells_a_meeting(reader):
            found = first_gathering(reader)  # "X welcomed five members of Y to Washington ... The study visit was ..."
        reader.doc.user_data["kg_report_gathering"] = found
    return reader.doc.user_data["kg_report_gathering"]


def _a_topic(reader: Reader, eid: int) -> bool:
    """"a roundtable discussion on “India-Japan Relations, G7 Summit and ...”": an event named inside another
    event's name is what that one is about."""
    doc = reader.doc
    if "kg_topics" not in doc.user_data:  # asked for every verb: read once per Doc
        events = [(c.id, m) for c in reader.clusters.values() if c.kind == "Event" for m in c.mentions]
        # (not "the First Ministerial Conference of | the Partnership Forum": a part named by its whole)
        doc.user_data["kg_topics"] = {
            cid for cid, m in events for other, o in events
            if other != cid and o.start <= m.start and m.end <= o.end
            and any(t.lower_ in ("on", "“", '"') for t in doc[o.start : m.start])}
    return eid in doc.user_data["kg_topics"]


def opening_end(reader: Reader) -> int:
    """Where a report's opening ends: after its first sentence (a dateline before it is none), and the headline
    above it if it has one. Read once per Doc."""
    if "kg_opening_end" in reader.doc.user_data:
        return reader.doc.user_data["kg_opening_end"]
    sents = []
    for sent in reader.doc.sents:  # (only the first three: the sentences of a long Doc are costly to list)
        sents.append(sent)
        if len(sents) == 3:
            break
    end = 0
    if sents:
        headline = len(sents) > 1 and "\n" in reader.doc[sents[0].end - 1].text_with_ws + reader.doc.text[sents[0].end_char:sents[1].start_char]
        k = 1 if headline else 0
        while k + 1 < len(sents) and not any(t.pos_ in ("VERB", "AUX") for t in sents[k]):
            k += 1  # "GEORGETOWN UNIVERSITY IN QATAR (Sept. 8, 2022) | Seven diplomats were ...": a dateline says nothing
        end = sents[k].end
    reader.doc.user_data["kg_opening_end"] = end
    return end


#: Verbs an opening tells a meeting with before naming it: "X hosted a delegation of Y", "A and B met".
MEETING_TOLD = {"host", "receive", "welcome", "visit", "meet", "discuss"}


def _tells_a_meeting(reader: Reader) -> bool:
    """Whether the opening's sentence tells, in the past, of a meeting it does not name."""
    end = opening_end(reader)
    sent = reader.doc[end - 1].sent if end else None
    return sent is not None and sent.root.lemma_ in MEETING_TOLD and sent.root.tag_ in ("VBD", "VBN")


def _next_told(reader: Reader, start: int) -> int:
    """The end of the first sentence from ``start`` that has a verb (a photo caption listing names has none)."""
    for sent in reader.doc[start:].sents:
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            return sent.end
    return start


def first_gathering(reader: Reader) -> int | None:
    """The first gathering the report names, wherever that is."""
    gatherings = [c for c in reader.clusters.values()
                  if c.kind == "Event" and is_gathering(c)]
    return min(gatherings, key=lambda c: min(m.start for m in c.mentions)).id if gatherings else None


def is_gathering(cluster) -> bool:
    """An event people gather at ("a forum", "the visit", "a panel discussion", "a public discussion" that was
    held), not one that only tells when: "on the Lantern Festival", "on New Year's Day"."""
    return any(head_lemma(m) in GATHERING_NOUNS or held(m.root, GATHERING_NOUNS) for m in cluster.mentions) \
        and not tells_when(cluster)


def tells_when(cluster) -> bool:
    """"on the Lantern Festival, which falls on March 2nd": every mention says when, as a day would."""
    return all(m.root.dep_ == "pobj" and m.root.head.lower_ == "on" for m in cluster.mentions)


def head_lemma(m) -> str:
    told = told_as(m.root) if len(m) == 1 and m.root.pos_ == "VERB" else ""
    if told in ("visit", "meeting"):
        return told  # "visited", "received a delegation": a visit (a signing is no gathering one joins)
    last = (m[-2] if len(m) > 1 and m[-1].text in lexicon.ROMAN_NUMERALS else m[-1]).lemma_.lower()  # "Working Session | II"
    return last if last in GATHERING_NOUNS else m.root.lemma_.lower()


def focus_event(reader: Reader, verb: Token, exclude: int | None = None) -> int | None:
    """The gathering the story is about so far: of those named before, the one named most often (the first, if
    tied). Only a gathering (a forum, a visit, a ceremony) is one people take part in without its being named:
    "the New Year", "the tsunami" or "the election" an article is about is not."""
    seen: dict[int, list[int]] = {}
    for c in reader.clusters.values():
        if c.kind == "Event" and c.id != exclude and is_gathering(c) and not _a_topic(reader, c.id):
            starts = [m.start for m in c.mentions if m.start < verb.i]
            if starts:
                seen[c.id] = starts
    if not seen:
        return None
    reported, gathering = reported_event(reader), report_gathering(reader)
    if reported is None and gathering is not None and is_edition(reader.clusters[gathering]):
        reported = gathering  # "The third round of X was held ...", though named once
    if reported in seen:
        return reported  # the gathering the article reports, named in its opening
    return max(seen, key=lambda cid: (len(seen[cid]), -min(seen[cid])))
