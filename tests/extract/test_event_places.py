"""Where an event was beyond the clause that says so (kg/extract/event_places.py)."""
from tests.conftest import facts_of


def test_an_event_at_a_venue_is_at_every_place_the_venue_is_at(extract_text):
    facts = facts_of(extract_text(
        "The Polar Law Forum was held in the Aurora Hall of the Fjord Conference Center at Nord University in Bodø."))
    assert {("Polar Law Forum", "location", w) for w in ("Aurora Hall", "Fjord Conference Center", "Nord University", "Bodø")} <= facts

