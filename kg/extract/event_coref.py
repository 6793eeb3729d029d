"""Event coreference for ``kg_coref``: which earlier event a mention of an event stands for.

"the forum" for "the 2024 Beijing Forum", "the Summit" for "the 10th BRICS Summit",
"this year's festival" (not "last year's"), the headline's event for the story's.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from . import lexicon
from .clusters import Cluster, told_as
from .name_keys import EDITION, event_core

EVENT_NOUN_SET = set(lexicon.EVENT_NOUNS)
#: Words for any happening, which stand for the one named before: "the event", "the occasion".
GENERIC_HEADS = {"event", "occasion", "gathering"}
_GATHERINGS = set(lexicon.GATHERING_NOUNS)


def _kind_word_shared(m: Span, x: Span) -> bool:
    """"the panel session" after "a panel meeting": the gathering word that says what kind it is, shared (as the
    head or the word before it) with an earlier event's mention."""
    kinds = {c.lemma_.lower() for c in m.root.children if c.dep_ == "compound" and c.lemma_.lower() in _GATHERINGS}
    return bool(kinds) and any(t.lemma_.lower() in kinds and (t.i == x.root.i or t.dep_ == "compound" and t.head.i == x.root.i) for t in x)


def event_antecedent(m: Span, events: list[Cluster], short_names: dict[str, str] | None = None) -> Cluster | None:
    """The event ``m`` names again, if any. ``short_names`` maps a body's short name to its full name, so that
    "a meeting of the BRSN" is "a meeting of the Belt and Road Studies Network" (the body it is of)."""
    short_names = short_names or {}

    def core_of(x: Span) -> str:  # (only the body an event is of: "talks with the LSE" names one side of many)
        words = event_core(x).split()
        return " ".join(short_names.get(w, w) if k and words[k - 1] == "of" else w for k, w in enumerate(words))

    if len(m) == 1 and m.root.pos_ == "VERB" and m.root.lemma_ == "sign":
        return _signing_named_later(m, events)
    core = core_of(m)
    for c in events:
        # a name is one event whatever year it is given ("the 2024 Beijing Forum", "the Beijing Forum"),
        # but "this year's festival" is not "last year's festival", nor is "the festival" just for that
        if core and any(core_of(x) == core and (_when(x) == _when(m) or _named(m) and _named(x)) and not _numbered_apart(x, m)
                        for x in c.mentions):
            return c
    headlined = _headline_event(m, events)
    if headlined is not None:
        return headlined
    names = {t.lower_ for t in m if t.pos_ == "PROPN" and t.i < m.root.i}
    if names:  # "the G7 meeting" after "a meeting of G7 finance ministers"
        for c in events:
            if any(same_head(_head(x), m.root) and names <= {t.lower_ for t in x} and x.start < m.start
                   and not _numbered_apart(x, m) for x in c.mentions):  # (not "the first X Dialogue" for "the second")
                return c
    definite = m.start > 0 and m.doc[m.start - 1].lower_ in ("the", "this", "that") or m[0].lower_ == "this"  # "this year's festival"
    if len(m) == 1 and m[0].lemma_.lower() in EVENT_NOUN_SET:
        # "the 10th BRICS Summit" ... "the Summit": a capitalised head word alone is the last event it heads
        headed = [c for c in events if any((same_head(_head(x), m.root) or _told(x) == m.root.lemma_.lower()) and x.start < m.start
                                           for x in c.mentions)]  # (and "signed an MoU ... The signing took place")
        if headed:
            return max(headed, key=lambda c: max(x.start for x in c.mentions if x.start < m.start))
    this = _this_one(m, events)
    if this is not None:
        return this
    if any(t.pos_ == "PROPN" for t in m if t.i <= m.root.i):
        # "a technology conference" ... "the International Solid State Circuits Conference" (not "the fourth plenary
        # session of the X Party", whose name is its body's)
        introduced = [c for c in events if len(c.mentions) and not any(t.pos_ == "PROPN" for x in c.mentions for t in x)
                      and c.mentions[0].start < m.start and _indefinite(c.mentions[0]) and same_head(_head(c.mentions[0]), m.root)]
        return introduced[0] if len(introduced) == 1 else None
    if not definite:
        return None
    if m.root.lemma_.lower() in GENERIC_HEADS and not _when(m):
        # "the event", "this unprecedented gathering", "the culminating event": the gathering last named before
        # (not "the session of | the event": the session holds the mention)
        earlier = [c for c in events if c.mentions[0].start < m.start and any(_named(x) or len(x) > 1 for x in c.mentions)
                   and not any(x.start < m.start and m.end <= x.end for x in c.mentions)]
        of = m.root.head
        if m.root.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _PARTS:  # "the session of | the event"
            earlier = [c for c in earlier if not all(_head(x).lemma_.lower() in _PARTS for x in c.mentions)] or earlier
        return max(earlier, key=lambda c: max(x.start for x in c.mentions if x.start < m.start)) if earlier else None
    # "the forum", "the three-day academic forum": the latest event with that head
    words = {t.lower_ for t in m}
    earlier = []
    for c in events:
        same = [x for x in c.mentions if same_head(_head(x), m.root) or _kind_word_shared(m, x)]
        # the mention that introduced the event says what kind it is: "a mock general election"
        # (a bare "the inquiry" is any earlier inquiry; "the general election" is not "a mock general election")
        if c.mentions[0].start < m.start and same and (not _qualifiers(m) or _qualifiers(min(same, key=lambda x: x.start)) <= words) \
                and _capitalised(m) <= {t.lower_ for x in c.mentions for t in x}:
            earlier.append(c)  # ("the official No campaign" is not "the Yes campaign")
    if _ordinal(m):  # "the first session" is not the second one named last (but "the inaugural meeting" may be "the meeting")
        earlier = [c for c in earlier if any(_ordinal(x) == _ordinal(m) for x in c.mentions)
                   or _ordinal(m) <= _STAGES and not any(_ordinal(x) for x in c.mentions)]
    if not _when(m):  # a bare "the festival" is the article's own, not "last year's festival" named in passing
        earlier = [c for c in earlier if not all(_when(x) for x in c.mentions)] or earlier
    if not earlier and _lasting(m) and m.root.lemma_.lower() in _GATHERINGS:
        # "The two-day conference is being organised by ..." after "the Islamabad Security Dialogue": the gathering
        # the report opened with, whatever its kind word
        gatherings = [c for c in events if c.mentions[0].start < m.start
                      and any(_head(x).lemma_.lower() in _GATHERINGS for x in c.mentions)]
        return min(gatherings, key=lambda c: c.mentions[0].start) if gatherings else None
    return max(earlier, key=lambda c: c.mentions[-1].start) if earlier else _visit_told_by_verb(m, events)


