"""Organisations for ``kg_relations``: their parents, units and places.

Rules: ``unit-of`` ("the Paul Tsai China Center at Yale University"), ``owner-of``,
``owned-by``, ``members``, ``x-based``, ``org-in``, ``premises-in``, ``org-poss`` and ``own-units``.
Each takes the relations reader, whose ``add`` keeps the first evidence per fact.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from . import lexicon
from .grammar import _objects, _objects_of
from .name_keys import leads_unit
from .reader import Reader

PREMISES = set(lexicon.PREMISES_NOUNS)
OWNER_NOUNS = {"owner", "parent", "operator"}  # "Federated - owner of Macy's": Macy's parent is Federated
#: Verbs of leading a body, whose agent is of it: "the Council, headed by X".
_LEADING = {"chair", "co-chair", "head", "lead", "direct", "preside"}
_UNITS = set(lexicon.UNIT_NOUNS)
PART_NOUNS = {"subsidiary", "unit", "division", "arm", "branch", "part", "member", "subsidiaries", "units"}  # "X, a unit of Y"


def org_parent_and_place(reader: Reader, org: Token) -> None:
    oid = reader.cid(org)
    mention = next((m for m in reader.clusters[oid].mentions if m.root.i == org.i), None)
    is_unit = mention is not None and any(t.lemma_.lower() in reader.config.unit_nouns for t in mention)
    for prep in org.children:
        if prep.dep_ != "prep":
            continue
        for obj in _objects(prep):
            if is_unit and prep.lower_ in ("at", "of") and reader.kind(obj) == "Organization" and obj.dep_ != "conj":
                # (a unit is at one body: "the Centre at the Hertie School and the UN Association" names a co-host)
                reader.add(oid, "parentOrganization", reader.cid(obj), [org, obj], "unit-of", 0.85)
            elif prep.lower_ == "in" and reader.kind(obj) == "Place":
                reader.add(oid, "location", reader.cid(obj), [org, obj], "org-in", 0.6)
    end = _past_short_name(reader.doc, mention.end) if is_unit else 0  # ("the Centre for X (CX) | , Y College")
    if is_unit and end + 1 < len(reader.doc) and reader.doc[end].text in (",", "–", "-"):
        unit_comma_parent(reader, oid, mention, end)
    if is_unit and mention.end + 1 < len(reader.doc):  # "the Centre for Ocean Studies | of | Westbridge University", however parsed
        nxt = reader.doc[end + 1 + (reader.doc[end + 1].lower_ == "the")] if end + 2 < len(reader.doc) else None
        if nxt is not None and reader.kind(nxt) == "Organization":
            adjacent_unit(reader, org, nxt)
    described = [c for c in org.children if c.dep_ == "appos"]
    if org.dep_ == "compound":
        described.append(org.head)  # "Federated - owner of Macy's", as the small parser reads it
    for c in described:
        if c.lemma_.lower() in OWNER_NOUNS | PART_NOUNS:
            for obj in _objects_of(c, ("of",)):
                if reader.kind(obj) == "Organization":
                    parent, child = (oid, reader.cid(obj)) if c.lemma_.lower() in OWNER_NOUNS else (reader.cid(obj), oid)
                    reader.add(child, "parentOrganization", parent, [org, c, obj], "owner-of", 0.75)
    if org.dep_ == "poss" and org.head.lemma_.lower() in PREMISES:
        for prep in org.head.children:  # "Vodafone's head office in Newbury"
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                for obj in _objects(prep):
                    if reader.kind(obj) == "Place":
                        reader.add(oid, "location", reader.cid(obj), [org, obj], "premises-in", 0.7)
    for c in (c for w in (mention or [org]) for c in w.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _LEADING):
        if any(reader.kind(t) == "Organization" and reader.cid(t) != oid for t in reader.doc[org.i + 1 : c.i]):
            continue  # ("A, led by X, and B, led by Y": the parser hung B's 'led' on A)
        for t in (o for a in c.children if a.dep_ == "agent" for o in _objects(a)):  # "the Working Group on X chaired by Y"
            if reader.kind(t) == "Person":
                reader.add(reader.cid(t), "affiliation", oid, [org, c, t], "led-by", 0.7)
    for c in org.children:
        if c.dep_ == "poss" and reader.kind(c) == "Place":
            reader.add(oid, "location", reader.cid(c), [c, org], "org-poss", 0.7)
        if c.dep_ == "poss" and is_unit and reader.kind(c) == "Organization":
            reader.add(oid, "parentOrganization", reader.cid(c), [c, org], "unit-of", 0.8)
        elif c.dep_ == "poss" and is_unit and reader.kind(c) is None and c.is_lower and c.pos_ == "NOUN":
            parent = _named_before(reader, c)  # "X University ... the university’s Centre for Y"
            if parent is not None:
                reader.add(oid, "parentOrganization", reader.cid(parent), [c, org], "unit-of", 0.7)


def _named_before(reader: Reader, noun: Token) -> Token | None:
    """The body last named before ``noun`` whose name ends in that noun: "Eastbay University" for "the university"."""
    for t in reversed(reader.doc[: noun.i]):
        if reader.kind(t) == "Organization" and t.lemma_.lower() == noun.lemma_.lower() and t.is_title:
            return t
    return None


def placed_after(reader: Reader) -> None:
    """"the Emirates Centre for Policy in Abu Dhabi", "Director of the BRICS Institute in New Delhi X": a place
    written right after a body's name, closing the phrase, is where the body is (rule ``org-in-place``)."""
    doc = reader.doc
    for c in list(reader.clusters.values()):
        if c.kind != "Organization":
            continue
        for m in c.mentions:
            inside = reader.mention(doc[m.end + 1]) if m.end + 2 < len(doc) and doc[m.end].text == "(" else None
            if inside is not None and reader.kind(inside.root) == "Place" and inside.start == m.end + 1 \
                    and inside.end < len(doc) and doc[inside.end].text == ")":
                reader.add(c.id, "location", reader.cid(inside.root), [m.root, inside.root], "org-in-place", 0.6)
                continue  # "Hokuto University (Japan)"
            end = _past_short_name(doc, m.end)  # "Maasai Mara University (MMARAU) | from Kenya"
            joint = doc[end] if end + 1 < len(doc) else None
            at = end + 1 + (joint is not None and end + 2 < len(doc) and doc[end + 1].lower_ == "the")
            if joint is None or reader.kind(doc[at]) != "Place" or not _place_joint(m, joint):
                continue
            place = reader.mention(doc[at])
            closes = place is not None and (place.end >= len(doc) or doc[place.end].is_punct or reader.kind(doc[place.end]) == "Person"
                                            or doc[place.end].lower_ in ("and", "&")  # "the Centre in Abu Dhabi and a delegation"
                                            or doc[place.end].pos_ in ("VERB", "AUX"))
            if closes and place.start == at and not (joint.lower_ == "in" and joint.head.pos_ in ("VERB", "AUX")):
                reader.add(c.id, "location", reader.cid(doc[at]), [m.root, doc[at]], "org-in-place", 0.6)


