"""kg_titles (kg/extract/titles.py) and the title-chain rule (kg/extract/title_chains.py):
capitalised titles are titles, and a run of them names a person's posts and bodies."""
from tests.conftest import facts_of, names_of


def test_a_capitalised_title_alone_names_no_one(extract_text):
    x = extract_text("The talks were opened by the Associate Dean. Ms Ruth Amsel spoke next.")
    assert "Associate Dean" not in names_of(x)


def test_a_title_written_into_a_name_is_no_part_of_it(extract_text):
    # (the tagger reads "Dean Yuji Yoshino" as one name)
    x = extract_text("Dean Yuji Yoshino of the Faculty of Science welcomed the guests.")
    assert "Yuji Yoshino" in names_of(x) and "Dean Yuji Yoshino" not in names_of(x)


def test_a_chain_of_titles_and_bodies_after_a_name(extract_text):
    facts = facts_of(extract_text(
        "The seminar was opened by Maria Olsen, Executive Director of the Security Studies Program at the "
        "Northfield School of Global Affairs, and Senior Fellow at the Ashby Institute."))
    assert ("Maria Olsen", "jobTitle", "Executive Director") in facts
    assert ("Maria Olsen", "jobTitle", "Senior Fellow") in facts
    assert {("Maria Olsen", "affiliation", body) for body in
            ("Security Studies Program", "Northfield School of Global Affairs", "Ashby Institute")} <= facts
    assert ("Security Studies Program", "parentOrganization", "Northfield School of Global Affairs") in facts


def test_a_title_of_a_body_written_before_the_name_in_a_list(extract_text):
    facts = facts_of(extract_text(
        "The American side included President of the Pacific Trade Council Ralph Moss; "
        "Vice President of the Harbour Policy Council Jan Berger; and others."))
    assert ("Ralph Moss", "jobTitle", "President") in facts
    assert ("Ralph Moss", "affiliation", "Pacific Trade Council") in facts
    assert ("Jan Berger", "affiliation", "Harbour Policy Council") in facts


def test_an_ordinary_apposition_with_an_article_is_left_to_the_parse(extract_text):
    facts = facts_of(extract_text("Leaders met Bill Hart, the King of Sweden and two ministers."))
    assert ("Bill Hart", "jobTitle", "King") not in facts


def test_a_title_of_a_body_is_not_read_across_a_preposition_into_another_name(extract_text):
    facts = facts_of(extract_text("Mr Rames, head of the Office of Budget Control under President Clanton, retired."))
    assert ("Clanton", "affiliation", "Office of Budget Control") not in facts
    assert ("President Clanton", "affiliation", "Office of Budget Control") not in facts


def test_a_list_of_people_written_title_of_body_name_parts_each_body_from_its_person(extract_text):
    x = extract_text("The panel included Director of the Harbour Institute Ivan Petrov, President of the Nordic Policy "
                     "Council Anna Berg, and Chair of the Baltic Energy Association Jonas Lind.")
    names = names_of(x)
    assert {"Ivan Petrov", "Anna Berg", "Jonas Lind"} <= names
    assert ("Anna Berg", "affiliation", "Nordic Policy Council") in facts_of(x)


def test_a_bodys_own_last_words_are_not_taken_for_a_name(extract_text):
    names = names_of(extract_text("Kurt Barnard, president of Barnard's Retail Consulting Group, said sales were weak."))
    assert "Consulting Group" not in names


def test_a_bodys_name_sheds_a_title_run_into_it(extract_text):
    x = extract_text("Chen Liwei, Assistant Professor at the School of Maritime Law and Director of the Harbour "
                     "Programme, spoke. Ruth Amsel is Dean of the College of Arts.")
    names = names_of(x)
    assert "School of Maritime Law" in names and "School of Maritime Law and Director" not in names
    assert "Dean of the College of Arts" not in names


def test_a_title_written_before_the_next_name_of_a_list_is_that_names(extract_text):
    facts = facts_of(extract_text(
        "The panel included philosopher Tomas Berg, Chairman of the Board of the Nordic Policy Council Anna Berg, "
        "and Director of the Harbour Institute Ivan Petrov."))
    assert ("Tomas Berg", "jobTitle", "Chairman") not in facts
    assert ("Anna Berg", "jobTitle", "Chairman") in facts


def test_one_title_of_body_name_item_is_parted_too(extract_text):
    # (the tagger reads "the Nordvik International Media Group Dmitry Kiselov" as one body)
    names = names_of(extract_text(
        "The moderator, Director General of the Nordvik International Media Group Dmitry Kiselov, opened the discussion."))
    assert "Dmitry Kiselov" in names and "Nordvik International Media Group" in names


def test_a_title_goes_on_into_its_field_but_not_into_a_bodys_phrase(extract_text):
    facts = facts_of(extract_text(
        "The talks were led by Anna Berg, Deputy Head of graduate studies at Nordvik University, and Ivan Petrov, "
        "Editor-in-Chief of the Harbour Times. \"We agree,\" said Sven Holm, chairman of the organisation."))
    assert ("Anna Berg", "jobTitle", "Deputy Head of graduate studies") in facts
    assert ("Ivan Petrov", "jobTitle", "Editor-in-Chief") in facts
    assert ("Sven Holm", "jobTitle", "chairman of the organisation") not in facts
    assert ("Sven Holm", "jobTitle", "chairman organisation") not in facts


def test_a_name_the_tagger_missed_before_a_title_of_a_body_is_a_person(extract_text):
    x = extract_text("The panel featured Doreen Okonkwo-Lind, Secretary-General of the Harbour Union; "
                     "and Daren Tang, Director-General of the Polar Institute.")
    assert ("Doreen Okonkwo-Lind", "affiliation", "Harbour Union") in facts_of(x)


def test_a_bodys_name_run_into_a_title_and_a_name_is_three_things(extract_text):
    x = extract_text("University of Westbridge Rector Prof Fabrizio Marino, Human Resource Manager Giulia Conti "
                     "and others were present.")
    facts = facts_of(x)
    assert ("Fabrizio Marino", "affiliation", "University of Westbridge") in facts
    assert ("Fabrizio Marino", "jobTitle", "Rector") in facts
    assert ("Fabrizio Marino", "jobTitle", "Manager") not in facts


def test_the_field_of_a_post_is_part_of_the_title_not_a_body(extract_text):
    x = extract_text("Ruth Amsel, Vice President for Academic Affairs at Westbridge University, met Tomas Berg, "
                     "Minister of Foreign Affairs.")
    assert not {"Academic Affairs", "Foreign Affairs"} & names_of(x)
    facts = facts_of(x)
    assert ("Ruth Amsel", "jobTitle", "Vice President for Academic Affairs") in facts
    assert ("Ruth Amsel", "affiliation", "Westbridge University") in facts


def test_a_list_of_titles_each_followed_by_its_name(extract_text):
    x = extract_text("Members of the delegation included the Public Diplomacy Officer, Raisa Dukova; the Harbour Centre "
                     "Director, Grace Lamont; and the Registrar, Professor Abiodun Adeyemi.")
    facts = facts_of(x)
    assert ("Raisa Dukova", "jobTitle", "Public Diplomacy Officer") in facts
    assert {("Grace Lamont", "jobTitle", "Director"), ("Grace Lamont", "affiliation", "Harbour Centre")} <= facts
    assert ("Abiodun Adeyemi", "jobTitle", "Registrar") in facts
    assert ("Abiodun Adeyemi", "affiliation", "Harbour Centre") not in facts


def test_a_plural_title_before_a_list_is_each_persons(extract_text):
    facts = facts_of(extract_text("Nonresident Senior Fellows Tom Baker, Anna Ruiz and Omar Haddad attended the dialogue."))
    assert {(n, "jobTitle", "Nonresident Senior Fellow") for n in ("Tom Baker", "Anna Ruiz", "Omar Haddad")} <= facts


def test_a_bodys_name_run_into_a_persons_known_name_is_parted(extract_text):
    names = names_of(extract_text("Fu Lan, chair of the Harbour Assembly, spoke. Harbour Assembly Fu Lan agreed."))
    assert "Harbour Assembly Fu Lan" not in names and "Fu Lan" in names


def test_a_name_with_initials_is_parted_from_the_body_before_it(extract_text):
    names = names_of(extract_text("The delegation met the representative of Rosgranitsa A.M. Pakhov. Head of the "
                                  "International Office I.S. Lenova attended."))
    assert {"A.M. Pakhov", "I.S. Lenova", "International Office"} <= names


def test_malaysian_honorifics_are_no_name_of_their_own(extract_text):
    # (the tagger reads "H.E. Dato'" as a person)
    names = names_of(extract_text("“This visit has strengthened ties,” said Omar. H.E. Dato' Nazirah has in fact "
                                  "agreed the initiatives taken by USM."))
    assert "Nazirah" in names and not any("Dato" in n for n in names)


