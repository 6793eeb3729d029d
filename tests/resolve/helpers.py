"""Articles as the extractor would hand them over, written by hand: (kind, name, other forms...) per entity."""
from kg.records import Article, ArticleExtraction, Evidence, Fact
from kg.resolve import Resolver


def extraction(article_id: str, *entities, facts=(), quotes=()) -> ArticleExtraction:
    """``entities``: (kind, name, *forms); ``facts``: (subject index, relation, object index or literal)."""
    names = {i: list(e[1:]) for i, e in enumerate(entities)}
    kinds = {i: {e[0]} if isinstance(e[0], str) else set(e[0]) for i, e in enumerate(entities)}
    evidence = [Evidence(article_id, f"sentence {n} of {article_id}", 10 * n, 10 * n + 5, "test", 0.9)
                for n in range(len(facts) + len(quotes))]
    return ArticleExtraction(Article(id=article_id, text="..."), names, kinds, [],
                             [Fact(s, r, o, evidence[n]) for n, (s, r, o) in enumerate(facts)],
                             [(s, t, evidence[len(facts) + n]) for n, (s, t) in enumerate(quotes)])


def records(*extractions):
    r = Resolver()
    for x in extractions:
        r.add(x)
    return r.records
