"""People's roles for ``kg_relations``: job titles and the organisations they work for.

Rules: ``appos`` (also reversed, "the head of Y, X"), ``person-prep``, ``org-poss``,
``copula``, ``appointed``, ``as-role``, ``role-verb``, ``on-behalf`` and ``others-of`` ("X and other scientists of Y").
Each takes the relations reader, whose ``add`` keeps the first evidence per fact.
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .grammar import _objects, _objects_of, _subjects
from .mentions import PERSON_TITLES, apposed_after
from .org_facts import adjacent_unit
from .reader import Reader
from .shared_titles import closes_list, list_apposition
from .title_before import title_before_name
from .titled_items import apposed_before
from .title_phrases import (
    AFFILIATION_PREPS,
    hyphen_left,
    looks_like_title,
    org_objects,
    singular_title,
    text_of,
    title_words,
)
from .title_words import NOT_TITLES, ORG_CLASS, is_plural_title, is_title_head, is_title_word

ROLE_VERBS = {"head", "lead", "chair", "run", "direct", "found", "co-found", "manage"}
WORK_VERBS = {"work", "serve", "join", "leave", "quit"}
#: A player's or a coach's side, a body or a country: "played for England", "scored for Real", "captained Wales".
SIDE_VERBS = {"play", "score", "sign", "captain", "coach", "represent", "skipper"}
SCORE_NOUNS = {"goal", "try", "point", "cap", "run", "wicket", "appearance"}
APPOINT_VERBS = {"appoint", "name", "elect", "promote", "make", "install", "choose", "select", "hire", "nominate", "reappoint"}
#: Endings of abstract nouns, which name no one's role (a role ends "-ent" or "-ant" often: president, sergeant).
ABSTRACT_SUFFIXES = ("ment", "tion", "sion", "ness", "ity", "ence", "ance", "ship", "ism")
#: Roles at a gathering, no jobs: "Moderator: X".
EVENT_ROLES = set(lexicon.EVENT_ROLE_NOUNS)
#: Parts people play at a gathering, which are no job: "a panellist", "the guest speaker".
AT_GATHERING = set(lexicon.AUDIENCE_NOUNS) | {"moderator", "discussant", "rapporteur", "keynote"}
_EVENT_WORDS = set(lexicon.EVENT_NOUNS) - {"campaign", "election"}  # (a "campaign director" holds a post)
TITLE_WORDS = PERSON_TITLES


def person_roles(reader: Reader, p: Token) -> None:
    pid = reader.cid(p)
    mention = reader.mention(p)
    listed = list_apposition(reader, p)
    for noun in apposed_after(mention) if mention is not None and mention.root.i == p.i else []:
        if noun in listed:
            continue  # each one's, below
        if noun.tag_ == "NNS" and not closes_list(noun) and noun.right_edge.i + 1 < len(reader.doc) \
                and reader.doc[noun.right_edge.i + 1].text == ",":
            continue  # "A, B, members of the Polar Council, former heads of state, ...": one more item of a list
        if any(reader.kind(t) == "Person" and t.i > noun.i and reader.cid(t) != pid and t.head.dep_ == "prep"
               and t.head.lower_ != "to" for t in noun.subtree) \
                or _name_follows(reader, noun, pid) or _next_item_of_titled_list(reader, noun, pid, mention):
            continue  # "A, President of the Fjord Institute B": the title is B's, written before B's name
            # (but "A, a special advisor to | Prime Minister B" is A's)
        if any(t.text == ";" for t in reader.doc[mention.end : noun.i]) \
                or any(reader.kind(t) == "Person" and reader.cid(t) != pid for t in reader.doc[mention.end : noun.left_edge.i]):
            continue  # "A; Vice President of Y B": a semicolon ends A's item; "A, Title, B, the manager": B's
        if noun.i > 1 and reader.doc[noun.i - 1].text == "(" and reader.cid(noun) is not None \
                and reader.cid(reader.doc[noun.i - 2]) == reader.cid(noun):
            continue  # "A and Y Council (YC)": the short name is the body's, however parsed
        role_noun(reader, pid, noun, "appos")
    for noun in listed:
        role_noun(reader, pid, noun, "appos", shared=True)
    for child in p.children:
        if child.dep_ == "poss" and reader.kind(child) in ("Organization", "Place"):  # "Labour's Elizabeth Blackman", "England's Josh Lewsey"
            reader.add(pid, "affiliation", reader.cid(child), [child, p], "org-poss", 0.7)
        if child.dep_ in ("compound", "amod", "nmod") and reader.kind(child) == "Organization" and mention is not None \
                and reader.mention(child) is not None and reader.mention(child).end == mention.start \
                and reader.mention(child).text in lexicon.PARTY_WORDS:
            reader.add(pid, "affiliation", reader.cid(child), [child, p], "org-poss", 0.7)  # "Lib Dem Norman Baker"
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "for", "at", "with") \
                and not any(c.dep_ == "conj" and c.i < child.i and is_title_head(c) for c in p.children):
            # (not "A and Assistant Officer | of Y, B": the parse hung the title's 'of' on A)
            for obj in _objects(child):
                venue = child.lower_ == "at" and reader.mention(obj) is not None \
                    and reader.mention(obj)[-1].lemma_.lower() in lexicon.VENUE_NOUNS  # ("X, at the Council Chamber")
                if reader.kind(obj) == "Organization" and not venue:
                    reader.add(pid, "affiliation", reader.cid(obj), [p, obj], "person-prep", 0.8)
    for others in (c for c in p.children if c.dep_ == "conj" and c.tag_ == "NNS" and any(a.lower_ == "other" for a in c.children)):
        for obj in _objects_of(others, ("of", "at", "from")):  # "Prof. X and other young scientists of Y": X is of Y too
            if reader.kind(obj) == "Organization":
                reader.add(pid, "affiliation", reader.cid(obj), [p, others, obj], "others-of", 0.7)
    after = reader.doc[mention.end] if mention is not None and mention.end < len(reader.doc) else None
    if after is not None and after.lower_ == "from" and after.dep_ == "prep" and after.head.i != p.i \
            and after.head.lemma_.lower() not in lexicon.MOTION_VERBS:  # "included Dr. X | from Y University", misattached
        for obj in _objects(after):
            if reader.kind(obj) == "Organization":
                reader.add(pid, "affiliation", reader.cid(obj), [p, obj], "person-prep", 0.7)
    own = any(c.dep_ == "prep" for c in p.children) or mention is not None and apposed_after(mention)
    partners = [c for c in p.children if c.dep_ == "conj" and reader.kind(c) == "Person"]
    partners += [p.head] if p.dep_ == "conj" and reader.kind(p.head) == "Person" else []
    for partner in partners if not own else []:
        # "Dean A and Professor B from the Faculty of Science": what follows the pair says where both are from
        theirs = reader.mention(partner)
        misattached = [reader.doc[theirs.end]] if theirs is not None and partner.i > p.i and theirs.end < len(reader.doc) \
            and reader.doc[theirs.end].lower_ == "from" and reader.doc[theirs.end].dep_ == "prep" else []
        for prep in [c for c in partner.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "at") and c.i > max(p.i, partner.i)] \
                or misattached:  # (the parser hung "from" on the group: "comprised A and B | from the Foundation")
            for obj in _objects(prep):
                if reader.kind(obj) == "Organization":
                    reader.add(pid, "affiliation", reader.cid(obj), [p, prep, obj], "shared-prep", 0.6)
    first = p
    while first.dep_ == "conj" and first.head.i < first.i and reader.kind(first.head) == "Person":
        first = first.head  # "Tory hopefuls Robert Light and Sayeeda Warsi": both are what the role says
    # ("...; the American Center Director, Grace Lamon; the Registrar, X": the parser hangs a title across a
    # semicolon, which ends one item of a list and starts the next)
    # (nor is a name an apposition across a finite verb: "Other members included: X", as the parser hangs it)
    listed_apart = any(t.text == ";" or t.tag_ in ("VBD", "VBZ", "VBP") and t.dep_ != "acl"
                       for t in reader.doc[min(first.i, first.head.i) : max(first.i, first.head.i)])
    if first.dep_ == "appos" and reader.kind(first.head) is None and not listed_apart \
            and (first.head.pos_ in ("NOUN", "PROPN") or first.head.lower_ == "one"):
        role_noun(reader, pid, first.head, "appos", shared=bool(first.conjuncts))  # "the head of Y, X"
    elif p.dep_ == "appos" and reader.kind(p.head) == "Organization" and p.head.dep_ == "pobj" \
            and p.head.head.lower_ in ("of", "at") and reader.kind(p.head.head.head) is None \
            and p.head.head.head.pos_ == "NOUN" and mention is not None and mention.start > 0 \
            and reader.doc[mention.start - 1].text == ",":
        role_noun(reader, pid, p.head.head.head, "appos")  # "the head of the IMF, Rodrigo Rato," as the parser hangs it
    title_before_name(reader, p, pid)


def _name_follows(reader: Reader, noun: Token, pid: int | None) -> bool:
    """"A, Director of the X Department (Associate Professor) | B, ...": another's name written right after the
    title's phrase, ranks between, is the name the title belongs to."""
    doc = reader.doc
    end = max(noun.right_edge.i, max((m.end - 1 for m in reader.mentions_over(noun.right_edge.i)), default=noun.right_edge.i))
    k = end + 1
    if k + 1 < len(doc) and doc[k].lower_ in ("at", "of") and reader.kind(doc[k + 1]) == "Organization" \
            and noun.right_edge.i < k:
        body = max(reader.mentions_over(k + 1), key=len, default=None)  # "A, Director of Research | at Y Centre | Dr B":
        k = body.end if body is not None else k  # the parser left "at Y" off the title, which runs on into B's name
    while k < len(doc) and (is_title_word(doc[k]) or doc[k].lower_.rstrip(".") in lexicon.HONORIFICS):
        k += 1
    return k < len(doc) and reader.kind(doc[k]) == "Person" and reader.cid(doc[k]) != pid


