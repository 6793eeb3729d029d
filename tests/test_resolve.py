"""resolve: one entity per real-world thing across articles."""
from kg.records import Article, ArticleExtraction, Evidence, Fact
from kg.resolve import Resolver, entity_key, normalize, slug
from kg.resolve.rewrite import resolved


def _extraction(article_id, names, kinds, facts=()):
    article = Article(id=article_id, text="...")
    return ArticleExtraction(article, names, kinds, [], list(facts))


def _ev(aid):
    return Evidence(aid, "s", 0, 1, "test", 0.9)


def test_same_name_and_kind_in_two_articles_is_one_entity():
    r = Resolver()
    r.add(_extraction("a", {0: ["Graham Webster", "Webster"]}, {0: {"Person"}}))
    r.add(_extraction("b", {0: ["Graham Webster"]}, {0: {"Person"}}))
    assert list(r.entities) == ["person/graham-webster"]
    e = r.entities["person/graham-webster"]
    assert e.articles == {"a", "b"} and "Webster" in e.aliases


def test_short_form_known_as_alias_joins_the_entity():
    r = Resolver()
    r.add(_extraction("a", {0: ["Stanford University", "Stanford"]}, {0: {"Organization"}}))
    r.add(_extraction("b", {0: ["Stanford"]}, {0: {"Organization"}}))
    assert list(r.entities) == ["organization/stanford-university", "organization/stanford"]  # as the articles read them
    assert list(resolved(r).entities) == ["organization/stanford-university"]  # one thing across the corpus


def test_same_name_different_kind_stays_apart():
    r = Resolver()
    r.add(_extraction("a", {0: ["Jordan"], 1: ["Jordan"]}, {0: {"Place"}, 1: {"Person"}}))
    assert len(r.entities) == 2


def test_facts_are_rewritten_to_entity_keys():
    r = Resolver()
    r.add(_extraction("a", {0: ["Ana Costa"], 1: ["WTO"]}, {0: {"Person"}, 1: {"Organization"}},
                      [Fact(0, "affiliation", 1, _ev("a")), Fact(0, "jobTitle", "economist", _ev("a"))]))
    assert {(f.subject, f.relation, f.object) for f in r.facts} == {
        ("person/ana-costa", "affiliation", "organization/wto"),
        ("person/ana-costa", "jobTitle", "economist"),
    }


def test_normalize_ignores_case_accents_punctuation_and_articles():
    assert normalize("The Université de Genève's") == normalize("universite de geneve")


def test_slugs_are_readable_and_keep_other_scripts():
    assert slug("Zoë O'Brien") == "zoe-o-brien"
    assert slug("Lei Shaohua") == "lei-shaohua"
    assert slug("北京大学") == "北京大学"
    assert slug("محمد علي") == "محمد-علي"
    assert entity_key("Person", "Anne-Marie  Slaughter") == "person/anne-marie-slaughter"


def test_events_named_only_by_a_description_stay_in_their_article():
    from kg.records import Article, ArticleExtraction
    from kg.resolve import Resolver

    r = Resolver()
    keys = []
    for aid in ("aaaa1111", "bbbb2222"):
        x = ArticleExtraction(Article(id=aid, text="t"), {0: ["data workshop"], 1: ["Berlin Data Forum"]},
                              {0: {"Event"}, 1: {"Event"}}, [], [], [])
        keys.append(r.add(x))
    assert keys[0][0] != keys[1][0]  # two workshops
    assert keys[0][1] == keys[1][1]  # one named forum
