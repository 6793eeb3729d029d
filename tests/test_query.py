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
    assert ("Sofia Lindqvist", "Ana Costa", "EU-Japan Trade Talks") in rows
    assert ("Sofia Lindqvist", "Jonas Berg", "EU-Japan Trade Talks") in rows
    assert all(person == "Sofia Lindqvist" != other for person, other, _ in rows)


def test_co_attendees_finds_a_person_by_alias(graph):
    rows = _rows(run(graph, "co_attendees", {"person": "Berg"}))
    assert ("Berg", "Sofia Lindqvist", "EU-Japan Trade Talks") in rows


def test_event_participants_of_one_person(graph):
    rows = _rows(run(graph, "event_participants", {"participant": "Jonas Berg"}))
    assert ("EU-Japan Trade Talks", "Jonas Berg", "2025-06-11", "Brussels") in rows
    assert {r[1] for r in rows} == {"Jonas Berg"}


def test_events_by_place_month_counts_events(graph):
    rows = _rows(run(graph, "events_by_place_month"))
    assert ("Brussels", "2025-06", "1") in rows
    assert ("Toronto", "2025-10", "1") in rows
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)
    assert _rows(run(graph, "events_by_place_month", {"place": "Nairobi"})) == [("Nairobi", "2025-05", "1")]


def test_evidence_for_one_fact(graph):
    rows = _rows(run(graph, "evidence", {"subject": "Sofia Lindqvist", "predicate": "https://schema.org/affiliation"}))
    assert [(r[2], r[6]) for r in rows] == [("World Trade Organization", "Brussels Trade Talks End With Promise on Digital Goods")]
    assert "an economist at the World Trade Organization" in rows[0][3]


def test_quotes_of_one_speaker(graph):
    rows = _rows(run(graph, "quotes", {"speaker": "Kenji Watanabe"}))
    assert rows and {r[0] for r in rows} == {"Kenji Watanabe"}
    assert any("close a deal" in q and a == "Brussels Trade Talks End With Promise on Digital Goods" for _, q, a in rows)


def test_every_parameter_a_description_names_is_a_result_column():
    """SPARQL engines bind only projected variables (SEP-0007), so a parameter must be a column."""
    import re

    for q in named_queries().values():
        found = re.search(r"\((?:optional )?params?: ([^)]*)\)", q.description)
        params = [p.strip().split(",")[0].split()[0] for p in found.group(1).split(";")] if found else []
        select = q.text[q.text.index("SELECT"):q.text.index("WHERE")]
        for p in params:
            assert f"?{p}" in select, (q.name, p)


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


def test_cli_malformed_query_exits_2_with_the_parsers_message(examples_build):
    import subprocess
    import sys

    out, _ = examples_build
    result = subprocess.run([sys.executable, "-m", "kg.cli", "query", out, "SELECT ?x WHERE { ?x ?y ?z } ORDER"],
                            capture_output=True, text=True)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("kg: error: SPARQL syntax error: Expected end of text, found 'ORDER'")
    assert "col:30" in result.stderr and result.stderr.count("\n") == 1


def test_readmes_evidence_query_finds_the_sentence_behind_a_fact(graph):
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    sparql = readme.split("```sparql\n", 1)[1].split("```", 1)[0]
    rows = _rows(run(graph, sparql))
    assert rows and rows[0][0] == "Brussels Trade Talks End With Promise on Digital Goods"
    assert "Sofia Lindqvist, an economist at the World Trade Organization" in rows[0][2]