def _next_item_of_titled_list(reader: Reader, noun: Token, pid: int | None, mention) -> bool:
    """"included MCTI Secretary of X, A, the President of Y, B, ...": in a list whose items give the title first,
    the title after A's comma is the next item's, B's, not an apposition of A (A's own came before A's name)."""
    doc = reader.doc
    end = max(noun.right_edge.i, max((m.end - 1 for m in reader.mentions_over(noun.right_edge.i)), default=noun.right_edge.i))
    end += end + 1 < len(doc) and doc[end + 1].text == ")"  # ("... Development (CNPq/MCTI) | , B")
    k = end + 2
    while k < len(doc) and (doc[k].lower_.rstrip(".") in lexicon.HONORIFICS or is_title_word(doc[k])):
        k += 1  # (", Ambassador | Carmen Moura")
    return end + 1 < len(doc) and doc[end + 1].text == "," and k < len(doc) and reader.kind(doc[k]) == "Person" \
        and reader.cid(doc[k]) != pid and bool(apposed_before(reader, mention))


def role_noun(reader: Reader, pid: int | None, noun: Token, rule: str, shared: bool = False) -> None:
    """A job-title noun and the organisations its phrase names.

    ``shared``: the noun names the role of several people ("the firm's directors, A and B"),
    so a plural is each one's title in the singular.
    """
    if reader.kind(noun) == "Organization":
        reader.add(pid, "affiliation", reader.cid(noun), [noun], rule, 0.7)
        return
    one_of = noun.lower_ == "one" and rule == "appos"  # ("X was one of the great advocates" praises, not employs)
    if one_of:  # "one of its top nuclear scientists, Abdul Qadeer Khan"
        noun = next((o for o in _objects_of(noun, ("of",)) if o.tag_ == "NNS" and reader.cid(o) is None), noun)
        if noun.lower_ == "one":
            return
    if noun.pos_ not in ("NOUN", "PROPN") or reader.cid(noun) is not None or hyphen_left(noun):
        return  # ("vice" of "vice-president": the word after the hyphen carries the title)
    if noun.lemma_.lower().endswith(ABSTRACT_SUFFIXES) and noun.pos_ == "NOUN":
        return  # "made the statement to protect ..., Justine Henin", "a key influence on X": no one's job
    if noun.lemma_.lower() in NOT_TITLES or noun.lemma_.lower() in ORG_CLASS:
        return  # "his wife Tatiana", "Orvex, a Swedish company": no job
    if noun.lower_ in EVENT_ROLES and noun.i + 1 < len(reader.doc) and reader.doc[noun.i + 1].text == ":":
        return  # "Moderator: X", a programme's label: a role at the gathering, no job
    title_tokens = title_words(noun, reader)
    orgs = org_objects(noun, reader) or _org_after(reader, noun)
    # (not "the ambassador of X, Y, and his delegation": a conjunct that someone owns is another party)
    # (nor "X, Honorary President, and 9 delegates": a counted group after a comma is more people)
    conj = next((c for c in noun.rights if c.dep_ == "conj" and c.pos_ == "NOUN" and reader.cid(c) is None
                 and not any(d.dep_ in ("poss", "nummod", "det") for d in c.children)), None)
    if conj is not None and rule == "appos" and org_objects(noun, reader):
        # "X, a member of the Committee and vice-president of the university": two posts, each with its body
        for c in (c for c in noun.rights if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and not hyphen_left(c)):
            role_noun(reader, pid, c, rule)
    elif conj is None and rule == "appos":  # "X (Founder and Managing Director, Y)": a second capitalised post
        for c in (c for c in noun.rights if c.dep_ == "conj" and c.pos_ == "PROPN" and c.is_title and is_title_head(c)
                  and reader.cid(c) is None and reader.doc[c.left_edge.i - 1].lower_ == "and"
                  and not any(t.is_punct for t in reader.doc[noun.i : c.i])):  # (not the next item of a list)
            role_noun(reader, pid, c, rule)
    elif conj is not None and rule == "appos":  # "X, broadband and personal technology analyst at Y": one title
        cc = [t for t in reader.doc[noun.i + 1 : conj.i] if t.dep_ == "cc"]
        title_tokens = title_tokens + cc + title_words(conj, reader)
        orgs = orgs or org_objects(conj, reader) or _org_after(reader, conj)
    capitalised = not looks_like_title(noun) and noun.pos_ == "PROPN" and noun.is_title and is_title_head(noun) \
        and noun.lower_ not in EVENT_ROLES \
        and not any(reader.kind(t) is not None for p in noun.children if p.dep_ == "prep" for t in p.subtree)
    # ("X, the Vice Minister": a capitalised title with no body; not "X, the King of Belgium as well as ...": an item)
    while capitalised and title_tokens[0].i < noun.i and title_tokens[0].ent_type_ in ("GPE", "LOC", "NORP"):
        title_tokens = title_tokens[1:]  # (not "Cape Town | Director of the Institute": a place, not the post's word)
    looks = looks_like_title(noun) or one_of and noun.is_alpha or capitalised
    plural = (noun.tag_ in ("NNS", "NNPS") or len(noun) > 2 and noun.text[:-1].isupper() and noun.text[-1] == "s"
              or is_plural_title(noun)) \
        and not one_of  # "X, one of its members" is not "X, members"; "MPs" may be tagged NN; "Co-Chairs" NNP
    looks = looks or shared and plural and noun.is_alpha and noun.lemma_.lower() not in NOT_TITLES
    if orgs and (noun.is_alpha or is_title_head(noun)) and (len(noun) > 2 or noun.is_upper) and (not plural or shared) or looks and len([t for t in title_tokens if t.i <= noun.i and t.text != "-"]) <= 4:
        title = singular_title(title_tokens) if plural else text_of(title_tokens)
        if noun.lemma_.lower() not in AT_GATHERING and not any(t.lemma_.lower() in _EVENT_WORDS for t in title_tokens if t.i < noun.i):
            # ("X, a panellist", "Y, the second guest speaker", "Z, the event host": a part at a gathering, no post)
            reader.add(pid, "jobTitle", title, title_tokens, rule, 0.85)
    # ("the chairs of A and B, X and Y": each at one of them, see ``respective_posts``, not all at the first)
    if orgs and not (shared and plural and any(o.dep_ == "conj" for o in orgs[1:])):
        # the first organisation is the employer; the rest are its parents
        reader.add(pid, "affiliation", reader.cid(orgs[0]), [noun, orgs[0]], rule, 0.85)
    for unit, parent in zip(orgs, orgs[1:]):
        adjacent_unit(reader, unit, parent)


