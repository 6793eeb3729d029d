"""The report's structure (kg/extract/report_facts.py): what its opening, dateline, lists and parts say."""
from tests.conftest import facts_of


def test_a_part_named_by_its_kind_is_part_of_the_event_in_focus(extract_text):
    facts = facts_of(extract_text(
        "The Nordic Energy Forum took place in Bergen. The forum gathered 200 experts. "
        "At the opening ceremony, Karin Voss delivered a speech."))
    assert ("opening ceremony", "superEvent", "Nordic Energy Forum") in facts


def test_here_is_the_place_of_the_agencys_dateline(extract_text):
    facts = facts_of(extract_text(
        "Trade forum calls for dialogue\n\nOSLO, May 4 (Nordpress) -- The Baltic Trade Forum opened here on Monday "
        "with 300 guests."))
    assert ("Baltic Trade Forum", "location", "OSLO") in facts


def test_here_is_where_a_call_the_verb_tells_was_paid(extract_text):
    facts = facts_of(extract_text("By | Published: 10:36 pm\n\nHyderabad: Professor Anna Berg, Vice-Rector, Nordvik State "
                                  "University, called on Vice-Chancellor Professor R Anand Pillai here on Friday."))
    assert ("call", "location", "Hyderabad") in facts
    assert ("Anna Berg", "jobTitle", "Hyderabad") not in facts


def test_in_the_report_of_a_gathering_those_quoted_spoke_there(extract_text):
    facts = facts_of(extract_text(
        "Speakers at the Nordic Climate Forum met in Oslo on Monday.\n\n"
        "\"We must act now,\" said Ambassador Ingrid Dahl. The forum ended with a joint statement."))
    assert ("Nordic Climate Forum", "participant", "Ingrid Dahl") in facts


def test_those_quoted_about_an_inquiry_took_no_part_in_it(extract_text):
    facts = facts_of(extract_text(
        "An inquiry into the Harbour riots opened on Monday.\n\n"
        "\"It is long overdue,\" said Ingrid Dahl. The inquiry will report in May."))
    assert not any(r == "participant" and o == "Ingrid Dahl" for _, r, o in facts)


def test_the_speakers_a_list_gives_below_a_colon_took_part(extract_text):
    facts = facts_of(extract_text(
        "The Nordic Science Diplomacy Forum took place online on Monday.\n\nSpeakers included:\n\n"
        "  • Ingrid Dahl, director of the Polar Institute\n  • Tomas Berg, vice provost at Nordvik University\n\n"
        "The forum ended with questions."))
    assert {("Nordic Science Diplomacy Forum", "participant", n) for n in ("Ingrid Dahl", "Tomas Berg")} <= facts


def test_an_event_named_as_of_another_is_part_of_it(extract_text):
    facts = facts_of(extract_text(
        "The Baltic Trade Forum opened in Riga. The Thematic Session on Ports of the Baltic Trade Forum was held "
        "on Monday."))
    assert ("Thematic Session on Ports of the Baltic Trade Forum", "superEvent", "Baltic Trade Forum") in facts


def test_in_the_report_of_a_gathering_one_who_underlined_something_spoke_there(extract_text):
    facts = facts_of(extract_text(
        "Nordvik University hosted the Arctic Governance Workshop on Monday.\n\n"
        "Marit Olsen, Director of the Polar Institute, underlined the aim of the workshop in her opening remarks. "
        "Thomas Berg, Professor at Nordvik University, briefed the guests on recent research."))
    assert {("Arctic Governance Workshop", "participant", n) for n in ("Marit Olsen", "Thomas Berg")} <= facts


def test_what_someone_will_say_at_a_gathering_is_no_part_in_it(extract_text):
    facts = facts_of(extract_text(
        "Nordvik University hosted the Arctic Governance Workshop on Monday.\n\n"
        "The next workshop is planned for May, where Marit Olsen will underline the aims of the network."))
    assert not any(r == "participant" and o == "Marit Olsen" for _, r, o in facts)


