"""formats: every RDF syntax `kg build --format` writes reads back to the same graph and the same answers."""
import json
import subprocess
import sys

import pytest
from rdflib import Dataset, Graph

from kg.formats import FORMATS, write
from kg.query import load_graph, named_queries, run
from kg.rdf import article_graph, provenance_graph
from kg.vocab import KG, RDF, SDO

PARAMS = {"co_attendees": {"person": "Sofia Lindqvist"}}


@pytest.fixture(scope="module")
def graphs(examples_build):
    out, _ = examples_build
    return Graph().parse(out / "graph.ttl"), Graph().parse(out / "provenance.ttl")


@pytest.fixture(scope="module")
def written(graphs, tmp_path_factory):
    """The example graphs written once in every format: format -> output directory."""
    domain, provenance = graphs
    out = {}
    for fmt in FORMATS:
        out[fmt] = tmp_path_factory.mktemp(fmt)
        write(domain, provenance, out[fmt], fmt)
    return out


def _triples(g):
    return {(s, p, o) for s, p, o, *_ in g}


def _answers(graph, name):
    return sorted(tuple(str(v) for v in row) for row in run(graph, name, PARAMS.get(name)))


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_each_format_reads_back_to_the_same_triples(fmt, graphs, written):
    domain, provenance = graphs
    assert _triples(load_graph([written[fmt]])) == _triples(domain) | _triples(provenance)


@pytest.mark.parametrize("fmt", [f for f in FORMATS if f != "turtle"])
def test_each_format_gives_the_same_named_query_rows_as_turtle(fmt, written):
    turtle, other = load_graph([written["turtle"]]), load_graph([written[fmt]])
    for name in named_queries():
        assert _answers(other, name) == _answers(turtle, name), name


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_datasets_put_each_article_in_its_own_named_graph(fmt, written, graphs):
    domain, provenance = graphs
    files = list(written[fmt].iterdir())
    assert [f.name for f in files] == [f"graph.{FORMATS[fmt].extension}"]
    ds = Dataset().parse(files[0], format=FORMATS[fmt].rdflib_name)
    articles = set(domain.subjects(RDF.type, SDO.NewsArticle))
    names = {g.identifier for g in ds.graphs()}
    assert {article_graph(a) for a in articles} | {provenance_graph()} <= names
    # the Brussels article's graph holds what was read from it, and only that
    brussels = next(a for a in articles if "brussels" in str(domain.value(a, SDO.url)))
    facts = ds.graph(article_graph(brussels))
    assert any(str(domain.value(s, SDO.name)) == "Sofia Lindqvist" and p == SDO.affiliation for s, p, _ in facts)
    assert not any(str(domain.value(s, SDO.name)) == "Maria Okafor" for s, _, _ in facts)
    # evidence only in the provenance graph; names and types of entities in the default graph
    assert set(ds.graph(provenance_graph()).subjects(RDF.type, KG.Evidence))
    assert not set(facts.subjects(RDF.type, KG.Evidence))
    default = ds.default_graph
    assert len(set(default.subjects(RDF.type, SDO.Person))) == len(set(domain.subjects(RDF.type, SDO.Person)))


def test_jsonld_carries_an_inline_schema_org_context(written):
    doc = json.loads((written["jsonld"] / "graph.jsonld").read_text())
    assert doc["@context"]["@vocab"] == "https://schema.org/"
    assert any(node.get("@type") == "Person" and "name" in node for node in doc["@graph"])


def test_build_format_option_writes_that_format_and_drops_stale_files(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("title: T\ndate: 2025-02-03\n---\nNora Quinn, a physicist at the University of Leeds, "
                       "attended the 2025 Leeds Quantum Forum in Leeds.\n")
    kg = [sys.executable, "-m", "kg.cli"]
    first = subprocess.run([*kg, "build", article, "--out", tmp_path / "o", "--no-plot"], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    second = subprocess.run([*kg, "build", article, "--out", tmp_path / "o", "--no-plot", "--format", "trig"],
                            capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["graph.trig"]
    assert "removed" in second.stderr
    answer = subprocess.run([*kg, "query", tmp_path / "o", "affiliations", "--format", "json"], capture_output=True, text=True)
    assert {"person": "Nora Quinn", "organization": "University of Leeds", "title": "physicist"} in json.loads(answer.stdout)


def test_unknown_format_is_refused_before_any_work(tmp_path):
    result = subprocess.run([sys.executable, "-m", "kg.cli", "build", tmp_path, "--out", tmp_path / "o", "--format", "rdfxml"],
                            capture_output=True, text=True)
    assert result.returncode != 0 and result.stderr.startswith("kg: error: unknown format 'rdfxml'")