def _org_after(reader: Reader, noun: Token) -> list[Token]:
    """"studio general manager for games giant Electronic Arts": when the parse loses the
    preposition's object, the first organisation after it, before the phrase ends, is meant."""
    doc = reader.doc
    prep = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if prep is None or prep.lower_ not in AFFILIATION_PREPS - {"in"}:
        return []
    for t in doc[prep.i + 1 : min(len(doc), prep.i + 8)]:
        if t.is_punct or t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG":
            break  # ("of messaging firm Mblox": a gerund is the firm's trade)
        if reader.kind(t) == "Organization":
            return [t]
    return []


def appointment(reader: Reader, verb: Token) -> None:
    """"X was appointed chief executive of Y", "Y named X head of research": the role a verb gives."""
    roles = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ == "NOUN"]
    people = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and reader.kind(c) == "Person"]
    for person in people:
        for role in roles:
            role_noun(reader, reader.cid(person), role, "appointed")
            for prep in verb.children:  # "named head of research | at Zentis"
                if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "for", "by"):
                    for obj in _objects(prep):
                        if reader.kind(obj) == "Organization":
                            reader.add(reader.cid(person), "affiliation", reader.cid(obj), [person, role, obj], "appointed", 0.75)


def as_role(reader: Reader, prep: Token) -> None:
    """"oust X as Labour's election supremo", "hired X as chief operating officer": the role 'as' gives
    the person it is said of, the verb's object, else its subject. Only an office or a role at a
    named body: "described X as a leader in the field" gives no job."""
    head = prep.head
    if reader.kind(head) == "Person":
        people = [head]
    elif head.pos_ in ("VERB", "AUX"):
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
        people = [c for c in objects or _subjects(head) if reader.kind(c) == "Person"]
    else:
        return
    for noun in _objects(prep):
        if reader.cid(noun) is not None or noun.pos_ != "NOUN":
            continue
        office = any(t.lemma_.lower() in TITLE_WORDS for t in title_words(noun, reader))
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        if org_objects(noun, reader) or office and not indefinite:
            for person in people:
                role_noun(reader, reader.cid(person), noun, "as-role")


