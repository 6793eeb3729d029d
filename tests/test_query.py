"""query: the named queries answer on the example articles; parameters are bound, not pasted."""
import json

import pytest

from kg.errors import GraphError, QueryError
from kg.query import format_result, load_graph, named_queries, run


@pytest.fixture(scope="module")
def graph(examples_build):
    out, _ = examples_build
    return load_graph([out])


def _rows(result):
    return [tuple(str(v) if v is not None else None for v in row) for row in result]


def test_library_lists_every_query_with_a_description():
    library = named_queries()
    assert {"affiliations", "event_participants", "events", "co_attendees", "org_connections",
            "events_by_place_month", "quotes", "evidence"} <= set(library)
    assert all(q.description for q in library.values())


def test_affiliations_answer_who_works_where(graph):
    rows = _rows(run(graph, "affiliations"))
    assert ("Maria Okafor", "University of Toronto", "senior researcher") in rows
    assert ("Sofia Lindqvist", "World Trade Organization", "economist") in rows
    assert ("Kenji Watanabe", "Ministry of Economy, Trade and Industry of Japan", "chief negotiator") in rows


def test_event_participants_with_date_and_place(graph):
    rows = _rows(run(graph, "event_participants"))
    assert ("EU-Japan Trade Talks", "Sofia Lindqvist", "2025-06-11", "Brussels") in rows
    assert ("2025 Toronto Research Partnership Forum", "Helen Carter", "2025-10-03", "Toronto") in rows


def test_events_have_dates_places_and_parents(graph):
    rows = {r[0]: r for r in _rows(run(graph, "events"))}
    assert rows["EU-Japan Trade Talks"][1:3] == ("2025-06-11", "Brussels")
    assert rows["panel session of the summit"][3] == "2025 Geneva AI Safety Summit"


def test_co_attendees_binds_the_person(graph):
    rows = _rows(run(graph, "co_attendees", {"person": "Sofia Lindqvist"}))
    assert ("Ana Costa", "EU-Japan Trade Talks") in rows
    assert ("Jonas Berg", "EU-Japan Trade Talks") in rows
    assert all(other != "Sofia Lindqvist" for other, _ in rows)


def test_a_name_with_quotes_is_bound_safely(graph):
    rows = _rows(run(graph, "co_attendees", {"person": 'x" } ; DROP ALL ; #'}))
    assert rows == []


def test_org_connections_link_institutions_through_events(graph):
    rows = _rows(run(graph, "org_connections"))
    pairs = {(a, b) for a, b, *_ in rows}
    assert ("University of Nairobi", "University of Toronto") in pairs


def test_evidence_gives_sentence_and_rule(graph):
    rows = _rows(run(graph, "evidence"))
    hit = [r for r in rows if r[0] == "Sofia Lindqvist" and r[2] == "World Trade Organization"]
    assert hit and "Sofia Lindqvist, an economist at the World Trade Organization" in hit[0][3]
    assert hit[0][4] == "appos"


def test_quotes_are_attributed(graph):
    rows = _rows(run(graph, "quotes"))
    assert any(s == "Kenji Watanabe" and "close a deal" in q for s, q, _ in rows)


def test_literal_sparql_and_formats(graph):
    result = run(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?p a <https://schema.org/Person> }")
    assert int(json.loads(format_result(result, "json"))[0]["n"]) >= 12
    csv_text = format_result(run(graph, "affiliations"), "csv")
    assert csv_text.splitlines()[0] == "person,organization,title"


def test_malformed_query_is_a_query_error(graph):
    with pytest.raises(QueryError, match="syntax"):
        run(graph, "SELECT ?x WHERE { ?x ")


def test_missing_graph_is_a_graph_error(tmp_path):
    with pytest.raises(GraphError):
        load_graph([tmp_path / "nope.ttl"])
