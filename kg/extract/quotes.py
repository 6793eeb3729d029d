"""``kg_quotes``: who said what, in direct and reported speech.

A speech verb ("said", "told", "insisted") with a resolved person or
organisation as its subject owns the quoted text of its sentence or, without quotation marks,
its clausal complement ("he said that leading countries must ...").
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon

QUOTED = re.compile(r"[\"“]([^\"”]{8,})[\"”]")

if not Doc.has_extension("kg_quotes"):
    Doc.set_extension("kg_quotes", default=None)


@Language.factory(
    "kg_quotes",
    default_config={"speech_verbs": lexicon.SPEECH_VERBS},
    requires=["doc._.kg_token_cluster", "token.dep"],
    assigns=["doc._.kg_quotes"],
)
def make_quotes(nlp: Language, name: str, speech_verbs: list[str]):
    return Quotes(set(speech_verbs))


class Quotes:
    def __init__(self, speech_verbs: set[str]):
        self.speech_verbs = speech_verbs

    def __call__(self, doc: Doc) -> Doc:
        clusters = {c.id: c for c in doc._.kg_clusters or []}
        token_cluster = doc._.kg_token_cluster or {}
        quotes: list[tuple[int, str, int, int]] = []
        for sent in doc.sents:
            for verb in sent:
                if verb.lemma_ not in self.speech_verbs or verb.pos_ != "VERB":
                    continue
                speaker = next((token_cluster.get(c.i) for c in verb.children if c.dep_ == "nsubj"), None)
                if speaker is None or clusters[speaker].kind not in ("Person", "Organization"):
                    continue  # people and bodies speak ("the IAAF said"); places and events do not
                direct = QUOTED.findall(sent.text)
                if direct:
                    text = " ".join(q.strip() for q in direct)
                else:
                    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
                    if comp is None:
                        continue
                    words = [t for t in comp.subtree if not (t.dep_ == "mark" and t.head == comp)]
                    text = doc[words[0].i : words[-1].i + 1].text
                quotes.append((speaker, text, sent.start_char, sent.end_char))
                break
        doc._.kg_quotes = quotes
        return doc
