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
