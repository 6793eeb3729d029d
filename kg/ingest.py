"""Read news articles from files and directories into :class:`~kg.records.Article`.

Supported files:

``.txt``
    One article. Either a header of ``key: value`` lines (``title``, ``date``,
    ``url``) closed by a ``---`` line, then the body; or ``date YYYY-MM-DD``
    at the very start, followed by the body; or just the body, whose first
    line is taken as the title when it is short and followed by a blank line.
``.jsonl``
    One JSON object per line with ``text`` and optional ``id``, ``title``,
    ``date`` and ``url``.
``.html`` / ``.htm``
    One web page; text and metadata are extracted with trafilatura.

A problem with a single file or line is reported through ``on_error`` and
skipped, so one bad article does not lose a whole corpus: an empty or binary
file, a malformed jsonl line, a page without article text, an article longer
than ``max_chars``, or text that is not English. A missing path or a directory
without articles is always fatal (:class:`~kg.errors.InputError`).

Text that is not UTF-8 is decoded with the encoding charset-normalizer detects,
with a warning through ``on_warning``; so are bytes that no encoding explains,
replaced by U+FFFD. Control characters are replaced by spaces.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path

import charset_normalizer
import trafilatura
from dateutil import parser as dateparser

from kg.errors import InputError
from kg.page_date import page_date
from kg.records import Article

__all__ = ["SUFFIXES", "read_articles"]

#: File suffixes picked up when a directory is read.
SUFFIXES = (".txt", ".jsonl", ".html", ".htm")

#: ``callback(source, message)``; source is a path, or ``path:LINE`` for jsonl.
Reporter = Callable[[str, str], None]

#: Longest article read, in characters (``kg build --max-chars``). News articles
#: run to a few thousand words; a longer text is a book or a dump, and spaCy
#: needs about 1 GB per 100,000 characters to parse it.
MAX_CHARS = 100_000

_PROBE = 8192
_MAX_HEADLINE = 200

# C0 and C1 control characters except tab, newline and carriage return, and the
# lone surrogates JSON escapes can make: none of them can be written as RDF text.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# Words common in English and rare in other languages. English news, even a
# page of football line-ups, has at least 10% of them; other languages ~0%.
_ENGLISH = frozenset(
    "the of and to that with for he she his her their they has have had are were this which "
    "said not but will who would been after more also than about into from by at it its".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 20  # fewer words say too little about the language
_MIN_ENGLISH = 0.03  # with room both ways

_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t\r]*\n)+")
_HEADER_LINE = re.compile(r"([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*)")
_DATE_PREFIX = re.compile(r"\s*date:?[ \t]+(\d{4}-\d{2}-\d{2})(?:\s+|\Z)", re.IGNORECASE)
_NON_SLUG = re.compile(r"[^a-z0-9]+")


class _Skip(Exception):
    """One article (file or jsonl line) that cannot be read; the message says why."""


def read_articles(
    paths: Iterable[str | Path] | str | Path,
    on_error: Reporter | None = None,
    on_warning: Reporter | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Article]:
    """Yield the articles in ``paths`` (files or directories), in order.

    Directories are searched recursively, in sorted order, for files with one
    of :data:`SUFFIXES`; a file named explicitly is read whatever its suffix
    (as ``.txt`` when the suffix is unknown). ``on_error(source, message)``
    hears of each skipped article (without it, the first one raises
    :class:`InputError`); ``on_warning`` of oddities such as a non-UTF-8 file.
    An article longer than ``max_chars`` characters is skipped.

    Paths are checked at the call, before anything is read, so a typo in the
    last of many paths fails at once rather than after reading the others.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    if max_chars < 1:
        raise InputError(f"--max-chars must be at least 1, not {max_chars}")
    files = [file for path in paths for file in _expand(path)]
    return _read_files(files, on_error or _raise, on_warning or (lambda source, message: None), max_chars)


def _raise(source: str, message: str) -> None:
    raise InputError(f"{source}: {message}")


