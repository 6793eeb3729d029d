"""bodies: which names of bodies and states in a corpus are one thing."""
from kg.resolve.identity import resolve_identity

from .helpers import extraction as x, records


def one(ident, *occurrences) -> bool:
    """Whether every (article, key) given is on one entity."""
    return len({ident.of(a, k) for a, k in occurrences}) == 1


def test_a_state_is_one_node_by_its_short_name_its_long_form_and_its_abbreviation():
    ident = resolve_identity(records(
        x("a", ("Place", "China")), x("b", ("Place", "People's Republic of China")), x("c", ("Place", "PRC")),
        x("d", ("Organization", "Russian Federation")), x("e", ("Place", "Russia")),
        x("f", ("Place", "Republic of Korea")), x("g", ("Place", "South Korea")),
        x("h", ("Place", "Democratic People's Republic of Korea")), x("i", ("Place", "North Korea"))))
    assert one(ident, ("a", "place/china"), ("b", "place/people-republic-of-china"), ("c", "place/prc"))
    assert one(ident, ("d", "organization/russian-federation"), ("e", "place/russia"))
    assert one(ident, ("f", "place/republic-of-korea"), ("g", "place/south-korea"))
    assert one(ident, ("h", "place/democratic-people-republic-of-korea"), ("i", "place/north-korea"))
    assert not one(ident, ("g", "place/south-korea"), ("i", "place/north-korea"))


def test_an_acronym_joins_its_expansion_letter_for_letter_or_through_a_compound_word():
    ident = resolve_identity(records(
        x("a", ("Organization", "Alliance of Northwest Coastal Towns")), x("b", ("Organization", "ANWCT")),
        x("c", ("Organization", "Dutch Ministry of Education")), x("d", ("Organization", "Dutch MoE")),
        x("e", ("Organization", "United Towns")), x("f", ("Organization", "UNT")),
        x("g", ("Organization", "Frankfurt Stock Exchange")), x("h", ("Organization", "FTSE"))))
    assert one(ident, ("a", "organization/alliance-of-northwest-coastal-towns"), ("b", "organization/anwct"))
    assert one(ident, ("c", "organization/dutch-ministry-of-education"), ("d", "organization/dutch-moe"))
    assert not one(ident, ("e", "organization/united-towns"), ("f", "organization/unt"))  # a short name: letter for letter
    assert not one(ident, ("g", "organization/frankfurt-stock-exchange"), ("h", "organization/ftse"))  # no word's last letter


def test_a_news_agency_is_one_body_with_and_without_news_agency():
    ident = resolve_identity(records(
        x("a", ("Organization", "Kappa News Agency")), x("b", ("Organization", "Kappa")),
        x("c", ("Organization", "Kappa News")), x("d", ("Organization", "Kappa Institute"))))
    assert one(ident, ("a", "organization/kappa-news-agency"), ("b", "organization/kappa"), ("c", "organization/kappa-news"))
    assert not one(ident, ("b", "organization/kappa"), ("d", "organization/kappa-institute"))


def test_a_name_spelt_the_british_or_the_american_way_is_one_body():
    ident = resolve_identity(records(x("a", ("Organization", "Centre for Ocean Policy")),
                                     x("b", ("Organization", "Center for Ocean Policy"))))
    assert one(ident, ("a", "organization/centre-for-ocean-policy"), ("b", "organization/center-for-ocean-policy"))


def test_a_name_with_its_country_is_the_body_without_it_where_the_corpus_gives_it_one_country():
    ident = resolve_identity(records(
        x("a", ("Organization", "National Assembly of the Republic of Korea"), ("Organization", "Korea's National Assembly")),
        x("b", ("Organization", "National Assembly")),
        x("c", ("Organization", "Fjordland University of Norway")), x("d", ("Organization", "Fjordland University")),
        x("e", ("Organization", "US Council on Maritime Affairs")), x("f", ("Organization", "Council on Maritime Affairs")),
        x("g", ("Organization", "Supreme Court of Ghana")), x("h", ("Organization", "Kenya's Supreme Court")),
        x("i", ("Organization", "Supreme Court")),
        x("j", ("Organization", "Royal Academy of Edinburgh")), x("k", ("Organization", "Royal Academy")),
        x("m", ("Organization", "Harbour Council Japan")), x("n", ("Organization", "Harbour Council"))))
    assert one(ident, ("a", "organization/national-assembly-of-the-republic-of-korea"),
               ("a", "organization/korea-national-assembly"), ("b", "organization/national-assembly"))
    assert one(ident, ("c", "organization/fjordland-university-of-norway"), ("d", "organization/fjordland-university"))
    assert one(ident, ("e", "organization/us-council-on-maritime-affairs"), ("f", "organization/council-on-maritime-affairs"))
    assert ident.of("i", "organization/supreme-court") == "organization/supreme-court"  # Ghana's or Kenya's: neither
    assert not one(ident, ("j", "organization/royal-academy-of-edinburgh"), ("k", "organization/royal-academy"))  # a city
    assert not one(ident, ("m", "organization/harbour-council-japan"), ("n", "organization/harbour-council"))  # a branch


def test_a_name_beside_its_translation_in_one_article_is_one_body():
    ident = resolve_identity(records(
        x("a", ("Organization", "Instituto Andino de Estudios Marinos"), ("Organization", "Andean Institute for Marine Studies")),
        x("b", ("Organization", "Institute of Administrative Sciences"), ("Organization", "Institute of Business Administration"))))
    assert one(ident, ("a", "organization/instituto-andino-de-estudios-marinos"),
               ("a", "organization/andean-institute-for-marine-studies"))
    assert not one(ident, ("b", "organization/institute-of-administrative-sciences"),
                   ("b", "organization/institute-of-business-administration"))  # both English: two bodies
