"""kg_events: specific happenings are events; kinds of happenings are not."""
from tests.conftest import facts_of, names_of


def _events(extraction):
    return {names[0] for cid, names in extraction.names.items() if "Event" in extraction.kinds[cid]}


def test_named_event_is_found(extract_text):
    assert "2024 Delhi Trade Summit" in _events(extract_text("Leaders gathered for the 2024 Delhi Trade Summit."))


def test_descriptive_event_phrase_is_found(extract_text):
    x = extract_text("Ghana and Peru held the first meeting of a joint commission on fisheries.")
    assert any(e.startswith("first meeting of") for e in _events(x))


def test_generic_plural_and_bare_mentions_are_not_events(extract_text):
    x = extract_text("Officials said regular dialogues and informal talks help, and dialogue on trade is vital.")
    assert _events(x) == set()


def test_organisation_in_a_quoted_title_is_not_an_entity(extract_text):
    x = extract_text('The session had the theme "Markets and the Age of Robots" and ended early.')
    assert not any("Age of Robots" in n for names in x.names.values() for n in names)


def test_indefinite_event_someone_takes_part_in_is_specific(extract_text):
    x = extract_text("Nokia and Ericsson will show the phone at a technology conference in Madrid.")
    assert "technology conference" in _events(x)


def test_event_topic_hung_on_the_verb_stays_in_the_name(extract_text):
    x = extract_text("The Senate Committee on Finance held a long inquiry into lending last year.")
    assert any("inquiry into lending" in e for e in _events(x))


def test_plural_talks_with_a_named_side_are_an_event(extract_text):
    x = extract_text("The Osaka Exchange began talks with the Tokyo Stock Exchange.")
    assert any(e.startswith("talks with") for e in _events(x))


def test_name_in_apposition_names_the_event(extract_text):
    x = extract_text("The chip was shown ahead of a big telecoms exhibition, Mobilex, which opens in Lisbon.")
    names = [n for cid, ns in x.names.items() if "Event" in x.kinds[cid] for n in ns]
    assert "Mobilex" in names and any("telecoms exhibition" in n for n in names)


def test_bare_noun_after_at_is_not_an_event(extract_text):
    assert _events(extract_text("Games will appear on the console at launch.")) == set()


def test_quoted_praise_is_not_part_of_the_event_name(extract_text):
    x = extract_text('Bosses held "frank and friendly" talks with the Oslo Bourse on Monday.')
    assert any(e.startswith("talks with") for e in _events(x))


def test_plural_event_with_its_topic_on_the_verb(extract_text):
    x = extract_text("Congressional leaders held hearings into its finances last year.")
    assert "hearings into its finances" in _events(x)


def test_event_a_speaker_is_in(extract_text):
    x = extract_text("In a panel discussion at a Linux summit, Mr Torvalds said patents were bad.")
    facts = facts_of(x)
    assert ("panel discussion", "participant", "Torvalds") in facts or ("panel discussion", "participant", "Mr Torvalds") in facts
    assert ("panel discussion", "superEvent", "Linux summit") in facts


def test_an_activity_in_a_gerund_is_no_particular_event(extract_text):
    x = extract_text("Pupils learn everything, from running a campaign to counting the votes.")
    assert _events(x) == set()


def test_someones_own_speech_is_a_particular_event(extract_text):
    x = extract_text("Bill Gates spoke in Las Vegas. In his keynote speech, Mr Gates only referred to it briefly.")
    assert ("keynote speech", "participant", "Bill Gates") in facts_of(x)


def test_a_named_event_does_not_take_a_lowercase_phrase_after_it(extract_text):
    x = extract_text("France won the Davis Cup for the tenth time last year.")
    assert "Davis Cup" in _events(x)
    assert not any("time" in e for e in _events(x))


def test_talks_between_named_sides_are_a_particular_event(extract_text):
    x = extract_text("Talks between Unilever and Nestle collapsed on Thursday.")
    facts = facts_of(x)
    talks = [e for e in _events(x) if e.lower().startswith("talks")]
    assert len(talks) == 1
    assert (talks[0], "participant", "Unilever") in facts and (talks[0], "participant", "Nestle") in facts


def test_talks_without_named_sides_stay_generic(extract_text):
    assert _events(extract_text("Talks between the two sides often collapse.")) == set()


def test_a_clock_time_is_no_part_of_an_event_name(extract_text):
    x = extract_text("Listeners can hear the full interview with Ian Wright on Radio Five Live's Sport Hour at 1800 GMT.")
    assert not any("GMT" in e or "1800" in e for e in _events(x))



def test_an_award_won_is_a_prize_not_an_event(extract_text):
    x = extract_text("Jamie Fox won the award for best actor. The awards ceremony was held in Los Angeles.")
    assert not any(names[0].lower().endswith("award") for c, names in x.names.items() if x.kinds[c] == {"Event"})


def test_a_named_award_is_still_an_event(nlp):
    doc = nlp("His portrayal had already earned him a prestigious Golden Globe award.")
    assert any(m.label_ == "Event" and "Golden Globe" in m.text for m in doc.spans["kg_mentions"])


def test_a_particular_disaster_is_an_event(extract_text):
    x = extract_text("The concert raised money for the victims of the Asian tsunami in December.")
    assert any(names[0].endswith("tsunami") for c, names in x.names.items() if x.kinds[c] == {"Event"})


def test_a_body_joined_by_and_to_an_events_name_is_the_names_first_half(extract_text):
    x = extract_text("The Eastbay University and Northfield Institute Dialogue was held in Geneva. The dialogue drew 40 scholars.")
    facts = facts_of(x)
    assert ("Eastbay University and Northfield Institute Dialogue", "location", "Geneva") in facts
    assert "Eastbay University" not in {n for names in x.names.values() for n in names}


