"""kg_relations' event rules (kg/extract/event_facts.py): who took part, where and when."""
from tests.conftest import facts_of


def test_the_side_that_clinches_a_cup_took_part_in_it(extract_text):
    facts = facts_of(extract_text("Slovakia clinched the Hopman Cup for the second time by beating Chile in the final."))
    assert ("Hopman Cup", "participant", "Slovakia") in facts


def test_the_names_a_group_of_attendees_includes_took_part(extract_text):
    facts = facts_of(extract_text("More than 20 other world leaders are expected to attend the forum, including "
                                  "French President Jacques Chirac and South African President Thabo Mbeki."))
    assert {("forum", "participant", "Jacques Chirac"), ("forum", "participant", "Thabo Mbeki")} <= facts


def test_who_is_expected_to_attend_takes_part(extract_text):
    facts = facts_of(extract_text("Ines Duarte is expected to attend the Lisbon Energy Summit next week."))
    assert ("Lisbon Energy Summit", "participant", "Ines Duarte") in facts


def test_a_partys_conference_has_the_party_taking_part(extract_text):
    facts = facts_of(extract_text("The Tories gathered in Blackpool. The Tory conference opened on Monday."))
    assert ("Tory conference", "participant", "Conservative Party") in facts


def test_a_name_that_says_what_an_event_is_about_takes_no_part(extract_text):
    facts = facts_of(extract_text("Linux is popular. Developers met at the Linux summit in Boston."))
    assert not any(f[0] == "Linux summit" and f[1] == "participant" and f[2] == "Linux" for f in facts)


def test_a_verb_the_lemmatizer_misreads_still_counts(extract_text):
    facts = facts_of(extract_text("Microsoft staged the Xbox launch in Amsterdam."))
    assert ("Xbox launch", "participant", "Microsoft") in facts


def test_attending_with_no_event_named_attends_the_one_the_story_is_about(extract_text):
    x = extract_text("The Oslo Energy Forum opens on Wednesday. Sales of oil rose sharply in March. "
                     "More than 20 leaders are expected to attend, including Ines Duarte and Peter Walsh. Israel will not attend.")
    facts = facts_of(x)
    assert {("Oslo Energy Forum", "participant", "Ines Duarte"), ("Oslo Energy Forum", "participant", "Peter Walsh")} <= facts
    assert not any(f[1] == "participant" and f[2] == "Israel" for f in facts)


def test_who_did_not_attend_took_no_part(extract_text):
    facts = facts_of(extract_text("Ines Duarte did not attend the Oslo Energy Forum on Wednesday."))
    assert ("Oslo Energy Forum", "participant", "Ines Duarte") not in facts


def test_where_people_go_for_an_event_is_where_it_is(extract_text):
    facts = facts_of(extract_text("Delegates will travel to Geneva for the talks. About 100,000 people are expected to "
                                  "converge on the Brazilian resort of Porto Alegre for the World Social Forum."))
    assert {("talks", "location", "Geneva"), ("World Social Forum", "location", "Porto Alegre")} <= facts


def test_a_venue_in_a_place_puts_the_event_there(extract_text):
    facts = facts_of(extract_text("The ceremony, to be held at the Curzon Mayfair cinema in London on 20 March, was announced."))
    assert ("ceremony", "location", "London") in facts


def test_a_denial_in_what_someone_said_at_an_event_does_not_deny_their_being_there(extract_text):
    facts = facts_of(extract_text("At the debate, Lord Currie did not rule out the possibility of regulation."))
    assert ("debate", "participant", "Currie") in facts


def test_a_year_closing_an_events_name_dates_it(extract_text):
    x = extract_text("Minister Ingrid Dahl opened the Nordic Trade and Investment Forum-2023 in Oslo.")
    assert ("Nordic Trade and Investment Forum-2023", "date", "2023") in facts_of(x)


