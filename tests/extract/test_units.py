"""kg_units (kg/extract/units.py) and the parent-in-name rule: a unit's name that names its parent."""
from tests.conftest import facts_of


def test_the_university_named_inside_a_schools_name_is_its_parent(extract_text):
    facts = facts_of(extract_text(
        "The talk was hosted by the School of Marine Policy and Management of Westbridge University."))
    assert ("School of Marine Policy and Management of Westbridge University", "parentOrganization",
            "Westbridge University") in facts


def test_the_schools_own_field_is_no_parent(extract_text):
    x = extract_text("The talk was hosted by the School of Marine Policy and Management of Westbridge University.")
    assert "Marine Policy and Management of Westbridge University" not in {n for ns in x.names.values() for n in ns}


def test_a_unit_of_a_body_named_right_after_it_has_it_as_parent_however_parsed(extract_text):
    facts = facts_of(extract_text(
        "Westbridge University signed the pact. Its Centre for Ocean Studies of Westbridge University will run it."))
    assert ("Centre for Ocean Studies", "parentOrganization", "Westbridge University") in facts


def test_a_place_closing_a_bodys_phrase_is_where_the_body_is(extract_text):
    # (the parser hangs "in New Delhi" elsewhere in this list)
    facts = facts_of(extract_text("The panel included Director of the Harbour Institute in New Delhi Binod Kumar, and "
                                  "Director of the Polar Institute Ivan Petrov."))
    assert ("Harbour Institute", "location", "New Delhi") in facts


def test_a_bodys_name_keeps_its_first_part_before_a_hyphen(extract_text):
    x = extract_text("Fraser Holm, director of the EU-Asia Policy Centre, opened the session.")
    assert "EU-Asia Policy Centre" in {n for ns in x.names.values() for n in ns}


def test_a_venue_of_a_body_is_a_place_and_the_event_is_at_both(extract_text):
    x = extract_text("The forum was held at the Aurora Conference Center of Westbridge University.")
    names = {n for ns in x.names.values() for n in ns}
    assert "Aurora Conference" not in names
    facts = facts_of(x)
    assert {("forum", "location", "Aurora Conference Center"), ("forum", "location", "Westbridge University")} <= facts


def test_two_bodies_joined_by_and_are_two(extract_text):
    names = {n for ns in extract_text("Delegates from the University of Palermo and Center for Maritime Studies "
                                      "visited Oslo. The Department for Education and Skills agreed.").names.values() for n in ns}
    assert {"University of Palermo", "Center for Maritime Studies", "Department for Education and Skills"} <= names


def test_a_university_after_a_units_name_and_a_comma_is_its_parent(extract_text):
    facts = facts_of(extract_text(
        "The forum was organised by the Fjord Institute for Financial Studies, Nordvik University of Norway, and the "
        "Arctic Council. Speakers came from the Institute of Polar Sciences, Institute of Marine Law and others."))
    assert ("Fjord Institute for Financial Studies", "parentOrganization", "Nordvik University of Norway") in facts
    assert not any(r == "parentOrganization" and s == "Institute of Polar Sciences" for s, r, o in facts)


def test_a_unit_owned_by_a_common_noun_is_part_of_the_body_named_before(extract_text):
    x = extract_text("A delegation from Eastbay University in India visited our campus. Led by Professor Ana Roe from "
                     "the university’s Centre for East Asian Studies, the delegation toured the lab.")
    names = {n for ns in x.names.values() for n in ns}
    assert "Centre for East Asian Studies" in names
    assert not any(n.startswith("university") for n in names)
    assert ("Centre for East Asian Studies", "parentOrganization", "Eastbay University") in facts_of(x)


def test_a_country_written_after_a_universitys_name_is_where_it_is(extract_text):
    x = extract_text("Speakers came from Eastbay University, Ghana and other bodies. "
                     "Maasai Mara University (MMARAU) from Kenya signed the deal.")
    facts = facts_of(x)
    assert ("Eastbay University", "location", "Ghana") in facts
    assert any("Organization" in x.kinds[c] for c, names in x.names.items() if names[0] == "Eastbay University")
    assert ("Maasai Mara University", "location", "Kenya") in facts


