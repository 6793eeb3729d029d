"""kg_paragraphs: a line break starts a sentence, so headlines never run into the text."""
from tests.conftest import facts_of


def test_line_break_starts_a_sentence(nlp):
    doc = nlp("Court to rule on Vexo bid\n\nVexo said a court will decide on Thursday.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Court to rule on Vexo bid"


def test_headline_noun_is_no_title_of_the_first_subject(extract_text):
    x = extract_text("Court to rule on Vexo refuge call\n\nVexo has said a US court will decide it.")
    assert not any(r == "jobTitle" for _, r, _ in facts_of(x))