def test_a_speech_given_at_a_named_gathering_is_no_event_of_its_own(extract_text):
    x = extract_text("The Baltic Science Summit opened in Riga. Anna Ozola delivered a keynote speech.")
    assert not any("speech" in names[0] for names in x.names.values())
    assert ("Baltic Science Summit", "participant", "Anna Ozola") in facts_of(x)


def test_a_placed_speech_is_an_event(extract_text):
    x = extract_text("Sven Dahl told the Oslo Trade Forum that rates would rise. In a speech in London, Mr Dahl said more.")
    assert any("speech in London" in names for names in x.names.values())


def test_a_quoted_name_before_an_event_noun_is_part_of_its_name_and_where_it_met_is_its_place(extract_text):
    x = extract_text('The Harbour Policy Project held a "Track II" dialogue with Nordic defence leaders at Westbridge.')
    names = [n for ns in x.names.values() for n in ns]
    assert any("Track II" in n and n.endswith("dialogue") for n in names)
    facts = facts_of(x)
    assert any(r == "location" and o == "Westbridge" for _, r, o in facts)
    assert not any(r == "participant" and o == "Westbridge" for _, r, o in facts)


def test_an_event_word_inside_a_bodys_name_makes_no_event(extract_text):
    x = extract_text("Philani Dube, Executive Director of the Institute for Global Dialogue, spoke in Pretoria.")
    assert not any("Global Dialogue" in names for names in x.names.values())
    assert any(names[0] == "Institute for Global Dialogue" and x.kinds[c] == {"Organization"} for c, names in x.names.items())


def test_a_webinar_is_a_gathering(extract_text):
    x = extract_text("On 4 March 2022, the Nordic Institute organised an international webinar on Arctic security. "
                     "Ambassador Ingrid Dahl delivered the opening remarks.")
    assert ("international webinar on Arctic security", "participant", "Ingrid Dahl") in facts_of(x)


def test_an_events_quoted_title_runs_to_its_closing_quote(extract_text):
    x = extract_text("The Polar Institute organised a seminar on “Trade and the Sea: Ports to the North” on Monday. "
                     "Ingrid Dahl chaired the seminar.")
    assert any(f[0] == "seminar on “Trade and the Sea: Ports to the North”" for f in facts_of(x))


def test_two_sides_signing_an_agreement_make_a_signing(extract_text):
    x = extract_text("On Tuesday, Nordvik University and Eastbay University signed a memorandum of understanding "
                     "on joint research.", date="2024-05-10")
    facts = facts_of(x)
    assert {("signing", "participant", u) for u in ("Nordvik University", "Eastbay University")} <= facts
    assert "signed a memorandum of understanding on joint research" in {n for ns in x.names.values() for n in ns}


def test_one_side_signing_a_letter_makes_no_event(extract_text):
    x = extract_text("As part of the draft deal, Norway has signed a letter of intent on tax reform.")
    assert not any(r == "participant" for _, r, _ in facts_of(x))


def test_a_forum_said_to_have_been_held_is_an_event_though_indefinite(extract_text):
    x = extract_text("On August 31, 2020, an international high-level thematic cloud forum under the theme of "
                     "“Moving Beyond Differences” was held in Oslo, sponsored by the Polar Think Tank Association.")
    assert any(s.startswith("international high-level thematic cloud forum") and r == "location" and o == "Oslo"
               for s, r, o in facts_of(x))


def test_an_events_name_keeps_its_capitalised_lead_in(extract_text):
    x = extract_text("The heads of five agencies came together at the AI for Good Global Summit to discuss AI governance.")
    assert "AI for Good Global Summit" in {n for ns in x.names.values() for n in ns}


def test_an_agreement_signed_by_several_is_a_signing_with_each_signer(extract_text):
    facts = facts_of(extract_text(
        "The agreement was signed by Ingrid Dahl, chairman of the Polar Council, Tomas Berg, president of Nordvik "
        "University of Norway, Lena Holm, Finnish foreign minister, and Erik Lunde, director general of NORDIS."))
    assert {("signing", "participant", n) for n in ("Ingrid Dahl", "Tomas Berg", "Lena Holm", "Erik Lunde")} <= facts


def test_a_courtesy_call_is_a_visit_with_the_one_called_on(extract_text):
    facts = facts_of(extract_text(
        "Professor Omar Osman paid a courtesy call on Ambassador Nazirah Hussain at the Malaysian Embassy in Bangkok."))
    call = next(s for s, r, o in facts if r == "participant" and o == "Omar Osman")
    assert call.startswith("courtesy call")
    assert {(call, "participant", "Nazirah Hussain"), (call, "location", "Malaysian Embassy")} <= facts


def test_a_call_for_reform_is_no_event(extract_text):
    facts = facts_of(extract_text("Ingrid Dahl renewed her call for reform of the Polar Council."))
    assert not any(r == "participant" for s, r, o in facts)


def test_a_role_in_apposition_to_an_event_does_not_name_it(extract_text):
    x = extract_text("The Centre organised a national seminar on Monday.\n\nAddressing the inaugural session, Chief "
                     "Guest, Mr. Carlos Duarte, Ambassador of Brazil in India said that the seminar was timely.")
    events = {ns[0] for cid, ns in x.names.items() if "Event" in x.kinds[cid]}
    assert "Guest" not in events and "Chief Guest" not in events


