"""What the facts read so far imply or rule out, for ``kg_relations``, once every rule has run.

A side that takes part in an event is not where it is; a year an event's day falls in
is no second date; a title one rule cut short
("Director") beside its full form from another ("Director for Asia and Oceania")
is the same post; who took part in a session took part in the forum it is part
of; and whoever the article says did not attend an event took no part in it.
"""
from __future__ import annotations

from .clusters import told_as
from .focus import is_edition
from .grammar import _subjects, negated
from .reader import Reader


#: Rules that read the place a report writes an event "at" or "in": a host's own campus may be where its forum is
#: ("The forum, co-hosted by X University, opened at X University").
_WRITTEN_AT = {"headline-at", "event-in"}


def settle(reader: Reader) -> None:
    """Drop and add what the facts of the whole article decide."""
    # a side that takes part is not where the event is: "the G7 meeting" is not in the G7
    sides = {(f.subject, f.object) for f in reader.facts if f.relation == "participant"}
    # (but the body a visit is paid to is both: "X visited Y University")
    visits = {c.id for c in reader.clusters.values()
              if any(m.root.lemma_.lower() == "visit" or m.root.pos_ == "VERB" and told_as(m.root) == "visit" for m in c.mentions)}
    reader.facts = [f for f in reader.facts if not (f.relation == "location" and (f.subject, f.object) in sides
                                                    and f.subject not in visits and f.rule not in _WRITTEN_AT)]
    reader.facts = _fullest_titles(reader.facts)
    reader.facts = _finest_dates(reader.facts)
    reader.facts = _written_places(reader.facts)
    _parallel_posts(reader)
    whole_takes_part(reader)
    reader.facts = _without_absentees(reader)


def _without_absentees(reader: Reader) -> list:
    """"X, who did not take part in the talks, said ...": whoever the article says did not attend an event
    took no part in it, whatever another rule read (in the events named, or any, where none is)."""
    absent: set[tuple[int | None, int]] = set()
    for verb in reader.doc:
        took_part = verb.lemma_ in ("attend", "participate", "join") or verb.lemma_ == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children)
        if not took_part or not negated(verb):
            continue
        events = [reader.cid(t) for t in verb.subtree if reader.kind(t) == "Event"] or [None]
        for s in _subjects(verb):
            if reader.kind(s) is None and s.dep_ == "appos" and reader.kind(s.head) == "Person":
                s = s.head  # "X, a trade analyst who did not take part": the analyst is X
            if reader.kind(s) in ("Person", "Organization"):
                absent |= {(e, reader.cid(s)) for e in events}
    return [f for f in reader.facts if not (f.relation == "participant" and (
        (f.subject, f.object) in absent or (None, f.object) in absent))]


def whole_takes_part(reader: Reader) -> None:
    """Who took part in a session took part in the forum it is a session of (rule ``part-of-whole``); who took part
    in one round of a series did not take part in the series ("the third round of the X Dialogue")."""
    wholes = {}
    for f in reader.facts:
        if f.relation == "superEvent" and isinstance(f.object, int) and not is_edition(reader.clusters[f.subject]):
            wholes.setdefault(f.subject, []).append(f.object)
    for f in list(reader.facts):
        if f.relation == "participant":
            for whole in wholes.get(f.subject, []):
                reader.add(whole, "participant", f.object, [reader.doc[f.first], reader.doc[f.last]], "part-of-whole", 0.5)


def _written_places(facts: list) -> list:
    """"the Europe-Asia Forum ... in Lisbon": a place the report writes an event in says where it was; the
    place in its name then says what it is about (a Berlin festival in Berlin keeps both: they are one)."""
    written = {f.subject for f in facts if f.relation == "location" and f.rule != "place-in-name"}
    return [f for f in facts if not (f.rule == "place-in-name" and f.subject in written)]


def _parallel_posts(reader: Reader) -> None:
    """"Prof. A, the president of X, and Prof. B, the vice-president, attended": a post with no body, written right
    after another person's same post of a body, is of that body too (rule ``parallel-post``)."""
    posts: dict[int, list] = {}
    for f in reader.facts:
        if f.relation in ("jobTitle", "affiliation") and f.rule == "appos":
            posts.setdefault(f.subject, []).append(f)
    told = sorted(((min(f.first for f in fs), pid, fs) for pid, fs in posts.items()), key=lambda x: x[0])
    for (_, a, of_a), (start, b, of_b) in zip(told, told[1:]):
        bodies = [f.object for f in of_a if f.relation == "affiliation"]
        heads_a, heads_b = _post_heads(of_a), _post_heads(of_b)
        near = reader.doc[start].sent == reader.doc[min(f.first for f in of_a)].sent
        if near and len(bodies) == 1 and heads_a & heads_b and not any(f.relation == "affiliation" for f in of_b):
            reader.add(b, "affiliation", bodies[0], [reader.doc[start]], "parallel-post", 0.5)


def _post_heads(facts: list) -> set[str]:
    """The last words of the posts among ``facts``: "president" of "vice-president" and of "the president"."""
    return {f.object.lower().split()[-1].split("-")[-1] for f in facts if f.relation == "jobTitle"}


def _finest_dates(facts: list) -> list:
    """"the 2021 forum" and "on October 25th": a year, or a month, that a finer date of the same event falls in
    says nothing more."""
    dates = {(f.subject, f.object) for f in facts if f.relation == "date"}
    return [f for f in facts if f.relation != "date" or not any(
        s == f.subject and len(d) > len(f.object) and d.startswith(f.object + "-") for s, d in dates)]


def _fullest_titles(facts: list) -> list:
    """"Director" beside "Director for Asia and Oceania" of one person is the same post cut short by one rule."""
    titles: dict[int, list[str]] = {}
    for f in facts:
        if f.relation == "jobTitle":
            titles.setdefault(f.subject, []).append(f.object.lower())
    return [f for f in facts if not (f.relation == "jobTitle" and any(
        t.startswith(f.object.lower() + " ") and t[len(f.object) + 1:].split(" ")[0] in ("of", "for", "in", "to")
        or t.startswith(f.object.lower() + " (")  # ("Secretary" beside "Secretary (East)": the post's field in brackets)
        or (t.startswith(f.object.lower() + ",") or t.startswith(f.object.lower() + " and "))
        and any(w in f.object.lower().split() for w in ("of", "for", "in"))
        for t in titles[f.subject]))]  # ("Minister for Environment" beside "Minister for Environment, Science and X";
    # "Director of International Affairs" beside "Director of International Affairs and Science Diplomacy")

