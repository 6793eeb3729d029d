"""Headline facts (kg/extract/headline_facts.py): the lines under a report's headline date and place the event
it names."""
from tests.conftest import facts_of


def test_a_date_line_under_the_headline_dates_the_event_the_headline_names(extract_text):
    x = extract_text("8th meeting of the Nordic Dialogue looks at climate diplomacy\n\nOslo, 23 January 2019\n\n"
                     "Climate change is a threat. This workshop looked at how Norway can act.")
    assert ("8th meeting of the Nordic Dialogue", "date", "2019-01-23") in facts_of(x)


def test_a_date_line_under_a_headline_naming_no_event_dates_the_event_the_next_line_names(extract_text):
    x = extract_text("Generative AI: anticipating the political response\n\nMonday 20 March 2023\n\n"
                     "Digital panel discussion with Ana Ruiz, Director at Nordvik Labs; and Tom Hale, founder of "
                     "BestPractice.")
    assert any(r == "date" and o == "2023-03-20" and s.startswith("Digital panel discussion") for s, r, o in facts_of(x))


def test_a_range_of_days_under_the_headline_dates_the_event_even_with_the_year_in_its_name(extract_text):
    x = extract_text("Nordic Trade Forum 2019\n\n5 Nov 2019 to 7 Nov 2019\n\nOslo, Norway\n\n"
                     "The session was chaired by Anna Berg.")
    assert ("Nordic Trade Forum", "date", "2019-11-05") in facts_of(x)


def test_a_line_of_places_under_the_date_line_places_the_headlines_event(extract_text):
    x = extract_text("Nordic Trade Forum 2019\n\n5 Nov 2019 to 7 Nov 2019\n\nNordic House, Main Street 4\n\n"
                     "Oslo, Norway\n\nThe session was chaired by Anna Berg.")
    assert ("Nordic Trade Forum", "location", "Oslo") in facts_of(x)


def test_a_line_of_places_without_a_date_line_is_no_events_place(extract_text):
    x = extract_text("Nordic Trade Forum 2019\n\nOslo, Norway\n\nThe session was chaired by Anna Berg in Bergen.")
    assert ("Nordic Trade Forum", "location", "Oslo") not in facts_of(x)


def test_a_headline_event_that_opens_at_a_body_is_there_though_the_body_hosts_it(extract_text):
    x = extract_text("Nordvik Forum 2024 Opens at the University of Bergen\n\nOn December 2, 2024, the Nordvik Forum "
                     "2024, jointly hosted by Baltic University and the University of Bergen, opened.")
    facts = facts_of(x)
    assert ("Nordvik Forum", "location", "University of Bergen") in facts
    assert ("Nordvik Forum", "participant", "University of Bergen") in facts


def test_a_venues_line_ending_in_its_city_under_the_date_line_places_the_event_in_the_city(extract_text):
    x = extract_text("5th Nordic Symposium on Health Diplomacy\n\n\"Fragile states and health\"\n\n29 November 2010\n\n"
                     "Auditorium Jacques - Freymond, Geneva\n\nOn 29 November 2010, the Nordic Institute held its fifth "
                     "symposium.")
    assert ("5th Nordic Symposium on Health Diplomacy", "location", "Geneva") in facts_of(x)
