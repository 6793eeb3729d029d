"""End to end: articles in, a graph that the shared scorer and SPARQL both read."""
import json
import subprocess
import sys

from rdflib import Graph

from kg.build import build
from kg.vocab import SDO, RDF


def test_examples_build_into_a_connected_graph(examples_build):
    out, summary = examples_build
    assert summary.articles == 4 and not summary.skipped
    g = Graph().parse(out / "graph.ttl")
    people = set(g.subjects(RDF.type, SDO.Person))
    assert len(people) >= 12
    # people named in several articles are one node, mentioned by each article
    berg = next(p for p in people if str(g.value(p, SDO.name)) == "Jonas Berg")
    assert len(set(g.subjects(SDO.mentions, berg))) == 3
    assert (out / "collaboration.png").stat().st_size > 10_000


def test_the_same_article_twice_is_built_once(tmp_path):
    text = "Rosa Lind, a chemist at Uppsala University, attended the 2025 Nordic Chemistry Forum in Oslo.\n"
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text)
    summary = build([tmp_path], tmp_path / "out", plot=False)
    assert summary.articles == 1
    assert summary.skipped and "duplicate" in summary.skipped[0][1]


def test_seed_article_scores_with_the_shared_scorer(shared_eval, tmp_path):
    article = shared_eval / "dev" / "00_beijing_forum.txt"
    build([article], tmp_path, plot=False)
    result = subprocess.run(
        [sys.executable, str(shared_eval / "score.py"), "--gold", str(shared_eval / "dev" / "00_beijing_forum.json"),
         "--graph", str(tmp_path / "graph.ttl"), "--ontology", "ontology/kg.ttl", "--json"],
        capture_output=True, text=True, check=True,
    )
    overall = json.loads(result.stdout)["overall"]
    assert overall["entities_micro"]["f1"] >= 0.8
    assert overall["facts_micro"]["f1"] >= 0.4
