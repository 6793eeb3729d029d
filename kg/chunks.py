"""Extraction in parts: the unit of work of local worker processes and of Dask workers alike.

``kg.build`` hands parts of a corpus to worker processes, or to a Dask cluster
through ``kg.dask_engine``; both run this, so one article the pipeline fails on
costs that article only, however the build runs.
"""
from __future__ import annotations

from . import nlp as kg_nlp
from .extract import extract
from .records import Article


def extract_chunk(model: str, max_length: int, articles: list[Article]) -> list:
    """The records of a few articles, or ``(article, error)`` for one the pipeline fails on.

    Runs in a worker too, where the model is loaded once and kept.
    """
    nlp = kg_nlp.load(model)
    nlp.max_length = max_length
    try:
        return list(extract(nlp, articles))
    except Exception:  # noqa: BLE001  (one article's bug must not cost the corpus: find it, go on)
        pass
    out = []
    for article in articles:
        try:
            out += extract(nlp, [article])
        except Exception as exc:  # noqa: BLE001
            out.append((article, f"{type(exc).__name__}: {exc}"))
    return out
