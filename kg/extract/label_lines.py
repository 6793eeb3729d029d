"""Label lines for ``kg_relations``: an event page's "Venue: Nordic Hotel, Oslo" and "Date: 6-7 August 2007".

Event pages of think tanks and universities set out where and when in lines
that are a label and a value, not sentences. Such a line in a report says
where or when the gathering the report is about took place (rules
``venue-line`` and ``date-line``).
"""
from __future__ import annotations

from .dates import resolve_date
from .focus import first_gathering, report_gathering
from .reader import Reader

#: Labels of the lines that say where, and when.
PLACE_LABELS = {"venue", "location", "place", "where"}
DATE_LABELS = {"date", "dates", "when"}


def labelled_lines(reader: Reader) -> None:
    """"Venue: X" and "Date: Y" lines: the place and the day of the report's gathering."""
    doc = reader.doc
    starts = [t for t in doc if t.lower_ in PLACE_LABELS | DATE_LABELS and t.is_title and t.i + 1 < len(doc)
              and doc[t.i + 1].text == ":" and (t.i == 0 or "\n" in doc[t.i - 1].text_with_ws or doc[t.i - 1].is_space)]
    if not starts:
        return
    gathering = report_gathering(reader) or first_gathering(reader)
    if gathering is None:
        return
    for label in starts:
        end = next((t.i for t in doc[label.i + 2 :] if "\n" in t.text_with_ws or t.is_space), len(doc))
        line = doc[label.i + 2 : end + 1]
        if label.lower_ in PLACE_LABELS:
            for t in line:
                if reader.kind(t) in ("Place", "Organization") and reader.mention(t) is not None and reader.mention(t).root.i == t.i:
                    reader.add(gathering, "location", reader.cid(t), [label, t], "venue-line", 0.6)
        else:
            day = next((e for e in doc.ents if e.label_ == "DATE" and line.start <= e.start < line.end), None)
            value = resolve_date(day.text, doc._.kg_published, "past") if day is not None else None
            if value:
                reader.add(gathering, "date", value, [label, day.root], "date-line", 0.6)
