"""kg_rosters (kg/extract/rosters.py) and the roster rule (kg/extract/roster_facts.py):
a list of people written a line each names each person's bodies and titles."""
from tests.conftest import facts_of, names_of

ROSTER = """Ocean Futures Dialogue

The second day brought together some fifteen experts:

- Ana SILVA, Ministry of Maritime Affairs (Portugal), Deputy to the Ambassador for Ocean Affairs
- Tomas BERGQVIST, Northfield University, Associate Professor (Marine Law)
- Lena De WITT, Harbour Policy Council, Head of Coastal Research Unit
- Oskar Lind, Baltic Shipping Group, Senior Director, Responsible Fisheries Policy
- Mira KOVAC, Eastbay University, Doctoral student
"""


def test_a_list_item_starts_with_a_person_even_with_a_capitalised_surname(extract_text):
    x = extract_text(ROSTER)
    assert {"Ana SILVA", "Tomas BERGQVIST", "Lena De WITT", "Oskar Lind", "Mira KOVAC"} <= names_of(x)
    people = {n for cid, names in x.names.items() if "Person" in x.kinds[cid] for n in names}
    assert "Ana SILVA" in people and "Mira KOVAC" in people


def test_an_item_names_the_body_and_the_title_in_either_order(extract_text):
    facts = facts_of(extract_text(ROSTER))
    assert ("Ana SILVA", "affiliation", "Ministry of Maritime Affairs") in facts
    assert ("Ana SILVA", "jobTitle", "Deputy to the Ambassador for Ocean Affairs") in facts
    assert ("Tomas BERGQVIST", "affiliation", "Northfield University") in facts
    assert ("Tomas BERGQVIST", "jobTitle", "Associate Professor") in facts
    assert ("Mira KOVAC", "jobTitle", "Doctoral student") in facts


def test_a_body_named_inside_a_title_after_of(extract_text):
    facts = facts_of(extract_text(ROSTER))
    assert ("Lena De WITT", "jobTitle", "Head") in facts
    assert ("Lena De WITT", "affiliation", "Coastal Research Unit") in facts
    assert ("Lena De WITT", "affiliation", "Harbour Policy Council") in facts


def test_what_follows_a_title_without_a_body_word_is_its_field(extract_text):
    x = extract_text(ROSTER)
    facts = facts_of(x)
    assert ("Oskar Lind", "jobTitle", "Senior Director") in facts
    assert "Responsible Fisheries Policy" not in names_of(x)
    assert "Marine Law" not in names_of(x)  # a field in brackets
    assert "Ocean Affairs" not in names_of(x)  # words of the title


def test_lines_without_markers_are_a_list_when_two_in_a_row_start_with_a_name(extract_text):
    facts = facts_of(extract_text(
        "Participants\n\nKarin HOLM, Nordic Energy Agency, Policy Analyst\nPavel NOVAK, Danube Institute, Research Fellow\n"))
    assert ("Karin HOLM", "affiliation", "Nordic Energy Agency") in facts
    assert ("Pavel NOVAK", "jobTitle", "Research Fellow") in facts


def test_a_sentence_that_starts_with_a_name_is_no_list_item(nlp):
    doc = nlp("Karin Holm, the agency's analyst, said prices would rise.\n"
              "Pavel Novak, a fellow, said they would fall.\n")
    assert doc._.kg_rosters == []


def test_a_field_after_a_title_names_no_body_whatever_the_tagger_said(extract_text):
    x = extract_text("Panelists:\n\nDana Ortiz, Professor, Electrical and Computer Engineering\n\n"
                     "Karl Weber, Assistant Professor, Philosophy and Computer Science\n")
    assert not {"Electrical", "Computer Engineering", "Computer Science"} & set(names_of(x))
    assert ("Dana Ortiz", "jobTitle", "Professor") in facts_of(x)


PANEL_IN_BRACKETS = ("The panel was held on Monday. We were honoured to have Ines Marchal (Director, Northfield AI Research "
                     "Program), Rob Haemers (Lead, Knowledge Centre Data & Society, Vrije Universiteit Gent) and Tine "
                     "Van Damme (Head Tutorial Services, Engineering Sciences, KU Brugge) with us.")


def test_a_name_with_its_title_and_bodies_in_brackets_is_an_item_in_running_text(extract_text):
    facts = facts_of(extract_text(PANEL_IN_BRACKETS))
    assert {("Rob Haemers", "jobTitle", "Lead"), ("Rob Haemers", "affiliation", "Knowledge Centre Data & Society"),
            ("Ines Marchal", "jobTitle", "Director")} <= facts


def test_the_last_part_in_the_brackets_is_the_institution(extract_text):
    x = extract_text(PANEL_IN_BRACKETS)
    assert {("Rob Haemers", "affiliation", "Vrije Universiteit Gent"), ("Tine Van Damme", "affiliation", "KU Brugge")} \
        <= facts_of(x)
    assert "KU Brugge" in names_of(x)


def test_a_place_in_brackets_is_no_item(extract_text):
    x = extract_text("The forum opened on Monday. Ambassador Lena Ruiz (Chile) and Consul Omar Haddad (Jordan) spoke.")
    assert {"Lena Ruiz", "Omar Haddad", "Chile", "Jordan"} <= names_of(x)
    assert not any(s == "Lena Ruiz" and r == "affiliation" for s, r, o in facts_of(x))


