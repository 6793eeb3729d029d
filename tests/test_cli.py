"""The kg command: each subcommand end to end, one-line errors, exit codes."""
import json
import subprocess
import sys

import pytest
from rdflib import Graph

KG = [sys.executable, "-m", "kg.cli"]


def kg(*args, cwd=None):
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli")
    art = out / "in.txt"
    art.write_text("title: Test\ndate: 2025-02-03\n---\nNora Quinn, a physicist at the University of Leeds, "
                   "attended the 2025 Leeds Quantum Forum. The forum took place in Leeds.\n")
    result = kg("build", art, "--out", out / "o")
    return out / "o", result


def test_build_writes_graph_provenance_and_plot(built):
    out, result = built
    assert result.returncode == 0, result.stderr
    assert "articles: 1 built" in result.stdout and "Person 1" in result.stdout
    g = Graph().parse(out / "graph.ttl")
    assert len(g) > 10
    assert (out / "provenance.ttl").stat().st_size > 0
    assert (out / "collaboration.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_query_named_as_json(built):
    out, _ = built
    result = kg("query", out, "affiliations", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert {"person": "Nora Quinn", "organization": "University of Leeds", "title": "physicist"} in json.loads(result.stdout)


def test_query_list_shows_descriptions():
    result = kg("query", "--list")
    assert result.returncode == 0 and "affiliations" in result.stdout and "Who works where" in result.stdout


def test_query_from_rq_file(built, tmp_path):
    out, _ = built
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?n WHERE { ?x <https://schema.org/name> ?n } ORDER BY ?n")
    result = kg("query", out / "graph.ttl", rq, "--format", "csv")
    assert result.returncode == 0 and "Nora Quinn" in result.stdout


def test_malformed_query_prints_parser_message_and_exits_2(built):
    out, _ = built
    result = kg("query", out, "SELECT ?x WHERE { ?x")
    assert result.returncode == 2
    assert result.stderr.startswith("kg: error: SPARQL syntax error") and "Traceback" not in result.stderr


def test_missing_input_is_one_line_and_non_zero(tmp_path):
    result = kg("build", tmp_path / "missing.txt", "--out", tmp_path / "o")
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0 and "no such file" in result.stderr
    assert not (tmp_path / "o" / "graph.ttl").exists()


def test_failed_build_leaves_previous_graph_untouched(built, tmp_path):
    out, _ = built
    before = (out / "graph.ttl").read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    result = kg("build", empty, "--out", out)
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert (out / "graph.ttl").read_bytes() == before


def test_unknown_model_says_how_to_install(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("Some text about Paris.")
    result = kg("build", art, "--out", tmp_path / "o", "--model", "no_such_model")
    assert result.returncode != 0 and "requirements-model.txt" in result.stderr
