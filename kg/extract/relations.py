"""``kg_relations``: facts between an article's entities, read off the parse.

Each rule follows one grammatical construction and names itself in the
evidence:

* ``appos``: "Graham Webster, a research scholar at Stanford University"
  (affiliation and job title), also in copulas ("X is the head of Y") and
  reversed ("the head of Y, X");
* ``person-prep``: "David Page, of Investec Securities";
* ``title-before-name``: "Chancellor Gordon Brown", "Federal Reserve chairman
  Mr Greenspan", "Sony's chief executive Howard Stringer";
* ``unit-of``: "the Paul Tsai China Center at Yale University" (parent);
* ``event-verb`` / ``event-at`` / ``event-agent`` / ``event-of`` / ``event-poss``:
  who took part ("China and the US held the first meeting", "spoke at the
  summit", "is attended by", "a meeting of G7 finance ministers");
* ``event-in`` / ``held-at``: where ("in Geneva", "Held at Peking University, ...");
* ``sub-event`` / ``part-of``: "a panel session of the forum", "is part of";
* ``event-date`` / ``name-year``: when ("This May, ... held", "the 2024 ...").
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import lexicon
from .dates import resolve_date
from .mentions import apposed_after

AFFILIATION_PREPS = {"at", "of", "with", "for", "from", "in", "to"}  # "adviser to the White House"
ROLE_VERBS = {"head", "lead", "chair", "run", "direct", "found", "co-found", "manage"}
WORK_VERBS = {"work", "serve", "join", "leave", "quit"}
APPOINT_VERBS = {"appoint", "name", "elect", "promote", "make", "install", "choose", "select", "hire", "nominate", "reappoint"}
LOCATION_PREPS = {"in", "at", "near", "inside"}
NOT_TITLES = set(lexicon.NOT_TITLES)
ORG_CLASS = set(lexicon.CLASS_NOUNS["Organization"])
PREMISES = set(lexicon.PREMISES_NOUNS)
CONTEST_VERBS = set(lexicon.CONTEST_VERBS)
TITLE_WORDS = {w.lower() for w in lexicon.TITLE_HEADS} | set(lexicon.OFFICE_TITLES) | {
    "officer", "minister", "manager", "editor", "coach", "captain", "ambassador", "premier", "senator", "speaker",
    "commissioner", "judge", "general", "chief", "lord", "baroness", "marshal", "admiral", "colonel", "sheriff", "attorney"}
OWNER_NOUNS = {"owner", "parent", "operator"}  # "Federated - owner of Macy's": Macy's parent is Federated
PART_NOUNS = {"subsidiary", "unit", "division", "arm", "branch", "part", "member", "subsidiaries", "units"}  # "X, a unit of Y"


class RawFact(NamedTuple):
    """A fact in article-local cluster ids, with the tokens it was read from."""

    subject: int
    relation: str
    object: int | str
    first: int  # token span of the evidence
    last: int
    rule: str
    confidence: float


if not Doc.has_extension("kg_facts"):
    Doc.set_extension("kg_facts", default=None)
    Doc.set_extension("kg_published", default=None)


@Language.factory(
    "kg_relations",
    default_config={
        "participation_verbs": lexicon.PARTICIPATION_VERBS,
        "unit_nouns": lexicon.UNIT_NOUNS,
    },
    requires=["doc._.kg_clusters", "doc._.kg_token_cluster", "token.dep"],
    assigns=["doc._.kg_facts"],
)
def make_relations(nlp: Language, name: str, participation_verbs: list[str], unit_nouns: list[str]):
    return Relations(set(participation_verbs), set(unit_nouns))


class Relations:
    def __init__(self, participation_verbs: set[str], unit_nouns: set[str]):
        self.participation_verbs = participation_verbs
        self.unit_nouns = unit_nouns

    def __call__(self, doc: Doc) -> Doc:
        reader = _Reader(doc, self)
        reader.run()
        doc._.kg_facts = reader.facts  # add() keeps the first evidence per fact
        return doc


class _Reader:
    """One pass over one Doc; holds the lookups the rules share."""

    def __init__(self, doc: Doc, config: Relations):
        self.doc = doc
        self.config = config
        self.clusters = {c.id: c for c in doc._.kg_clusters or []}
        self.token_cluster = doc._.kg_token_cluster or {}
        self.facts: list[RawFact] = []
        self._seen: set[tuple] = set()

    # -- lookups ---------------------------------------------------------
    def cid(self, token: Token) -> int | None:
        return self.token_cluster.get(token.i)

    def kind(self, token: Token) -> str | None:
        c = self.cid(token)
        return self.clusters[c].kind if c is not None else None

    def add(self, s: int | None, rel: str, o, tokens: list[Token], rule: str, conf: float) -> None:
        if s is None or o is None or s == o or o == "":
            return
        key = (s, rel, o)
        if key in self._seen:
            return
        self._seen.add(key)
        first = min(t.i for t in tokens)
        last = max(t.i for t in tokens)
        self.facts.append(RawFact(s, rel, o, first, last, rule, conf))

    def roots(self, kind: str):
        """Root tokens of every mention of ``kind``."""
        for c in self.clusters.values():
            if c.kind == kind:
                for m in c.mentions:
                    yield m.root

    # -- rules -------------------------------------------------------------
    def run(self) -> None:
        for person in list(self.roots("Person")):
            self.person_roles(person)
        for token in self.doc:
            if token.lemma_ == "part" and token.dep_ in ("attr", "dobj", "npadvmod"):
                self.part_of(token)
            if token.tag_ == "VBN" and token.is_sent_start and token.lemma_ in ("hold", "host", "stage", "organise", "organize"):
                self.held_at(token)
            if token.lemma_ in ROLE_VERBS | WORK_VERBS and token.pos_ == "VERB":
                self.role_verb(token)
            if token.lemma_ == "be" and token.pos_ == "AUX" or token.lemma_ in ("become", "remain") and token.pos_ == "VERB":
                self.copula(token)
            if token.lemma_ in APPOINT_VERBS and token.pos_ == "VERB":
                self.appointment(token)
            if token.lower_ == "based" and token.dep_ == "amod":
                self.based(token)
            if token.lower_ in ("owned", "controlled") and token.dep_ in ("amod", "acl"):
                self.owned(token)
            if token.lemma_ == "include" and token.pos_ == "VERB":
                self.members(token)
            if token.lower_ == "as" and token.dep_ == "prep":
                self.as_role(token)
        for org in list(self.roots("Organization")):
            self.org_parent_and_place(org)
        for event in list(self.roots("Event")):
            self.event_facts(event)
        self.dates()
        # a side that takes part is not where the event is: "the G7 meeting" is not in the G7
        sides = {(f.subject, f.object) for f in self.facts if f.relation == "participant"}
        self.facts = [f for f in self.facts if not (f.relation == "location" and (f.subject, f.object) in sides)]

    def person_roles(self, p: Token) -> None:
        pid = self.cid(p)
        mention = self._mention(p)
        for noun in apposed_after(mention) if mention is not None and mention.root.i == p.i else []:
            self.role_noun(pid, noun, "appos")
        for child in p.children:
            if child.dep_ == "poss" and self.kind(child) in ("Organization", "Place"):  # "Labour's Elizabeth Blackman", "England's Josh Lewsey"
                self.add(pid, "affiliation", self.cid(child), [child, p], "org-poss", 0.7)
            if child.dep_ == "prep" and child.lower_ in ("of", "from", "for", "at", "with"):
                for obj in _objects(child):
                    if self.kind(obj) == "Organization":
                        self.add(pid, "affiliation", self.cid(obj), [p, obj], "person-prep", 0.8)
        first = p
        while first.dep_ == "conj" and first.head.i < first.i and self.kind(first.head) == "Person":
            first = first.head  # "Tory hopefuls Robert Light and Sayeeda Warsi": both are what the role says
        if first.dep_ == "appos" and self.kind(first.head) is None and (first.head.pos_ in ("NOUN", "PROPN") or first.head.lower_ == "one"):
            self.role_noun(pid, first.head, "appos", shared=bool(first.conjuncts))  # "the head of Y, X"
        elif p.dep_ == "appos" and self.kind(p.head) == "Organization" and p.head.dep_ == "pobj" \
                and p.head.head.lower_ in ("of", "at") and self.kind(p.head.head.head) is None \
                and p.head.head.head.pos_ == "NOUN" and mention is not None and mention.start > 0 \
                and self.doc[mention.start - 1].text == ",":
            self.role_noun(pid, p.head.head.head, "appos")  # "the head of the IMF, Rodrigo Rato," as the parser hangs it
        self.title_before_name(p, pid)

    def role_noun(self, pid: int | None, noun: Token, rule: str, shared: bool = False) -> None:
        """A job-title noun and the organisations its phrase names.

        ``shared``: the noun names the role of several people ("the firm's directors, A and B"),
        so a plural is each one's title in the singular.
        """
        if self.kind(noun) == "Organization":
            self.add(pid, "affiliation", self.cid(noun), [noun], rule, 0.7)
            return
        one_of = noun.lower_ == "one" and rule == "appos"  # ("X was one of the great advocates" praises, not employs)
        if one_of:  # "one of its top nuclear scientists, Abdul Qadeer Khan"
            noun = next((o for o in _objects_of(noun, ("of",)) if o.tag_ == "NNS" and self.cid(o) is None), noun)
            if noun.lower_ == "one":
                return
        if noun.pos_ not in ("NOUN", "PROPN") or self.cid(noun) is not None or _hyphen_left(noun):
            return  # ("vice" of "vice-president": the word after the hyphen carries the title)
        if noun.lemma_.lower() in NOT_TITLES or noun.lemma_.lower() in ORG_CLASS:
            return  # "his wife Tatiana", "Orvex, a Swedish company": no job
        title_tokens = _title_tokens(noun, self)
        orgs = _org_objects(noun, self) or self._org_after(noun)
        conj = next((c for c in noun.rights if c.dep_ == "conj" and c.pos_ == "NOUN" and self.cid(c) is None), None)
        if conj is not None and rule == "appos":  # "X, broadband and personal technology analyst at Y": one title
            cc = [t for t in self.doc[noun.i + 1 : conj.i] if t.dep_ == "cc"]
            title_tokens = title_tokens + cc + _title_tokens(conj, self)
            orgs = orgs or _org_objects(conj, self) or self._org_after(conj)
        looks = _looks_like_title(noun) or one_of and noun.is_alpha
        plural = (noun.tag_ in ("NNS", "NNPS") or len(noun) > 2 and noun.text[:-1].isupper() and noun.text[-1] == "s") \
            and not one_of  # "X, one of its members" is not "X, members"; "MPs" may be tagged NN
        looks = looks or shared and plural and noun.is_alpha and noun.lemma_.lower() not in NOT_TITLES
        if orgs and noun.is_alpha and (len(noun) > 2 or noun.is_upper) and (not plural or shared) or looks and len(title_tokens) <= 4:
            title = _singular_title(title_tokens) if plural else _text(title_tokens)
            self.add(pid, "jobTitle", title, title_tokens, rule, 0.85)
        if orgs:
            # the first organisation is the employer; the rest are its parents
            self.add(pid, "affiliation", self.cid(orgs[0]), [noun, orgs[0]], rule, 0.85)
        for unit, parent in zip(orgs, orgs[1:]):
            self.adjacent_unit(unit, parent)

    def _org_after(self, noun: Token) -> list[Token]:
        """"studio general manager for games giant Electronic Arts": when the parse loses the
        preposition's object, the first organisation after it, before the phrase ends, is meant."""
        doc = self.doc
        prep = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if prep is None or prep.lower_ not in AFFILIATION_PREPS - {"in"}:
            return []
        for t in doc[prep.i + 1 : min(len(doc), prep.i + 8)]:
            if t.is_punct or t.pos_ in ("VERB", "AUX") and t.tag_ != "VBG":
                break  # ("of messaging firm Mblox": a gerund is the firm's trade)
            if self.kind(t) == "Organization":
                return [t]
        return []

    def adjacent_unit(self, unit: Token, parent: Token) -> None:
        """"the Centre for X at Oxford University", however the parser attached the 'at'."""
        mention = self._mention(unit)
        if mention is None or not any(t.lemma_.lower() in self.config.unit_nouns for t in mention):
            return
        after = self.doc[mention.end] if mention.end < len(self.doc) else None
        if after is not None and after.lower_ in ("at", "of") and self._mention(parent) is not None \
                and self._mention(parent).start in (mention.end + 1, mention.end + 2):
            self.add(self.cid(unit), "parentOrganization", self.cid(parent), [unit, parent], "unit-of", 0.8)

    def _place_named(self, text: str) -> int | None:
        for c in self.clusters.values():
            if c.kind == "Place" and any(m.text == text for m in c.mentions):
                return c.id
        return None

    def _mention(self, token: Token):
        cid = self.cid(token)
        if cid is None:
            return None
        return next((m for m in self.clusters[cid].mentions if m.start <= token.i < m.end), None)

    def title_before_name(self, p: Token, pid: int | None, listed: int | None = None) -> None:
        """"Chancellor Gordon Brown": the role, and the body, written before a name.

        ``listed`` is a later name in a list after ``p`` ("Labour MPs John Mann and
        Kate Hoey"), who shares the role if it is plural.
        """
        mention = next((m for m in self.clusters[pid].mentions if m.root.i == p.i), None) if pid is not None else None
        if mention is None:
            return
        first = p
        while first.dep_ == "conj" and first.head.i < first.i and self.kind(first.head) == "Person":
            first = first.head
        if first is not p:
            self.title_before_name(first, self.cid(first), listed=pid)  # and any role of its own, below
        holder = pid if listed is None else listed
        start = mention.start
        while start > 0 and self.doc[start - 1].lower_.rstrip(".") in {h.rstrip(".") for h in lexicon.HONORIFICS}:
            start -= 1
        title: list[Token] = []
        i = start - 1
        while i >= 0:
            t = self.doc[i]
            if t.text == "-" and title and i > 0 and self.doc[i - 1].pos_ in ("NOUN", "ADJ") and self.kind(self.doc[i - 1]) is None:
                title[:0] = [self.doc[i - 1], t]  # "soul-singer Ray Charles"
                i -= 2
                continue
            field = t.head if t.dep_ == "conj" else self.doc[i - 1] if t.lower_ in ("and", "&") and i > 0 else None
            if title and field is not None and field.i < i and field.dep_ in ("compound", "amod", "nmod") \
                    and field.head in title and all(self.kind(x) is None for x in self.doc[field.i : i]):
                title[:0] = list(self.doc[field.i : i + 1])  # "Work and pensions minister Alan Johnson": one title, its field coordinated
                i = field.i - 1
                continue
            if len(t) == 1 and t.is_upper:
                break  # "P Stringer" on a team sheet: an initial, not a title
            if t.head.i not in range(i + 1, mention.end) or t.dep_ not in ("compound", "amod", "nmod") \
                    or self.kind(t) not in (None, "Event"):
                break
            if t.pos_ not in ("NOUN", "PROPN", "ADJ") and not (t.tag_ == "VBG" and t.dep_ == "amod"):
                break  # "Prosecuting attorney Carol Lam" keeps its participle
            title.insert(0, t)
            i -= 1
        if not title and i >= 0:
            title = _sibling_title(self.doc[i], p, self)  # "Their former coach | Christos Tzekos", parsed as two subjects
            i = title[0].i - 1 if title else i
        if not title or not any(t.pos_ in ("NOUN", "PROPN") for t in title) or title[-1].lemma_.lower() in NOT_TITLES:
            return
        if title[-1].lemma_.lower() in ORG_CLASS:
            return  # "think tank Demos" names a body, not a job
        if all(t.pos_ == "PROPN" for t in title) and title[-1].lower_ not in TITLE_WORDS:
            return  # "Sundar Katwala" with the first name left out of the mention: a name, not a title
        plural = title[-1].tag_ in ("NNS", "NNPS") or len(title[-1]) > 2 and title[-1].text[:-1].isupper() and title[-1].text[-1] == "s"
        if plural and not p.conjuncts or listed is not None and not plural:
            return  # "minnows Mauritius": a plural before one name is a description, not a title
        self.add(holder, "jobTitle", _singular_title(title) if plural else _text(title), title + [p], "title-before-name", 0.75)
        if i >= 1 and self.doc[i].lower_ in ("and", "&") and self.doc[i - 1].pos_ == "NOUN" and self.kind(self.doc[i - 1]) is None:
            first = self.doc[i - 1]  # "chairman and chief executive Gene Kahn", "director and co-star Clint Eastwood"
            words = [t for t in first.subtree if t.i <= first.i and t.dep_ in ("compound", "amod") or t.i == first.i]
            if first.lemma_.lower() not in NOT_TITLES:
                self.add(holder, "jobTitle", _text(words), words + [p], "title-before-name", 0.7)
            i = words[0].i - 1
        # the organisation just before the title: "Federal Reserve chairman", "Sony's chief executive"
        before = self.doc[i] if i >= 0 and self.doc[i].head.i in range(i + 1, mention.end) else None
        if before is not None and self.kind(before) in ("Organization", "Place"):  # "England coach Andy Robinson": a side
            self.add(holder, "affiliation", self.cid(before), [before, p], "title-before-name", 0.75)
        for t in title:
            for c in t.children:
                if c.dep_ == "poss" and self.kind(c) == "Organization":
                    self.add(holder, "affiliation", self.cid(c), [c, p], "title-before-name", 0.75)

    def part_of(self, part: Token) -> None:
        """"E is part of F": the subject, else the event just before 'part'."""
        wholes = [o for o in _objects_of(part, ("of",)) if self.kind(o) == "Event"]
        if not wholes:
            return
        subjects = [c for c in part.head.children if c.dep_ in ("nsubj", "nsubjpass") and self.kind(c) == "Event"]
        if not subjects:
            before = [t for t in part.sent if t.i < part.i and self.kind(t) == "Event"]
            subjects = before[-1:]
        for s in subjects:
            for w in wholes:
                self.add(self.cid(s), "superEvent", self.cid(w), [s, w], "part-of", 0.8)

    def held_at(self, verb: Token) -> None:
        """"Held at Peking University, the panel session ...": the first event after the clause."""
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS]
        places = [o for prep in preps for o in _objects(prep) if self.kind(o) in ("Place", "Organization")]
        end = max((p.right_edge.i for p in preps), default=verb.i)
        after = [t for t in verb.sent if t.i > end and self.kind(t) == "Event"]
        if places and after:
            for p in places:
                self.add(self.cid(after[0]), "location", self.cid(p), [verb, p, after[0]], "held-at", 0.7)

    def appointment(self, verb: Token) -> None:
        """"X was appointed chief executive of Y", "Y named X head of research": the role a verb gives."""
        roles = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.pos_ == "NOUN"]
        people = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and self.kind(c) == "Person"]
        for person in people:
            for role in roles:
                self.role_noun(self.cid(person), role, "appointed")
                for prep in verb.children:  # "named head of research | at Zentis"
                    if prep.dep_ == "prep" and prep.lower_ in ("at", "of", "for", "by"):
                        for obj in _objects(prep):
                            if self.kind(obj) == "Organization":
                                self.add(self.cid(person), "affiliation", self.cid(obj), [person, role, obj], "appointed", 0.75)

    def as_role(self, prep: Token) -> None:
        """"oust X as Labour's election supremo", "hired X as chief operating officer": the role 'as' gives
        the person it is said of, the verb's object, else its subject. Only an office or a role at a
        named body: "described X as a leader in the field" gives no job."""
        head = prep.head
        if self.kind(head) == "Person":
            people = [head]
        elif head.pos_ in ("VERB", "AUX"):
            objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
            people = [c for c in objects or _subjects(head) if self.kind(c) == "Person"]
        else:
            return
        for noun in _objects(prep):
            if self.cid(noun) is not None or noun.pos_ != "NOUN":
                continue
            office = any(t.lemma_.lower() in TITLE_WORDS for t in _title_tokens(noun, self))
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
            if _org_objects(noun, self) or office and not indefinite:
                for person in people:
                    self.role_noun(self.cid(person), noun, "as-role")

    def based(self, based: Token) -> None:
        """"Titan, a California-based company", "Paris-based Euronext"."""
        places = [c for c in based.children if c.dep_ in ("npadvmod", "compound") and self.kind(c) == "Place"]
        noun = based.head
        org = noun if self.kind(noun) == "Organization" else noun.head if noun.dep_ == "appos" else None
        if org is not None and self.kind(org) == "Organization":
            for p in places:
                self.add(self.cid(org), "location", self.cid(p), [p, based, org], "x-based", 0.8)

    def members(self, verb: Token) -> None:
        """"Electrolux's subsidiary brands include AEG, Zanussi and Frigidaire"."""
        for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in PART_NOUNS | {"brand", "business"}):
            owners = [c for c in subj.children if c.dep_ == "poss" and self.kind(c) == "Organization"]
            for member in (x for o in verb.children if o.dep_ == "dobj" for x in (o, *o.conjuncts)):
                if self.kind(member) == "Organization":
                    for owner in owners:
                        self.add(self.cid(member), "parentOrganization", self.cid(owner), [owner, verb, member], "members", 0.7)

    def owned(self, owned: Token) -> None:
        """"Columbia Pictures, owned by Sony", "the Sony-owned studio Columbia": the owner is the parent."""
        owners = [o for c in owned.children if c.dep_ == "agent" for o in _objects(c)]
        owners += [c for c in owned.children if c.dep_ in ("npadvmod", "compound")]
        noun = owned.head
        child = noun if self.kind(noun) == "Organization" else next(
            (c for c in noun.children if c.dep_ in ("appos", "compound") and self.kind(c) == "Organization" and c.i > noun.i), None)
        if child is None and noun.dep_ == "compound" and self.kind(noun.head) == "Organization":
            child = noun.head
        for owner in owners:
            if child is not None and self.kind(owner) == "Organization":
                self.add(self.cid(child), "parentOrganization", self.cid(owner), [owner, owned, child], "owned-by", 0.75)

    def copula(self, be: Token) -> None:
        subjects = [c for c in be.children if c.dep_ == "nsubj"]
        if be.dep_ == "relcl" and any(s.tag_ == "WP" for s in subjects):
            subjects = [be.head]  # "X, who is now Y's deputy leader"
            if self.kind(be.head) is None:  # "one of its members, X, who is now ...", as the parser hangs it
                subjects = [c for c in be.head.children if c.dep_ == "appos" and self.kind(c) == "Person"] or subjects
        attrs = [c for c in be.children if c.dep_ == "attr"]
        for s in subjects:
            if self.kind(s) == "Person":
                for a in attrs:
                    self.role_noun(self.cid(s), a, "copula")

    def role_verb(self, verb: Token) -> None:
        """"X, who heads Y", "X works for Y", "X joined Y"."""
        for subj in _subjects(verb):
            if self.kind(subj) != "Person":
                continue
            # "X joined Y", "X has left the firm": a past tie is still an affiliation
            targets = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_ in ROLE_VERBS | {"join", "leave", "quit"} else []
            targets += [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("for", "at", "with") for o in _objects(prep)]
            if verb.lemma_ == "serve":  # "serving as Law Commission chairman"
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ == "as":
                        for noun in _objects(prep):
                            self.role_noun(self.cid(subj), noun, "role-verb")
            for t in targets:
                if self.kind(t) == "Organization":
                    self.add(self.cid(subj), "affiliation", self.cid(t), [subj, t], "role-verb", 0.7)

    def org_parent_and_place(self, org: Token) -> None:
        oid = self.cid(org)
        mention = next((m for m in self.clusters[oid].mentions if m.root.i == org.i), None)
        is_unit = mention is not None and any(t.lemma_.lower() in self.config.unit_nouns for t in mention)
        for prep in org.children:
            if prep.dep_ != "prep":
                continue
            for obj in _objects(prep):
                if is_unit and prep.lower_ in ("at", "of") and self.kind(obj) == "Organization":
                    self.add(oid, "parentOrganization", self.cid(obj), [org, obj], "unit-of", 0.85)
                elif prep.lower_ == "in" and self.kind(obj) == "Place":
                    self.add(oid, "location", self.cid(obj), [org, obj], "org-in", 0.6)
        described = [c for c in org.children if c.dep_ == "appos"]
        if org.dep_ == "compound":
            described.append(org.head)  # "Federated - owner of Macy's", as the small parser reads it
        for c in described:
            if c.lemma_.lower() in OWNER_NOUNS | PART_NOUNS:
                for obj in _objects_of(c, ("of",)):
                    if self.kind(obj) == "Organization":
                        parent, child = (oid, self.cid(obj)) if c.lemma_.lower() in OWNER_NOUNS else (self.cid(obj), oid)
                        self.add(child, "parentOrganization", parent, [org, c, obj], "owner-of", 0.75)
        if org.dep_ == "poss" and org.head.lemma_.lower() in PREMISES:
            for prep in org.head.children:  # "Vodafone's head office in Newbury"
                if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                    for obj in _objects(prep):
                        if self.kind(obj) == "Place":
                            self.add(oid, "location", self.cid(obj), [org, obj], "premises-in", 0.7)
        for c in org.children:
            if c.dep_ == "poss" and self.kind(c) == "Place":
                self.add(oid, "location", self.cid(c), [c, org], "org-poss", 0.7)
            if c.dep_ == "poss" and is_unit and self.kind(c) == "Organization":
                self.add(oid, "parentOrganization", self.cid(c), [c, org], "unit-of", 0.8)

    def event_facts(self, e: Token) -> None:
        eid = self.cid(e)
        verb = _governor(e)
        # who took part
        if verb is not None and e.dep_ == "dobj" and verb.lemma_ in self.config.participation_verbs:
            for s in _subjects(verb):
                self.participant(eid, s, [verb, e], "event-verb", 0.8)
        if verb is not None and e.dep_ == "dobj":  # "gave a speech at the Consumer Electronics Show"
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in ("at", "during"):
                    for obj in _objects(prep):
                        if self.kind(obj) == "Event" and self.cid(obj) != eid:
                            self.add(eid, "superEvent", self.cid(obj), [e, obj], "sub-event", 0.7)
        inner = e.head.head if e.dep_ == "pobj" else None  # "a panel discussion at a summit": the panel is where people speak
        contest = verb is not None and verb.lemma_.lower() in CONTEST_VERBS and e.head.head.i == verb.i
        # "In a panel discussion, X said", "X competed in the final", "X will play a central role in the campaign"
        role = e.head.head if e.dep_ == "pobj" and e.head.head.lemma_ in ("part", "role") and e.head.head.dep_ == "dobj" else None
        taking_part = verb is not None and (
            e.head.head.i == verb.i and (verb.lemma_ in self.config.participation_verbs
                                         or any(c.dep_ == "dobj" and c.lemma_ in ("part", "role") for c in verb.children))
            or role is not None and role.head.i == verb.i)
        at = e.dep_ == "pobj" and (e.head.lower_ in ("at", "during") or e.head.lower_ == "in" and verb is not None
                                   and (verb.lemma_ in lexicon.SPEECH_VERBS or contest or taking_part))
        if at and verb is not None and (inner is None or self.kind(inner) != "Event"):
            for s in _subjects(verb) + _agents(verb):  # "ratified by IMF directors at a meeting"
                self.participant(eid, _actor(s, self), [verb, e], "event-at", 0.6)
            if contest:  # "Kenya beat Ghana in the final": the beaten side played too
                for o in (c for c in verb.children if c.dep_ == "dobj"):
                    for side in (o, *o.conjuncts):
                        self.participant(eid, side, [verb, side, e], "contest", 0.6)
        if e.dep_ in ("nsubjpass",) and verb is not None:
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                for o in _objects(agent):
                    self.participant(eid, o, [verb, o], "event-agent", 0.7)
        for c in e.children:
            if c.dep_ == "relcl" and c.lemma_ in self.config.participation_verbs \
                    and (any(o.dep_ == "dobj" and o.tag_ == "WDT" for o in c.children) or not any(o.dep_ == "dobj" for o in c.children)):
                for s in _subjects(c):  # "the poll, which Mr Kerekou won", "the inquiry he led"
                    self.participant(eid, s, [e, c, s], "event-verb", 0.75)
            if c.dep_ == "poss":
                self.participant(eid, c, [c, e], "event-poss", 0.6)
            if c.dep_ == "acl" and c.tag_ == "VBN":  # "the summit, hosted by Y"
                for agent in (a for a in c.children if a.dep_ == "agent"):
                    for o in _objects(agent):
                        self.participant(eid, o, [e, o], "event-agent", 0.7)
            if c.dep_ == "prep" and c.lower_ in ("of", "between", "among", "with"):
                for obj in _objects(c):
                    if self.kind(obj) == "Event" and self.cid(obj) != eid and c.lower_ == "of":
                        self.add(eid, "superEvent", self.cid(obj), [e, obj], "sub-event", 0.85)
                        continue
                    for t in obj.subtree:
                        side = self.kind(t) == "Place" and (t.dep_ != "pobj" or c.lower_ in ("between", "with") and t.head.i in (c.i, obj.i))
                        if self.kind(t) in ("Person", "Organization") or side:
                            self.participant(eid, t, [e, t], "event-of", 0.6)
            if c.dep_ == "prep" and c.lower_ in ("at", "during"):
                for obj in _objects(c):
                    if self.kind(obj) == "Event":
                        self.add(eid, "superEvent", self.cid(obj), [e, obj], "sub-event", 0.7)
        # where: "the Berlin Film Festival" is in Berlin, when the article names Berlin as a place
        mention = self._mention(e)
        for t in (mention or [])[: max(0, e.i - (mention.start if mention else e.i))]:
            hyphenated = "-" in (t.nbor(-1).text if t.i > 0 else "", t.nbor(1).text if t.i + 1 < len(t.doc) else "")
            if t.pos_ == "PROPN" and t.dep_ == "compound" and not hyphenated:  # "China-US talks" names sides
                place = self._place_named(t.text)
                if place is not None:
                    self.add(eid, "location", place, [t, e], "place-in-name", 0.6)
        for prep in _location_preps(e, verb):
            for obj in _objects(prep):
                if self.kind(obj) == "Place" or (self.kind(obj) == "Organization" and prep.lower_ == "at"):
                    self.add(eid, "location", self.cid(obj), [e, obj], "event-in", 0.75)

    def participant(self, eid: int | None, token: Token, tokens: list[Token], rule: str, conf: float) -> None:
        if self.kind(token) in ("Person", "Organization", "Place"):
            self.add(eid, "participant", self.cid(token), tokens + [token], rule, conf)

    def dates(self) -> None:
        published = self.doc._.kg_published
        for ent in self.doc.ents:
            if ent.label_ != "DATE" or self.kind(ent.root) == "Event":
                continue  # a year inside an event's name is handled below
            target = _date_target(ent.root, self)
            if target is None:
                continue
            value = resolve_date(ent.text, published, _tense(target))
            if value:
                for eid in self._events_near(target):
                    self.add(eid, "date", value, [ent.root, target], "event-date", 0.7)
        dated = {f.subject for f in self.facts if f.relation == "date"}
        for c in self.clusters.values():
            if c.kind != "Event" or c.id in dated:
                continue
            for m in c.mentions:
                for t in m:
                    if t.ent_type_ == "DATE" and t.text.isdigit() and len(t.text) == 4 and t.i < m.root.i:
                        self.add(c.id, "date", t.text, [t, m.root], "name-year", 0.6)

    def _events_near(self, target: Token) -> list[int]:
        if self.kind(target) == "Event":
            return [self.cid(target)]
        # "a full launch ... is not expected to start until 2006": an open clause's subject is its head's
        for verb in [target] + ([target.head] if target.dep_ == "xcomp" else []):
            out = [self.cid(c) for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and self.kind(c) == "Event"]
            if out:
                return out
        return []


