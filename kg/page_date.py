"""The date a news page prints in its opening lines, for an article that came without one.

Pages copied from university news offices and agencies often open with their
metadata: "Published: 27/04/2022", "Add Time: 2019-11-05 09:30:12", a line
that is only "05 May 2024". That is the day the report was published, and the
day "on 24 August" or "on Friday" is read against.
"""
from __future__ import annotations

import re
from datetime import date

__all__ = ["page_date"]

_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = r"(?P<month>" + "|".join(m[:3] + r"(?:" + m[3:] + r")?\.?" for m in _MONTHS) + r")"
#: Labels pages put before their date.
_LABEL = r"(?:(?:published|posted|date|dated|add time|release date|released|updated?|publication date|last updated?)(?: on)?\s*[:：]?\s*)?"
_FORMS = [
    re.compile(_LABEL + r"(?P<year>\d{4})-(?P<num>\d{1,2})-(?P<day>\d{1,2})\b", re.IGNORECASE),
    re.compile(_LABEL + r"(?P<day>\d{1,2})(?:st|nd|rd|th)? " + _MONTH + r",? (?P<year>\d{4})\s*$", re.IGNORECASE),
    re.compile(_LABEL + _MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?,? (?P<year>\d{4})\s*$", re.IGNORECASE),
    re.compile(_LABEL + r"(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{4})\s*$", re.IGNORECASE),
]
#: A labelled date anywhere in a line of the opening, and a dateline's date: "TROMSO, 4 May 2021 -".
_PUBLISHED_IN_LINE = re.compile(r"\b(?:published|posted)(?: on)?\s*[:：]?\s*(?:(?P<year>\d{4})-(?P<num>\d{1,2})-(?P<day>\d{1,2})\b|"
                                + _MONTH + r" (?P<day3>\d{1,2}),? (?P<year3>\d{4}))", re.IGNORECASE)
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]+, (?P<day>\d{1,2}) (?i:" + _MONTH + r"),? (?P<year>\d{4})\s*[-–—]")
#: How far into a page its metadata lines may be.
_OPENING_LINES = 8


def page_date(text: str) -> str | None:
    """The ISO date of the first opening line that is a date, or a labelled one, else None.

    >>> page_date("Eastbay University\\nPublished: 27/04/2022\\n\\nA delegation visited on 21 April.")
    '2022-04-27'
    >>> page_date("Visit\\nAdd Time: 2019-11-05 09:30:12   Views: 88\\nOn November 2nd, ...")
    '2019-11-05'
    >>> page_date("05 May 2024\\nJordan University ...")
    '2024-05-05'
    >>> page_date("Judges meet\\nTROMSO, 4 May 2021 - Fisheries law was the theme.")  # a dateline's date
    '2021-05-04'
    >>> page_date("Tue, March 8, 2016 Published on Mar. 8, 2016\\nText.")  # labelled, anywhere in a line
    '2016-03-08'
    >>> page_date("On 12 June 2024, a celebration was held.") is None  # a sentence, not a page's date
    True
    >>> page_date("Notice\\n05/06/2024\\n") is None  # May or June: not said
    True
    >>> page_date("Visit of X\\nRelease time:2023-03-24\\nOn March 23, ...")  # a stamp's date, however labelled
    '2023-03-24'
    >>> page_date("Forum\\nTue. 14 of February of 2023, 11:05h\\nThe minister ...")
    '2023-02-14'
    """
    lines = [line.strip() for line in text.splitlines()[:_OPENING_LINES + 12]]
    for line in lines[:_OPENING_LINES]:
        for form in _FORMS:
            m = form.match(line)
            if m is not None:
                return _iso(m)
    for line in lines:  # "Tue, March 8, 2016 Published on Mar. 8, 2016", "TROMSO, 4 May 2021 - ..."
        m = _PUBLISHED_IN_LINE.search(line) or _DATELINE.match(line)
        if m is not None:
            return _iso(m)
    for line in lines[:_OPENING_LINES]:  # "Release time:2023-03-24", "Source: X | 2023-10-24 10:09 | Author: Y"
        if _a_stamp(line):
            m = next((m for form in _IN_STAMP if (m := form.search(line)) is not None), None)
            if m is not None:
                return _iso(m)
    return None


#: A date inside a page's metadata line, however labelled: ISO, "9 August 2013", "14 of February of 2023", "22nd of
#: July, 2013", "January 29, 2021".
_IN_STAMP = [
    re.compile(r"(?<!\d)(?P<year>(?:19|20)\d\d)-(?P<num>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?(?: of)? " + _MONTH + r",?(?: of)? (?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b" + _MONTH + r" (?P<day>\d{1,2})(?:st|nd|rd|th)?, (?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
]


def _a_stamp(line: str) -> bool:
    """A line of a page's metadata, not a sentence of the report: short, and not ended as a sentence is (nor a
    weekday's date alone: "Monday, 2 Dec, 2024" atop a page is often the day it was read; with its hour, it is stamped)."""
    return 0 < len(line.split()) <= 14 and not line.endswith((".", "!", "?", "”", '"')) \
        and (not re.match(r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", line, re.IGNORECASE) or re.search(r"\d:\d\d", line))


def _iso(m: re.Match) -> str | None:
    groups = {k: v for k, v in m.groupdict().items() if v is not None}
    groups.setdefault("day", groups.get("day3"))
    groups.setdefault("year", groups.get("year3"))
    year = int(groups["year"])
    if groups.get("num"):
        month, day = int(groups["num"]), int(groups["day"])
    elif groups.get("month"):
        month, day = _MONTHS.index(next(n for n in _MONTHS if n.startswith(groups["month"].lower().rstrip(".")[:3]))) + 1, int(groups["day"])
    else:
        a, b = int(groups["a"]), int(groups["b"])
        if a <= 12 and b <= 12 and a != b:
            return None
        day, month = (a, b) if a > 12 or a == b else (b, a)
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
