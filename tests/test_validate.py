"""validate: the SHACL shapes accept what kg builds and catch what it must never write."""
import subprocess
import sys

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from kg.build import build
from kg.formats import FORMATS, write
from kg.validate import shapes, validate, validate_graph
from kg.vocab import ontology_file

from .conftest import SHARED

PREFIXES = """
@prefix schema: <https://schema.org/> .
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://kg.example.org/> .
"""

# target class -> (a snippet that conforms, a snippet that violates, the path the violation is on)
EXAMPLES = {
    "Person": (
        ':ana a schema:Person ; schema:name "Ana Costa" ; schema:jobTitle "economist" ; schema:affiliation :wto .'
        ' :wto a schema:Organization ; schema:name "WTO" .',
        ':ana a schema:Person ; schema:name "Ana Costa" ; schema:affiliation :talks .'
        ' :talks a schema:Event ; schema:name "talks" .',
        "schema:affiliation",
    ),
    "Organization": (
        ':unit a schema:Organization ; schema:name "Centre" ; schema:parentOrganization :uni .'
        ' :uni a schema:Organization ; schema:name "University" .',
        ':unit a schema:Organization ; schema:name "Centre", "Center" .',
        "schema:name",
    ),
    "Place": (
        ':oslo a schema:Place ; schema:name "Oslo" ; schema:alternateName "Christiania" .',
        ':oslo a schema:Place ; schema:name "  " .',
        "schema:name",
    ),
    "Event": (
        ':talks a schema:Event ; schema:name "talks" ; schema:startDate "2025-06"^^xsd:gYearMonth ;'
        ' schema:location :brussels ; schema:attendee :japan .'
        ' :brussels a schema:Place ; schema:name "Brussels" . :japan a schema:Place ; schema:name "Japan" .',
        ':talks a schema:Event ; schema:name "talks" ; schema:startDate "last June" .',
        "schema:startDate",
    ),
    "NewsArticle": (
        ':a1 a schema:NewsArticle ; schema:identifier "a1" ; schema:headline "Talks end" ;'
        ' schema:url "https://news.example.org/t"^^xsd:anyURI ; schema:datePublished "2025-06-20"^^xsd:date .',
        ':a1 a schema:NewsArticle ; schema:identifier "a1" ; schema:headline "Talks end" ; schema:datePublished "20 June" .',
        "schema:datePublished",
    ),
    "Quotation": (
        ':q a schema:Quotation ; schema:text "Trade must stay open." ; schema:spokenByCharacter :ana ; schema:isBasedOn :a1 .'
        ' :ana a schema:Person ; schema:name "Ana Costa" .'
        ' :a1 a schema:NewsArticle ; schema:identifier "a1" ; schema:headline "Talks end" .',
        ':q a schema:Quotation ; schema:text "Trade must stay open." ; schema:isBasedOn :a1 .'
        ' :a1 a schema:NewsArticle ; schema:identifier "a1" ; schema:headline "Talks end" .',
        "schema:spokenByCharacter",
    ),
    "Evidence": (
        ':e a kg:Evidence ; kg:statementSubject :ana ; kg:statementPredicate schema:jobTitle ; kg:statementObject "economist" ;'
        ' prov:wasDerivedFrom :a1 ; kg:sentence "Ana Costa, an economist ..." ; kg:charStart 0 ; kg:charEnd 9 ;'
        ' kg:rule "appos" ; kg:confidence 0.85 .',
        ':e a kg:Evidence ; kg:statementSubject :ana ; kg:statementPredicate schema:jobTitle ; kg:statementObject "economist" ;'
        ' prov:wasDerivedFrom :a1 ; kg:sentence "Ana Costa, an economist ..." ; kg:charStart 9 ; kg:charEnd 0 ;'
        ' kg:rule "appos" ; kg:confidence 0.85 .',
        "kg:charStart",
    ),
}


def _graph(snippet: str) -> Graph:
    return Graph().parse(data=PREFIXES + snippet, format="turtle")


