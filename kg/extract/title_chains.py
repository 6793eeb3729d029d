"""Title chains for ``kg_relations``: a person's titles and bodies, read as a list.

"X, Executive Director of the Security Studies Program at the Northfield School
and Senior Fellow of the Asia Centre, ..." and "Vice President of the National
Committee on Trade Y;" name a person's titles and bodies in long runs that the
small parser cannot tie together (capitalised titles read to it as names). This
rule reads the run token by token, with the mentions as units: each item is a
title followed by the bodies it is held in, joined by 'of', 'at', 'in' or a
comma; the first body of an item is part of the next ('the Program at the
School': the School is its parent). Rule names in the evidence: ``title-chain``
(after the name) and ``title-chain-before`` (before it, and in the items of ``titled_items``).
"""
from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from . import lexicon
from .mentions import courtesy_start, ends_honorific
from .people_spans import alumni_note
from .reader import Reader
from .titled_items import apposed_before, longest
from .title_phrases import AFFILIATION_PREPS as JOINS, ITEM_BREAKS, text_of, trim_title, word_before_title
from .title_words import is_title_head, is_title_word

MAX_CHAIN = 45  # tokens: a title chain is long, but not a paragraph


def title_chain(reader: Reader, person: Span) -> None:
    """The titles and bodies written after ``person`` and before it."""
    pid = reader.cid(person.root)
    doc = person.doc
    if pid is None or any(item.name == (person.start, person.end) for item in doc._.kg_rosters or []):
        return  # a list's item, read part by part by the roster rule
    # ("X, the director of Y" is an ordinary apposition, which the appos rule reads from the parse)
    after: list[Token | Span] = []
    if person.end + 1 < len(doc) and doc[person.end].text in (",", "(") and doc[person.end + 1].lower_ not in ("the", "a", "an") \
            and doc[person.end + 1].pos_ not in ("CCONJ", "ADP"):  # (", and with the Member of X Y": the next item's)
        after = _after(reader, person)
    elif person.end + 2 < len(doc) and doc[person.end].text in ("–", "—") and doc[person.end].whitespace_ \
            and any(is_title_head(t) for t in doc[person.end + 1 : person.end + 4]):
        after = _after(reader, person)  # "Ms. X – the Senator of Y": a dash apposes
    elif _alone_on_its_line(person) and is_title_word(doc[person.end + 1]):
        after = _after(reader, person)  # "Ingrid Dahl\nExecutive Director of X"
    elif person.end + 2 < len(doc) and doc[person.end].is_title and is_title_head(doc[person.end]) \
            and reader.kind(doc[person.end]) is None and doc[person.end + 1].lower_ in ("at", "of"):
        after = _after(reader, person, person.end)  # "...; Jeremy Paltiel Professor at Carleton University;": no comma
    # what the name before took as its own is not this one's: "A, Senior Adviser, CSIS and Professor, Eastbay
    # University, B, ..." (the professor is A)
    taken = doc.user_data.setdefault("kg_chain_taken", set())
    taken.update(_read_items(reader, pid, after, "title-chain"))
    if person.end + 2 < len(doc) and doc[person.end].text == "," and doc[person.end + 1].lower_ in ("the", "a", "an"):
        # "A, the vice dean, Prof. B": the apposition with its article is A's (the appos rule's), not B's title first
        close = next((k for k in range(person.end + 2, min(len(doc), person.end + 14)) if doc[k].text in (",", ";")), None)
        if close is not None and not any(t.is_title for t in doc[person.end + 2 : close]):
            taken.update(range(person.end + 1, close))  # (but "A, the Secretary of X, B" gives B's title first)
    # (a title written right before a name is that name's, whatever the name before took: "..., Ambassador X,
    # Ambassador Extraordinary and Plenipotentiary of Y | Z")
    _read_items(reader, pid, _before(reader, person), "title-chain-before")
    apposed = apposed_before(reader, person)
    if not any((u.i if isinstance(u, Token) else u.start) in taken for u in apposed):
        _read_items(reader, pid, apposed, "title-chain-before", whole_title=True)