def _this_one(m: Span, events: list[Cluster]) -> Cluster | None:
    """"Our October roundtable ... Caitriona Heinl moderated this discussion": a gathering pointed at with 'this'
    and no name of its own is the one named last."""
    doc = m.doc
    pointed = m[0].lower_ in ("this", "these") or m.start > 0 and doc[m.start - 1].lower_ in ("this", "these")
    if not pointed or _named(m[: m.root.i - m.start + 1]) or m.root.lemma_.lower() not in GATHERING_OR_SPEECH:
        return None
    if any(same_head(_head(x), m.root) and x.start < m.start for c in events for x in c.mentions):
        return None  # ("this forum" after "the Beijing Forum": the one with that head, see below)
    earlier = [c for c in events if any(x.start < m.start for x in c.mentions)
               and any(x.root.lemma_.lower() in GATHERING_OR_SPEECH for x in c.mentions)]
    return max(earlier, key=lambda c: max(x.start for x in c.mentions if x.start < m.start)) if earlier else None


GATHERING_OR_SPEECH = set(lexicon.GATHERING_NOUNS) | {"discussion", "conversation", "exchange"}


#: What a visit is called once it has been told: "X was visited by a delegation ... The meeting ended with ...".
VISIT_WORDS = {"meeting", "visit", "talks"}