def test_a_place_closing_a_list_of_bodies_is_no_bodys_place(extract_text):
    facts = facts_of(extract_text("Scholars from Yale University, Eastbay Institute, China and India met in June."))
    assert ("Eastbay Institute", "location", "China") not in facts


def test_a_units_short_name_in_brackets_does_not_part_it_from_its_parent(extract_text):
    facts = facts_of(extract_text("Speakers included Ana Berg, Director of the Center for Africa-China Studies (CACS) at "
                                  "the University of Johannesburg."))
    assert ("Center for Africa-China Studies", "parentOrganization", "University of Johannesburg") in facts


def test_a_unit_led_by_its_parents_short_name_is_part_of_it(extract_text):
    x = extract_text("The MoU was signed by Dhaka University (DU). Dean of DU Faculty of Arts Prof Dr Abdul Karim was "
                     "present.")
    assert ("Faculty of Arts", "parentOrganization", "Dhaka University") in facts_of(x)
    assert "DU Faculty of Arts" not in {n for ns in x.names.values() for n in ns}


def test_a_short_name_never_given_in_brackets_stays_in_the_name(extract_text):
    x = extract_text("Delegates met at the CPC Central Committee building. Leaders of the CPC Central Committee spoke.")
    assert "CPC Central Committee" in {n for ns in x.names.values() for n in ns}


def test_a_unit_at_a_body_is_also_named_by_its_own_name(extract_text):
    x = extract_text("Li Wei, Dean of the School of Law at Eastbay University, spoke.")
    unit = next(ns for ns in x.names.values() if "School of Law at Eastbay University" in ns)
    assert "School of Law" in unit


def test_a_bodys_short_name_leading_a_post_is_where_the_holder_works(extract_text):
    facts = facts_of(extract_text(
        "Westbridge University (WBU) signed a pact with the Harbour Institute. The pact was signed by WBU Registrar "
        "Dr Anil Mehra and WBU Joint Registrar Dr Tomas Kral."))
    assert {("Anil Mehra", "affiliation", "Westbridge University"), ("Anil Mehra", "jobTitle", "Registrar"),
            ("Tomas Kral", "affiliation", "Westbridge University"), ("Tomas Kral", "jobTitle", "Joint Registrar")} <= facts


def test_the_field_between_a_short_name_and_a_title_is_the_posts(extract_text):
    x = extract_text("Westbridge University (WBU) hosted the talk. WBU Economics Professor Dr Leela Rao spoke.")
    assert ("Leela Rao", "affiliation", "Westbridge University") in facts_of(x)
    assert "WBU Economics" not in {n for ns in x.names.values() for n in ns}


def test_a_unit_and_its_university_run_together_at_a_comma_are_two_bodies(extract_text):
    x = extract_text("The lecture was given by Dr Ana Ruiz, Senior Lecturer at the Business School, University of "
                     "Westbridge, on Monday.")
    assert ("Business School", "parentOrganization", "University of Westbridge") in facts_of(x)
    assert {"Business School", "University of Westbridge"} <= {ns[0] for ns in x.names.values()}


def test_a_venue_named_after_a_person_is_a_place_not_the_person(extract_text):
    x = extract_text("An introductory program was held at Sir Shahnawaz Bhutto Auditorium of the university on Monday.")
    kinds = {n: k for cid, ns in x.names.items() for n in ns for k in x.kinds[cid]}
    assert kinds.get("Sir Shahnawaz Bhutto Auditorium") == "Place" and "Shahnawaz Bhutto" not in kinds


def test_a_unit_is_part_of_one_body_not_of_the_co_host_after_it(extract_text):
    facts = facts_of(extract_text("The panel was organised by the Centre for Global Studies at Nordvik University and "
                                  "the Baltic Institute."))
    assert ("Centre for Global Studies", "parentOrganization", "Nordvik University") in facts
    assert ("Centre for Global Studies", "parentOrganization", "Baltic Institute") not in facts