def test_a_bodys_name_ends_in_no_preposition(extract_text):
    # (the tagger reads "the Mingde International Building of" as one name)
    names = names_of(extract_text("The forum was held at the Mingde International Building of Renmin University of "
                                  "China in Beijing."))
    assert "Mingde International Building" in names and not any(n.endswith(" of") for n in names)


def test_a_posts_field_keeps_its_own_list_and_region(extract_text):
    facts = facts_of(extract_text(
        "Catherine Berg, Minister of Infrastructure and Communities, spoke at the forum. Jane Roe, Director for Asia "
        "and Oceania at the Belgian Ministry of Foreign Affairs, opened the conference."))
    assert ("Catherine Berg", "jobTitle", "Minister of Infrastructure and Communities") in facts
    assert ("Jane Roe", "jobTitle", "Director for Asia and Oceania") in facts
    assert ("Jane Roe", "jobTitle", "Director") not in facts  # the same post, cut short


def test_a_title_of_a_body_before_a_rank_and_a_name(extract_text):
    facts = facts_of(extract_text(
        "The delegation included Vice-Rector Professor Ingrid Dahl, Director of the International Exchange and "
        "Cooperation Department Associate Professor Tomas Berg, and staff member Lena Holm."))
    assert ("Tomas Berg", "jobTitle", "Director") in facts
    assert ("Tomas Berg", "affiliation", "International Exchange and Cooperation Department") in facts


def test_a_title_of_a_body_before_the_next_rank_and_name_is_not_the_previous_persons(extract_text):
    facts = facts_of(extract_text(
        "The delegation included Vice-Rector Professor Ingrid Dahl, Director of the International Exchange and "
        "Cooperation Department Associate Professor Tomas Berg, and staff member Lena Holm."))
    assert ("Ingrid Dahl", "jobTitle", "Director") not in facts
    assert ("Ingrid Dahl", "affiliation", "International Exchange and Cooperation Department") not in facts


def test_a_councillor_is_a_title_not_part_of_a_name(extract_text):
    x = extract_text("The talks were opened by Councillor Tomas Berg.")
    assert "Tomas Berg" in {ns[0] for ns in x.names.values()}


def test_a_hyphenated_title_before_a_name_is_whole(extract_text):
    facts = facts_of(extract_text("Minister Han Tao, Minister-Counsellor Yang Xinyu and Counselor Hu Lihua attended "
                                  "the reception."))
    assert ("Yang Xinyu", "jobTitle", "Minister-Counsellor") in facts


def test_two_capitalised_titles_joined_by_and_before_a_name_are_both_its(extract_text):
    facts = facts_of(extract_text("Deputy Prime Minister and Foreign Minister Ingrid Dahl met the delegation on Thursday."))
    assert {("Ingrid Dahl", "jobTitle", t) for t in ("Deputy Prime Minister", "Foreign Minister")} <= facts


def test_a_fields_second_part_before_a_courtesy_title_and_a_name_is_no_name(extract_text):
    x = extract_text("On the university side were the Deputy Vice-Chancellors for Administration and Academic "
                     "Affairs, Dr Atiku Saleh and Professor Osita Agbu.")
    assert "Academic Affairs" not in {ns[0] for ns in x.names.values()}


def test_a_name_on_a_line_of_its_own_over_its_title_and_body(extract_text):
    facts = facts_of(extract_text(
        "Speakers at the Nordic Forum\n\nIngrid Dahl\nExecutive Director of the Polar Institute\n\n"
        "Tomas Berg\nProfessor of Law, Nordvik University\n"))
    assert {("Ingrid Dahl", "jobTitle", "Executive Director"), ("Ingrid Dahl", "affiliation", "Polar Institute"),
            ("Tomas Berg", "affiliation", "Nordvik University")} <= facts


def test_a_title_of_a_body_before_a_comma_and_the_name_after_and(extract_text):
    facts = facts_of(extract_text(
        "The documents were exchanged by Ravi Kumar and Executive Vice President of Northfield University, "
        "Professor Kenji Sato."))
    assert ("Kenji Sato", "jobTitle", "Executive Vice President") in facts
    assert ("Kenji Sato", "affiliation", "Northfield University") in facts
    assert ("Ravi Kumar", "jobTitle", "Executive Vice President") not in facts


def test_the_body_keeps_its_country_and_the_occasion_is_no_part_of_the_post(extract_text):
    facts = facts_of(extract_text(
        "In his remarks, the visiting Vice-Chancellor of Eastbay Technical University Ghana, Prof. Kofi Mensah, "
        "said the university was ready."))
    assert ("Kofi Mensah", "jobTitle", "Vice-Chancellor") in facts
    assert ("Kofi Mensah", "affiliation", "Eastbay Technical University") in facts


def test_a_short_rank_ends_no_sentence_and_names_no_one(extract_text):
    x = extract_text("The meeting was moderated by Assoc. Prof. Mesut Kaya of the Lake Institute.")
    assert "Mesut Kaya" in names_of(x) and "Assoc" not in names_of(x)
    assert ("meeting", "participant", "Mesut Kaya") in facts_of(x)


def test_the_state_of_a_posts_holder_is_no_part_of_the_body(extract_text):
    x = extract_text("The roundtable was moderated by Acting SAM Chairman Assoc. Prof. Mesut Kaya.")
    facts = facts_of(x)
    assert ("Mesut Kaya", "affiliation", "SAM") in facts
    assert "Acting SAM" not in names_of(x)


def test_a_whole_name_after_a_courtesy_title_is_a_person(extract_text):
    x = extract_text("The Hon Nickolas Stavros, Grenada’s Minister of Health, highlighted the role of the blue economy.")
    assert "Nickolas Stavros" in names_of(x)
    assert ("Nickolas Stavros", "jobTitle", "Minister of Health") in facts_of(x)


def test_a_body_that_owns_the_title_in_a_chain(extract_text):
    facts = facts_of(extract_text("Professor Anne Moran, Northfield Institute’s Director of Research, said the link mattered."))
    assert ("Anne Moran", "jobTitle", "Director of Research") in facts
    assert ("Anne Moran", "affiliation", "Northfield Institute") in facts


def test_a_title_of_a_body_with_its_short_name_before_the_name_after_a_dateline(extract_text):
    facts = facts_of(extract_text(
        "KUALA LUMPUR, 3 May 2016 - The Vice-Chancellor of Universiti Teknologi Nusantara (UTN), Professor Dato' Dr. "
        "Azman Rahim today paid a courtesy call on the ambassador."))
    assert ("Azman Rahim", "jobTitle", "Vice-Chancellor") in facts
    assert ("Azman Rahim", "affiliation", "Universiti Teknologi Nusantara") in facts


def test_an_untagged_body_and_name_after_a_title_of(extract_text):
    x = extract_text("The Executive Director of the EU-LAC Foundation Paola Amadei is in Ecuador to conduct meetings.")
    facts = facts_of(x)
    assert ("Paola Amadei", "jobTitle", "Executive Director") in facts
    assert ("Paola Amadei", "affiliation", "EU-LAC Foundation") in facts


def test_a_chain_after_a_comma_does_not_start_at_the_next_items_and(extract_text):
    facts = facts_of(extract_text(
        "The director held meetings with the Minister of Knowledge Andres Arauz, and with the Member of Parliament "
        "Maria Calle."))
    assert ("Andres Arauz", "jobTitle", "Member of Parliament") not in facts


def test_a_title_then_its_body_between_commas_before_the_name(extract_text):
    facts = facts_of(extract_text("The Registrar, Northfield University, Dr Ana Berg attended."))
    assert ("Ana Berg", "jobTitle", "Registrar") in facts
    assert ("Ana Berg", "affiliation", "Northfield University") in facts


def test_a_bodys_name_run_on_into_the_name_after_a_comma_is_parted(extract_text):
    x = extract_text("In her opening remarks, the chair of the Senate Committee on International Relations, Defense and "
                     "Security, Dariga Nazarbayeva noted the significance of his work.")
    facts = facts_of(x)
    assert ("Dariga Nazarbayeva", "jobTitle", "chair") in facts
    assert ("Dariga Nazarbayeva", "affiliation", "Senate Committee on International Relations, Defense and Security") in facts


def test_two_titles_joined_by_and_belong_to_the_name_before_them_not_after(extract_text):
    facts = facts_of(extract_text(
        "Speakers were Leila Farah, Professor of Middle Eastern Studies and Director of the Center for Eastern "
        "Mediterranean Studies, Vali Nasri, Professor at the Fletcher School, and Ozlem Tur."))
    assert ("Leila Farah", "jobTitle", "Director") in facts
    assert ("Vali Nasri", "jobTitle", "Director") not in facts
    assert ("Vali Nasri", "affiliation", "Center for Eastern Mediterranean Studies") not in facts


