"""Event frames (kg/extract/frames.py): everyone a clause says took part, and in which event."""
from tests.conftest import facts_of


def test_each_person_of_a_described_list_attended_but_not_their_employers(extract_text):
    facts = facts_of(extract_text(
        "The Harbour Forum opened in Oslo on Monday. Ingrid Dahl, Director of the Polar Institute, Tomas Berg, "
        "Professor at Nordvik University, and Lena Holm attended the forum."))
    assert {("Harbour Forum", "participant", name) for name in ("Ingrid Dahl", "Tomas Berg", "Lena Holm")} <= facts
    assert ("Harbour Forum", "participant", "Polar Institute") not in facts


def test_passive_agents_chair_the_event_that_is_the_subject(extract_text):
    facts = facts_of(extract_text("The Arctic Dialogue was co-chaired by Maria Olsen and Jonas Eklund."))
    assert {("Arctic Dialogue", "participant", "Maria Olsen"), ("Arctic Dialogue", "participant", "Jonas Eklund")} <= facts


def test_a_speech_with_no_event_named_is_given_at_the_event_in_focus(extract_text):
    facts = facts_of(extract_text(
        "The Baltic Science Summit was held in Riga. The summit drew 300 scholars. "
        "Anna Ozola delivered welcoming remarks."))
    assert ("Baltic Science Summit", "participant", "Anna Ozola") in facts


def test_a_delegation_stands_for_its_leader_and_whom_it_met_took_part_too(extract_text):
    facts = facts_of(extract_text(
        "The Nordic Energy Forum took place in Bergen. A delegation led by Karin Voss attended the forum "
        "and met with Piet Jansen."))
    assert ("Nordic Energy Forum", "participant", "Karin Voss") in facts
    assert ("Nordic Energy Forum", "participant", "Piet Jansen") in facts


def test_a_denied_frame_gives_no_part(extract_text):
    facts = facts_of(extract_text("The Harbour Forum opened in Oslo. Ingrid Dahl did not attend."))
    assert ("Harbour Forum", "participant", "Ingrid Dahl") not in facts


def test_the_members_a_panel_includes_took_part_in_the_event_in_focus(extract_text):
    facts = facts_of(extract_text(
        "The Arctic Futures Forum took place in Tromso. The expert panel included Director of the Polar Council "
        "Ingrid Dahl, President of the Fjord Research Institute Erik Lunde, philosopher Tomas Berg and Lena Holm."))
    assert {("Arctic Futures Forum", "participant", n) for n in ("Ingrid Dahl", "Tomas Berg", "Lena Holm")} <= facts
    assert ("Arctic Futures Forum", "participant", "Polar Council") not in facts


def test_a_visit_paid_to_someone_has_visitor_and_host_taking_part_on_the_day_given(extract_text):
    facts = facts_of(extract_text(
        "On March 3, President Hanna Lutz of Westbridge University visited Northfield College to pay a courtesy "
        "visit to President Omar Haddad.", date="2025-03-20"))
    assert {("courtesy visit", "participant", n) for n in ("Hanna Lutz", "Omar Haddad", "Northfield College")} <= facts
    assert ("courtesy visit", "date", "2025-03-03") in facts


def test_the_head_of_a_delegation_and_the_other_members_it_included_took_part(extract_text):
    facts = facts_of(extract_text(
        "The Polar Institute hosted a meeting with a delegation from Nordvik University. The delegation was headed "
        "by Mr. Tomas Berg. Other members of the delegation included Ms. Lena Holm."))
    took_part = {o for s, r, o in facts if s.startswith("meeting") and r == "participant"}
    assert {"Tomas Berg", "Lena Holm"} <= took_part


def test_heading_a_body_is_no_part_in_an_event(extract_text):
    facts = facts_of(extract_text("The Harbour Forum opened in Oslo. Ingrid Dahl heads the Polar Institute."))
    assert ("Harbour Forum", "participant", "Ingrid Dahl") not in facts


def test_a_visit_told_only_by_its_verb_is_an_event_with_visitors_hosts_and_place(extract_text):
    facts = facts_of(extract_text(
        "A delegation led by Marta Lindgren visited Westbridge University on Saturday. "
        "The delegation called upon Vice Chancellor Omar Haddad."))
    assert {("visit", "participant", "Marta Lindgren"), ("visit", "participant", "Omar Haddad"),
            ("visit", "location", "Westbridge University")} <= facts


