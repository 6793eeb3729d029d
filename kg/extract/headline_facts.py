"""What a report's headline and the lines right under it say, for ``kg_relations``: the headline names the gathering
the report is about ("The 20th African Senior Diplomats Delegation Visits Beijing"), and lines of a date or of places
under it ("2 Oct 2018 to 4 Oct 2018", "Geneva, Switzerland") date and place the event it names (rules
``headline-date``, ``headline-place``, ``headline-at``)."""
from __future__ import annotations

from spacy.tokens import Span

from . import lexicon
from .dates import MONTHS as _MONTHS
from .dates import resolve_date
from .focus import report_gathering
from .paragraphs import lines
from .reader import Reader


def headline_date(reader: Reader) -> None:
    """"8th meeting of the Brussels Dialogue looks at X | Brussels, 23 January 2019": a line right under the headline
    that holds only a date (and a place or a weekday) dates the event the headline names, or, if it names none, the
    first one the next line names ("Monday 20 March 2023 | Digital panel discussion with ...") (rule ``headline-date``)."""
    doc, line = reader.doc, reader.doc._.kg_headline
    if line is None:
        return
    after = [(a, b) for a, b in lines(doc) if a >= line.end][:2]
    if not after:
        return
    date = _line_date(doc[after[0][0] : after[0][1]])
    if date is None:
        return
    event = _headline_event(reader, line)
    if event is None and len(after) > 1:
        event = next((reader.cid(m.root) for t in doc[after[1][0] : after[1][1]] for m in reader.mentions_over(t.i)
                      if reader.kind(m.root) == "Event"), None)
    value = resolve_date(date.text, doc._.kg_published, "past")
    # (a year alone, from the event's name, says less: "WTO Public Forum 2018 | 2 Oct 2018 to 4 Oct 2018")
    if event is not None and value and not any(f.subject == event and f.relation == "date"
                                               and not (len(f.object) == 4 and value.startswith(f.object)) for f in reader.facts):
        reader.add(event, "date", value, [date.root], "headline-date", 0.5)


def headline_place(reader: Reader) -> None:
    """"WTO Public Forum 2018 | 2 Oct 2018 to 4 Oct 2018 | Geneva, Switzerland": in an event's header, a line of
    places only, after its date line, places the event the headline names, in the first place; a venue's line
    ending in its city, "Auditorium X, Geneva", in the city (rule ``headline-place``)."""
    doc, line = reader.doc, reader.doc._.kg_headline
    event = _headline_event(reader, line) if line is not None else None
    if event is None or any(f.subject == event and f.relation == "location" for f in reader.facts):
        return
    dated = False
    for a, b in [(a, b) for a, b in lines(doc) if a >= line.end][:4]:
        words = doc[a:b]
        if _line_date(words) is not None:
            dated = True
        elif dated and all(t.is_punct or reader.kind(t) == "Place" for t in words) and reader.kind(words[0]) == "Place":
            reader.add(event, "location", reader.cid(words[0]), [words[0]], "headline-place", 0.5)
            return
        elif dated and _last_piece_a_place(reader, words):  # "Auditorium Jacques - Freymond, Geneva": the venue's city
            reader.add(event, "location", reader.cid(words[-1]), [words[-1]], "headline-place", 0.5)
            return


def headline_at(reader: Reader) -> None:
    """"Nordvik Forum 2024 Opens at the University of Bergen": a title-case headline that names an event, then up to
    three words of what it did, then 'at' or 'in' a place or a body, places the event there (rule ``headline-at``;
    a headline is rarely parsed well enough for the grammar's rules)."""
    doc, line = reader.doc, reader.doc._.kg_headline
    event = _headline_event(reader, line) if line is not None else None
    if event is None or any(f.subject == event and f.relation == "location" for f in reader.facts):
        return
    end = max(m.end for t in line for m in reader.mentions_over(t.i) if reader.cid(m.root) == event)
    prep = next((t for t in doc[end : min(end + 4, line.end)] if t.lower_ in ("at", "in")), None)
    if prep is None or prep.i == end or not all((t.is_title or t.like_num) and reader.kind(t) is None for t in doc[end : prep.i]):
        return
    where = doc[prep.i + 1 + (doc[prep.i + 1].lower_ == "the")] if prep.i + 2 < line.end else None
    if where is not None and reader.kind(where) in ("Place", "Organization"):
        reader.add(event, "location", reader.cid(where), [prep, where], "headline-at", 0.5)


def _last_piece_a_place(reader: Reader, words: Span) -> bool:
    """Whether a short line ends in a comma and one city or country: "Auditorium X, Geneva" (not a sentence, nor a
    street: "Nordic House, Main Street 4")."""
    comma = max((t.i for t in words if t.text == ","), default=None)
    last = words.doc[comma + 1 : words.end] if comma is not None else None
    return last is not None and len(words) <= 10 and len(last) > 0 and not any(t.pos_ in ("VERB", "AUX") for t in words) \
        and all(reader.kind(t) == "Place" and reader.cid(t) == reader.cid(last[0]) and t.ent_type_ == "GPE" for t in last)


def _line_date(words: Span) -> Span | None:
    """The one date of a line that holds only a date (and a place or a weekday): "Brussels, 23 January 2019"."""
    dates = [e for e in words.ents if e.label_ == "DATE" and any(t.lower_ in _MONTHS for t in e)]
    return dates[0] if len(dates) == 1 and all(t.is_punct or t.ent_type_ in ("DATE", "GPE", "LOC") or t.like_num
                                               for t in words) else None


def _headline_event(reader: Reader, line: Span) -> int | None:
    """The event the headline names; the outermost, if one holds another ("8th meeting of the Brussels Dialogue")."""
    named = [m for t in line for m in reader.mentions_over(t.i) if reader.kind(m.root) == "Event"]
    outer = max(named, key=len, default=None)
    return reader.cid(outer.root) if outer is not None else None


_HEADLINE_VERBS = set(lexicon.FRAME_VERBS) | set(lexicon.MEETING_VERBS) | {"sign", "hold", "invite"}


def headline_title(reader: Reader) -> tuple[int, str] | None:
    """"The 20th African Senior Diplomats Delegation Visits Beijing and Zhejiang": a report's headline that names
    the gathering it reports, or tells it by a verb of meeting, is a name of that gathering too (unless it names
    another event). The gathering and the headline, if so."""
    gathering, line = report_gathering(reader), reader.doc._.kg_headline
    if gathering is None or line is None:
        return None
    title = line.text
    events = {reader.cid(t) for t in line if reader.kind(t) == "Event"}
    told = any(t.lemma_.lower() in _HEADLINE_VERBS or t.lower_.rstrip("s") in _HEADLINE_VERBS for t in line
               if t.pos_ in ("VERB", "NOUN", "PROPN"))  # ("Visits", title-cased, may be read as a name)
    if events - {gathering} or not (gathering in events or told):
        return None
    return gathering, title.rstrip(".")
