"""extract: spaCy components that read entities, facts and quotes off a Doc.

Importing this package registers the components (see ``kg.nlp.KG_COMPONENTS``);
``extract`` runs the pipeline over articles and turns each Doc into plain
records, so nothing downstream sees a spaCy object.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Article, ArticleExtraction, Evidence, Fact, Mention
from . import coref, entity_repair, events, headline, kinds, paragraphs, quotes, relations, rosters, shared_verbs, titles, units  # noqa: F401  (factories)

__all__ = ["extract", "to_records"]


def extract(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[ArticleExtraction]:
    """Run the pipeline over articles, yielding one ArticleExtraction each.

    In one process: spaCy's ``n_process`` ships Docs back with ``Doc.to_bytes``,
    which drops kg's Doc extensions, so ``kg.build`` runs this in worker
    processes of its own instead.
    """
    for doc, article in nlp.pipe(_docs(nlp, articles), as_tuples=True, batch_size=batch_size):
        yield to_records(doc, article)


def _docs(nlp: Language, articles: Iterable[Article]):
    # kg_relations resolves relative dates, so the publication date rides on the Doc.
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.kg_published = article.date
        yield doc, article


def to_records(doc: Doc, article: Article) -> ArticleExtraction:
    clusters = doc._.kg_clusters or []
    names = {}
    aliases = doc._.kg_aliases or {}
    for c in clusters:
        name = c.name  # a property computed from the mentions: read it once
        names[c.id] = [name] + [n for n in c.names + aliases.get(c.id, []) if n != name]
    kinds_of = {c.id: {c.kind} for c in clusters}
    for f in doc._.kg_facts or []:
        # a place that takes part or employs people acts as a body: "China and the US held talks"
        if f.relation in ("participant", "affiliation") and isinstance(f.object, int) and kinds_of[f.object] == {"Place"}:
            kinds_of[f.object].add("Organization")
    mentions = [Mention(m.text, c.kind, m.start_char, m.end_char, c.id) for c in clusters for m in c.mentions]
    facts = []
    for f in doc._.kg_facts or []:
        span = doc[f.first : f.last + 1]
        sent = span.sent
        facts.append(Fact(f.subject, f.relation, f.object, Evidence(article.id, sent.text, span.start_char, span.end_char, f.rule, f.confidence)))
    said = [
        (speaker, text, Evidence(article.id, doc.char_span(start, end, alignment_mode="expand").text, start, end, "quote", 0.7))
        for speaker, text, start, end in doc._.kg_quotes or []
    ]
    return ArticleExtraction(article, names, kinds_of, mentions, facts, said)
