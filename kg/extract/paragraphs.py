"""``kg_paragraphs``: a line break starts a sentence, before the parser runs.

News text puts the headline, datelines and paragraphs on lines of their own;
without this the parser reads a headline and the first sentence as one, and
"US to rule on Yukos refuge call / Yukos has said ..." makes "refuge call"
Yukos' job title. Nor does a courtesy title's dot end one: "H.E. | Mr. Yury X".
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import HONORIFICS

_COURTESY = {h.rstrip(".") for h in HONORIFICS}


@Language.factory("kg_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str):
    return paragraphs


def lines(doc: Doc) -> list[tuple[int, int]]:
    """Each non-blank line of ``doc`` as its first and past-last token, without the spaces around it (read once per
    Doc: the title, roster and headline rules each ask)."""
    if "kg_lines" not in doc.user_data:
        doc.user_data["kg_lines"] = tuple(_lines(doc))
    return list(doc.user_data["kg_lines"])


def _lines(doc: Doc) -> list[tuple[int, int]]:
    out, start = [], 0
    for t in doc:
        if "\n" in t.text_with_ws:
            out.append((start, t.i + (0 if t.is_space else 1)))
            start = t.i + 1
    out.append((start, len(doc)))
    trimmed = []
    for a, b in out:
        while a < b and doc[a].is_space:
            a += 1
        while b > a and doc[b - 1].is_space:
            b -= 1
        if a < b:
            trimmed.append((a, b))
    return trimmed


_PAIRS = {"“": "”", '"': '"'}


_BULLETS = {"—", "–", "-", "•", "*", "·", "▪"}


def bulleted(token) -> bool:
    """Whether ``token`` opens an item of a bulleted list, a line of its own: "— visit to the Museum of X;"."""
    doc, i = token.doc, token.i
    i -= i >= 1 and doc[i - 1].lower_ in ("a", "an", "the")  # ("— a seminar on X")
    return i >= 1 and doc[i - 1].text in _BULLETS and (i == 1 or "\n" in doc[i - 2].text_with_ws or doc[i - 2].is_space)


def paragraphs(doc: Doc) -> Doc:
    inside = None  # the closing quote awaited: a quoted title ("AI Guardrails") holds no sentence end
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and ("\n" in before.text_with_ws or before.is_space and "\n" in before.text):
            token.is_sent_start = True
            inside = None
        elif inside is not None and token.text != inside:
            token.is_sent_start = False
        elif before.text.endswith(".") and before.lower_.rstrip(".") in _COURTESY and token.is_title:
            token.is_sent_start = False
        if token.text == inside:
            inside = None
        elif inside is None and token.text in _PAIRS and _closes_soon(doc, token):
            inside = _PAIRS[token.text]
    return doc


def _closes_soon(doc: Doc, quote) -> bool:
    """A short quotation closed on its own line: a title, not a speech of several sentences."""
    close = _PAIRS[quote.text]
    for t in doc[quote.i + 1 : quote.i + 25]:
        if "\n" in t.text:
            return False
        if t.text == close:
            return True
    return False