# -- grammar helpers ---------------------------------------------------------

def _objects(prep: Token) -> list[Token]:
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return [x for o in objs for x in (o, *o.conjuncts)]


def _objects_of(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    return [o for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for o in _objects(c)]


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects with their conjuncts; an open clause borrows its head's."""
    while True:
        subs = [c for c in verb.children if c.dep_ in ("nsubj",)]
        if subs and subs[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            return [verb.head]  # "Karl Weiss, who attended the forum": "who" is the head it hangs from
        if subs:
            # "Sony, IBM and Toshiba will ...": the small parser often hangs the first item off the verb
            listed = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                      and c.i + 1 < subs[0].i and c.nbor(1).text == ","]
            return [x for s in subs for x in (s, *s.conjuncts)] + listed
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "retired after serving as ...": the clause's subject is the head verb's
            continue
        if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp") and verb.head.i != verb.i:
            verb = verb.head
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("PROPN", "NOUN"):
            return [verb.head]
        return []


def _agents(verb: Token) -> list[Token]:
    return [o for a in verb.children if a.dep_ == "agent" for o in _objects(a)]


def _actor(token: Token, reader: "_Reader") -> Token:
    """"IMF directors" act for the IMF: a role noun stands for the body named before it."""
    if reader.kind(token) is None and token.pos_ == "NOUN":
        for c in token.children:
            if c.dep_ in ("compound", "poss") and reader.kind(c) == "Organization":
                return c
    return token


def _governor(e: Token) -> Token | None:
    """The verb an event phrase hangs from: directly, or through one preposition."""
    head = e.head
    if e.dep_ == "pobj":
        head = head.head
        while head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "pobj", "npadvmod") and head.head.i != head.i:
            head = head.head if head.dep_ != "pobj" else head.head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _location_preps(e: Token, verb: Token | None) -> list[Token]:
    out = [c for c in e.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS]
    # inside the topic: "meeting of dialogue on AI in Geneva"
    for t in e.subtree:
        if t.dep_ == "prep" and t.lower_ in LOCATION_PREPS and t.head.i > e.i and t.head.dep_ == "pobj" and t not in out:
            if t.head.head.lower_ in ("of", "on"):
                out.append(t)
    for acl in e.children:  # "the summit, held in Geneva", "3GSM, which takes place in Cannes"
        if acl.dep_ == "acl" and acl.tag_ == "VBN" or acl.dep_ == "relcl" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WDT" for c in acl.children):
            out += [c for c in acl.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS]
    if verb is not None and e.dep_ in ("dobj", "nsubj", "nsubjpass"):
        out += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS]
        for adv in verb.children:  # "Held at Peking University, the session ..."
            if adv.dep_ == "advcl" and adv.tag_ == "VBN":
                out += [c for c in adv.children if c.dep_ == "prep" and c.lower_ in LOCATION_PREPS]
    return out