def _expand(path: str | Path) -> list[Path]:
    """The files to read for one given path."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    if not path.is_dir():
        return [path]
    # Sorted by path components so that a folder's files stay together.
    found = sorted(file.relative_to(path).parts for file in path.rglob("*") if file.is_file())
    files = [
        path.joinpath(*parts)
        for parts in found
        # Hidden files and folders (.git, editor backups) are not articles.
        if Path(parts[-1]).suffix.lower() in SUFFIXES and not any(p.startswith(".") for p in parts)
    ]
    if not files:
        raise InputError(f"{path}: no {', '.join(SUFFIXES)} files in this directory")
    return files


def _read_files(files: list[Path], on_error: Reporter, on_warning: Reporter, max_chars: int) -> Iterator[Article]:
    for path in files:
        source = str(path)
        try:
            for article in _read_file(path, source, on_error, on_warning, max_chars):
                if problem := _unfit(article.text, max_chars):
                    on_error(article.source, problem)
                else:
                    yield article
        except _Skip as skip:
            on_error(source, str(skip))


def _unfit(text: str, max_chars: int) -> str | None:
    """Why an article's text should not go to the English model, or None."""
    if len(text) > max_chars:
        return f"too long for a news article: {len(text):,} characters (the limit is {max_chars:,}; see --max-chars)"
    # A sample is enough, and keeps this cheap for long texts.
    words = _WORD.findall(text[:20_000].lower())
    if len(words) >= _MIN_WORDS:
        share = sum(word in _ENGLISH for word in words) / len(words)
        if share < _MIN_ENGLISH:
            # The English model reads other languages into confident nonsense
            # (German nouns become people), which would pollute the graph.
            return f"not English, it seems: {share:.0%} of its words are common English words (English news has 10% or more)"
    return None


def _read_file(
    path: Path, source: str, on_error: Reporter, on_warning: Reporter, max_chars: int
) -> Iterator[Article]:
    suffix = path.suffix.lower()
    # A jsonl file holds many articles; any other file one, so more bytes than
    # its longest possible text (4 per character in UTF-8 and UTF-32) need not be read.
    limit = None if suffix == ".jsonl" else 4 * (max_chars + 1)
    try:
        if not path.is_file():  # a FIFO or /dev/zero would never end
            raise _Skip("not a regular file")
        with path.open("rb") as file:
            data = file.read() if limit is None else file.read(limit + 1)
            size = file.seek(0, 2)  # its end
    except OSError as error:
        raise _Skip(f"cannot read file: {error.strerror or error}") from error
    if limit is not None and len(data) > limit:
        raise _Skip(f"too long for a news article: {size:,} bytes (the limit is {max_chars:,} characters; see --max-chars)")
    text = _decode(data, source, on_warning)
    if not text.strip():
        raise _Skip("empty file")
    if suffix == ".jsonl":
        yield from _jsonl_articles(text, source, on_error)
    elif suffix in (".html", ".htm"):
        yield _html_article(text, source)
    else:
        yield _txt_article(text, source)


def _decode(data: bytes, source: str, on_warning: Reporter) -> str:
    """Bytes to text, with control characters blanked out."""
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    probe = data[:_PROBE]
    if encoding is None and probe.count(0) > len(probe) // 4:
        # Many NULs: UTF-16 or UTF-32 without a byte order mark, or not text at all.
        guess = charset_normalizer.from_bytes(data).best()
        if guess is None or not guess.encoding.startswith(("utf_16", "utf_32")):
            raise _Skip("binary file")
        encoding = guess.encoding
    if encoding is None:
        try:
            return _checked(data.decode("utf-8"))
        except UnicodeDecodeError:
            encoding = _damaged_utf8_or_legacy(data)
    text = data.decode(encoding, "replace")
    notes = [] if encoding in ("utf-8", "utf-8-sig") else [f"decoded as {encoding}"]
    if bad := len(text) - len(data.decode(encoding, "ignore")):
        notes.append(f"{bad} undecodable byte{'s' if bad > 1 else ''} replaced by U+FFFD")
    if notes:
        on_warning(source, "; ".join(notes))
    return _checked(text)


