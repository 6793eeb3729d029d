"""names: how a name is folded, keyed, and taken apart to compare it with other names.

Plain string functions, no spaCy: the resolver, the corpus identity step, the
audit and the corpus scorer all compare names the same way.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

__all__ = ["normalize", "slug", "entity_key", "key_kind", "PersonName", "person_name", "org_variants",
           "initials", "is_acronym", "clipped"]

#: When a cluster has several kinds, the key is minted from the first of these.
KIND_ORDER = ("Person", "Organization", "Event", "Place")

#: Courtesy titles and what they say of the bearer (None: either).
HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "baron": "m", "viscount": "m", "master": "m",
                    "mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "baroness": "f",
                    "dr": None, "prof": None, "professor": None, "rev": None, "reverend": None}



@cache
def title_words() -> frozenset[str]:
    """Words for an office held, which may precede a name ("Chancellor Gordon Brown") or stand
    alone where the tagger took a title for a person ("Chancellor", "Associate Dean")."""
    from ..extract import lexicon  # here, not above: it loads spaCy, which kg query never needs

    return frozenset(
        {w.lower() for w in lexicon.TITLE_HEADS} | {w.lower() for w in lexicon.OFFICE_TITLES}
        | {w.lower() for w in lexicon.MEMBER_TITLES} | {w.lower() for w in lexicon.ROLE_WORDS} | _MORE_TITLES)


@cache
def name_particles() -> frozenset[str]:
    """Little words that belong to the surname after them: "Al Ketbi", "van Gogh", "Lo Cicero"."""
    from ..extract import lexicon  # lazily: it loads spaCy

    return frozenset(lexicon.NAME_PARTICLES) | {"lo", "el", "ibn", "abu", "ter", "ten"}


_MORE_TITLES = frozenset({"prime", "deputy", "shadow", "acting", "former", "vice", "associate", "assistant", "co", "chairman",
       "chancellor", "home", "foreign", "justice", "culture", "health", "education", "defence", "first", "lord",
       "attorney", "solicitor", "general", "mayor", "sheriff", "councillor", "cllr", "inspector", "sergeant",
       "detective", "constable", "superintendent", "commander", "captain", "lieutenant", "major", "colonel",
       "private", "corporal", "pc", "dc", "det", "supt", "insp", "sgt", "cabinet", "party", "of", "the", "state",
       "chief", "executive", "spokesman", "spokeswoman", "leader", "member", "mp", "mps", "mep", "msp", "qc",
       "chair", "co chair", "dean", "provost", "rector", "lecturer", "professor", "prof", "dr"})

#: Little words of names, which acronyms and loose spellings may leave out.
LITTLE_WORDS = frozenset({"of", "the", "and", "for", "&", "in", "on", "at", "to", "de", "a", "an"})


@lru_cache(maxsize=1 << 18)  # names repeat across a corpus: each is folded once
def normalize(name: str) -> str:
    """Case-, accent- and punctuation-blind form of a name.

    >>> normalize("  The Université de Genève's ")
    'universite de geneve'
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^(the|a|an) ", "", text)


def slug(name: str) -> str:
    """A readable IRI segment; letters of any script survive.

    >>> slug("Graham Webster")
    'graham-webster'
    >>> slug("Zoë O'Brien")
    'zoe-o-brien'
    >>> slug("北京大学")
    '北京大学'
    """
    return normalize(name).replace(" ", "-").replace("_", "-") or "unnamed"


def entity_key(kind: str, name: str) -> str:
    """The key an entity of ``kind`` named ``name`` is minted from.

    >>> entity_key("Person", "Anne-Marie  Slaughter")
    'person/anne-marie-slaughter'
    """
    return f"{kind.lower()}/{slug(name)}"


@lru_cache(maxsize=1 << 16)
def key_kind(key: str) -> str:
    """The kind a key was minted with.

    >>> key_kind("organization/labour-party")
    'Organization'
    """
    prefix = key.split("/", 1)[0]
    return next((k for k in KIND_ORDER if k.lower() == prefix), "")