def _date_target(t: Token, reader: _Reader) -> Token | None:
    """Climb from a date to the event or verb it modifies."""
    steps = 0
    while steps < 6 and t.head.i != t.i:
        if t.dep_ not in ("pobj", "prep", "npadvmod", "advmod", "nummod", "compound", "amod", "appos", "tmod", "acl", "pcomp"):
            return None
        t = t.head
        steps += 1
        if reader.kind(t) == "Event":
            return t
        if t.pos_ in ("VERB", "AUX"):
            if t.dep_ == "acl" and reader.kind(t.head) == "Event":
                return t.head  # "the forum ending on Sunday"
            return t
    return None


def _tense(token: Token) -> str:
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll"} or verb.tag_ == "VB" and "to" in aux:
        return "future"
    if verb.tag_ in ("VBD",) or aux & {"was", "were", "had", "has", "have"}:
        return "past"
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        return "present"
    return "present" if verb.tag_ in ("VBZ", "VBP", "VBG") or aux & {"is", "are"} else "past"


def _title_tokens(noun: Token, reader: _Reader) -> list[Token]:
    """"a research scholar" -> [research, scholar]; "head of currency strategy" keeps its 'of'."""
    tokens = _modifiers(noun, reader) + [noun]
    current = noun
    after = _right_modifier(noun)
    if after is not None:  # "director general", "attorney general"
        tokens.append(after)
        current = after
    while True:  # "editor in chief of X", "head of currency strategy at Y": follow non-entity nouns
        prep = next((c for c in current.rights if c.dep_ == "prep"), None)
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
        if prep is None or prep.lower_ not in ("of", "in", "for") or obj is None or obj.pos_ != "NOUN" or reader.cid(obj) is not None \
                or any(c.pos_ == "PROPN" for c in obj.lefts) or prep.lower_ == "for" and not any(c.dep_ == "amod" for c in obj.lefts):
            break  # "spokesman for St Bernard software" names a firm, which is no part of the title
        tokens += [prep] + _modifiers(obj, reader) + [obj]
        current = obj
    tokens = sorted(tokens, key=lambda t: t.i)
    doc = noun.doc
    while tokens[0].i >= 2 and doc[tokens[0].i - 1].text == "-" and _hyphen_left(doc[tokens[0].i - 2]):
        tokens[:0] = [doc[tokens[0].i - 2], doc[tokens[0].i - 1]]  # "vice-president", tokenised as three words
    breaks = [t.i for t in tokens if t.is_space or "\n" in t.text_with_ws and t.i < noun.i]
    return [t for t in tokens if not breaks or t.i > max(breaks)]  # a headline above is not part of the title