def copula(reader: Reader, be: Token) -> None:
    subjects = [c for c in be.children if c.dep_ == "nsubj"]
    if not subjects and be.dep_ == "xcomp":
        subjects = _subjects(be)  # "Mr Boateng is to become the UK's high commissioner"
    if be.dep_ == "relcl" and any(s.tag_ == "WP" for s in subjects):
        subjects = [be.head]  # "X, who is now Y's deputy leader"
        if reader.kind(be.head) is None:  # "one of its members, X, who is now ...", as the parser hangs it
            subjects = [c for c in be.head.children if c.dep_ == "appos" and reader.kind(c) == "Person"] or subjects
    attrs = [c for c in be.children if c.dep_ == "attr"]
    for s in subjects:
        if reader.kind(s) == "Person":
            for a in attrs:
                role_noun(reader, reader.cid(s), a, "copula")


def role_verb(reader: Reader, verb: Token) -> None:
    """"X, who heads Y", "X works for Y", "X joined Y"."""
    for subj in _subjects(verb):
        if reader.kind(subj) != "Person":
            continue
        # "X joined Y", "X has left the firm": a past tie is still an affiliation
        side = verb.lemma_ in SIDE_VERBS
        objects = ROLE_VERBS | {"join", "leave", "quit", "captain", "coach", "represent", "skipper"}
        targets = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_ in objects else []
        preps = ("for",) if side else ("for", "at", "with")  # ("played at Wembley", "scored with a header")
        targets += [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in preps for o in _objects(prep)]
        if verb.lemma_ == "serve":  # "serving as Law Commission chairman"
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ == "as":
                    for noun in _objects(prep):
                        role_noun(reader, reader.cid(subj), noun, "role-verb")
        for t in targets:
            # one joins a club, not a city: "Owen joined Liverpool" (but "left Liverpool" may be the city)
            if reader.kind(t) == "Organization" or (side or verb.lemma_ == "join") and reader.kind(t) == "Place":
                reader.add(reader.cid(subj), "affiliation", reader.cid(t), [subj, t], "role-verb", 0.7)
    if verb.lemma_ == "represent" and verb.tag_ == "VBN":
        _represented_by(reader, verb)