def test_those_present_on_the_occasion_took_part(extract_text):
    facts = facts_of(extract_text(
        "The Harbour Forum opened in Oslo. Ingrid Dahl, Tomas Berg and Lena Holm were also present on the occasion."))
    assert {("Harbour Forum", "participant", n) for n in ("Ingrid Dahl", "Tomas Berg", "Lena Holm")} <= facts


def test_calling_on_someone_to_act_is_no_visit(extract_text):
    facts = facts_of(extract_text("The Harbour Forum opened in Oslo. Sven Dahl called on Ingrid Holm to resign."))
    assert ("Harbour Forum", "participant", "Ingrid Holm") not in facts


def test_a_list_parted_by_semicolons_joins_the_passive_agent(extract_text):
    facts = facts_of(extract_text(
        "The Arctic Dialogue opened in Tromso. The co-chairs were joined in the Nordic delegation by Harbour Council "
        "President Ingrid Dahl; Vice President of the Polar Council Tomas Berg; and former minister Lena Holm."))
    assert {("Arctic Dialogue", "participant", n) for n in ("Ingrid Dahl", "Tomas Berg", "Lena Holm")} <= facts


def test_an_event_named_as_someones_body_is_not_the_one_they_attend(extract_text):
    facts = facts_of(extract_text(
        "The Arctic Dialogue opened in Tromso. It was attended by Anna Berg, President of the Pacific Forum."))
    assert ("Arctic Dialogue", "participant", "Anna Berg") in facts


def test_one_who_speaks_in_a_keynote_speech_at_a_forum_spoke_at_the_forum_on_the_day_given(extract_text):
    x = extract_text("Forum calls for dialogue\n\nOSLO, May 4 (Nordpress) -- At a forum opened here Tuesday, scholars "
                     "met. Ingrid Dahl, chair of the Polar Council, said in her keynote speech that trade must grow.",
                     date="2021-05-04")
    facts = facts_of(x)
    assert any(r == "participant" and o == "Ingrid Dahl" and s.startswith("forum") for s, r, o in facts)
    assert any(r == "date" and o == "2021-05-04" and s.startswith("forum") for s, r, o in facts)
    assert not any("speech" in names[0] for names in x.names.values())


def test_those_at_an_event_gathering_somewhere_put_it_there(extract_text):
    facts = facts_of(extract_text("Speakers at the Nordic Climate Forum came together in Bergen to discuss trade."))
    assert ("Nordic Climate Forum", "location", "Bergen") in facts


def test_the_members_of_a_bodys_team_work_for_the_body(extract_text):
    facts = facts_of(extract_text(
        "The Harbour Forum opened in Oslo. Members of the Polar Institute team included Maria Olsen and Tomas Berg."))
    assert {("Maria Olsen", "affiliation", "Polar Institute"), ("Tomas Berg", "affiliation", "Polar Institute")} <= facts


def test_no_one_takes_part_in_an_ongoing_happening_just_by_being_in_the_story(extract_text):
    facts = facts_of(extract_text(
        "The tsunami struck the coast on Sunday. The tsunami killed thousands. Foreign Secretary Jack Straw "
        "is to visit Thailand this week."))
    assert not any(r == "participant" and o == "Jack Straw" for _, r, o in facts)


def test_those_joined_by_others_take_part_as_well(extract_text):
    facts = facts_of(extract_text(
        "The Arctic Dialogue opened in Tromso. Co-directors Maria Olsen and Tomas Berg were joined in the delegation "
        "by Anna Ruiz."))
    assert {("Arctic Dialogue", "participant", n) for n in ("Maria Olsen", "Tomas Berg", "Anna Ruiz")} <= facts


def test_partners_in_collaboration_take_part_too(extract_text):
    facts = facts_of(extract_text("The Harbour Policy Project, in collaboration with the Polar Institute and the Nordic "
                                  "Council, held a dialogue with scholars at Tromso."))
    assert {("dialogue with scholars", "participant", b) for b in ("Polar Institute", "Nordic Council")} <= facts