#: Bodies whose name says where they are when a place follows it: "Hexi University of China", "X Institute, Nigeria".
_SITED = {"university", "institute", "college", "academy", "polytechnic", "school"}


def _place_joint(body: Span, joint: Token) -> bool:
    """Whether ``joint`` ties a place to the body before it: "in", "from"; "of" and a comma after a university's
    or an institute's name ("the University of Chester, United Kingdom", "Hexi University of China")."""
    if joint.lower_ in ("in", "from"):
        return True
    sited = body.root.lemma_.lower() in _SITED or body[-1].lemma_.lower() in _SITED
    before = body.doc[body.start - 1] if body.start > 0 else None
    in_list = before is not None and before.text == "," and joint.text == ","  # "Yale, Stanford, China and ..." is a list
    return sited and not in_list and joint.lower_ in ("of", ",")


def parent_in_name(reader: Reader) -> None:
    """"the School of Economics and Management of Beihang University": a unit's name that ends in 'of'
    or 'at' and the name of a body the article names on its own has that body as its parent
    (rule ``parent-in-name``). The longest such tail is the nearest parent."""
    done = set()
    for cid, m, joint, parent in reader.named_within("Organization", ("of", "at")):
        if (cid, m.start) not in done and any(x.lemma_.lower() in reader.config.unit_nouns for x in m[: joint.i - m.start]):
            reader.add(cid, "parentOrganization", parent, [m[0], m[-1]], "parent-in-name", 0.7)
            done.add((cid, m.start))


