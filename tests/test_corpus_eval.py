"""corpus_eval: same-thing pairs and junk nodes of a corpus's graph against an identity gold."""
import json

import pytest
from typer.testing import CliRunner

from kg import rdf
from kg.cli import app
from kg.corpus_eval import evaluate_corpus
from kg.records import Entity
from kg.resolve import Resolver

GOLD = {
    "corpus": "tiny", "note": "by hand",
    "same": [{"type": "Person", "names": ["Tony Blair", "Mr Blair"]},
             {"type": "Organization", "names": ["Labour", "Labour Party", "the Labour party"]},
             {"type": "Person", "names": ["Cherie Blair", "Mrs Blair"]},
             {"type": "Place", "names": ["Narnia"]}],
    "apart": [{"type": "Person", "names": ["Tony Blair", "Cherie Blair", "Blair"], "why": "two people"}],
    "not_entities": [{"name": "Budget", "why": "a budget"}],
}


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    """Tony Blair merged with Cherie (a false merge), Labour split in two, a Budget node."""
    out = tmp_path_factory.mktemp("corpus")
    entities = [Entity("person/tony-blair", {"Person"}, "Tony Blair", {"Mr Blair", "Cherie Blair", "Blair"}),
                Entity("organization/labour", {"Organization"}, "Labour", {"Labour Party"}),
                Entity("organization/labour-party", {"Organization"}, "Labour Party"),
                Entity("organization/budget", {"Organization"}, "Budget"),
                Entity("place/uk", {"Place"}, "UK")]
    domain, _ = rdf.build(Resolver({e.key: e for e in entities}))
    domain.serialize(out / "graph.ttl", format="turtle")
    return out


def test_pairs_and_junk_are_counted_as_the_format_says(tmp_path, graph):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD))
    report = evaluate_corpus(gold, graph)
    # joined pairs: (tony, mr blair) one thing; (tony, cherie), (mr blair, cherie) two groups; (cherie, blair) and
    # (tony, blair) apart; (labour, labour party) twice counted once
    assert (report.tp, report.fp) == (2, 4)
    assert sorted(report.false_merges)[0] == ("blair", "cherie blair", "Tony Blair")
    # same-thing pairs found: tony/mr blair on one node; the three Labour names: "the Labour party" folds to
    # "labour party", the same name; labour/labour party on two nodes: a split
    assert (report.same_pairs, report.one_node) == (2, 1)
    assert report.splits == [("labour", "labour party", ["Labour", "Labour Party"])]
    assert (report.names, report.found, report.missing) == (7, 5, ["mrs blair", "narnia"])
    assert (report.junk, report.nodes) == (1, 5)


def test_kg_eval_corpus_prints_the_figures_or_a_one_line_error(tmp_path, graph):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD))
    done = CliRunner().invoke(app, ["eval", "--corpus", str(gold), "--graph", str(graph), "--format", "json"])
    assert done.exit_code == 0, done.output
    figures = json.loads(done.output)
    assert (figures["precision"], figures["recall"], figures["junk_nodes"]) == (round(2 / 6, 4), 0.5, 1)
    gold.write_text('{"same": [{"type": "Persons", "names": ["A"]}]}')
    bad = CliRunner().invoke(app, ["eval", "--corpus", str(gold), "--graph", str(graph)])
    assert bad.exit_code == 2 and bad.output.startswith("kg: error: ") and "unknown type 'Persons'" in bad.output
    alone = CliRunner().invoke(app, ["eval", "--corpus", str(gold)])
    assert alone.exit_code == 2 and "--corpus GOLD and --graph GRAPH go together" in alone.output
