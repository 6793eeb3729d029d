"""forms: how two names of bodies and events relate, read from the names alone.

Plain string functions, no spaCy, for the identity step: whether one name
abbreviates another ("ASEAN", "Belgian MoFA"); whether two names of one kind
name two things ("the X Expert Forum", "the Y Economic Forum"); whether a short
name is the parent a unit is named after ("Stanford" in "Stanford Institute for
Human-Centered AI"); whether a name is another's translation, word for word
("Centro Andino de Estudios Internacionales"); and the country a name carries
("Renmin University of China", "Korea's National Assembly").
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import combinations

from .names import LITTLE_WORDS, is_acronym, normalize

__all__ = ["acronym_like", "abbreviates", "needed_capitals", "capital_runs", "written_out", "words_of",
           "distinct_names", "names_parent", "translates", "qualified"]

#: Words after which a name goes on about something else: "Forum on ...", "Ministry of ...".
_LINKERS = frozenset({"of", "on", "for", "in", "at", "with", "between", "against", "about", "over", "from", "to", "by"})

#: Function words of other languages that a name's translation leaves out or renders otherwise.
_FOREIGN_STOP = frozenset({"de", "del", "della", "des", "du", "la", "le", "les", "el", "los", "las", "di", "y", "e", "et",
                           "und", "fur", "der", "die", "das", "da", "do", "dos"})


#: Prefixes that make a description of a name: "ex-Tory", "pro-EU", "anti-war".
_PREFIXES = frozenset({"ex", "pro", "anti", "non", "post", "pre", "former"})


@lru_cache(maxsize=1 << 16)
def acronym_like(word: str) -> bool:
    """A word written as an acronym, also with small letters for little words ("MoFA", "DfES").

    >>> acronym_like("NHS"), acronym_like("MoFA"), acronym_like("DfES"), acronym_like("McDonald"), acronym_like("Asean")
    (True, True, True, False, False)
    """
    if is_acronym(word):
        return True
    letters = word.replace(".", "")
    upper = sum(c.isupper() for c in letters)
    return letters.isalpha() and upper >= 2 and letters[0].isupper() and len(letters) - upper < upper


@lru_cache(maxsize=1 << 16)
def _pieces(name: str) -> tuple[tuple[str, str, str], ...] | None:
    """Each word of a name as (folded letters, what it is: "word", "little" or "part", letters it gives whole).

    A little word ("of", "and") may give no letter, and so may the later parts of a
    hyphened word ("Human-Centered AI" is HAI or HCAI); a word in capitals gives all its
    letters ("UK Independence Party"). A name that opens with an acronym or a prefix
    hyphened to a word is two names run together, or a description ("U.S.-South Korea",
    "Ex-Downing Street"): None, it expands no acronym ("Trans-Pacific Partnership" does).
    """
    out = []
    words = name.replace("’", "'").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    opening = re.split(r"[-–]", words[0]) if words else []
    if not words or (len(opening) > 1 and (acronym_like(opening[0]) or opening[0].lower() in _PREFIXES)):
        return None
    for word in words:
        for i, part in enumerate(re.split(r"[-–/]+", re.sub(r"'s$", "", word))):
            letters = re.sub(r"[^\w]", "", part)
            if not letters:
                continue
            block = letters.upper() if letters.isupper() and len(letters) <= 4 else ""
            folded = normalize(letters).replace(" ", "")
            out.append((folded, "little" if folded in LITTLE_WORDS else "part" if i else "word", block))
    return tuple(out)


@lru_cache(maxsize=1 << 16)
def _spells(letters: str, pieces: tuple, loose: bool) -> bool:
    """Whether ``letters`` (as the acronym writes them) are the initials of ``pieces``.

    Each word gives its first letter in capitals; a little word gives its first letter
    in small ("MoFA", "DfES"), or "of" in capitals too ("DOE"), or nothing ("AAC" is no
    "Alexander and Catwoman"). ``loose``, for names of three words or more, one word may
    also give the first letter of a word it is compounded of ("SouthEast" in ASEAN): a
    letter with three or more letters before it and after it in the word, so never its
    last ("FTSE" is no "FrankfurT Stock Exchange").
    """
    loose = loose and sum(1 for _, what, _ in pieces if what == "word") >= 3

    @cache
    def go(i: int, j: int, spare: bool) -> bool:
        if j == len(pieces):
            return i == len(letters)
        word, what, block = pieces[j]
        if what != "word" and go(i, j + 1, spare):
            return True
        if i >= len(letters):
            return False
        if what == "little":
            given = letters[i] == word[0] or (word == "of" and letters[i] == "O")
            return given and go(i + 1, j + 1, spare)
        if block:  # a word in capitals gives all its letters
            return letters.startswith(block, i) and go(i + len(block), j + 1, spare)
        if letters[i] != word[0].upper():
            return False
        if go(i + 1, j + 1, spare):
            return True
        if spare and i + 1 < len(letters):
            inner = letters[i + 1].lower()
            return any(word[p] == inner and go(i + 2, j + 1, False) for p in range(3, len(word) - 2))
        return False

    return go(0, 0, loose)


@lru_cache(maxsize=1 << 16)
def _letters(acronym: str) -> str:
    """An acronym's letters as it writes them: "U.S." gives "US", "MoFA" "MoFA"."""
    return "".join(c for c in unicodedata.normalize("NFKD", acronym) if c.isalnum())