def parent_leading(reader: Reader) -> None:
    """"the Nordic Academy of Arts China Centre" after "the Nordic Academy of Arts was founded in 1985", "the NAA College
    of Music" after "NAA": a unit's name that opens with the whole name or the short name of a body the article names
    on its own has that body as its parent (rule ``parent-leading``)."""
    bodies = {m.text: c.id for c in reader.clusters.values() if c.kind == "Organization" for m in c.mentions}
    for c in list(reader.clusters.values()):
        for m in c.mentions if c.kind == "Organization" else []:
            short = bodies.get(m[0].text) if m[0].is_upper and len(m[0]) > 1 and len(m) > 2 else None
            if short is not None and short != c.id and any(t.lower_ in _UNITS for t in m[1:]):
                reader.add(c.id, "parentOrganization", short, [m[0], m[-1]], "parent-leading", 0.6)  # "TJUT | College of X"
                continue
            for k in range(len(m) - 1, 1, -1):
                parent = bodies.get(m[:k].text)
                if parent is not None and parent != c.id and leads_unit([t.text for t in m[:k]], [t.text for t in m]):
                    reader.add(c.id, "parentOrganization", parent, [m[0], m[-1]], "parent-leading", 0.6)
                    break


def parent_before(reader: Reader) -> None:
    """"DU | Faculty of Arts", "Georgetown University | Center for Security Studies": a unit's name right after its
    parent's short name or a university's name (rule ``parent-before``)."""
    doc = reader.doc
    for c in list(reader.clusters.values()):
        for m in c.mentions if c.kind == "Organization" else []:
            prev = doc[m.start - 1] if m.start > 0 else None
            whole = reader.mention(prev) if prev is not None else None  # ("Georgetown University | Center for X")
            named = whole is not None and whole.end == m.start and len(whole) > 1 and prev.lower_ in PARENT_HEADS
            if prev is not None and (prev.is_upper or named) and reader.kind(prev) == "Organization" and reader.cid(prev) != c.id \
                    and prev.whitespace_ and any(t.lemma_.lower() in reader.config.unit_nouns for t in m[:2]):
                reader.add(c.id, "parentOrganization", reader.cid(prev), [prev, m.root], "parent-before", 0.6)


#: Last words of the names of bodies that have units: "Renmin University of China", "Chinese Academy of Sciences".
PARENT_HEADS = {"university", "academy", "ministry", "corporation", "organization", "organisation"}


#: How big a body a word heads, for a unit's parent after a comma: a programme is in a centre, a centre in a
#: school or a college, a school in a university ("South Asia Program, Stimson Center"; "Centre for X, Y College").
_RANKS = {**dict.fromkeys(("program", "programme", "project", "lab", "laboratory", "unit", "group"), 0),
          **dict.fromkeys(("center", "centre", "office", "department", "division", "bureau", "branch", "section"), 1),
          **dict.fromkeys(("school", "college", "faculty", "institute", "institution", "council", "directorate"), 2),
          **dict.fromkeys(PARENT_HEADS | {"foundation", "association", "commission", "secretariat"}, 3)}