def test_those_a_copula_puts_among_the_participants_took_part(extract_text):
    facts = facts_of(extract_text(
        "The Arctic Governance Forum opened in Tromsø on Monday.\n\n"
        "Finnish President Aino Virtanen, Estonian Prime Minister Mart Kask and members of the Polar Council "
        "are among the participants of the Polar Youth Summit, held beside it."))
    assert {("Polar Youth Summit", "participant", n) for n in ("Aino Virtanen", "Mart Kask")} <= facts


def test_the_discussant_and_the_keynote_speakers_took_part(extract_text):
    facts = facts_of(extract_text(
        "On Friday the Polar Institute hosted a seminar on Arctic shipping.\n\n"
        "The keynote speakers were Prof Ingrid Dahl, Director of the Fjord Centre; and Prof Tomas Berg, "
        "Dean of Nordvik University. The discussant was Ms Lena Holm, Policy Analyst."))
    assert {("seminar on Arctic shipping", "participant", n) for n in ("Ingrid Dahl", "Tomas Berg", "Lena Holm")} <= facts



def test_those_a_discussion_is_with_in_a_semicolon_list_took_part(extract_text):
    facts = facts_of(extract_text(
        "Maureen Boyd moderated a panel discussion with Catherine Berg, Minister of Infrastructure (MP Ottawa "
        "Centre); Ingrid Dahl, Critic for Foreign Affairs (MP Bergen North); and Heather Holm, Critic for "
        "International Development."))
    event = next(s for s, r, o in facts if r == "participant" and o == "Maureen Boyd")
    assert {(event, "participant", n) for n in ("Catherine Berg", "Heather Holm")} <= facts
    assert not any("MP Ottawa Centre" in (s, o) for s, r, o in facts)  # a member's seat, no name


def test_the_members_of_the_delegation_named_before_are_of_its_body(extract_text):
    facts = facts_of(extract_text(
        "A group of staff from Eastbay University has visited Nordvik University. The delegation included "
        "Vice-Rector Professor Ingrid Dahl and staff member Tomas Berg."))
    assert {(n, "affiliation", "Eastbay University") for n in ("Ingrid Dahl", "Tomas Berg")} <= facts


def test_the_body_a_visiting_delegation_is_from_takes_part(extract_text):
    facts = facts_of(extract_text("A delegation of 11 faculty and students from Eastbay University visited Northfield "
                                  "University on May 3."))
    assert ("visit", "participant", "Eastbay University") in facts
    assert ("visit", "participant", "Northfield University") in facts


def test_those_who_inaugurate_a_gathering_and_a_second_by_take_part(extract_text):
    facts = facts_of(extract_text(
        "The three-day virtual conclave organized by the Lake Institute was inaugurated by a group of dignitaries, "
        "including Foreign Minister Rafael Moreno, Ingrid Dahl (Former Minister of Trade) and by Prof. Dr Kenji Sato "
        "(Professor, Keio University)."))
    assert ("three-day virtual conclave", "participant", "Rafael Moreno") in facts
    assert ("three-day virtual conclave", "participant", "Kenji Sato") in facts


def test_a_side_is_a_group_whose_members_take_part(extract_text):
    facts = facts_of(extract_text("The Baltic Energy Forum opened in Riga on Monday. The Latvian side comprised "
                                  "Ambassador Janis Berzins and Dr. Ilze Kalnina."))
    assert ("Baltic Energy Forum", "participant", "Janis Berzins") in facts


def test_each_titled_name_of_a_list_opening_the_clause_takes_part(extract_text):
    facts = facts_of(extract_text(
        "The Lake Forum opened on Monday. Ambassador Yang Mei of the Chinese Embassy in Zambia, minister Wan Qiang of "
        "the Ministry of Education of Zambia, deputy permanent secretary Peggy Banda of the Zambian Ministry of Higher "
        "Education, etc, presented at the opening ceremony and delivered their speeches."))
    assert {("opening ceremony", "participant", p) for p in ("Yang Mei", "Wan Qiang", "Peggy Banda")} <= facts


def test_the_body_one_signs_with_is_a_side_of_the_signing(extract_text):
    facts = facts_of(extract_text("The vice chancellor of Lake University, Prof Ravi Rai on Tuesday signed a memorandum "
                                  "of understanding (MoU) with Federal University, Ikot, located in Akwa State of Nigeria."))
    assert ("signing", "participant", "Federal University") in facts