def _words(name: str) -> list[str]:
    """The words of a name, each folded on its own, so "Kilroy-Silk" stays one word."""
    return [w for w in (normalize(t) for t in name.replace("’", "'").split()) if w and w not in ("s",)]


@dataclass(frozen=True)
class PersonName:
    """A person's name taken apart: what courtesy title it bore, and the name itself."""

    words: tuple[str, ...]  # the name without its titles, folded: ("tony", "blair")
    gender: str | None  # "m" or "f" when a courtesy title says so
    titled: bool  # a title or courtesy title stood before it

    @property
    def surname(self) -> str:
        return self.words[-1] if self.words else ""

    @property
    def full(self) -> bool:
        """A first name and a surname, not a surname alone."""
        return len(self.words) >= 2

    @property
    def first(self) -> str:
        """The first name: the first word before the surname that is neither initials nor a particle of the
        surname ("don" in "T.H. Don Graves", whose initials come first), else the first word ("g" in "G
        Brown", "m" in "M Di Rollo")."""
        particles = name_particles()
        return next((w for w in self.words[:-1] if not _initials_only(w) and w not in particles),
                    self.words[0]) if self.words else ""

    @property
    def core(self) -> str:
        """First name and surname, without middle names and initials: "george bush" for "George W Bush"."""
        return f"{self.first} {self.words[-1]}" if self.full else self.surname


def _initials_only(word: str) -> bool:
    """A folded word of initials: "g", "t h" (from "T.H.")."""
    return all(len(part) == 1 for part in word.split())


def person_name(name: str) -> PersonName:
    """Take a person's name apart.

    >>> person_name("Mr Blair")
    PersonName(words=('blair',), gender='m', titled=True)
    >>> person_name("Prime Minister Tony Blair").core
    'tony blair'
    >>> person_name("David B. Sandalow").core, person_name("T.H. Don Graves").core
    ('david sandalow', 'don graves')
    >>> person_name("Associate Dean").words  # a title alone: kg.resolve.junk knows it for one
    ('dean',)
    """
    words = _words(name)
    gender, titled = None, False
    titles = title_words()
    while len(words) > 1 and (words[0] in HONORIFIC_GENDER or words[0] in titles):  # the last word is a name
        gender = gender or HONORIFIC_GENDER.get(words[0])
        titled = True
        words = words[1:]
    while words and words[-1] in ("jr", "sr", "qc", "mp", "mep", "msp"):
        words = words[:-1]
    return PersonName(tuple(words), gender, titled)


def initials(name: str) -> str:
    """The letters an acronym of ``name`` would have: one per word, every letter of a word in capitals.

    >>> initials("UK Independence Party"), initials("Department for Education and Skills")
    ('UKIP', 'DES')
    """
    out = []
    for word in name.split():
        word = re.sub(r"[^\w]", "", word)
        if not word or word.lower() in LITTLE_WORDS:
            continue
        out.append(word if word.isupper() and len(word) <= 4 else word[0].upper())
    return "".join(out)