def _represented_by(reader: Reader, verb: Token) -> None:
    """"UNESCO was represented by A and B", "X University, represented by its Rector, Y": who represents a body
    is of it."""
    bodies = [c for c in verb.children if c.dep_ == "nsubjpass"] or ([verb.head] if verb.dep_ in ("acl", "appos") else [])
    bodies = [b for b in bodies if reader.kind(b) == "Organization"]
    agents = [o for c in verb.children if c.dep_ == "agent" for o in _objects(c)]
    people = [x for a in agents for x in (a, *a.conjuncts, *(c for c in a.children if c.dep_ == "appos"))
              if reader.kind(x) == "Person"]
    for b in bodies:
        for p in people:
            reader.add(reader.cid(p), "affiliation", reader.cid(b), [verb, b, p], "role-verb", 0.65)


def scored_for(reader: Reader, noun: Token) -> None:
    """"Owen has grabbed 11 goals for Real", "won 50 caps for Wales": who scores for a side plays for it."""
    verb = noun.head
    sides = [o for t in (noun, verb) for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "for" for o in _objects(prep)]
    for subj in _subjects(verb) if verb.pos_ in ("VERB", "AUX") else []:
        for side in sides:
            if reader.kind(subj) == "Person" and reader.kind(side) in ("Organization", "Place"):
                reader.add(reader.cid(subj), "affiliation", reader.cid(side), [subj, noun, side], "role-verb", 0.65)