def test_a_sessions_roman_numeral_is_part_of_its_name(extract_text):
    x = extract_text("The dialogue had four working sessions.\n\nWorking Session I\n\nTrade and tariffs.\n\n"
                     "Working Session II\n\nEnergy and climate.")
    names = {n for ns in x.names.values() for n in ns}
    assert {"Working Session I", "Working Session II"} <= names
    events = [ns for c, ns in x.names.items() if "Event" in x.kinds[c]]
    assert not any("Working Session I" in ns and "Working Session II" in ns for ns in events)


def test_a_visit_is_named_by_where_it_went_so_two_visits_stay_two(extract_text):
    x = extract_text("The delegation paid a visit to the National Autonomous University of Mexico on Monday. On Tuesday "
                     "they made a visit to the University of Guadalajara, where they signed a letter of intent.")
    events = [ns for c, ns in x.names.items() if "Event" in x.kinds[c]]
    assert any(ns[0] == "visit to the National Autonomous University of Mexico" for ns in events)
    assert any(ns[0] == "visit to the University of Guadalajara" for ns in events)


def test_a_signing_told_by_its_verb_is_also_named_by_what_was_signed(extract_text):
    x = extract_text("Prof Ravi Rai of Lake University on Tuesday signed a memorandum of understanding (MoU) with "
                     "Federal University, located in Akwa State.")
    signing = next(ns for c, ns in x.names.items() if "Event" in x.kinds[c])
    assert "signed a memorandum of understanding (MoU)" in signing
    assert "memorandum of understanding" in signing  # (not its short name in brackets, which no report names it by)
    assert "signing of the memorandum of understanding" in signing
    assert ("signing", "participant", "Federal University") in facts_of(x)


def test_an_agreement_signed_between_two_sides_is_a_signing_and_no_body(extract_text):
    x = extract_text("He visited the center for the first time since the MoU of Cooperation between the two sides "
                     "was signed last year.")
    assert not any("Organization" in x.kinds[c] and "MoU of Cooperation" in ns for c, ns in x.names.items())
    assert any("Event" in x.kinds[c] and "MoU of Cooperation" in ns for c, ns in x.names.items())


def test_a_signing_told_by_a_gerund_after_a_past_verb_is_an_event(extract_text):
    x = extract_text("On Tuesday, 08 November 2022, the Lake University of Technology (LUT) and Mara University (MU) "
                     "from Kenya strengthened their ties by signing a memorandum of understanding (MoU) between the "
                     "two universities.")
    facts = facts_of(x)
    assert ("signing", "participant", "Mara University") in facts
    assert any("signing a memorandum of understanding (MoU)" in ns for ns in x.names.values())


def test_a_capitalised_verb_between_two_names_in_a_headline_is_no_event(extract_text):
    x = extract_text("The 9th Latin American Senior Diplomats Delegation Visits Beijing and Shanghai\n\nFrom October 16 "
                     "to 20, the delegation visited the two places.", date="2017-10-26")
    assert not any(n.endswith("Visits") for names in x.names.values() for n in names)


def test_an_event_told_by_its_verb_is_also_named_as_the_doing_of_it(extract_text):
    x = extract_text("A delegation from Eastbay University visited Northfield University on Monday.")
    names = next(ns for cid, ns in x.names.items() if "Event" in x.kinds[cid])
    assert {"visiting Northfield University", "visit to Northfield University"} <= set(names)


KALARIS = ("Academics descended upon Gaston Hall on September 25, 2019 for the Westbridge University Center for Security "
           "Studies’ (CSS) and Center for Security and Emerging Technology’s (CSET) annual Kalaris Intelligence Conference.")


def test_a_body_written_as_the_owner_of_an_event_is_no_name_of_it(extract_text):
    x = extract_text(KALARIS)
    events = [ns for cid, ns in x.names.items() if "Event" in x.kinds[cid]]
    assert not any("Westbridge University Center for Security Studies" in ns for ns in events)


def test_the_bodies_whose_gathering_it_is_take_part(extract_text):
    facts = facts_of(extract_text(KALARIS))
    assert {("annual Kalaris Intelligence Conference", "participant", "Center for Security Studies"),
            ("annual Kalaris Intelligence Conference", "participant", "Center for Security and Emerging Technology"),
            ("Center for Security Studies", "parentOrganization", "Westbridge University")} <= facts  # (its university)


def test_a_visit_told_in_the_passive_is_a_visit_to_the_subject(extract_text):
    facts = facts_of(extract_text(
        "On Thursday, the Polar Institute was visited by a delegation from Nord University led by Rector Karin Voss."))
    assert {("visit", "location", "Polar Institute"), ("visit", "participant", "Polar Institute"),
            ("visit", "participant", "Karin Voss"), ("visit", "participant", "Nord University")} <= facts


def test_hosts_who_received_a_delegation_received_a_visit_at_their_place(extract_text):
    facts = facts_of(extract_text(
        "On Thursday, the Polar Institute received a delegation from Nord University led by Rector Karin Voss."))
    assert {("visit", "location", "Polar Institute"), ("visit", "participant", "Polar Institute"),
            ("visit", "participant", "Nord University")} <= facts


def test_a_delegation_hosted_for_a_roundtable_made_no_visit_of_its_own(extract_text):
    extraction = extract_text(
        "The Polar Institute hosted a delegation from Nord University on Thursday. "
        "The two sides held a roundtable meeting on Arctic shipping.")
    assert "visit" not in _events(extraction)
    assert any(name.startswith("roundtable meeting") for name in _events(extraction))


def test_the_meeting_after_a_visit_the_hosts_received_is_that_visit(extract_text):
    extraction = extract_text(
        "On Thursday, the Polar Institute was visited by a delegation from Nord University.\n\n"
        "The meeting ended with an exchange of gifts.")
    assert len(_events(extraction)) == 1
    assert any("meeting" in names and "visit" in names for names in extraction.names.values())


