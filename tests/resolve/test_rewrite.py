"""rewrite: whatever the batches, the builds or the order of decisions, a store reaches the graph of one build.

The corpus is written so that identities move as it grows: with the first half
alone "Mr Blair" is Tony Blair (the only Blair) and the Labour Party is named
by its full name; the second half brings Ian Blair, whose articles call him
"Mr Blair" beside the Metropolitan Police, and more articles that say "Labour".
So the second build must take an occurrence back out of one entity and into
another, and rename an entity, facts, evidence and quotations with them.
"""
import random

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import rdf
from kg.build import Summary, _identify
from kg.curate import parse_aliases
from kg.resolve import Resolver, rewrite
from kg.store import MemoryStore, OxigraphStore

from .helpers import extraction as x

FIRST = [x(f"a{i}", ("Person", "Tony Blair", "Blair"), ("Organization", "Labour Party"), ("Place", "London"),
           facts=[(0, "affiliation", 1), (0, "jobTitle", "prime minister")]) for i in range(3)]
FIRST += [x("a3", ("Person", "Mr Blair"), ("Organization", "Metropolitan Police"), ("Organization", "Budget"),
            facts=[(0, "affiliation", 1), (0, "jobTitle", "commissioner")], quotes=[(0, "We will act.")]),
          x("a4", ("Organization", "Labour"), ("Person", "Cherie Blair", "Mrs Blair"), facts=[(1, "affiliation", 0)])]
SECOND = [x(f"b{i}", ("Person", "Ian Blair", "Mr Blair"), ("Organization", "Metropolitan Police"),
            facts=[(0, "affiliation", 1)], quotes=[(0, "We will act.")]) for i in range(2)]
SECOND += [x(f"c{i}", ("Organization", "Labour"), ("Person", "Gordon Brown"), facts=[(1, "affiliation", 0)])
           for i in range(4)]
# names whose kind the corpus settles late: a "body" called Margaret Thatcher, a "person" called China
SECOND += [x("d0", ("Person", "Bernard Ingham"), ("Organization", "Margaret Thatcher"), ("Person", "China"),
             facts=[(0, "affiliation", 1)], quotes=[(2, "No comment.")]),
           x("d1", ("Person", "Margaret Thatcher"), ("Place", "China")), x("d2", ("Person", "Margaret Thatcher")),
           x("d3", ("Place", "China"), ("Organization", "Labour"), facts=[(1, "location", 0)])]


def build(store, builds, aliases=None):
    """Each build: its batches written as a streaming build writes them, then identities decided and the store rewritten."""
    for batches in builds:
        built = set()
        for batch in batches:
            resolver = Resolver()
            for extraction in batch:
                resolver.add(extraction)
            flushed = resolver.flush()
            store.add(flushed)
            built |= {r.article for r in flushed.records}
        _identify(store, aliases, rdf.DEFAULT_BASE, built, Summary())
    return store


def graphs(store, tmp_path):
    written, _ = store.export(tmp_path, "turtle")
    return [Graph().parse(p) for p in written]


@pytest.fixture(scope="module")
def whole(tmp_path_factory):
    """The corpus resolved at once, in memory: what every other way must give."""
    resolver = Resolver()
    for extraction in FIRST + SECOND:
        resolver.add(extraction)
    return rdf.build(rewrite.resolved(resolver), rdf.DEFAULT_BASE)


def test_the_corpus_moves_identities_as_it_grows(tmp_path):
    first = graphs(build(MemoryStore(), [[FIRST]]), tmp_path / "a")
    names = {str(o) for o in first[0].objects(None, rdf.SDO.name)}
    assert "Mr Blair" not in names and "Budget" not in names and "Labour Party" in names and "Labour" not in names
    both = graphs(build(MemoryStore(), [[FIRST + SECOND]]), tmp_path / "ab")
    names = {str(o) for o in both[0].objects(None, rdf.SDO.name)}
    assert "Labour" in names and "Labour Party" not in names  # now the name most articles use
    ian = rdf.iri(rdf.DEFAULT_BASE, "person/ian-blair")
    assert (rdf.iri(rdf.DEFAULT_BASE, "article/a3"), rdf.SDO.mentions, ian) in both[0]  # a3's Mr Blair is Ian now


def test_one_streaming_build_in_any_batches_gives_the_graph_of_the_whole(whole, tmp_path):
    for n, batches in enumerate([[FIRST + SECOND], [[e] for e in FIRST + SECOND], [SECOND[:3], FIRST, SECOND[3:]]]):
        got = graphs(build(MemoryStore(), [batches]), tmp_path / str(n))
        assert isomorphic(got[0], whole[0]) and isomorphic(got[1], whole[1]), n


@pytest.mark.parametrize("seed", range(4))
def test_builds_into_a_store_one_after_another_give_the_graph_of_one_build(whole, tmp_path, seed):
    corpus = list(FIRST + SECOND)
    random.Random(seed).shuffle(corpus)
    cuts = sorted(random.Random(seed).sample(range(1, len(corpus)), 3))
    builds = [[corpus[a:b]] for a, b in zip([0, *cuts], [*cuts, len(corpus)])]
    store = build(OxigraphStore(tmp_path / "db"), builds)
    got = graphs(store, tmp_path / "out")
    store.close()
    assert isomorphic(got[0], whole[0]) and isomorphic(got[1], whole[1])


def test_an_aliases_file_given_to_a_store_later_gives_the_graph_of_a_build_with_it(tmp_path):
    aliases = parse_aliases("Person: Tony Blair != Mr Blair\n! London\nLabour Party = Labour\n")
    with_it = graphs(build(MemoryStore(), [[FIRST + SECOND]], aliases), tmp_path / "with")
    store = build(OxigraphStore(tmp_path / "db"), [[FIRST + SECOND]])
    build(store, [[]], aliases)  # no articles: the aliases file alone, as kg build --store --aliases does it
    later = graphs(store, tmp_path / "later")
    build(store, [[]])  # and a build without --aliases keeps it
    kept = graphs(store, tmp_path / "kept")
    store.close()
    names = {str(o) for o in with_it[0].objects(None, rdf.SDO.name)}
    assert "London" not in names and "Labour Party" in names and "Labour" not in names
    assert all(isomorphic(a, b) for a, b in zip(later, with_it)) and all(isomorphic(a, b) for a, b in zip(kept, with_it))


def test_a_fact_whose_ends_change_kind_goes_when_it_no_longer_fits():
    resolver = Resolver()
    for extraction in [x("a", ("Person", "Margaret Thatcher")), x("b", ("Person", "Margaret Thatcher")),
                       x("c", ("Person", "Bernard Ingham"), ("Organization", "Margaret Thatcher"), ("Person", "China"),
                         facts=[(0, "affiliation", 1), (0, "jobTitle", "press secretary")], quotes=[(2, "No comment.")]),
                       x("d", ("Place", "China")), x("e", ("Place", "China"))]:
        resolver.add(extraction)
    resolved = rewrite.resolved(resolver)
    assert {(f.subject, f.relation) for f in resolved.facts} == {("person/bernard-ingham", "jobTitle")}
    assert resolved.quotes[0][0] == "place/china" and resolved.entities["place/china"].kinds == {"Place", "Organization"}