def test_the_bodies_a_body_lists_as_its_own_units_are_its_units(extract_text):
    facts = facts_of(extract_text(
        "The Nordvik Institute of Foreign Trade (NIFT) acts through its centres, namely, the Centre for Trade and "
        "Investment Law (CTIL) and the Centre for Maritime Studies (CMS), which run the programme."))
    assert ("Centre for Trade and Investment Law", "parentOrganization", "Nordvik Institute of Foreign Trade") in facts


def test_a_universitys_name_run_into_its_units_is_two_names_the_unit_its_part(extract_text):
    x = extract_text("Hokuto Suzuki, a student at the Nordvik University Graduate School of Sports Sciences, spoke. "
                     "Experts came for the Baltic University Center for Security Studies’ annual conference.")
    facts = facts_of(x)
    assert ("Graduate School of Sports Sciences", "parentOrganization", "Nordvik University") in facts
    assert ("Center for Security Studies", "parentOrganization", "Baltic University") in facts


def test_a_field_tagged_with_the_body_after_at_is_no_part_of_its_name(extract_text):
    x = extract_text("The sessions were presented by Professor of Economics at Eastbay University Dr Mark Hale.")
    names = {n for ns in x.names.values() for n in ns}
    assert "Eastbay University" in names
    assert not any(n.startswith("Economics") for n in names)
    assert ("Mark Hale", "affiliation", "Eastbay University") in facts_of(x)


def test_a_unit_at_a_body_keeps_its_whole_name(extract_text):
    x = extract_text("She directs the Confucius Institute at Westbridge University.")
    assert "Confucius Institute at Westbridge University" in {n for ns in x.names.values() for n in ns}


def test_a_bodys_name_with_s_before_its_units_name_is_two_names(extract_text):
    x = extract_text("Hosted by Eastbay University’s Institute for Polar Governance (IPG), the forum opened on Monday.")
    assert ("Institute for Polar Governance", "parentOrganization", "Eastbay University") in facts_of(x)


def test_a_place_or_a_person_before_s_is_not_split_as_a_body(extract_text):
    x = extract_text("King's College hosted the talks, and Norway's Institute for Defence Studies took part.")
    assert not [f for f in facts_of(x) if f[1] == "parentOrganization"]


def test_a_project_at_a_body_is_one_of_its_units(extract_text):
    facts = facts_of(extract_text("The Fjord Project at the Keller Institution and the Center on Rural Policy co-hosted "
                                  "a forum on work and welfare in Tromso."))
    assert ("Fjord Project", "parentOrganization", "Keller Institution") in facts


def test_a_unit_named_after_someone_has_the_body_after_its_at_as_parent(extract_text):
    x = extract_text("Ivo Marek, professor at Arne Berg School of Law at Eastbay University, also spoke.")
    assert any(s.endswith("School of Law at Eastbay University") and r == "parentOrganization" and o == "Eastbay University"
               for s, r, o in facts_of(x))
    assert "Arne Berg" not in {n for names in x.names.values() for n in names}


def test_a_unit_then_a_comma_and_a_bigger_kind_of_body_is_in_that_body(extract_text):
    facts = facts_of(extract_text(
        "On May 3, 2021, the Centre for Rural Society, NUST hosted a virtual dialogue. The co-host was the Centre for "
        "Public Ethics (CPE), Keller Christian College (KCC). Lena Holt, Director, Arctic Program, Lindqvist Center, "
        "spoke."))
    assert {("Centre for Rural Society", "parentOrganization", "NUST"),
            ("Centre for Public Ethics", "parentOrganization", "Keller Christian College"),
            ("Arctic Program", "parentOrganization", "Lindqvist Center")} <= facts


def test_a_second_unit_of_the_same_kind_after_a_comma_is_one_more_item_of_a_list(extract_text):
    facts = facts_of(extract_text("The Centre for Rural Society, the Centre for Public Ethics and the Keller Institute "
                                  "hosted a forum in Tromso."))
    assert not any(r == "parentOrganization" for _, r, _ in facts)


