"""Scale: parallel extraction, the persistent Oxigraph store, incremental and failed builds.

Each build compares against the in-memory build of the example articles (the
``examples_build`` fixture): same graph whatever the jobs, the store or the batching.
"""
import subprocess
import sys

import pytest
from pyoxigraph import RdfFormat, Store
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.build import build
from kg.query import load_graph, named_queries, run
from kg.records import Article, ArticleExtraction
from kg.resolve import Resolver
from kg.resolve.identity import resolve_identity
from kg.store import OxigraphStore, _Converter

from .conftest import EXAMPLES

ARTICLES = sorted(EXAMPLES.glob("*.txt"))
PARAMS = {"co_attendees": {"person": "Sofia Lindqvist"}, "quotes": {"speaker": "Jonas Berg"}}


def graphs(out):
    return [Graph().parse(out / f"{stem}.ttl") for stem in ("graph", "provenance")]


def same_graphs(a, b):
    return all(isomorphic(x, y) for x, y in zip(graphs(a), graphs(b)))


def quads(path):
    store = Store.read_only(str(path))
    return sorted(store.dump(format=RdfFormat.N_QUADS).decode().splitlines())


def rows(graph, name):
    result = run(graph, name, PARAMS.get(name))
    # SPARQL leaves the order inside GROUP_CONCAT to the engine
    return sorted(tuple("; ".join(sorted(str(v).split("; "))) if v is not None else "" for v in row) for row in result)


def test_two_jobs_give_the_same_graph_as_one(examples_build, tmp_path):
    out, summary = examples_build
    parallel = build([EXAMPLES], tmp_path, plot=False, jobs=2)
    assert parallel.articles == summary.articles and parallel.facts == summary.facts
    assert same_graphs(tmp_path, out)


@pytest.fixture(scope="module")
def stored(examples_build, tmp_path_factory):
    """The examples built into an Oxigraph store, in two runs (A, then B) with one article per batch."""
    tmp = tmp_path_factory.mktemp("store")
    spec = f"oxigraph:{tmp / 'db'}"
    first = build(ARTICLES[:2], tmp / "a", plot=False, store=spec, batch_size=1)
    second = build(ARTICLES[2:], tmp / "ab", plot=False, store=spec, batch_size=1)
    return tmp, spec, first, second


def test_incremental_build_of_a_then_b_equals_a_build_of_both(stored, examples_build):
    tmp, _, first, second = stored
    assert (first.articles, second.articles, second.stored) == (2, 2, 0)
    assert same_graphs(tmp / "ab", examples_build[0])


def test_store_answers_every_named_query_like_the_in_memory_graph(stored, examples_build):
    tmp, _, _, _ = stored
    memory = load_graph([examples_build[0]])
    with OxigraphStore(tmp / "db", read_only=True) as store:
        for name in named_queries():
            assert rows(store, name) == rows(memory, name), name


