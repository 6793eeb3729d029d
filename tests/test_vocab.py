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
