"""``kg_coref``: group an article's mentions into entities, and resolve pronouns.

Rules, in order of trust: the same name; a surname or first name standing for a
full name ("Webster", "Mr Blair"); an acronym standing for a name ("IFS",
"US"); a shortened organisation name ("Stanford" for "Stanford University");
a definite event phrase standing for the last event with the same head noun
("the forum" -> "2024 Beijing Forum"); a personal pronoun standing for the
most recent person. Which event an event phrase stands for is ``event_coref``'s;
how two forms of a name compare is ``name_keys``'.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .clusters import Cluster
from .datelines import dateline_start
from .event_coref import apposed_event, event_antecedent
from .mentions import PERSON_TITLES, apposed_after, bracketed_short_names, mentions, unit_owner
from .title_words import is_title_head
from .name_keys import CANONICAL, INITIALLED, abbreviates, acronym, body_key, event_core, leads_unit, name_key, norm, singular, strip_honorific

PRONOUNS = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}


@Language.factory(
    "kg_coref",
    requires=["doc.spans"],
    assigns=["doc._.kg_clusters", "doc._.kg_token_cluster"],
)
def make_coref(nlp: Language, name: str):
    return Coreference()


class Coreference:
    def __call__(self, doc: Doc) -> Doc:
        clusters: list[Cluster] = []
        found = mentions(doc)
        short_names = _short_names(doc, found)
        by_start: dict[int, Span] = {}
        for s in found:
            by_start.setdefault(s.start, s)
        # Full names first, so "Blair" in a headline finds "Tony Blair" further down.
        for m in sorted(found, key=lambda s: (len(strip_honorific(s)) < 2, s.start)):
            owner = _owner_inside(m, by_start) or unit_owner(m, by_start)
            target = self._antecedent(m, clusters, short_names, owner)
            if target is None and m.label_ == "Event" and m.root.lower_ == "event" and len(m) == 1:
                continue  # "the event" before any event is named, or after none: no event of its own
            if target is None:
                target = Cluster(len(clusters), m.label_)
                clusters.append(target)
            target.mentions.append(m)
            target.keys.add(name_key(m))
            if owner is not None:
                target.owned[m.start] = owner
        for c in clusters:
            c.mentions.sort(key=lambda s: s.start)
        _mark_shared_names(clusters)
        token_cluster: dict[int, int] = {}
        for c in clusters:
            for m in c.mentions:
                for i in range(m.start, m.end):
                    # the smallest mention wins a token: "Beijing" inside "Beijing Forum"
                    if i not in token_cluster or len(m) < _len_of(clusters[token_cluster[i]], i):
                        token_cluster[i] = c.id
        _resolve_pronouns(doc, clusters, token_cluster)
        _resolve_org_nominals(doc, clusters, token_cluster)
        _resolve_title_nominals(doc, clusters, token_cluster)
        doc._.kg_clusters = clusters
        doc._.kg_token_cluster = token_cluster
        return doc

    def _antecedent(self, m: Span, clusters: list[Cluster], short_names: dict[str, str], owner: Span | None) -> Cluster | None:
        key = name_key(m)
        # (not a unit of another body: "the School of Public Health at X" and "School of Public Health, Y")
        same_kind = [c for c in clusters if c.kind == m.label_ and not _owned_by_other(c, owner)]
        introduced = _bracketed_alias(m, clusters)
        if introduced is not None:
            return introduced
        if len(m) == 1 and m.label_ != "Event":
            cross = _cross_kind(m, clusters)
            if cross is not None:
                return cross
        for c in same_kind:
            if key in c.keys or key in CANONICAL and m.label_ != "Person" and any(CANONICAL.get(k) == CANONICAL[key] for k in c.keys):
                return c
        if m.label_ == "Organization":
            # "Tories" for "Tory", "Lib Dems" for "Liberal Democrats": one body, written short or plural
            variants = [c for c in same_kind if any(_variant_of(key, k) for k in c.keys)]
            if len(variants) == 1:
                return variants[0]
        if m.label_ == "Event":
            return apposed_event(m, same_kind) or event_antecedent(m, same_kind, short_names)
        words = [t.text for t in strip_honorific(m)]
        candidates = [c for c in same_kind if _short_form_of(words, c, m.label_)]
        if not candidates and m.label_ == "Organization" and len(words) >= 2 and words[-1].lower() in _HEADS:
            # "the Agricultural University" after "Azerbaijan State Agricultural University": the end of one body's name
            # (not "the CPC Central Committee" of "Politburo of the CPC Central Committee": its parent)
            ends = [c for c in same_kind if any(len(x) > len(words) and [t.text for t in x[-len(words):]] == words
                                                and x[-len(words) - 1].lower_ not in ("of", "the", "at", "for", "in", "'s", "’s")
                                                for x in c.mentions)]
            candidates = ends if len(ends) == 1 else []
        if not candidates:
            return None
        # the nearest full name before the mention, else the first after it
        before = [c for c in candidates if c.mentions[0].start < m.start]
        return max(before, key=lambda c: c.mentions[-1].start) if before else candidates[0]


def _mark_shared_names(clusters: list[Cluster]) -> None:
    """Mark the units whose own name, without their body's, another unit of the article has too."""
    own = {c.id: {_own_name(m, c.owned[m.start]) for m in c.mentions if m.start in c.owned} for c in clusters if c.owned}
    for cid, names in own.items():
        clusters[cid].shared_name = any(other != cid and names & others for other, others in own.items())


