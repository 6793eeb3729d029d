"""The one place that lists the vocabulary kg writes.

schema.org terms come from rdflib's ``SDO``; kg's own terms are declared in
``ontology/kg.ttl`` and mirrored here as a ``DefinedNamespace`` whose ``_fail``
turns a misspelt term into an ``AttributeError`` instead of a silent new IRI.
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace, PROV, RDF, RDFS, SDO, XSD

__all__ = ["KG", "SDO", "PROV", "RDF", "RDFS", "XSD", "KG_NS", "KIND_CLASS", "RELATION_PREDICATE"]

KG_NS = "https://w3id.org/kg-news/ontology#"


class KG(DefinedNamespace):
    """kg's own ontology terms (see ontology/kg.ttl)."""

    _fail = True
    _NS = Namespace(KG_NS)

    # classes
    Evidence: URIRef  # where a fact was read
    # properties
    confidence: URIRef
    charStart: URIRef
    charEnd: URIRef
    sentence: URIRef
    rule: URIRef
    statementSubject: URIRef
    statementPredicate: URIRef
    statementObject: URIRef
    collaboratesWith: URIRef


#: kind -> schema.org class
KIND_CLASS = {
    "Person": SDO.Person,
    "Organization": SDO.Organization,
    "Place": SDO.Place,
    "Event": SDO.Event,
}

#: relation -> schema.org predicate (subject -> object)
RELATION_PREDICATE = {
    "affiliation": SDO.affiliation,
    "jobTitle": SDO.jobTitle,
    "parentOrganization": SDO.parentOrganization,
    "participant": SDO.attendee,
    "location": SDO.location,
    "superEvent": SDO.superEvent,
    "date": SDO.startDate,
}


def ontology_file(name: str = "kg.ttl"):
    """An ontology file, shipped inside the wheel as ``kg/ontology/`` (or in a checkout's ``ontology/``)."""
    from importlib.resources import files
    from pathlib import Path

    packaged = files("kg") / "ontology" / name
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parent.parent / "ontology" / name