def test_the_meeting_after_a_visit_the_guests_paid_is_a_part_of_it(extract_text):
    extraction = extract_text(
        "A delegation from Nord University visited the Polar Institute on Thursday.\n\n"
        "Addressing the meeting, Rector Karin Voss spoke of joint research.")
    assert {"visit", "meeting"} <= _events(extraction)


def test_a_discussion_with_a_title_of_its_own_is_an_event_named_by_its_title(extract_text):
    extraction = extract_text(
        'Arctic shipping was the main focus of the recent discussion titled "The Future of Arctic Law." '
        "Featured speakers included Karin Voss and Tom Berg.\n\n"
        "Voss said the end of the Cold War had opened the north.")
    names = next(n for cid, n in extraction.names.items() if "Event" in extraction.kinds[cid] and "The Future of Arctic Law" in n)
    assert any(name.startswith("recent discussion") for name in names)
    assert "The Future of Arctic Law" in names


def test_a_seminar_on_a_quoted_subject_is_named_by_it_too(extract_text):
    extraction = extract_text("The Polar Institute held a seminar on “Trade and the Sea: Ports of the North” on Monday.")
    assert any("Trade and the Sea: Ports of the North" in n for n in extraction.names.values())


def test_a_title_after_a_dash_is_the_titled_events_name(extract_text):
    extraction = extract_text(
        "The Polar Institute opened its Arctic Webinar Series with a discussion entitled – ‘The future of polar shipping’, "
        "presented with Nord University.")
    assert any("The future of polar shipping" in n for n in extraction.names.values())


def test_a_name_that_was_held_is_an_events_and_its_bracketed_date_dates_it(extract_text):
    facts = facts_of(extract_text(
        "The inaugural 'Arctic Salon' organized by the Polar Institute was held on Wednesday (05th October 2016) "
        "at the Ministry of Defence.", date="2024-05-01"))
    assert {("Arctic Salon", "date", "2016-10-05"), ("Arctic Salon", "location", "Ministry of Defence"),
            ("Arctic Salon", "participant", "Polar Institute")} <= facts


def test_a_name_tagged_as_a_body_that_took_place_is_an_event(extract_text):
    extraction = extract_text("The Arctic Salon took place at the Ministry of Defence on Monday.")
    assert "Arctic Salon" in _events(extraction)


def test_those_an_election_is_discussed_with_are_no_part_of_its_name(extract_text):
    extraction = extract_text(
        "Experts discussed the November 2008 elections with National Assembly members Karin Voss and Tom Berg.")
    assert not any("Karin Voss" in name for names in extraction.names.values() for name in names if "elections" in name)


def test_talks_are_named_by_whom_they_are_with(extract_text):
    extraction = extract_text("The rector held talks with the Polar Institute on Monday.")
    assert any(name.startswith("talks with the Polar Institute") for names in extraction.names.values() for name in names)


def test_a_delegation_received_by_hosts_made_a_visit_with_its_body(extract_text):
    facts = facts_of(extract_text(
        "On Monday, a delegation from Nord University was received by the Rector of the Polar Institute, Professor Karin Voss."))
    assert {("visit", "participant", "Nord University"), ("visit", "participant", "Karin Voss")} <= facts


def test_a_capitalised_base_verb_between_two_names_in_a_headline_is_no_event(extract_text):
    x = extract_text("Nordic Ambassadors Visit Nord University\n\nThe guests toured the campus on Monday.", date="2024-05-06")
    assert not any(n.endswith("Ambassadors Visit") for names in x.names.values() for n in names)


def test_someones_visit_to_a_place_is_a_particular_visit_but_a_boards_announcement_no_gathering(extract_text):
    extraction = extract_text("They agreed upon it during the Polar delegation’s visit to Nord University on Thursday.")
    assert any(name.startswith("Polar delegation’s visit") for name in _events(extraction))
    assert not _events(extract_text("Shares rose after the board's announcement on Thursday."))


def test_talks_held_with_a_named_side_or_at_a_named_place_are_an_event(extract_text):
    facts = facts_of(extract_text("Talks were held with the Fjordland Chamber of Commerce on Monday. "
                                  "Similar consultations were earlier held at Bergen in November 2017."))
    assert ("Talks", "participant", "Fjordland Chamber of Commerce") in facts
    assert ("Similar consultations", "location", "Bergen") in facts


def test_discussions_held_among_those_present_are_no_event(extract_text):
    x = extract_text("Discussions were held among the attendees after the presentations concluded.")
    assert not any("Event" in kinds for kinds in x.kinds.values())


def test_a_reception_someone_hosted_is_an_event_a_rousing_one_is_not(extract_text):
    x = extract_text("The Embassy of Norland hosted a reception for the delegation.")
    assert ("reception for the delegation", "participant", "Embassy of Norland") in facts_of(x)
    y = extract_text("The team got a rousing reception from its fans.")
    assert not any("Event" in kinds for kinds in y.kinds.values())


def test_those_who_signed_the_document_took_part_in_the_signing(extract_text):
    facts = facts_of(extract_text("The Nordic Academy of Sciences and the Baltic Academy signed a cooperation agreement "
                                  "in Oslo. The document was signed on Tuesday by Maria Olsen and Lars Berg."))
    assert {("signing", "participant", "Maria Olsen"), ("signing", "participant", "Lars Berg")} <= facts


