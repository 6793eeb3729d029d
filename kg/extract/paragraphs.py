"""``kg_paragraphs``: a line break starts a sentence, before the parser runs.

News text puts the headline, datelines and paragraphs on lines of their own;
without this the parser reads a headline and the first sentence as one, and
"US to rule on Yukos refuge call / Yukos has said ..." makes "refuge call"
Yukos' job title.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("kg_paragraphs", assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str):
    return paragraphs


def paragraphs(doc: Doc) -> Doc:
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and ("\n" in before.text_with_ws or before.is_space and "\n" in before.text):
            token.is_sent_start = True
    return doc
