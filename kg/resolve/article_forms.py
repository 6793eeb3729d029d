"""article_forms: which of the forms an article read for an entity are names of it.

Within an article, coreference may put into one entity forms that name other
things: a second forum of the same report ("the BRICS Expert Forum" and "the St
Petersburg International Economic Forum", with its acronym), the body a unit is
named after ("Stanford" for the Stanford Institute for Human-Centered AI), the
country a body is named after ("Korea" for the Korea Foundation), or an acronym
of another body of the article ("UCAS" read for a school of the University of
Chinese Academy of Sciences). Such a form is no name of the entity: it joins
nothing to it across the corpus and is not among its alternate names. An
acronym goes to the one other body of the article that it spells; the mention
itself stays where the article put it.
"""
from __future__ import annotations

from collections.abc import Callable

from .bodies import known_same
from .forms import abbreviates, acronym_like, distinct_names, names_parent
from .names import key_kind, normalize
from .record import ArticleRecord
from .names import is_description

__all__ = ["own_forms"]


def own_forms(record: ArticleRecord, is_place: Callable[[str], bool]) -> dict[str, tuple[str, ...]]:
    """Each occurrence's forms (its own name first) without those that name something else.

    ``is_place(name)`` says whether the corpus reads a name as a place.

    >>> from kg.resolve.record import Occurrence as O
    >>> r = ArticleRecord("a", (O("event/x-expert-forum", ("Event",), ("X Expert Forum", "Y Economic Forum", "YEF")),
    ...                         O("organization/korea-foundation", ("Organization",), ("Korea Foundation", "Korea"))))
    >>> own_forms(r, lambda name: name == "Korea")
    {'event/x-expert-forum': ('X Expert Forum',), 'organization/korea-foundation': ('Korea Foundation',)}
    """
    forms = {o.key: list(dict.fromkeys(o.names)) for o in record.occurrences}
    bodies = [o.key for o in record.occurrences if key_kind(o.key) == "Organization"]
    for occ in record.occurrences:
        kind, own = key_kind(occ.key), occ.names[0]
        if kind not in ("Organization", "Event") or (kind == "Event" and is_description(own)):
            continue
        dropped = [f for f in forms[occ.key][1:] if _other_thing(kind, own, f, is_place)]
        for form in forms[occ.key][1:]:
            if form in dropped or " " in form.strip() or not acronym_like(form) or abbreviates(form, own, loose=True):
                continue
            if any(abbreviates(form, d, loose=True) for d in dropped):
                dropped.append(form)  # "SPIEF" beside the forum it stands for
                continue
            spelt = _spelt(form, [k for k in bodies if k != occ.key], forms)
            if len(spelt) == 1:
                dropped.append(form)
                if form not in forms[spelt[0]]:
                    forms[spelt[0]].append(form)
        forms[occ.key] = [f for f in forms[occ.key] if f not in dropped or f == own]
    return {k: tuple(v) for k, v in forms.items()}


def _other_thing(kind: str, own: str, form: str, is_place: Callable[[str], bool]) -> bool:
    """Whether ``form`` names something other than the entity named ``own``."""
    if normalize(form) == normalize(own) or known_same(own, form):
        return False
    named = not is_description(form) if kind == "Event" else form[:1].isupper()
    if named and distinct_names(own, form):
        return True
    if kind != "Organization":
        return False
    inside = f" {normalize(form)} " in f" {normalize(own)} "
    return names_parent(form, own) or (inside and is_place(form))


def _spelt(acronym: str, keys: list[str], forms: dict[str, list[str]]) -> list[str]:
    """The bodies whose own name the acronym spells (letter for letter if any, else more loosely)."""
    for loose in (False, True):
        found = [k for k in keys if abbreviates(acronym, forms[k][0], loose)]
        if found:
            return found
    return []
