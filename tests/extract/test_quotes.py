"""kg_quotes: who said what, direct and reported, attributed to the resolved speaker."""


def _quotes(extraction):
    return {(extraction.names[s][0], text) for s, text, _ in extraction.quotes}


def test_direct_quote_after_the_speaker(extract_text):
    x = extract_text('Maria Lopez, a senior economist at the World Bank, said: "Growth will slow next year."')
    assert ("Maria Lopez", "Growth will slow next year.") in _quotes(x)


def test_direct_quote_before_an_inverted_speaker(extract_text):
    x = extract_text('"Prices will rise sharply," said Helen Marsh, of Lloyds Bank.')
    assert ("Helen Marsh", "Prices will rise sharply,") in _quotes(x)


def test_reported_speech_without_quotation_marks(extract_text):
    x = extract_text("Tom Hale said that central banks must act faster on inflation.")
    assert ("Tom Hale", "central banks must act faster on inflation") in _quotes(x)


def test_pronoun_speaker_is_the_person_before(extract_text):
    x = extract_text('Ines Duarte arrived late. "We are ready for the vote," she said.')
    assert {name for name, _ in _quotes(x)} == {"Ines Duarte"}


def test_organisation_speaks_too(extract_text):
    x = extract_text("The World Health Organization said that the outbreak was under control.")
    assert ("World Health Organization", "the outbreak was under control") in _quotes(x)


def test_a_place_does_not_speak(extract_text):
    x = extract_text("Nobody in Geneva said that the talks had failed.")
    assert _quotes(x) == set()