def test_a_meeting_told_only_by_its_verb_is_a_meeting_of_its_sides(extract_text):
    x = extract_text("Dean Ana Ruiz met with Professor Pal Berg of Eastbay University and Dr Tom Hale on 3 March. "
                     "They discussed joint degrees.", date="2024-05-10")
    facts = facts_of(x)
    assert {("meeting", "participant", p) for p in ("Ana Ruiz", "Pal Berg", "Tom Hale")} <= facts
    assert ("meeting", "date", "2024-03-03") in facts


def test_a_meeting_verb_makes_no_second_event_where_the_report_names_it(extract_text):
    # (to come; beside a named event; or retold as "a meeting with" its side)
    for text in ("Dean Ana Ruiz will meet Professor Pal Berg of Eastbay University next week.",
                 "At the Nordic Trade Summit, Dean Ana Ruiz met Professor Pal Berg of Eastbay University.",
                 "Dean Ana Ruiz met Professor Pal Berg of Eastbay University. Ruiz had a cordial meeting with Berg "
                 "at the ministry."):
        x = extract_text(text)
        assert not any("met" in names for names in x.names.values()), text


def test_a_headline_that_starts_with_an_event_noun_names_the_reports_event(extract_text):
    # (the tagger reads the headline's "Visit" as a command)
    x = extract_text("Visit of a delegation from Nordvik University to the University of Eastbay in Oslo\n\n"
                     "On Monday, the President of the University of Eastbay, Prof. Ana Ruiz, received the delegation.",
                     date="2024-05-10")
    visit = next(names[0] for names in x.names.values() if names[0].startswith("Visit of a delegation"))
    facts = facts_of(x)
    assert {(visit, "participant", "Ana Ruiz"), (visit, "participant", "Nordvik University")} <= facts


def test_a_verb_of_taking_part_in_a_title_case_headline_is_no_part_of_the_events_name(extract_text):
    x = extract_text("Nordvik University Holds Partnership Talks with Delegation from Eastbay University\n\n"
                     "The Vice-Chancellor of Nordvik University, Prof. Ana Ruiz, hosted a delegation from Eastbay "
                     "University on Monday.")
    assert any(n.startswith("Partnership Talks") for n in _events(x))
    assert not any("Holds" in n for n in _events(x))


def test_a_signing_told_by_its_verb_has_the_names_reports_give_a_signing(extract_text):
    x = extract_text("On Tuesday, Nordvik University and Eastbay University signed a memorandum of understanding.")
    names = next(ns for ns in x.names.values() if ns[0] == "signing")
    assert {"signing of the memorandum of understanding", "memorandum of understanding signing"} <= set(names)


def test_a_capitalised_plural_of_an_event_word_the_tagger_took_for_a_body_is_an_event(extract_text):
    x = extract_text("India and Canada held Foreign Office Consultations in Delhi on Monday to discuss trade.")
    assert "Foreign Office Consultations" in _events(x)
    assert ("Foreign Office Consultations", "location", "Delhi") in facts_of(x)


def test_a_panel_of_a_gathering_is_an_event_but_a_panel_of_people_is_not(extract_text):
    x = extract_text("The symposium was held in Tromso. The first panel of the day looked at fisheries law. Moderated "
                     "by Ana Ruiz, Associate Professor of Law at Nordvik University, it heard four speakers.")
    assert any(n.startswith("first panel") for n in _events(x))
    for text in ("The roundtable was held in Delhi. The panel of speakers included Mr. Taro Sato and Dr. Ana Ruiz.",
                 "The inquiry reported in May. The panel's aim was to define what constitutes cheating."):
        assert not any("panel" in n for n in _events(extract_text(text))), text


def test_a_visit_that_was_the_purpose_of_a_trip_made_is_an_event(extract_text):
    x = extract_text("Anna Berg, Vice President of Nordvik University, led a delegation to visit the Baltic Institute "
                     "on November 18.", date="2024-11-25")
    facts = facts_of(x)
    assert ("visit", "participant", "Anna Berg") in facts
    assert ("visit", "location", "Baltic Institute") in facts


def test_a_visit_someone_was_only_invited_to_make_is_no_event(extract_text):
    x = extract_text("Anna Berg invited the delegation to visit the Baltic Institute next year.", date="2024-11-25")
    assert not any("Event" in x.kinds[c] for c in x.names)


def test_two_sides_with_a_spaced_dash_before_a_dialogue_are_part_of_its_name(extract_text):
    x = extract_text("India – Korea Maritime Dialogue 2021\n\nOn 3 May 2021 in New Delhi, the Nordvik Institute hosted "
                     "a delegation for an India-Korea Maritime Dialogue.")
    events = [ns for c, ns in x.names.items() if "Event" in x.kinds[c]]
    assert len(events) == 1 and "India-Korea Maritime Dialogue" in events[0] and "India" not in events[0]
    assert events[0][0].startswith("India") and not any(r == "location" for _, r, _ in facts_of(x))  # (no side is its place)
    assert not any("Korea Maritime" in ns[0] and "Organization" in x.kinds[c] for c, ns in x.names.items())


def test_a_named_week_with_its_year_the_tagger_took_for_a_place_is_an_event(extract_text):
    x = extract_text("As a part of the Arctic Partnership Week 2016 in Busan, organized by the Korean Ministry of "
                     "Oceans and Fisheries, the Norwegian Embassy co-hosted an afternoon session.")
    kinds = {n: k for cid, ns in x.names.items() for n in ns for k in x.kinds[cid]}
    assert kinds.get("Arctic Partnership Week") == "Event"
    assert "Arctic Partnership Week 2016" not in kinds


def test_a_gathering_placed_at_a_named_body_is_one_particular_event(extract_text):
    facts = facts_of(extract_text("They then traveled to New York for a meeting at the Council on Foreign Relations."))
    assert ("meeting", "location", "Council on Foreign Relations") in facts


