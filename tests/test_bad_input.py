"""Bad input, faults and interruptions: one clear line naming the file, and nothing lost.

Through the real command where its exit code and stderr are the point; through
``kg.build.build`` with the session's model where a subprocess would be slow.
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
import time

import pyoxigraph
import pytest
from rdflib import Graph, Literal

from kg.build import build
from kg.errors import InputError
from kg.vocab import RDF, SDO

KG = [sys.executable, "-m", "kg.cli"]

GOOD = ("Nora Quinn, a physicist at the University of Leeds, attended the 2025 Leeds Quantum Forum. "
        "The forum took place in Leeds.\n")
OTHER = "Tomas Berg, an economist at the Bank of Norway, spoke at the Oslo Finance Summit in March.\n"
GERMAN = ("Die Bundesregierung hat am Dienstag in Berlin ein neues Gesetz beschlossen. Bundeskanzler Olaf Scholz "
          "sagte, das Gesetz sei ein wichtiger Schritt für die Wirtschaft und die Arbeitnehmer in Deutschland.")
INDEX_PAGE = ("<html><head><title>Valdor Courier</title></head><body><nav><a href='/'>Home</a> <a href='/city'>City</a>"
              "</nav><ul><li><a href='/a'>Tram line approved</a></li><li><a href='/b'>Council votes on budget</a></li>"
              "</ul><footer>Copyright Valdor Courier</footer></body></html>")


def kg(*args):
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True)


def names(out) -> set[str]:
    g = Graph().parse(out / "graph.ttl")
    return {str(o) for s, o in g.subject_objects(SDO.name)}


@pytest.fixture
def built(nlp):
    """``build`` with the session's model already loaded and no plot: files -> (summary, out)."""
    def run(tmp_path, files: dict[str, str | bytes], **options):
        folder = tmp_path / "in"
        folder.mkdir(exist_ok=True)
        for name, content in files.items():
            path = folder / name
            path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return build([folder], tmp_path / "out", plot=False, **options), tmp_path / "out"

    return run


# --- through the command: one line, the file named, the right exit code ---------------