def _after(reader: Reader, person: Span, start: int | None = None) -> list[Token | Span]:
    """Units (mentions as spans, other tokens as tokens) from the comma after the name (or ``start``) to where the
    chain stops."""
    doc, units, i = person.doc, [], person.end + 1 if start is None else start
    note = alumni_note(doc, i)  # "X, M.P.H. ’65, | former Prime Minister of Y"
    i = note + 1 if note > i and note < len(doc) and doc[note].text == "," else i
    sent_end = person.sent.end
    if _alone_on_its_line(person):  # "Ingrid Dahl\nExecutive Director of X": the chain is the next line
        sent_end = next((t.i for t in doc[i:] if t.is_space and "\n" in t.text or "\n" in t.whitespace_), len(doc))
        sent_end += not doc[sent_end].is_space if sent_end < len(doc) else 0
    end = min(sent_end, i + MAX_CHAIN)
    while i < end:
        t = doc[i]
        m = longest(reader, t, lambda x: x.start == i)
        if m is not None:
            if reader.kind(t) == "Person" and units and (isinstance(units[-1], Span) or is_title_word(units[-1])):
                return _without_last_item(units)  # "X, Chairman of Body Y", "X, Human Resource Manager Y": the last title is Y's
            if reader.kind(t) == "Person" and units and doc[i - 1].is_title and doc[i - 1].lower_ not in JOINS:
                return _before_last_item(units)  # "X, Ambassador of Fjordland Y": the item runs into Y's name, so it is Y's
            if reader.kind(t) in ("Person", "Event"):
                break  # the next person of a list, or what they did
            based = next((x.i for x in doc[m.end : m.end + 2] if x.lower_ == "based"), None)
            if based is not None:
                i = based + 1  # "director of the Oslo-based X": where X is, not a body the person is of
                continue
            units.append(m)
            i = m.end
            continue
        close = next((k for k in range(i + 1, min(end, i + 5)) if doc[k].text == ")"), None) if t.text == "(" else None
        if close is not None and units and isinstance(units[-1], Token) and is_title_word(units[-1]) \
                and all(len(reader.clusters[reader.cid(doc[k])].mentions) == 1  # (a body named once at most)
                        for k in range(i + 1, close) if reader.kind(doc[k]) in ("Organization", "Person")):
            units += list(doc[i : close + 1])  # "Secretary (ER), Ministry of X": the post's short field in brackets
            i = close + 1
            continue
        if t.text in (";", ")", "(", ":", '"', "“", "”") \
                or t.pos_ in ("VERB", "AUX") and not is_title_word(t) and not (t.tag_ in ("VBG", "VBN") and t.dep_ in ("amod", "compound")) \
                or t.is_space and "\n" in t.text:
            break
        units.append(t)
        i += 1
    while units and isinstance(units[-1], Token) and (units[-1].text in ITEM_BREAKS or units[-1].lower_ in JOINS
                                                      or units[-1].is_punct and units[-1].text != ")"):
        units.pop()  # (but "Pro-Vice-Chancellor (Educational Partnerships)" keeps the bracket it closes)
    return units


def _alone_on_its_line(person: Span) -> bool:
    doc = person.doc
    k = courtesy_start(doc, person.start)  # "Ms. | Ingrid Dahl\nPresident, X": a courtesy title opens the line
    starts = k == 0 or "\n" in doc[k - 1].text_with_ws or doc[k - 1].is_space
    return starts and person.end + 1 < len(doc) and doc[person.end].is_space and "\n" in doc[person.end].text


def _before_last_item(units: list[Token | Span]) -> list[Token | Span]:
    """The units before the last item, which starts with a title word after a comma or 'and' or at the start (none
    if it is the only one); all of them if the last item is no title ("the former Adviser to | PM Y")."""
    for k in range(len(units) - 1, -1, -1):
        u, nxt = (units[k - 1] if k else None), units[k]
        if (u is None or isinstance(u, Token) and u.lower_ in ITEM_BREAKS) and isinstance(nxt, Token):
            return units[: max(0, k - 1)] if is_title_word(nxt) else units
    return units