def test_an_unplaced_indefinite_gathering_is_no_event(extract_text):
    x = extract_text("He said a meeting in principle would help.")
    assert not [k for ks in x.kinds.values() for k in ks if k == "Event"]


def test_talks_with_a_named_person_are_a_particular_event(extract_text):
    facts = facts_of(extract_text("Afterwards, they headed to the White House for talks with Ken Lieber, the senior "
                                  "director for Asian affairs."))
    talks = [f for f in facts if f[0].startswith("talks") and f[1] == "participant"]
    assert talks and talks[0][2] == "Ken Lieber"


def test_a_gathering_of_any_word_held_at_a_named_place_is_an_event(extract_text):
    x = extract_text("On 3 May 2023, a celebration of the 50th anniversary of the Eastbay Academy was held in Tartu. "
                     "Prof. Jan Berg attended the event.")
    facts = facts_of(x)
    name = "celebration of the 50th anniversary of the Eastbay Academy"
    assert {(name, "location", "Tartu"), (name, "participant", "Jan Berg"), (name, "date", "2023-05-03")} <= facts


def test_a_gathering_word_held_nowhere_named_is_no_event(extract_text):
    x = extract_text("Several celebrations were held, and the reception was warm.")
    assert not [m for m in x.mentions if m.kind == "Event"]



def test_a_pictures_credit_names_nothing_the_story_tells_of(extract_text):
    text = ("Speakers at the Polar Roundtable in Oslo (Photo: Arctic Energy Summit / K. Lund)\n\n"
            "On May 4, 2022, the Nordic Council organized the Polar Roundtable in Oslo. Eva Moe and Jon Dahl, "
            "Director of the Arctic Energy Summit, chaired it.")
    x = extract_text(text)
    credit = range(text.index("(Photo"), text.index(")") + 1)
    assert not [m.text for m in x.mentions if m.start in credit]
    assert ("Polar Roundtable", "participant", "Eva Moe") in facts_of(x)


def test_a_named_holder_of_a_title_who_visited_our_university_made_a_visit(extract_text):
    x = extract_text("The ambassador of Norway, Mr. Ola Berg, visited our university on Monday.")
    assert ("visit", "participant", "Ola Berg") in facts_of(x)


def test_visiting_our_university_to_attend_a_lecture_is_no_visit_of_its_own(extract_text):
    x = extract_text("Ambassadors Ola Berg and Jon Dahl Visited Our University and Attended the Polar Lecture Series")
    assert not [m for m in x.mentions if m.kind == "Event" and m.text.lower().startswith("visit")]


def test_an_event_word_in_a_posts_field_makes_no_event(extract_text):
    x = extract_text("Minister Jan Berg met Ola Dahl, Commissioner for Arctic Cooperation Policy and Fisheries Trade "
                     "Negotiations, in Oslo.")
    assert not [m for m in x.mentions if m.kind == "Event" and "Commissioner" in m.text]


def test_a_gathering_on_a_named_day_is_a_particular_one_and_a_range_of_days_its_date(extract_text):
    facts = facts_of(extract_text("More than 150 researchers gathered for a Nordic-wide conference on 9 and 10 March 2022."))
    assert ("Nordic-wide conference", "date", "2022-03-09") in facts


def test_a_roundtable_the_tagger_calls_an_adjective_is_a_gathering(extract_text):
    facts = facts_of(extract_text("Distinguished experts gathered at a roundtable organized by the Institute of Polar "
                                  "Studies (IPS) to deliberate on Arctic shipping."))
    assert ("roundtable", "participant", "Institute of Polar Studies") in facts


def test_a_telephone_call_with_a_titled_person_is_a_happening_they_took_part_in(extract_text):
    x = extract_text("The state minister Anna Berg said this during a telephone call with the Eastbay Deputy "
                     "Secretary of State Tom Hale on Thursday.")
    call = next(c for c, names in x.names.items() if "telephone call" in names)
    assert {o for s, r, o in facts_of(x) if s == x.names[call][0] and r == "participant"} == {"Anna Berg", "Tom Hale"}
    assert ("Tom Hale", "jobTitle", "Deputy Secretary of State") in facts_of(x)  # (a title inside the call's name)


def test_a_call_for_something_is_no_happening(extract_text):
    assert not _events(extract_text("The minister renewed her call for reform of the Eastbay Council on Monday."))


def test_a_trip_somewhere_is_a_visit_and_the_visit_later_is_the_same_one(extract_text):
    x = extract_text("The agreement was signed during a week-long trip to Norland by Eastbay University staff. "
                     "The visit ended in Oslo on Friday.")
    trips = [names for c, names in x.names.items() if "Event" in x.kinds[c] and any("trip" in n for n in names)]
    assert len(trips) == 1 and any("visit" in n.lower() for n in trips[0])


def test_a_reception_hosted_by_a_body_is_a_part_of_the_gathering_told(extract_text):
    facts = facts_of(extract_text("The Joint Workshop on Arctic Cooperation was held at Eastbay University on 6 May 2019. "
                                  "The workshop was brought to a close with a dinner reception hosted by Eastbay University."))
    assert {("dinner reception", "participant", "Eastbay University"),
            ("dinner reception", "superEvent", "Joint Workshop on Arctic Cooperation")} <= facts


def test_the_items_of_a_visits_programme_are_parts_of_the_visit(extract_text):
    x = extract_text("On April 25, 2019, NTU hosted a delegation of Harbin University headed by Vice President Zhang "
                     "Wei.\n\nThe following program was formed for the guests:\n\n— negotiations with the Vice-rector "
                     "on educational work;\n— a seminar on marine science at the Museum of NTU;\n— sightseeing.")
    facts = facts_of(x)
    assert {("negotiations", "superEvent", "visit"), ("seminar on marine science", "superEvent", "visit")} <= facts
    assert ("visit", "participant", "Zhang Wei") in facts  # (the visit is still told by its verb)


