"""Dates in text to ISO 8601, at the precision the text supports.

Absolute dates ("12 March 2025", "May 2005", "2006") need nothing else;
relative ones ("This May", "later in June", "on Sunday", "last week",
"yesterday") are resolved against the article's publication date and are
left out when there is none. ``tense`` says which way to look for a bare
month or weekday: "past" (held in June), "future" (will meet in June) or
"present".
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span

__all__ = ["resolve_date", "whole_dates"]

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")


def resolve_date(text: str, published: str | None = None, tense: str = "past") -> str | None:
    """ISO 8601 for a date phrase, or None when nothing anchors it.

    >>> resolve_date("12 March 2025")
    '2025-03-12'
    >>> resolve_date("This May", "2024-11-03")
    '2024-05'
    >>> resolve_date("Sunday", "2024-11-03", tense="present")
    '2024-11-03'
    >>> resolve_date("next year", None) is None
    True
    """
    words = re.findall(r"[a-z]+|\d+", text.lower())
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    year_match = YEAR.search(text)
    year = int(year_match.group(1)) if year_match else None
    day = _day(text, year_match, month)
    pub = _parse(published)

    if year is not None:
        if month is None:
            return f"{year:04d}"
        return f"{year:04d}-{month:02d}-{day:02d}" if day else f"{year:04d}-{month:02d}"
    if pub is None:
        return None
    if month is not None:
        y = pub.year
        if "last" in words:
            y -= 1 if month >= pub.month else 0
        elif "next" in words:
            y += 1 if month <= pub.month else 0
        elif tense == "past" and month > pub.month:
            y -= 1
        elif tense == "future" and month < pub.month:
            y += 1
        return f"{y:04d}-{month:02d}-{day:02d}" if day else f"{y:04d}-{month:02d}"
    return _relative(words, pub, tense)


#: Parts of the day of the report, which the tagger calls times.
_THIS_DAY = {"this morning", "this afternoon", "this evening"}


def _relative(words: list[str], pub: date, tense: str) -> str | None:
    if "today" in words or "tonight" in words or " ".join(words) in _THIS_DAY:
        return pub.isoformat()
    if "yesterday" in words:
        return (pub - timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return (pub + timedelta(days=1)).isoformat()
    step = -1 if "last" in words else 1 if "next" in words else 0
    if "year" in words:
        return f"{pub.year + step:04d}"
    if "month" in words:
        m = pub.month + step
        y = pub.year + (m - 1) // 12
        return f"{y:04d}-{(m - 1) % 12 + 1:02d}"
    if "week" in words:
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        sunday = monday + timedelta(days=6)
        # a week has a month only when it does not straddle two
        return f"{monday.year:04d}-{monday.month:02d}" if monday.month == sunday.month else None
    weekday = next((WEEKDAYS[w] for w in words if w in WEEKDAYS), None)
    if weekday is not None:
        delta = weekday - pub.weekday()
        if step < 0 or (step == 0 and tense == "past"):
            delta = delta - 7 if delta > 0 else delta
        elif step > 0 or tense == "future":
            delta = delta + 7 if delta < 0 else delta
        elif delta > 3:
            delta -= 7
        elif delta < -3:
            delta += 7
        return (pub + timedelta(days=delta)).isoformat()
    return None


def _day(text: str, year_match, month: int | None) -> int | None:
    if month is None:
        return None
    rest = YEAR.sub(" ", text) if year_match else text
    for m in DAY.finditer(rest):
        d = int(m.group(1))
        if 1 <= d <= 31:
            return d
    return None


def _parse(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


#: Words between the two ends of a range of days: "28-29 November", "22 to 24 October".
_RANGE_WORDS = {"-", "–", "—", "to", "until", "till", "through"}
_DAYS_JOINED = _RANGE_WORDS | {"and"}  # "9 and 10 March": two days of one gathering


def whole_dates(doc: Doc) -> list[Span]:
    """The entities of ``doc`` with a range of days the tagger cut in two made one date again: "28-29" and
    "November 2019", or "22" (a number) "-24" and "October 2020", are "28-29 November 2019", "22-24 October 2020";
    a day with its date in brackets is one: "Wednesday (05th October 2016)"; a day and a month the tagger left
    before a year are that year's: "2 Oct 2018"."""
    out: list[Span] = []
    for ent in doc.ents:
        start = ent.start
        of_month = _of_month(doc, ent)
        if of_month is not None:  # "the 6th of August 2007", the tagger's ordinal alone
            if out and out[-1].label_ == "ORDINAL" and all(t.lower_ in _RANGE_WORDS or t.lower_ == "the"
                                                           for t in doc[out[-1].end : ent.start]):
                start = out.pop().start  # "the 6th to the 7th of August 2007": the range from its first day
            out.append(Span(doc, start, of_month, label="DATE"))
            continue
        if ent.label_ in ("ORDINAL", "CARDINAL") and len(ent) == 1 and _a_day(ent[0]) and out and out[-1].label_ == "DATE" \
                and len(out[-1]) == 1 and out[-1][0].lower_ in MONTHS and ent.start - out[-1].end == 1 and doc[ent.start - 1].text == ",":
            out[-1] = Span(doc, out[-1].start, ent.end, label="DATE")  # "On September, 4th": the month, then its day
            continue
        if ent.label_ == "TIME" and ent.text.lower() in _THIS_DAY:
            out.append(Span(doc, ent.start, ent.end, label="DATE"))  # "signed this morning": the day of the report
            continue
        if ent.label_ == "DATE" and ent[0].lower_ in MONTHS:  # days written before their month
            while start > 0 and (_a_day(doc[start - 1]) or doc[start - 1].lower_ in _RANGE_WORDS and start > 1 and _a_day(doc[start - 2])):
                start -= 1
            while start < ent.start and not _a_day(doc[start]):
                start += 1
        if ent.label_ == "DATE" and len(ent) > 1 and _a_day(ent[0]) and ent[1].lower_.rstrip(".") in MONTHS and out \
                and out[-1].end == ent.start and _a_day(out[-1][0]) and all(_a_day(t) or t.lower_ in _DAYS_JOINED for t in out[-1]):
            start = out.pop().start  # "9 and | 10 March 2022": a range of days the tagger cut in two
        if ent.label_ == "DATE" and len(ent) == 1 and YEAR.fullmatch(ent.text) and start > 1 \
                and doc[start - 1].lower_.rstrip(".") in MONTHS and doc[start - 1].ent_type_ == "" and _a_day(doc[start - 2]):
            start -= 2  # "2 Oct | 2018": a day and a short month the tagger left before the year
        if ent.label_ == "DATE" and ent.end + 2 < len(doc) and doc[ent.end].text == "(":
            close = next((t.i for t in doc[ent.end + 1 : ent.end + 7] if t.text == ")"), None)
            if close is not None and any(t.lower_ in MONTHS for t in doc[ent.end + 1 : close]):
                out.append(Span(doc, ent.start, close + 1, label="DATE"))  # "Wednesday (05th October 2016)"
                continue
        if out and out[-1].label_ == "DATE" and out[-1].end > ent.start:
            continue  # (a number inside the brackets just taken)
        while out and out[-1].end > start and out[-1].label_ in ("CARDINAL", "ORDINAL"):
            out.pop()  # ("22", "8th": a number the tagger saw alone)
        start = max(start, out[-1].end) if out else start
        last = out[-1] if out else None
        if last is not None and last.label_ == ent.label_ == "DATE" and last.end <= start \
                and all(t.text.lower() in _RANGE_WORDS for t in doc[last.end : start]) \
                and (last.end < start or not last[-1].text[-1:].isalpha()):
            out[-1] = Span(doc, last.start, ent.end, label="DATE")
        else:
            out.append(Span(doc, start, ent.end, label=ent.label_) if start != ent.start else ent)
    out = [_with_last_day(d) if d.label_ == "DATE" else d for d in out]
    return sorted(out + _untagged_dates(doc, out), key=lambda e: e.start)


