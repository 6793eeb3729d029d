"""Specifications of kg.ingest: reading articles from txt, jsonl and html files."""
from __future__ import annotations

import hashlib
import json

import pytest

from kg.errors import InputError
from kg.ingest import read_articles

BODY = (
    "The river authority in Kesselburg opened a new flood barrier on Tuesday.\n"
    "Engineer Mara Voss said the barrier would protect four thousand homes."
)


def write(path, text, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding=encoding)
    return path


def read_all(*paths, **kwargs):
    """Read, collecting reported errors and warnings instead of raising."""
    errors, warnings = [], []
    articles = list(
        read_articles(
            paths,
            on_error=lambda source, message: errors.append((source, message)),
            on_warning=lambda source, message: warnings.append((source, message)),
            **kwargs,
        )
    )
    return articles, errors, warnings


# --- .txt ------------------------------------------------------------------


def test_txt_header_gives_title_date_url_and_the_body_as_text(tmp_path):
    path = write(
        tmp_path / "a.txt",
        "Title: Flood barrier opens\nURL: https://news.example/barrier\n"
        "date: 14 March 2023\n---\n" + BODY + "\n",
    )
    [article] = read_articles([path])
    assert article.title == "Flood barrier opens"
    assert article.date == "2023-03-14"
    assert article.url == "https://news.example/barrier"
    assert article.text == BODY
    assert article.source == str(path)


def test_txt_header_may_give_any_subset_of_keys(tmp_path):
    path = write(tmp_path / "a.txt", "date: 2023-03-14\n---\n\n" + BODY)
    [article] = read_articles([path])
    assert article.date == "2023-03-14"
    assert article.url is None
    assert article.text == BODY


def test_txt_date_prefix_with_body_on_the_same_line(tmp_path):
    path = write(tmp_path / "a.txt", " date 2024-11-03 Amid heavy rain, " + BODY)
    [article] = read_articles([path])
    assert article.date == "2024-11-03"
    assert article.text == "Amid heavy rain, " + BODY


def test_txt_date_prefix_with_body_on_the_next_line(tmp_path):
    path = write(tmp_path / "a.txt", "date 2024-11-03\n" + BODY)
    [article] = read_articles([path])
    assert article.date == "2024-11-03"
    assert article.text == BODY


def test_txt_short_first_line_before_a_blank_line_is_the_title_and_stays_in_the_text(tmp_path):
    text = "Kesselburg opens 'record' flood barrier\n\n" + BODY
    [article] = read_articles([write(tmp_path / "a.txt", text)])
    assert article.title == "Kesselburg opens 'record' flood barrier"
    assert article.text == text
    assert article.date is None


def test_txt_without_headline_or_header_is_all_body(tmp_path):
    [article] = read_articles([write(tmp_path / "a.txt", BODY + "\n\n")])
    assert article.title is None
    assert article.text == BODY


def test_txt_long_first_line_is_not_a_title(tmp_path):
    first = "word " * 60
    [article] = read_articles([write(tmp_path / "a.txt", first + "\n\n" + BODY)])
    assert article.title is None


def test_txt_text_is_kept_as_written_apart_from_trailing_whitespace(tmp_path):
    text = "Line one  with  spaces\n  indented line\n\nA second paragraph."
    [article] = read_articles([write(tmp_path / "a.txt", text + "  \n\n")])
    assert article.text == text


def test_txt_containing_a_rule_is_not_mistaken_for_a_header(tmp_path):
    text = BODY + "\n---\nMore text after a rule."
    [article] = read_articles([write(tmp_path / "a.txt", text)])
    assert article.text == text


def test_file_named_explicitly_with_unknown_suffix_is_read_as_txt(tmp_path):
    [article] = read_articles([write(tmp_path / "story.md", "date 2024-01-05 " + BODY)])
    assert article.date == "2024-01-05"
    assert article.text == BODY


# --- .jsonl ----------------------------------------------------------------


def test_jsonl_yields_one_article_per_line_with_its_fields(tmp_path):
    lines = [
        {"id": "A-1", "text": "The port of Lindholm reopened.", "title": "Port reopens",
         "date": "2022-07-01"},
        {"text": "Farmers near Ostvik expect a late harvest."},
    ]
    path = write(tmp_path / "a.jsonl", "\n".join(json.dumps(line) for line in lines) + "\n")
    first, second = read_articles([path])
    assert (first.id, first.title, first.date) == ("a-1", "Port reopens", "2022-07-01")
    assert first.text == "The port of Lindholm reopened."
    assert first.source == f"{path}:1"
    assert second.text == "Farmers near Ostvik expect a late harvest."
    assert second.source == f"{path}:2"


