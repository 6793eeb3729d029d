"""people: which people's names of a corpus are one person (beyond titles, middle names and familiar forms)."""
from kg.resolve.identity import resolve_identity
from kg.resolve.names import person_name

from .helpers import extraction as x, records


def test_initials_before_the_first_name_are_no_part_of_it():
    assert person_name("J.K. Tomas Ferrer").core == person_name("Tomas Ferrer").core == "tomas ferrer"
    assert person_name("G Brown").core == "g brown"  # an initial alone is the first name's
    assert person_name("M Di Sarro").core == "m sarro"  # and so is one before a surname with its particle
    ident = resolve_identity(records(x("a", ("Person", "J.K. Tomas Ferrer")), x("b", ("Person", "Tomas Ferrer")),
                                     x("c", ("Person", "Edda Ferrer"))))
    assert ident.of("b", "person/tomas-ferrer") == ident.of("a", "person/j-k-tomas-ferrer")
    assert ident.of("c", "person/edda-ferrer") == "person/edda-ferrer"


def test_a_surname_with_its_particle_joins_the_one_full_name_that_ends_in_it():
    ident = resolve_identity(records(
        x("a", ("Person", "Layla Al Marri")), x("b", ("Person", "Al Marri")),
        x("c", ("Person", "Omar bin Saqr")), x("d", ("Person", "Noor bin Saqr")), x("e", ("Person", "bin Saqr")),
        x("f", ("Person", "Marco Di Sarro")), x("g", ("Person", "M Di Sarro")), x("h", ("Person", "Di Sarro"))))
    assert ident.of("b", "person/al-marri") == "person/layla-al-marri"
    assert ident.of("f", "person/marco-di-sarro") == ident.of("g", "person/m-di-sarro") == ident.of("h", "person/di-sarro")
    assert ident.of("e", "person/bin-saqr") == "person/bin-saqr"  # two full names end in it: neither's
