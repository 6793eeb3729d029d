"""identity: which keys of a corpus are one thing, decided over every article's record at once."""
import random

from kg.curate import parse_aliases
from kg.resolve.identity import resolve_identity

from .helpers import extraction as x, records


def entity_of(identity, article, key):
    target = identity.of(article, key)
    return None if target is None else identity.entities[target].name


def test_a_surname_alone_joins_the_one_full_name_it_fits():
    ident = resolve_identity(records(x("a", ("Person", "Alan Milburn")), x("b", ("Person", "Milburn")),
                                     x("c", ("Person", "Mr Milburn"))))
    assert entity_of(ident, "b", "person/milburn") == entity_of(ident, "c", "person/mr-milburn") == "Alan Milburn"


def test_a_shared_surname_joins_by_usage_and_company_or_stays_apart():
    corpus = [x(f"t{i}", ("Person", "Tony Blair", "Blair", "Mr Blair"), ("Organization", "Labour"),
                ("Person", "Gordon Brown")) for i in range(8)]
    corpus += [x("c1", ("Person", "Cherie Blair"), ("Organization", "Matrix Chambers")),
               x("c2", ("Person", "Cherie Blair", "Mrs Blair"), ("Organization", "Matrix Chambers"))]
    corpus += [x("n1", ("Person", "Blair"), ("Organization", "Labour"), ("Person", "Gordon Brown")),  # Tony's company
               x("n2", ("Person", "Mrs Blair"), ("Organization", "Matrix Chambers")),  # only Cherie is Mrs
               x("n3", ("Person", "Blair"), ("Place", "Tuvalu"))]  # nothing to go by, and no usage beats 5:1
    ident = resolve_identity(records(*corpus))
    assert entity_of(ident, "n1", "person/blair") == "Tony Blair"
    assert entity_of(ident, "n2", "person/mrs-blair") == "Cherie Blair"
    assert entity_of(ident, "n3", "person/blair") == "Tony Blair"  # "Blair" is Tony's in 8 articles, Cherie's in none
    corpus[-1] = x("n3", ("Person", "Mr Blair"), ("Place", "Tuvalu"))
    corpus += [x("i1", ("Person", "Ian Blair", "Mr Blair"), ("Organization", "Metropolitan Police")),
               x("i2", ("Person", "Ian Blair", "Mr Blair"), ("Organization", "Metropolitan Police"))]
    ident = resolve_identity(records(*corpus))
    assert entity_of(ident, "n3", "person/mr-blair") == "Mr Blair"  # Tony's 8 against Ian's 2, and nothing else: apart


def test_titles_middle_initials_and_familiar_first_names_are_one_person():
    ident = resolve_identity(records(x("a", ("Person", "David B. Sandalow")), x("b", ("Person", "David Sandalow")),
                                     x("c", ("Person", "Jim Callaghan")), x("d", ("Person", "James Callaghan")),
                                     x("e", ("Person", "Dr Liam Fox")), x("f", ("Person", "Liam Fox")),
                                     x("g", ("Person", "Paul Smith")), x("h", ("Person", "Paula Smith"))))
    assert len({ident.of(a, k) for a, k in [("a", "person/david-b-sandalow"), ("b", "person/david-sandalow")]}) == 1
    assert ident.of("c", "person/jim-callaghan") == ident.of("d", "person/james-callaghan")
    assert ident.of("e", "person/dr-liam-fox") == ident.of("f", "person/liam-fox") == "person/liam-fox"
    assert ident.of("g", "person/paul-smith") != ident.of("h", "person/paula-smith")


def test_a_party_with_and_without_party_plural_and_clipped_is_one_body():
    ident = resolve_identity(records(
        x("a", ("Organization", "Labour")), x("b", ("Organization", "Labour Party")), x("c", ("Organization", "Labour")),
        x("d", ("Organization", "Liberal Democrats")), x("e", ("Organization", "Lib Dems")),
        x("f", ("Organization", "Lib Dem")), x("g", ("Organization", "Liberal Democrat"))))
    assert ident.of("b", "organization/labour-party") == "organization/labour"  # the form most articles read
    assert {ident.of(a, k) for a, k in [("d", "organization/liberal-democrats"), ("e", "organization/lib-dems"),
                                        ("f", "organization/lib-dem"), ("g", "organization/liberal-democrat")]} \
        == {ident.of("d", "organization/liberal-democrats")}


def test_an_acronym_joins_its_one_expansion_and_a_known_form_its_one_owner():
    ident = resolve_identity(records(
        x("a", ("Organization", "National Health Service")), x("b", ("Organization", "NHS")),
        x("c", ("Organization", "Stanford University", "Stanford")), x("d", ("Organization", "Stanford")),
        x("e", ("Organization", "Lincoln College", "Lincoln")), x("f", ("Organization", "Lincoln University", "Lincoln")),
        x("g", ("Organization", "Lincoln"))))
    assert ident.of("b", "organization/nhs") == "organization/national-health-service"
    assert ident.of("d", "organization/stanford") == "organization/stanford-university"
    assert ident.of("g", "organization/lincoln") == "organization/lincoln"  # read for two bodies: neither's