@lru_cache(maxsize=1 << 16)
def _one_acronym(short: str) -> str | None:
    """The letters of a name that is one acronym ("NHS"), else None."""
    return _letters(short) if " " not in short.strip() and acronym_like(short.strip()) else None


@lru_cache(maxsize=1 << 16)
def needed_capitals(full: str) -> str:
    """The capitals an acronym of ``full`` must hold, in order: each word's first letter, a word in capitals whole.

    >>> needed_capitals("Department for Education and Skills"), needed_capitals("UK Independence Party")
    ('DES', 'UKIP')
    """
    return "".join(block or word[0].upper() for word, what, block in _pieces(full) or () if what == "word")


def written_out(short: str) -> set[str]:
    """The words of a name with an acronym in it that are not acronyms, folded: {"belgian"} for "Belgian MoFA"."""
    return {normalize(w).replace(" ", "") for w in short.split() if not acronym_like(w)}


@lru_cache(maxsize=1 << 16)
def words_of(full: str) -> frozenset[str]:
    """The words of a name as ``abbreviates`` reads them, folded (hyphened parts apart)."""
    return frozenset(word for word, _, _ in _pieces(full) or ())


def capital_runs(acronym: str) -> set[str]:
    """What ``needed_capitals`` of a name this acronym (one word) may spell gives: its capitals, some left out,
    in order. A corpus's names are looked up by them, rather than each asked of each acronym.

    >>> sorted(capital_runs("DfES"))
    ['', 'D', 'DE', 'DES', 'DF', 'DFE', 'DFES', 'DFS', 'DS', 'E', 'ES', 'F', 'FE', 'FES', 'FS', 'S']
    """
    letters = _letters(acronym).upper()
    return {"".join(c) for n in range(len(letters) + 1) for c in combinations(letters, n)}


def _within(needed: str, letters: str) -> bool:
    """Whether ``needed`` is found in ``letters`` in order, other letters between."""
    rest = iter(letters.upper())
    return all(c in rest for c in needed)