def test_today_in_a_report_is_its_day_though_the_parser_hung_the_event_low(extract_text):
    x = extract_text("Forum opens\n\nPrime Minister Ingrid Dahl today inaugurated the two-day Nordic Trade and Investment "
                     "Forum-2023 aiming to boost trade.", date="2023-09-13")
    assert ("Nordic Trade and Investment Forum-2023", "date", "2023-09-13") in facts_of(x)


def test_who_the_article_says_did_not_take_part_took_no_part_whatever_else_it_says(extract_text):
    facts = facts_of(extract_text(
        "The Nordic Trade Talks ended in Oslo on Monday.\n\nIngrid Dahl, an analyst at the Polar Institute, did not "
        "take part in the talks. She said that the deal was smaller than it looked."))
    assert not any(r == "participant" and o == "Ingrid Dahl" for _, r, o in facts)


def test_a_city_that_hosts_a_forum_is_where_it_is_not_a_side_in_it(extract_text):
    facts = facts_of(extract_text("On 22-24 October 2020, Stockholm hosted the 12th Nordic Academic Forum."))
    assert ("12th Nordic Academic Forum", "location", "Stockholm") in facts
    assert ("12th Nordic Academic Forum", "participant", "Stockholm") not in facts


def test_a_place_closing_a_bodys_name_before_and_is_where_the_body_is(extract_text):
    facts = facts_of(extract_text("The Polar Centre for Policy in Abu Dhabi and a delegation from the Fjord Council "
                                  "have discussed ways to cooperate."))
    assert ("Polar Centre for Policy", "location", "Abu Dhabi") in facts


def test_those_who_conclude_a_gathering_took_part_in_it(extract_text):
    facts = facts_of(extract_text("On March 26th, the Lake Center and the Baltic Union of Nature (BUN) successfully "
                                  "concluded the first Nordic Partnership Policy Dialogues."))
    assert ("first Nordic Partnership Policy Dialogues", "participant", "Baltic Union of Nature") in facts


def test_the_city_written_after_the_venue_is_where_the_event_was_too(extract_text):
    facts = facts_of(extract_text("The third round of the Nordic Energy Dialogue was held at the Lake Centre, Riga on "
                                  "Monday."))
    event = "third round of the Nordic Energy Dialogue"
    assert {(event, "location", "Lake Centre"), (event, "location", "Riga")} <= facts


def test_the_person_apposed_to_a_title_subject_took_part(extract_text):
    facts = facts_of(extract_text("The Ambassador of Peru, Ana Ruiz, paid a courtesy visit to Westbridge University "
                                  "on Monday."))
    assert ("courtesy visit to Westbridge University", "participant", "Ana Ruiz") in facts


def test_who_does_something_in_a_gathering_took_part_in_it(extract_text):
    facts = facts_of(extract_text("The dialogue was held in Islamabad. In the inaugural session, both Ambassador Ivo Tamm "
                                  "and Dr. Leo Wu reflected on the changes in global dynamics."))
    assert {("inaugural session", "participant", "Ivo Tamm"), ("inaugural session", "participant", "Leo Wu")} <= facts


def test_what_happens_in_an_election_is_no_taking_part(extract_text):
    facts = facts_of(extract_text("In the general election, the Harbour Party lost two seats to Ana Ruiz's party."))
    assert not any(r == "participant" and o == "Ana Ruiz" for s, r, o in facts)


def test_those_who_participated_took_part_in_the_gathering_in_focus_not_its_topic(extract_text):
    x = extract_text("Discussion on Peru-Japan Relations, G20 Summit and the Pacific\n\nThe Harbour Foundation organised a "
                     "roundtable discussion on “Peru-Japan Relations, G20 Summit and the Pacific” on 15 May, 2023. Amb. Ana "
                     "Ruiz chaired the session. Lt. Gen. Ivo Tamm, Mr. Leo Wu, and Dr. Mia Sato participated.")
    assert not any(s == "G20 Summit" and r == "participant" for s, r, o in facts_of(x))


