"""junk: a node is a proper name of its kind; each rule on names, then on sentences through the real pipeline."""
import pytest

from kg.resolve import Resolver, rewrite
from kg.resolve.junk import junk_reason

NOT_ENTITIES = [
    ("Person", "Chancellor", "a title"), ("Person", "Associate Dean", "a title"), ("Person", "Mr", "a title"),
    ("Person", "Labour MPs", "a group"), ("Person", "Welsh", "a people"), ("Person", "rang Lucy", "not a proper name"),
    ("Organization", "Budget", "a common noun"), ("Organization", "Government", "a common noun"),
    ("Organization", "MEP", "a title"), ("Organization", "UKIP MEP", "a title"),
    ("Organization", "White Paper", "a document"), ("Organization", "Common Agricultural Policy", "a document"),
    ("Organization", "Brown's Budget", "a document"), ("Organization", "Finance Act", "a document"),
    ("Organization", "GMT", "a time"), ("Event", "New Year", "a time"), ("Event", "Holocaust Memorial Day", "a time"),
    ("Event", "Iraq war", "an ongoing situation"), ("Event", "Cold War", "an ongoing situation"),
    ("Event", "European Convention on Human Rights", "an ongoing situation, law"),
    ("Organization", "health department", "not a proper name"), ("Person", "Natalie Appleton,31", "not a proper name"),
]

NAMES = [
    ("Person", "Gordon Brown"), ("Person", "John Major"), ("Person", "Charles de Gaulle"), ("Person", "de Villepin"),
    ("Organization", "Office of Management and Budget"), ("Organization", "House of Lords"),
    ("Organization", "Microprocessor Report"), ("Organization", "UN Development Programme"), ("Organization", "Treasury"), ("Organization", "Labour Party"),
    ("Event", "General Election"), ("Event", "Hutton Inquiry"), ("Event", "data workshop"), ("Place", "Westminster"),
]


@pytest.mark.parametrize("kind,name,why", NOT_ENTITIES)
def test_what_names_no_entity(kind, name, why):
    assert (junk_reason(kind, name) or "").startswith(why)


@pytest.mark.parametrize("kind,name", NAMES)
def test_proper_names_of_their_kind_stay(kind, name):
    assert junk_reason(kind, name) is None


SENTENCES = [  # (text, key the tagger makes of something that names no entity)
    ("The Chancellor said the Budget would help families.", "organization/budget"),
    ("Labour MPs gathered in Westminster before New Year to hear Gordon Brown.", "event/new-year"),
    ("A White Paper published by the Home Office sets out the new plan.", "organization/white-paper"),
    ("The Government said the Cold War ended long ago, Tony Blair told the Commons.", "event/cold-war"),
    ("The Budget was announced by the Chancellor on Wednesday, GMT.", "organization/gmt"),
]


@pytest.mark.parametrize("text,junk", SENTENCES)
def test_the_tagger_s_non_entities_leave_no_node(extract_text, text, junk):
    resolver = Resolver()
    resolver.add(extract_text(text))
    if junk not in resolver.entities:
        pytest.skip(f"the extractor no longer reads {junk} in this sentence")
    resolved = rewrite.resolved(resolver)
    assert junk not in resolved.entities and set(resolved.entities) < set(resolver.entities)
    assert all(junk not in (f.subject, f.object) for f in resolved.facts)
