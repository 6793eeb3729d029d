"""A list of people's titles and bodies, for ``kg_relations`` (rule name ``roster``).

``kg_rosters`` found the items ("- Ana SILVA, Ministry of Foreign Affairs (Portugal),
Deputy Director for Oceans") and made their names people and their bodies
mentions. Each part after the name is a body the person belongs to, or a title,
which runs to the part's end ("Deputy to the Ambassador for Digital Affairs")
unless a body follows 'of', 'at' or 'in' ("Head of | the Research Team"). A
capitalised part after a title with no body word in it is the post's field, no
body ("Senior Director, Responsible AI Policy"): ``rosters.item_parts`` tells which part is which.

Where the parse already read an item as an apposition, its facts stand: this rule
only fills in what a person has none of.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .mentions import HONORIFICS
from .reader import Reader
from .rosters import item_parts
from .title_phrases import singular_title, text_of
from .title_words import is_plural_title, is_title_word


def roster_facts(reader: Reader) -> None:
    doc = reader.doc
    for item in doc._.kg_rosters or []:
        pid = reader.cid(doc[item.name[1] - 1])
        if pid is None or reader.kind(doc[item.name[1] - 1]) != "Person":
            continue
        had = {f.relation for f in reader.facts if f.subject == pid}
        titles, bodies = [], []
        for kind, a, end in item_parts(doc, item):
            if kind == "body":
                body = _body_in(reader, a, end)
                if body is not None:
                    bodies.append(body)
            elif kind == "title":
                held = ((k, _body_in(reader, k + 1, end)) for k in range(a + 1, end) if doc[k].lower_ in ("of", "at", "in"))
                join, body = next(((k, b) for k, b in held if b is not None), (end, None))
                titles.append(doc[a:join])
                if body is not None:
                    bodies.append(body)
        if "jobTitle" not in had:
            for title in titles:
                words = [t for t in title if not (t.is_punct and t.i in (title.start, title.end - 1))]
                reader.add(pid, "jobTitle", text_of(words), words, "roster", 0.7)
        if "affiliation" not in had:
            for body in bodies:
                reader.add(pid, "affiliation", reader.cid(body.root), list(body), "roster", 0.7)


def paired_people(reader: Reader) -> None:
    """"Prof. A, Nordvik University, and Prof. B, the University of Gothenburg, gave addresses": a list in running
    text whose items are each a name and a body after its comma gives each person the body after the name (rule
    ``paired``). Two such items at least, one after the other: "A, Nordvik University and Eastbay University"
    lists three."""
    doc = reader.doc
    runs = []
    for sent in doc.sents:
        pairs, last = [], None
        runs.append(pairs)
        for m in sorted({m for i in range(sent.start, sent.end) for m in reader.mentions_over(i)}, key=lambda m: m.start):
            if reader.kind(m.root) != "Person" or m.end + 2 >= sent.end or doc[m.end].text != ",":
                continue
            a = m.end + 1 + (doc[m.end + 1].lower_ == "the")
            body = max((b for b in reader.mentions_over(a) if b.start == a and reader.kind(b.root) == "Organization"),
                       key=len, default=None)
            after = body.end if body is not None else None
            if body is None or after >= sent.end or doc[after].lower_ in ("of", "'s", "’s", "("):
                continue
            between = doc[last:m.start] if last is not None else None
            if between is not None and not all(_joins_items(t) for t in between):
                pairs = []  # the list was broken off, or is no list of pairs: "A, X University, Y University, and B, Z"
                runs.append(pairs)
            pairs.append((m, body))
            last = after
    for person, body in (pair for run in runs if len(run) >= 2 for pair in run):
        reader.add(reader.cid(person.root), "affiliation", reader.cid(body.root), [*person, *body], "paired", 0.7)


def bracketed_heads(reader: Reader) -> None:
    """"The East Asia Institute (EAI, President Yul Sohn) and Genron NPO (President Yasushi Kudo)": a title and a
    name in brackets after a body's name hold that post in it (rule ``bracketed-head``)."""
    doc = reader.doc
    for t in doc:
        if t.text != "(" or t.i == 0 or reader.kind(doc[t.i - 1]) != "Organization":
            continue
        close = next((k for k in range(t.i + 1, min(len(doc), t.i + 12)) if doc[k].text in (")", "(")), None)
        if close is None or doc[close].text != ")" or reader.kind(doc[close - 1]) != "Person":
            continue
        person = reader.mention(doc[close - 1])
        k = t.i + 1
        if reader.kind(doc[k]) == "Organization" and reader.cid(doc[k]) == reader.cid(doc[t.i - 1]):
            k = reader.mention(doc[k]).end + (doc[reader.mention(doc[k]).end].text == ",")  # "(EAI, | President ..."
        if person is not None and k < person.start and all(is_title_word(w) for w in doc[k : person.start]):
            reader.add(reader.cid(person.root), "affiliation", reader.cid(doc[t.i - 1]), [doc[t.i - 1], *person],
                       "bracketed-head", 0.7)


