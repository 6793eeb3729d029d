"""kg eval: the matching rules on tiny hand-made gold/graph pairs, the command end to end,
and agreement with the shared scorer on the seed article."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.errors import GoldError
from kg.evaluate import evaluate, load_gold, normalize, ontology, score_graph, title_matches

DATA = Path(__file__).parent / "data" / "eval"
ROOT = Path(__file__).resolve().parent.parent
PREFIXES = """@prefix s: <https://schema.org/> . @prefix : <http://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def gold(tmp_path, entities, facts=()):
    (tmp_path / "a.txt").write_text("text\n")
    ents = [{"id": e[0], "type": e[1].split("|"), "names": list(e[2:])} for e in entities]
    (tmp_path / "a.json").write_text(json.dumps({"doc": "a.txt", "entities": ents, "facts": [list(f) for f in facts]}))
    return load_gold([tmp_path / "a.json"])[0]


def graph(ttl):
    return Graph().parse(data=PREFIXES + ttl, format="turtle")


def counts(c):
    return (c.tp, c.fp, c.fn)


@pytest.mark.parametrize("a, b", [
    ("U.S.", "u s"), ("China-US", "China US"), ("Zoë", "Zoe"), ("The Forum", "forum"),
    ("Peking University's School", "Peking University School"), ("Macy’s", "macy"), ("  Big   Data ", "big data"),
])
def test_names_compare_blind_to_case_accents_punctuation_the_and_possessive(a, b):
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize("a, b", [("US", "U.S."), ("A Forum", "forum"), ("theforum", "forum")])
def test_names_that_stay_apart(a, b):
    assert normalize(a) != normalize(b)


@pytest.mark.parametrize("gold_title, value, ok", [
    ("research scholar", "Research Scholar", True),
    ("professor", "an associate professor", True),       # the graph's longer title states the gold one
    ("chief executive officer", "chief executive", True),  # one word short is still the title
    ("editor in chief", "chief", False),                 # a bare head noun is not
    ("foreign minister", "minister", False),
    ("head", "headmaster", False),                       # words, not characters
])
def test_job_titles_match_by_containment(gold_title, value, ok):
    assert title_matches(gold_title, value) is ok


def test_alias_and_any_name_predicate_match_a_gold_entity(tmp_path):
    g = gold(tmp_path, [("w", "Person", "Graham Webster", "Webster"), ("s", "Organization", "Stanford University")])
    score = score_graph(g, graph("""
        :w a s:Person ; s:name "WEBSTER" .
        :s a s:Organization ; rdfs:label "Stanford University" ."""))
    assert counts(score.entities["Person"]) == (1, 0, 0)
    assert counts(score.entities["Organization"]) == (1, 0, 0)


def test_wrong_type_unmatched_and_duplicate_nodes_are_false_positives(tmp_path):
    g = gold(tmp_path, [("w", "Person", "Webster"), ("pku", "Organization|Place", "Peking University"),
                        ("x", "Event", "Expo")])
    score = score_graph(g, graph("""
        :a a s:Organization ; s:name "Webster" .
        :b a s:Organization ; s:name "Peking University" .
        :c a s:Place ; s:name "Peking University" .
        :d a s:Event ; s:name "Something Else" ."""))
    assert counts(score.entities["Person"]) == (0, 0, 1)         # typed Organization: not the person
    assert counts(score.entities["Organization"]) == (1, 1, 0)   # Webster as an organisation is spurious
    assert counts(score.entities["Place"]) == (0, 1, 0)          # the second Peking University node
    assert counts(score.entities["Event"]) == (0, 1, 1)
    assert any("duplicate" in s for s in score.spurious_entities)


FACTS_GOLD = [("w", "Person", "Graham Webster"), ("s", "Organization", "Stanford University"),
              ("y", "Organization", "Yale University"), ("f", "Event", "Beijing Forum")]