def _own_name(m: Span, owner: Span) -> str:
    """"school of nursing" for "School of Nursing at Eastbay University" and for "School of Nursing", written before
    "Northfield University"."""
    end = owner.start - 1 - (owner.doc[owner.start - 1].lower_ == "the") if owner.start < m.end else m.end
    return body_key(m.doc[m.start : end].text)


def _owner_inside(m: Span, by_start: dict[int, Span]) -> Span | None:
    """The body a unit's own name ends with: "Tsinghua University" of "School of Public Health of Tsinghua University"."""
    if m.label_ != "Organization":
        return None
    for t in m[1:-1]:
        if t.lower_ in ("of", "at"):
            inner = by_start.get(t.i + 1 + (t.nbor().lower_ == "the"))
            if inner is not None and inner.end == m.end and inner.label_ == "Organization":
                return inner if any(w.lemma_.lower() in lexicon.UNIT_NOUNS for w in m.doc[m.start : t.i]) else None
    return None


def _owned_by_other(c: Cluster, owner: Span | None) -> bool:
    if owner is None or not c.owned:
        return False
    key = name_key(owner)
    return not any(k == key or k.startswith(key + " ") or key.startswith(k + " ") for k in map(name_key, c.owned.values()))


def _short_names(doc: Doc, found: list[Span]) -> dict[str, str]:
    """Each short name an article gives a body in brackets ("brsn") -> the body's name ("belt and road studies
    network"), as ``event_core`` writes both."""
    return {norm(short): event_core(s) for short, s in bracketed_short_names(doc, found).items()}


def _bracketed_alias(m: Span, clusters: list[Cluster]) -> Cluster | None:
    """"the Committee on Science, Technology & Innovation (COSTI)": a short name in brackets right after
    a body's or an event's name is introduced as that name's, whatever letters it is made of."""
    doc = m.doc
    if len(m) != 1 or not (m[0].is_upper or sum(ch.isupper() for ch in m.text) >= 2) or m.start < 2 \
            or doc[m.start - 1].text != "(" or m.end >= len(doc) or doc[m.end].text not in (")", ","):
        return None
    found = []
    for c in clusters:
        named = [x for x in c.mentions if x.end == m.start - 1]
        # ("(EAI, President X)": a short name and a note after its comma, if it shortens the name)
        spelt = bool(named) and abbreviates(m.text, [t.text for t in named[0]], loose=True)
        if m.label_ == "Place" and not spelt:
            continue  # "the College of Northfield (USA)": where the body is, not its short name
        if c.kind in ("Organization", "Event") and named and (doc[m.end].text == ")" or spelt):
            found.append((not spelt, -named[0].start, c))
    # "the Oslo summit of the Nordic Trade Forum (NTF)": the name the letters spell, the nearest, not the event it ends
    return min(found, key=lambda x: x[:2])[2] if found else None