def test_everyone_a_report_of_a_gathering_names_took_part_in_it(extract_text):
    facts = facts_of(extract_text(
        "The Fjord Dialogue on Ocean Science opened in Tromsø on Monday.\n\n"
        "Among the guests were scholars from six countries. Professor Heidi Lunde of Tromsø University, "
        "whose team maps the Arctic seabed, was one of them."))
    assert ("Fjord Dialogue on Ocean Science", "participant", "Heidi Lunde") in facts


def test_a_delegation_that_visited_an_unnamed_place_made_a_visit(extract_text):
    facts = facts_of(extract_text(
        "Last week, a delegation of ten scholars from Eastbay University visited our campus. "
        "Led by Professor Ingrid Dahl, the delegation toured the library and met students."))
    assert ("visit", "participant", "Ingrid Dahl") in facts


def test_an_event_held_somewhere_under_a_quoted_title_is_held_there(extract_text):
    facts = facts_of(extract_text(
        'On the morning of January 23rd, the launch ceremony of the research project "Global Consensus on Building '
        'AI Guardrails", jointly hosted by the Polar Institute at Nordvik University and Qiming Venture Partners, '
        "was held in the Starlight Hall of the Yingjie Conference Center."))
    assert any(s.startswith("launch ceremony") and r == "location" and o == "Starlight Hall" for s, r, o in facts)


def test_a_person_named_beside_a_gathering_took_part_in_it(extract_text):
    facts = facts_of(extract_text(
        "More than 200 guests registered for the tenth orientation for diplomats.\n\n"
        "Given the pandemic, the Fjord Initiative organised a webinar for the whole diplomatic community.\n\n"
        "The webinar began with Ingrid Dahl, CEO of Polar Data, presenting a snapshot of public opinion."))
    assert any(s.startswith("webinar") and r == "participant" and o == "Ingrid Dahl" for s, r, o in facts)


def test_who_spoke_in_a_session_took_part_in_the_gathering_it_is_part_of(extract_text):
    facts = facts_of(extract_text(
        "On 4 March 2022, the Nordic Institute organised an international webinar on “Arctic Futures”. "
        "Ambassador Ingrid Dahl chaired the first Session on “Arctic Shipping”. "
        "The speakers in the first session included Mr. Tomas Berg and Ms. Lena Holm."))
    session = next(s for s, r, o in facts if s.startswith("first Session"))
    webinar = next(s for s, r, o in facts if s.startswith("international webinar"))
    assert (session, "superEvent", webinar) in facts
    assert {(webinar, "participant", n) for n in ("Tomas Berg", "Lena Holm")} <= facts


def test_a_panel_discussion_is_part_of_the_gathering_in_focus(extract_text):
    facts = facts_of(extract_text(
        "The Fjord Initiative organised a webinar for diplomats on Monday.\n\n"
        "Maureen Boyd moderated a panel discussion with Ingrid Dahl and Tomas Berg."))
    panel = next(s for s, r, o in facts if s.startswith("panel discussion"))
    assert any(s == panel and r == "superEvent" and o.startswith("webinar") for s, r, o in facts)


def test_a_report_without_a_date_for_its_gathering_dates_it_to_its_month(extract_text):
    facts = facts_of(extract_text(
        "Polar Centre discusses ties with Fjord Council\n\nThe Polar Centre held a meeting with a delegation from the "
        "Fjord Council to discuss cooperation.", date="2015-10-28"))
    assert ("meeting with a delegation from the Fjord Council", "date", "2015-10") in facts


def test_a_gathering_to_come_is_not_dated_by_the_report(extract_text):
    facts = facts_of(extract_text(
        "Polar Centre plans a forum\n\nThe Polar Centre will hold a forum with the Fjord Council next spring.",
        date="2015-10-28"))
    assert not any(r == "date" and o == "2015-10" for _, r, o in facts)


