"""Items of a list that give the title first and the name after a comma, for ``kg_relations``' title chains:
"...; the American Center Director, Grace Lamon; the Registrar, Professor X", "Registrar (WU), Dr Y"."""
from __future__ import annotations

from spacy.tokens import Span, Token

from .mentions import ADDRESS_WORDS, HONORIFICS, ends_honorific
from .reader import Reader
from .title_words import is_plural_title, is_title_head, is_title_word


def apposed_before(reader: Reader, person: Span) -> list[Token | Span]:
    """"...; the American Center Director, Grace Lamon; the Registrar, Professor X": a list item that gives the
    title (and the body) first, then the name after a comma."""
    doc, i = person.doc, person.start - 1
    while i > 0 and (doc[i].lower_.rstrip(".") in HONORIFICS or doc[i].lower_ in ("professor", "prof", "ambassador")
                     or doc[i].text in ("'", "’", ".") and doc[i - 1].lower_.rstrip(".") in HONORIFICS
                     or doc[i].text == ")" and doc[i - 1].lower_.rstrip(".") in HONORIFICS
                     or doc[i].text == "(" and doc[i + 1].lower_.rstrip(".") in HONORIFICS
                     or doc[i].lower_ in ADDRESS_WORDS or doc[i].lower_ in ("her", "his") and doc[i + 1].lower_ in ADDRESS_WORDS
                     or ends_honorific(doc[i]) or doc[i].lower_ == "the" and ends_honorific(doc[i + 1])):
        i -= 1  # "the Registrar, Professor | X", "Professor Dato' Dr. | X", "Secretary of UI, dr | . | X", "Professor (Mrs.) X",
        # "the Ambassador of X, Her Excellency | Y", "X Secretary General, The Rt Hon | Y"
    if i > 1 and doc[i].lower_ == "and" and reader.kind(doc[i - 1]) == "Person" and reader.mention(doc[i - 1]) is not None:
        shared = apposed_before(reader, reader.mention(doc[i - 1]))  # "the Deputy Vice-Chancellors, Dr A and | Professor B"
        plural = any(isinstance(u, Token) and is_plural_title(u) for u in shared)
        return shared if plural else []
    if i < 2 or doc[i].text != ",":
        return []
    units: list[Token | Span] = []
    i -= 2 if doc[i - 1].text in ("”", '"') and reader.kind(doc[i - 2]) == "Organization" else 1  # ('of “Y University”, X')
    opening = next((k for k in range(i - 1, max(i - 6, 0), -1) if doc[k].text == "("), None) if doc[i].text == ")" else None
    if opening is not None:
        i, inner = opening - 1, reader.mention(doc[opening + 1])  # "the Vice-Chancellor of X (USM), Professor Y"
        if inner is not None and reader.kind(inner.root) == "Organization" and reader.kind(doc[i]) != "Organization":
            units.append(inner)  # "Registrar (WU), Dr X": the body only by its short name
    while i >= person.sent.start:
        t = doc[i]
        # (not an event whose name runs over the title: "a courtesy call on the Vice-Chancellor of X, | Professor Y")
        m = longest(reader, t, lambda x: x.end == i + 1 and reader.kind(x.root) != "Event")
        if m is not None and reader.kind(t) == "Organization" and not units[:0]:
            units.insert(0, m)
            i = m.start - 1 - (doc[m.start - 1].text in ("“", '"'))
            continue
        if m is not None and reader.kind(t) == "Place" and not units and m.start > 0 and reader.kind(doc[m.start - 1]) == "Organization":
            i = m.start - 1  # "Vice-Chancellor of Eastbay University | Ghana, Prof. X": the body's country
            continue
        if m is not None and reader.kind(t) == "Place" and m.start > 1 and doc[m.start - 1].lower_ in ("of", "to"):
            units.insert(0, m)  # "Ambassador of Brazil to | Slovakia, Luis Balduino": the places a post is of or to
            i = m.start - 1
            continue
        if t.text == "," and len(units) == 1 and isinstance(units[0], Span) and i > 0 and is_title_head(doc[i - 1]):
            i -= 1  # "the Registrar, | Northfield University, Dr X": the title, then the body it is held in
            continue
        if t.lower_ == "the" and units and isinstance(units[0], Span) and i > 0 and doc[i - 1].lower_ in ("of", "at"):
            i -= 1  # "chair of | the | Senate Committee, X"
            continue
        if t.lower_ == "and" and i > 0 and reader.kind(doc[i - 1]) in ("Person", "Organization"):
            before = reader.mention(doc[i - 1])
            if before is not None and before.start > 0 and doc[before.start - 1].lower_ in ("of", "at", "the"):
                return []  # "Professor of Middle Eastern Studies | and Director of X, Y": the titles of the one before
            break  # "by Vikas Rao | and Executive Vice President of X, Professor Y": a list's next item
        if is_title_word(t) or t.text == "-" or t.lower_ in ("for", "of", "and", "to") and units \
                or t.is_title and reader.kind(t) is None and t.lower_ not in ("the", "a", "an") and t.tag_ != "PRP$":
            # ("the Public Diplomacy | Officer"; not "Our | Chairperson", capitalised at the sentence's start)
            units.insert(0, t)
            i -= 1
            continue
        break
    start = doc[i] if i >= person.sent.start else None
    owner = reader.mention(doc[i - 1]) if start is not None and start.tag_ == "POS" and units and i > 0 else None
    if owner is not None and reader.kind(owner.root) in ("Organization", "Place"):  # "Ghana’s | President, H.E. X"
        units += [owner] if reader.kind(owner.root) == "Organization" else []
        start = doc[owner.start - 1] if owner.start > person.sent.start else None
    item_start = owner is not None and start is not None and reader.kind(start) != "Person" \
        or start is None or start.lower_ in ("the", "a", "an", "and", "by", "its", "their", "our") or start.text in (";", ":") \
        or start.is_sent_start \
        or start.lemma_ in ("include", "comprise") \
        or start.text == "," and bool(units) and isinstance(units[0], Span) \
        and not (start.i > 0 and reader.kind(doc[start.i - 1]) == "Person" and not _titled_item(reader, doc[start.i - 1]))
    # ("On this occasion, | DU Registrar, X"; "..., Title of Y, A, | Title of Z, B": a list of titled items)
    # (not "Dr A, | SAC President, Dr B": an apposition of the name before)
    heads = [u for u in units if isinstance(u, Token) and is_title_head(u)]
    if not item_start or not heads:
        return []
    bodies = [u for u in units if isinstance(u, Span)]
    return [u for u in units if isinstance(u, Token)] + bodies  # title first, then the body it is held in


def _titled_item(reader: Reader, name: Token) -> bool:
    """Whether the name ``name`` ends is an item of a list that gives each title first ("Title of Y, A")."""
    mention = reader.mention(name)
    return mention is not None and mention.end == name.i + 1 and bool(apposed_before(reader, mention))


def longest(reader: Reader, t: Token, where) -> Span | None:
    """The longest mention over ``t`` that ``where`` accepts: "Board of the Nordic Council", not "Nordic Council"."""
    found = [m for m in reader.mentions_over(t.i) if where(m)]
    return max(found, key=len) if found else None