def plural_title_lists(reader: Reader) -> None:
    """"Nordvik University President A and Vice Presidents B and C": a plural title right before a list of names is
    each one's in the singular, and the body before the first item's title is theirs too (rule ``plural-title``),
    however the parser hung the list."""
    doc = reader.doc
    for t in doc:
        if not (t.is_title and is_plural_title(t)) or t.i + 1 >= len(doc) \
                or reader.kind(doc[t.i + 1]) != "Person" or reader.kind(t) not in (None, "Event"):
            continue
        start = t.i
        while start > 0 and is_title_word(doc[start - 1]) and reader.kind(doc[start - 1]) in (None, "Event"):
            start -= 1
        title = doc[start : t.i + 1]
        people, k = [], t.i + 1
        while k < len(doc) and reader.kind(doc[k]) == "Person" and reader.mention(doc[k]) is not None:
            people.append(reader.mention(doc[k]))
            k = people[-1].end
            if k + 1 < len(doc) and doc[k].lower_ in ("and", ",") and reader.kind(doc[k + 1]) == "Person":
                k += 1
        if len(people) < 2:
            continue
        body = _body_of_item_before(reader, start)
        for person in people:
            pid = reader.cid(person.root)
            reader.add(pid, "jobTitle", text_of(list(title[:-1])) + (" " if len(title) > 1 else "") + t.text[:-1],
                       [*title, *person], "plural-title", 0.7)
            if body is not None:
                reader.add(pid, "affiliation", body, [t, *person], "plural-title", 0.6)


def _body_of_item_before(reader: Reader, start: int) -> int | None:
    """The body in "X University President A | and ...": the first item's, written before its title."""
    doc = reader.doc
    if start < 2 or doc[start - 1].lower_ != "and" or reader.kind(doc[start - 2]) != "Person":
        return None
    k = reader.mention(doc[start - 2]).start - 1
    while k >= 0 and is_title_word(doc[k]) and reader.kind(doc[k]) in (None, "Event"):
        k -= 1
    return reader.cid(doc[k]) if k >= 0 and k < reader.mention(doc[start - 2]).start - 1 and reader.kind(doc[k]) == "Organization" else None


def _joins_items(t: Token) -> bool:
    return t.is_punct or t.lower_ in ("and", "&", "the") or t.lower_.rstrip(".") in HONORIFICS


def _body_in(reader: Reader, a: int, b: int) -> Span | None:
    """The organisation named by the words ``a``..``b`` ("The Datasphere Initiative", with or without its 'the'),
    if the mentions hold one."""
    a += reader.doc[a].lower_ == "the"
    found = [m for k in range(a, b) for m in reader.mentions_over(k)
             if m.start >= a - 1 and m.end <= b and reader.kind(m.root) == "Organization"]
    return max(found, key=len) if found and max(found, key=len).start <= a else None


def respective_posts(reader: Reader) -> None:
    """"the chairs of A and B, X and Y", "the presidents of A, B and C, respectively X, Y and Z": a plural title of
    several bodies, then as many names, is each name's at the body in the same place (rule ``respective-posts``),
    however the parser hung the lists."""
    doc = reader.doc
    for t in doc:
        if t.tag_ not in ("NNS", "NNPS") or reader.kind(t) is not None or not is_plural_title(t) \
                or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "of":
            continue
        bodies, k = _names_from(reader, t.i + 2, ("Organization", "Place"))
        if len(bodies) < 2 or k + 1 >= len(doc) or doc[k].text != ",":
            continue
        people, _ = _names_from(reader, k + 1 + (doc[k + 1].lower_ == "respectively"), ("Person",))
        if len(people) != len(bodies):
            continue
        start = t.i
        while start > 0 and is_title_word(doc[start - 1]) and reader.kind(doc[start - 1]) is None:
            start -= 1
        title = singular_title(list(doc[start : t.i + 1]))
        for body, person in zip(bodies, people):
            reader.add(reader.cid(person.root), "jobTitle", title, [t, *person], "respective-posts", 0.65)
            reader.add(reader.cid(person.root), "affiliation", reader.cid(body.root), [t, body.root, *person],
                       "respective-posts", 0.65)


def _names_from(reader: Reader, k: int, kinds: tuple[str, ...]) -> tuple[list[Span], int]:
    """The names of ``kinds`` one after another from token ``k``, parted by commas, 'and' or 'the'; and where they end."""
    doc, out = reader.doc, []
    while k < len(doc):
        m = reader.mention(doc[k]) if reader.kind(doc[k]) in kinds else None
        if m is not None and m.start == k:
            out.append(m)
            k = m.end
        elif doc[k].lower_ in ("the", "and") or doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in ("and", "the") \
                or doc[k].text == "," and k + 1 < len(doc) and reader.kind(doc[k + 1]) in kinds:
            k += 1
        else:
            break
    return out, k