def test_where_visitors_were_welcomed_is_where_the_visit_was(extract_text):
    facts = facts_of(extract_text(
        "Ambassador of Cyprus is welcomed at Lake University\n\nThe goal of the visit was to bring Brazil and Cyprus "
        "closer together.\n\nOn March 13, the ambassador of Cyprus, Vasilios Andreou, and his delegation were welcomed "
        "by the President of Lake University, Ana Berg. The guests were welcomed at the Noble Hall of the President's "
        "Office.", date="2024-03-20"))
    assert ("visit", "location", "Lake University") in facts
    assert ("visit", "location", "Noble Hall") in facts
    assert ("visit", "date", "2024-03-13") in facts


def test_those_introduced_at_the_event_took_part_as_did_who_introduced_them(extract_text):
    x = extract_text("The society held a forum on diplomacy on Monday. The society's leaders, Ana Ruiz and Ben Okafor, "
                     "introduced H.E. Carla Mendes (Brazil) and H.E. Omar Haddad (Jordan).")
    people = {o for s, r, o in facts_of(x) if r == "participant"}
    assert {"Ben Okafor", "Carla Mendes", "Omar Haddad"} <= people


def test_the_members_of_a_team_someone_led_at_a_meeting_took_part_for_its_body(extract_text):
    facts = facts_of(extract_text("The Harbour Institute (HSI) hosted the meeting. Dr. Ana Ruiz led the HSI team at the "
                                  "meeting, comprising Mr. Ivo Tamm, Director Research, and Ms. Mia Sato, Senior Researcher."))
    assert {("meeting", "participant", "Ivo Tamm"), ("Ivo Tamm", "affiliation", "Harbour Institute"),
            ("Mia Sato", "affiliation", "Harbour Institute")} <= facts


def test_bodies_that_coordinated_a_dialogue_took_part_in_it(extract_text):
    facts = facts_of(extract_text("Experts from both countries held a track-II dialogue in Delhi on Monday. The Harbour "
                                  "Institute and the Institute for Ocean Studies, Westbridge University, coordinated the dialogue."))
    assert {("track-II dialogue", "participant", "Harbour Institute"),
            ("track-II dialogue", "participant", "Institute for Ocean Studies")} <= facts


def test_those_whose_participation_or_presence_an_event_had_took_part_in_it(extract_text):
    facts = facts_of(extract_text("The seminar was held in Oslo with the participation of Karin Voss and the Polar Institute."))
    assert {("seminar", "participant", "Karin Voss"), ("seminar", "participant", "Polar Institute")} <= facts
    facts = facts_of(extract_text("Karin Voss and Tom Berg signed the agreement in the presence of Minister Lena Holm."))
    assert ("signing", "participant", "Lena Holm") in facts


def test_a_meeting_that_took_place_is_an_event_though_written_with_a(extract_text):
    facts = facts_of(extract_text(
        "It was an auspicious meeting that took place at the Oslo Office of Nord University, with the participation "
        "of Dr. Karin Voss, the vice-rector for Academic Affairs; and Lena Holm."))
    assert {("auspicious meeting", "participant", "Karin Voss"), ("auspicious meeting", "location", "Oslo Office")} <= facts


def test_the_people_a_plural_subject_includes_took_part_where_their_speeches_were_made(extract_text):
    facts = facts_of(extract_text(
        "The Arctic Forum opened in Oslo on Monday. Five top officials made keynote speeches in the opening ceremony, "
        "including Karin Voss, Secretary-General of the Polar Union; Tom Berg, Director General of the Fjord Agency; "
        "and Lena Holm, Rector of Nord University."))
    assert {("opening ceremony", "participant", n) for n in ("Karin Voss", "Tom Berg", "Lena Holm")} <= facts


def test_every_body_a_delegation_visited_was_a_place_of_the_visit(extract_text):
    facts = facts_of(extract_text(
        "Professor Karin Voss led the delegation, which visited the University of Ibadan, University of Lagos, "
        "University of Cape Coast, and the University of Ghana."))
    assert {("visit", "location", u) for u in ("University of Ibadan", "University of Lagos", "University of Ghana")} <= facts