ORG_SUFFIXES = set(lexicon.CLASS_NOUNS["Organization"]) | set(lexicon.NAME_SUFFIX_NOUNS)
_HEADS = set(lexicon.INSTITUTION_HEADS)
_BODY_HEADS = _HEADS | set(lexicon.UNIT_NOUNS)


def _cross_kind(m: Span, clusters: list[Cluster]) -> Cluster | None:
    """A lone word the tagger typed differently from the full name it shortens.

    "Novak" (tagged a place) after "Ilona Novak" is that person;
    "Titan" (tagged a person) after "the Titan corporation" is that company. An
    organisation must be the name plus class nouns only, so "London" never
    joins "London Stock Exchange".
    """
    word = m.text
    if acronym(word):  # "GDC" after "the Game Developers Conference", whatever the tagger called it
        named = [c for c in clusters if c.kind != m.label_ and c.kind != "Person"
                 and any(len(x) > 1 and abbreviates(word, [t.text for t in strip_honorific(x)]) for x in c.mentions)]
        if len(named) == 1:
            return named[0]
    if m.label_ != "Person":
        # only the surname: a first word like "Swansea" in "Swansea Unite" is too often a place of its own
        people = [c for c in clusters if c.kind == "Person" and any(len(x) > 1 and word == x[-1].text for x in c.mentions)]
        if len(people) == 1:
            return people[0]
    # "Ulster's Pro-Vice-Chancellor" after "the University of Ulster": a university called by its place
    owned = m.end < len(m.doc) and m.doc[m.end].tag_ == "POS"
    orgs = [c for c in clusters if c.kind == "Organization" and any(
        len(x) > 1 and x[0].text == word and all(t.lower_ in ORG_SUFFIXES for t in x[1:])
        or owned and len(x) == 3 and x[1].lower_ == "of" and x[2].text == word and x[0].lower_ in _HEADS for x in c.mentions)]
    if len(orgs) == 1 and (m.label_ != "Organization" or owned) and not (m.label_ == "Place" and _where(m.root)):
        return orgs[0]  # (but "experts from Qatar" after "Qatar University": a place the words put someone in)
    return None


_WHERE = {"in", "from", "to", "across", "throughout", "within", "around", "outside", "inside", "near"}


def _where(t: Token) -> bool:
    """Whether ``t`` is a place some preposition puts something in, or one listed with it: "from | Qatar and Kuwait"."""
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ in _WHERE


def _short_form_of(words: list[str], c: Cluster, kind: str) -> bool:
    if not words:
        return False  # (a mention that is all courtesy title, "Mr", has no words to compare)
    if kind == "Person" and len(words) > 1:
        # ("Mr. Lim Jock" after "Lim Jock Seng": a three-part name cut after its second part; "Tengku Mohd Azzman"
        # after "Tengku Mohd Azzman Shariffadeen"; "Javed Patwary" after "Mohammad Javed Patwary": the first name left)
        return _initialled(words, c) or _without_middle_initials(words, c) or any(
            len(f) == len(words) + 1 == 3 and f[:2] == words or len(f) > len(words) >= 3 and f[: len(words)] == words
            or len(f) > len(words) and f[-len(words):] == words
            for f in ([t.text for t in strip_honorific(full)] for full in c.mentions if len(full) > len(words)))
    glued = INITIALLED.match(words[0]) if len(words) == 1 else None
    if kind == "Person" and glued is not None:  # "I.Guliyev" after "Ibrahim Guliyev"
        return any(len(f) >= 2 and f[-1] == glued.group(2) and f[0][0] == glued.group(1)[0]
                   for f in ([t.text for t in strip_honorific(full)] for full in c.mentions))
    for full in c.mentions:
        full_words = [t.text for t in strip_honorific(full)]
        if len(full_words) <= len(words):
            continue
        if kind == "Person" and (words[0] in (full_words[-1], full_words[0]) or len(full_words) == 4 and words[0] == full_words[2]):
            return True  # (and "Caiza" of "Juan Carlos Caiza Rosero": the first of two surnames)
        if len(words) == 1 and kind != "Person" and abbreviates(words[0], full_words):
            return True
        if kind == "Organization" and _contiguous(words, full_words) and words[0] == full_words[0] \
                and not (words[-1].isupper() and any(w.lower() in lexicon.UNIT_NOUNS for w in full_words[len(words):])) \
                and not leads_unit(words, full_words):
            return True  # (not "SAC" of "SAC Executive Committee" or "SAC College of Arts", nor "X Academy" of "X Academy
            # China Centre": units)
    return False