def test_a_festival_that_only_tells_when_is_no_gathering_the_guests_attend(extract_text):
    facts = facts_of(extract_text(
        "Ambassador Invites Alumni to His Residence\n\nAmbassador Ingrid Dahl invited guests to her official residence "
        "on the Lantern Festival, which falls on March 2nd. The guests included Tomas Berg, Professor at Nordvik "
        "University, and Lena Holm, Director of the Fjord Council."))
    assert not any(s == "Lantern Festival" and r == "participant" for s, r, o in facts)


def test_the_capitals_of_a_dateline_are_a_place_and_no_side(extract_text):
    x = extract_text("Rector visits ambassador\n\nOSLOVIK, NORWAY, 31 July 2015 - The Rector of Nordvik University, "
                     "Professor Ingrid Dahl, today paid a courtesy call on the Ambassador of Fjordland to Norway.\n\n"
                     "SEALING THE DEAL - Professor Ingrid Dahl and the ambassador.")
    names = {ns[0] for ns in x.names.values()}
    assert "OSLOVIK" in names and "SEALING THE DEAL" not in names
    assert not any(r == "participant" and o == "OSLOVIK" for s, r, o in facts_of(x))


def test_a_report_of_one_round_of_a_series_is_about_that_round(extract_text):
    facts = facts_of(extract_text(
        "Third Round of the Nordic-Baltic Energy Dialogue held in Riga\n\n"
        "The third round of the Nordic-Baltic Energy Dialogue was held at the Lake Institute, Riga on May 10-11.\n\n"
        "Working Session I\n\nGrids and interconnectors.\n\nWorking Session II\n\nGas storage.\n\n"
        "The Latvian side comprised Ambassador Janis Berzins and Dr. Ilze Kalnina."))
    round_ = "third round of the Nordic-Baltic Energy Dialogue"
    assert (round_, "superEvent", "Nordic-Baltic Energy Dialogue") in facts
    assert ("Working Session II", "superEvent", round_) in facts
    assert (round_, "participant", "Ilze Kalnina") in facts
    assert ("Nordic-Baltic Energy Dialogue", "participant", "Ilze Kalnina") not in facts  # the series was not met


def test_an_opening_that_tells_who_met_when_and_where_dates_and_places_the_gathering_named_after(extract_text):
    facts = facts_of(extract_text("The Lake Institute hosted a delegation of the Baltic Policy Council on 12 May 2023 "
                                  "in Riga. The two sides held a roundtable meeting on energy security."))
    assert ("roundtable meeting on energy security", "date", "2023-05-12") in facts
    assert ("roundtable meeting on energy security", "location", "Riga") in facts


def test_an_opening_that_welcomes_visitors_to_a_city_places_the_visit_named_after(extract_text):
    facts = facts_of(extract_text(
        "Lake Foundation Hosts Baltic Assembly Delegation\n\nMay 18-22, 2019\n\n"
        "The Lake Foundation welcomed five members of the Baltic Assembly to Washington May 18-22, 2019 to discuss "
        "trade. Members of the delegation included Janis Berzins and Ilze Kalnina.\n\n"
        "Executive Director Anna Holm briefed the members at the foundation's office.\n\n"
        "The study visit was supported by the Nordic Council."))
    assert ("study visit", "location", "Washington") in facts
    assert ("study visit", "date", "2019-05-18") in facts


def test_a_day_in_a_sentence_naming_one_round_of_a_series_dates_the_round(extract_text):
    facts = facts_of(extract_text("The third round of the Nordic Energy Dialogue was held at the Lake Centre, Riga, "
                                  "Latvia on August 10-11.", date="2024-05-01"))
    assert ("third round of the Nordic Energy Dialogue", "date", "2023-08-10") in facts


def test_an_opening_that_tells_who_hosted_whom_gives_the_gathering_its_sides(extract_text):
    facts = facts_of(extract_text(
        "Lake University has hosted a delegation from the Public Diplomacy Section of the Nordic Embassy in Oslo to "
        "explore areas of cooperation.\n\nThe delegation paid a courtesy visit to the Vice-Chancellor, Professor Ana Berg."))
    assert ("courtesy visit", "participant", "Public Diplomacy Section of the Nordic Embassy") in facts