def _visit_told_by_verb(m: Span, events: list[Cluster]) -> Cluster | None:
    """"the meeting" alone, after a meeting told only by its verb and before any other event: that one. Told
    from the hosts' side ("X was visited by a delegation", "X received a delegation", "X received a visit from Y")
    or as a signing ("A and B signed an MoU"), it is one meeting; a visit told from the guests' side ("A visited X")
    is a trip, whose meetings are its parts (see ``report_facts.stops_of_visit``)."""
    earlier = [c for c in events if c.mentions[0].start < m.start]
    if len(earlier) != 1:
        return None  # (events named after it are other meetings: "later, the meeting between A and B was held ...")
    told = earlier[0]
    verbs = [x.root for x in told.mentions]
    signing = all(v.lemma_ == "sign" for v in verbs) and _a_signing(m)
    if not signing and (m.root.lemma_.lower() not in VISIT_WORDS or any(t.i != m.root.i and t.pos_ != "DET" for t in m)):
        return None
    if told.mentions[0].start < m.start and all(len(x) == 1 and x.root.pos_ == "VERB" for x in told.mentions) \
            and all(v.lemma_ != "visit" or any(c.dep_ == "nsubjpass" for c in v.children) for v in verbs):
        return told
    received = told.mentions[0].root  # "X received a visit from a delegation ... During the meeting": the hosts' side too
    if told.mentions[0].start < m.start and received.lemma_.lower() == "visit" and received.dep_ == "dobj" \
            and received.head.lemma_ == "receive":
        return told
    return None


def _signing_named_later(verb: Span, events: list[Cluster]) -> Cluster | None:
    """"A and B signed the MoU ... During the signing ceremony, ...": the verb comes last to coreference (being one
    word), so it joins the one signing the story went on to name by its kind."""
    named = [c for c in events if c.mentions and all(_a_signing(x) for x in c.mentions)]
    if len(named) == 1:
        return named[0]
    # "signed an agreement ... The agreement, signed by A and B, ...": what it signed, named again, is the one signing
    signed = _signed(verb.root)
    again = [c for c in events if signed is not None and any(x.start < verb.start and len(x) == 1 and x.root.lemma_ == "sign"
                                                             and (_signed(x.root) or signed).lemma_ == signed.lemma_
                                                             for x in c.mentions)]
    return again[-1] if again and _definite(signed) else None


def _signed(verb: Token) -> Token | None:
    """What a signing's verb signed: "signed | an agreement", "the agreement | was signed", "the agreement, | signed by"."""
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return verb.head
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _a_signing(m: Span) -> bool:
    """"the signing ceremony", "the signing", "the MoU signing", "the signing of the agreement": a signing named by
    its kind alone."""
    return m.root.lemma_.lower() in ("signing", "ceremony") and any(t.lower_ == "signing" for t in m) \
        and all(t.lower_ in ("the", "this", "signing", "ceremony", "of") or t.lower_ in _AGREEMENTS for t in m)


_AGREEMENTS = {w.lower() for w in lexicon.AGREEMENT_NOUNS}  # ("the MoU signing")


def _named(m: Span) -> bool:
    return any(t.pos_ == "PROPN" and t.ent_type_ != "DATE" for t in m)


def _when(m: Span) -> str:
    """The date words of an event mention: "last year" in "last year's festival" ("" for "this year's",
    which is the one the article is about)."""
    words = " ".join(t.lower_ for t in m if t.ent_type_ == "DATE" and t.tag_ != "POS")
    return "" if m[0].lower_ == "this" or words.startswith("this ") else words


def _headline_event(m: Span, events: list[Cluster]) -> Cluster | None:
    """"Elton plays Paris charity concert" over "Sir Elton John has performed at a special concert in
    Paris": the headline's event is the first the story tells of with the same head noun."""
    here = _in_headline(m)
    for c in events:
        if any(_in_headline(x) != here and same_head(x.root, m.root) for x in c.mentions) \
                and not any(same_head(x.root, m.root) and not _in_headline(x) and x.start < m.start
                            for o in events if o is not c for x in o.mentions):
            return c  # (only the first: a second concert further down may be another one)
    return None