def test_a_place_run_into_the_name_after_a_title_and_its_field_is_parted(extract_text):
    x = extract_text("Kazakhstan and Russia held a forum. The forum was attended by the Minister of Science and Higher "
                     "Education of the Republic of Kazakhstan Sayat Nurlanov, and the Rector of Lake University Ivan Petrov.")
    assert "Sayat Nurlanov" in names_of(x)
    assert ("Sayat Nurlanov", "jobTitle", "Minister of Science and Higher Education") in facts_of(x)


def test_a_long_name_run_into_a_university_of_a_city_after_a_title(extract_text):
    x = extract_text("The delegation held talks with Vice-Rector of the University of Guadalajara Rebeca Vanessa Garcia "
                     "Corso. During the visit, they toured the lab.")
    facts = facts_of(x)
    assert ("Rebeca Vanessa Garcia Corso", "jobTitle", "Vice-Rector") in facts
    assert ("Rebeca Vanessa Garcia Corso", "affiliation", "University of Guadalajara") in facts
    assert ("talks", "participant", "Rebeca Vanessa Garcia Corso") in facts


def test_a_two_word_courtesy_title_is_no_part_of_the_name(extract_text):
    x = extract_text("The keynote address was given by Tan Sri Yohei Sasakawa, Special Envoy of the Lake Foundation. "
                     "Mr Tan Wei Ming also spoke.")
    assert "Yohei Sasakawa" in names_of(x) and "Tan Sri Yohei Sasakawa" not in names_of(x)
    assert "Tan Wei Ming" in names_of(x)


def test_a_plural_title_before_two_names_and_a_title_ending_in_its_field(extract_text):
    facts = facts_of(extract_text(
        "On the university side were the Vice-Chancellor; the Deputy Vice-Chancellors for Administration and Academic "
        "Affairs, Dr Atiku Bello and Professor Osita Eze; the Registrar, Professor Abiodun Ade; alongside other officers."))
    assert any(f[0] == "Atiku Bello" and f[1] == "jobTitle" and f[2].startswith("Deputy Vice-Chancellors") for f in facts)
    assert any(f[0] == "Osita Eze" and f[1] == "jobTitle" and f[2].startswith("Deputy Vice-Chancellors") for f in facts)
    assert ("Abiodun Ade", "jobTitle", "Registrar") in facts


def test_a_body_and_its_post_before_a_comma_and_the_name(extract_text):
    x = extract_text("On this occasion, DU Registrar, Vikas Gupta and the rector exchanged the documents.")
    facts = facts_of(x)
    assert "DU Registrar" not in names_of(x)
    assert {("Vikas Gupta", "jobTitle", "Registrar"), ("Vikas Gupta", "affiliation", "DU")} <= facts


def test_the_field_of_a_post_before_an_untagged_name_is_no_body(extract_text):
    x = extract_text("On this occasion Dean of Academic Affairs Kamal Ratnam and the rector were present.")
    assert "Kamal Ratnam" in names_of(x)
    assert "Academic Affairs" not in names_of(x)


SOCIETY_DINNER = ("Dr Mira Tan, HSA Honorary President, and 9 delegates participated in the meeting and dinner; Dr Leo "
                  "Wu, HSA President, Dr Ana Li and other Vice-Presidents reported to the Ambassador. The Ambassador "
                  "thanked the HSA Executive Committee.")


def test_a_grade_of_a_post_is_no_part_of_the_bodys_name_before_it(extract_text):
    x = extract_text(SOCIETY_DINNER)
    assert "HSA Honorary" not in names_of(x)
    assert {("Mira Tan", "jobTitle", "Honorary President"), ("Mira Tan", "affiliation", "HSA")} <= facts_of(x)


def test_a_title_word_before_a_bodys_word_is_part_of_the_bodys_name(extract_text):
    assert "HSA Executive Committee" in names_of(extract_text(SOCIETY_DINNER))


def test_a_counted_group_after_a_title_is_more_people_not_the_title(extract_text):
    titles = {o for s, r, o in facts_of(extract_text(SOCIETY_DINNER)) if s == "Mira Tan" and r == "jobTitle"}
    assert titles == {"Honorary President"}


def test_a_body_and_title_apposed_to_a_name_in_a_list_are_that_names(extract_text):
    facts = facts_of(extract_text(SOCIETY_DINNER))
    assert {("Leo Wu", "jobTitle", "President"), ("Leo Wu", "affiliation", "HSA")} <= facts
    assert ("Ana Li", "jobTitle", "President") not in facts


def test_a_title_with_paired_modifiers_before_the_body_and_name(extract_text):
    facts = facts_of(extract_text("On May 2, 2019 Ambassador Extraordinary and Plenipotentiary of the Republic of "
                                  "Ruritania H.E. Mr. Ivo Marek held a meeting with the minister."))
    assert ("Ivo Marek", "jobTitle", "Ambassador Extraordinary and Plenipotentiary") in facts


def test_a_dash_apposes_a_title_to_the_name_before_it(extract_text):
    facts = facts_of(extract_text("Ms. Lona Harkin – the Senator of California State with her husband – Mr. Tom Bale, Berkeley "
                                  "City’s Mayor expressed her thanks to the minister."))
    assert ("Lona Harkin", "jobTitle", "Senator") in facts


def test_a_posts_short_field_in_brackets_stays_in_the_title_and_the_chain_goes_on(extract_text):
    facts = facts_of(extract_text("The Keynote Address was delivered by Shri Ravi Menon, Secretary (ER), Ministry of "
                                  "External Affairs."))
    assert {("Ravi Menon", "jobTitle", "Secretary (ER)"), ("Ravi Menon", "affiliation", "Ministry of External Affairs")} <= facts


def test_degrees_and_class_years_after_a_name_are_no_names_and_the_chain_reads_past_them(extract_text):
    x = extract_text("The panel was moderated by Harvey Fineman, A.B. ’67, M.D. ’71, president of the Institute of "
                     "Medicine. The panelists included Suraya Dalil, M.P.H. ’05, Minister of Public Health of Afghanistan; "
                     "and Kelechi Obi, M.P.H. ’02, SM ’03, Senior Adviser, Federal Ministry of Health, Nigeria.")
    facts = facts_of(x)
    assert {("Kelechi Obi", "jobTitle", "Senior Adviser"), ("Suraya Dalil", "jobTitle", "Minister of Public Health of Afghanistan")} <= facts
    assert not {"M.P.H.", "SM", "M.D."} & names_of(x)


def test_a_universitys_place_owning_a_post_is_the_university(extract_text):
    facts = facts_of(extract_text("The University of Northfield has signed an agreement with Eastbay University. Professor "
                                  "Anne Moray, Northfield’s Pro-Vice-Chancellor (Educational Partnerships) said it was a "
                                  "good day."))
    assert {("Anne Moray", "jobTitle", "Pro-Vice-Chancellor (Educational Partnerships)"),
            ("Anne Moray", "affiliation", "University of Northfield")} <= facts  # (the post's field in brackets is its)


def test_a_field_word_before_a_title_names_no_body(extract_text):
    x = extract_text("The Indian delegation was led by Ravi Menon, former National Security Adviser and Special "
                     "Representative for the Boundary Question, while the other side was headed by Dai Wen.")
    assert "National Security" not in names_of(x)


def test_a_modifier_after_and_in_a_bodys_name_is_no_title(extract_text):
    x = extract_text("Ellen Marsh, Assistant Secretary of State for the Bureau of Intelligence and Research, spoke.")
    assert "Bureau of Intelligence and Research" in names_of(x)


def test_the_field_of_a_director_of_national_intelligence_is_no_body(extract_text):
    x = extract_text("Sue Gorden, former Principal Deputy Director of National Intelligence, spoke at the conference.")
    assert "National Intelligence" not in names_of(x)


def test_titles_after_a_name_in_a_list_are_that_names_not_the_next_ones(extract_text):
    facts = facts_of(extract_text(
        "The delegation included Michael Olsen, Senior Vice-President and Arctic Chair, CSIS and Associate Professor, "
        "Bergen University, Tom Berg, Senior Adviser, CSIS, and Lena Holm."))
    assert ("Michael Olsen", "affiliation", "Bergen University") in facts
    assert not any(s == "Tom Berg" and o in ("Associate Professor", "Bergen University") for s, r, o in facts)


def test_the_field_of_a_title_before_a_name_is_no_given_name(extract_text):
    facts = facts_of(extract_text("Talks were held with the Director for International Affairs Francisco Trigo."))
    assert ("Francisco Trigo", "jobTitle", "Director for International Affairs") in facts