def abbreviates(short: str, full: str, loose: bool = False) -> bool:
    """Whether ``short`` is ``full`` with a run of its words written as an acronym, the rest as they are.

    >>> abbreviates("NHS", "National Health Service"), abbreviates("DfES", "Department for Education and Skills")
    (True, True)
    >>> abbreviates("Belgian MoFA", "Belgian Ministry of Foreign Affairs"), abbreviates("UK", "U.S.-South Korea")
    (True, False)
    >>> abbreviates("ASEAN", "Association of Southeast Asian Nations"), abbreviates("ASEAN", "Association of Southeast Asian Nations", loose=True)
    (False, True)
    >>> abbreviates("UNN", "United Nations", loose=True), abbreviates("RSIS", "Rossiya Segodnya", loose=True)
    (False, False)
    >>> abbreviates("BT", "BBC Two"), abbreviates("TPP", "Trans-Pacific Partnership"), abbreviates("HAI", "Human-Centered AI")
    (False, True, True)
    >>> abbreviates("EDS", "Ex-Downing Street"), abbreviates("UK", "U.S.-South Korea")
    (False, False)
    >>> abbreviates("DOE", "Department of Energy"), abbreviates("AAC", "Alexander and Catwoman")
    (True, False)
    >>> abbreviates("FTSE", "Frankfurt Stock Exchange", loose=True), abbreviates("HSBC", "House Budget Committee", loose=True)
    (False, False)
    """
    letters = _one_acronym(short)
    if letters is not None:  # the most common case, asked of every name: the acronym spells the whole name
        target = _pieces(full)
        # quickly refused: the capitals each word must give are not all there
        return bool(target) and len(target) >= 2 and _within(needed_capitals(full), letters) and _spells(letters, target, loose)
    words, target = short.split(), _pieces(full)
    if not any(acronym_like(w) for w in words) or not target or len(target) < 2:
        return False
    if not written_out(short) <= words_of(full):
        return False  # quickly: a word written out that the name does not have

    @cache
    def go(i: int, j: int) -> bool:
        if i == len(words):
            return j == len(target)
        if acronym_like(words[i]):
            letters = _letters(words[i])
            # a run of words that the acronym spells; at least two, or it is just a word
            return any(_spells(letters, tuple(target[j:k]), loose) and go(i + 1, k)
                       for k in range(j + 2, len(target) + 1))
        folded = normalize(words[i]).replace(" ", "")
        return j < len(target) and target[j][0] == folded and go(i + 1, j + 1)

    return go(0, 0)


def _parts(words: list[str]) -> tuple[str, frozenset[str], frozenset[str]]:
    """A name's head word (the last before "of", "on", ...), the words before it and the words after,
    little words left out: "forum", {"brics", "expert"}, {} for "BRICS Expert Forum"."""
    cut = next((i for i, w in enumerate(words) if i and w in _LINKERS), len(words))
    content = [(i, _singular(w)) for i, w in enumerate(words) if w not in LITTLE_WORDS]
    return (_singular(words[cut - 1]), frozenset(w for i, w in content if i < cut - 1),
            frozenset(w for i, w in content if i >= cut))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _matches(a: str, b: str) -> bool:
    """One word of a name as another writes it: the same, or cut short ("Dem", "Democrat")."""
    return a == b or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def distinct_names(a: str, b: str) -> bool:
    """Whether two names of one kind of thing name two things: the same head word, and each says something
    the other does not, before it or after it ("the X Expert Forum", "the Y Economic Forum"; "the Conference
    on A", "the Conference on B"). A part one name leaves out says nothing ("the ASEAN Ministerial Meeting",
    "the Ministerial Meeting on Science").

    >>> distinct_names("BRICS Expert Forum", "St Petersburg International Economic Forum")
    True
    >>> distinct_names("Geneva AI Safety Summit", "2025 Geneva AI Safety Summit"), distinct_names("Lib Dem Party", "Liberal Democrat Party")
    (False, False)
    >>> distinct_names("Foreign Ministry", "Ministry of Foreign Affairs"), distinct_names("Number 10", "Downing Street")
    (False, False)
    >>> distinct_names("Kappa Ministerial Meeting", "Ministerial Meeting on Science")
    False
    """
    wa, wb = normalize(a).split(), normalize(b).split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    (ha, pa, qa), (hb, pb, qb) = _parts(wa), _parts(wb)
    if ha != hb:
        return False
    if not _nested(pa, pb) and pa and pb:
        return True
    return bool(qa and qb) and not _nested(qa, qb)


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether the words of one are all among the other's (as written or cut short)."""
    return all(any(_matches(x, y) for y in b) for x in a) or all(any(_matches(x, y) for y in a) for x in b)


@cache
def _unit_words() -> frozenset[str]:
    from ..extract import lexicon  # lazily: it loads spaCy

    return frozenset(lexicon.UNIT_NOUNS)


def names_parent(short: str, full: str) -> bool:
    """Whether ``short`` is the name of the body that the unit ``full`` is named after: the first words of
    ``full``, before two or more that name a unit by their head ("Stanford" in "Stanford Institute for
    Human-Centered AI", "Stanford Cyber Policy Center"). "Stanford" in "Stanford University" is the body
    itself, and "Federated" in "Federated Department Stores" names stores, not a department.

    >>> names_parent("Stanford", "Stanford Institute for Human-Centered AI"), names_parent("Stanford", "Stanford University")
    (True, False)
    >>> names_parent("Federated", "Federated Department Stores"), names_parent("Imperial", "Imperial College London")
    (False, False)
    """
    ws, wf = normalize(short).split(), normalize(full).split()
    rest = wf[len(ws):]
    return bool(ws) and wf[:len(ws)] == ws and len(rest) >= 2 and _parts(rest)[0] in _unit_words()


