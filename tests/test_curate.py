"""curate and audit, end to end: build, audit, paste the audit's lines into an aliases file, build again."""
import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.build import build
from kg.cli import app
from kg.curate import parse_aliases
from kg.errors import InputError
from kg.vocab import SDO

ARTICLES = {
    "a.txt": "Nora Quinn, the leader of the Green Alliance, spoke at a rally in Bergen on Monday.\n"
             "Quinn said the Green Alliance would fight the next election on climate policy.\n",
    "b.txt": "Nora Quin, who leads the Green Alliance, met fishermen in Tromso on Tuesday.\n"
             "The Alliance wants new quotas, Ms Quin told reporters.\n",
    "c.txt": "Tomas Berg of the Nordic Forum said on Friday that he would meet Nora Quinn in Bergen.\n"
             "Officials from Greenpeace/WWF joined the talks in Bergen.\n",
}


def names(out):
    return sorted(str(o) for o in Graph().parse(out / "graph.ttl").objects(None, SDO.name))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("curate")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text)
    return folder


def test_the_audit_lists_what_kg_left_and_its_lines_fix_the_store(corpus, tmp_path):
    store = f"oxigraph:{tmp_path / 'db'}"
    build([corpus], tmp_path / "out", plot=False, store=store)
    assert {"Nora Quinn", "Nora Quin", "Alliance", "Greenpeace/WWF"} <= set(names(tmp_path / "out"))
    audit = CliRunner().invoke(app, ["audit", store])
    assert audit.exit_code == 0, audit.output
    lines = audit.output.splitlines()
    quinn = next(line for line in lines if line.startswith("Person: Nora Quinn = Nora Quin"))
    alliance = next(line for line in lines if line.startswith("Organization: Green Alliance = Alliance"))
    slash = next(line for line in lines if line.startswith("Organization: ! Greenpeace/WWF"))
    # the analyst keeps two of the suggestions as kg printed them, comments and all, and adds a decision
    aliases = tmp_path / "aliases.txt"
    aliases.write_text(f"# reviewed\n{quinn}\n{slash}\nTomas Berg != Nora Quinn\n")
    fixed = CliRunner().invoke(app, ["build", "--store", store, "--aliases", str(aliases), "--out", str(tmp_path / "fixed"),
                                     "--no-plot"])
    assert fixed.exit_code == 0, fixed.output
    after = names(tmp_path / "fixed")
    assert "Nora Quinn" in after and "Nora Quin" not in after and "Greenpeace/WWF" not in after
    assert "Alliance" in after  # not pasted: kept
    # the same aliases at build time, without a store, give the same graph
    build([corpus], tmp_path / "memory", plot=False, aliases=aliases)
    assert names(tmp_path / "memory") == after
    # and the store keeps the file: a later build without --aliases still applies it
    build([corpus], tmp_path / "again", plot=False, store=store)
    assert names(tmp_path / "again") == after
    assert alliance  # printed, for the analyst to judge


@pytest.mark.parametrize("text,message", [
    ("Labour\n", "aliases.txt:1: expected 'A = B'"),
    ("# fine\nA = \n", "aliases.txt:2: expected 'A = B' or 'A != B' with a name on each side"),
    ("!\n", "aliases.txt:1: '!' needs the name"),
    ("Persons: A = B\n", "aliases.txt:1: unknown kind 'Persons'"),
])
def test_a_line_that_means_nothing_is_an_error_naming_its_line(text, message):
    with pytest.raises(InputError, match=message):
        parse_aliases(text, "aliases.txt")


def test_a_bad_aliases_file_fails_the_build_at_once_in_one_line(corpus, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("Nora Quinn = Nora Quin\nnonsense\n")
    done = CliRunner().invoke(app, ["build", str(corpus), "--aliases", str(bad), "--out", str(tmp_path / "out")])
    assert done.exit_code == 1 and done.output.strip().endswith(f"{bad}:2: expected 'A = B' (one thing), 'A != B' "
                                                                 "(apart) or '! A' (not an entity): 'nonsense'")
    bad.write_text("Nora Quinn = Nora Quin\n")
    missing = CliRunner().invoke(app, ["build", "--aliases", str(bad), "--out", str(tmp_path / "out")])
    assert missing.exit_code == 1 and "no articles given" in missing.output
