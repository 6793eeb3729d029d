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
skipped, so one bad article does not lose a whole corpus. A missing path or a
directory without articles is always fatal (:class:`~kg.errors.InputError`).
"""
from __future__ import annotations

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
from kg.records import Article

__all__ = ["SUFFIXES", "read_articles"]

#: File suffixes picked up when a directory is read.
SUFFIXES = (".txt", ".jsonl", ".html", ".htm")

#: ``callback(source, message)``; source is a path, or ``path:LINE`` for jsonl.
Reporter = Callable[[str, str], None]

_BINARY_PROBE = 8192
_MAX_HEADLINE = 200

# C0 and C1 control characters except tab, newline and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
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
) -> Iterator[Article]:
    """Yield the articles in ``paths`` (files or directories), in order.

    Directories are searched recursively, in sorted order, for files with one
    of :data:`SUFFIXES`; a file named explicitly is read whatever its suffix
    (as ``.txt`` when the suffix is unknown). ``on_error(source, message)``
    hears of each skipped article (without it, the first one raises
    :class:`InputError`); ``on_warning`` of oddities such as a non-UTF-8 file.

    Paths are checked at the call, before anything is read, so a typo in the
    last of many paths fails at once rather than after reading the others.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = [file for path in paths for file in _expand(path)]
    return _read_files(files, on_error or _raise, on_warning or (lambda source, message: None))


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


def _read_files(files: list[Path], on_error: Reporter, on_warning: Reporter) -> Iterator[Article]:
    for path in files:
        source = str(path)
        try:
            yield from _read_file(path, source, on_error, on_warning)
        except _Skip as skip:
            on_error(source, str(skip))


def _read_file(
    path: Path, source: str, on_error: Reporter, on_warning: Reporter
) -> Iterator[Article]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _Skip(f"cannot read file: {error.strerror or error}") from error
    text = _decode(data, source, on_warning)
    if not text.strip():
        raise _Skip("empty file")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl_articles(text, source, on_error)
    elif suffix in (".html", ".htm"):
        yield _html_article(text, source)
    else:
        yield _txt_article(text, source)


def _decode(data: bytes, source: str, on_warning: Reporter) -> str:
    """Bytes to text, with control characters blanked out."""
    if b"\x00" in data[:_BINARY_PROBE]:
        raise _Skip("binary file, skipped")
    try:
        return _clean(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    matches = charset_normalizer.from_bytes(data)
    guess = matches.best()
    if guess is None:
        raise _Skip("cannot decode text")
    # charset_normalizer breaks ties alphabetically, so Western text often
    # comes out as cp1250 ("naďve"); cp1252 is far more likely in news.
    for match in matches:
        tied = (match.chaos, match.coherence) == (guess.chaos, guess.coherence)
        if tied and "cp1252" in match.could_be_from_charset:
            guess = match
            break
    on_warning(source, f"decoded as {guess.encoding}")
    return _clean(str(guess))


def _clean(text: str) -> str:
    # Replaced rather than deleted, so that words either side stay apart.
    return _CONTROL.sub(" ", text)


def _txt_article(text: str, source: str) -> Article:
    fields, body = _split_header(text)
    if not fields and (match := _DATE_PREFIX.match(text)):
        fields, body = {"date": match.group(1)}, text[match.end():]
    body = _LEADING_BLANK_LINES.sub("", body)
    title = fields.get("title") or _headline(body)
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


def _headline(body: str) -> str | None:
    """The first line of ``body`` when it reads as a headline: short, then a blank line."""
    lines = body.split("\n", 2)
    if len(lines) == 3 and not lines[1].strip() and lines[2].strip():
        if 0 < len(lines[0].strip()) <= _MAX_HEADLINE:
            return lines[0].strip()
    return None


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
    document = trafilatura.bare_extraction(text, with_metadata=True) or {}
    # trafilatura 1.x returns a dict, 2.x a Document.
    fields = document if isinstance(document, dict) else document.as_dict()
    body = fields.get("text") or ""
    if not body.strip():
        raise _Skip("no article text found")
    return _make_article(body, source, fields.get("title"), fields.get("date"), fields.get("url"))


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
    url = url.strip() if url else None
    return Article(
        _article_id(text, url, given_id), text, title or None, _iso_date(date), url or None, source
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
