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