def _damaged_utf8_or_legacy(data: bytes) -> str:
    """The encoding of text that is not clean UTF-8."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
        return "utf-8"  # cut short in the middle of a character
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    bad = len(text) - len(data.decode("utf-8", "ignore"))
    # Text in a one-byte code page holds almost no valid UTF-8 sequences of
    # non-ASCII characters; UTF-8 cut short or with stray bytes holds many.
    if sum(char > "\x7f" for char in text) - bad > bad:
        return "utf-8"
    guess = charset_normalizer.from_bytes(data).best()
    # English news that is not UTF-8 is nearly always Windows-1252 (or its
    # subset Latin-1), but charset-normalizer ranks by oddity alone, breaking
    # ties alphabetically: it calls short Western text cp1250 ("directrice ŕ"),
    # and English with a "£" cp932, where "£" is an odd katakana but no word is
    # English. Take cp1252 unless another code page reads clearly better.
    western = charset_normalizer.from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and (guess is None or _score(western) <= _score(guess) + 0.1):
        return "cp1252"
    if guess is None:
        if charset_normalizer.is_binary(data):
            raise _Skip("binary file")
        raise _Skip("cannot decode: not UTF-8, and no known encoding fits")
    return guess.encoding


def _score(match: charset_normalizer.CharsetMatch) -> float:
    """Lower is better: chaos (odd characters) less coherence (likeness to some language)."""
    return match.chaos - match.coherence


def _checked(text: str) -> str:
    """``text`` cleaned, unless so much of it is control characters that it was never text."""
    sample = text[:_PROBE]
    if len(_CONTROL.findall(sample)) + sample.count("\ufffd") > len(sample) / 10:
        raise _Skip("binary file")
    return _clean(text)


def _clean(text: str) -> str:
    # Replaced rather than deleted, so that words either side stay apart.
    return _CONTROL.sub(" ", text)


def _txt_article(text: str, source: str) -> Article:
    fields, body = _split_header(text)
    if not fields and (match := _DATE_PREFIX.match(text)):
        fields, body = {"date": match.group(1)}, text[match.end():]
    body = _LEADING_BLANK_LINES.sub("", body)
    title = fields.get("title") or headline(body)
    return _make_article(body, source, title, fields.get("date"), fields.get("url"))


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """``key: value`` lines closed by ``---``, and the rest; or ``{}`` and the text.

    Unknown keys (``author:``, ``source:``) are accepted and ignored, since
    other tools write them; but every line before ``---`` must look like a
    header line, so an article that merely contains ``---`` is left whole.
    """
    lines = text.split("\n")
    fields: dict[str, str] = {}
    for number, line in enumerate(lines):
        stripped = line.strip()
        if stripped == "---":
            if fields:
                return fields, "\n".join(lines[number + 1:])
            break
        if not stripped:
            continue
        match = _HEADER_LINE.fullmatch(stripped)
        if match is None:
            break
        fields[match.group(1).lower()] = match.group(2).strip()
    return {}, text


def headline(body: str) -> str | None:
    """The first line of ``body`` when it reads as a headline: short, then a blank line (or, on a page, straight
    before a paragraph much longer than itself).

    (``kg_coref`` asks the same of a Doc's text, to link a headline's event to the story's.)
    """
    lines = body.split("\n")
    while len(lines) > 2 and (not lines[0].strip() or _page_chrome(lines[0], next((x for x in lines[1:] if x.strip()), ""))):
        lines = lines[1:]  # "Home > News > Content", "News": the page's navigation above its headline
    lines = "\n".join(lines).split("\n", 2)
    first = lines[0].strip()
    if not 0 < len(first) <= _MAX_HEADLINE or len(lines) < 2:
        return None
    if len(lines) == 3 and not lines[1].strip() and lines[2].strip():
        return first
    # a page's headline run straight into its first paragraph: words with no stop, then a longer line of sentences
    following = lines[1].strip()
    if len(first.split()) >= 4 and first[-1] not in ".!?:;,\"”" and len(following) > 2 * len(first) and following[-1] in ".!?\"”":
        return first
    return None


#: Where a page's path is written: "Home > News", "Current Position: Home / News / Content".
_BREADCRUMB = re.compile(r"\s[>/»]\s|\s>$")


def _page_chrome(line: str, following: str) -> bool:
    """A breadcrumb, or a section's label of a word or three ("News", "Staff news") above a longer headline.

    >>> _page_chrome("Home > News > Content", "Rector visits Oslo"), _page_chrome("News", "Rector visits Northfield University")
    (True, True)
    >>> _page_chrome("Symposium 2010", "Rector visits Northfield University"), _page_chrome("Forum opens", "Rector speaks")
    (False, False)
    """
    line = line.strip()
    if _BREADCRUMB.search(line):
        return True
    words = line.split()
    following = following.strip()  # (a headline, not a paragraph: "OSW-CICIR seminar" above "On 23 May a ... took place.")
    return len(words) <= 3 and not any(c.isdigit() or c in ".!?:;,\"”" for c in line) \
        and len(following.split()) >= 4 and following[-1] not in ".!?"


def _jsonl_articles(text: str, source: str, on_error: Reporter) -> Iterator[Article]:
    # Split on "\n" only: str.splitlines() would also break on U+2028 and
    # friends, which may appear raw inside JSON strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        line_source = f"{source}:{number}"
        try:
            yield _jsonl_article(line, line_source)
        except _Skip as skip:
            on_error(line_source, str(skip))


def _jsonl_article(line: str, source: str) -> Article:
    try:
        # strict=False lets raw tabs and newlines inside strings through.
        record = json.loads(line, strict=False)
    except json.JSONDecodeError as error:
        raise _Skip(f"malformed JSON: {error.msg} (column {error.colno})") from error
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, [[[[...]]]]
        raise _Skip(f"malformed JSON: {error}") from error
    if not isinstance(record, dict):
        raise _Skip("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        raise _Skip("missing text")
    title, date, url, given_id = (
        _optional_str(record.get(key)) for key in ("title", "date", "url", "id")
    )
    return _make_article(text, source, title, date, url, given_id)


def _optional_str(value: object) -> str | None:
    # Numbers are fine (ids are often integers); lists, objects and null are not.
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value).strip() or None


def _html_article(text: str, source: str) -> Article:
    try:
        fields = _extract_html(text)
        # Given no article, trafilatura falls back to the menus and footers (or
        # a "please enable JavaScript"). Its precise mode then finds nothing, or
        # only words without a sentence among them. The default mode stays the
        # source of the text, as it drops less of a real article.
        precise = _extract_html(text, favor_precision=True).get("text", "") if fields.get("text") else ""
    except Exception as error:  # noqa: BLE001  (lxml and trafilatura raise many kinds; one page must not stop a corpus)
        raise _Skip(f"cannot read HTML: {type(error).__name__}: {error}") from error
    if not _has_sentence(precise):
        raise _Skip("no article text found")
    return _make_article(fields["text"], source, fields.get("title"), fields.get("date"), fields.get("url"))


def _has_sentence(text: str) -> bool:
    """Whether ``text`` has five words or more ending in ``.``, ``!`` or ``?``.

    >>> _has_sentence("Home City Sport"), _has_sentence("The council voted on Thursday.")
    (False, True)
    """
    return any(len(part.split()) >= 5 for part in re.split(r"[.!?]", text)[:-1])


def _extract_html(text: str, **options) -> dict:
    document = trafilatura.bare_extraction(text, with_metadata=True, **options) or {}
    # trafilatura 1.x returns a dict, 2.x a Document.
    fields = document if isinstance(document, dict) else document.as_dict()
    return {key: value for key, value in fields.items() if value is not None}


def _make_article(
    text: str, source: str, title: str | None, date: str | None, url: str | None,
    given_id: str | None = None,
) -> Article:
    # Cleaned again here because JSON escapes (\u0007) bring control
    # characters back after the file itself was cleaned.
    text = _LEADING_BLANK_LINES.sub("", _clean(text)).rstrip()
    if not text.strip():
        raise _Skip("empty article")
    title = " ".join(_clean(title).split()) if title else None
    url = _clean(url).strip() if url else None
    return Article(
        _article_id(text, url, given_id), text, title or None, _iso_date(date) or page_date(text), url or None, source
    )


def _article_id(text: str, url: str | None, given_id: str | None) -> str:
    """A stable id: from the url, else the given id, else the text itself.

    Never from the file name, so that the same article read from two places
    (or renamed) keeps its id and merges downstream.

    >>> _article_id("Some text.", None, "Story 42")
    'story-42'
    """
    if url:
        return "url-" + _sha1(url)
    if given_id:
        slug = _NON_SLUG.sub("-", given_id.lower()).strip("-")
        if slug:
            return slug
    return _sha1(text)


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _iso_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` for a complete date, else None.

    dateutil fills missing parts from a default date; parsing with two
    different defaults shows whether a part was missing, so that "March 2024"
    is not silently turned into some day of March.

    >>> _iso_date("3 November 2024")
    '2024-11-03'
    >>> _iso_date("2024-11-03T08:30:00Z")
    '2024-11-03'
    >>> _iso_date("March 2024") is None and _iso_date("soon") is None
    True
    """
    if not value:
        return None
    try:
        first = dateparser.parse(value, default=datetime(2000, 1, 1))
        second = dateparser.parse(value, default=datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        return None
    if first.date() != second.date():
        return None
    return first.date().isoformat()
