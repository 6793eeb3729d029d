"""Where an event was, for ``kg_relations``, beyond the clause that says so: along a venue's chain of bodies and
cities (rule ``venue-of``)."""
from __future__ import annotations

from . import lexicon
from .reader import Reader


def venue_hosts(reader: Reader) -> None:
    """"held at the Yingjie Conference Center of Peking University": an event at a venue of a body is at
    that body too, and at a venue or a body in a city in the city, along the whole chain ("in the Aurora Hall of the
    Fjord Conference Center at Nord University in Bodø") (rule ``venue-of``)."""
    doc = reader.doc
    todo = [(f.subject, f.object) for f in reader.facts if f.relation == "location" and isinstance(f.object, int)
            and reader.clusters[f.subject].kind == "Event"]
    seen = set(todo)
    while todo:
        event, where = todo.pop()
        venue = reader.clusters[where].kind == "Place" or _a_venue(reader, where)
        for m in reader.clusters[where].mentions:
            k = m.end + (m.end < len(doc) and doc[m.end].lower_ in ("of", "at", "in"))
            k += k < len(doc) and doc[k].lower_ == "the"
            # (a body's venue, "the Conference Center of X"; a venue's or a body's city, "the Lotte Hotel in Busan")
            if m.end < k < len(doc) and (reader.kind(doc[k]) == "Organization" and doc[m.end].lower_ != "in" and venue
                                         or reader.kind(doc[k]) == "Place" and doc[m.end].lower_ == "in"):
                there = reader.cid(doc[k])
                reader.add(event, "location", there, [m.root, doc[k]], "venue-of", 0.6)
                if (event, there) not in seen:
                    seen.add((event, there))
                    todo.append((event, there))


def _a_venue(reader: Reader, cid: int) -> bool:
    """A hall, a hotel, a conference centre: a place with a name of its own."""
    return any(t.lower_ in _VENUE_WORDS for m in reader.clusters[cid].mentions for t in m)


_VENUE_WORDS = set(lexicon.VENUE_NOUNS) | {"center", "centre", "campus"}

