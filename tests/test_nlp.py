"""kg.nlp: the one loaded model, with kg's tokenizer exceptions and components."""


def _tokens(nlp, text):
    return [t.text for t in nlp.make_doc(text)]


def test_a_short_rank_is_one_token(nlp):
    assert _tokens(nlp, "moderated by Assoc. Prof. Mesut Kaya") == ["moderated", "by", "Assoc.", "Prof.", "Mesut", "Kaya"]


def test_a_list_typed_without_spaces_is_split_at_its_semicolons_and_brackets(nlp):
    tokens = _tokens(nlp, "Chin Young (Grand National Party);Jeon Hye (Democratic Party); Lim Kyu(Grand National Party)")
    assert tokens[5:9] == ["Party", ")", ";", "Jeon"]
    assert tokens[-6:-3] == ["Kyu", "(", "Grand"]


def test_a_name_typed_right_after_a_closing_bracket_and_a_comma_is_split_off(nlp):
    tokens = _tokens(nlp, "Bo Lind (Dean of Law),Cy Moss(Vice Dean) and 1,000 guests")
    assert tokens[5:9] == ["Law", ")", ",", "Cy"]
    assert "1,000" in tokens


def test_an_ordinal_day_typed_against_its_month_is_split_from_it(nlp):
    assert _tokens(nlp, "on 27thOctober and the 4th July")[:3] == ["on", "27th", "October"]


def test_a_winking_smiley_and_a_hyphenated_name_are_left_alone(nlp):
    assert ";)" in _tokens(nlp, "A smiley ;) here")
    assert "U.S.-China" in _tokens(nlp, "the U.S.-China talks")


def test_a_shared_verb_is_one_word_with_the_verbs_own_lemma(nlp):
    doc = nlp("The dialogue was co-chaired by Anna Berg and Tom Lee, and Eastbay University co-organized it.")
    assert "co-chaired" in [t.text for t in doc]
    assert {t.lemma_ for t in doc if t.lower_.startswith("co-")} == {"chair", "organize"}
    assert next(t for t in doc if t.text == "dialogue").dep_ == "nsubjpass"


def test_a_bracket_typed_right_after_a_comma_is_a_token_of_its_own(nlp):
    assert _tokens(nlp, "Ana Ruiz,(Senior Fellow, CSIS)")[:5] == ["Ana", "Ruiz", ",", "(", "Senior"]


def test_a_hyphenated_plural_title_is_one_token_in_title_case(nlp):
    assert "Co-Chairs" in _tokens(nlp, "Ana Rada and Luis Sobrevia, Co-Chairs of the Council")


def test_an_academicians_short_title_ends_no_sentence(nlp):
    doc = nlp("A delegation led by its president Prof. Acad. Valentin Petrov paid a working visit to the academy.")
    assert "Acad." in [t.text for t in doc] and len(list(doc.sents)) == 1
