"""Specifications of kg.ingest: reading articles from txt, jsonl and html files."""
from __future__ import annotations

import hashlib
import json
import os
import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

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


def test_a_pages_navigation_above_its_headline_is_not_the_title(tmp_path):
    for chrome in ("Home > News > Content\n\n", "Current Position: Home / News\n\nNews\n\n", "Staff news\n"):
        text = chrome + "Kesselburg Opens Record Flood Barrier on the Lower Rhine\n\n" + BODY
        [article] = read_articles([write(tmp_path / "a.txt", text)])
        assert article.title == "Kesselburg Opens Record Flood Barrier on the Lower Rhine", chrome


def test_a_short_headline_above_its_story_is_not_taken_for_navigation(tmp_path):
    text = "Kesselburg barrier\n\n" + BODY
    [article] = read_articles([write(tmp_path / "a.txt", text)])
    assert article.title == "Kesselburg barrier"


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


def test_jsonl_lines_that_break_the_json_parser_itself_are_malformed_lines(tmp_path):
    path = write(tmp_path / "a.jsonl", "[" * 100_000 + "\n" + '{"text": "x", "id": ' + "9" * 5000 + "}\n")
    articles, errors, _ = read_all(path)
    assert articles == []
    assert [source for source, _ in errors] == [f"{path}:1", f"{path}:2"]
    assert all(message.startswith("malformed JSON") for _, message in errors)


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


@pytest.mark.parametrize("body", [
    '<nav><a href="/">Home</a> <a href="/city">City</a></nav><ul><li><a href="/a">Tram line approved</a></li>'
    '<li><a href="/b">Council votes on budget</a></li></ul><footer>Copyright Valdor Courier</footer>',
    '<div id="root"></div><noscript>Please enable JavaScript to read this site.</noscript>',
])
def test_html_page_of_links_or_an_empty_app_shell_is_no_article(tmp_path, body):
    path = write(tmp_path / "index.html", f"<html><head><title>Valdor Courier</title></head><body>{body}</body></html>")
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
    assert errors == [(str(path), "binary file")]


def test_binary_file_without_nul_bytes_is_reported_and_skipped(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(random.Random(1).randbytes(4000).replace(b"\x00", b"\x01"))
    articles, errors, _ = read_all(path)
    assert articles == []
    assert errors == [(str(path), "binary file")]


def test_a_stray_nul_among_text_is_a_control_character_not_a_binary_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Bells\x00 rang in town. " + BODY.encode())
    [article] = read_articles([path])
    assert article.text == "Bells  rang in town. " + BODY


def test_a_file_that_is_not_a_regular_file_is_skipped_without_reading_it(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would wait forever
    articles, errors, _ = read_all(fifo)
    assert errors == [(str(fifo), "not a regular file")]


def test_problem_raises_input_error_when_no_on_error_is_given(tmp_path):
    path = write(tmp_path / "a.txt", "")
    with pytest.raises(InputError, match=f"{path}: empty file"):
        list(read_articles([path]))


# --- too long, not English -------------------------------------------------


def test_article_longer_than_max_chars_is_skipped_with_the_limit_named(tmp_path):
    path = write(tmp_path / "a.txt", BODY)
    articles, errors, _ = read_all(path, max_chars=100)
    assert articles == []
    assert errors == [(str(path), f"too long for a news article: {len(BODY)} characters (the limit is 100; see --max-chars)")]
    assert read_all(path, max_chars=len(BODY))[0]


def test_file_far_over_the_limit_is_not_read_whole(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 50_000)
    _, errors, _ = read_all(path, max_chars=1000)
    assert errors == [(str(path), "too long for a news article: 50,000 bytes (the limit is 1,000 characters; see --max-chars)")]


def test_max_chars_below_one_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="--max-chars must be at least 1, not 0"):
        read_articles([write(tmp_path / "a.txt", BODY)], max_chars=0)


GERMAN = ("Die Bundesregierung hat am Dienstag in Berlin ein neues Gesetz beschlossen. Bundeskanzler Olaf Scholz "
          "sagte, das Gesetz sei ein wichtiger Schritt für die Wirtschaft und die Arbeitnehmer in Deutschland.")


def test_text_that_is_not_english_is_skipped_with_the_reason(tmp_path):
    path = write(tmp_path / "a.txt", GERMAN)
    articles, errors, _ = read_all(path)
    assert articles == []
    assert errors == [(str(path), "not English, it seems: 0% of its words are common English words "
                                  "(English news has 10% or more)")]


def test_english_full_of_foreign_names_and_a_foreign_quote_is_english(tmp_path):
    text = ("Olaf Scholz met Emmanuel Macron and Giorgia Meloni at the Palazzo Chigi in Rome. "
            "Scholz told reporters: \"" + GERMAN + "\" The meeting lasted two hours.")
    [article] = read_articles([write(tmp_path / "a.txt", text)])
    assert article.text == text


def test_a_few_words_are_too_few_to_judge_the_language(tmp_path):
    [article] = read_articles([write(tmp_path / "a.txt", "Bundestag beschließt Gesetz.")])
    assert article.text == "Bundestag beschließt Gesetz."


# --- anything at all -------------------------------------------------------

_CONTROL_OR_SURROGATE = set(map(chr, [*range(0, 9), 11, 12, *range(14, 32), *range(127, 160), *range(0xD800, 0xE000)]))
_JSON_LINE = st.fixed_dictionaries(
    {"text": st.text()}, optional={"title": st.text(), "date": st.text(), "url": st.text(), "id": st.text() | st.integers()}
).map(json.dumps)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    suffix=st.sampled_from([".txt", ".jsonl", ".html"]),
    content=st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8")),
        st.text(max_size=500).map(lambda t: t.encode("utf-16")),
        st.lists(_JSON_LINE | st.sampled_from(['{"text": "\\ud800"}', '{"text": 1}', "[1]", "{"]), max_size=5)
        .map(lambda lines: "\n".join(lines).encode("utf-8")),
    ),
)
def test_any_bytes_give_clean_articles_or_an_input_error_and_nothing_else(suffix, content):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"a{suffix}"
        path.write_bytes(content)
        try:
            articles = list(read_articles([path], max_chars=1500))
        except InputError:
            return
        for article in articles:
            assert article.text.strip() and len(article.text) <= 1500
            for field in (article.id, article.text, article.title or "", article.url or ""):
                assert not _CONTROL_OR_SURROGATE.intersection(field)
                field.encode("utf-8")


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


