"""``kg_units``: a body's whole name, and the parent named inside a unit's name.

"the School of Public Policy and Management of the University of Chinese Academy
of Sciences" names two bodies: the school, and the university it belongs to.
The tagger gives one span; this component, after ``kg_titles``, adds a mention
for the parent inside it (the rule ``parent-in-name`` then links the two), where
the part after the last 'of' or 'at' is itself a body's name: it ends in a word
for a kind of body ("University", "Academy of Sciences") or is named on its own
elsewhere in the article. It also gives back a name's first part before a
hyphen, which the tagger drops ("EU-Asia Centre" tagged "Asia Centre").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import lexicon
from .mentions import mentions, set_mentions

UNIT_NOUNS = set(lexicon.UNIT_NOUNS)
#: Kinds of body a parent's name ends in: "Peking University", "Chinese Academy of Sciences".
PARENT_HEADS = {"university", "academy", "institute", "institution", "ministry", "committee", "council", "association",
                "foundation", "college", "commission", "organization", "organisation", "union", "department", "agency",
                "society", "corporation", "group", "government", "centre", "center"}


@Language.factory("kg_units", requires=["doc.spans"], assigns=["doc.spans"])
def make_units(nlp: Language, name: str):
    return add_parents


def add_parents(doc: Doc) -> Doc:
    found = [_with_hyphened_prefix(s) for s in mentions(doc)]
    texts = {s.text for s in found if s.label_ == "Organization"}
    taken = {(s.start, s.end) for s in found}
    added = []
    for s in found:
        if s.label_ != "Organization" or not any(t.lemma_.lower() in UNIT_NOUNS for t in s[:2]):
            continue
        for t in s[1:-1]:  # the first 'of' or 'at' whose tail is a body: the nearest parent
            if t.lower_ not in ("of", "at"):
                continue
            start = t.i + 1 + (doc[t.i + 1].lower_ == "the")
            tail = Span(doc, start, s.end, label="Organization")
            inner = next((w.i for w in tail if w.lower_ in ("of", "at")), tail.end)
            named_as = doc[inner - 1]  # "Institutes | of Science ...", "Beihang University": the word a body's name is headed by
            body = tail.text in texts or named_as.lemma_.lower() in PARENT_HEADS and tail[0].is_title
            if body and len(tail) >= 2 and (tail.start, tail.end) not in taken and tail.root.pos_ == "PROPN":
                added.append(tail)
                taken.add((tail.start, tail.end))
                break
    set_mentions(doc, found + added)
    return doc


def _with_hyphened_prefix(span: Span) -> Span:
    """"EU-Asia Centre", "China-Pakistan Study Centre": the tagger drops the name's first part before a hyphen."""
    doc, i = span.doc, span.start
    if span.label_ != "Organization" or i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return span
    first = doc[i - 2]
    if not (first.is_alpha and (first.is_title or first.is_upper)) or first.ent_type_ in ("PERSON",):
        return span
    return Span(doc, i - 2, span.end, label=span.label_)