def _without_last_item(units: list[Token | Span]) -> list[Token | Span]:
    """The units up to the last break that starts a new item (a comma or 'and' before a title word)."""
    for k in range(len(units) - 1, 0, -1):
        u, nxt = units[k - 1], units[k]
        if isinstance(u, Token) and (u.text in ITEM_BREAKS or u.lower_ in ITEM_BREAKS) and isinstance(nxt, Token) \
                and is_title_word(nxt):
            return units[: k - 1]
    if isinstance(units[-1], Token):  # "head of the Office of Budget under | President Y": only the title is Y's
        while units and isinstance(units[-1], Token) and is_title_word(units[-1]):
            units = units[:-1]
        if units and isinstance(units[-1], Span):
            return []  # "X, Director of the Y Department | Associate Professor Z": "Title of Body Rank Name" is Z's
        return units
    return []


def _before(reader: Reader, person: Span) -> list[Token | Span]:
    """"Vice President of the National Committee Jan Berris": the units from the list's last break to the name."""
    doc, units, i = person.doc, [], person.start - 1
    while i > 0 and ends_honorific(doc[i]):
        i -= 1  # "Title at Body Dr | X": the courtesy title is the name's
    start = max(person.sent.start, i - MAX_CHAIN)
    while i >= start:
        t = doc[i]
        if reader.closes_short_name(i):
            i -= 3  # "President of Universities UK (UUK) | Dame X": the body's short name in brackets
            continue
        m = longest(reader, t, lambda x: x.end == i + 1)
        if m is None and reader.kind(t) == "Organization":
            m = doc[i : i + 1]  # "of the University": a head word coreference gave the body named before
        if m is not None:
            if reader.kind(t) in ("Person", "Event"):
                return []
            units.insert(0, m)
            i = m.start - 1
            continue
        # "Minister of | Science and Higher Education | of X": a field, read only until the title is reached
        field = units and (t.is_title and reader.kind(t) is None or t.lower_ == "and" and isinstance(units[0], Token)) \
            and not any(isinstance(u, Token) and is_title_word(u) for u in units)
        paired = t.lower_ in ("and", "&") and units and isinstance(units[0], Token) and is_title_word(units[0]) \
            and i > 0 and is_title_word(doc[i - 1])  # "Ambassador Extraordinary | and | Plenipotentiary of X"
        portfolio = units and isinstance(units[0], Token) and is_title_head(units[0]) \
            and word_before_title(t, reader.config.words)  # "Education | Minister of X Y"
        if not (is_title_word(t) or t.lower_ in JOINS or t.lower_ == "the" or t.text == "-" or field or paired or portfolio) \
                or t.lower_ in JOINS and units and isinstance(units[0], Token) and is_title_word(units[0]) \
                and not (t.lower_ in ("of", "for") and i > 0 and doc[i - 1].is_title and is_title_head(doc[i - 1])):
            break  # "by | Brookings Institution President ...", "talks with | Vice-Rector of X Y": the title starts after
        units.insert(0, t)
        i -= 1
    if len(units) > 1 and isinstance(units[0], Span) and all(isinstance(u, Token) and is_title_word(u) for u in units[1:]):
        return units[1:] + units[:1]  # "University of Palermo Rector Prof | Fabrizio Micari": the body before the title
    while units and not (isinstance(units[0], Token) and (is_title_word(units[0]) or len(units) > 1 and isinstance(units[1], Token)
                                                          and is_title_head(units[1]) and word_before_title(units[0], reader.config.words))):
        units.pop(0)
    # "Director of the X Department Associate Professor | Li Hu": the rank right before the name is the
    # title-before-name rule's; the item before it is "Title of Body"
    while len(units) > 2 and isinstance(units[-1], Token) and is_title_word(units[-1]) \
            and any(isinstance(u, Span) for u in units):
        units.pop()
    # only "Title of Body Name": a bare title before a name is the title-before-name rule's
    return units if any(isinstance(u, Span) for u in units) and isinstance(units[-1], Span) else []