def test_the_bodies_listed_after_a_by_that_the_parser_hung_elsewhere_took_part(extract_text):
    facts = facts_of(extract_text(
        "The Dialogue was organized in partnership by the Island Forum Secretariat (IFS), the Northfield Institute, "
        "and the Ocean Council."))
    assert {("Dialogue", "participant", body) for body in
            ("Island Forum Secretariat", "Northfield Institute", "Ocean Council")} <= facts


def test_the_body_whose_post_an_organisers_apposition_names_is_no_organiser(extract_text):
    facts = facts_of(extract_text(
        "The visit of the rectors was organised by Anna Kowal, Nordvik University’s Vice-Rector for International Affairs."))
    assert ("visit of the rectors", "participant", "Anna Kowal") in facts
    assert ("visit of the rectors", "participant", "Nordvik University") not in facts


def test_the_body_a_moderators_title_names_is_no_item_of_the_by_list(extract_text):
    facts = facts_of(extract_text("The session was moderated by Radio Nord presenter Eva Lind."))
    assert ("session", "participant", "Eva Lind") in facts
    assert ("session", "participant", "Radio Nord") not in facts


def test_the_sides_of_a_meeting_held_between_them_took_part(extract_text):
    facts = facts_of(extract_text("A meeting was held between the Nordvik University and the Bergen Museum of Anthropology."))
    assert {("meeting", "participant", "Nordvik University"), ("meeting", "participant", "Bergen Museum of Anthropology")} <= facts


def test_countries_a_dialogue_was_held_between_are_sides_not_its_place(extract_text):
    facts = facts_of(extract_text("In Oslo, a two-day dialogue was held between Norland and Fjordland."))
    assert {("two-day dialogue", "participant", "Norland"), ("two-day dialogue", "participant", "Fjordland")} <= facts
    assert ("two-day dialogue", "location", "Norland") not in facts


def test_who_hosted_a_gathering_a_relative_clause_tells_of_took_part_in_that_one(extract_text):
    facts = facts_of(extract_text("The forum opened with a dinner that was hosted by Maria Olsen."))
    assert ("dinner", "participant", "Maria Olsen") in facts
    assert ("forum", "participant", "Maria Olsen") not in facts


def test_a_reception_a_relative_clause_says_was_hosted_is_an_event(extract_text):
    facts = facts_of(extract_text("The meeting began with a reception on the 13th, which was hosted by Maria Olsen, "
                                  "and brought together different stakeholders."))
    assert ("reception", "participant", "Maria Olsen") in facts


def test_the_members_of_a_visiting_team_took_part_in_the_visit_told_by_its_verb(extract_text):
    # (the visit is told only by "hosted a delegation"; "the visiting team" is that delegation)
    facts = facts_of(extract_text(
        "Prof. Ana Ruiz hosted a delegation from Eastbay University on October 31. The visiting team comprised "
        "Dr. Omar Salim (Chairman of the Research Committee), Prof. Adam Berg (Head of the Language Department), "
        "and Mr. Tom Hale.", date="2024-11-05"))
    assert {("visit", "participant", p) for p in ("Ana Ruiz", "Omar Salim", "Adam Berg")} <= facts


def test_a_visit_to_a_bodys_campus_is_a_visit_to_that_body_by_the_delegations_body(extract_text):
    facts = facts_of(extract_text("A delegation from Eastbay University paid a courtesy visit to Nordvik University's "
                                  "Higashiyama Campus on September 3, 2025."))
    visit = next(s for s, r, o in facts if r == "date")
    assert {(visit, "participant", "Eastbay University"), (visit, "participant", "Nordvik University"),
            (visit, "location", "Nordvik University")} <= facts


def test_people_of_a_body_listed_as_a_group_are_of_it_and_take_part(extract_text):
    facts = facts_of(extract_text(
        "Eastbay University welcomed a delegation from Qingdao University. Attendants from the College of Medicine "
        "included Prof. Nancy Zaghloul, the vice dean, Prof. Enas Rahim, the director of educational development, "
        "and Prof. Mohamed Zazou, the hospital director."))
    for name in ("Nancy Zaghloul", "Enas Rahim", "Mohamed Zazou"):
        assert (name, "affiliation", "College of Medicine") in facts
    assert ("Enas Rahim", "jobTitle", "vice dean") not in facts
    assert ("Nancy Zaghloul", "jobTitle", "vice dean") in facts


