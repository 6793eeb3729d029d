"""article_forms: forms an article read for an entity that name something else are no names of it."""
from kg.resolve.identity import resolve_identity

from .helpers import extraction as x, records


def test_a_second_forum_read_into_one_event_is_not_its_name_and_joins_nothing():
    ident = resolve_identity(records(
        x("a", ("Event", "Baltic Expert Forum", "Nordic Economic Forum", "NEF", "Baltic Forum")),
        x("b", ("Event", "Nordic Economic Forum"))))
    assert ident.of("b", "event/nordic-economic-forum") == "event/nordic-economic-forum"
    assert ident.entities["event/baltic-expert-forum"].aliases == {"Baltic Forum"}  # the acronym went with its forum


def test_a_unit_named_after_its_parent_does_not_take_the_parent_s_name():
    ident = resolve_identity(records(
        x("a", ("Organization", "Halden Institute for Marine Robotics", "Halden")), x("b", ("Organization", "Halden")),
        x("c", ("Organization", "Tromso University", "Tromso")), x("d", ("Organization", "Tromso"))))
    assert ident.of("b", "organization/halden") == "organization/halden"
    assert "Halden" not in ident.entities["organization/halden-institute-for-marine-robotics"].aliases
    assert ident.of("d", "organization/tromso") == "organization/tromso-university"  # the body itself, shortened


def test_a_country_is_not_a_form_of_a_body_named_after_it():
    ident = resolve_identity(records(
        x("a", ("Organization", "Ardenia Foundation", "Ardenia")),
        x("b", ("Place", "Ardenia")), x("c", ("Place", "Ardenia")), x("d", ("Organization", "Ardenia"))))
    assert ident.of("d", "organization/ardenia") == "place/ardenia"
    assert ident.entities["organization/ardenia-foundation"].aliases == set()


def test_an_acronym_read_for_one_body_goes_to_the_body_of_the_article_that_it_spells():
    ident = resolve_identity(records(
        x("a", ("Organization", "School of Marine Policy of the University of Northern Fjords", "UNF"),
          ("Organization", "University of Northern Fjords")),
        x("b", ("Organization", "UNF"))))
    assert "UNF" in ident.entities["organization/university-of-northern-fjords"].aliases
    assert "UNF" not in ident.entities["organization/school-of-marine-policy-of-the-university-of-northern-fjords"].aliases
    assert ident.of("b", "organization/unf") == "organization/university-of-northern-fjords"