def test_a_bulleted_line_of_no_happening_is_no_event(extract_text):
    x = extract_text("The centre offers:\n\n— conference facilities for 200 guests;\n— a library of Arctic studies.")
    assert not _events(x)


def test_an_agreement_named_with_those_who_signed_it_is_a_signing(extract_text):
    x = extract_text("Fishing quotas rose after 1990. The treaty, signed by Ola Brenn and Kari Lunde in Bergen, set them.")
    assert {("signing", "participant", "Ola Brenn"), ("signing", "participant", "Kari Lunde")} <= facts_of(x)


def test_a_visit_received_from_a_delegation_is_the_meeting_told_after_it(extract_text):
    x = extract_text("The Minister of Trade, Ola Brenn, received a visit from a delegation of the Harbor Bank on 13 February "
                     "2023, led by its Vice President, Kari Lunde. During the meeting, the two sides discussed ports.")
    events = [ns for c, ns in x.names.items() if "Event" in x.kinds[c]]
    assert len(events) == 1 and {"visit from a delegation of the Harbor Bank", "meeting"} <= set(events[0])
    assert {("visit from a delegation of the Harbor Bank", "participant", n)
            for n in ("Ola Brenn", "Kari Lunde", "Harbor Bank")} <= facts_of(x)


def test_a_call_paid_on_someone_is_an_event_named_by_whom_it_was_paid_on(extract_text):
    x = extract_text("A high-level delegation of the Nordic Council called on Harbor University Vice Chancellor Prof Dr Ola "
                     "Brenn at his office on Wednesday. Trade came under discussion in the meeting. Later, the meeting "
                     "between Kari Lunde and the trade minister was held at the Ministry of Trade.")
    calls = [ns for c, ns in x.names.items() if "Event" in x.kinds[c] and "call" in ns]
    assert len(calls) == 1 and {"called on Harbor University Vice Chancellor Prof Dr Ola Brenn", "meeting",
                                "call on Harbor University Vice Chancellor", "called on Harbor University Vice Chancellor"} <= set(calls[0])
    assert {(calls[0][0], "participant", "Nordic Council"), (calls[0][0], "participant", "Ola Brenn")} <= facts_of(x)


def test_a_call_on_someone_to_do_something_is_no_event(extract_text):
    x = extract_text("The Nordic Council called on Speaker Ola Brenn to resign on Wednesday.")
    assert not [c for c in x.names if "Event" in x.kinds[c]]


def test_a_clause_about_the_last_side_is_no_part_of_an_events_name(extract_text):
    x = extract_text("The meeting between Kari Lunde and the Nordic delegation, which included two senators, was held at "
                     "the Ministry of Climate Change.")
    assert "meeting between Kari Lunde and the Nordic delegation" in {n for ns in x.names.values() for n in ns}


def test_a_mission_to_a_place_is_a_journey_there(extract_text):
    x = extract_text("The Nordic Chamber of Commerce led a trade mission to Chile in May 2019.")
    assert {("trade mission to Chile", "participant", "Nordic Chamber of Commerce"),
            ("trade mission to Chile", "location", "Chile"), ("trade mission to Chile", "date", "2019-05")} <= facts_of(x)


def test_the_mission_of_a_body_is_no_journey(extract_text):
    x = extract_text("The mission of the Nordic Council is to promote trade.")
    assert not [c for c in x.names if "Event" in x.kinds[c]]


def test_an_event_is_also_named_without_the_graded_praise_before_it(extract_text):
    x = extract_text("The Nordic Chamber of Commerce has conducted a highly successful business mission to Washington DC, "
                     "participating in a number of activities.")
    names = next(ns for c, ns in x.names.items() if "Event" in x.kinds[c])
    assert {"business mission to Washington DC", "business mission"} <= set(names)


def test_a_meeting_told_by_its_verb_is_named_by_its_sides(extract_text):
    x = extract_text("Ola Brenn, Deputy Secretary-General of the Nordic Council, met Harbor Secretary-General Kari Lunde today "
                     "in Oslo to discuss trade.", date="2017-04-12")
    names = next(ns for c, ns in x.names.items() if "Event" in x.kinds[c])
    assert {"meeting with Kari Lunde", "meeting between Ola Brenn and Kari Lunde"} <= set(names)


def test_a_numbered_edition_of_anything_that_was_held_is_an_event(extract_text):
    x = extract_text("The 12th dialogue council of the government and the private sector was held in Oslo on Tuesday to "
                     "discuss trade.")
    assert ("12th dialogue council of the government", "location", "Oslo") in facts_of(x)


def test_a_body_that_was_held_without_a_number_is_no_event(extract_text):
    x = extract_text("The council was held in high regard in Oslo on Tuesday.")
    assert not [c for c in x.names if "Event" in x.kinds[c]]


def test_a_second_event_joined_by_and_is_no_part_of_the_first_ones_name(extract_text):
    x = extract_text("The Consul General held an interactive session with business leaders on Friday. He delivered a "
                     "keynote speech to introduce the fourth plenary session of the 19th central committee of the Nordic "
                     "Party and the Central Economic Work Conference.")
    events = [ns for c, ns in x.names.items() if "Event" in x.kinds[c]]
    plenary = next(ns for ns in events if "fourth plenary session of the 19th central committee of the Nordic Party" in ns)
    assert not any("interactive session" in n for n in plenary)
    assert ["Central Economic Work Conference"] in events