def _read_items(reader: Reader, pid: int, units: list[Token | Span], rule: str, whole_title: bool = False) -> set[int]:
    """Each item of ``units`` into a title and its bodies; ``whole_title``: every word before the name is the title's
    ("the Public Diplomacy Officer, X"). Returns the tokens read."""
    items: list[tuple[list[Token], list[Span]]] = []
    title: list[Token] = []
    bodies: list[Span] = []
    owner: list[Span] = []  # a body whose title it is, written before it with 's
    closed = False  # the title has ended; what follows may still name its bodies
    for k, u in enumerate(units):
        prev = units[k - 1] if k else None
        if isinstance(u, Token) and u.is_title and reader.kind(u) == "Organization" and reader.mention(u) is None:
            u = u.doc[u.i : u.i + 1]  # "President of | the Academy": a body named before, by its head word
        if _place(reader, u) and title and not closed \
                and isinstance(prev, Token) and (prev.lower_ == "for" or prev.lower_ in ("and", "&", ",") and _in_field(title)):
            title += list(u)  # "Director for | Asia and | Oceania": a region a post is for is its field, not a body
            continue
        if isinstance(u, Span):
            nxt = units[k + 1] if k + 1 < len(units) else None
            posted = all(isinstance(x, Token) and is_title_word(x) for x in units[k + 1:]) \
                or isinstance(nxt, Token) and nxt.is_title and is_title_word(nxt)  # ("Labour MP | for X": a seat; "UN | Under ...")
            if not title and not bodies and isinstance(nxt, Token) and (nxt.lower_ in ("'s", "’s") or posted and nxt is not None):
                owner = [u] if reader.kind(u.root) == "Organization" else []
                continue  # "X, the Institute’s | Director of Research", "X, SAC | President": the owner of the title that follows
            if reader.kind(u.root) in ("Organization",) \
                    and not (u.start > 1 and "to" in (u.doc[u.start - 1].lower_, u.doc[u.start - 2].lower_)
                             and u.root.ent_type_ in ("GPE", "LOC")):
                bodies.append(u)  # (not "Ambassador of X | to | the Russian Federation": where the post is, not whose)
            closed = True
            continue
        if u.text in ITEM_BREAKS or u.lower_ in ITEM_BREAKS:
            nxt = units[k + 1] if k + 1 < len(units) else None
            after = units[k + 2] if k + 2 < len(units) else None
            if title and not closed and u.lower_ in ("and", "&") and not any(is_title_head(t) for t in title) \
                    and isinstance(nxt, Token) and nxt.is_title and not is_title_head(nxt):
                title.append(u)  # "Educational | and | Cultural Counselor": the head's modifiers, paired
            elif title and not closed and isinstance(nxt, Token) and is_title_word(nxt) and not is_title_head(nxt) \
                    and not (isinstance(after, Token) and is_title_word(after)) and not _head_ahead(units[k + 1 :]):
                title.append(u)  # "Ambassador Extraordinary | and | Plenipotentiary": one title, its modifiers paired
            elif isinstance(nxt, Token) and (is_title_word(nxt) or nxt.is_lower and nxt.pos_ in ("NOUN", "ADJ")):
                items.append((title, owner + bodies))  # ", Senior Fellow of ...": a new item
                title, bodies, owner, closed = [], [], [], False
            elif title and not closed and _in_field(title) and nxt is not None:
                title.append(u)  # "Minister of Infrastructure | and | Communities": the field's own list
            continue
        nxt = units[k + 1] if k + 1 < len(units) else None
        # "Deputy Head of graduate studies", "Director for Strategy": the title goes on into its field,
        # but not into a body's phrase ("chairman of | the organisation", "director at | Tiscali")
        if u.lower_ in ("of", "for", "in") and title and not closed and (isinstance(nxt, Token) and _field_word(nxt)
                                                                        or u.lower_ == "for" and _place(reader, nxt)):
            title.append(u)
            continue
        if title and not closed and (isinstance(prev, Token) and prev.text == "-" and not prev.whitespace_  # "Ambassador-|at|-large"
                                     or u.lower_ == "to" and _whom_served(units, k)  # "Advisor | to | the President of X"
                                     or u.lower_ == "the" and title[-1].lower_ == "to"):
            title.append(u)  # (a word of a hyphened title, whatever it is alone; whom the post serves)
            continue
        if u.lower_ in ("'s", "’s") or u.tag_ == "POS":
            continue
        if u.text in ("(", ")") and title and not closed:
            title.append(u)  # "Secretary (ER)"
            continue
        if u.lower_ in JOINS or u.lower_ in ("the", "a", "an"):
            closed = closed or bool(title)
            continue
        if bodies:
            break  # words after a body that start no new item: the chain has turned into something else
        if closed:
            continue  # "director of | anti-virus research for | F-Secure": words of no body, and no title either
        if u.pos_ in ("NOUN", "PROPN", "ADJ") or is_title_word(u) or u.text == "-" or u.tag_ in ("VBG", "VBN"):
            title.append(u)
        else:
            break
    items.append((title, owner + bodies))
    read: set[int] = set()
    for title, bodies in items:
        title = title if whole_title else trim_title(title, reader.config.words)
        while len(title) > 1 and title[0].is_lower and title[0].tag_ == "VBG" and title[1].is_title:
            title = title[1:]  # "the visiting | Vice-Chancellor of X": the capitals are the post, the participle the occasion
        if title and any(is_title_head(t) for t in title):
            reader.add(pid, "jobTitle", text_of(title), title, rule, 0.75)
            read.update(t.i for t in title)
            read.update(i for b in bodies for i in range(b.start, b.end))
        else:
            continue  # "X, Y University", "X, a leading voice of Y": no title, so no telling what the body is to X
        for body in bodies:
            reader.add(pid, "affiliation", reader.cid(body.root), [body.root], rule, 0.7)
        for unit, parent in zip(bodies, bodies[1:]):
            if unit.end < len(unit.doc) and unit.doc[unit.end].tag_ == "POS":
                unit, parent = parent, unit  # "the Nordvik Council’s | Ethics Programme"
            if unit.root.lemma_.lower() in lexicon.UNIT_NOUNS or any(t.lower_ in lexicon.UNIT_NOUNS for t in unit):
                reader.add(reader.cid(unit.root), "parentOrganization", reader.cid(parent.root), [unit.root, parent.root],
                           rule, 0.7)
    return read