def _hyphen_left(token: Token) -> bool:
    """Is this the part before the hyphen of a hyphenated word ("vice" in "vice-president")?"""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ \
        and not doc[token.i + 1].whitespace_ and token.is_alpha


def _text(tokens: list[Token]) -> str:
    """Words as written: "vice-president", not "vice - president"; a gap is one space."""
    out = ""
    for prev, t in zip([None, *tokens], tokens):
        if prev is not None:
            out += prev.whitespace_ if t.i == prev.i + 1 else " "
        out += t.text
    return out


def _singular_title(tokens: list[Token]) -> str:
    """The title one of several people holds: "Labour MPs" -> "Labour MP", "the firm's directors" -> "director"."""
    head = tokens[-1]
    one = head.text[:-1] if head.text[:-1].isupper() else head.lemma_ if head.text.endswith("s") else head.text
    return _text(tokens[:-1]) + (" " if len(tokens) > 1 else "") + one


def _sibling_title(noun: Token, person: Token, reader: "_Reader") -> list[Token]:
    """A role noun right before a name that the parser made the name's sibling instead of its modifier."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not noun.is_lower or reader.cid(noun) is not None \
            or noun.head.i != person.head.i or noun.dep_ != person.dep_:
        return []
    return [t for t in noun.lefts if t.dep_ in ("amod", "compound") and reader.cid(t) is None] + [noun]


def _right_modifier(noun: Token) -> Token | None:
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.head.i == noun.i and nxt.dep_ in ("amod", "compound") and nxt.pos_ in ("NOUN", "ADJ") \
            and nxt.lower_ in ("general", "emeritus", "designate", "elect"):
        return nxt
    return None


def _modifiers(noun: Token, reader: _Reader) -> list[Token]:
    # an age says how old, not what job: "a 45-year-old lawyer"
    left = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and reader.cid(c) is None and c.ent_type_ != "DATE"]
    return [t for c in left for t in c.subtree if reader.cid(t) is None and t.tag_ != "POS" and t.ent_type_ != "DATE"]


def _org_objects(noun: Token, reader: _Reader) -> list[Token]:
    """Organisations named by the title's prepositions, following 'of' chains; the employer first.

    A possessor or a preposition names the employer ("the SNP's Holyrood leader",
    "director of X"); a bare modifier ("OFHEO director", "a University of Michigan
    librarian") only when nothing else does, as it may be a unit or a place of work.
    """
    out: list[Token] = []
    todo = [noun] + ([_right_modifier(noun)] if _right_modifier(noun) is not None else [])
    while todo:
        t = todo.pop(0)
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPS:
                for obj in _objects(prep):
                    if reader.kind(obj) == "Organization":
                        out.append(obj)
                    elif reader.cid(obj) is None and obj.pos_ == "NOUN":
                        todo.append(obj)  # "head of currency strategy at Bank of America"
        for c in t.children:
            if c.dep_ == "poss" and reader.kind(c) == "Organization":
                out.insert(0, c)
    return out + [c for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod") and reader.kind(c) == "Organization"]


def _looks_like_title(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() not in NOT_TITLES and noun.is_alpha and len(noun) > 2 \
        and noun.lemma_ not in ("one", "part", "man", "woman", "person", "thing")
