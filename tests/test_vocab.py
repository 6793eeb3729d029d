"""vocab: every term the code uses is declared in the ontology, and the other way round."""
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.vocab import KG, KG_NS, ontology_file


def _ontology():
    return Graph().parse(ontology_file("kg.ttl"))


def test_vocab_matches_ontology_term_for_term():
    g = _ontology()
    declared = {str(s) for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(KG_NS)}
    in_code = {KG_NS + name for name in KG.__annotations__}
    assert declared == in_code


def test_every_term_has_label_comment_and_definer():
    g = _ontology()
    for s in {s for s in g.subjects() if str(s).startswith(KG_NS)}:
        assert g.value(s, RDFS.label) and g.value(s, RDFS.comment) and g.value(s, RDFS.isDefinedBy), s


def test_misspelt_term_is_an_error():
    import pytest

    with pytest.raises(AttributeError):
        KG.confidance  # noqa: B018


def test_ontology_has_a_header():
    g = _ontology()
    (onto,) = list(g.subjects(RDF.type, OWL.Ontology))
    assert g.value(onto, OWL.versionInfo) and g.value(onto, RDFS.label)


def test_ontology_header_says_what_it_is():
    g = _ontology()
    (onto,) = list(g.subjects(RDF.type, OWL.Ontology))
    assert g.value(onto, RDFS.comment) and g.value(onto, OWL.versionIRI)


def test_every_term_is_typed_and_hangs_under_schema_org_prov_or_rdf_where_one_fits():
    from kg.vocab import PROV, SDO

    g = _ontology()
    supers = {
        KG.Evidence: PROV.Entity,
        KG.statementSubject: RDF.subject,
        KG.statementPredicate: RDF.predicate,
        KG.statementObject: RDF.object,
        KG.sentence: PROV.value,
        KG.collaboratesWith: SDO.knows,
    }
    for term, parent in supers.items():
        assert parent in set(g.objects(term, RDFS.subClassOf)) | set(g.objects(term, RDFS.subPropertyOf)), term
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}
    for name in KG.__annotations__:
        assert set(g.objects(KG[name], RDF.type)) & kinds, name


def test_shared_scorer_reads_every_ontology_file(shared_eval, tmp_path):
    """score.py is run with --ontology 'ontology/*.ttl', which takes in the shapes too."""
    import json
    import subprocess
    import sys

    from kg.build import build

    from .conftest import ROOT

    article = shared_eval / "dev" / "00_beijing_forum.txt"
    build([article], tmp_path, plot=False)
    result = subprocess.run(
        [sys.executable, str(shared_eval / "score.py"), "--gold", str(shared_eval / "dev" / "00_beijing_forum.json"),
         "--graph", str(tmp_path / "graph.ttl"), "--ontology", "ontology/*.ttl", "--json"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    assert json.loads(result.stdout)["overall"]["entities_micro"]["f1"] >= 0.8
