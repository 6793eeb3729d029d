"""kg_relations' crowd rules (kg/extract/crowds.py): those the guests, the audience or those who attended include."""
from tests.conftest import facts_of


def test_those_the_crowd_included_took_part(extract_text):
    x = extract_text("Sir Elton Marsh performed at a charity concert in Paris. He played to a sell-out crowd which "
                     "included former French president Valery Dumont and his wife Anne-Claire.")
    facts = facts_of(x)
    assert ("charity concert", "participant", "Valery Dumont") in facts
    assert ("charity concert", "participant", "Anne-Claire") in facts


def test_guests_at_a_named_event_took_part_in_it(extract_text):
    facts = facts_of(extract_text("Guests at the gala dinner included Bill Gates and Bono."))
    assert {("gala dinner", "participant", "Bill Gates"), ("gala dinner", "participant", "Bono")} <= facts


def test_those_who_attended_are_a_crowd_too(extract_text):
    facts = facts_of(extract_text("The Nordvik Dialogue was held in Oslo. Others who attended included MPs Anna Berg, "
                                  "Tom Hale and Ola Lindqvist."))
    assert {("Nordvik Dialogue", "participant", name) for name in ("Anna Berg", "Tom Hale", "Ola Lindqvist")} <= facts


def test_those_taking_part_are_a_crowd(extract_text):
    facts = facts_of(extract_text("The Nordvik Dialogue was held in Oslo. Those taking part included Anna Berg and Tom Hale."))
    assert {("Nordvik Dialogue", "participant", "Anna Berg"), ("Nordvik Dialogue", "participant", "Tom Hale")} <= facts


def test_those_who_did_not_attend_are_no_crowd(extract_text):
    facts = facts_of(extract_text("The Nordvik Dialogue was held in Oslo. Others who did not attend included Anna Berg."))
    assert ("Nordvik Dialogue", "participant", "Anna Berg") not in facts


def test_a_list_said_to_be_from_a_country_is_the_crowd(extract_text):
    facts = facts_of(extract_text("The Nordvik Dialogue was held in Oslo. Participants included, from Norway, Anna Berg, "
                                  "Tom Hale and Ola Lindqvist."))
    assert {("Nordvik Dialogue", "participant", name) for name in ("Anna Berg", "Tom Hale", "Ola Lindqvist")} <= facts
    assert ("Nordvik Dialogue", "participant", "Norway") not in facts


def test_those_present_are_a_crowd(extract_text):
    for text in ("The Nordvik Forum took place in Oslo. Among those present were Anna Berg and Tom Hale.",
                 "The Nordvik Forum took place in Oslo. Those present included Anna Berg and Tom Hale."):
        facts = facts_of(extract_text(text))
        assert {("Nordvik Forum", "participant", "Anna Berg"), ("Nordvik Forum", "participant", "Tom Hale")} <= facts


def test_they_after_a_sentence_about_delegates_are_the_delegates(extract_text):
    facts = facts_of(extract_text(
        "The first round of the Nordvik Dialogue was held in Oslo on June 14-15. Delegates from Norway, Iceland and "
        "Sweden, made up of representatives from a variety of backgrounds took part in the dialogue. They included, from "
        "Norway, Sadiq Hamid Gulzari, Mirza Yaqubi, Dr. Ghazan Bashir."))
    assert {("Nordvik Dialogue", "participant", n) for n in ("Sadiq Hamid Gulzari", "Mirza Yaqubi", "Ghazan Bashir")} <= facts


def test_they_after_a_sentence_about_no_crowd_are_no_crowd(extract_text):
    facts = facts_of(extract_text("The Nordvik Dialogue was held in Oslo. The hosts were generous. They included Anna "
                                  "Berg and Tom Hale."))
    assert ("Nordvik Dialogue", "participant", "Anna Berg") not in facts