def test_a_dateline_line_before_the_first_sentence_is_not_the_reports_opening(extract_text):
    x = extract_text("WESTBRIDGE UNIVERSITY IN MALTA (May 3, 2022) Five diplomats were invited by the Student Society to "
                     "an event called \"Tea with the Envoys\".\n\nThe room was full. The society's president, Pablo "
                     "Moreno, thanked the guests for their time.", date="2022-05-03")
    assert ('event called "Tea with the Envoys"', "participant", "Pablo Moreno") in facts_of(x)


def test_a_day_in_the_sentence_dates_an_event_whose_name_gives_only_the_year(extract_text):
    x = extract_text("The Harbour Institute welcomed three former ambassadors to its campus on October 25th for the "
                     "10th annual Harbour Ambassadors Forum. The 2021 forum focused on Africa.", date="2021-11-03")
    dates = {o for s, r, o in facts_of(x) if r == "date"}
    assert dates == {"2021-10-25"}


def test_an_event_named_in_the_title_of_the_reported_one_is_its_topic_not_the_gathering(extract_text):
    x = extract_text("Discussion on Peru-Japan Relations, G20 Summit and the Pacific\n\nThe Harbour Foundation organised "
                     "a roundtable discussion on “Peru-Japan Relations, G20 Summit and the Pacific” on 15 May, 2023. "
                     "The panel of speakers included Mr. Kenji Sato, Minister, Embassy of Japan; and Dr. Lena Ruiz, "
                     "Fellow, Harbour Institute.")
    facts = facts_of(x)
    assert not any(s == "G20 Summit" and r in ("participant", "date") for s, r, o in facts)


def test_a_headline_that_tells_the_reported_gathering_is_one_of_its_names(extract_text):
    x = extract_text("The 5th Nordic Diplomats Delegation Visits Oslo and Bergen\n\nFrom October 16 to 20, the 5th Nordic "
                     "Diplomats Delegation visited Oslo and Bergen. Vice Minister Ana Ruiz met the delegation.",
                     date="2017-10-26")
    titled = [names for cid, names in x.names.items() if "The 5th Nordic Diplomats Delegation Visits Oslo and Bergen" in names]
    assert titled and "Event" in x.kinds[next(cid for cid, ns in x.names.items() if ns == titled[0])]


def test_the_meetings_and_lectures_of_a_reported_visit_are_its_parts(extract_text):
    facts = facts_of(extract_text("A delegation from Eastbay University visited Northfield University on 3 May. During "
                                  "the visit, the delegation held a meeting with Rector Ana Ruiz. Professor Ivo Tamm gave "
                                  "a special lecture on artificial intelligence."))
    assert ("special lecture on artificial intelligence", "superEvent", "visit") in facts


def test_a_tour_during_a_visit_is_not_made_its_part(extract_text):
    facts = facts_of(extract_text("A delegation from Eastbay University visited Northfield University on 3 May. The "
                                  "guests then took a tour of the campus."))
    assert not any(r == "superEvent" and s.startswith("tour") for s, r, o in facts)


def test_one_whose_message_was_read_at_a_gathering_was_not_there(extract_text):
    facts = facts_of(extract_text("The institute held a webinar on Monday. Foreign Minister Dinesh Gunaratne’s message, "
                                  "read by Secretary Ana Perera, noted that cooperation is vital."))
    assert ("webinar", "participant", "Ana Perera") in facts
    assert ("webinar", "participant", "Dinesh Gunaratne") not in facts


def test_an_event_at_a_venue_in_a_city_is_in_the_city_too(extract_text):
    facts = facts_of(extract_text("Westbridge University hosted the 7th Harbour International Symposium on October 17 at "
                                  "the Lotte Hotel in Busan."))
    assert {("7th Harbour International Symposium", "location", "Lotte Hotel"),
            ("7th Harbour International Symposium", "location", "Busan")} <= facts