def test_missing_spurious_and_optional_facts_give_exact_scores(tmp_path):
    g = gold(tmp_path, FACTS_GOLD, [
        ("w", "affiliation", "s"), ("w", "jobTitle", "research scholar"), ("f", "participant", "w"),
        ("f", "participant", "y", "optional"),
    ])
    score = score_graph(g, graph("""
        :w a s:Person ; s:name "Graham Webster" ; s:worksFor :s ; s:jobTitle "a research scholar" .
        :s a s:Organization ; s:name "Stanford University" .
        :y a s:Organization ; s:name "Yale University" ; s:parentOrganization :s .
        :f a s:Event ; s:name "Beijing Forum" ; s:organizer :y ."""))
    total = score.facts_total
    assert counts(total) == (2, 1, 1)  # affiliation and title found; the forum's participant missed; one invented parent
    assert (round(total.precision, 4), round(total.recall, 4), round(total.f1, 4)) == (0.6667, 0.6667, 0.6667)
    assert counts(score.facts["parentOrganization"]) == (0, 1, 0)
    assert counts(score.facts["participant"]) == (0, 0, 1)     # the optional organiser counts neither way
    assert score.missed_facts == ["'Beijing Forum' participant 'Graham Webster'"]


def test_relations_reach_schema_org_through_the_ontology_and_inverses(tmp_path):
    g = gold(tmp_path, FACTS_GOLD, [("w", "affiliation", "s"), ("s", "parentOrganization", "y"), ("f", "participant", "w")])
    onto = graph(":employedBy rdfs:subPropertyOf :staffOf . :staffOf rdfs:subPropertyOf s:worksFor .")
    data = """
        :w a s:Person ; s:name "Graham Webster" ; :employedBy :s ; s:performerIn :f .
        :s a s:Organization ; s:name "Stanford University" .
        :y a s:Organization ; s:name "Yale University" ; s:subOrganization :s .
        :f a s:Event ; s:name "Beijing Forum" ."""
    assert counts(score_graph(g, graph(data), onto).facts_total) == (3, 0, 0)
    # without the ontology the project's own predicate says nothing
    assert counts(score_graph(g, graph(data)).facts_total) == (2, 0, 1)


def test_kg_ontology_is_read():
    assert len(ontology()) > 10


@pytest.mark.parametrize("value, expected", [
    ("2024-05-12", (1, 0, 0)),  # more precise than the gold month: right
    ("2024-05", (1, 0, 0)),
    ("2024", (0, 0, 1)),        # less precise: vague, counts neither way
    ("2024-06", (0, 1, 1)),     # wrong
])
def test_dates_match_at_the_gold_precision(tmp_path, value, expected):
    g = gold(tmp_path, FACTS_GOLD, [("f", "date", "2024-05")])
    score = score_graph(g, graph(f':f a s:Event ; s:name "Beijing Forum" ; s:startDate "{value}" .'))
    assert counts(score.facts["date"]) == expected


def test_role_pattern_counts_as_affiliation_with_a_title(tmp_path):
    g = gold(tmp_path, FACTS_GOLD, [("w", "affiliation", "s"), ("w", "jobTitle", "research scholar")])
    score = score_graph(g, graph("""
        :w a s:Person ; s:name "Graham Webster" ;
           s:affiliation [ a s:OrganizationRole ; s:affiliation :s ; s:roleName "Research Scholar" ] .
        :s a s:Organization ; s:name "Stanford University" ."""))
    assert counts(score.facts_total) == (2, 0, 0)


@pytest.mark.parametrize("content, message", [
    ('{"entities": [', "malformed JSON"),
    ('{"doc": "a.txt", "entities": [{"id": "x", "type": ["Person"], "names": ["X"]}], "facts": [["x", "affiliation", "y"]]}',
     "'y' is not an entity id"),
    ('{"doc": "a.txt", "entities": [{"id": "x", "type": ["Human"], "names": ["X"]}], "facts": []}', "unknown type 'Human'"),
    ('{"doc": "missing.txt", "entities": [], "facts": []}', "missing"),
])
def test_bad_gold_files_are_reported_with_their_name(tmp_path, content, message):
    (tmp_path / "a.txt").write_text("text\n")
    (tmp_path / "bad.json").write_text(content)
    with pytest.raises(GoldError, match=message) as err:
        load_gold([tmp_path])
    assert "bad.json" in str(err.value)


