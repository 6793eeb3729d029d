"""kg_headline (kg/extract/headline.py): a headline in capitals keeps only the names its story uses."""


def names_of(x):
    return {n for names in x.names.values() for n in names}


def test_a_capitalised_headline_makes_no_names_of_its_verbs(extract_text):
    x = extract_text("Westbridge VC Pays Courtesy Call On Polar Institute\n\n"
                     "The Vice-Chancellor of Westbridge University met the director of the Polar Institute in Oslo.")
    names = names_of(x)
    assert "Polar Institute" in names
    assert not any("Pays" in n or "Courtesy" in n for n in names)


def test_a_sentence_case_headline_is_read_as_it_is(extract_text):
    x = extract_text("Ingrid Dahl to lead the Polar Institute\n\nThe board met in Oslo on Monday.")
    assert "Ingrid Dahl" in names_of(x)