def on_behalf(reader: Reader, behalf: Token) -> None:
    """"The talks were attended on behalf of the Department of X by A, B and C", "Vice President Y, on behalf of
    Z University, signed": who acts on behalf of a body is of it (rule ``on-behalf``)."""
    doc = reader.doc
    of = next((c for c in behalf.children if c.lower_ == "of"), None)
    bodies = [o for o in _objects(of) if reader.kind(o) == "Organization"] if of is not None else []
    if not bodies or behalf.head.lower_ != "on":
        return
    anchor = behalf.head.head
    end = max((m.end for m in reader.mentions_over(bodies[-1].i)), default=bodies[-1].i + 1)
    if end + 1 < len(doc) and doc[end].lower_ == "in" and reader.kind(doc[end + 1]) == "Place":
        end = max(m.end for m in reader.mentions_over(end + 1))  # ("of the Embassy of X | in Belgrade |, by A")
    end += end < len(doc) and doc[end].text == ","
    people: list[Token] = []
    if end < len(doc) and doc[end].lower_ == "by":  # "on behalf of X by A, B and C"
        k = end + 1
        while k < len(doc) and doc[k].text not in (";", ".") and not (doc[k].lower_ == "on" and doc[k + 1 : k + 2].text == "behalf"):
            if reader.kind(doc[k]) == "Person" and reader.cid(doc[k]) not in [reader.cid(p) for p in people]:
                people.append(doc[k])
            k += 1
    elif reader.kind(anchor) == "Person":
        people = [anchor]  # "Y, on behalf of Z, ..."
    elif anchor.pos_ in ("VERB", "AUX"):
        people = [x for s in _subjects(anchor) for x in (s, *s.conjuncts) if reader.kind(x) == "Person"]
    for p in people:
        for b in bodies:
            reader.add(reader.cid(p), "affiliation", reader.cid(b), [behalf, b, p], "on-behalf", 0.65)
