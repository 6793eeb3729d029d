"""A plural title after a list of people is each one's: "A, B and C, faculty members of X, spoke",
"Prof. A and Prof. B, Vice Presidents of Y, Prof. C, ...". Read by the ``appos`` rule of ``roles``."""
from __future__ import annotations

from spacy.tokens import Token

from .mentions import HONORIFICS, PERSON_TITLES, apposed_after
from .reader import Reader
from .title_words import is_plural_title


def list_apposition(reader: Reader, p: Token) -> list[Token]:
    """"A, B, C and D, faculty members of the Institute, spoke": a plural apposition after a list of people
    is each one's, however the parser hung it."""
    joined = _joined_run(reader, p)
    if joined is not None:
        return [joined]
    first = p
    while first.dep_ == "conj" and reader.kind(first.head) == "Person":
        first = first.head
    items = [first, *first.conjuncts]
    for a in [c for c in first.children if c.dep_ == "appos" and reader.kind(c) == "Person"][:1]:
        items += [a, *a.conjuncts]  # "A, B and C, faculty members of X": the parser hangs B on A as an apposition
    # ("A and B, Co-Chairs of X": the parser hangs the parted "Co | - | Chairs" on A as conjuncts too)
    people = [t for t in items if reader.kind(t) == "Person"]
    if people and all(t.i > max(people, key=lambda x: x.i).i and (t.text == "-" or t.tag_ == "NNS") for t in items if t not in people):
        items = people
    if len(items) < 2 or any(reader.kind(t) != "Person" for t in items):
        return []
    last = reader.mention(max(items, key=lambda t: t.i))
    nouns = [c for t in items for c in t.children if c.dep_ == "appos"] + (apposed_after(last) if last is not None else [])
    return [n for n in dict.fromkeys(nouns) if (n.tag_ == "NNS" or is_plural_title(n))  # ("Co-Chairs", tagged NNP)
            and n.i > last.end - 1 and closes_list(n)]


def _joined_run(reader: Reader, p: Token) -> Token | None:
    """The plural title right after a run of names that "and" joins, the clause or the list going on after it:
    "Prof. A and Prof. B, Vice Presidents of Y, Prof. C, ... attended" (the run must be joined, for in
    "A, B, members of X, C" the members may be the next item)."""
    doc = reader.doc
    mention = reader.mention(p)
    if mention is None or mention.root.i != p.i:
        return None
    k, joined = mention.end, _joined_to_one_before(reader, mention)
    while k + 1 < len(doc) and doc[k].lower_ in (",", "and"):
        joined = joined or doc[k].lower_ == "and"
        k += 1 + (doc[k].text == "," and doc[k + 1].lower_ == "and")
        while k < len(doc) and doc[k].lower_.rstrip(".") in HONORIFICS:
            k += 1
        nxt = reader.mention(doc[k]) if k < len(doc) else None
        if nxt is None or nxt.start != k or reader.kind(nxt.root) != "Person":
            break
        k = nxt.end
    else:
        return None
    if not joined or doc[k - 1].text != ",":
        return None
    title = doc[k:min(len(doc), k + 4)]
    head = next((t for t in title if t.tag_ == "NNS" or is_plural_title(t)), None)
    if head is None or reader.kind(head) is not None or not all(t.head.i == head.i for t in title if t.i < head.i) \
            or not (is_plural_title(head) or head.lemma_.lower() in PERSON_TITLES):
        return None
    return head


def _joined_to_one_before(reader: Reader, mention) -> bool:
    """"A and | B": the name follows "and" and a person's name."""
    doc = reader.doc
    j = mention.start - 1
    while j >= 0 and doc[j].lower_.rstrip(".") in HONORIFICS:
        j -= 1
    if j < 1 or doc[j].lower_ != "and":
        return False
    j -= 1 + (doc[j - 1].text == ",")
    before = reader.mention(doc[j]) if j >= 0 else None
    return before is not None and before.end == j + 1 and reader.kind(before.root) == "Person"


def closes_list(noun: Token) -> bool:
    """The apposition ends the list, the clause going on after it ("..., faculty members of X, made speeches");
    not one more item of it ("..., members of the Y Center, former heads of state, ... were present")."""
    doc = noun.doc
    k = noun.right_edge.i + 1
    k += k < len(doc) and doc[k].text == ","
    return k < len(doc) and doc[k].pos_ in ("VERB", "AUX")