def test_the_body_a_title_is_of_may_be_named_by_its_head_word_alone(extract_text):
    facts = facts_of(extract_text(
        "The delegation visited Nord University, where talks were held with the Vice-Rector of the University Ken Oyama."))
    assert {("Ken Oyama", "jobTitle", "Vice-Rector"), ("Ken Oyama", "affiliation", "Nord University")} <= facts


def test_two_posts_each_with_its_body_are_two_titles(extract_text):
    facts = facts_of(extract_text(
        "The guests met Tom Berg, a member of the Standing Committee of the Polar Council and vice-president of "
        "Nord University."))
    assert {("Tom Berg", "jobTitle", "member"), ("Tom Berg", "jobTitle", "vice-president"),
            ("Tom Berg", "affiliation", "Nord University")} <= facts


def test_a_capitalised_field_after_for_is_part_of_the_title(extract_text):
    facts = facts_of(extract_text(
        "Doris Fischer, the Vice President for Internationalisation of the University of Nordvik, visited the campus."))
    assert ("Doris Fischer", "jobTitle", "Vice President for Internationalisation") in facts
    assert ("Doris Fischer", "affiliation", "University of Nordvik") in facts


def test_prime_qualifies_a_title_written_before_a_name(extract_text):
    facts = facts_of(extract_text("Deputy Prime Minister of Slovakia Richard Rasmus opened the conference."))
    assert ("Richard Rasmus", "jobTitle", "Deputy Prime Minister") in facts


def test_a_hyphened_title_on_a_field_before_a_name_with_the_body_that_owns_it(extract_text):
    facts = facts_of(extract_text("The Ambassador visited the Nordvik State University of Economics. The university’s "
                                  "Vice-rector on International Relations Dmitry Vasilenko welcomed him."))
    assert ("Dmitry Vasilenko", "jobTitle", "Vice-rector on International Relations") in facts
    assert ("Dmitry Vasilenko", "affiliation", "Nordvik State University of Economics") in facts


def test_a_title_that_runs_into_the_next_name_is_that_names_not_the_one_before(extract_text):
    facts = facts_of(extract_text("Panellists included Foreign Secretary Admiral Jon Berg, Ambassador of Fjordland Ali "
                                  "Haidar, and others."))
    assert ("Ali Haidar", "jobTitle", "Ambassador of Fjordland") in facts
    assert ("Jon Berg", "jobTitle", "Ambassador of Fjordland") not in facts


def test_a_name_run_into_its_title_without_a_comma_keeps_both(extract_text):
    facts = facts_of(extract_text("Speakers included Paul Brennan, former Vice President of Colleges Canada; Jeremy Paltiel "
                                  "Professor at Carleton University; Timothy Stanley, Professor at the University of Ottawa."))
    assert ("Jeremy Paltiel", "jobTitle", "Professor") in facts
    assert ("Jeremy Paltiel", "affiliation", "Carleton University") in facts


def test_a_field_before_a_title_is_no_name(extract_text):
    x = extract_text("The visitors were received by Folake Ade, Country Education Specialist at the U.S. Embassy.")
    assert not any(names[0] == "Country Education" for names in x.names.values())


def test_words_of_the_language_before_a_title_are_part_of_it_names_are_not(extract_text):
    facts = facts_of(extract_text("The chamber met Tran Van Chau, Norland Ambassador, Bui Van Thuong, Trade Counsellor, "
                                  "and Allyson Diaz, Public Relations Officer of the Embassy."))
    assert ("Bui Van Thuong", "jobTitle", "Trade Counsellor") in facts
    assert ("Allyson Diaz", "jobTitle", "Public Relations Officer") in facts
    assert ("Tran Van Chau", "jobTitle", "Ambassador") in facts


def test_a_field_word_before_a_title_of_a_state_written_before_a_name(extract_text):
    facts = facts_of(extract_text("The delegations headed by Deputy Foreign Minister of Uzbekistan Gayrat Fozilov and "
                                  "Deputy Foreign Minister of Lithuania Mantos Adomenas discussed relations."))
    assert ("Gayrat Fozilov", "jobTitle", "Deputy Foreign Minister of Uzbekistan") in facts


def test_a_plural_of_words_of_the_language_after_a_titles_of_is_its_field(extract_text):
    facts = facts_of(extract_text("The ambassador met Roberto Lafontaine, Director of International Projects."))
    assert ("Roberto Lafontaine", "jobTitle", "Director of International Projects") in facts
    assert not any(r == "affiliation" and s == "Roberto Lafontaine" for s, r, o in facts)


def test_a_body_after_the_titles_of_the_is_a_body(extract_text):
    facts = facts_of(extract_text("The panel heard Sean Clancy, Chief of Staff of the Irish Defence Forces."))
    assert ("Sean Clancy", "affiliation", "Irish Defence Forces") in facts


def test_a_body_named_after_a_title_keeps_its_name_though_it_ends_in_a_field(extract_text):
    facts = facts_of(extract_text("The attache met Professor Khalid Salem, President of Nordvik University of Science "
                                  "and Technology, and other senior officials."))
    assert ("Khalid Salem", "affiliation", "Nordvik University of Science and Technology") in facts


def test_a_place_before_a_title_is_no_word_of_it(extract_text):
    facts = facts_of(extract_text("Professor Iqbal Parker, Cape Town Director of the Institute, presented an overview."))
    assert ("Iqbal Parker", "jobTitle", "Cape Town Director") not in facts


def test_what_a_post_is_on_is_part_of_the_title(extract_text):
    facts = facts_of(extract_text("Anna Berg, an adviser on climate policy at the Nordic Institute, spoke."))
    assert ("Anna Berg", "jobTitle", "adviser on climate policy") in facts
    assert ("Anna Berg", "affiliation", "Nordic Institute") in facts


def test_the_place_a_posts_field_serves_is_a_place_not_part_of_a_body(extract_text):
    # (the tagger reads "Science and Technology of Norland" as one body)
    x = extract_text("The session was chaired by Wen Hao, Vice Minister of Science and Technology of Norland, "
                     "and Ruth Amsel, Professor of Economics of the University of Eastbay.")
    facts = facts_of(x)
    assert ("Wen Hao", "jobTitle", "Vice Minister of Science and Technology") in facts
    assert not {f for f in facts if f[0] == "Wen Hao" and f[1] == "affiliation" and "Science" in f[2]}
    assert "Science and Technology of Norland" not in names_of(x)
    # (but a body after the field is the post's body, and the field no body)
    assert ("Ruth Amsel", "jobTitle", "Professor of Economics") in facts
    assert {f[2] for f in facts if f[:2] == ("Ruth Amsel", "affiliation")} == {"University of Eastbay"}


def test_a_title_before_a_name_and_a_comma_after_by_is_the_names(extract_text):
    facts = facts_of(extract_text("He was greeted by Pro-Vice-Chancellor for International Strategy, Dr Ruth Amsel, "
                                  "together with Deputy Vice-Chancellor Professor Tom Hale."))
    assert ("Ruth Amsel", "jobTitle", "Pro-Vice-Chancellor for International Strategy") in facts


def test_a_title_of_and_to_places_before_a_name_and_a_comma_is_the_names(extract_text):
    facts = facts_of(extract_text("Ambassador of Brazil to Slovakia, Luis Balduino, and SAS President Pavol Novak, "
                                  "outlined the vision."))
    assert ("Luis Balduino", "jobTitle", "Ambassador") in facts


def test_a_title_of_a_body_before_a_name_with_a_small_honorific_is_the_names(extract_text):
    # (the tokenizer parts "dr." into "dr" and ".")
    facts = facts_of(extract_text("Secretary of UI, dr. Agustin Kusumayati, M.Sc., Ph.D., warmly welcomed the Embassy "
                                  "of Chile delegation to this meeting."))
    assert {("Agustin Kusumayati", "jobTitle", "Secretary"), ("Agustin Kusumayati", "affiliation", "UI")} <= facts


def test_an_apposition_that_is_an_adviser_to_someone_is_the_names_own_title(extract_text):
    facts = facts_of(extract_text("After welcoming remarks, Kenta Sono, a special advisor to Prime Minister Ana Ruiz, "
                                  "delivered a keynote speech."))
    assert ("Kenta Sono", "jobTitle", "special advisor") in facts


def test_title_words_the_tagger_took_for_a_name_with_their_of_name_no_one(extract_text):
    # (the tagger reads "Emeritus of" as a person)
    x = extract_text("Yuji Miyamoto (Chairman of the Nordvik Institute of Asian Research), Masao Okonogi (Professor "
                     "Emeritus of Keio University) participated in the event.")
    assert not any("Emeritus" in n for n in names_of(x))
    assert ("Masao Okonogi", "affiliation", "Keio University") in facts_of(x)