def kg(*args):
    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("setup, message", [
    (lambda d: d / "nowhere", "no such file or directory"),
    (lambda d: d, "no gold .json files"),
    (lambda d: (d / "x.json").write_text("{oops") and d / "x.json", "x.json: malformed JSON"),
])
def test_eval_bad_input_is_one_line_and_exit_2(tmp_path, setup, message):
    result = kg("eval", "--gold", setup(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith("kg: error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_eval_command_end_to_end():
    result = kg("eval", "--gold", DATA, "--format", "json", "--verbose")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report["articles"]) == {"harbour_summit", "lab_opening"}
    entities, facts = report["overall"]["entities_micro"], report["overall"]["facts_micro"]
    # every required gold item is either found or missed: 15 entities, 18 facts
    assert entities["tp"] + entities["fn"] == 15 and facts["tp"] + facts["fn"] == 18
    assert entities["f1"] >= 0.7 and facts["f1"] >= 0.5
    assert sum(a["entities"]["tp"] for a in report["articles"].values()) == entities["tp"]
    assert "missed_facts" in report["articles"]["lab_opening"]


def test_table_lists_every_type_and_relation(nlp, tmp_path):
    report = evaluate([DATA / "lab_opening.json"], nlp=nlp, out=tmp_path)
    table = report.table(verbose=True)
    for label in ("Person", "Organization", "Place", "Event", "affiliation", "jobTitle", "participant", "date", "all"):
        assert f"  {label} " in table
    assert "== lab_opening:" in table and table.splitlines()[-1].startswith("facts:")
    assert (tmp_path / "lab_opening" / "graph.ttl").exists()


def test_seed_article_agrees_with_the_shared_scorer(shared_eval, nlp, tmp_path):
    seed = shared_eval / "dev" / "00_beijing_forum.json"
    ours = evaluate([seed], nlp=nlp, out=tmp_path / "eval").articles[0]
    built = tmp_path / "eval" / "00_beijing_forum" / "graph.ttl"
    result = subprocess.run(
        [sys.executable, str(shared_eval / "score.py"), "--gold", str(seed), "--graph", str(built),
         "--ontology", str(ROOT / "ontology" / "kg.ttl"), "--json"],
        capture_output=True, text=True, check=True,
    )
    theirs = json.loads(result.stdout)["overall"]
    for group, mine in (("entities", ours.entities), ("facts", ours.facts)):
        for key, c in mine.items():
            t = theirs[group].get(key, {"tp": 0, "fp": 0, "fn": 0})
            assert counts(c) == (t["tp"], t["fp"], t["fn"]), (group, key)
    # and the graph scored is the one `kg build` writes for that article
    from kg.build import build

    build([shared_eval / "dev" / "00_beijing_forum.txt"], tmp_path / "build", plot=False)
    assert isomorphic(Graph().parse(built), Graph().parse(tmp_path / "build" / "graph.ttl"))


def test_eval_available_scores_the_articles_that_are_here_and_says_how_many_are_not(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    for name in ("harbour_summit", "lab_opening"):
        data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
        data["doc"] = f"{name}.txt"
        (gold / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    (gold / "lab_opening.txt").write_text((DATA / "lab_opening.txt").read_text(encoding="utf-8"), encoding="utf-8")
    strict = kg("eval", "--gold", gold)
    assert strict.returncode == 2 and "harbour_summit.txt" in strict.stderr
    result = kg("eval", "--gold", gold, "--available", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert set(json.loads(result.stdout)["articles"]) == {"lab_opening"}
    nothing = kg("eval", "--gold", gold / "harbour_summit.json", "--available")
    assert nothing.returncode == 2 and "none of the 1 articles" in nothing.stderr