def test_where_a_side_of_a_discussion_works_is_not_where_the_discussion_was(extract_text):
    facts = facts_of(extract_text(
        "Karin Voss moderated a discussion between Tom Berg, Senior Analyst at the Polar Centre, and Lena Holm, "
        "Professor at Nord University."))
    assert not any(r == "location" for s, r, o in facts if s.startswith("discussion"))
    assert ("Tom Berg", "affiliation", "Polar Centre") in facts


def test_where_the_sides_of_a_dialogue_met_is_where_it_was(extract_text):
    facts = facts_of(extract_text("Senators held a dialogue with academic leaders at Nord University on Monday."))
    assert any(s.startswith("dialogue") and r == "location" and o == "Nord University" for s, r, o in facts)


def test_the_venue_after_a_long_theme_is_the_events_though_the_parser_hung_it_on_the_theme(extract_text):
    facts = facts_of(extract_text(
        "The Nordic Trade Programme organised a regional conference of the Asian and African Chairs on the theme of "
        "Fostering Resilient and Responsible Trade for Changing Global Order at Vanijya Bhawan, New Delhi on "
        "27th and 28th September 2024."))
    conference = next(s for s, r, o in facts if r == "date")
    assert (conference, "location", "Vanijya Bhawan") in facts


def test_a_place_in_what_a_gathering_focused_on_is_no_place_of_it(extract_text):
    facts = facts_of(extract_text(
        "The panel discussion, moderated by Professor Masa Sugi, focused on the status of technology toward "
        "decarbonization in Japan and the U.S., and its relationship with geopolitics."))
    assert not {f for f in facts if f[1] == "location"}


def test_a_host_is_also_where_its_forum_is_when_the_report_says_at(extract_text):
    facts = facts_of(extract_text("The forum, co-hosted by Nordvik University and the Baltic Institute, opened at "
                                  "Nordvik University on Monday."))
    assert ("forum", "location", "Nordvik University") in facts


def test_it_was_held_at_a_venue_places_the_event_named_before(extract_text):
    facts = facts_of(extract_text(
        "Eastbay University yesterday held a seminar on trade. The event is organized with the Northfield Center. "
        "It was held at the Grand Harbour Hotel."))
    assert ("seminar on trade", "location", "Grand Harbour Hotel") in facts


def test_it_that_names_no_event_places_none(extract_text):
    facts = facts_of(extract_text("It was held at the Grand Harbour Hotel, the report said."))
    assert not [f for f in facts if f[1] == "location"]



def test_a_place_in_an_events_name_gives_way_to_the_place_it_was_held_in(extract_text):
    facts = facts_of(extract_text(
        "The Arctic Science Summit was held in Tromso on Monday. Delegates from across the Arctic attended the summit."))
    assert ("Arctic Science Summit", "location", "Tromso") in facts
    assert ("Arctic Science Summit", "location", "Arctic") not in facts


def test_a_place_in_an_events_name_is_where_it_is_when_nothing_else_says(extract_text):
    facts = facts_of(extract_text("The Bergen Energy Forum opened on Monday. Bergen is Norway's second city."))
    assert ("Bergen Energy Forum", "location", "Bergen") in facts



def test_whom_a_courtesy_call_is_paid_on_takes_part_in_it(extract_text):
    x = extract_text("The Ambassador of Norway to Kenya, His Excellency Per Holm, and his delegation paid a courtesy call on "
                     "the Vice-Chancellor of the Eastbay University of Science and Technology, Professor (Mrs.) Grace Ama Mensah, "
                     "at the Senate Chamber.")
    call = next(m.text for m in x.mentions if m.kind == "Event" and "courtesy call" in m.text)
    assert (call, "participant", "Eastbay University of Science and Technology") in facts_of(x)