def test_a_title_before_a_name_with_a_bracketed_courtesy_title_inside_an_events_name(extract_text):
    # (the tagger reads the name as a body; the courtesy call's name runs over the title)
    facts = facts_of(extract_text(
        "The Ambassador paid a courtesy call on the Vice-Chancellor of Nordvik University of Science and Technology, "
        "Professor (Mrs.) Rita Akosua Mensah, at the Council Chamber."))
    assert ("Rita Akosua Mensah", "jobTitle", "Vice-Chancellor") in facts
    assert {f[2] for f in facts if f[:2] == ("Rita Akosua Mensah", "affiliation")} == {
        "Nordvik University of Science and Technology"}  # (the chamber she was in is no employer)


def test_a_ministers_field_in_words_of_the_language_is_the_titles_and_a_courtesy_title_starts_the_name(extract_text):
    # (the tagger runs the first field and the name into one body, and takes the second field for a body)
    facts = facts_of(extract_text(
        "They were followed by speeches from the Swedish Minister of Business, Industry and Innovation Mr Ibrahim "
        "Baylan and the Japanese Minister for Digital Transformation Mr Takuya Hirai."))
    assert ("Ibrahim Baylan", "jobTitle", "Minister of Business, Industry and Innovation") in facts
    assert ("Takuya Hirai", "jobTitle", "Minister for Digital Transformation") in facts
    assert not {f for f in facts if f[1] == "affiliation"}


def test_a_place_after_a_ministers_of_is_no_field(extract_text):
    x = extract_text("Guests included Susan Gregson, former Assistant Deputy Minister of Global Affairs Canada, and the "
                     "Chinese Ambassador to Canada.")
    assert "Global Affairs Canada" in names_of(x)


def test_a_lower_case_title_of_a_field_names_no_body_but_a_body_after_a_title_is_one(extract_text):
    x = extract_text("Tomas Berg, former Nordic minister of Foreign Affairs, said so. Li Yang, chairman of National "
                     "Institution for Finance and Development of Norland, spoke next.")
    assert "Foreign Affairs" not in names_of(x)
    assert any(n.startswith("National Institution for Finance") for n in names_of(x))


def test_a_list_whose_items_give_the_title_first_gives_each_name_the_title_before_it(extract_text):
    facts = facts_of(extract_text(
        "Participants in the meeting included the Secretary of Technological Development, Ana Ruiz, the President of "
        "the Nordvik Council of Scientific Development (NCSD/NRD), Tomas Berg, the Head of the Office of International "
        "Affairs, Ambassador Lena Holm, and the Director of the Department of Scientific Issues, Ambassador Omar Salim."))
    assert ("Ana Ruiz", "jobTitle", "Secretary of Technological Development") in facts
    assert ("Tomas Berg", "jobTitle", "President") in facts and ("Lena Holm", "jobTitle", "Head") in facts
    assert ("Omar Salim", "jobTitle", "Director") in facts
    assert not {("Ana Ruiz", "jobTitle", "President"), ("Tomas Berg", "jobTitle", "Head")} & facts


def test_a_title_owned_by_a_body_or_a_country_before_a_name_and_a_comma_is_the_names(extract_text):
    facts = facts_of(extract_text("This was revealed when Norland’s President, H.E. Ana Ruiz, was invited to the summit. "
                                  "The Nordvik Council’s Secretary-General, Dr Tom Hale, spoke later."))
    assert ("Ana Ruiz", "jobTitle", "President") in facts
    assert {("Tom Hale", "jobTitle", "Secretary-General"), ("Tom Hale", "affiliation", "Nordvik Council")} <= facts


def test_short_forms_of_academic_posts_are_titles_not_bodies(extract_text):
    x = extract_text("Speakers included Prof. Ana Ruiz (DVC, Research) and Dr. Tom Hale, HoD of Centre for Community "
                     "Medicine, AIIMS, at the roundtable.")
    assert not {"DVC", "HoD of Centre for Community Medicine"} & names_of(x)


def test_a_programme_item_before_a_name_is_no_title(extract_text):
    x = extract_text("Programme\n\n14:15 Keynote address Eva Lind, Director of the Polar Institute\n\n"
                     "14:45 Closing remarks Per Holm, Rector of Nordvik University")
    titles = {o for s, r, o in facts_of(x) if r == "jobTitle"}
    assert "Director" in titles and not any("address" in t or "remarks" in t for t in titles)


def test_a_field_of_two_coordinated_after_a_post_is_the_posts(extract_text):
    x = extract_text("Ms Eva Lind, EU Commissioner for Digital Economy and Society, spoke.")
    assert ("Eva Lind", "jobTitle", "Commissioner for Digital Economy and Society") in facts_of(x)
    assert not any("Digital Economy and Society" in ns for ns in x.names.values())


def test_a_body_after_a_comma_is_no_part_of_a_coordinated_field(extract_text):
    x = extract_text("The panel heard Anna Berg, Professor of Law and Technology, Nova School of Law, in Lisbon.")
    facts = facts_of(x)
    assert ("Anna Berg", "jobTitle", "Professor of Law and Technology") in facts
    assert ("Anna Berg", "affiliation", "Nova School of Law") in facts


def test_a_posts_field_before_a_comma_and_a_body_is_no_part_of_the_bodys_name(extract_text):
    # (the tagger reads "Law, University of Milan" as one name)
    facts = facts_of(extract_text("The panel heard Edoardo Rossi, Professor of Law, University of Milan, and others."))
    assert ("Edoardo Rossi", "affiliation", "University of Milan") in facts
    assert ("Edoardo Rossi", "jobTitle", "Professor of Law") in facts


def test_paired_modifiers_of_a_title_keep_their_and(extract_text):
    x = extract_text("The rector welcomed Dr. Ana Ruiz, Educational and Cultural Counselor at the Embassy of Norland, "
                     "and the delegation.")
    assert ("Ana Ruiz", "jobTitle", "Educational and Cultural Counselor") in facts_of(x)


def test_a_field_listed_with_commas_after_a_post_is_the_posts(extract_text):
    x = extract_text("Ana Ruiz, Minister for Environment, Science, Technology and Innovation, spoke.")
    assert ("Ana Ruiz", "jobTitle", "Minister for Environment, Science, Technology and Innovation") in facts_of(x)


def test_a_title_owned_by_its_before_a_comma_and_a_name_is_the_names(extract_text):
    x = extract_text("The rector met a delegation from Nordvik University, led by its Vice-Chancellor, Prof. Ana Ruiz.")
    assert ("Ana Ruiz", "jobTitle", "Vice-Chancellor") in facts_of(x)


def test_a_title_before_her_excellency_and_a_name_is_the_names(extract_text):
    x = extract_text("The rector paid a courtesy call on the Ambassador of Norland to Thailand, Her Excellency Dato' "
                     "Siti Rahman at the embassy.")
    assert ("Siti Rahman", "jobTitle", "Ambassador") in facts_of(x)


def test_a_capitalised_title_apposed_with_no_body_is_the_persons(extract_text):
    x = extract_text("He met Mr. Lars Holm, the Vice Minister.")
    assert ("Lars Holm", "jobTitle", "Vice Minister") in facts_of(x)


def test_a_capitalised_title_of_a_place_after_a_name_in_a_list_is_the_next_items(extract_text):
    x = extract_text("She contacted dignitaries including Lars Holm, the King of Belgium as well as the foreign ministry.")
    assert not any(s == "Lars Holm" and r == "jobTitle" for s, r, o in facts_of(x))


def test_a_role_at_a_gathering_before_a_name_is_no_job(extract_text):
    x = extract_text("Moderator: Lars Holm, President and CEO, Polar Knowledge Norland")
    assert ("Lars Holm", "jobTitle", "Moderator") not in facts_of(x)


def test_a_post_cut_short_before_its_fields_list_is_the_same_post(extract_text):
    x = extract_text("Up next was Dr Ana Ruiz (Director of International Affairs and Science Diplomacy, Nordvik Academy).")
    titles = {o for s, r, o in facts_of(x) if s == "Ana Ruiz" and r == "jobTitle"}
    assert titles == {"Director of International Affairs and Science Diplomacy"}


def test_a_capitalised_apposed_title_keeps_its_own_words_before_the_head(extract_text):
    x = extract_text("The delegation was received by Lars Holm, the School Director.")
    assert ("Lars Holm", "jobTitle", "School Director") in facts_of(x)


def test_a_title_its_field_and_a_place_tagged_as_one_body_are_a_title_and_a_place(extract_text):
    x = extract_text("The reception was hosted by the Minister for Foreign Affairs of Finland, Lars Holm.")
    assert ("Lars Holm", "jobTitle", "Minister for Foreign Affairs") in facts_of(x)
    assert not any("Organization" in x.kinds[c] for c, ns in x.names.items() if ns[0].startswith("Minister"))


def test_our_title_before_a_comma_and_a_name_is_the_names(extract_text):
    x = extract_text("The meeting began with a reception. Our Chairperson, Myriam Okafor, was in attendance.")
    assert ("Myriam Okafor", "jobTitle", "Chairperson") in facts_of(x)


