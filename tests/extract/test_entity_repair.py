"""kg_entity_repair: the model's entities, repaired into kg's typed mentions."""


def _mentions(nlp, text):
    return {(m.text, m.label_) for m in nlp(text).spans["kg_mentions"]}


def test_name_cut_at_inner_and_is_joined(nlp):
    found = _mentions(nlp, "The Department for Education and Skills backed the plan on Monday.")
    assert ("Department for Education and Skills", "Organization") in found


def test_name_with_role_apposition_is_a_person(nlp):
    found = _mentions(nlp, "Amara Nwosu, a climate scientist at the University of Nairobi, organised the meeting.")
    assert ("Amara Nwosu", "Person") in found


def test_surname_after_courtesy_title_is_a_person(nlp):
    found = _mentions(nlp, "Vincent Cable, for the Liberal Democrats, spoke. Mr Cable told MPs to wait.")
    assert ("Vincent Cable", "Person") in found and ("Cable", "Person") in found


def test_determiner_and_possessive_are_trimmed(nlp):
    found = _mentions(nlp, "The critics of the World Bank's plan met in Paris.")
    assert ("World Bank", "Organization") in found


def test_listed_non_entities_are_dropped(nlp):
    found = _mentions(nlp, "Experts in AI met in Geneva to discuss AI safety.")
    assert not any(text == "AI" for text, _ in found)
    assert ("Geneva", "Place") in found


def test_missed_sub_unit_is_added(nlp):
    found = _mentions(nlp, "She teaches at the School of Public Health at Harvard University.")
    assert any(text.startswith("School of Public Health") and label == "Organization" for text, label in found)