def is_acronym(name: str) -> bool:
    """A name written as an acronym: "NHS", "U.S.", "UKIP".

    >>> is_acronym("NHS"), is_acronym("U.S."), is_acronym("Nato"), is_acronym("BBC Radio 4")
    (True, True, False, False)
    """
    letters = name.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"  # Tories
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=1 << 16)
def org_variants(name: str) -> frozenset[str]:
    """The folded forms a body's name also takes: without "Party", in the singular, "the Commons" for the
    House of Commons, a news agency without "News Agency"; and, marked "~", its words without little
    words, in the singular and in American spelling, which spellings of one name share ("Institute
    for/of Fiscal Studies", "Trades Union/Trade Unions Congress", "Centre/Center for ...").

    >>> sorted(org_variants("Liberal Democrats"))
    ['liberal democrat', 'liberal democrats', '~liberal democrat']
    >>> sorted(org_variants("the Labour Party"))
    ['labour', 'labour party', '~labour party']
    >>> sorted(org_variants("Tories"))
    ['tories', 'tory']
    >>> sorted(org_variants("British National Party (BNP"))
    ['british national', 'british national party', '~british national party']
    >>> sorted(org_variants("Kappa News Agency")), sorted(org_variants("Centre for Ocean Studies"))[-1]
    (['kappa', 'kappa news', 'kappa news agency', '~kappa news agency'], '~center ocean studies')
    """
    name = re.sub(r"\s*\([^()]*\)?\s*$", "", name)  # "(BNP)" after the name, or cut short
    name = re.sub(r"\s+(newspaper|magazine|website|party)$", "", name)  # "the Guardian newspaper": a class noun after it
    base = normalize(name)
    out = {base}
    words = base.split()
    if len(words) >= 3 and words[-2] == "news" and words[-1] in ("agency", "service"):
        out |= {" ".join(words[:-1]), " ".join(words[:-2])}  # "Xinhua News Agency" is "Xinhua News", "Xinhua"
    if len(words) >= 2 and words[-1] in ("party", "coalition"):
        out.add(" ".join(words[:-1]))
    if len(words) == 3 and words[:2] == ["house", "of"] and words[2] in ("commons", "lords", "representatives"):
        out.add(words[2])
    for form in list(out):
        w = form.split()
        if w and w[-1] not in _NOT_PLURALS:
            out.add(" ".join([*w[:-1], _singular(w[-1])]))
    loose = [w if w in _NOT_PLURALS else _singular(w) for w in (_SPELLINGS.get(w, w) for w in words if w not in LITTLE_WORDS)]
    if len(loose) >= 2:
        out.add("~" + " ".join(loose))
    return frozenset(v for v in out if v)


#: British spellings of words of bodies' names, and the American ones: "Centre"/"Center for ...".
_SPELLINGS = {"centre": "center", "centres": "centers", "organisation": "organization", "organisations": "organizations",
              "programme": "program", "programmes": "programs"}


#: Familiar forms of first names that no spelling rule links: "Jim" for "James".
DIMINUTIVES = {
    "jim": "james", "jimmy": "james", "jamie": "james", "ted": "edward", "ed": "edward", "eddie": "edward",
    "bill": "william", "billy": "william", "will": "william", "bob": "robert", "bobby": "robert", "rob": "robert",
    "bert": "robert", "dick": "richard", "rick": "richard", "ricky": "richard", "jack": "john", "johnny": "john",
    "tony": "anthony", "harry": "henry", "hal": "henry", "peggy": "margaret", "maggie": "margaret", "meg": "margaret",
    "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "kate": "catherine", "kathy": "catherine",
    "katie": "catherine", "cathy": "catherine", "sue": "susan", "sally": "sarah", "mike": "michael", "mick": "michael",
    "mickey": "michael", "andy": "andrew", "drew": "andrew", "fred": "frederick", "freddie": "frederick",
    "freddy": "frederick", "chris": "christopher", "kit": "christopher", "vince": "vincent", "steve": "stephen",
    "dave": "david", "davy": "david", "tom": "thomas", "tommy": "thomas", "nick": "nicholas", "nicky": "nicholas",
    "ken": "kenneth", "kenny": "kenneth", "ron": "ronald", "ronnie": "ronald", "pat": "patrick", "paddy": "patrick",
    "sam": "samuel", "dan": "daniel", "danny": "daniel", "alex": "alexander", "sandy": "alexander", "ben": "benjamin",
    "joe": "joseph", "charlie": "charles", "chuck": "charles", "jon": "jonathan", "greg": "gregory", "matt": "matthew",
    "pete": "peter", "phil": "philip", "ray": "raymond", "gerry": "gerald", "jerry": "gerald", "larry": "lawrence",
    "len": "leonard", "lenny": "leonard", "les": "leslie", "tim": "timothy", "jenny": "jennifer", "di": "diana",
    "nat": "nathaniel", "ollie": "oliver", "olly": "oliver", "geoff": "geoffrey", "jeff": "jeffrey", "doug": "douglas",
    "don": "donald", "wally": "walter", "stan": "stanley", "bernie": "bernard", "gus": "angus", "archie": "archibald",
}