def test_a_title_of_a_qualified_university_of_a_place_run_into_a_name_is_the_names(extract_text):
    x = extract_text("Rector of the Classical University of Nordvik Anders Lindqvist greeted the guests warmly.")
    facts = facts_of(x)
    assert ("Anders Lindqvist", "jobTitle", "Rector") in facts
    assert ("Anders Lindqvist", "affiliation", "Classical University of Nordvik") in facts


def test_a_title_with_its_field_at_a_body_before_a_courtesy_title_and_a_name(extract_text):
    facts = facts_of(extract_text(
        "The sessions were presented by Professor of Economics at Eastbay University Dr Mark Hale and "
        "Director of Research at Northfield Policy Center Dr Alan Brook."))
    assert ("Mark Hale", "jobTitle", "Professor of Economics") in facts
    assert ("Mark Hale", "affiliation", "Eastbay University") in facts
    assert ("Alan Brook", "jobTitle", "Director of Research") in facts
    assert ("Alan Brook", "affiliation", "Northfield Policy Center") in facts


def test_a_title_at_a_body_run_into_the_next_name_is_not_the_previous_persons(extract_text):
    facts = facts_of(extract_text(
        "The sessions were presented by Dr Lena Park, Director of Research at Northfield Policy Center "
        "Dr Alan Brook, and Ms Jane Roe."))
    assert ("Lena Park", "jobTitle", "Director of Research") not in facts
    assert ("Alan Brook", "jobTitle", "Director of Research") in facts


def test_a_body_before_a_title_and_its_field_or_before_its_short_name_and_a_title(extract_text):
    facts = facts_of(extract_text(
        "The talks were given by Eastbay College of Law and Public Policy Associate Dean for Research and "
        "Graduate Studies Dr Omar Hadi and the Eastbay Gulf Studies Center (GSC) Director Dr Abdul Rahim."))
    assert ("Omar Hadi", "affiliation", "Eastbay College of Law and Public Policy") in facts
    assert ("Abdul Rahim", "jobTitle", "Director") in facts
    assert ("Abdul Rahim", "affiliation", "Eastbay Gulf Studies Center") in facts


def test_a_bodys_short_name_run_into_a_title_before_and_is_the_holders_body(extract_text):
    x = extract_text("A highlight was a presentation by EU Rector and Vice-Chancellor Prof Wim Dekker. "
                     "The delegation later toured EU.")
    facts = facts_of(x)
    assert ("Wim Dekker", "jobTitle", "Rector") in facts
    assert ("Wim Dekker", "affiliation", "EU") in facts
    assert "EU Rector" not in names_of(x)


def test_a_title_and_a_comma_are_no_part_of_the_body_after_them(extract_text):
    x = extract_text("Speakers:\n- Einar Gudmundsson, Rector, University of Nordvik, Iceland\n"
                     "- Li Yifan, Director, Polar Research Institute of Eastbay, China")
    assert "University of Nordvik" in names_of(x)
    assert ("Einar Gudmundsson", "affiliation", "University of Nordvik") in facts_of(x)


def test_a_long_title_of_bodies_before_a_countrys_name_and_a_persons(extract_text):
    x = extract_text("The Director of the Latin American Department of the Ministry of Foreign Affairs of the "
                     "Norland Federation Dmitry Belov noted that the talks went well.")
    assert "Dmitry Belov" in names_of(x)
    assert ("Dmitry Belov", "jobTitle", "Director") in facts_of(x)


def test_a_small_letter_title_after_a_bodys_short_name_is_the_next_names(extract_text):
    facts = facts_of(extract_text(
        "Accompanied by city administrator Bernie Ang, Norland-China Affairs Coordinating Office (NCACO) officer "
        "Anna Sy Lim and Norland Chinatown Development Council (NCDC) liaison officer Owen Sato, the delegation "
        "paid a courtesy visit to the mayor."))
    assert ("Anna Sy Lim", "jobTitle", "officer") in facts
    assert ("Anna Sy Lim", "affiliation", "Norland-China Affairs Coordinating Office") in facts
    assert ("Owen Sato", "jobTitle", "liaison officer") in facts
    assert ("Owen Sato", "affiliation", "Norland Chinatown Development Council") in facts
    assert ("Bernie Ang", "jobTitle", "officer") not in facts
    assert ("Anna Sy Lim", "affiliation", "Norland Chinatown Development Council") not in facts


def test_a_title_of_a_body_and_its_bracketed_short_name_before_a_name(extract_text):
    facts = facts_of(extract_text(
        "The meeting was attended by Director of Eastbay Universities International (EUI) Vivienne Stern."))
    assert ("Vivienne Stern", "jobTitle", "Director") in facts
    assert ("Vivienne Stern", "affiliation", "Eastbay Universities International") in facts


def test_an_ampersand_before_the_next_title_of_a_chain_ends_the_body(extract_text):
    x = extract_text("The panel included John Conger, Senior Advisor to the Council on Strategic Risks & Senior U.S. "
                     "Advisor to the Military Council on Climate and Security. It was organised by the Institute of "
                     "Strategic & International Studies (ISIS) Norland.")
    names = names_of(x)
    assert "Council on Strategic Risks" in names
    assert ("John Conger", "affiliation", "Military Council on Climate and Security") in facts_of(x)
    assert "Institute of Strategic" not in names


def test_a_post_of_a_body_named_by_its_kind_alone_is_one_title(extract_text):
    x = extract_text("The university was represented by Mr Darren Nash, Associate Head of Department, and Dr Amy Lin. "
                     "Li Wen, Deputy Director General of Department of Climate Change of the ministry, spoke.")
    facts = facts_of(x)
    assert ("Darren Nash", "jobTitle", "Associate Head of Department") in facts
    assert "Department" not in names_of(x)
    assert "Department of Climate Change" in names_of(x)


def test_a_posts_remit_in_small_letters_after_for_is_part_of_the_title(extract_text):
    facts = facts_of(extract_text("The plan was presented by Prof. Ana Ruiz, the vice dean for community outreach and "
                                  "sustainable development, and Dr. Ola Berg, the vice dean for research."))
    assert {("Ana Ruiz", "jobTitle", "vice dean for community outreach and sustainable development"),
            ("Ola Berg", "jobTitle", "vice dean for research")} <= facts


def test_a_stretch_of_time_after_for_is_no_part_of_the_title(extract_text):
    facts = facts_of(extract_text("Jon Dahl, the director for two years, resigned."))
    assert not [f for f in facts if f[1] == "jobTitle" and "year" in f[2]]


def test_whom_a_post_serves_is_part_of_its_title(extract_text):
    facts = facts_of(extract_text("Jon Dahl, Advisor to the President of Eastbay University, spoke at the forum."))
    assert ("Jon Dahl", "jobTitle", "Advisor to the President") in facts
    assert ("Jon Dahl", "jobTitle", "Advisor") not in facts


def test_a_hyphened_title_is_one_title(extract_text):
    facts = facts_of(extract_text("Tomas Vilk, Ambassador-at-large of Estonia, spoke at the seminar."))
    assert ("Tomas Vilk", "jobTitle", "Ambassador-at-large") in facts


def test_a_named_chair_is_a_post_not_a_person(extract_text):
    x = extract_text("The dialogue was led by Anna Berg, Sterling Chair in Arctic Studies, and Erik Dahl, Baltic Chair.")
    assert not [m for m in x.mentions if m.text.endswith("Chair")]
    facts = facts_of(x)
    assert {("Anna Berg", "jobTitle", "Sterling Chair in Arctic Studies"), ("Erik Dahl", "jobTitle", "Baltic Chair")} <= facts


def test_whom_a_post_serves_may_be_a_hyphened_title(extract_text):
    facts = facts_of(extract_text("The delegation was greeted by Ms. Eva Lund, Assistant to the Vice-Rector, and Mr. Jan Berg."))
    assert ("Eva Lund", "jobTitle", "Assistant to the Vice-Rector") in facts


def test_a_body_named_before_by_its_head_word_ends_a_title_chain(extract_text):
    facts = facts_of(extract_text("On December 4th, 2018, the Eastbay Academy of Social Sciences organized the Opening Ceremony "
                                  "of the Conference.\n\nAttending the Opening Ceremony included: Prof.Dr. Tran Minh Khoa, "
                                  "President of the Academy and Vice President of the Academy – Prof.Dr. Le Van Hai; "
                                  "Dr. Maria Holt, President of NRC."))
    assert ("Tran Minh Khoa", "affiliation", "Eastbay Academy of Social Sciences") in facts


def test_a_part_at_a_gathering_in_apposition_is_no_job_title(extract_text):
    facts = facts_of(extract_text("The panel was opened by Ola Berg, a panellist, and Eva Lund, the second guest speaker, "
                                  "both of the Polar Institute."))
    assert not [f for f in facts if f[1] == "jobTitle" and ("panellist" in f[2] or "speaker" in f[2])]


