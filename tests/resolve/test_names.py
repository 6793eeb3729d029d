"""names: how names are taken apart to be compared."""
from kg.resolve.names import clipped, first_names_match, initials, is_acronym, org_variants, person_name, surnames_match


def test_a_person_s_name_without_titles_middle_initials_or_post_nominals():
    assert person_name("Home Secretary Charles Clarke").core == "charles clarke"
    assert person_name("George W Bush").core == person_name("George Bush").core
    assert person_name("Mrs Thatcher").gender == "f" and not person_name("Mrs Thatcher").full
    assert person_name("Robert Kilroy-Silk").surname == person_name("Kilroy-Silk").surname == "kilroy silk"
    assert person_name("Paul Boateng MP").core == "paul boateng"


def test_bodies_names_and_their_other_forms():
    assert "labour" in org_variants("Labour Party") and "liberal democrat" in org_variants("Liberal Democrats")
    assert "commons" in org_variants("House of Commons")
    assert org_variants("Institute for Fiscal Studies") & org_variants("Institute of Fiscal Studies")
    assert org_variants("Trades Union Congress") & org_variants("Trade Unions Congress")
    assert "guardian" in org_variants("Guardian newspaper")
    assert not org_variants("Times") & org_variants("Time")
    assert clipped("lib dem", "liberal democrat") and not clipped("new york", "new yorker")
    assert initials("Scottish National Party") == "SNP" and is_acronym("SNP") and not is_acronym("Snp")


def test_first_names_and_surnames_that_may_be_one_person_s():
    assert first_names_match("ted", "edward") and first_names_match("beverley", "beverly")
    assert not first_names_match("paul", "paula") and not first_names_match("mark", "mike")
    assert surnames_match("peston", "preston") and not surnames_match("brown", "browne")
