"""A plural title after a list of people is each one's (kg/extract/shared_titles.py, read by roles' ``appos``)."""
from tests.conftest import facts_of


def test_a_plural_apposition_closing_a_list_of_people_is_each_ones(extract_text):
    facts = facts_of(extract_text(
        "Ingrid Dahl, Tomas Berg, Lena Holm and Erik Lunde, faculty members of the Polar Institute, made speeches "
        "at the forum."))
    assert {(n, "affiliation", "Polar Institute") for n in ("Ingrid Dahl", "Tomas Berg", "Lena Holm", "Erik Lunde")} <= facts
    assert ("Ingrid Dahl", "jobTitle", "faculty member") in facts


def test_a_plural_item_of_a_list_of_people_is_no_ones_apposition(extract_text):
    facts = facts_of(extract_text(
        "Finnish President Aino Virtanen, Estonian Prime Minister Mart Kask, members of the Polar Council, former "
        "heads of state and scientists are among the participants of the forum."))
    assert ("Mart Kask", "affiliation", "Polar Council") not in facts


def test_a_hyphenated_plural_title_after_two_names_is_each_ones(extract_text):
    facts = facts_of(extract_text("Ana Rada and Luis Sobrevia, Co-Chairs of the Fjord Regional Council, opened the "
                                  "dialogue."))
    for name in ("Ana Rada", "Luis Sobrevia"):
        assert {(name, "jobTitle", "Co-Chair"), (name, "affiliation", "Fjord Regional Council")} <= facts


def test_a_plural_title_after_a_pair_inside_a_longer_list_is_the_pairs(extract_text):
    facts = facts_of(extract_text(
        "Prof. Sarah Jones and Prof. Mary Collins, Vice Presidents of the Nordvik Institute, Prof. Mark Greene, "
        "Provost, and Julie Moss attended the event."))
    for name in ("Sarah Jones", "Mary Collins"):
        assert {(name, "jobTitle", "Vice President"), (name, "affiliation", "Nordvik Institute")} <= facts
    assert ("Mark Greene", "affiliation", "Nordvik Institute") not in facts


def test_a_plural_title_after_a_pair_the_list_goes_on_from_is_the_pairs(extract_text):
    facts = facts_of(extract_text("The ceremony was attended by Ida Moe and Sarah Jones, Vice Provosts of Westbay "
                                  "University, and Tom Hale."))
    for name in ("Ida Moe", "Sarah Jones"):
        assert {(name, "jobTitle", "Vice Provost"), (name, "affiliation", "Westbay University")} <= facts
    assert ("Tom Hale", "affiliation", "Westbay University") not in facts