def test_lone_surrogates_from_json_escapes_are_removed_since_no_file_can_hold_them(tmp_path):
    path = write(tmp_path / "a.jsonl", '{"text": "A\\ud800B \\ud83d\\ude00", "title": "T\\udfff"}\n')
    [article] = read_articles([path])
    assert (article.text, article.title) == ("A B \U0001F600", "T")


def test_utf16_with_a_byte_order_mark_is_decoded_with_a_warning(tmp_path):
    path = write(tmp_path / "a.txt", BODY, encoding="utf-16")
    [article], _, warnings = read_all(path)
    assert article.text == BODY
    assert warnings == [(str(path), "decoded as utf-16")]


def test_utf16_without_a_byte_order_mark_is_recognised(tmp_path):
    path = write(tmp_path / "a.txt", BODY, encoding="utf-16-le")
    [article], _, warnings = read_all(path)
    assert article.text == BODY
    assert warnings == [(str(path), "decoded as utf_16_le")]


def test_latin1_is_read_as_cp1252_even_where_charset_normalizer_guesses_otherwise(tmp_path):
    # charset-normalizer alone calls this big5 (and "à" becomes "ŕ" under its cp1250 guesses)
    text = "Die Bundesregierung in Berlin: Der Minister für Wirtschaft äußerte sich à la française."
    path = write(tmp_path / "a.txt", text, encoding="latin-1")
    [article], _, warnings = read_all(path)
    assert article.text == text
    assert warnings == [(str(path), "decoded as cp1252")]


def test_another_code_page_is_detected_when_it_reads_better_than_cp1252(tmp_path):
    path = write(tmp_path / "a.txt", "Президент встретился в Москве с министром. " * 5, encoding="cp1251")
    _, _, warnings = read_all(path)
    assert warnings == [(str(path), "decoded as cp1251")]


def test_utf8_cut_short_inside_a_character_keeps_its_text_and_reports_the_byte(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes((BODY + " It cost £").encode()[:-1])
    [article], _, warnings = read_all(path)
    assert article.text == BODY + " It cost \ufffd"
    assert warnings == [(str(path), "1 undecodable byte replaced by U+FFFD")]


def test_stray_bytes_in_utf8_text_are_replaced_and_reported(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Zoë Müller and Åsa Berg met in Malmö. ".encode() + b"\xff\xfe" + BODY.encode())
    [article], _, warnings = read_all(path)
    assert article.text == "Zoë Müller and Åsa Berg met in Malmö. \ufffd\ufffd" + BODY
    assert warnings == [(str(path), "2 undecodable bytes replaced by U+FFFD")]


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


def test_a_page_without_a_date_header_is_dated_by_the_date_it_prints_in_its_opening_lines(tmp_path):
    (tmp_path / "visit.txt").write_text(
        "Eastbay University News\nPublished: 27/04/2022\n\nA delegation from Northfield visited the campus on 21 April.\n",
        encoding="utf-8")
    (tmp_path / "signing.txt").write_text(
        "MoU Signed\nAdd Time: 2019-11-05 09:30:12   Views: 88\nOn November 2nd, the two universities signed an MoU.\n",
        encoding="utf-8")
    (tmp_path / "prose.txt").write_text("Talks\n\nOn 12 June 2024, a celebration was held in Tartu.\n", encoding="utf-8")
    (tmp_path / "forum.txt").write_text(  # (the day the page was read, with its weekday, is no publication date)
        "Monday, 2 Dec, 2024\n\nForum opens\nUpdate: 2022-06-14 08:15:00\nThe forum opened today.\n", encoding="utf-8")
    dates = {Path(a.source).name: a.date for a in read_articles([tmp_path])}
    assert dates == {"visit.txt": "2022-04-27", "signing.txt": "2019-11-05", "prose.txt": None, "forum.txt": "2022-06-14"}


def test_a_date_header_wins_over_a_date_in_the_opening_lines(tmp_path):
    (tmp_path / "a.txt").write_text("date 2024-01-02\nNews\n05 May 2024\nText of the report.\n", encoding="utf-8")
    assert [a.date for a in read_articles([tmp_path / "a.txt"])] == ["2024-01-02"]


def test_a_page_is_dated_by_its_metadata_line_however_the_date_is_labelled(tmp_path):
    (tmp_path / "a.txt").write_text("Delegation visits Eastbay\nRelease time:2023-03-24\n\nOn March 23, a delegation came.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Forum\nSource: Eastbay Daily | 2023-10-24 10:09:44 | Author: Ola Brenn\n\nThe forum opened.\n",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text("Talks\nTue. 14 of February of 2023, 11:05h\n\nThe minister received a visit.\n",
                                    encoding="utf-8")
    dates = {Path(a.source).name: a.date for a in read_articles([tmp_path])}
    assert dates == {"a.txt": "2023-03-24", "b.txt": "2023-10-24", "c.txt": "2023-02-14"}