def _variant_of(one: str, other: str) -> bool:
    """The same organisation name in number or with its words clipped: "lib dems" and "liberal democrat".

    Once plurals are set aside, each word of one name is the other's word in the
    same place, or the start of it (at least three letters).
    """
    a, b = one.split(), other.split()
    if len(a) != len(b) or a == b:
        return False
    return all(x == y or len(a) > 1 and min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x))
               for x, y in zip(map(singular, a), map(singular, b)))  # (a name of one word is no clipping: "XMU", "XMUMC")


def _without_middle_initials(words: list[str], c: Cluster) -> bool:
    """"David B. Sandalow" and "David Sandalow", "R. David Edelman" and "David Edelman", in either order: one
    person, written with and without an initial (a name needs two words besides its initials)."""
    def bare(ws: list[str]) -> list[str]:
        kept = [w for w in ws if not _an_initial(w)]
        return kept if len(kept) >= 2 else ws
    mine = bare(words)
    return any(bare(other) == mine and other != words
               for other in ([t.text for t in strip_honorific(x)] for x in c.mentions))


def _an_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1 and word[:1].isupper()


def _initialled(words: list[str], c: Cluster) -> bool:
    """"G Murphy" (a team sheet, a byline) and "Geordan Murphy", in either order: the initial of the first name, then the rest."""
    return any(_initial_of(words, w) or _initial_of(w, words) for w in ([t.text for t in strip_honorific(x)] for x in c.mentions))


def _initial_of(short: list[str], full: list[str]) -> bool:
    first = short[0].rstrip(".")
    return (1 <= len(first) <= 2 and first.isupper() and len(full) >= len(short) and full[0] != short[0]
            and full[0][0] == first[0] and full[len(full) - len(short) + 1 :] == short[1:])


def _resolve_pronouns(doc: Doc, clusters: list[Cluster], token_cluster: dict[int, int]) -> None:
    people = sorted(
        ((m.start, c.id) for c in clusters if c.kind == "Person" for m in c.mentions), key=lambda x: x[0]
    )
    for token in doc:
        if token.lower_ not in PRONOUNS or token.pos_ != "PRON":
            continue
        before = [(i, cid) for i, cid in people if i < token.i and token.i - i < 160]
        if before:
            token_cluster[token.i] = before[-1][1]


NOMINAL_KINDS = {noun: kind for kind in ("Organization", "Place") for noun in lexicon.CLASS_NOUNS[kind]}


