"""Who a phrase lists, for the frame rules: the people and bodies of a subject or an object, of a list whose
items a comma or a semicolon parts, not those that describe them ("X, Chairman of Y, Z": X and Z, not Y)."""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .grammar import _objects
from .mentions import postnominal
from .reader import Reader
from .title_words import is_title_head

#: Groups that stand for their members: "the delegation led by X".
GROUP_NOUNS = set(lexicon.GROUP_NOUNS)
#: Prepositions that attach someone's employer or post, not a fellow participant.
_DESCRIBING = {"of", "at", "from", "to", "for", "with", "in", "on", "under", "within"}


def listed_members(reader: Reader, head: Token) -> list[Token]:
    """The names a subject or object phrase lists, not those describing them.

    In "X, Chairman of Y, Z, Professor at W, and V" the people are list items;
    Y and W hang from a title by a preposition, so they are employers. A group
    noun ("the delegation led by X", "a team including Y") stands for its members.
    """
    out: list[Token] = []
    for t in head.subtree:
        mention = reader.mention(t)
        if reader.kind(t) is None or mention is None or mention.root.i != t.i:
            continue
        path = _path_up(t, head)
        if path is None:
            continue
        kind = reader.kind(t)
        # ("Director of the Polar Council Ingrid Dahl": the parser hangs the name on the body's 'of';
        # "..., Erik Lunde, Tomas Berg and Lena Holm": a conjunct of a listed person is listed too)
        titled = mention.start > 0 and reader.kind(t.doc[mention.start - 1]) == "Organization"
        listed_with = t.dep_ == "conj" and t.head in out
        if kind == "Person" and (titled or listed_with or not any(x.dep_ == "pobj" and x.head.lower_ in _DESCRIBING for x in path)) \
                or kind == "Organization" and all(x.dep_ in ("conj", "appos", "npadvmod", "nsubj", "nsubjpass", "dobj", "pobj")
                                                  and x.head.pos_ != "ADP" for x in path) \
                and not any(x.dep_ in ("appos", "conj") and reader.kind(x.head) is None and is_title_head(x.head) for x in path):
            # ("X, staff columnist, The Harbor Times": a body apposed to a post is the post's, no one more listed)
            out.append(t)
    if reader.kind(head) is None and head.lemma_.lower() in GROUP_NOUNS:
        for c in head.children:  # "a delegation led by X", "a team headed by Y"
            if c.dep_ == "acl":
                out += [t for agent in c.children if agent.dep_ == "agent" for o in _objects(agent) for t in listed_members(reader, o)]
                if c.lemma_ in ("comprise", "include"):  # "the ISSI team, comprising A, B and C"
                    out += [t for o in c.children if o.dep_ == "dobj" for t in listed_members(reader, o)]
            if c.dep_ == "prep" and c.lower_ in ("including", "of", "from") and c.lower_ != "from":
                out += [t for o in _objects(c) for t in listed_members(reader, o) if reader.kind(t) == "Person"]
    return out


def comma_list(reader: Reader, start: Token) -> list[Token]:
    """"signed by A, chairman of X, B, president of Y, and C, director of Z": the people of a list whose items each
    start with a name after a comma or 'and', however the parser hung them (it often hangs them on the subject)."""
    out = []
    for t in start.sent:
        if t.i <= start.i or reader.kind(t) != "Person":
            continue
        m = reader.mention(t)
        if m is None or m.root.i != t.i:
            continue
        before = reader.doc[m.start - 1]
        if before.i == start.i or before.text == "," or before.lower_ in ("and", "&"):
            out.append(t)
    return out


def semicolon_list(reader: Reader, start: Token) -> list[Token]:
    """"joined by Brookings President X; Vice President of the National Committee Y; former Under Secretary Z",
    "with A, Minister of B (MP C); D, Critic for E (MP F); and G": a list whose items a semicolon parts, which the
    parser does not join; each item's person is the name that ends it, or else the first name in it."""
    sent = start.sent
    semis = [t.i for t in sent if t.text == ";" and t.i > start.i]
    if len(semis) < 2:
        return []
    out = []
    item_start = start.i + 1
    for end in semis + [sent.end - 1]:
        item_end = end - 1 if end < sent.end - 1 or sent[-1].is_punct else end
        last = reader.doc[item_end]
        if reader.kind(last) == "Person" and reader.mention(last) is not None:
            out.append(reader.mention(last).root)
        else:  # "; the Honourable Michael Chong, Official Opposition Critic (MP Wellington);": the name leads the item
            first = next((t for t in reader.doc[item_start:item_end + 1] if reader.kind(t) == "Person"
                          and reader.mention(t) is not None and reader.mention(t).root.i == t.i), None)
            if first is not None:
                out.append(first)
        item_start = end + 1
    return out


def _path_up(t: Token, head: Token) -> list[Token] | None:
    """The tokens from ``t`` up to (not including) ``head``, or None where a clause lies between."""
    path = []
    while t.i != head.i:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod",) or t.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return None
        path.append(t)
        if t.head.i == t.i:
            return None
        t = t.head
    return path


def name_run(reader: Reader, start: Token) -> list[Token]:
    """"organized in partnership by the X Secretariat (XS), the Y Institute, and the Z Council": the names right
    after ``start``, one after another, parted only by commas, 'and', 'the' and bracketed acronyms, however the
    parser hung them; the run ends at the first other word."""
    doc, out, k = reader.doc, [], start.i + 1
    while k < start.sent.end:
        t = doc[k]
        m = reader.mention(t)
        if m is not None:
            if m.end < len(doc) and doc[m.end].tag_ == "POS" or m.root.dep_ == "compound" and m.root.head.i >= m.end \
                    and not postnominal(m.root.head):
                break  # "by A, Malta’s Honorary Consul", "by Radio Nord presenter B": whose post it is, no item
            out += [m.root] if reader.kind(m.root) in ("Person", "Organization") else []
            k = m.end
            while reader.kind(m.root) == "Person" and k < start.sent.end and postnominal(doc[k]):
                k += 1  # "A MHK, B MLC and C MHK": letters after a name
        elif t.lower_ in (",", "and", "&", "the"):
            k += 1
        elif t.text == "(" and k + 2 < len(doc) and doc[k + 2].text == ")" and doc[k + 1].is_upper:
            k += 3  # "(XS)"
        else:
            break
    return out