def test_jsonl_malformed_line_is_reported_as_file_and_line_and_the_rest_is_read(tmp_path):
    path = write(
        tmp_path / "a.jsonl",
        '{"text": "First story."}\n\n{"text": "broken\n{"text": "Third story."}\n',
    )
    articles, errors, _ = read_all(path)
    assert [a.text for a in articles] == ["First story.", "Third story."]
    assert [source for source, _ in errors] == [f"{path}:3"]
    assert "malformed JSON" in errors[0][1]


def test_jsonl_line_without_text_is_reported(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"title": "No body"}\n{"text": "   "}\n[1, 2]\n')
    articles, errors, _ = read_all(path)
    assert articles == []
    assert errors == [
        (f"{path}:1", "missing text"),
        (f"{path}:2", "empty article"),
        (f"{path}:3", "not a JSON object"),
    ]


def test_jsonl_problem_raises_input_error_when_no_on_error_is_given(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"text": "Fine."}\nnot json\n')
    articles = read_articles([path])
    assert next(articles).text == "Fine."
    with pytest.raises(InputError, match=f"{path}:2: malformed JSON"):
        next(articles)


# --- .html -----------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Tram line to the airport approved | Valdor Courier</title>
  <meta property="og:title" content="Tram line to the airport approved">
  <meta name="date" content="2021-09-30">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/city">City</a></nav>
  <article>
    <h1>Tram line to the airport approved</h1>
    <p>The city council of Valdor voted on Thursday to build a tram line between the
    central station and the airport, ending a debate that had lasted almost ten years.</p>
    <p>Councillor Petra Lind, who chairs the transport committee, said construction
    would begin next spring and that the first trams should run before the end of 2025.</p>
    <p>Opponents had argued that the money would be better spent on buses, but a
    majority of members agreed that the airport road could no longer cope with traffic.</p>
  </article>
  <footer>Copyright Valdor Courier</footer>