def _untagged_dates(doc: Doc, ents: list[Span]) -> list[Span]:
    """"5 Nov 2019": a day, a month and a year the tagger left untagged, as a header line writes them."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out = []
    for t in doc[: len(doc) - 2]:
        if t.text[:1].isdigit() and doc[t.i + 1].lower_.rstrip(".") in MONTHS and t.i not in taken and _a_day(t) \
                and YEAR.fullmatch(doc[t.i + 2].text) \
                and not taken & {t.i + 1, t.i + 2} and not (out and out[-1].end > t.i):
            out.append(_with_last_day(Span(doc, t.i, t.i + 3, label="DATE")))
    return out


def _with_last_day(date: Span) -> Span:
    """"2 Oct 2018 | to 4 Oct 2018": the range's last day, which the tagger left untagged, is part of the date."""
    doc, end = date.doc, date.end
    if end + 2 < len(doc) and doc[end].lower_ in _RANGE_WORDS and _a_day(doc[end + 1]) \
            and doc[end + 2].lower_.rstrip(".") in MONTHS and not any(t.ent_type_ for t in doc[end : end + 3]):
        end += 3
        end += end < len(doc) and bool(YEAR.fullmatch(doc[end].text)) and not doc[end].ent_type_
        return Span(doc, date.start, end, label="DATE")
    return date


def _of_month(doc: Doc, ent: Span) -> int | None:
    """Where "the 7th | of August 2007" ends, if the tagger left an ordinal day alone before its month."""
    k = ent.end
    day = re.fullmatch(r"([0-3]?\d)(?:st|nd|rd|th)", ent.text)
    if ent.label_ != "ORDINAL" or not day or not 1 <= int(day.group(1)) <= 31 \
            or k + 1 >= len(doc) or doc[k].lower_ != "of" or doc[k + 1].lower_ not in MONTHS:
        return None
    return k + 3 if k + 2 < len(doc) and YEAR.fullmatch(doc[k + 2].text) else k + 2


def _a_day(t) -> bool:
    day = re.fullmatch(r"([0-3]?\d)(?:st|nd|rd|th)?", t.text)  # "22", "8th"
    return day is not None and 1 <= int(day.group(1)) <= 31