def _cognate(a: str, b: str) -> bool:
    """Two words that look alike across languages ("centro", "center"; "estudios", "studies"), and are not
    one a part of the other ("national", "international")."""
    if a == b:
        return True
    if a.startswith(b) or b.startswith(a) or a.endswith(b) or b.endswith(a) or min(len(a), len(b)) < 4:
        return False
    matcher = SequenceMatcher(None, a, b)
    return matcher.find_longest_match(0, len(a), 0, len(b)).size >= 3 and matcher.ratio() >= 0.6


def _foreign(name: str) -> bool:
    """Whether a name shows another language than English: a little word of one, or a letter with an accent."""
    return any(w in _FOREIGN_STOP for w in name.lower().split()) or any(ord(c) > 127 and c.isalpha() for c in name)


def translates(a: str, b: str) -> bool:
    """Whether two names say the same words in two languages: one shows another language (its little words,
    or accents) and the other does not, and each word of one has its look-alike in the other, in any order
    ("Centro Andino de Estudios Internacionales", "Andean Center for International Studies").

    >>> translates("Centro Andino de Estudios Internacionales", "Andean Center for International Studies")
    True
    >>> translates("Institute of Administrative Sciences", "Institute of Business Administration")
    False
    >>> translates("Centro Nacional de Estudios", "Centro Internacional de Estudios")
    False
    """
    wa = [w for w in normalize(a).split() if w not in LITTLE_WORDS and w not in _FOREIGN_STOP]
    wb = [w for w in normalize(b).split() if w not in LITTLE_WORDS and w not in _FOREIGN_STOP]
    if len(wa) != len(wb) or len(wa) < 3 or wa == wb or _foreign(a) == _foreign(b):
        return False
    free = list(wb)
    pairs = []
    for w in wa:
        match = next((x for x in free if _cognate(w, x)), None)
        if match is None:
            return False
        free.remove(match)
        pairs.append((w, match))
    return any(x != y for x, y in pairs)


def qualified(name: str, is_place: Callable[[str], bool]) -> tuple[str, str] | None:
    """A body's name as (its name without the place it carries, that place), if it carries one:
    "Renmin University of China", "National Assembly of the Republic of Korea", "Korea's National Assembly";
    "US Council on Foreign Relations" (a place before a name of three words or more). What is left must be
    a name of two words or more ("Bank of England" carries none). A place after the name is a branch
    there ("British Council Japan"), not the body.

    >>> qualified("Renmin University of China", lambda p: p == "China")
    ('Renmin University', 'China')
    >>> qualified("Korea's National Assembly", lambda p: p == "Korea")
    ('National Assembly', 'Korea')
    >>> qualified("Ireland China Institute", lambda p: p in ("Ireland", "China")), qualified("Kappa Council Japan", lambda p: p == "Japan")
    (None, None)
    """
    words = name.replace("’", "'").split()
    found = []
    for i, w in enumerate(words):
        if w.lower() == "of" and i >= 2:  # "X Y of P": the first "of" whose rest is a place
            place = words[i + 1:][1:] if words[i + 1:i + 2] and words[i + 1].lower() == "the" else words[i + 1:]
            if place and is_place(" ".join(place)):
                found.append((words[:i], " ".join(place)))
                break
    for n in (3, 2, 1):
        if len(words) > n and words[n - 1].endswith("'s") and is_place(" ".join(words[:n])[:-2]):  # "Korea's ..."
            found.append((words[n:], " ".join(words[:n])[:-2]))
            break
        if len(words) > n + 2 and is_place(" ".join(words[:n])):  # "US Council on Foreign Relations"
            found.append((words[n:], " ".join(words[:n])))
            break
    for core, place in found:
        if len([w for w in core if normalize(w) not in LITTLE_WORDS]) >= 2 and normalize(" ".join(core)):
            return " ".join(core), place
    return None