def test_two_bodies_joined_by_and_are_two_names(extract_text):
    x = extract_text("The workshop was hosted by the Government of Nordland and NTU Tromso, in collaboration with the "
                     "International Office and School of Marine Engineering of Eastbay University.")
    names = {n for ns in x.names.values() for n in ns}
    assert {"Government of Nordland", "NTU Tromso", "International Office"} <= names
    assert not any(" and " in n for n in names)


def test_a_body_named_alone_that_opens_a_units_name_is_its_parent(extract_text):
    x = extract_text("The remarks were made at the opening of the Nordic Academy of Arts China Centre in Beijing. "
                     "Headquartered in Oslo, the Nordic Academy of Arts was founded in 1985.")
    facts = facts_of(x)
    assert ("Nordic Academy of Arts China Centre", "parentOrganization", "Nordic Academy of Arts") in facts
    assert not any(n == "Arts China Centre" for names in x.names.values() for n in names)


def test_a_units_name_led_by_its_bodys_short_name_has_that_body_as_parent(extract_text):
    x = extract_text("Eastbay hosted a delegation of Hailin University of Marine Science (HLUMS, Hailin, PRC) "
                     "headed by Professor Ola Brenn.\nKari Lunde, Dean of the HLUMS College of Sciences;\nIvo Marek, Head of "
                     "HLUMS International Cooperation Department.")
    facts = facts_of(x)
    assert {("HLUMS College of Sciences", "parentOrganization", "Hailin University of Marine Science"),
            ("HLUMS International Cooperation Department", "parentOrganization",
             "Hailin University of Marine Science")} <= facts
    assert "HLUMS" in next(ns for ns in x.names.values() if "Hailin University of Marine Science" in ns)


def test_a_secretariat_is_a_body_with_units(extract_text):
    facts = facts_of(extract_text("She thanked the envoys who comprise the Board of Governors of the Arctic Council "
                                  "Secretariat and sit with her."))
    assert ("Board of Governors of the Arctic Council Secretariat", "parentOrganization", "Arctic Council Secretariat") in facts


def test_a_whole_body_then_its_unit_after_a_comma_is_the_units_parent(extract_text):
    facts = facts_of(extract_text("The minister spoke, said a release from the Harbor Union Secretariat, Communications "
                                  "Department."))
    assert ("Communications Department", "parentOrganization", "Harbor Union Secretariat") in facts
    assert ("Harbor Union Secretariat", "parentOrganization", "Communications Department") not in facts


def test_two_bodies_each_named_alone_elsewhere_are_two_where_and_joins_them(extract_text):
    for first, second in (("University at Westport", "Calvin College"), ("University at Albany", "Bexley College")):
        x = extract_text(f"Ola Brenn was invited to {first} and {second} in the U.S. for educational communication. On "
                         f"25 March the delegation visited {first} and met its staff. On 26 March it visited {second}.")
        names = {ns[0] for ns in x.names.values()}
        assert {first, second} <= names
        assert not any(n.startswith(first + " and") for n in names)


def test_a_place_the_short_name_spells_is_part_of_the_bodys_name(extract_text):
    x = extract_text("On 14 April 2021 the Nordic Chamber of Trade in Canada (NCTC) and Harbor University signed a "
                     "memorandum. The NCTC will host a forum.")
    chamber = next(ns for ns in x.names.values() if "NCTC" in ns)
    assert chamber[0] == "Nordic Chamber of Trade in Canada"
    assert ("Nordic Chamber of Trade in Canada", "location", "Canada") not in facts_of(x)


def test_a_body_begun_after_its_first_word_and_and_is_widened_to_what_its_short_name_spells(extract_text):
    x = extract_text("Westvale and Lund Basin Enterprise executive chairman Lars Holm signed a memorandum. It put WLBE in "
                     "the box seat.")
    body = next(ns for ns in x.names.values() if "WLBE" in ns)
    assert body[0] == "Westvale and Lund Basin Enterprise"
    assert ("Lars Holm", "affiliation", "Westvale and Lund Basin Enterprise") in facts_of(x)