def test_a_place_a_post_is_for_stays_a_place_in_a_bracketed_item(extract_text):
    x = extract_text("The delegation was headed by Wu Hong (Member of the Policy Advisory Committee, Former Chinese "
                     "Ambassador to Egypt). It met the minister on Monday.")
    assert "Egypt" in names_of(x)


def test_a_list_of_names_each_with_its_body_after_a_comma_gives_each_their_body(extract_text):
    x = extract_text("During the opening, the presidents of the two universities, Prof. Anna Berg, Nordvik University, "
                     "and Prof. Eva Lund, the University of Gothenburg gave welcoming addresses.")
    assert ("Anna Berg", "affiliation", "Nordvik University") in facts_of(x)


def test_a_name_followed_by_a_list_of_bodies_is_no_pair(extract_text):
    x = extract_text("The forum was attended by Anna Berg, Nordvik University, Eastbay University, and Tom Hale, "
                     "Polar Council.")
    assert ("Anna Berg", "affiliation", "Nordvik University") not in facts_of(x)


def test_a_title_and_name_in_brackets_after_a_body_hold_that_post_in_it(extract_text):
    x = extract_text("The East Arctic Institute (EAI, President Yul Sohn) and the Fjord Council (Chair Ana Ruiz) "
                     "hosted the 10th Future Dialogue on September 3.")
    facts = facts_of(x)
    assert ("Yul Sohn", "affiliation", "East Arctic Institute") in facts
    assert ["East Arctic Institute", "EAI"] in x.names.values()


def test_a_plural_title_before_names_after_a_titled_name_of_a_body_is_each_ones_with_that_body(extract_text):
    facts = facts_of(extract_text("The day began with a formal courtesy call with Nordvik University President Naoshi "
                                  "Sugiyama and Vice Presidents Ichiro Terasaki and Norimi Mizutani, followed by lunch."))
    for name in ("Ichiro Terasaki", "Norimi Mizutani"):
        assert {(name, "jobTitle", "Vice President"), (name, "affiliation", "Nordvik University")} <= facts


def test_a_talk_with_its_speaker_in_brackets_gives_the_speaker_the_title_and_bodies(extract_text):
    x = extract_text("The programme of the seminar was as follows:\n\n"
                     "Nordic-EU Cooperation and Polar Governance (Prof. WANG Lihua, Deputy Director of Center for Polar "
                     "Studies, Nordvik University)\n\n"
                     "Trade between Norway and Asian Countries (Prof. DING Mei, Director of Center for Asian Studies, "
                     "Baltic University)")
    facts = facts_of(x)
    assert ("DING Mei", "jobTitle", "Director") in facts and ("DING Mei", "affiliation", "Baltic University") in facts
    assert ("WANG Lihua", "affiliation", "Center for Polar Studies") in facts
    names = {n for ns in x.names.values() for n in ns}
    assert "Asian Countries" not in names and "Polar Governance" not in names


def test_a_talks_speaker_in_brackets_may_have_several_courtesy_titles(extract_text):
    x = extract_text("The programme was as follows:\n\n"
                     "Arctic Shipping Routes (Prof. Dr. Lars HOLM, Director of Center for Polar Studies, Nordvik "
                     "University)\n\n"
                     "Ice and Trade (Anna Berg, Senior Fellow, Baltic Institute)")
    facts = facts_of(x)
    assert ("Lars HOLM", "jobTitle", "Director") in facts
    assert "Arctic Shipping Routes" not in {n for ns in x.names.values() for n in ns}


def test_a_bracketed_speakers_part_run_on_with_an_ampersand_into_a_title_is_two_parts(extract_text):
    x = extract_text("The institute held a seminar with several speakers.\n\n"
                     "Climate and the Arctic (Sanna Koski, Postdoctoral Researcher, Arctic Centre, University of Nordland "
                     "& Visiting Scholar, Aleksanteri Institute, University of Eastbay)")
    facts = facts_of(x)
    assert ("Sanna Koski", "affiliation", "University of Nordland") in facts
    assert ("Sanna Koski", "jobTitle", "Visiting Scholar") in facts


def test_a_plural_title_of_several_bodies_then_as_many_names_pairs_them_in_order(extract_text):
    x = extract_text("In their speeches, the chairs of the Nordic Trade Council and Harbor Chamber, Lars Holm and Ola "
                     "Brenn, praised the memorandum.")
    facts = facts_of(x)
    assert {("Lars Holm", "affiliation", "Nordic Trade Council"), ("Ola Brenn", "affiliation", "Harbor Chamber"),
            ("Lars Holm", "jobTitle", "chair"), ("Ola Brenn", "jobTitle", "chair")} <= facts
    x = extract_text("In their speeches, the presidents of NTC, HCC and the Lund Institute, respectively Lars Holm, Ola "
                     "Brenn and Maria Lopez, also emphasized the memorandum.")
    facts = facts_of(x)
    assert {("Ola Brenn", "affiliation", "HCC"), ("Maria Lopez", "affiliation", "Lund Institute")} <= facts
    assert ("Ola Brenn", "affiliation", "NTC") not in facts
