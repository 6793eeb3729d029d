"""forms: how two names of bodies and events relate, read from the names alone."""
from kg.resolve.forms import abbreviates, acronym_like, distinct_names, names_parent, qualified, translates


def test_an_acronym_spells_its_name_letter_for_letter_and_only_loosely_through_a_compound_word():
    assert abbreviates("NWCA", "Northwest Coastal Alliance", loose=True) and not abbreviates("NWCA", "Northwest Coastal Alliance")
    assert abbreviates("DfT", "Department for Transport") and abbreviates("BOJ", "Bank of Japan")
    assert acronym_like("MoFA") and not acronym_like("Oslo")
    assert not abbreviates("AAC", "Arctic and Coastal")  # "and" gives no capital letter ("of" does: "BOJ")
    assert not abbreviates("BT", "BBC Two")  # a word in capitals gives all its letters
    assert abbreviates("HP", "Hewlett-Packard") and not abbreviates("UK", "US-Ukraine Kommission")  # two names run together


def test_two_names_with_one_head_and_something_each_of_their_own_name_two_things():
    assert distinct_names("Arctic Youth Forum", "Baltic Trade Forum")
    assert distinct_names("Conference on Fisheries", "Conference on Shipping")
    assert not distinct_names("Arctic Youth Forum", "2024 Arctic Youth Forum")
    assert not distinct_names("Arctic Ministerial Meeting", "Ministerial Meeting on Fisheries")  # one says less
    assert not distinct_names("Arctic Youth Forum", "Arctic Youth Council")  # heads differ: another rule's question


def test_a_short_name_before_a_unit_s_name_is_the_parent_s():
    assert names_parent("Halden", "Halden Centre for Coastal Research")
    assert names_parent("Halden", "Halden Coastal Policy Lab")
    assert not names_parent("Halden", "Halden University")
    assert not names_parent("Halden", "Halden Department Stores")


def test_a_translation_says_the_same_words_in_another_language():
    assert translates("Universidad Marítima del Norte", "Northern Maritime University")
    assert not translates("Northern Maritime University", "Southern Maritime University")
    assert not translates("Universidad Marítima del Norte", "Universidad Marítima del Sur")  # one language


def test_the_country_a_body_s_name_carries():
    countries = {"Norway", "Republic of Korea", "US"}.__contains__
    assert qualified("Fjordland University of Norway", countries) == ("Fjordland University", "Norway")
    assert qualified("National Assembly of the Republic of Korea", countries) == ("National Assembly", "Republic of Korea")
    assert qualified("Norway's Coastal Directorate", countries) == ("Coastal Directorate", "Norway")
    assert qualified("US Council on Maritime Affairs", countries) == ("Council on Maritime Affairs", "US")
    assert qualified("US Navy", countries) is None  # what is left is one word: no name of its own
    assert qualified("Coastal Council Norway", countries) is None  # a branch there, not the body
