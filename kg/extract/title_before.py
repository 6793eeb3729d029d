"""The role, and the body, written before a name, for ``kg_relations`` (rule ``title-before-name``):
"Chancellor Gordon Brown", "Federal Reserve chairman Alan Greenspan", "Labour MPs John Mann and Kate Hoey"."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .mentions import PERSON_TITLES, addressed, courtesy_start, ends_honorific
from .name_lists import name_run
from .reader import Reader
from .title_phrases import fielded_title, possessor_body, sibling_title, singular_title, text_of
from .title_words import NOT_TITLES, ORG_CLASS, is_plural_title, is_title_head, is_title_word

EVENT_NOUNS = set(lexicon.EVENT_NOUNS)
SPEECH_NOUNS = set(lexicon.SPEECH_NOUNS)
TITLE_WORDS = PERSON_TITLES


def title_before_name(reader: Reader, p: Token, pid: int | None, listed: int | None = None) -> None:
    """"Chancellor Gordon Brown": the role, and the body, written before a name.

    ``listed`` is a later name in a list after ``p`` ("Labour MPs John Mann and
    Kate Hoey"), who shares the role if it is plural.
    """
    mention = next((m for m in reader.clusters[pid].mentions if m.root.i == p.i), None) if pid is not None else None
    if mention is None:
        return
    first = p
    while first.dep_ == "conj" and first.head.i < first.i and reader.kind(first.head) == "Person":
        first = first.head
    if first is not p:
        title_before_name(reader, first, reader.cid(first), listed=pid)  # and any role of its own, below
    holder = pid if listed is None else listed
    start = courtesy_start(reader.doc, mention.start)  # ("Prime Minister Datuk Seri | X", "Dato’ Dr | X")
    fielded = fielded_title(reader, start) if listed is None else []
    if fielded:
        reader.add(holder, "jobTitle", text_of(fielded), fielded + [p], "title-before-name", 0.75)
        k = fielded[0].i - 1  # "the university’s | Vice-rector on International Relations X": whose post
        k -= k >= 1 and reader.doc[k].tag_ == "POS"  # (or "Y College of Law | Associate Dean for Research X")
        if k >= 0 and reader.kind(reader.doc[k]) == "Organization":
            reader.add(holder, "affiliation", reader.cid(reader.doc[k]), [reader.doc[k], p], "title-before-name", 0.75)
        return
    title: list[Token] = []
    i = start - 1
    while i >= 0:
        t = reader.doc[i]
        if t.text == "-" and title and i > 0 and (reader.doc[i - 1].pos_ in ("NOUN", "ADJ") or is_title_word(reader.doc[i - 1])) \
                and reader.kind(reader.doc[i - 1]) is None:
            title[:0] = [reader.doc[i - 1], t]  # "soul-singer Ray Charles", "Minister-Counsellor Yang Xinyu"
            i -= 2
            continue
        field = t.head if t.dep_ == "conj" else reader.doc[i - 1] if t.lower_ in ("and", "&") and i > 0 else None
        if title and field is not None and field.i < i and field.dep_ in ("compound", "amod", "nmod") \
                and field.head in title and all(reader.kind(x) is None for x in reader.doc[field.i : i]):
            title[:0] = list(reader.doc[field.i : i + 1])  # "Work and pensions minister Alan Johnson": one title, its field coordinated
            i = field.i - 1
            continue
        if len(t) == 1 and t.is_upper:
            break  # "P Stringer" on a team sheet: an initial, not a title
        if not title and t.is_lower and t.is_alpha and t.pos_ in ("ADV", "ADP", "PART") and t.dep_ in ("advmod", "prt") and i > 0 \
                and t.lower_ not in ("now", "then", "later", "also", "again", "still", "today", "yesterday", "too", "already") \
                and t.head.i == i - 1 and reader.kind(t.head) in ("Organization", "Place") \
                and t.head.head.i in range(mention.start, mention.end):
            title, i = [t], i - 1  # "England forward Michael Owen", "Wales back X": a position the parser read as an adverb
            break
        if t.head.i not in range(i + 1, mention.end) or t.dep_ not in ("compound", "amod", "nmod") \
                or reader.kind(t) not in (None, "Event") or addressed(t) or title and ends_honorific(t) and "." in t.text:
            break  # ("Her Excellency | Ambassador X", "H.E. | Ambassador X": how one is addressed is no part of the title;
            # but "Lord Chancellor" is one)
        if t.pos_ not in ("NOUN", "PROPN", "ADJ") and not (t.tag_ == "VBG" and t.dep_ == "amod"):
            break  # "Prosecuting attorney Carol Lam" keeps its participle
        title.insert(0, t)
        i -= 1
    if not title and i >= 0:
        title = sibling_title(reader.doc[i], p, reader)  # "Their former coach | Christos Tzekos", parsed as two subjects
        i = title[0].i - 1 if title else i
    if not title and i >= 1:
        title = _posted_after_body(reader, i)  # "X Office (XO) | liaison officer | Y", however parsed
        i = title[0].i - 1 if title else i
    misread = len(title) == 1 and title[0].pos_ in ("ADV", "ADP", "PART")
    if not title or not (misread or any(t.pos_ in ("NOUN", "PROPN") for t in title)) or title[-1].lemma_.lower() in NOT_TITLES:
        return
    if title[-1].lemma_.lower() in ORG_CLASS:
        return  # "think tank Demos" names a body, not a job
    if title[-1].lower_ in SPEECH_NOUNS:
        return  # "Keynote address X", "Welcome Remarks Y": a programme's item, not a job
    if all(t.pos_ == "PROPN" for t in title) and title[-1].lower_ not in TITLE_WORDS and not is_plural_title(title[-1]) \
            and not is_title_head(title[-1]):
        return  # "Sundar Katwala" with the first name left out of the mention: a name, not a title
    plural = title[-1].tag_ in ("NNS", "NNPS") or len(title[-1]) > 2 and title[-1].text[:-1].isupper() and title[-1].text[-1] == "s" \
        or is_plural_title(title[-1])  # "Nonresident Senior Fellows A, B and C", tagged as a name
    # "MPs A, B and C, activist D": a plural title heads the run of names right after it, however parsed
    run = [reader.cid(t) for t in name_run(reader, title[-1]) if reader.kind(t) == "Person"] if plural else []
    if plural and not p.conjuncts and len(run) < 2 or listed is not None and (not plural or listed not in run):
        return  # "minnows Mauritius": a plural before one name is a description, not a title
    for other in run if plural and listed is None and run[:1] == [pid] else []:
        if other != pid:
            title_before_name(reader, p, pid, listed=other)
    named = _body_by_first_word(reader, title[0]) if len(title) > 1 else None
    if named is not None:  # "Yale | President Peter Salovey", where the report names "Yale University"
        reader.add(holder, "affiliation", named, [title[0], p], "title-before-name", 0.7)
        title = title[1:]
    reader.add(holder, "jobTitle", singular_title(title) if plural else text_of(title), title + [p], "title-before-name", 0.75)
    if i >= 1 and reader.doc[i].lower_ in ("and", "&") and (reader.doc[i - 1].pos_ == "NOUN" or is_title_head(reader.doc[i - 1])) \
            and reader.kind(reader.doc[i - 1]) is None:  # (and "Deputy Prime Minister and Foreign Minister X")
        first = reader.doc[i - 1]  # "chairman and chief executive Gene Kahn", "director and co-star Clint Eastwood"
        words = [t for t in first.subtree if t.i <= first.i and t.dep_ in ("compound", "amod") and reader.kind(t) is None
                 or t.i == first.i]  # (not "SU | Rector and Vice-Chancellor X": the body whose post it is)
        if first.lemma_.lower() not in NOT_TITLES:
            reader.add(holder, "jobTitle", text_of(words), words + [p], "title-before-name", 0.7)
        title = title + [first]  # (its owner is the body: "LKI's | President and CEO X")
        i = words[0].i - 1
    # the organisation just before the title: "Federal Reserve chairman", "Sony's chief executive"
    body = reader.mention(reader.doc[i]) if i >= 0 else None
    last = body.root if body is not None else reader.doc[i] if i >= 0 else None  # ("X Chamber of | Commerce": its root)
    before = reader.doc[i] if last is not None and (last.head.i in range(i + 1, mention.end) or last.head in title) else None
    if reader.closes_short_name(i):
        before = reader.doc[i - 3]  # "the Y Studies Center (YSC) | Director X": the body's short name between
    if before is not None and reader.kind(before) in ("Organization", "Place"):  # "England coach Andy Robinson": a side
        reader.add(holder, "affiliation", reader.cid(before), [before, p], "title-before-name", 0.75)
    for t in title:
        for c in t.children:
            body = possessor_body(reader, c) if c.dep_ == "poss" else None  # "the SNP's leader X", "its president X"
            if body is not None:
                reader.add(holder, "affiliation", reader.cid(body), [c, p], "title-before-name", 0.75)
    # "festival director Geoffrey Gilmore": the role is in the festival the article is about
    for t in title[:-1]:
        event = _event_before(reader, t) if t.pos_ == "NOUN" and t.lemma_.lower() in EVENT_NOUNS else None
        if event is not None:
            reader.add(event, "participant", holder, [t, p], "title-before-name", 0.6)


def _body_by_first_word(reader: Reader, t: Token) -> int | None:
    """The body a capitalised word before a title names by its first word ("Yale" of "Yale University"), if the
    report names it in full."""
    if not (t.pos_ == "PROPN" and t.is_title) or is_title_word(t) or reader.kind(t) is not None:
        return None
    return next((c.id for c in reader.clusters.values() for m in c.mentions if len(m) > 1 and m[0].text == t.text and (
        c.kind == "Organization" and m[-1].lower_ in _NAMED_BY_FIRST_WORD
        or c.kind == "Place" and len(m) == 2 and m[-1].lower_ in _PLACE_WORDS)), None)


#: Bodies called by the first word of their name alone: "Yale" for "Yale University" (not "Foreign" for "Foreign Ministry").
_NAMED_BY_FIRST_WORD = {"university", "college", "institute", "academy"}
#: Places so called: "Cebu Governor X", where the report names "Cebu Province".
_PLACE_WORDS = set(lexicon.REGION_WORDS) | {"city"}


def _posted_after_body(reader: Reader, i: int) -> list[Token]:
    """"Manila Chinatown Council (MCC) | liaison officer | Owen So": a title in small letters right after a body's
    name (or its bracketed short name) and right before a name, which the parser hung elsewhere. ``i`` is the title's
    last word."""
    doc, k = reader.doc, i
    while k >= 0 and i - k < 3 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ") and reader.kind(doc[k]) is None:
        k -= 1
    if k == i or not is_title_head(doc[i]) or k < 0 or not (doc[k].text == ")" or reader.kind(doc[k]) == "Organization"):
        return []
    return list(doc[k + 1 : i + 1])


def _event_before(reader: Reader, noun: Token) -> int | None:
    """The event named before ``noun`` with that head ("the festival" in "festival director"): the one
    the article names most, not a passing "last year's festival"; the first, if they tie."""
    counts: dict[int, list[int]] = {}
    for c in reader.clusters.values():
        for m in c.mentions if c.kind == "Event" else []:
            if m.start < noun.i and m.root.lemma_.lower() == noun.lemma_.lower():
                counts.setdefault(c.id, []).append(m.start)
    return max(counts, key=lambda cid: (len(reader.clusters[cid].mentions), -min(counts[cid]))) if counts else None
