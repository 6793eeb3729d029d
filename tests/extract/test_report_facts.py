"""The report's structure (kg/extract/report_facts.py): what its opening, dateline, lists and parts say."""
from tests.conftest import facts_of


def test_a_part_named_by_its_kind_is_part_of_the_event_in_focus(extract_text):
    facts = facts_of(extract_text(
        "The Nordic Energy Forum took place in Bergen. The forum gathered 200 experts. "
        "At the opening ceremony, Karin Voss delivered a speech."))
    assert ("opening ceremony", "superEvent", "Nordic Energy Forum") in facts


def test_here_is_the_place_of_the_agencys_dateline(extract_text):
    facts = facts_of(extract_text(
        "Trade forum calls for dialogue\n\nOSLO, May 4 (Nordpress) -- The Baltic Trade Forum opened here on Monday "
        "with 300 guests."))
    assert ("Baltic Trade Forum", "location", "OSLO") in facts


def test_in_the_report_of_a_gathering_those_quoted_spoke_there(extract_text):
    facts = facts_of(extract_text(
        "Speakers at the Nordic Climate Forum met in Oslo on Monday.\n\n"
        "\"We must act now,\" said Ambassador Ingrid Dahl. The forum ended with a joint statement."))
    assert ("Nordic Climate Forum", "participant", "Ingrid Dahl") in facts


def test_those_quoted_about_an_inquiry_took_no_part_in_it(extract_text):
    facts = facts_of(extract_text(
        "An inquiry into the Harbour riots opened on Monday.\n\n"
        "\"It is long overdue,\" said Ingrid Dahl. The inquiry will report in May."))
    assert not any(r == "participant" and o == "Ingrid Dahl" for _, r, o in facts)


def test_the_speakers_a_list_gives_below_a_colon_took_part(extract_text):
    facts = facts_of(extract_text(
        "The Nordic Science Diplomacy Forum took place online on Monday.\n\nSpeakers included:\n\n"
        "  • Ingrid Dahl, director of the Polar Institute\n  • Tomas Berg, vice provost at Nordvik University\n\n"
        "The forum ended with questions."))
    assert {("Nordic Science Diplomacy Forum", "participant", n) for n in ("Ingrid Dahl", "Tomas Berg")} <= facts


def test_an_event_named_as_of_another_is_part_of_it(extract_text):
    facts = facts_of(extract_text(
        "The Baltic Trade Forum opened in Riga. The Thematic Session on Ports of the Baltic Trade Forum was held "
        "on Monday."))
    assert ("Thematic Session on Ports of the Baltic Trade Forum", "superEvent", "Baltic Trade Forum") in facts