def test_people_listed_after_a_verb_take_no_title_from_the_noun_before_it(extract_text):
    facts = facts_of(extract_text("Other distinguished members included: Nora Pell, Chief Executive Officer, Harbor "
                                  "Solutions; and Ivo Marek, Editor, Baltic Horizons."))
    assert ("Nora Pell", "jobTitle", "Chief Executive Officer") in facts
    assert not any(r == "jobTitle" and "member" in o for _, r, o in facts)


def test_a_counterpart_is_no_title(extract_text):
    facts = facts_of(extract_text("Mr Lind met his Norlandic counterpart, Tomas Berg, in Oslo on Monday. Ms Holt, who is in "
                                  "Oslo with her Norwegian counterpart Ivo Marek, said the talks went well."))
    assert not any(r == "jobTitle" and "counterpart" in o for _, r, o in facts)


def test_a_title_before_a_name_reads_a_body_named_in_quotes(extract_text):
    facts = facts_of(extract_text("The guests were greeted by rector of “Nordic University”, Prof. Arvo Kallas, who "
                                  "praised the collaboration."))
    assert {("Arvo Kallas", "jobTitle", "rector"), ("Arvo Kallas", "affiliation", "Nordic University")} <= facts


def test_how_someone_is_addressed_is_no_part_of_the_title_after_it(extract_text):
    x = extract_text("The envoys met with Her Excellency Ambassador Layla Fardan, Assistant Minister of Foreign Affairs "
                     "and International Cooperation for Political Affairs, Permanent Representative of Norland.")
    facts = facts_of(x)
    assert ("Layla Fardan", "jobTitle", "Ambassador") in facts
    assert not any("Excellency" in o for _, r, o in facts if r == "jobTitle")
    assert "Political Affairs" not in names_of(x)  # the post's field, no one's name


def test_a_surname_that_is_also_a_word_ends_the_name_after_a_fielded_title(extract_text):
    facts = facts_of(extract_text("Director Anna Berg held meetings with the Minister of Foreign Affairs and Human "
                                  "Mobility Tomas Lind in Quito."))
    assert ("Tomas Lind", "jobTitle", "Minister of Foreign Affairs and Human Mobility") in facts


def test_a_bodys_short_name_before_two_titles_joined_by_and_owns_both(extract_text):
    facts = facts_of(extract_text("Anna Berg, UN Under Secretary-General and Special Adviser, spoke in Geneva."))
    assert {("Anna Berg", "jobTitle", "Under Secretary-General"), ("Anna Berg", "jobTitle", "Special Adviser"),
            ("Anna Berg", "affiliation", "UN")} <= facts


def test_two_posts_joined_by_and_are_two_titles_but_paired_modifiers_make_one(extract_text):
    facts = facts_of(extract_text("Present at the signing were Ada Morrow, Ambassador and International Strategic "
                                  "Advisor at Keller Chambers; and Ivo Marek, Ambassador Extraordinary and "
                                  "Plenipotentiary, of the Norland embassy."))
    assert {("Ada Morrow", "jobTitle", "Ambassador"), ("Ada Morrow", "jobTitle", "International Strategic Advisor"),
            ("Ivo Marek", "jobTitle", "Ambassador Extraordinary and Plenipotentiary")} <= facts


def test_a_region_in_brackets_after_a_title_is_its_field_even_where_named_again(extract_text):
    x = extract_text("Anil Rao, Secretary (East), Ministry of External Affairs, co-chaired the consultations in Oslo "
                     "on Tuesday. During the visit, Secretary (East) also paid a courtesy call on the Foreign Minister.")
    titles = {o for s, r, o in facts_of(x) if s == "Anil Rao" and r == "jobTitle"}
    assert titles == {"Secretary (East)"}
    assert ("Anil Rao", "affiliation", "Ministry of External Affairs") in facts_of(x)


def test_a_title_keeps_the_article_of_its_field_as_written(extract_text):
    facts = facts_of(extract_text("The forum opened with remarks from Tom Hale, professor of the practice of public "
                                  "policy. In her speech, Prof. Ada Morrow, head of the project, praised the partners."))
    assert {("Tom Hale", "jobTitle", "professor of the practice of public policy"),
            ("Ada Morrow", "jobTitle", "head of the project")} <= facts


def test_a_part_at_a_gathering_named_by_the_gathering_is_no_title(extract_text):
    facts = facts_of(extract_text("Tom Hale, the event host, welcomed the guests to the Tromso Dialogue on Monday. "
                                  "Ada Morrow, the campaign director of Fjord Aid, spoke."))
    assert not any(s == "Tom Hale" and r == "jobTitle" for s, r, _ in facts)
    assert ("Ada Morrow", "jobTitle", "campaign director") in facts


def test_a_second_capitalised_post_after_and_is_a_title_of_its_own(extract_text):
    facts = facts_of(extract_text("The panelists included: Ada Morrow (Founder and Managing Director, Fjord Consulting) "
                                  "and Ivo Marek (Senior Fellow, Keller Institute)."))
    assert {("Ada Morrow", "jobTitle", "Founder"), ("Ada Morrow", "jobTitle", "Managing Director")} <= facts
    assert not any(s == "Ivo Marek" and o == "Managing Director" for s, _, o in facts)


def test_a_whip_and_a_clerk_are_posts_no_people(extract_text):
    x = extract_text("The delegation was accompanied by Mr. Ola Brenn, Opposition Whip, and Ms. Kari Lunde, Principal Clerk.")
    people = {n for c, ns in x.names.items() if "Person" in x.kinds[c] for n in ns}
    assert not people & {"Opposition Whip", "Principal Clerk"}
    assert {("Ola Brenn", "jobTitle", "Opposition Whip"), ("Kari Lunde", "jobTitle", "Principal Clerk")} <= facts_of(x)


def test_a_speakers_name_with_a_courtesy_title_alone_on_its_line_takes_the_next_line_as_its_posts(extract_text):
    facts = facts_of(extract_text(
        "The Harbor Forum met in Oslo on Monday.\nSpeakers\nMs. Ingrid Dahl\nPresident, Northfield Policy Institute\n"
        "Dr. Tomas Berg\nSenior Fellow, Ashby Institute for Maritime Studies\n"))
    assert ("Ingrid Dahl", "jobTitle", "President") in facts
    assert ("Ingrid Dahl", "affiliation", "Northfield Policy Institute") in facts
    assert ("Tomas Berg", "affiliation", "Ashby Institute for Maritime Studies") in facts


def test_a_title_held_for_a_field_is_no_body_though_the_tagger_takes_it_for_one(extract_text):
    x = extract_text("The Harbor Forum met in Oslo on Monday.\nSpeakers\nMr. Tomas Berg\n"
                     "Former Trade Minister & Senior Advisor for Regional Affairs, Northfield Policy Institute\n")
    assert "Advisor for Regional Affairs" not in names_of(x)
    assert ("Tomas Berg", "affiliation", "Northfield Policy Institute") in facts_of(x)


def test_the_right_honourable_before_a_name_is_courtesy_and_the_title_before_it_is_the_persons(extract_text):
    x = extract_text("Harbor Union Secretary General, The Rt Hon Ingrid Dahl QC, said the talks went well.")
    assert "Ingrid Dahl" in {n for c, ns in x.names.items() if "Person" in x.kinds.get(c, ()) for n in ns}
    assert ("Ingrid Dahl", "jobTitle", "Secretary General") in facts_of(x)
    assert ("Ingrid Dahl", "affiliation", "Harbor Union") in facts_of(x)


def test_a_post_joined_to_its_body_by_a_hyphen_is_no_part_of_the_bodys_name(extract_text):
    x = extract_text("The panel will be moderated by Prof. Ana Silva, Director-Institute of Baltic Studies, Northfield "
                     "University, and by Tomas Berg, Chairman-Harbor Foundation.")
    facts = facts_of(x)
    assert ("Ana Silva", "jobTitle", "Director") in facts
    assert ("Ana Silva", "affiliation", "Institute of Baltic Studies") in facts
    assert ("Tomas Berg", "affiliation", "Harbor Foundation") in facts


def test_a_post_and_its_field_tagged_as_a_person_names_no_one(extract_text):
    x = extract_text("Professor Jorg Bley, Dean of International Business School Harbin (IBSH), Professor Anna Kowalski, "
                     "Associate Dean for Internationalisation, Dr  Emily Holm, Head of the Department of Baltic Studies, "
                     "were all present at the ceremony.")
    assert not any(n.startswith("for ") for n in names_of(x))
    assert ("Anna Kowalski", "jobTitle", "Associate Dean for Internationalisation") in facts_of(x)


