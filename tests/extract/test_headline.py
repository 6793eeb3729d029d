"""kg_headline (kg/extract/headline.py): a headline in capitals keeps only the names its story uses."""


def names_of(x):
    return {n for names in x.names.values() for n in names}


def test_a_capitalised_headline_makes_no_names_of_its_verbs(extract_text):
    # (the tagger reads "VC PAYS COURTESY" as a body)
    x = extract_text("NORDVIK UNIVERSITY VC PAYS COURTESY CALL ON SWEDISH AMBASSADOR - STRENGTHENS ACADEMIC COOPERATION\n\n"
                     "The Vice-Chancellor of Nordvik University met the ambassador in Oslo.")
    names = names_of(x)
    assert "Nordvik University" in names
    assert not any("PAYS" in n or "COURTESY" in n for n in names)


def test_a_sentence_case_headline_is_read_as_it_is(extract_text):
    x = extract_text("Ingrid Dahl to lead the Polar Institute\n\nThe board met in Oslo on Monday.")
    assert "Ingrid Dahl" in names_of(x)


def test_a_title_case_headline_with_a_lower_case_with_is_still_title_case(extract_text):
    x = extract_text("Nordvik University Deepens Academic Cooperation with Baltic Institute\n\n"
                     "Nordvik University signed an agreement with the Baltic Institute.")
    names = {n for ns in x.names.values() for n in ns}
    assert "Nordvik University" in names
    assert not any("Deepens" in n for n in names)


def test_a_title_case_headline_run_straight_into_the_first_paragraph_is_still_a_headline(extract_text):
    x = extract_text("Eastbay School of Law Hosts Workshop on Fisheries Law\n"
                     "TROMSO (May 4, 2021) – The Eastbay School of Law held a two-day workshop on fisheries law, "
                     "where judges, lawyers and biologists compared notes.")
    assert not [m.text for m in x.mentions if "Hosts" in m.text]


def test_a_title_case_headline_below_the_pages_navigation_is_still_a_headline(extract_text):
    x = extract_text("Current Position: Home / News / Content\n\nHome\n\n"
                     "Delegation Headed by Vice President Tomas Berg Visited Universities in Norway\n\n"
                     "From May 4 to 9, Mr. Berg led a delegation to Nordvik University.")
    assert not any("Visited" in n for n in names_of(x))


def test_a_title_case_headline_starting_with_visit_to_names_the_reports_visit(extract_text):
    x = extract_text("Visit to Colleges and Universities in Norway and Peru\n\nDuring March, Ola Brenn, Dean of Harbor "
                     "University, was invited to Nordvik University in Norway for educational exchange.")
    assert any("Visit to Colleges and Universities in Norway and Peru" in ns for ns in x.names.values())
