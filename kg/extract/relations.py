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
(people's job titles and affiliations), ``title_chains`` (runs of capitalised
titles and bodies, "X, Director of Y at Z and Fellow of W"), ``org_facts``
(organisations' parents, units and places), ``event_facts`` (participants,
locations, dates, sub-events), ``frames`` (who a clause says took part, in
the event it names or the one in ``focus``) and ``report_facts`` (what a report's
opening, dateline, lists and parts say), with the parse helpers they share in
``grammar``. Each rule takes a ``reader.Reader``, the lookups of one Doc; this
module holds the component and ``walk``, which hands each construction to its
rule.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .event_dates import dates
from .crowds import attend_without_object, audience
from .event_facts import event_facts, held_at, part_of
from .mentions import english_words
from .frames import clause_frame, featured, gathered_in, in_presence_of, met_in, role_copula, speeches_by
from .groups import group_includes, group_leader, group_of_people, hosts, side_listed, staff_listed
from .org_facts import (based, members, org_parent_and_place, own_units, owned, parent_before, parent_in_name, parent_leading,
                        placed_after, seated_in)
from .roster_facts import bracketed_heads, paired_people, plural_title_lists, respective_posts, roster_facts
from .reader import RawFact, Reader, RuleConfig  # noqa: F401  (RawFact: the records kg_facts holds)
from .settle import settle
from .event_places import venue_hosts
from .headline_facts import headline_at, headline_date, headline_place, headline_title
from .label_lines import labelled_lines
from .report_facts import (dated_sentences, stops_of_visit, opening_when_where, report_cast, report_month, held_here, listed_below, parts_in_focus, speakers_at_reported_event,
                           series_parts, whole_in_name)
from .roles import (
    APPOINT_VERBS,
    ROLE_VERBS,
    SCORE_NOUNS,
    SIDE_VERBS,
    WORK_VERBS,
    appointment,
    as_role,
    copula,
    on_behalf,
    person_roles,
    role_verb,
    scored_for,
)
from .title_chains import title_chain

if not Doc.has_extension("kg_facts"):
    Doc.set_extension("kg_facts", default=None)
    Doc.set_extension("kg_published", default=None)
    Doc.set_extension("kg_aliases", default=None)  # entity id -> more names the report gives it (its headline)


@Language.factory(
    "kg_relations",
    default_config={
        "participation_verbs": lexicon.PARTICIPATION_VERBS,
        "unit_nouns": lexicon.UNIT_NOUNS,
    },
    requires=["doc._.kg_clusters", "doc._.kg_token_cluster", "token.dep"],
    assigns=["doc._.kg_facts", "doc._.kg_aliases"],
)
def make_relations(nlp: Language, name: str, participation_verbs: list[str], unit_nouns: list[str]):
    return Relations(RuleConfig(frozenset(participation_verbs), frozenset(unit_nouns), english_words(nlp)))


class Relations:
    def __init__(self, config: RuleConfig):
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        reader = Reader(doc, self.config)
        walk(reader)
        doc._.kg_facts = reader.facts  # add() keeps the first evidence per fact
        titled = headline_title(reader)
        doc._.kg_aliases = {titled[0]: [titled[1]]} if titled else {}
        return doc


def walk(reader: Reader) -> None:
    """Each construction of the Doc to its rule."""
    for person in list(reader.roots("Person")):
        person_roles(reader, person)
    for c in list(reader.clusters.values()):
        for m in c.mentions if c.kind == "Person" else []:
            title_chain(reader, m)
    roster_facts(reader)
    paired_people(reader)
    bracketed_heads(reader)
    plural_title_lists(reader)
    respective_posts(reader)
    for token in reader.doc:
        if token.lemma_ == "part" and token.dep_ in ("attr", "dobj", "npadvmod"):
            part_of(reader, token)
        if token.tag_ == "VBN" and token.lemma_ in ("hold", "host", "stage", "organise", "organize") \
                and (token.is_sent_start or any(c.lower_ == "it" and c.dep_ == "nsubjpass" for c in token.children)):
            held_at(reader, token)
        if token.lemma_ in SCORE_NOUNS and token.dep_ == "dobj":
            scored_for(reader, token)
        if token.lemma_ in ROLE_VERBS | WORK_VERBS | SIDE_VERBS and token.pos_ == "VERB":
            role_verb(reader, token)
        if token.lemma_ == "be" and token.pos_ == "AUX" or token.lemma_ in ("become", "remain") and token.pos_ == "VERB":
            copula(reader, token)
        if token.lemma_ in APPOINT_VERBS and token.pos_ == "VERB":
            appointment(reader, token)
        if token.lower_ == "based" and token.dep_ == "amod":
            based(reader, token)
        if token.lower_ in ("based", "headquartered") and token.tag_ == "VBN":
            seated_in(reader, token)
        if token.lower_ in ("owned", "controlled") and token.dep_ in ("amod", "acl"):
            owned(reader, token)
        if token.lemma_ in ("attend", "participate") and token.pos_ == "VERB":
            attend_without_object(reader, token)
        if token.lemma_ == "feature" and token.pos_ == "VERB":
            featured(reader, token)
        if token.lemma_ == "include" and token.pos_ == "VERB":
            members(reader, token)
            audience(reader, token)
        if token.pos_ == "VERB" or token.lemma_ == "be":
            group_includes(reader, token)
            group_leader(reader, token)
            hosts(reader, token)
        if token.pos_ == "VERB":
            gathered_in(reader, token)
        if token.pos_ == "NOUN":
            staff_listed(reader, token)
            group_of_people(reader, token)
            speeches_by(reader, token)
        if token.lemma_ in ("include", "be", "comprise"):
            listed_below(reader, token)
        if token.lemma_ == "be":
            role_copula(reader, token)
            side_listed(reader, token)
        if token.lower_ == "as" and token.dep_ == "prep":
            as_role(reader, token)
        if token.lower_ == "behalf":
            on_behalf(reader, token)
        if token.pos_ == "VERB" or token.lemma_ == "be":
            clause_frame(reader, token)
            speakers_at_reported_event(reader, token)
        if token.dep_ == "pobj" and token.pos_ == "NOUN":
            in_presence_of(reader, token)
        if token.lower_ == "here" and token.dep_ == "advmod":
            held_here(reader, token)
    for org in list(reader.roots("Organization")):
        org_parent_and_place(reader, org)
    parent_in_name(reader)
    parent_leading(reader)
    parent_before(reader)
    own_units(reader)
    placed_after(reader)
    for event in list(reader.roots("Event")):
        event_facts(reader, event)
        met_in(reader, event)
    dates(reader)
    dated_sentences(reader)
    whole_in_name(reader)
    series_parts(reader)
    venue_hosts(reader)
    parts_in_focus(reader)
    stops_of_visit(reader)
    report_cast(reader)
    opening_when_where(reader)
    labelled_lines(reader)
    headline_date(reader)
    headline_place(reader)
    headline_at(reader)
    report_month(reader)
    settle(reader)