def test_how_one_is_addressed_before_a_title_is_no_part_of_it(extract_text):
    facts = facts_of(extract_text("Lars Holm received H.E. Ambassador Tomas Berg in Oslo."))
    assert ("Tomas Berg", "jobTitle", "Ambassador") in facts
    assert ("Tomas Berg", "jobTitle", "H.E. Ambassador") not in facts


def test_an_academician_of_an_academy_holds_a_title_there(extract_text):
    facts = facts_of(extract_text(
        "The forum was attended by notable figures, including Lars Holm, Vice Minister of the Ministry of Trade of the "
        "Republic of Norland and Academician of the Norland Academy of Engineering; and Ana Silva, President of "
        "Harbor University and Academician of the Norland Academy of Sciences."))
    assert ("Ana Silva", "jobTitle", "Academician") in facts
    assert ("Lars Holm", "affiliation", "Ministry of Trade of the Republic of Norland") in facts


def test_a_field_written_right_after_a_title_with_no_of_is_the_posts(extract_text):
    x = extract_text("The delegation includes Vice-Chancellor and President, Professor Scott Bowen; Vice-President "
                     "Global and External Relations, Shannon Holm; Emeritus Professor International Law, Professor "
                     "David Prior; and others.")
    facts = facts_of(x)
    assert ("Shannon Holm", "jobTitle", "Vice-President Global and External Relations") in facts
    assert not any(o == "Global and External Relations" for _, r, o in facts if r == "affiliation")
    assert "International Law" not in names_of(x)


def test_a_name_written_with_its_initial_run_into_the_place_before_it_is_the_persons(nlp):
    # (the tagger reads "the Russian Federation D.Tsend" as one place where the report names him elsewhere)
    from spacy.tokens import Span

    from kg.extract.titles import _split_known_name

    doc = nlp.make_doc("Ambassador of Mongolia to the Russian Federation D.Tsend visited the university.")
    place = Span(doc, 5, 8, label="Place")
    assert [(s.text, s.label_) for s in _split_known_name(place, {"D.Tsend"})] == [
        ("Russian Federation", "Place"), ("D.Tsend", "Person")]
    assert _split_known_name(Span(doc, 2, 3, label="Place"), {"Mongolia"}) == []  # (a name of one word alone)


def test_the_country_an_ambassador_is_posted_to_is_not_the_body_of_the_post(extract_text):
    facts = facts_of(extract_text("Lars Holm, Ambassador of the Harbor Union to the Russian Federation, spoke at the forum."))
    assert ("Lars Holm", "affiliation", "Harbor Union") in facts
    assert ("Lars Holm", "affiliation", "Russian Federation") not in facts


def test_the_heads_of_state_are_people_who_hold_a_post_not_a_body(extract_text):
    x = extract_text("The 24th summit of the Council of Heads of State of the Harbor Cooperation Organization opened "
                     "today in Oslo. The summit will see three statements from the Heads of State.")
    assert not any(n == "Heads of State" for c, ns in x.names.items() if "Organization" in x.kinds.get(c, ()) for n in ns)


def test_a_university_called_by_its_first_word_before_a_title_is_the_holders_body(extract_text):
    facts = facts_of(extract_text("The forum was organized by Tsinghua University and Harbor University. Tsinghua "
                                  "University President Qiu Ming and Harbor President Ana Silva began the event."))
    assert ("Ana Silva", "affiliation", "Harbor University") in facts
    assert ("Ana Silva", "jobTitle", "President") in facts


def test_a_word_that_opens_a_ministrys_name_before_a_title_is_no_body(extract_text):
    facts = facts_of(extract_text("A Foreign Ministry statement said it. He met Norland Foreign Minister Lars Holm."))
    assert ("Lars Holm", "affiliation", "Foreign Ministry") not in facts


def test_courtesy_titles_run_between_a_post_and_a_name_leave_the_post_the_names(extract_text):
    facts = facts_of(extract_text(
        "A memorandum was signed between HTU and Norland University (NU). Signing on behalf of the parties were HTU "
        "President Ir Prof Academician Dato’ Dr Tan Hean Seng and NU President Prof Ana Silva."))
    assert ("Tan Hean Seng", "jobTitle", "President") in facts
    assert ("Tan Hean Seng", "affiliation", "HTU") in facts


def test_where_someone_stands_in_a_photograph_is_no_title(extract_text):
    facts = facts_of(extract_text("Prof Zhao and Prof Tan (front row, from left) exchanging the MoU\n\nA memorandum was "
                                  "signed between HTU and Norland University (NU) on 7 November 2018. Signing were HTU "
                                  "President Prof Tan Hean Seng and NU President Prof Zhao Ji Hong."))
    assert not any(r == "jobTitle" and "row" in o for _, r, o in facts)


def test_its_before_a_title_is_the_body_named_last_before_it(extract_text):
    x = extract_text("Harbor University signed an agreement with the Lund Chamber of Commerce, represented by its "
                     "president Lars Holm, and a memorandum with the Nordvik Trade Council, represented by its chairman, "
                     "Ola Brenn.")
    facts = facts_of(x)
    assert ("Lars Holm", "affiliation", "Lund Chamber of Commerce") in facts
    assert ("Ola Brenn", "affiliation", "Nordvik Trade Council") in facts


def test_a_unit_written_after_its_body_and_an_apostrophe_is_the_bodys(extract_text):
    x = extract_text("Lars Holm, Researcher with the Nordvik Council’s Ethics Programme, spoke.")
    facts = facts_of(x)
    assert ("Ethics Programme", "parentOrganization", "Nordvik Council") in facts
    assert ("Nordvik Council", "parentOrganization", "Ethics Programme") not in facts


def test_a_body_of_several_words_right_before_a_title_and_a_name_is_the_holders(extract_text):
    x = extract_text("Lars Holm signed a memorandum of understanding with Oslo Chamber of Commerce general secretary Ola "
                     "Brenn in Bergen.")
    assert ("Ola Brenn", "affiliation", "Oslo Chamber of Commerce") in facts_of(x)


def test_a_place_called_by_its_first_word_before_a_title_is_the_holders(extract_text):
    x = extract_text("Harbor Governor Maria Lopez also signed as witness to the agreement. The agreement covers Harbor "
                     "Province and Lund City.")
    facts = facts_of(x)
    assert {("Maria Lopez", "affiliation", "Harbor Province"), ("Maria Lopez", "jobTitle", "Governor")} <= facts


def test_the_place_a_body_is_based_in_is_no_body_of_the_person(extract_text):
    for text in ("The forum opened on Monday. Anna Berg, executive director of the Oslo-based Polar Institute, spoke.",
                 "The forum opened on Monday. Anna Berg, executive director, Oslo-based Polar Institute, spoke."):
        facts = facts_of(extract_text(text))
        assert ("Anna Berg", "affiliation", "Polar Institute") in facts
        assert not any(f[0] == "Anna Berg" and ("Oslo" in f[2] or "based" in f[2]) for f in facts)


_ITEMS = ("Nordvik University (NU) and Westbay University (WU) signed a Memorandum of Understanding on Monday. The "
          "ceremony was attended by Dean Academic Affairs (NU), Dr. Anna Berg; Director Academics (WU), Dr Tom Hale; "
          "Registrar (WU), Dr Ida Moe and Secretary Sports (NU), Dr. Ola Lindqvist.")


def test_a_posts_field_before_its_bodys_short_name_in_a_list_item_is_no_one(extract_text):
    names = names_of(extract_text(_ITEMS))
    assert not names & {"Academics", "Sports", "Dean Academic Affairs"}


def test_a_list_item_giving_a_post_and_its_bodys_short_name_in_brackets_is_the_holders(extract_text):
    facts = facts_of(extract_text(_ITEMS))
    assert {("Anna Berg", "jobTitle", "Dean Academic Affairs"), ("Anna Berg", "affiliation", "Nordvik University"),
            ("Tom Hale", "jobTitle", "Director Academics"), ("Tom Hale", "affiliation", "Westbay University"),
            ("Ida Moe", "affiliation", "Westbay University"), ("Ola Lindqvist", "jobTitle", "Secretary Sports")} <= facts


def test_a_plural_title_heads_the_run_of_names_after_it_up_to_the_next_title(extract_text):
    facts = facts_of(extract_text(
        "The Nordvik Dialogue was held in Oslo. Others who attended also included former Foreign Minister and MP Anna "
        "Berg, MPs Tom Hale, Ida Moe and Kari Lund, activist Ola Lindqvist, economists Lars Vik and Nils Dahl."))
    assert {(name, "jobTitle", "MP") for name in ("Tom Hale", "Ida Moe", "Kari Lund")} <= facts
    assert ("Ola Lindqvist", "jobTitle", "MP") not in facts and ("Lars Vik", "jobTitle", "MP") not in facts