def test_every_shape_with_a_target_has_examples():
    g = shapes()
    targets = {str(t).rsplit("/", 1)[-1].rsplit("#", 1)[-1] for t in g.objects(None, SH.targetClass)}
    assert targets == set(EXAMPLES)


@pytest.mark.parametrize("target", list(EXAMPLES))
def test_shape_accepts_its_conforming_example(target):
    good, _, _ = EXAMPLES[target]
    assert validate_graph(_graph(good)) == []


@pytest.mark.parametrize("target", list(EXAMPLES))
def test_shape_rejects_its_violating_example(target):
    _, bad, path = EXAMPLES[target]
    violations = validate_graph(_graph(bad))
    assert violations and {v.path for v in violations} == {path}, violations


def test_shapes_use_only_shacl_terms():
    """A misspelt sh: term is silently ignored by validators, so the file is linted against SHACL."""
    g = shapes()
    used = {t for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(str(SH))}
    unknown = {t for t in used if t not in SH}
    assert not unknown


def test_every_class_the_build_writes_has_a_shape(examples_build):
    out, _ = examples_build
    written = set(Graph().parse(out / "graph.ttl").objects(None, RDF.type)) | set(Graph().parse(out / "provenance.ttl").objects(None, RDF.type))
    targeted = set(shapes().objects(None, SH.targetClass))
    assert written <= targeted


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_graph_built_from_the_examples_conforms(fmt, examples_build, tmp_path):
    out, _ = examples_build
    write(Graph().parse(out / "graph.ttl"), Graph().parse(out / "provenance.ttl"), tmp_path, fmt)
    assert validate([tmp_path]) == []
    for f in tmp_path.iterdir():  # each file on its own, too
        assert validate([f]) == [], f


def test_a_sample_of_bbc_articles_builds_into_a_conforming_graph(tmp_path):
    corpus = SHARED / "corpora" / "bbc"
    if not corpus.is_dir():
        pytest.skip(f"the BBC corpus is not at {corpus} (CI puts ../shared beside the clone)")
    sample = [sorted((corpus / topic).glob("*.txt"))[:4] for topic in ("business", "entertainment", "politics", "sport", "tech")]
    build([f for files in sample for f in files], tmp_path, plot=False)
    assert validate([tmp_path]) == []


def test_the_shapes_ship_beside_the_ontology():
    assert ontology_file("shapes.ttl").is_file()


def _kg(*args):
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True)


def test_cli_exit_0_when_conforming_1_with_one_line_per_violation(examples_build, tmp_path):
    out, _ = examples_build
    ok = _kg("validate", out)
    assert ok.returncode == 0 and "conforms" in ok.stdout
    bad = tmp_path / "bad.ttl"
    bad.write_text(PREFIXES + EXAMPLES["Person"][1] + "\n" + EXAMPLES["Event"][1])
    result = _kg("validate", bad)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("<https://kg.example.org/ana> schema:affiliation: ")
    assert lines[1].startswith("<https://kg.example.org/talks> schema:startDate: must be a date")
    assert "2 violations" in result.stderr


def test_cli_bad_input_is_one_line_and_exit_2(tmp_path):
    result = _kg("validate", tmp_path / "missing.ttl")
    assert result.returncode == 2
    assert result.stderr.startswith("kg: error: ") and result.stderr.count("\n") == 1


def test_a_body_may_be_quoted_but_a_place_may_not():
    from kg.validate import validate_graph

    body = _graph(':q a schema:Quotation ; schema:text "No comment." ; schema:spokenByCharacter :iaaf ; schema:isBasedOn :a1 .'
                  ' :iaaf a schema:Organization ; schema:name "IAAF" .'
                  ' :a1 a schema:NewsArticle ; schema:identifier "a1" ; schema:headline "Ban upheld" .')
    place = _graph(':q a schema:Quotation ; schema:text "No comment." ; schema:spokenByCharacter :oslo ; schema:isBasedOn :a1 .'
                   ' :oslo a schema:Place ; schema:name "Oslo" .'
                   ' :a1 a schema:NewsArticle ; schema:identifier "a1" ; schema:headline "Ban upheld" .')
    assert validate_graph(body) == []
    assert validate_graph(place) != []