def test_an_empty_directory_is_one_line_naming_it_and_exit_1(tmp_path):
    result = kg("build", tmp_path, "--out", tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr == f"kg: error: {tmp_path}: no .txt, .jsonl, .html, .htm files in this directory\n"


def test_debug_shows_the_traceback_the_one_line_hides(tmp_path):
    result = kg("--debug", "build", tmp_path / "missing.txt")
    assert result.returncode != 0
    assert "Traceback" in result.stderr and "InputError" in result.stderr


def test_when_nothing_can_be_built_the_error_names_the_file_and_why(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = kg("build", binary, "--out", tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr == f"kg: error: no article could be read: {binary}: binary file\n"


def test_a_folder_of_bad_files_builds_the_good_ones_and_names_each_bad_one(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    files = {
        "good.txt": GOOD,
        "copy.txt": GOOD,
        "empty.txt": "",
        "binary.txt": bytes(range(256)) * 4,
        "cafe.txt": "Zoë Müller, a chemist at the Université de Genève, opened the café on Monday.".encode("cp1252"),
        "german.txt": GERMAN,
        "index.html": INDEX_PAGE,
        "lines.jsonl": json.dumps({"text": OTHER}) + '\n{"text": "cut short\n',
        "long.txt": "The talks went on. " * 400,
    }
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode())
    result = kg("build", folder, "--out", tmp_path / "out", "--no-plot", "--max-chars", 5000)

    assert result.returncode == 0, result.stderr
    assert result.stderr == f"kg: warning: {folder / 'cafe.txt'}: decoded as cp1252\n"
    skipped = sorted(line for line in result.stdout.splitlines() if line.startswith("  skipped "))
    assert skipped == [
        f"  skipped {folder / 'binary.txt'}: binary file",
        f"  skipped {folder / 'empty.txt'}: empty file",
        f"  skipped {folder / 'german.txt'}: not English, it seems: 0% of its words are common English words "
        "(English news has 10% or more)",
        f"  skipped {folder / 'good.txt'}: duplicate of {folder / 'copy.txt'}",
        f"  skipped {folder / 'index.html'}: no article text found",
        f"  skipped {folder / 'lines.jsonl'}:2: malformed JSON: Unterminated string starting at (column 10)",
        f"  skipped {folder / 'long.txt'}: too long for a news article: 7,599 characters (the limit is 5,000; see --max-chars)",
    ]
    assert result.stdout.startswith("articles: 3 built, 7 skipped\n")
    assert {"Nora Quinn", "Tomas Berg", "Zoë Müller"} <= names(tmp_path / "out")


# Each fault strikes at the second article, after the first was read and extracted
# (the full disk halfway through writing graph.ttl), in a real `kg build`.
FAULTS = {
    "the resolver fails": ("""
import kg.resolve
real, calls = kg.resolve.Resolver.add, []
def add(self, extraction):
    calls.append(extraction)
    if len(calls) == 2:
        raise RuntimeError("the resolver broke")
    return real(self, extraction)
kg.resolve.Resolver.add = add
""", 1, "kg: error: unexpected error: RuntimeError: the resolver broke\n"),
    "Ctrl-C": ("""
import kg.chunks
real = kg.chunks.extract
def extract(nlp, articles, **options):
    for number, extraction in enumerate(real(nlp, articles, **options)):
        if number == 1:
            raise KeyboardInterrupt
        yield extraction
kg.chunks.extract = extract
""", 130, "kg: interrupted\n"),
    "the disk fills up": ("""
import rdflib
def serialize(self, destination, *args, **options):
    with open(destination, "w") as f:
        f.write("@prefix schema: <https://schema.org/> .\\n<https://kg.example.org/person/x> schema:na")
    raise OSError(28, "No space left on device")
rdflib.Graph.serialize = serialize
""", 1, "kg: error: unexpected error: OSError: [Errno 28] No space left on device\n"),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_a_build_that_fails_or_is_interrupted_midway_leaves_the_previous_outputs_as_they_were(built, tmp_path, fault):
    patch, code, message = FAULTS[fault]
    _, out = built(tmp_path, {"good.txt": GOOD})
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "provenance.ttl")}
    (tmp_path / "more").mkdir()
    for i in range(3):
        (tmp_path / "more" / f"{i}.txt").write_text(OTHER.replace("March", f"March {2020 + i}"))
    command = ["kg", "build", str(tmp_path / "more"), "--out", str(out), "--no-plot"]
    script = f"{patch}\nimport sys\nfrom kg.cli import app\nsys.argv = {command!r}\napp()\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (code, message)
    assert {name: (out / name).read_bytes() for name in before} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary file left behind


# --- through build(): each kind of bad input ---------------------------------------


def test_one_bad_article_is_skipped_and_counted_and_strict_makes_it_fatal(built, tmp_path):
    files = {"a.txt": GOOD, "b.txt": "", "c.txt": OTHER}
    summary, _ = built(tmp_path, files)
    assert summary.articles == 2
    assert summary.lines()[:2] == ["articles: 2 built, 1 skipped", f"  skipped {tmp_path / 'in' / 'b.txt'}: empty file"]
    with pytest.raises(InputError, match="b.txt: empty file"):
        built(tmp_path, files, strict=True)


def test_several_unreadable_files_are_counted_in_the_one_line_error(built, tmp_path):
    with pytest.raises(InputError, match=r"^no article could be read: 2 skipped, the first .*a.txt: empty file$"):
        built(tmp_path, {"a.txt": "", "b.txt": " \n"})


def test_a_50_mb_file_is_skipped_without_reading_it_and_the_rest_is_built(built, tmp_path):
    (tmp_path / "in").mkdir()
    with open(tmp_path / "in" / "dump.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB of NULs that are never read
    start = time.monotonic()
    summary, _ = built(tmp_path, {"news.txt": GOOD})
    assert summary.articles == 1
    assert summary.skipped == [(str(tmp_path / "in" / "dump.txt"),
                                "too long for a news article: 52,428,800 bytes (the limit is 100,000 characters; see --max-chars)")]
    assert time.monotonic() - start < 10


def test_a_long_article_is_built_when_max_chars_allows_it(built, tmp_path):
    long = GOOD + "The talks went on. " * 100
    summary, _ = built(tmp_path, {"long.txt": long}, max_chars=len(long))
    assert summary.articles == 1 and not summary.skipped


def test_latin1_text_is_decoded_with_a_warning_and_its_names_keep_their_accents(built, tmp_path):
    text = "Zoë Müller, a chemist at the Université de Genève, opened the café in Genève on Monday."
    summary, out = built(tmp_path, {"a.txt": text.encode("latin-1")})
    assert summary.warnings == [(str(tmp_path / "in" / "a.txt"), "decoded as cp1252")]
    assert {"Zoë Müller", "Université de Genève"} <= names(out)


def test_undecodable_bytes_are_reported_and_the_article_is_built(built, tmp_path):
    summary, out = built(tmp_path, {"a.txt": "Zoë Müller, a chemist at Oslo University, ".encode() + b"\xff" + b"spoke in Oslo."})
    assert summary.warnings == [(str(tmp_path / "in" / "a.txt"), "1 undecodable byte replaced by U+FFFD")]
    assert summary.articles == 1 and "Zoë Müller" in names(out)


def test_a_malformed_jsonl_line_is_reported_as_file_and_line_and_the_rest_is_built(built, tmp_path):
    lines = [json.dumps({"text": GOOD}), "{not json", json.dumps({"text": OTHER})]
    summary, out = built(tmp_path, {"a.jsonl": "\n".join(lines)})
    assert summary.articles == 2
    assert summary.skipped == [(f"{tmp_path / 'in' / 'a.jsonl'}:2",
                                "malformed JSON: Expecting property name enclosed in double quotes (column 2)")]
    assert {"Nora Quinn", "Tomas Berg"} <= names(out)


def test_control_characters_and_odd_names_make_turtle_that_a_strict_parser_reads(built, tmp_path):
    text = ('Ana "Nana" O\'Brien\x07, a chemist at the Caf\u00e9 <Lab> \\ Institute\x1b, said: "Hello\x00 \U0001F600 '
            '\u05e9\u05dc\u05d5\u05dd \u202eworld\u202c." She attended the Quantum\x0c Forum in Oslo.\x7f\x85')
    summary, out = built(tmp_path, {"a.txt": text, "b.jsonl": json.dumps({"text": GOOD, "title": "A\u0007B\ud800C"})})
    assert summary.articles == 2
    for name in ("graph.ttl", "provenance.ttl"):
        data = (out / name).read_bytes()
        assert len(list(pyoxigraph.parse(data, pyoxigraph.RdfFormat.TURTLE))) == len(Graph().parse(data=data, format="turtle"))
    g = Graph().parse(out / "graph.ttl")
    assert Literal("A B C") in set(g.objects(None, SDO.headline))
    assert not any(c in str(o) for o in g.objects() for c in "\x00\x07\x0c\x1b\x7f\x85")


def test_a_5000_word_sentence_is_parsed_in_seconds(built, tmp_path):
    rng = random.Random(5)
    words = "the minister of trade met officials from the bank in Geneva while talks on tariffs went on with".split()
    sentence = "Nora Quinn, a physicist at the University of Leeds, said " + " ".join(rng.choice(words) for _ in range(5000)) + "."
    start = time.monotonic()
    summary, out = built(tmp_path, {"a.txt": sentence})
    assert summary.articles == 1 and "Nora Quinn" in names(out)
    assert time.monotonic() - start < 60  # about 2 s here; a hang or a quadratic blow-up fails


def test_the_same_article_twice_is_built_once_and_the_copy_names_the_first(built, tmp_path):
    summary, _ = built(tmp_path, {"a.txt": GOOD, "b.txt": GOOD + "\n\n"})
    assert summary.articles == 1
    assert summary.skipped == [(str(tmp_path / "in" / "b.txt"), f"duplicate of {tmp_path / 'in' / 'a.txt'}")]


def test_an_article_without_entities_is_built_and_adds_only_itself(built, tmp_path):
    summary, out = built(tmp_path, {"a.txt": "it rained all day and then it stopped, and everyone went home for soup."})
    assert summary.articles == 1 and not summary.entities and not summary.facts
    g = Graph().parse(out / "graph.ttl")
    assert {o for _, p, o in g if p == RDF.type} == {SDO.NewsArticle}