#: Endings that make a man's first name a woman's: "Paul", "Paula".
_FEMININE = ("a", "ine", "ina", "ette", "elle", "ia")


def first_names_match(a: str, b: str) -> bool:
    """Whether two folded first names may be one person's: the same, a familiar form, or one spelt otherwise.

    >>> first_names_match("jim", "james"), first_names_match("damien", "damian"), first_names_match("vince", "vincent")
    (True, True, True)
    >>> first_names_match("paul", "paula"), first_names_match("john", "joan"), first_names_match("chris", "christine")
    (False, False, False)
    """
    if a == b or DIMINUTIVES.get(a, a) == DIMINUTIVES.get(b, b):
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 3 or short[0] != long_[0]:
        return False
    if long_.startswith(short) and long_[len(short):] in _FEMININE:
        return False
    return len(long_) - len(short) <= 2 and SequenceMatcher(None, a, b).ratio() >= 0.8


def surnames_match(a: str, b: str) -> bool:
    """The same surname, or one letter or two off a long one ("Forsyth", "Forsythe").

    >>> surnames_match("forsyth", "forsythe"), surnames_match("brown", "browne"), surnames_match("hughes", "hughes")
    (True, False, True)
    """
    return a == b or (min(len(a), len(b)) >= 6 and a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= 0.85)


#: Last words that end in "s" without being plurals of a name's singular.
_NOT_PLURALS = frozenset({"commons", "lords", "news", "times", "services", "affairs", "nations", "states", "games",
                          "olympics", "sports", "arts", "works", "pensions", "relations", "rights", "lines", "airways",
                          "islands", "hopkins", "jones", "james", "wales", "paris", "brussels", "athens", "fens",
                          "chambers", "customs", "mines", "forces", "communications", "telecommunications",
                          "statistics", "economics", "politics", "physics", "studies", "sciences", "humanities",
                          "reserves", "securities", "industries", "holdings", "systems", "technologies", "motors",
                          "records", "pictures", "films", "resources", "accounts", "standards", "courts", "philippines",
                          "netherlands", "bahamas", "seychelles", "maldives", "emirates", "alps", "andes", "us", "is"})


def clipped(short: str, full: str) -> bool:
    """Whether ``short`` is ``full`` with its words cut short: "Lib Dem" for "Liberal Democrat".

    >>> clipped("lib dem", "liberal democrat"), clipped("lib dem", "liberal party")
    (True, False)
    """
    a, b = short.split(), full.split()
    # cut by three letters at least: "York" is not "Yorker" cut short
    return (len(a) == len(b) >= 2 and a != b
            and all(x == y or (y.startswith(x) and len(x) >= 3 and len(y) - len(x) >= 3) for x, y in zip(a, b)))


#: Words after which an event's name goes on about something else: "meeting of the PLP".
_EVENT_TAILS = {"of", "on", "in", "at", "for", "with", "between", "against", "about", "over", "from", "to", "by"}


def is_description(name: str) -> bool:
    """Whether an event's name describes it rather than names it: its head word is not capitalised.

    >>> is_description("data workshop"), is_description("Labour's spring conference")
    (True, True)
    >>> is_description("Berlin Data Forum"), is_description("Conference on Disarmament")
    (False, False)
    """
    words = name.split()
    head = next((i for i, w in enumerate(words) if i and w.lower() in _EVENT_TAILS), len(words)) - 1
    return head < 0 or not words[head][:1].isupper()
