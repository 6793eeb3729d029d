"""Shared fixtures: the real spaCy model with kg's components, loaded once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.records import Article

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "articles"


@pytest.fixture(scope="session")
def nlp():
    from kg import nlp as kg_nlp

    return kg_nlp.load()


@pytest.fixture(scope="session")
def extract_text(nlp):
    """Extract from a text: returns a function text -> ArticleExtraction with readable facts."""
    from kg.extract import extract

    def run(text: str, date: str | None = None):
        return next(extract(nlp, [Article(id="t", text=text, date=date)]))

    return run


def names_of(extraction) -> set[str]:
    """Every name of every entity found."""
    return {n for names in extraction.names.values() for n in names}


def facts_of(extraction) -> set[tuple[str, str, str]]:
    """Facts as (subject name, relation, object name or literal)."""
    names = extraction.names
    return {
        (names[f.subject][0], f.relation, f.object if isinstance(f.object, str) else names[f.object][0])
        for f in extraction.facts
    }


@pytest.fixture(scope="session")
def shared_eval():
    path = SHARED / "eval"
    if not (path / "score.py").exists():
        pytest.skip(f"the shared evaluation set is not at {path} (CI puts ../shared beside the clone)")
    return path


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory):
    """The example articles built once for the whole session."""
    from kg.build import build

    out = tmp_path_factory.mktemp("examples")
    summary = build([EXAMPLES], out)
    return out, summary
