"""Label lines: an event page's "Venue:" and "Date:" lines (kg/extract/label_lines.py)."""
from tests.conftest import facts_of


def test_a_venue_line_and_a_date_line_place_and_date_the_reports_gathering(extract_text):
    facts = facts_of(extract_text("The Polar Think Tank Forum\nVenue: Nordic Hotel, Oslo\nDate: 14-15 March 2016\n\n"
                                  "At the Polar Think Tank Forum, members of think tanks came together to discuss the Arctic."))
    assert {("Polar Think Tank Forum", "location", "Oslo"), ("Polar Think Tank Forum", "date", "2016-03-14")} <= facts


def test_a_label_inside_a_sentence_is_no_label_line(extract_text):
    facts = facts_of(extract_text("The Polar Forum opened on Monday. The organisers chose the place: Oslo was ready."))
    assert not [f for f in facts if f[1] == "location" and f[2] == "Oslo"]