def _resolve_org_nominals(doc: Doc, clusters: list[Cluster], token_cluster: dict[int, int]) -> None:
    """"the firm", "the Paris-based exchange", "in the city": a definite class noun stands for the latest
    organisation (or place) named before it, preferring one the article described with that same noun."""
    named = {kind: sorted(((m.start, c.id, m) for c in clusters if c.kind == kind for m in c.mentions), key=lambda x: x[0])
             for kind in ("Organization", "Place")}
    for t in doc:
        kind = NOMINAL_KINDS.get(t.lemma_.lower())
        if t.i in token_cluster and not _inside_event_name(t, clusters[token_cluster[t.i]]):
            continue  # ("a meeting with the university's Rector X": the university is still a body)
        if t.tag_ == "NNP" and t.is_title and t.lower_ in _BODY_HEADS and t.i > 0 and doc[t.i - 1].lower_ in ("the", "this"):
            # (whatever the parse hangs "the" on: "the Vice-Rector of the University Ken Oyama")
            # "Deputy Director of the Council": a capitalised head word stands for the body named before with it
            same = [cid for i, cid, m in named["Organization"] if i < t.i and any(w.lower_ == t.lower_ for w in m)]
            if same:
                token_cluster[t.i] = same[-1]
            continue
        titled = t.dep_ == "compound" and (is_title_head(t.head) or t.head.lemma_.lower() in _SIDES) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in t.head.children)  # (and "the university side")
        if not titled and not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children):
            continue  # ("X, the university president": the university is the one named before)
        if kind is None or t.pos_ != "NOUN" or t.tag_ != "NN":
            continue
        named_by = [token_cluster[o.i] for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj" and o.i in token_cluster]
        if named_by:
            token_cluster[t.i] = named_by[0]  # "the Brazilian resort of Porto Alegre" is Porto Alegre
            continue
        dateline = dateline_start(doc) if t.lemma_.lower() in ("city", "capital", "town") else None
        if dateline is not None and token_cluster.get(dateline) is not None and clusters[token_cluster[dateline]].kind == "Place":
            token_cluster[t.i] = token_cluster[dateline]  # "DHAKA : ... a seminar in the city": the dateline's city
            continue
        before = [(i, cid, m) for i, cid, m in named[kind] if i < t.i and t.i - i < 150]
        if not before:
            continue
        described = [cid for _, cid, m in before if any(
            a.lemma_ == t.lemma_ for a in m.root.children if a.dep_ == "appos")]
        # ("the university" after "X University" and its "International Relations Department": the university)
        called = [cid for _, cid, m in before if any(w.lemma_.lower() == t.lemma_.lower() for w in m)]
        token_cluster[t.i] = described[-1] if described else called[-1] if called else before[-1][1]


#: Groups a body's word before them says whose they are: "the university side", "the university delegation".
_SIDES = set(lexicon.GROUP_NOUNS) | {"staff"}


def _inside_event_name(t: Token, c: Cluster) -> bool:
    """Whether ``t`` is a word inside the name of event ``c`` other than its head."""
    return c.kind == "Event" and any(m.start <= t.i < m.end and m.root.i != t.i for m in c.mentions)


OFFICE_QUALIFIERS = {"shadow", "deputy", "vice", "assistant", "acting", "former", "junior", "interim", "associate", "ex"}


def _resolve_title_nominals(doc: Doc, clusters: list[Cluster], token_cluster: dict[int, int]) -> None:
    """"the chancellor" after "Chancellor Gordon Brown" or "Gordon Brown, the chancellor": a definite
    title stands for the latest person the article gave that title (and for no one if it gave none)."""
    titled: list[tuple[int, str, int]] = []  # (where, title, cluster)
    for c in clusters:
        if c.kind != "Person":
            continue
        for m in c.mentions:
            words = [t for t in m.doc[max(0, m.start - 3) : m.start] if t.head.i in range(m.start, m.end) and t.dep_ == "compound"]
            words += apposed_after(m)
            # ("Shadow chancellor Oliver Letwin" is not "the chancellor")
            titled += [(m.start, t.lemma_.lower(), c.id) for t in words if t.lemma_.lower() in PERSON_TITLES
                       and not any(q.lower_ in OFFICE_QUALIFIERS for q in m.doc[max(0, t.i - 2) : t.i])]
    titled.sort()
    for t in doc:
        if t.i in token_cluster or t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in PERSON_TITLES \
                or t.dep_ in ("compound", "appos", "attr") or t.tag_ in ("NNS", "NNPS"):
            continue  # ("X, the hotel manager", "X is the chancellor": the title a name is given, not one standing for it)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or any(c.dep_ == "prep" for c in t.children):
            continue  # "the chairman of a rival firm" may be someone new
        sided = any(c.dep_ in ("compound", "nmod", "amod", "poss") and c.i in token_cluster for c in t.lefts)
        before = [cid for i, title, cid in titled if i < t.i and title == t.lemma_.lower()]
        if before and not sided:  # ("the Labour leader" is not "Lords leader Baroness Amos")
            token_cluster[t.i] = before[-1]


def _len_of(c: Cluster, i: int) -> int:
    return min(len(m) for m in c.mentions if m.start <= i < m.end)


def _contiguous(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))
