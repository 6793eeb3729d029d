"""When an event was, for ``kg_relations`` (rules ``event-date``, ``name-year``): a date in the event's phrase or
in the clause of the verb it hangs from ("the forum, held on 3 May", "opened the summit on Monday"), resolved
against the article's publication date; a year in the event's name ("the 2024 Beijing Forum", "PRAXIS 2024")."""
from __future__ import annotations

import re

from spacy.tokens import Token

from .dates import MONTHS, resolve_date
from .focus import opening_end, report_gathering
from .grammar import is_verb_of, tense
from .reader import Reader


def dates(reader: Reader) -> None:
    published = reader.doc._.kg_published
    undated = []  # a day of a month in no year the article gives: "on Friday, July 12"
    for ent in reader.doc.ents:
        if ent.label_ != "DATE" or reader.kind(ent.root) == "Event":
            continue  # a year inside an event's name is handled below
        target = _date_target(ent.root, reader)
        if target is None:
            continue
        value = resolve_date(_with_sentence_year(ent), published, tense(target))
        if value:
            for eid in _events_near(reader, target):
                reader.add(eid, "date", value, [ent.root, target], "event-date", 0.7)
        elif any(w.lower_ in MONTHS for w in ent):
            undated.append((ent, target))
    dated = {f.subject for f in reader.facts if f.relation == "date"}
    for c in reader.clusters.values():
        if c.kind != "Event" or c.id in dated:
            continue
        for m in c.mentions:
            for t in m:
                # "the 2024 Beijing Forum", and a year closing a name: "PRAXIS 2024", "Trade Forum-2023"
                year = _YEAR.search(t.text)
                if year and (t.ent_type_ == "DATE" and t.i < m.root.i or t.i == m.end - 1 and any(x.is_title for x in m)):
                    reader.add(c.id, "date", year.group(1), [t, m.root], "name-year", 0.6)
    years = {f.subject: f.object for f in reader.facts if f.relation == "date" and len(f.object) == 4}
    for ent, target in undated:  # "the 2024 West Sea Conference ... on Friday, July 12": the year of the event
        for eid in _events_near(reader, target):  # (else the year the text gave last: "On 20 October 2025 ... on 27 October")
            year = years.get(eid) or _year_before(ent)
            value = resolve_date(f"{ent.text} {year}", published, tense(target)) if year else None
            if value:
                reader.add(eid, "date", value, [ent.root, target], "event-date", 0.65)


#: Verbs of a gathering's own course, whose date is the gathering's.
_HAPPENING_VERBS = {"start", "begin", "open", "end", "close", "conclude", "run", "take", "hold", "convene", "continue"}
#: Verbs that tell people gathered, in a report's opening that names the gathering only after.
_GATHERING_VERBS = {"meet", "gather", "convene", "assemble"}
_YEAR = re.compile(r"(?:^|-)((?:19|20)\d\d)$")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _year_before(date) -> str | None:
    """The year the text gave last before ``date``."""
    years = [y for e in date.doc.ents if e.label_ == "DATE" and e.end <= date.start for y in _A_YEAR.findall(e.text)]
    return years[-1] if years else None


def _with_sentence_year(date) -> str:
    """"the fairs China will hold in 2020: X in April, Y in May": a month without its year takes the one year its
    sentence names."""
    if _A_YEAR.search(date.text):
        return date.text
    years = {y for e in date.sent.ents if e.label_ == "DATE" and e.start != date.start for y in _A_YEAR.findall(e.text)}
    return f"{date.text} {years.pop()}" if len(years) == 1 and any(w.lower_ in MONTHS for w in date) else date.text


def _events_near(reader: Reader, target: Token) -> list[int]:
    if reader.kind(target) == "Event":
        return [reader.cid(target)]
    # "a full launch ... is not expected to start until 2006": an open clause's subject is its head's
    for verb in [target] + ([target.head] if target.dep_ == "xcomp" else []):
        out = [reader.cid(c) for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and reader.kind(c) == "Event"]
        if out:
            return out
    if target.lemma_ in _GATHERING_VERBS:  # "will meet in Makati on Friday, July 12, for the X Conference"
        named = [reader.cid(o) for p in target.children if p.dep_ == "prep" and p.lower_ in ("for", "at")
                 for o in p.children if o.dep_ == "pobj" and reader.kind(o) == "Event"]
        if named:
            return named
    if target.lemma_ in _GATHERING_VERBS and target.i < opening_end(reader) and report_gathering(reader) is not None:
        return [report_gathering(reader)]  # "Ministers met in Suva on Thursday ... The Forum Ministers Meeting is ...")
    if reader.kind(target) is None and target.pos_ == "VERB" and is_verb_of(target, reader.config.participation_verbs | {"inaugurate"}):
        # "X today inaugurated the two-day Trade Forum-2023, aiming to ...": the parser hung the event lower down
        after = [t for t in target.subtree if t.i > target.i and reader.kind(t) == "Event"]
        return [reader.cid(after[0])] if after else []
    return []


def _date_target(t: Token, reader: Reader) -> Token | None:
    """Climb from a date to the event or verb it modifies."""
    steps = 0
    while steps < 6 and t.head.i != t.i:
        if t.dep_ not in ("pobj", "prep", "npadvmod", "advmod", "nummod", "compound", "amod", "appos", "tmod", "acl", "pcomp"):
            return None
        t = t.head
        steps += 1
        if reader.kind(t) == "Event":
            return t
        if t.pos_ in ("VERB", "AUX"):
            if (t.dep_ == "acl" or t.dep_ == "relcl" and t.lemma_ in _HAPPENING_VERBS) and reader.kind(t.head) == "Event":
                return t.head  # "the forum ending on Sunday", "the Manama Dialogue, which starts today"
                # (not "the award, which was introduced in 2022": when it began to be given)
            return t
    return None