def test_one_name_read_as_two_kinds_is_one_node_where_it_can_be():
    ident = resolve_identity(records(
        x("a", ("Place", "UK")), x("b", ("Place", "UK")), x("c", (("Organization", "Place"), "UK")),
        x("d", ("Place", "Manchester")), x("e", ("Place", "Manchester")), x("f", ("Person", "Manchester")),
        x("g", ("Person", "Tony Blair")), x("h", ("Person", "Tony Blair")), x("i", ("Organization", "Tony Blair")),
        x("j", ("Place", "Jordan")), x("k", ("Person", "Eddie Jordan")), x("m", ("Person", "Jordan")),
        x("n", ("Organization", "Merrill Lynch")), x("o", ("Organization", "Merrill Lynch")),
        x("p", ("Person", "Merrill Lynch"))))
    assert ident.of("c", "organization/uk") == "place/uk" and ident.entities["place/uk"].kinds == {"Place", "Organization"}
    assert ident.of("f", "person/manchester") == "place/manchester"  # no one in the corpus is called Manchester
    assert ident.entities["place/manchester"].kinds == {"Place", "Organization"}  # read as a person, it acts
    assert ident.of("i", "organization/tony-blair") == "person/tony-blair"
    assert ident.of("m", "person/jordan") == "person/eddie-jordan"  # a surname here, not the country
    assert ident.of("p", "person/merrill-lynch") == "organization/merrill-lynch"  # two articles against one


def test_names_of_no_entity_are_dropped_but_a_bare_word_that_is_a_surname_is_not():
    ident = resolve_identity(records(
        x("a", ("Person", "Chancellor"), ("Organization", "Budget"), ("Event", "New Year")),
        x("b", ("Person", "Major")), x("c", ("Person", "John Major"))))
    assert ident.of("a", "person/chancellor") is ident.of("a", "organization/budget") is ident.of("a", "event/new-year") is None
    assert ident.of("b", "person/major") == "person/john-major"


def test_forms_the_corpus_gives_to_another_entity_are_not_its_names():
    ident = resolve_identity(records(*[x(f"t{i}", ("Person", "Charles Kennedy", "Kennedy")) for i in range(6)],
                                     x("h", ("Person", "Helena Kennedy", "Kennedy"))))
    assert "Kennedy" in ident.entities["person/charles-kennedy"].aliases
    assert "Kennedy" not in ident.entities["person/helena-kennedy"].aliases  # 6 articles against 1


def test_an_aliases_file_joins_drops_and_keeps_apart_before_any_rule():
    corpus = [x("a", ("Person", "Tony Blair")), x("b", ("Person", "Blair")), x("c", ("Organization", "Cabinet")),
              x("d", ("Place", "Holyrood")), x("e", ("Organization", "Scottish Parliament"))]
    ident = resolve_identity(records(*corpus), parse_aliases(
        "Tony Blair != Blair\n! Cabinet\nOrganization: Scottish Parliament = Holyrood  # the building for the body\n"))
    assert ident.of("b", "person/blair") == "person/blair"
    assert ident.of("c", "organization/cabinet") is None
    assert ident.of("d", "place/holyrood") == "place/holyrood"  # a kind on the line restricts it: Holyrood is a Place
    ident = resolve_identity(records(*corpus), parse_aliases("Scottish Parliament = Holyrood\n"))
    assert ident.of("d", "place/holyrood") == "organization/scottish-parliament"
    assert ident.entities["organization/scottish-parliament"].name == "Scottish Parliament"


def test_the_outcome_depends_on_the_set_of_records_not_their_order():
    corpus = records(*[x(f"t{i}", ("Person", "Tony Blair", "Blair"), ("Organization", "Labour")) for i in range(5)],
                     x("c", ("Person", "Cherie Blair")), x("n", ("Person", "Blair"), ("Organization", "Labour")),
                     x("p", ("Organization", "Labour Party")), x("q", ("Organization", "LABOUR")))
    first = resolve_identity(corpus)
    for seed in range(5):
        shuffled = list(corpus)
        random.Random(seed).shuffle(shuffled)
        again = resolve_identity(shuffled)
        assert again.mapping == first.mapping
        assert {k: (e.name, e.kinds, e.aliases) for k, e in again.entities.items()} == \
            {k: (e.name, e.kinds, e.aliases) for k, e in first.entities.items()}


def test_a_named_event_joins_the_one_event_another_article_read_it_for():
    ident = resolve_identity(records(
        x("a", ("Event", "2025 Geneva AI Safety Summit", "Geneva AI Safety Summit")),
        x("b", ("Event", "Geneva AI Safety Summit")),
        x("c", ("Event", "data workshop")), x("d", ("Event", "data workshop"))))
    assert entity_of(ident, "b", "event/geneva-ai-safety-summit") == "2025 Geneva AI Safety Summit"
