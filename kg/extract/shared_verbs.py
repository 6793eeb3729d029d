"""``kg_shared_verbs``: "co-hosted", "co-chairs" are the verbs "host" and "chair" to every rule.

The tokenizer keeps such a word whole (see ``kg.nlp``; split at the hyphen, the parser reads "co" as a word of
its own). Its lemma is set here, before the lemmatizer, which keeps a lemma it finds: whoever co-hosts hosts.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import CO_VERBS


def shared_forms(verbs: list[str]) -> dict[str, str]:
    """Each written form of "co-" and a verb, lower-cased, and the verb: {"co-hosted": "host", ...}."""
    forms = {}
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        for form in (verb, verb + "s", "led" if verb == "lead" else stem + "ed", stem + "ing"):
            forms["co-" + form] = verb
    return forms


@Language.factory("kg_shared_verbs", default_config={"verbs": CO_VERBS}, assigns=["token.lemma"])
def make_shared_verbs(nlp: Language, name: str, verbs: list[str]):
    forms = shared_forms(verbs)

    def shared_verbs(doc: Doc) -> Doc:
        for t in doc:
            if t.lower_.startswith("co-") and t.lower_ in forms:
                t.lemma_ = forms[t.lower_]
        return doc

    return shared_verbs