def test_the_photographer_a_credit_names_did_not_take_part(extract_text):
    x = extract_text("Fu Wen delivers a speech at the meeting in Harbin, Feb. 9, 2021. (Xinhua/Zhou Min)\n\nThe Harbour "
                     "Conference was held at Gaston Hall on May 3. Photo Credit: GSSR/Hunter Pryce.")
    facts = facts_of(x)
    assert not any(r == "participant" and o in ("Zhou Min", "Hunter Pryce", "Photo Credit") for s, r, o in facts)
    assert "Photo Credit" not in {n for ns in x.names.values() for n in ns}


def test_a_discussion_that_was_held_is_the_gathering_the_report_is_about(extract_text):
    facts = facts_of(extract_text(
        "On Monday, experts held a public discussion at the Fjord Institute on polar shipping.\n\n"
        "The event was co-hosted by the Nordic Maritime Council and chaired by Ambassador Karin Voss."))
    assert {("public discussion", "participant", n) for n in ("Nordic Maritime Council", "Karin Voss")} <= facts


def test_a_gathering_held_in_the_first_sentence_after_a_standfirst_is_the_one_reported(extract_text):
    facts = facts_of(extract_text(
        "Podcast: Shipping in a warmer Arctic\n\n"
        "Panel weighs the costs of new sea routes for coastal states.\n\n"
        "On 3 May, experts held a public discussion at the Fjord Institute on polar shipping.\n\n"
        "In her welcome, Karin Voss, Director of the Polar Centre, said the routes would open within a decade."))
    assert ("public discussion", "participant", "Karin Voss") in facts



def test_a_visit_paid_in_the_sentence_after_an_opening_that_names_none_is_the_one_reported(extract_text):
    facts = facts_of(extract_text(
        "Fjordvik University Explores Collaboration\n\n"
        "Fjordvik University has hosted a delegation from the Polar Institute to explore joint research.\n\n"
        "The delegation paid a courtesy visit to the Rector, Professor Karin Voss.\n\n"
        "On the university side were the Registrar, Dr Tom Berg, and the Bursar, Lena Holm."))
    assert {("courtesy visit", "participant", n) for n in ("Tom Berg", "Lena Holm")} <= facts


def test_those_who_discussed_in_the_opening_met_at_the_meeting_named_after_it(extract_text):
    facts = facts_of(extract_text(
        "On April 30th, the Rector of Nord University, Prof. Karin Voss, and the Polar Attaché in Oslo, Prof. Tom Berg, "
        "discussed ways to enhance cooperation.\n\n"
        "The meeting ended with an exchange of gifts.", date="2024-05-05"))
    assert {("meeting", "participant", n) for n in ("Karin Voss", "Tom Berg")} <= facts
    assert ("meeting", "date", "2024-04-30") in facts


def test_an_opening_that_tells_of_a_meeting_without_naming_it_reports_the_gathering_named_next(extract_text):
    facts = facts_of(extract_text(
        "Polar Institute hosts Nordic delegation\n\n"
        "On Friday, the Polar Institute welcomed five members of the Nordic Council to Oslo.\n\n"
        "Executive Director Karin Voss briefed the guests on Arctic shipping.\n\n"
        "The study visit was supported by the Fjord Foundation.", date="2024-05-06"))
    assert ("study visit", "participant", "Karin Voss") in facts


def test_a_dateline_in_title_case_is_the_place_it_was_filed_not_what_was_held(extract_text):
    x = extract_text("Island climate talks\n\nNukuvai, Tonuvaka – A two-day regional workshop was held in Nukuvai "
                     "from 3 March to 4 March to discuss coastal risks.", date="2023-03-10")
    kinds = {x.names[c][0]: x.kinds[c] for c in x.names}
    assert "Place" in kinds["Nukuvai"] and "Event" not in kinds["Nukuvai"]
    assert ("two-day regional workshop", "location", "Nukuvai") in facts_of(x)


