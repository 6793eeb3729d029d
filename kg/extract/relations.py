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

The rules live by family, each module listing all of its rules: ``roles``
(people's job titles and affiliations), ``org_facts`` (organisations' parents,
units and places) and ``event_facts`` (participants, locations, dates,
sub-events), with the parse helpers they share in ``grammar``. This module
holds the component and the reader that walks the Doc, hands each
construction to its rule and keeps the facts.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Token

from . import lexicon
from .frames import (clause_frame, dated_sentences, group_includes, held_here, met_in, parts_in_focus,
                     speakers_at_reported_event, venue_hosts)
from .title_chains import title_chain
from .event_facts import attend_without_object, audience, dates, event_facts, held_at, part_of
from .org_facts import based, members, org_parent_and_place, owned, parent_in_name, placed_after
from .roles import (APPOINT_VERBS, ROLE_VERBS, SCORE_NOUNS, SIDE_VERBS, WORK_VERBS, appointment, as_role, copula,
                    person_roles, role_verb, scored_for)


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

    def mention(self, token: Token):
        """The mention ``token`` is part of, if any."""
        cid = self.cid(token)
        if cid is None:
            return None
        return next((m for m in self.clusters[cid].mentions if m.start <= token.i < m.end), None)

    # -- the walk: each construction to its rule -------------------------
    def run(self) -> None:
        for person in list(self.roots("Person")):
            person_roles(self, person)
        for c in list(self.clusters.values()):
            for m in c.mentions if c.kind == "Person" else []:
                title_chain(self, m)
        for token in self.doc:
            if token.lemma_ == "part" and token.dep_ in ("attr", "dobj", "npadvmod"):
                part_of(self, token)
            if token.tag_ == "VBN" and token.is_sent_start and token.lemma_ in ("hold", "host", "stage", "organise", "organize"):
                held_at(self, token)
            if token.lemma_ in SCORE_NOUNS and token.dep_ == "dobj":
                scored_for(self, token)
            if token.lemma_ in ROLE_VERBS | WORK_VERBS | SIDE_VERBS and token.pos_ == "VERB":
                role_verb(self, token)
            if token.lemma_ == "be" and token.pos_ == "AUX" or token.lemma_ in ("become", "remain") and token.pos_ == "VERB":
                copula(self, token)
            if token.lemma_ in APPOINT_VERBS and token.pos_ == "VERB":
                appointment(self, token)
            if token.lower_ == "based" and token.dep_ == "amod":
                based(self, token)
            if token.lower_ in ("owned", "controlled") and token.dep_ in ("amod", "acl"):
                owned(self, token)
            if token.lemma_ in ("attend", "participate") and token.pos_ == "VERB":
                attend_without_object(self, token)
            if token.lemma_ == "include" and token.pos_ == "VERB":
                members(self, token)
                audience(self, token)
            if token.pos_ == "VERB":
                group_includes(self, token)
            if token.lower_ == "as" and token.dep_ == "prep":
                as_role(self, token)
            if token.pos_ == "VERB":
                clause_frame(self, token)
                speakers_at_reported_event(self, token)
            if token.lower_ == "here" and token.dep_ == "advmod":
                held_here(self, token)
        for org in list(self.roots("Organization")):
            org_parent_and_place(self, org)
        parent_in_name(self)
        placed_after(self)
        for event in list(self.roots("Event")):
            event_facts(self, event)
            met_in(self, event)
        dates(self)
        dated_sentences(self)
        venue_hosts(self)
        parts_in_focus(self)
        # a side that takes part is not where the event is: "the G7 meeting" is not in the G7
        sides = {(f.subject, f.object) for f in self.facts if f.relation == "participant"}
        self.facts = [f for f in self.facts if not (f.relation == "location" and (f.subject, f.object) in sides)]