def test_kg_query_reads_the_store(stored):
    _, spec, _, _ = stored
    done = subprocess.run([sys.executable, "-m", "kg.cli", "query", spec, "co_attendees", "-p", "person=Sofia Lindqvist"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Jonas Berg" in done.stdout and "Kenji Watanabe" in done.stdout and "(3 rows)" in done.stdout


def test_building_the_same_articles_again_changes_nothing(stored, tmp_path):
    tmp, spec, _, _ = stored
    before = quads(tmp / "db")
    again = build([EXAMPLES], tmp_path, plot=False, store=spec)
    assert (again.articles, again.stored) == (0, 4)
    assert quads(tmp / "db") == before
    assert same_graphs(tmp_path, tmp / "ab")  # and the export still holds everything


def test_a_failing_batch_leaves_the_store_as_it_was(stored, tmp_path, monkeypatch):
    tmp, _, _, _ = stored
    build(ARTICLES[:2], tmp_path / "a", plot=False, store=f"oxigraph:{tmp_path / 'a-db'}")
    spec = f"oxigraph:{tmp_path / 'db'}"
    calls = {"add": 0, "terms": 0}
    real_add, real_convert = OxigraphStore.add, _Converter.__call__

    def add(self, batch):
        calls["add"] += 1
        return real_add(self, batch)

    def convert(self, term):  # the third batch fails halfway through its quads
        if calls["add"] == 3:
            calls["terms"] += 1
            if calls["terms"] > 30:
                raise OSError("disk full")
        return real_convert(self, term)

    monkeypatch.setattr(OxigraphStore, "add", add)
    monkeypatch.setattr(_Converter, "__call__", convert)
    with pytest.raises(OSError, match="disk full"):
        build([EXAMPLES], tmp_path / "out", plot=False, store=spec, batch_size=1)
    assert calls["terms"] > 30
    # two whole articles, nothing of the third: the articles and records of building A alone (still
    # in the keys their articles read: identity is decided once a build is through, as the rerun's is)
    with OxigraphStore(tmp_path / "db", read_only=True) as failed, OxigraphStore(tmp_path / "a-db", read_only=True) as a:
        assert failed.known_articles() == a.known_articles()
        assert failed.identity_state().records == a.identity_state().records
    monkeypatch.undo()
    rerun = build([EXAMPLES], tmp_path / "out", plot=False, store=spec)
    assert (rerun.articles, rerun.stored) == (2, 2)
    assert same_graphs(tmp_path / "out", tmp / "ab")


def _extraction(article_id, names, kinds):
    return ArticleExtraction(Article(id=article_id, text="..."), names, kinds, [], [])


def test_what_merges_across_runs(tmp_path):
    """Identity is decided over the records of every run, as over one run's: exact names, forms read for
    one entity, surnames of one full name; a form read for two entities stays apart."""
    with OxigraphStore(tmp_path / "db") as store:
        first = Resolver()
        first.add(_extraction("a", {0: ["Graham Webster"], 1: ["Stanford University", "Stanford"],
                                    2: ["Lincoln College"], 3: ["Lincoln University"]},
                              {0: {"Person"}, 1: {"Organization"}, 2: {"Organization"}, 3: {"Organization"}}))
        first.add(_extraction("b", {0: ["Lincoln College", "Lincoln"], 1: ["Lincoln University", "Lincoln"]},
                              {0: {"Organization"}, 1: {"Organization"}}))
        store.add(first.flush())
        later = Resolver()
        later.add(_extraction("c", {0: ["Graham Webster"], 1: ["Stanford"], 2: ["Lincoln"], 3: ["Webster"]},
                              {0: {"Person"}, 1: {"Organization"}, 2: {"Organization"}, 3: {"Person"}}))
        store.add(later.flush())
        identity = resolve_identity(store.identity_state().records.values())
    assert identity.of("c", "person/graham-webster") == "person/graham-webster"  # the same name: the same IRI
    assert identity.of("c", "organization/stanford") == "organization/stanford-university"  # read for it before
    assert identity.of("c", "organization/lincoln") == "organization/lincoln"  # read for two entities: neither's
    assert identity.of("c", "person/webster") == "person/graham-webster"  # the surname of the one full name


def test_an_article_the_pipeline_fails_on_is_skipped_not_the_whole_build(tmp_path, monkeypatch):
    import kg.chunks

    real = kg.chunks.extract

    def flaky(nlp, articles):
        if any("Nairobi" in a.text for a in articles):
            raise IndexError("list index out of range")
        return real(nlp, articles)

    monkeypatch.setattr(kg.chunks, "extract", flaky)
    summary = build([EXAMPLES], tmp_path, plot=False)
    failed = [(source, reason) for source, reason in summary.skipped if "extraction failed" in reason]
    assert summary.articles + len(failed) == 4 and failed
    assert all("IndexError: list index out of range" in reason for _, reason in failed)


def test_a_parameter_cannot_change_a_store_query(stored):
    tmp, _, _, _ = stored
    with OxigraphStore(tmp / "db", read_only=True) as store:
        assert rows(store, "co_attendees") and not list(run(store, "co_attendees", {"person": 'x" } ; DROP ALL ; #'}))
        assert len(list(run(store, "affiliations", {"person": "Jonas Berg"}))) == len(
            [r for r in run(store, "affiliations") if str(r[0]) == "Jonas Berg"])


def test_kg_query_prints_a_store_answer_as_the_text_of_its_rdflib_terms(stored):
    """``kg query`` reads a store's answer without making rdflib terms: the text must be theirs."""
    from kg.query import rows as table_rows

    tmp, _, _, _ = stored
    odd = ('SELECT ?x WHERE { VALUES ?x { "007"^^<http://www.w3.org/2001/XMLSchema#integer> "1.0E0"^^<http://www.w3.org/2001/XMLSchema#double> '
           '"0.850"^^<http://www.w3.org/2001/XMLSchema#decimal> "été"@fr <https://x.example/a> UNDEF } }')
    with OxigraphStore(tmp / "db", read_only=True) as store:
        for query in [*named_queries(), odd]:
            result = run(store, query)
            assert table_rows(result)[1] == [["" if v is None else str(v) for v in row] for row in result], query


def test_a_malformed_store_is_refused_before_any_work(tmp_path):
    from kg.errors import InputError

    with pytest.raises(InputError, match="oxigraph:PATH"):
        build([EXAMPLES], tmp_path, store="sqlite:x.db")


def test_cli_builds_into_a_store_with_two_jobs_and_says_what_it_skipped(tmp_path):
    def kg_build():
        return subprocess.run([sys.executable, "-m", "kg.cli", "build", str(EXAMPLES), "--store", f"oxigraph:{tmp_path / 'db'}",
                               "--jobs", "2", "--no-plot", "--out", str(tmp_path / "out")], capture_output=True, text=True)

    first, again = kg_build(), kg_build()
    assert first.returncode == 0, first.stderr
    assert "articles: 4 built" in first.stdout and f"stored in oxigraph:{tmp_path / 'db'}" in first.stdout
    assert again.returncode == 0 and "articles: 0 built, 0 skipped, 4 already in the store" in again.stdout