def unit_comma_parent(reader: Reader, oid: int, unit, comma: int) -> None:
    """"the Chongyang Institute for Financial Studies, Renmin University of China, and ...", "the Centre for X (CX),
    Y College", "Z School of Business – LUMS": a unit's name followed by a comma or a dash and, with no article, the
    name of a bigger kind of body (in any of its names): that body is its parent (rule ``unit-comma``). ("the Centre
    for X, the Brookings Institution and RAND" lists three bodies.)"""
    doc = reader.doc
    nxt = doc[comma + 1]
    other = reader.mention(nxt)
    if other is None or other.start != comma + 1 or reader.kind(nxt) != "Organization" or reader.cid(nxt) == oid:
        return
    own = max((_RANKS[t.lemma_.lower()] for t in unit if t.lemma_.lower() in _RANKS), default=0)
    names = reader.clusters[reader.cid(nxt)].mentions
    rank = max((_RANKS.get(_head_word(m), -1) for m in names), default=-1)
    last = other.end >= len(doc) or doc[other.end].pos_ in ("VERB", "AUX") or doc[other.end].text in (".", ";", ")")
    if last and own == 3 and _RANKS.get(_head_word(other), 3) <= 1:
        # "a release from the Commonwealth Secretariat, Communications Department.": the body, then its unit
        reader.add(reader.cid(nxt), "parentOrganization", oid, [unit.root, nxt], "unit-comma", 0.6)
        return
    if any(t.lemma_.lower() in reader.config.unit_nouns and _RANKS.get(t.lemma_.lower(), 3) <= own for t in other):
        return  # (a second unit is another item of a list)
    short_only = all(len(m) == 1 and m[0].is_upper for m in names)  # ("the Centre for X, LUMS hosted ...": of some size)
    closes = last or doc[other.end].is_punct or doc[other.end].lower_ in ("and", "&")
    if closes and rank > own or last and short_only and own <= 1:
        reader.add(oid, "parentOrganization", reader.cid(nxt), [unit.root, nxt], "unit-comma", 0.6)


def _head_word(mention) -> str:
    """The word a body's name is headed by: "University" of "Peking University" and of "University of X"."""
    k = next((t.i - mention.start for t in mention if t.lower_ in ("of", "for", "on", "at")), len(mention))
    return mention[max(0, k - 1)].lemma_.lower()


def adjacent_unit(reader: Reader, unit: Token, parent: Token) -> None:
    """"the Centre for X at Oxford University", however the parser attached the 'at'."""
    mention = reader.mention(unit)
    if mention is None or not any(t.lemma_.lower() in reader.config.unit_nouns for t in mention):
        return
    end = _past_short_name(reader.doc, mention.end)  # "the Center for X (CX) | at the University of Y"
    after = reader.doc[end] if end < len(reader.doc) else None
    if after is not None and after.lower_ in ("at", "of", "within") and reader.mention(parent) is not None \
            and reader.mention(parent).start in (end + 1, end + 2):
        reader.add(reader.cid(unit), "parentOrganization", reader.cid(parent), [unit, parent], "unit-of", 0.8)


def _past_short_name(doc, end: int) -> int:
    """Past a short name in brackets right after a body's name: "the Center for X | (CX) |"."""
    return end + 3 if end + 3 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" else end


def based(reader: Reader, based: Token) -> None:
    """"Titan, a California-based company", "Paris-based Euronext"."""
    places = [c for c in based.children if c.dep_ in ("npadvmod", "compound") and reader.kind(c) == "Place"]
    noun = based.head
    org = noun if reader.kind(noun) == "Organization" else noun.head if noun.dep_ == "appos" else None
    if org is not None and reader.kind(org) == "Organization":
        for p in places:
            reader.add(reader.cid(org), "location", reader.cid(p), [p, based, org], "x-based", 0.8)


