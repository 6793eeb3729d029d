"""rewrite: bring a store's graph in line with the corpus's identities, touching only what changed.

A streaming build writes each batch in the keys its articles read
("person/blair"), since identity can only be decided once the whole corpus is
known. At the end (``kg.build``) the identities of all records, old and new, are
decided again, and the store is patched: for every entity whose occurrences now
map elsewhere, every triple the records give it is taken out as it was written
and put back as it now reads (facts and their evidence, mentions, quotations);
entities that gained articles or forms get their names and types anew.

The store remembers what it wrote: every article's record, and which
occurrences were written under which entity (``IdentityState``), in a graph of
its own (``IDENTITY_GRAPH``, never exported). So a later build, or a new aliases
file, can move an occurrence again, even back out of an entity it joined.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from .. import rdf
from ..records import Entity, Evidence, Fact
from ..vocab import KIND_CLASS, RDF, SDO
from .identity import Identity, resolve_identity
from .record import ArticleRecord
from .resolver import Resolver

__all__ = ["IdentityState", "Patch", "Triples", "image", "plan", "IDENTITY_NS", "identity_graph", "DESCRIPTION"]

#: Terms of a store's own bookkeeping, not of kg's ontology: they never leave the store.
IDENTITY_NS = "https://w3id.org/kg-news/identity#"
RECORD = URIRef(IDENTITY_NS + "record")  # article -> its ArticleRecord as JSON
STATE = URIRef(IDENTITY_NS + "state")  # the graph's own node -> what was written under which entity, as JSON
ALIASES = URIRef(IDENTITY_NS + "aliases")  # the graph's own node -> the aliases file in force

#: What says what an entity is: its types and names.
DESCRIPTION = (RDF.type, SDO.name, SDO.alternateName)


def identity_graph(base: str) -> URIRef:
    """The named graph of a store's identity bookkeeping."""
    return URIRef(base.rstrip("/") + "/graph/identity")


@dataclass
class IdentityState:
    """What a store holds: every article's record, and under which entity each occurrence was written."""

    records: dict[str, ArticleRecord] = field(default_factory=dict)
    mapping: dict[tuple[str, str], str | None] = field(default_factory=dict)  # as in Identity.mapping
    covered: set[str] = field(default_factory=set)  # articles written under ``mapping``; the rest under their own keys
    aliases: str = ""
    described: dict[str, str] = field(default_factory=dict)  # entity key -> digest of the kinds and names written
    kinds: dict[str, list[str]] = field(default_factory=dict)  # entity key -> its kinds when its facts were written

    def written(self, article: str, key: str) -> str | None:
        return self.mapping.get((article, key), key) if article in self.covered else key

    def state_json(self) -> str:
        by_article: dict[str, dict[str, str | None]] = {}
        for (article, key), target in sorted(self.mapping.items()):
            by_article.setdefault(article, {})[key] = target
        return json.dumps({"v": 1, "covered": sorted(self.covered), "map": by_article,
                           "described": dict(sorted(self.described.items())), "kinds": dict(sorted(self.kinds.items()))},
                          ensure_ascii=False, separators=(",", ":"))

    def read_state(self, text: str) -> None:
        data = json.loads(text)
        self.covered = set(data["covered"])
        self.mapping = {(a, k): t for a, keys in data["map"].items() for k, t in keys.items()}
        self.described = data.get("described", {})
        self.kinds = data.get("kinds", {})


class Triples(set):
    """A plain set of rdflib triples, which ``kg.rdf.build`` can write into (it only adds and asks
    what is there): five times faster than an rdflib graph, which keeps indexes the patch never reads."""


@dataclass
class Patch:
    """Triples to take out and to put in, in one go, and the state to remember after."""

    remove_domain: Triples
    remove_provenance: Triples
    add_domain: Triples
    add_provenance: Triples
    state: IdentityState
    changed: set[str]  # entity keys whose triples moved
    described: set[str]  # entity keys whose names and types were written anew

    def __len__(self) -> int:
        return sum(len(g) for g in (self.remove_domain, self.remove_provenance, self.add_domain, self.add_provenance))


#: The kinds a relation's subject and object may have (kg.records.RELATIONS; ontology/shapes.ttl checks them).
DOMAIN = {"affiliation": {"Person"}, "jobTitle": {"Person"}, "parentOrganization": {"Organization"},
          "participant": {"Event"}, "location": {"Event", "Organization"}, "superEvent": {"Event"}, "date": {"Event"}}
RANGE = {"affiliation": {"Organization"}, "parentOrganization": {"Organization"},
         "participant": {"Person", "Organization", "Place"}, "location": {"Place", "Organization"}, "superEvent": {"Event"}}
SPEAKERS = {"Person", "Organization"}


def resolved(resolver: Resolver, curation=None) -> Resolver:
    """Everything ``resolver`` holds with cross-document identity applied: one entity per thing, no junk.

    For a build held in memory at once (``kg eval`` builds each article so); a streaming build gets the same graph
    by rewriting its store instead.
    """
    out = image(resolver.records, resolve_identity(resolver.records, curation))
    out.articles = list(resolver.articles)
    return out