_SESSIONS = ("The Harbor Conference opened as a webinar Inaugural Session on 10 May 2020 and will continue next two days "
             "as three sessions. The second session will be moderated by Ana Silva and the third session will be "
             "moderated by Tomas Berg. The inaugural session of the event includes an address by Minister Lars Holm; "
             "Ambassador of Japan, H.E. Akira Sato; and Professor Eva Lund.")


def test_the_inaugural_session_is_not_the_third_and_the_event_it_is_of_is_the_whole(extract_text):
    x = extract_text(_SESSIONS)
    clusters = {c: set(ns) for c, ns in x.names.items()}
    inaugural = next(ns for ns in clusters.values() if "inaugural session of the event" in ns)
    assert "third session" not in inaugural and "Inaugural Session" in inaugural  # (a webinar's name is its own)
    assert "event" in next(ns for ns in clusters.values() if "Harbor Conference" in ns)


def test_those_whose_address_a_session_includes_speak_at_it(extract_text):
    x = extract_text(_SESSIONS)
    session = next(c for c, ns in x.names.items() if "inaugural session of the event" in ns)
    speakers = {x.names[f.object][0] for f in x.facts if f.subject == session and f.relation == "participant"}
    assert {"Lars Holm", "Akira Sato", "Eva Lund"} <= speakers


def test_a_meeting_with_a_counterpart_is_named_with_the_counterparts_name_who_takes_part(extract_text):
    x = extract_text("Minister Lars Holm held a meeting with his Norland counterpart Ana Silva on the sidelines of the "
                     "Harbor Summit in Oslo.")
    facts = facts_of(x)
    assert ("meeting with his Norland counterpart Ana Silva", "participant", "Ana Silva") in facts
    assert ("meeting with his Norland counterpart Ana Silva", "participant", "Lars Holm") in facts


def test_a_numbered_session_of_a_named_body_is_no_part_of_the_reported_meeting(extract_text):
    facts = facts_of(extract_text(
        "Minister Lars Holm held a meeting with his Norland counterpart Ana Silva on the sidelines of the 79th Session "
        "of the UN General Assembly in New York and discussed trade."))
    assert not any(s.startswith("79th Session") and r == "superEvent" for s, r, _ in facts)


def test_a_gathering_titled_in_quotes_is_one_with_a_name_of_its_own(extract_text):
    for text in ("On 27 October 2023, the Harbor Institute convened a roundtable entitled 'Rules for Robots: From Talk "
                 "to Action.' Maria Lopez spoke.",
                 "On 27 October 2023, the Harbor Institute convened a roundtable titled “Rules for Robots”. Maria Lopez spoke."):
        x = extract_text(text)
        roundtable = next(ns for ns in x.names.values() if "roundtable" in ns)
        assert any(n.startswith("Rules for Robots") for n in roundtable)
        assert ("roundtable", "date", "2023-10-27") in facts_of(x)


def test_a_meeting_told_in_a_relative_clause_about_its_subject_is_the_reports_event(extract_text):
    x = extract_text("The Nordvik Trade Commissioner, Mr. Lars Holm, who met with Governor Ola Brenn and stakeholders at "
                     "the Government House in Bergen disclosed that the group consists of business owners.")
    meeting = next(ns[0] for ns in x.names.values() if "met" in ns)
    assert {(meeting, "participant", "Lars Holm"), (meeting, "participant", "Ola Brenn")} <= facts_of(x)


def test_a_lunch_hosted_by_someone_is_a_gathering_they_took_part_in(extract_text):
    x = extract_text("The delegation was invited for a lunch, hosted by H. E. Lars Holm, Minister of Foreign Affairs of "
                     "Norway.")
    assert ("lunch", "participant", "Lars Holm") in facts_of(x)
    assert "H. E. Lars Holm" not in {ns[0] for ns in x.names.values()}


def test_an_event_whose_name_opens_a_quoted_title_is_named_by_the_whole_title(extract_text):
    x = extract_text("On 20th October 2025, students gathered at Harbor University to engage with Professor Maria Lopez "
                     "on the topic of “International Trade Negotiations and Recent Developments in China, the EU, and the "
                     "USA.”")
    title = "International Trade Negotiations and Recent Developments in China, the EU, and the USA"
    assert any(ns[0] == title for ns in x.names.values())
    assert (title, "date", "2025-10-20") in facts_of(x)


def test_the_inauguration_of_a_forum_is_a_part_of_it(extract_text):
    x = extract_text("Prime Minister Lars Holm today inaugurated the two-day Harbor Trade Forum-2023. She opened the grand "
                     "inauguration of forum as the chief guest in the capital's Harbor International Conference Center.")
    facts = facts_of(x)
    assert ("grand inauguration of forum", "superEvent", "Harbor Trade Forum-2023") in facts
    assert ("grand inauguration of forum", "participant", "Lars Holm") in facts


def test_an_events_name_runs_on_past_a_bodys_short_name_in_brackets(extract_text):
    x = extract_text("In June 2024 the Polar Institute facilitated the first visit of the Nordic Strategy Group (NSG) "
                     "to China. The meeting of the Nordic Strategy Group (NSG) was held in Oslo.")
    names = names_of(x)
    assert "first visit of the Nordic Strategy Group (NSG) to China" in names
    assert "meeting of the Nordic Strategy Group (NSG)" in names


def test_a_named_events_own_head_word_after_the_names_it_again(extract_text):
    x = extract_text("The Nordvik Embassy Orientation (NEO) was held in Oslo on 8 April. The orientation was chaired by "
                     "Professor Anna Berg.")
    event = next(names for names in x.names.values() if "Nordvik Embassy Orientation" in names)
    assert "orientation" in event