def test_people_of_a_body_named_as_a_group_by_a_copula_are_of_it(extract_text):
    facts = facts_of(extract_text(
        "The Norland Association of Universities (NAU) held an opinion exchange meeting with UUK. Participants of the "
        "Norland Association of Universities were President Juichi Yamagiwa, Vice President Seiichi Matsuo and "
        "Managing Director Masato Kitani."))
    for name in ("Juichi Yamagiwa", "Seiichi Matsuo", "Masato Kitani"):
        assert (name, "affiliation", "Norland Association of Universities") in facts


def test_a_delegation_that_includes_a_roster_of_titles_and_names_is_of_its_body(extract_text):
    x = extract_text("The Eastbay University delegation to Norway includes Vice-Chancellor and President, Professor Karl "
                     "Brandt; Vice-President Global Relations, Sanna Holm; and Director of Global, Dr Arne Lie.")
    assert {(p, "affiliation", "Eastbay University") for p in ("Karl Brandt", "Sanna Holm", "Arne Lie")} <= facts_of(x)



def test_members_of_a_delegation_from_a_body_of_their_own_are_of_that_body(extract_text):
    x = extract_text("From the Swedish side, Nordic Peace Foundation's vice chairman Lars Holm led the delegation, which "
                     "comprised Dr. Anna Berg from the Arctic Policy Institute, Erik Dahl and Sara Lind from the Foundation "
                     "and Jon Vik.")
    facts = facts_of(x)
    assert {("Anna Berg", "affiliation", "Arctic Policy Institute"), ("Erik Dahl", "affiliation", "Nordic Peace Foundation"),
            ("Sara Lind", "affiliation", "Nordic Peace Foundation")} <= facts
    assert ("Anna Berg", "affiliation", "Nordic Peace Foundation") not in facts


def test_people_who_came_together_at_a_venue_put_the_gathering_there(extract_text):
    facts = facts_of(extract_text("At the Polar Think Tank Forum, which took place on 3 March 2015, researchers from many institutes "
                                  "came together at Nordic Hotel, Oslo, to talk about the Arctic."))
    assert {("Polar Think Tank Forum", "location", "Nordic Hotel"), ("Polar Think Tank Forum", "location", "Oslo")} <= facts


def test_people_a_colon_lists_after_a_bodys_staff_are_of_that_body(extract_text):
    facts = facts_of(extract_text("The delegation was greeted by the Eastbay University staff: Mr. Jan Berg, Vice Rector "
                                  "for Staff Policy, and Ms. Eva Lund, Assistant to the Vice-Rector."))
    assert {("Jan Berg", "affiliation", "Eastbay University"), ("Eva Lund", "affiliation", "Eastbay University")} <= facts


def test_those_listed_on_a_bodys_side_are_of_it_and_take_part(extract_text):
    facts = facts_of(extract_text("Eastbay University hosted a delegation from the Embassy. On the university side were the "
                                  "Registrar, Professor Ana Ruiz, and Dr Jon Dahl, with several deans."))
    assert {("Ana Ruiz", "affiliation", "Eastbay University"), ("Jon Dahl", "affiliation", "Eastbay University"),
            ("visit", "participant", "Ana Ruiz")} <= facts


def test_a_panel_moderated_by_someone_is_a_happening_named_without_its_moderator(extract_text):
    x = extract_text("The Keller Forum held a forum on rural credit in Tromso on May 3, 2019. The event also included "
                     "a panel discussion moderated by Ada Morrow, staff columnist, The Harbor Times.")
    facts = facts_of(x)
    assert ("panel discussion", "participant", "Ada Morrow") in facts
    assert not any(r == "participant" and o == "Harbor Times" for _, r, o in facts)  # her paper, not a side
    assert not any("moderated" in n for names in x.names.values() for n in names)


def test_those_a_panel_features_in_a_roster_take_part_in_it(extract_text):
    facts = facts_of(extract_text(
        "The forum closed with a panel discussion moderated by Ada Morrow, featuring: Nora Pell, senior fellow, Keller "
        "Institute; Tom Hale, policy director, Fjord Advocates for Families; and Ivo Marek, director, Institute for "
        "Rural Research."))
    assert {("panel discussion", "participant", p) for p in ("Ada Morrow", "Nora Pell", "Tom Hale", "Ivo Marek")} <= facts


