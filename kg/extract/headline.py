"""``kg_headline``: a headline in capitals is no evidence of names.

"Director Visits the U.S. to Attend Conferences", "USM VC PAYS COURTESY CALL ON
MALAYSIAN AMBASSADOR": in a title-case or upper-case headline every word is
capitalised, so the tagger finds names in verbs and common nouns. Such a
headline keeps only the names the story itself uses (in any case); the rest are
dropped. Headlines in sentence case, and stories without one, are left alone.
"""
from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from ..ingest import headline
from .mentions import mentions, set_mentions

if not Doc.has_extension("kg_headline"):
    Doc.set_extension("kg_headline", default=None)  # the headline line as a Span, found once for every rule


@Language.factory("kg_headline", requires=["doc.spans"], assigns=["doc.spans", "doc._.kg_headline"])
def make_headline(nlp: Language, name: str):
    return drop_headline_junk


def drop_headline_junk(doc: Doc) -> Doc:
    line = headline(doc.text.lstrip())
    start = doc.text.index(line) if line else 0
    doc._.kg_headline = doc.char_span(start, start + len(line), alignment_mode="expand") if line else None
    if line is None or not _capitalised(line):
        return doc
    end = start + len(line)
    body = doc.text[end:].lower()
    kept = [s for s in mentions(doc) if s.start_char >= end or s.text.lower() in body]
    set_mentions(doc, kept)
    return doc


def _capitalised(line: str) -> bool:
    """Title case or capitals: every word but short function words starts with a capital (a headline in
    sentence case has some lower-case word: "Ingrid Dahl to lead the Polar Institute").

    >>> _capitalised("Director Visits the U.S. to Attend Conferences"), _capitalised("Ingrid Dahl to lead the Institute")
    (True, False)
    >>> _capitalised("Nordvik University Deepens Cooperation with Baltic Institute")
    True
    """
    words = [w for w in line.split() if w[:1].isalpha() and len(w) > 3 and w not in STOP_WORDS]  # ("with", "from")
    return len(words) >= 3 and all(w[0].isupper() for w in words)