def seated_in(reader: Reader, verb: Token) -> None:
    """"Lindqvist Bank, based in Malmö,", "the Harbor Institute is headquartered in Tromsø", "Headquartered in Oslo, the
    Nordic Academy was ...": where the text says a body is based (rule ``based-in``)."""
    places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
              for o in p.children if o.dep_ == "pobj" and reader.kind(o) == "Place"]
    if verb.dep_ in ("acl", "relcl", "amod"):
        bodies = [verb.head]  # ("X, which is based in Y": the clause hangs on X)
    else:  # "X is headquartered in Y"; "Headquartered in Y, X was founded": the subject of the clause it opens
        clause = verb.head if verb.dep_ == "advcl" else verb
        bodies = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    for body in bodies:
        if reader.kind(body) == "Organization":
            for p in places:
                reader.add(reader.cid(body), "location", reader.cid(p), [verb, p], "based-in", 0.8)


def members(reader: Reader, verb: Token) -> None:
    """"Electrolux's subsidiary brands include AEG, Zanussi and Frigidaire"."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in PART_NOUNS | {"brand", "business"}):
        owners = [c for c in subj.children if c.dep_ == "poss" and reader.kind(c) == "Organization"]
        for member in (x for o in verb.children if o.dep_ == "dobj" for x in (o, *o.conjuncts)):
            if reader.kind(member) == "Organization":
                for owner in owners:
                    reader.add(reader.cid(member), "parentOrganization", reader.cid(owner), [owner, verb, member], "members", 0.7)


def owned(reader: Reader, owned: Token) -> None:
    """"Columbia Pictures, owned by Sony", "the Sony-owned studio Columbia": the owner is the parent."""
    owners = [o for c in owned.children if c.dep_ == "agent" for o in _objects(c)]
    owners += [c for c in owned.children if c.dep_ in ("npadvmod", "compound")]
    noun = owned.head
    child = noun if reader.kind(noun) == "Organization" else next(
        (c for c in noun.children if c.dep_ in ("appos", "compound") and reader.kind(c) == "Organization" and c.i > noun.i), None)
    if child is None and noun.dep_ == "compound" and reader.kind(noun.head) == "Organization":
        child = noun.head
    for owner in owners:
        if child is not None and reader.kind(owner) == "Organization":
            reader.add(reader.cid(child), "parentOrganization", reader.cid(owner), [owner, owned, child], "owned-by", 0.75)


#: Words that introduce the items a plural names: "its centres, namely, A and B".
_NAMELY = {"namely", "including", "viz", "i.e.", "such", "as"}


def own_units(reader: Reader) -> None:
    """"The Institute of Foreign Trade (IIFT), through its centres, namely, the Centre for Trade Law (CTIL) and the
    Centre for WTO Studies": the bodies a body's own units are listed as are its units (rule ``own-units``)."""
    doc = reader.doc
    for t in doc:
        if t.tag_ != "NNS" or t.lemma_.lower() not in reader.config.unit_nouns or not any(
                c.dep_ == "poss" and c.lower_ in ("its", "their") for c in t.children):
            continue
        owners = [k for k in range(t.sent.start, t.i) if reader.kind(doc[k]) == "Organization"]
        if not owners:
            continue
        owner = reader.cid(doc[owners[0]])
        k = t.i + 1
        while k < t.sent.end and (doc[k].is_punct and doc[k].text != "(" or doc[k].lower_ in _NAMELY or doc[k].lower_ in ("the", "and")):
            k += 1
        while k < t.sent.end and reader.kind(doc[k]) == "Organization":
            unit = reader.mention(doc[k])
            if unit is None or reader.cid(doc[k]) == owner:
                break
            reader.add(reader.cid(doc[k]), "parentOrganization", owner, [t, doc[k]], "own-units", 0.6)
            k = _past_short_name(doc, unit.end)
            while k < t.sent.end and (doc[k].text == "," or doc[k].lower_ in ("and", "the")):
                k += 1
