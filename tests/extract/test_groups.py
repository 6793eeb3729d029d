"""Groups (kg/extract/groups.py): delegations, teams and staff stand for their members."""
from tests.conftest import facts_of


def test_who_leads_a_bodys_delegation_is_of_that_body(extract_text):
    facts = facts_of(extract_text("The NSU delegation attending the signing ceremony was led by Prof. Brad Holm, along "
                                  "with Dr. Ivo Marek."))
    assert ("Brad Holm", "affiliation", "NSU") in facts


def test_a_leader_from_a_body_of_their_own_is_not_made_one_of_the_group(extract_text):
    facts = facts_of(extract_text("The NSU delegation was led by Dr. Ivo Marek from the Keller Institute."))
    assert ("Ivo Marek", "affiliation", "Keller Institute") in facts
    assert ("Ivo Marek", "affiliation", "NSU") not in facts


def test_who_meets_the_visiting_delegation_with_no_body_named_is_of_the_body_visited(extract_text):
    facts = facts_of(extract_text(
        "A delegation from Eastbay University visited Nordvik University on May 4. President Lena Holt and "
        "Vice-President Ivo Marek met with the delegation and signed an agreement."))
    assert {("Lena Holt", "affiliation", "Nordvik University"), ("Ivo Marek", "affiliation", "Nordvik University")} <= facts
    assert ("Lena Holt", "affiliation", "Eastbay University") not in facts


def test_people_listed_as_leaders_or_officials_of_a_body_are_of_it(extract_text):
    for text, body in (("The visit included meetings with leaders of Harbor University such as Interim President Ola Brenn "
                        "and Kari Lunde.", "Harbor University"),
                       ("He met officials of the Harbor Institute, including Director Ola Brenn and Kari Lunde.", "Harbor Institute")):
        x = extract_text(text)
        assert {("Ola Brenn", "affiliation", body), ("Kari Lunde", "affiliation", body)} <= facts_of(x)
        assert {k for c, ns in x.names.items() if "Kari Lunde" in ns for k in x.kinds[c]} == {"Person"}


def test_the_people_a_delegation_is_of_take_part_in_its_visit(extract_text):
    x = extract_text("The Eastbay Assembly said the study visit to Westbridge was a success. The Speaker of the Eastbay "
                     "Assembly, Ana Ruiz, led the delegation of Maria Lopez, John Carter and Susan Wright.")
    facts = facts_of(x)
    for person in ("Maria Lopez", "John Carter", "Susan Wright"):
        assert ("study visit to Westbridge", "participant", person) in facts



def test_the_people_a_delegation_is_of_are_read_past_the_letters_after_their_names(extract_text):
    x = extract_text("The study visit went well. The Speaker of the House of Lords, Maria Gomez SHK, led the delegation "
                     "of Maria Lopez MHK, John Carter MHK, Peter Harris MLC, Susan Wright MHK and David Brown MHK.")
    facts = facts_of(x)
    for person in ("Maria Lopez", "John Carter", "Susan Wright", "David Brown"):
        assert ("study visit", "participant", person) in facts


def test_those_who_receive_them_after_a_delegations_visit_are_of_the_body_visited(extract_text):
    x = extract_text("On September 4, the delegation led by Mr. Lars Holm, Deputy Governor of Nordland, visited Harbor "
                     "University. President Ola Brenn and Vice President Maria Lopez warmly received them.")
    facts = facts_of(x)
    assert {("Ola Brenn", "affiliation", "Harbor University"), ("Maria Lopez", "affiliation", "Harbor University")} <= facts


def test_those_a_bodys_representatives_include_are_of_the_body(extract_text):
    facts = facts_of(extract_text("The forum opened on Monday. Representatives from the Polar Institute, including "
                                  "Anna Berg and Tom Hale, attended."))
    assert {("Anna Berg", "affiliation", "Polar Institute"), ("Tom Hale", "affiliation", "Polar Institute")} <= facts