def _head_ahead(units: list) -> bool:
    """Whether the capitalised words next name a post of their own: "and | International Strategic Advisor"."""
    run = itertools.takewhile(lambda x: isinstance(x, Token) and x.is_title, units)
    return any(is_title_head(x) for x in run)


def _whom_served(units: list, k: int) -> bool:
    """Whether "to" at ``k`` leads to a title ("Advisor to | the President", "Assistant to the Director")."""
    rest = [u for u in units[k + 1 : k + 3] if not (isinstance(u, Token) and u.lower_ == "the")]
    return bool(rest) and isinstance(rest[0], Token) and (is_title_head(rest[0]) or is_title_word(rest[0]))


def _place(reader: Reader, u) -> bool:
    return isinstance(u, Span) and reader.kind(u.root) == "Place"


def _in_field(title: list[Token]) -> bool:
    """Whether the title has gone on into its field ("Minister of Infrastructure", "Vice-President Global")."""
    return any(t.lower_ in ("of", "for", "in") for t in title) \
        or any(is_title_head(t) and not is_title_word(n) and n.is_title for t, n in zip(title, title[1:]))


def _field_word(t: Token) -> bool:
    """A word a title's field starts with: "of | graduate studies", "for | Strategy, Plans and Policy"."""
    return t.text == "-" or t.is_alpha and (t.is_lower and t.pos_ in ("NOUN", "ADJ", "PROPN") or t.is_title or is_title_word(t))
