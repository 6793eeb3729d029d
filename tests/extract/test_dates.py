"""Dates: absolute as written, relative against the publication date, none without an anchor."""
import pytest

from kg.extract.dates import resolve_date
from tests.conftest import facts_of


@pytest.mark.parametrize(
    "text, published, tense, expected",
    [
        ("12 March 2025", None, "past", "2025-03-12"),
        ("March 12, 2025", None, "past", "2025-03-12"),
        ("May 2005", None, "past", "2005-05"),
        ("2006", None, "future", "2006"),
        ("This May", "2024-11-03", "past", "2024-05"),
        ("later in June", "2024-11-03", "past", "2024-06"),
        ("in June", "2025-03-14", "future", "2025-06"),
        ("December", "2025-03-14", "past", "2024-12"),
        ("next January", "2025-10-06", "future", "2026-01"),
        ("Sunday", "2024-11-03", "present", "2024-11-03"),
        ("Thursday", "2025-06-20", "past", "2025-06-19"),
        ("yesterday", "2025-06-20", "past", "2025-06-19"),
        ("last week", "2025-06-20", "past", "2025-06"),
        ("last year", "2024-11-03", "past", "2023"),
    ],
)
def test_resolves(text, published, tense, expected):
    assert resolve_date(text, published, tense) == expected


@pytest.mark.parametrize("text", ["This May", "on Sunday", "last week", "three-day"])
def test_no_anchor_no_date(text):
    assert resolve_date(text, None) is None


def test_week_straddling_two_months_has_no_month():
    # the week before 2025-06-04 runs from 26 May to 1 June
    assert resolve_date("last week", "2025-06-04") is None


def test_relative_date_in_article_uses_publication_date(extract_text):
    from tests.conftest import facts_of

    facts = facts_of(extract_text("This May, Chile and Japan held the third meeting of the fisheries council in Tokyo.", date="2024-11-03"))
    assert any(r == "date" and o == "2024-05" for _, r, o in facts)


def test_date_of_an_open_clause_belongs_to_its_heads_subject(extract_text):
    from tests.conftest import facts_of

    x = extract_text("A full launch of the new console is not expected to start until 2027.", date="2025-01-10")
    assert ("full launch of the new console", "date", "2027") in facts_of(x)


def test_a_range_of_days_the_tagger_cut_in_two_dates_the_event_to_its_first_day(extract_text):
    facts = facts_of(extract_text("Scholars meet in Oslo\n\nOn 22-24 October 2020, Oslo hosted the 12th Arctic Academic Forum."))
    assert ("12th Arctic Academic Forum", "date", "2020-10-22") in facts
    facts = facts_of(extract_text("The Fourth Nordic Think-Tanks Forum was held in Oslo on 28-29 November 2019."))
    assert ("Fourth Nordic Think-Tanks Forum", "date", "2019-11-28") in facts


def test_a_number_before_a_month_is_a_day_only_next_to_it(nlp):
    doc = nlp("The 25 delegates arrived on 3 May.")
    assert [(e.text, e.label_) for e in doc.ents] == [("25", "CARDINAL"), ("3 May", "DATE")]


def test_an_ordinal_day_of_a_month_dates_the_event_and_a_range_of_them_to_its_first_day(extract_text):
    # (the tagger reads "the 6th" and "the 7th" as ordinals, and "of August 2007" as nothing)
    x = extract_text("At the Nordic Policy Forum, which took place on the 6th to the 7th of August 2007, members of "
                     "think tanks came together.")
    assert ("Nordic Policy Forum", "date", "2007-08-06") in facts_of(x)


def test_a_range_of_ordinal_days_before_a_month_dates_the_event_to_its_first_day(extract_text):
    # (the tagger reads "8th" and "11th" as ordinals, and "October, 2024" as the date)
    facts = facts_of(extract_text("The summit was held in Abidjan from 8th to 11th October, 2024."))
    assert ("summit", "date", "2024-10-08") in facts


def test_a_range_of_days_with_short_months_the_tagger_cut_is_one_date(nlp):
    doc = nlp("WTO Public Forum 2018\n\n2 Oct 2018 to 4 Oct 2018\n\nGeneva, Switzerland")
    assert "2 Oct 2018 to 4 Oct 2018" in [e.text for e in doc.ents if e.label_ == "DATE"]


def test_a_day_month_and_year_the_tagger_left_untagged_are_a_date(nlp):
    doc = nlp("Nordic Trade Forum 2019\n\n5 Nov 2019 to 7 Nov 2019\n\nOslo, Norway")
    assert "5 Nov 2019 to 7 Nov 2019" in [e.text for e in doc.ents if e.label_ == "DATE"]


def test_the_day_people_met_in_a_reports_opening_is_the_day_of_the_gathering_it_names_next(extract_text):
    x = extract_text("The trade ministers of the Harbor Union met in Oslo on Thursday to discuss tariffs.\n\n"
                     "The 2025 Harbor Trade Ministers Meeting is being attended by 12 member states.",
                     date="2025-08-14")
    assert ("2025 Harbor Trade Ministers Meeting", "date", "2025-08-14") in facts_of(x)


def test_the_day_a_gathering_starts_in_a_clause_about_it_is_its_date(extract_text):
    x = extract_text("Ana Silva is taking part in the Harbor Dialogue, which starts today (December 5) in Oslo, and will "
                     "speak in a session on trade. The Sea Award, which was introduced in 2022, will be given there.",
                     date="2014-12-05")
    facts = facts_of(x)
    assert ("Harbor Dialogue", "date", "2014-12-05") in facts
    assert not any(s == "Sea Award" and r == "date" for s, r, _ in facts)


def test_a_day_of_a_month_with_no_year_takes_the_year_the_article_gives_its_event(extract_text):
    x = extract_text("Leaders to join biggest Harbor Sea conference of 2024\n\nTop leaders and experts will meet in Vik "
                     "City on Friday, July 12, for the biggest Harbor Sea Conference this year.")
    assert any(r == "date" and o == "2024-07-12" for _, r, o in facts_of(x))



def test_this_morning_is_the_day_of_the_report(extract_text):
    x = extract_text("Harbor Enterprise executive chairman Lars Holm this morning signed a memorandum of understanding "
                     "with Ola Brenn in Bergen.", date="2016-10-24")
    assert ("signing", "date", "2016-10-24") in facts_of(x)


def test_a_day_of_a_month_with_no_year_in_an_undated_report_takes_the_year_the_text_gave_last(extract_text):
    x = extract_text("On 20 October 2025, students met Professor Maria Lopez at the first Harbor Dialogue. The second "
                     "Harbor Dialogue took place at Nordvik University on 27 October.")
    assert ("second Harbor Dialogue", "date", "2025-10-27") in facts_of(x)


def test_a_month_a_comma_and_an_ordinal_day_are_one_date(extract_text):
    x = extract_text("On September, 4th, the delegation led by Mr. Lars Holm visited Harbor University.", date="2017-09-21")
    assert ("visit", "date", "2017-09-04") in facts_of(x)
