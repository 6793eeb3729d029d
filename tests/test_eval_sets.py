"""kg eval --set: named evaluation sets, articles kept apart from their gold."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import GoldError
from kg.eval_sets import load_sets, pick
from kg.evaluate import evaluate

DATA = Path(__file__).parent / "data" / "eval"
ROOT = Path(__file__).resolve().parent.parent


def test_the_repository_names_the_dev_set_and_both_domain_halves():
    names = [s.name for s in load_sets(ROOT / "eval" / "sets.json")]
    assert names[:3] == ["dev", "domain-tune", "domain-blind"]


def test_a_set_whose_articles_are_elsewhere_says_where_it_looked(tmp_path):
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "sets.json").write_text(json.dumps({"d": {"gold": "g", "texts": "nowhere"}}))
    (tmp_path / "g").mkdir()
    [s] = load_sets(tmp_path / "eval" / "sets.json")
    assert "nowhere" in s.missing()


def test_an_unknown_set_is_a_clear_error():
    with pytest.raises(GoldError, match="unknown evaluation set 'nope'"):
        pick(load_sets(ROOT / "eval" / "sets.json"), ["nope"])


def test_gold_and_articles_in_two_folders_score_as_if_side_by_side(tmp_path, nlp):
    gold, texts = tmp_path / "gold", tmp_path / "texts"
    gold.mkdir(), texts.mkdir()
    shutil.copy(DATA / "lab_opening.json", gold)
    shutil.copy(DATA / "lab_opening.txt", texts)
    apart = evaluate([gold], nlp=nlp, texts=texts)
    together = evaluate([DATA / "lab_opening.json"], nlp=nlp)
    assert apart.facts_total == together.facts_total and apart.facts_total.tp > 0


def test_kg_eval_reports_each_set_it_can_score(tmp_path):
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "sets.json").write_text(json.dumps({
        "mine": {"gold": "tests/data/eval"}, "gone": {"gold": "g", "texts": "nowhere"}}))
    shutil.copytree(DATA, tmp_path / "tests" / "data" / "eval")
    run = subprocess.run([sys.executable, "-m", "kg.cli", "eval", "--set", "all"], cwd=tmp_path,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "set gone: skipped" in run.stderr
    assert "facts:    P" in run.stdout