def _in_headline(m: Span) -> bool:
    """Whether the mention is on the article's headline line (``doc._.kg_headline``, found by ``kg_headline``)."""
    line = m.doc._.kg_headline
    return line is not None and m.end_char <= line.end_char


_PARTS = set(lexicon.PART_NOUNS)


def _lasting(m: Span) -> bool:
    """Whether the mention says how long the gathering lasted, and no more: "the two-day conference"."""
    words = [t for t in m if t.i < m.root.i and t.pos_ != "DET"]
    return any(re.search(r"days?$", t.lower_) for t in words) and all(
        re.fullmatch(r"[a-z0-9]+-days?|-|days?", t.lower_) or t.lower_ in _NUMBER_WORDS or t.text.isdigit() for t in words)


_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven"}


def _numbered_apart(x: Span, m: Span) -> bool:
    return bool(_ordinal(x) and _ordinal(m) and _ordinal(x) != _ordinal(m))


def _qualifiers(m: Span) -> set[str]:
    """Common words that make a kind of its own: "mock" in "a mock general election" (names and dates do not, nor
    words before a name: "a webinar | Inaugural Session")."""
    named = next((t.i for t in m if t.i < m.root.i and t.pos_ == "PROPN" and t.is_title and t.ent_type_ != "DATE"), m.start)
    return {t.lower_ for t in m[named - m.start : m.root.i - m.start]
            if t.pos_ in ("ADJ", "NOUN") and t.ent_type_ not in ("DATE", "ORDINAL")}


def _ordinal(m: Span) -> set[str]:
    """Which of a series: "first" in "the first session", "2nd" in "the 2nd Ambassador Summit"."""
    return {t.lower_ for t in m if t.ent_type_ == "ORDINAL" or t.lower_ in ORDINALS}


#: Which part of a gathering, by when it was: "the inaugural session" is not "the third session".
_STAGES = {"inaugural", "concluding"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "final", "closing",
            "opening", "last", "next"} | _STAGES


def _capitalised(m: Span) -> set[str]:
    """Capitalised words before the head that the tagger did not call names: "No" in "the No campaign"."""
    return {t.lower_ for t in m if t.i < m.root.i and t.is_title and not t.is_sent_start}


def apposed_event(m: Span, clusters: list[Cluster]) -> Cluster | None:
    """"a mobile industry conference, 3GSM,": two names in apposition are one thing."""
    root = m.root
    partners = ({root.head.i} if root.dep_ == "appos" else set()) | {c.i for c in root.children if c.dep_ == "appos"}
    for c in clusters:
        if any(x.root.i in partners for x in c.mentions):
            return c
    return None


def _indefinite(m: Span) -> bool:
    return m.start > 0 and m.doc[m.start - 1].lower_ in ("a", "an")


SYNONYM = {w: i for i, group in enumerate(lexicon.EVENT_SYNONYMS) for w in group}


def _head(m: Span) -> Token:
    """An event name's head noun: its last word where the parse hangs it elsewhere
    ("China-US University and Think Tank Forum" is a forum, though parsed as a university)."""
    return m[-1] if m[-1].lemma_.lower() in EVENT_NOUN_SET and m.root.lemma_.lower() not in EVENT_NOUN_SET else m.root


def _told(x: Span) -> str:
    """The noun for an event told by its verb alone ("signed": "signing")."""
    return told_as(x.root) if len(x) == 1 and x.root.pos_ == "VERB" else ""


def same_head(a: Token, b: Token) -> bool:
    la, lb = EDITION.sub("", a.lemma_.lower()), EDITION.sub("", b.lemma_.lower())  # "Forum-2023" is a forum
    return la == lb or a.lower_ == b.lower_ or SYNONYM.get(la, -1) == SYNONYM.get(lb, -2)