def test_a_name_before_a_dash_that_is_a_persons_is_no_dateline(extract_text):
    x = extract_text("Senators visit the ministry\n\nThe minister met the delegation.\n\n"
                     "Ms. Ana Ruiz – the head of the delegation – thanked the minister.")
    kinds = {x.names[c][0]: x.kinds[c] for c in x.names}
    assert "Place" not in kinds.get("Ana Ruiz", {"Person"}) and "Ms. Ana Ruiz" not in kinds


def test_a_place_and_a_colon_opening_the_first_paragraph_is_a_dateline(extract_text):
    x = extract_text("Water conference opens in Norland\n\nBergen: The 6th Nordic Water Conference opened on Wednesday "
                     "at the city's harbour.")
    assert any(ns[0] == "Bergen" and x.kinds[c] == {"Place"} for c, ns in x.names.items())


def test_a_headline_with_a_colon_is_no_dateline(extract_text):
    x = extract_text("Arctic Futures: The Importance of Collaboration\n\nThe seminar gathered experts in Oslo.")
    assert "Arctic Futures" not in {n for ns in x.names.values() for n in ns}


def test_someone_a_report_names_in_passing_took_no_part_in_its_gathering(extract_text):
    x = extract_text("The Nordic Think Tank Forum took place in Oslo on Monday. Prof. Ana Ruiz, Director of the Polar "
                     "Institute, opened the forum. She recalled how little the region had changed since the days of Leif Eriksson.")
    facts = facts_of(x)
    assert ("Nordic Think Tank Forum", "participant", "Ana Ruiz") in facts
    assert ("Nordic Think Tank Forum", "participant", "Leif Eriksson") not in facts


def test_a_weekday_in_a_dated_report_dates_the_one_event_its_sentence_names(tmp_path, nlp):
    from kg.extract import extract
    from kg.ingest import read_articles
    (tmp_path / "a.txt").write_text("date 2011-10-06\nScholars meet in Oslo\n\nScholars from Norway and Sweden met in Oslo on "
                                    "Wednesday for the inaugural Norway-Sweden dialogue.\n", encoding="utf-8")
    x = next(extract(nlp, read_articles([tmp_path / "a.txt"])))
    assert ("inaugural Norway-Sweden dialogue", "date", "2011-10-05") in facts_of(x)


def test_a_signing_told_in_the_report_of_a_visit_is_part_of_the_visit(extract_text):
    x = extract_text("A Harbor University delegation recently traveled to Norland.\n\nDuring the trip, Provost Ana "
                     "Silva traveled to Nordvik University, where a new agreement was established. Silva and Nordvik "
                     "President Lars Holm signed a memorandum of understanding on student exchange.")
    signing = next(c for c, ns in x.names.items() if "signed" in ns)
    trip = next(c for c, ns in x.names.items() if "trip" in ns)
    assert any(f.subject == signing and f.relation == "superEvent" and f.object == trip for f in x.facts)


def test_a_part_told_in_a_where_clause_of_a_gatherings_sentence_is_that_gatherings(extract_text):
    x = extract_text("On 20 October 2025, students met Professor Maria Lopez at the first Harbor Dialogue. The second "
                     "Harbor Dialogue took place at Nordvik University on 27 October, where Professor Lars Holm, an "
                     "economist from Lund University, delivered a keynote speech on “Clean Energy”.")
    facts = facts_of(x)
    assert ("keynote speech on “Clean Energy”", "superEvent", "second Harbor Dialogue") in facts
    assert ("keynote speech on “Clean Energy”", "superEvent", "first Harbor Dialogue") not in facts


def test_a_gathering_named_in_the_singular_with_a_series_words_is_one_of_the_series(extract_text):
    x = extract_text("As part of the “Harbor Climate Dialogues” series, the Nordic project has organised three dialogues. "
                     "On 20 October 2025, students met Professor Maria Lopez at the first Harbor Dialogue. The second "
                     "Harbor Dialogue took place at Nordvik University on 27 October.")
    facts = facts_of(x)
    assert {("first Harbor Dialogue", "superEvent", "Harbor Climate Dialogues"),
            ("second Harbor Dialogue", "superEvent", "Harbor Climate Dialogues")} <= facts