def test_where_people_met_is_the_place_a_common_noun_names_in_apposition(extract_text):
    facts = facts_of(extract_text("The Harbor Forum opened on Monday. Its foreign ministers met in Fiji's capital Suva "
                                  "on Thursday to discuss trade."))
    assert any(r == "location" and o == "Suva" for _, r, o in facts)


def test_where_people_are_yet_to_meet_is_not_where_the_reported_gathering_was(extract_text):
    facts = facts_of(extract_text("The Harbor Ministers Meeting opened in Oslo on Monday. Leaders from 18 members of "
                                  "the Harbor Union are scheduled to meet in the Solomon Islands capital in September."))
    assert ("Harbor Ministers Meeting", "location", "Solomon Islands") not in facts
    assert ("Harbor Ministers Meeting", "location", "Oslo") in facts


def test_a_gathering_yet_to_come_that_the_clause_names_is_where_they_will_meet(extract_text):
    facts = facts_of(extract_text("Top leaders and experts will meet in Vik City on Friday for the Harbor Sea Conference."))
    assert ("Harbor Sea Conference", "location", "Vik City") in facts


def test_those_by_whom_remarks_were_given_spoke_at_the_gathering(extract_text):
    x = extract_text("On 27 October 2023, the Harbor Institute convened a workshop on robot rules in Oslo. Introductory "
                     "and welcome remarks were given by Maria Lopez, Lars Holm, Head of the Ethics Programme of the "
                     "Nordvik Council, and Ola Brenn.")
    facts = facts_of(x)
    for person in ("Maria Lopez", "Lars Holm", "Ola Brenn"):
        assert ("workshop on robot rules", "participant", person) in facts


def test_the_speakers_a_session_featured_after_a_colon_took_part_in_it(extract_text):
    x = extract_text("Maria Lopez moderated a session on “The Politics of Trade” that featured three esteemed speakers: "
                     "Lars Holm (former Senator from Bergen), Ola Brenn (former Senator from Lund), and John Carter "
                     "(Legislative Assistant for Senator David Brown).")
    facts = facts_of(x)
    session = next(ns[0] for ns in x.names.values() if ns[0].startswith("session"))
    assert {(session, "participant", p) for p in ("Lars Holm", "Ola Brenn", "John Carter")} <= facts


def test_whom_a_gathering_brought_together_took_part(extract_text):
    facts = facts_of(extract_text("The Nordvik Forum brought together Anna Berg, Tom Hale and Ida Moe."))
    assert {("Nordvik Forum", "participant", name) for name in ("Anna Berg", "Tom Hale", "Ida Moe")} <= facts


def test_whom_an_organiser_brought_together_for_a_gathering_took_part_with_it(extract_text):
    facts = facts_of(extract_text("The Polar Institute brought together more than 40 experts, including Anna Berg and "
                                  "Tom Hale, for the Nordvik Forum."))
    assert {("Nordvik Forum", "participant", name) for name in ("Polar Institute", "Anna Berg", "Tom Hale")} <= facts


def test_those_a_gathering_drew_took_part_but_not_those_criticism_came_from(extract_text):
    facts = facts_of(extract_text("The Nordvik Forum drew more than 300 delegates, including Anna Berg, Director of the "
                                  "Polar Institute."))
    assert ("Nordvik Forum", "participant", "Anna Berg") in facts
    x = extract_text("The Nordvik Forum opened on Monday. The scandal drew criticism from Anna Berg.")
    assert ("Nordvik Forum", "participant", "Anna Berg") not in facts_of(x)


def test_a_body_that_played_host_to_a_gathering_took_part(extract_text):
    facts = facts_of(extract_text("Westbay University played host to the Nordvik Forum on Trade."))
    assert ("Nordvik Forum on Trade", "participant", "Westbay University") in facts


def test_the_agent_of_a_passive_does_what_its_while_clause_says(extract_text):
    facts = facts_of(extract_text("The Polar Institute hosted a gala dinner on Monday. The need for trade was stressed by "
                                  "Prof Anna Berg while addressing the opening session of the Nordvik Conference on Rural Trade."))
    assert ("opening session of the Nordvik Conference on Rural Trade", "participant", "Anna Berg") in facts
    assert ("gala dinner", "participant", "Anna Berg") not in facts