def test_a_continent_in_an_events_name_says_what_it_is_about_not_where_it_is(extract_text):
    facts = facts_of(extract_text("The Africa Innovation Week opened on Monday. Startups from across Africa took part."))
    assert ("Africa Innovation Week", "location", "Africa") not in facts


def test_the_bodies_a_roster_of_panellists_gives_them_are_theirs_not_panellists(extract_text):
    x = extract_text("The first panel looked at fisheries and the law. The panelists included Ana Ruiz, Assistant Professor "
                     "of Law at Eastbay University; Vera Lund, Professor of Law, Tromso School of Law, in Tromso; and Jon Dahl, "
                     "Professor of Law, University of Bergen.")
    facts = facts_of(x)
    assert ("first panel", "participant", "Vera Lund") in facts
    assert not [f for f in facts if f[1] == "participant" and f[2] in ("Tromso School of Law", "University of Bergen")]


def test_a_capitals_country_in_apposition_is_no_second_place_of_the_event(extract_text):
    facts = facts_of(extract_text("Jon Dahl delivered a speech at a plenary meeting of the Polar Network in Oslo, capital of "
                                  "Norway, on Feb. 3, 2022."))
    assert ("plenary meeting of the Polar Network", "location", "Oslo") in facts
    assert ("plenary meeting of the Polar Network", "location", "Norway") not in facts


def test_a_dateline_in_capitals_before_a_bracketed_date_is_a_place(extract_text):
    x = extract_text("TROMSO (May 4, 2021) – The Eastbay School of Law held its yearly symposium on fisheries law.")
    assert {m.text: m.kind for m in x.mentions}.get("TROMSO") == "Place"


def test_a_month_without_its_year_takes_the_one_year_its_sentence_names(extract_text):
    x = extract_text("He invited firms to six fairs Norway will hold in 2020, i.e. the Oslo Trade Fair in Bergen in April, "
                     "and the Nordic Expo in Oslo in May.", date="2020-01-12")
    facts = facts_of(x)
    assert {("Oslo Trade Fair", "date", "2020-04"), ("Nordic Expo", "date", "2020-05")} <= facts


def test_where_a_meeting_with_a_delegation_was_held_is_its_place_though_hung_on_the_delegation(extract_text):
    x = extract_text("Foreign Minister Lars Holm on Friday (September 1) held a meeting with a high-powered business "
                     "delegation from the United States at the State Guest House Lotus in Oslo.")
    meeting = next(ns[0] for ns in x.names.values() if ns[0].startswith("meeting"))
    assert {(meeting, "location", "State Guest House Lotus"), (meeting, "location", "Oslo")} <= facts_of(x)


def test_a_session_of_a_gathering_named_in_quotes_after_its_length_is_part_of_it(extract_text):
    x = extract_text('This was the title of the closing session of a two days "Meeting of Nordic Trade Councils" which '
                     'took place in Oslo.')
    facts = facts_of(x)
    assert ("closing session", "superEvent", "Meeting of Nordic Trade Councils") in facts
    assert ("Meeting of Nordic Trade Councils", "location", "Oslo") in facts


def test_a_place_inside_a_quoted_title_is_not_where_the_event_was(extract_text):
    x = extract_text("On 20th October 2025, students gathered at Harbor University to engage with Professor Maria Lopez "
                     "on the topic of “International Trade Negotiations and Recent Developments in China, the EU, and the "
                     "USA.”")
    title = "International Trade Negotiations and Recent Developments in China, the EU, and the USA"
    assert (title, "location", "China") not in facts_of(x)


def test_a_gathering_at_a_bodys_headquarters_is_at_the_body(extract_text):
    for text in ("The Nordvik Forum was organized at the headquarters of the Polar Institute in Oslo on 3 May 2023.",
                 "The Nordvik Forum was held at the Polar Institute's headquarters."):
        assert ("Nordvik Forum", "location", "Polar Institute") in facts_of(extract_text(text))
