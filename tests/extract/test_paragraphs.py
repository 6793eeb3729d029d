"""kg_paragraphs: a line break starts a sentence, so headlines never run into the text."""
from tests.conftest import facts_of


def test_line_break_starts_a_sentence(nlp):
    doc = nlp("Court to rule on Vexo bid\n\nVexo said a court will decide on Thursday.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Court to rule on Vexo bid"


def test_headline_noun_is_no_title_of_the_first_subject(extract_text):
    x = extract_text("Court to rule on Vexo refuge call\n\nVexo has said a US court will decide it.")
    assert not any(r == "jobTitle" for _, r, _ in facts_of(x))


def test_a_quoted_title_holds_no_sentence_end(nlp):
    doc = nlp('The launch of the project "Global Consensus on Building AI Guardrails", jointly hosted by the '
              'Polar Institute, was held in the Starlight Hall.')
    assert len(list(doc.sents)) == 1


def test_a_courtesy_titles_dot_ends_no_sentence(nlp):
    doc = nlp("On May 2, 2019 Ambassador of the Republic of Latvia H.E. Mr. Ivo Marek held a meeting with the minister.")
    assert len(list(doc.sents)) == 1