def image(records, identity: Identity | None = None, touching: set[str] | None = None,
          state: IdentityState | None = None, kinds_then=None) -> Resolver:
    """What ``records`` give under ``identity``, or as ``state`` says they were written, as a resolver ``kg.rdf`` writes.

    With ``touching``, only the facts, quotations and mentions that involve one of
    those entity keys, and no entities (their descriptions are the caller's).
    A fact or quotation whose ends do not have kinds it allows is left out:
    "Bernard Ingham, Margaret Thatcher's press secretary" read her as a body he
    belonged to, and she is a person. As written, that is by the kinds the
    entities had then (``kinds_then(key)``), and not at all for articles written in
    the keys they read, which were written whole.
    """
    of = state.written if state is not None else identity.of

    def fits(article: str, key: str, allowed: set[str] | None) -> bool:
        if allowed is None:
            return True
        if state is None:
            return bool(identity.entities[key].kinds & allowed)
        return article not in state.covered or bool(kinds_then(key) & allowed)

    out = Resolver()
    for record in records:
        keys = [of(record.article, o.key) for o in record.occurrences]

        def wanted(*ends) -> bool:
            return touching is None or any(e in touching for e in ends)

        out.mentions[record.article] = {k for k in keys if k and wanted(k)}
        if touching is None:
            for k in out.mentions[record.article]:
                out.entities[k] = identity.entities[k]
        for f in record.facts:
            s = keys[f.subject]
            o = f.object if isinstance(f.object, str) else keys[f.object]
            a = record.article
            if s and o and wanted(s, o) and fits(a, s, DOMAIN.get(f.relation)) \
                    and (isinstance(f.object, str) or fits(a, o, RANGE.get(f.relation))):
                out.facts.append(Fact(s, f.relation, o, f.evidence))
        for speaker, text in record.quotes:
            if keys[speaker] and wanted(keys[speaker]) and fits(record.article, keys[speaker], SPEAKERS):
                out.quotes.append((keys[speaker], text, Evidence(record.article, "", 0, 0, "quote", 1.0)))
    return out


def plan(state: IdentityState, identity: Identity, aliases: str, base: str, read_descriptions=None) -> Patch:
    """The patch that takes a store from what ``state`` says it wrote to what ``identity`` says.

    ``read_descriptions(keys)`` gives the store's current types and names of those
    entities, to be replaced. Entities whose occurrences moved, or whose kinds
    changed (what fits them may have too), have every fact, quotation and mention
    the records give them taken out as written and put back as they now read.
    What would be taken out and put back alike is left where it is.
    """
    changed: set[str] = set()
    digests = {k: _digest(e) for k, e in identity.entities.items()}
    # entities whose kinds or names differ from what was written, or that are no more
    described_keys = {k for k, d in digests.items() if state.described.get(k) != d} | (set(state.described) - set(digests))
    for record in state.records.values():
        a = record.article
        for o in record.occurrences:
            was, now = state.written(a, o.key), identity.of(a, o.key)
            if was != now:
                changed |= {was, now} - {None}
            if a not in state.covered:
                described_keys |= {was, now} - {None}
    described_keys |= changed
    written = Triples(read_descriptions(sorted(described_keys))) if described_keys and read_descriptions else Triples()
    kinds_written: dict = defaultdict(set)
    rdf_type = RDF.type  # looked up once: rdflib looks a namespace's term up on every use
    for s, p, o in written:
        if p == rdf_type:
            kinds_written[s].add(o)
    # an entity whose kinds change may fit facts it did not, or not fit those it did: they are all read again
    for key in described_keys & identity.entities.keys():
        kinds = identity.entities[key].kinds
        if key in state.kinds:  # its facts were written under an identity, by the kinds it had then
            if set(state.kinds[key]) != kinds:
                changed.add(key)
        elif kinds_written.get(rdf.iri(base, key), set()) != {KIND_CLASS[k] for k in kinds}:  # written as read
            changed.add(key)
    involved = [r for r in state.records.values()
                if any(state.written(r.article, o.key) in changed or identity.of(r.article, o.key) in changed
                       for o in r.occurrences)] if changed else []
    def kinds_then(key: str) -> set[str]:
        """The kinds an entity had when the facts of articles written under an identity were filtered."""
        return set(state.kinds.get(key, ()))

    before = image(involved, touching=changed, state=state, kinds_then=kinds_then)
    after = image(involved, identity, touching=changed)
    remove_domain, remove_provenance = rdf.build(before, base, into=(Triples(), Triples()))
    add_domain, add_provenance = rdf.build(after, base, into=(Triples(), Triples()))
    mentioned = Triples((rdf.iri(base, "article/" + a), SDO.mentions, rdf.iri(base, k))
                        for a, keys in before.mentions.items() for k in keys)
    add_domain.update((rdf.iri(base, "article/" + a), SDO.mentions, rdf.iri(base, k))
                      for a, keys in after.mentions.items() for k in keys)
    entities = Resolver({k: identity.entities[k] for k in sorted(described_keys) if k in identity.entities})
    rdf.build(entities, base, into=(add_domain, Triples()))
    # what was read, and what the records say was written, is exactly what is there:
    # what would be taken out and put back alike is left as it is
    remove_domain |= written | mentioned
    for old, new in ((remove_domain, add_domain), (remove_provenance, add_provenance)):
        same = old & new
        old -= same
        new -= same
    done = IdentityState(state.records, dict(identity.mapping), set(state.records), aliases, digests,
                         {k: sorted(e.kinds) for k, e in identity.entities.items()})
    return Patch(remove_domain, remove_provenance, add_domain, add_provenance, done, changed, described_keys)


def _digest(entity: Entity) -> str:
    """A short fingerprint of what the graph says an entity is (its kinds and names)."""
    text = "\x1f".join([*sorted(entity.kinds), entity.name, *sorted(entity.aliases)])
    return hashlib.sha1(text.encode()).hexdigest()[:12]