</body>
</html>
"""


def test_html_gives_main_text_title_and_date(tmp_path):
    path = write(tmp_path / "tram.html", PAGE)
    [article] = read_articles([path])
    assert article.title == "Tram line to the airport approved"
    assert article.date == "2021-09-30"
    assert "Councillor Petra Lind" in article.text
    assert "Copyright" not in article.text
    assert "<p>" not in article.text


def test_html_canonical_url_gives_url_and_id(tmp_path):
    page = PAGE.replace(
        "</head>", '<link rel="canonical" href="https://courier.example/tram">\n</head>'
    )
    [article] = read_articles([write(tmp_path / "tram.htm", page)])
    assert article.url == "https://courier.example/tram"
    expected = hashlib.sha1(b"https://courier.example/tram").hexdigest()[:16]
    assert article.id == "url-" + expected


def test_html_without_article_text_is_reported(tmp_path):
    path = write(tmp_path / "empty.html", "<html><head><title>x</title></head><body></body></html>")
    articles, errors, _ = read_all(path)
    assert articles == []
    assert errors == [(str(path), "no article text found")]


# --- paths and directories -------------------------------------------------


def test_directory_is_read_recursively_in_sorted_order_ignoring_other_suffixes(tmp_path):
    write(tmp_path / "b.txt", "Story b.")
    write(tmp_path / "a" / "z.txt", "Story a/z.")
    write(tmp_path / "a" / "y.jsonl", '{"text": "Story a/y."}\n')
    write(tmp_path / "c.HTM", PAGE)
    write(tmp_path / "notes.md", "Not an article.")
    write(tmp_path / "image.png", "not really an image")
    articles, errors, _ = read_all(tmp_path)
    assert errors == []
    assert [a.text for a in articles[:3]] == ["Story a/y.", "Story a/z.", "Story b."]
    assert articles[3].source == str(tmp_path / "c.HTM")
    assert len(articles) == 4


def test_files_and_directories_can_be_mixed_and_a_single_path_is_accepted(tmp_path):
    one = write(tmp_path / "one.txt", "Story one.")
    write(tmp_path / "more" / "two.txt", "Story two.")
    articles = list(read_articles([one, tmp_path / "more"]))
    assert [a.text for a in articles] == ["Story one.", "Story two."]
    assert [a.text for a in read_articles(str(one))] == ["Story one."]


def test_missing_path_is_an_input_error_before_anything_is_read(tmp_path):
    write(tmp_path / "ok.txt", "Story.")
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError, match=f"{missing}: no such file or directory"):
        read_articles([tmp_path / "ok.txt", missing])


def test_directory_without_articles_is_an_input_error_naming_it(tmp_path):
    empty = tmp_path / "empty"
    write(empty / "readme.md", "Nothing to see.")
    with pytest.raises(InputError, match=str(empty)):
        read_articles([empty])


# --- broken files ----------------------------------------------------------


def test_empty_file_is_reported_and_skipped(tmp_path):
    empty = write(tmp_path / "a.txt", " \n\n")
    write(tmp_path / "b.txt", "Story b.")
    articles, errors, _ = read_all(tmp_path)
    assert [a.text for a in articles] == ["Story b."]
    assert errors == [(str(empty), "empty file")]


def test_header_without_body_is_an_empty_article(tmp_path):
    path = write(tmp_path / "a.txt", "title: Only a title\n---\n")
    _, errors, _ = read_all(path)
    assert errors == [(str(path), "empty article")]


def test_binary_file_is_reported_and_skipped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    articles, errors, _ = read_all(path)
    assert articles == []
    assert errors == [(str(path), "binary file, skipped")]


def test_problem_raises_input_error_when_no_on_error_is_given(tmp_path):
    path = write(tmp_path / "a.txt", "")
    with pytest.raises(InputError, match=f"{path}: empty file"):
        list(read_articles([path]))


# --- text decoding ---------------------------------------------------------


def test_cp1252_file_is_decoded_with_a_warning(tmp_path):
    text = (
        "The caf\u00e9 on Rue Verte reopened \u2013 its owner called it "
        "\u201ca fresh start\u201d.\n"
        "Regulars said the na\u00efve murals painted by local children had been kept."
    )
    path = write(tmp_path / "a.txt", text, encoding="cp1252")
    [article], errors, warnings = read_all(path)
    assert errors == []
    assert article.text == text
    [(source, message)] = warnings
    assert source == str(path)
    assert message == "decoded as cp1252"


def test_utf8_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + BODY.encode("utf-8"))
    [article], _, warnings = read_all(path)
    assert article.text == BODY
    assert warnings == []


def test_control_characters_become_spaces_but_tabs_and_newlines_stay(tmp_path):
    path = write(tmp_path / "a.txt", "Bells\x07 rang\x0cin\ttown.\r\nThe end\x1b.")
    [article] = read_articles([path])
    assert article.text == "Bells  rang in\ttown.\r\nThe end ."


def test_control_characters_from_json_escapes_are_removed_too(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"text": "A\\u0007B"}\n')
    [article] = read_articles([path])
    assert article.text == "A B"


# --- ids and dates ---------------------------------------------------------


def test_same_text_gets_the_same_id_whatever_the_file(tmp_path):
    first = write(tmp_path / "first.txt", BODY)
    second = write(tmp_path / "copy" / "other-name.txt", BODY + "\n")
    from_json = write(tmp_path / "c.jsonl", json.dumps({"text": BODY}) + "\n")
    ids = {a.id for a in read_articles([first, second, from_json])}
    assert ids == {hashlib.sha1(BODY.encode("utf-8")).hexdigest()[:16]}


def test_different_text_gets_a_different_id(tmp_path):
    one = write(tmp_path / "one.txt", "Story one.")
    two = write(tmp_path / "two.txt", "Story two.")
    first, second = read_articles([one, two])
    assert first.id != second.id


def test_url_gives_the_id_even_when_an_id_field_is_present(tmp_path):
    url = "https://news.example/2023/barrier"
    line = json.dumps({"id": "x1", "url": url, "text": BODY})
    [article] = read_articles([write(tmp_path / "a.jsonl", line)])
    assert article.id == "url-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2023-03-14", "2023-03-14"),
        ("14 March 2023", "2023-03-14"),
        ("March 14, 2023", "2023-03-14"),
        ("2023-03-14T09:15:00+01:00", "2023-03-14"),
        ("the day after tomorrow", None),
        ("2023-13-45", None),
        ("March 2023", None),
        ("", None),
    ],
)
def test_dates_are_normalised_to_iso_or_left_unknown(tmp_path, given, expected):
    path = write(tmp_path / "a.jsonl", json.dumps({"text": BODY, "date": given}))
    [article] = read_articles([path])
    assert article.date == expected


def test_unparseable_date_in_a_txt_header_does_not_stop_the_article(tmp_path):
    path = write(tmp_path / "a.txt", "title: Barrier\ndate: sometime soon\n---\n" + BODY)
    [article] = read_articles([path])
    assert article.date is None
    assert article.title == "Barrier"
