"""An article's entities as ``kg_coref`` groups them: a kind and every mention, on the Doc."""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .event_spans import TITLING_VERBS
from .name_keys import CANONICAL, core_text, singular, strip_honorific, with_place
from .title_words import is_title_head


@dataclass
class Cluster:
    """One entity of the article: its kind and every mention of it."""

    id: int
    kind: str
    mentions: list[Span] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)  # normalised mention texts, for the same-name rule
    owned: dict[int, Span] = field(default_factory=dict)  # a unit's mention (by start) -> the body written after it
    shared_name: bool = False  # another unit of the article has this one's name: "School of Public Health" of X and of Y

    @property
    def name(self) -> str:
        canonical = [CANONICAL[k] for k in self.keys if k in CANONICAL]
        if canonical and self.kind in ("Place", "Organization"):  # (Jools Holland is no country)
            return canonical[0]  # "Britain" in one article and "the UK" in the next are one country
        if self.shared_name and self.owned:  # "School of Public Health at the University of Sydney"
            start, owner = min(self.owned.items())
            return owner.doc[start : owner.end].text
        named = [m for m in self.mentions if any(t.pos_ == "PROPN" for t in m)] or self.mentions
        if self.kind == "Event" and all(len(m) == 1 and m.root.pos_ == "VERB" for m in self.mentions):
            return told_as(self.mentions[0].root)  # "visited": the visit
        if self.kind == "Event":  # ("visited ... this visit": the noun names it)
            nouns = [m for m in named if not (len(m) == 1 and m.root.pos_ == "VERB")]
            return min(nouns, key=lambda m: (m.start,)).text
        # the longest name, spelt out: "Liberal Democrats" rather than "Lib Dems", "Geordan Murphy" rather than "G Murphy"
        # (a plural is no fuller a name: "Rolls-Royce", not "Rolls-Royces")
        best = max(named, key=lambda m: (len(strip_honorific(m)), len(singular(m.text)), -len(m.text), -m.start))
        bare = strip_honorific(best) if self.kind == "Person" else None
        if bare and len(bare) > 1:  # "Prof Ingrid Dahl" is Ingrid Dahl (but "Ms Banda" says more than "Banda")
            return best.doc[bare[0].i : best.end].text.strip()
        return best.text.strip()

    @property
    def names(self) -> list[str]:
        out: list[str] = []
        for m in self.mentions:
            bare = strip_honorific(m)
            core = core_text(m) if self.kind == "Event" else ""
            placed = with_place(m) if self.kind == "Event" else ""
            verb = self.kind == "Event" and len(m) == 1 and m.root.pos_ == "VERB"
            told = told_as(m.root) if verb else ""
            phrase = verb_phrase(m.root) if verb else ""  # "signed the cooperation agreement"
            signed = signed_phrase(m.root) if verb else ""  # "the MoU of Cooperation (between the two sides) was signed"
            doing = doing_phrase(m.root) if self.kind == "Event" else ""  # "signing the MoU", "visit to the university"
            # "Track II dialogue" for "Track II dialogue with Chinese leaders at Stanford": the name up to its head noun
            headed = m.doc[m.start : m.root.i + 1].text if self.kind == "Event" and m.start <= m.root.i < m.end - 1 \
                and m.root.ent_type_ not in ("GPE", "LOC") else ""  # (not "India" of "India – Korea Dialogue", misparsed)
            # "School of Law" for "School of Law at Eastbay University": a unit's own name, before its parent's
            at = next((t.i for t in m[1:-1] if t.lower_ == "at" and m.doc[t.i + 1].is_title), None) if self.kind == "Organization" else None
            headed = headed or (m.doc[m.start : at].text if at is not None else "")
            # ("highly successful business mission" of "... to X": the "business mission")
            core_headed = core_text(m.doc[m.start : m.root.i + 1]) if self.kind == "Event" and m.root.i < m.end - 1 else ""
            quoted = quoted_title(m) if self.kind == "Event" else ""  # "the seminar on “X”" is "X"
            owner = self.owned.get(m.start)  # "School of Public Health at the University of Sydney", one of several
            owned = m.doc[m.start : owner.end].text if owner is not None else ""
            # "talks with the London Stock Exchange" for "... (LSE)": the name without a body's short name in brackets
            unbracketed = _unbracketed(m) if self.kind == "Event" else ""
            for text in (told, m.text, unbracketed, owned, m.doc[bare[0].i : m.end].text if bare else "", core, placed, headed, core_headed, phrase,
                         signed, *doing, quoted):
                if text and text not in out:
                    out.append(text)
        return out


def _unbracketed(m) -> str:
    opened = next((t.i for t in m if t.text == "("), None)
    closed = next((t.i for t in m if opened is not None and t.i > opened and t.text == ")"), None)
    if closed is None or closed - opened > 3:
        return ""
    return (m.doc[m.start : opened].text + m.doc[closed : m.end].text_with_ws[1:]).strip()


_QUOTES = {**lexicon.QUOTE_PAIRS, "'": "'"}  # (a straight apostrophe may open a quoted title inside an event's name)


def quoted_title(m) -> str:
    """The title an event's mention quotes after its head: "The Future of Arctic Law" in 'a discussion titled
    "The Future of Arctic Law."'."""
    opening = next((t for t in m if t.i > m.root.i and t.text in _QUOTES), None)
    doc, end = m.doc, m.end
    comma = end < len(doc) and doc[end].text == ","
    if opening is None and end + 1 + comma < len(doc) and doc[end + comma].lemma_.lower() in TITLING_VERBS \
            and doc[end + 1 + comma].text in _QUOTES:  # "The dialogue, titled ‘X’, was convened by ...", "a roundtable titled ‘X’"
        opening = doc[end + 1 + comma]
        end = min(len(doc), end + 40)
    if opening is None:
        return ""
    close = next((t.i for t in m.doc[opening.i + 1 : end] if t.text == _QUOTES[opening.text]), m.end)
    words = m.doc[opening.i + 1 : close]
    return words.text.rstrip(" .,;:") if len(words) > 1 else ""


#: The noun for what a verb tells: "signed" is a signing, "visited" a visit, "received a delegation" a visit.
_TOLD = {"sign": "signing", "meet": "meeting", "call": "call", "receive": "visit", "host": "visit", "welcome": "visit", "greet": "visit"}


def told_as(verb: Token) -> str:
    return _TOLD.get(verb.lemma_.lower(), verb.lemma_.lower())


def verb_phrase(verb: Token) -> str:
    """The words that tell an event by its verb: "signed the cooperation agreement", "an MoU was signed", "called on
    the Speaker"."""
    doc = verb.doc
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:  # up to the sides, the place or a clause: "signed an MoU (MoU) | with X, located in Y"
        return doc[verb.i : _before_sides(obj)].text
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is not None:
        return doc[subj.left_edge.i : verb.i + 1].text
    called = _called_on(verb)
    return f"{verb.text} {called[0]}" if called else ""  # "called on Senate Chairman X"


def signed_phrase(verb: Token) -> str:
    """What a signing signed, which names it too: "the MoU of Cooperation between the two sides was signed"."""
    if verb.lemma_.lower() != "sign":
        return ""
    what = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if what is None:
        return ""
    start = what.left_edge.i + (what.left_edge.lower_ in ("the", "a", "an", "this"))
    end = _before_sides(what)
    end = next((t.i for t in what.doc[start:end] if t.text == "("), end)  # (not its short name: "the MoU (MoU)")
    return what.doc[start:end].text if start < end else ""


def _called_on(verb: Token) -> tuple[str, ...]:
    """Whom a call was paid on, in full and by the post alone: ("on Senate Chairman X", "on Senate Chairman")."""
    on = next((p for p in verb.children if verb.lemma_ == "call" and p.lower_ in ("on", "upon")), None)
    obj = next((o for o in on.children if o.dep_ == "pobj"), None) if on is not None else None
    if obj is None:
        return ()
    doc, end = verb.doc, _before_sides(obj)
    post = max((t.i for t in doc[on.i + 1 : end] if is_title_head(t) and t.is_title), default=None)
    return (doc[on.i : end].text,) + ((doc[on.i : post + 1].text,) if post is not None and post + 1 < end else ())


def doing_phrase(head: Token) -> tuple[str, ...]:
    """The names an event told by a verb or a gerund has as the doing of it: "visited Northfield University" is the
    "visiting Northfield University" and the "visit to Northfield University"; "signed the MoU" and "signing the MoU
    with X" are the "signing the MoU"."""
    called = _called_on(head) if head.pos_ == "VERB" else ()
    if called:  # "called on the Speaker": the "call on the Speaker"
        return tuple(f"call {x}" for x in called) + tuple(f"{head.text} {x}" for x in called[1:])
    if head.lemma_ == "meet" and head.pos_ == "VERB":
        return _meeting_of(head)
    obj = next((c for c in head.children if c.dep_ == "dobj"), None)
    if obj is None or not (head.pos_ == "VERB" or head.tag_ == "VBG"):
        return ()
    what = head.doc[obj.left_edge.i : _before_sides(obj)].text
    lemma = head.lemma_.lower()
    gerund = lemma + "ing" if not lemma.endswith("e") else lemma[:-1] + "ing"
    bare = signed_phrase(head)  # (reports name a signing "the signing of the MoU", "the MoU signing")
    signing = (f"signing of the {bare}", f"{bare} signing") if bare else ()
    return (f"{gerund} {what}",) + ((f"visit to {what}",) if lemma == "visit" else ()) + signing


def _meeting_of(verb: Token) -> tuple[str, ...]:
    """"A met B" is the "meeting between A and B" and the "meeting with B"; "A met with B" too."""
    doc = verb.doc
    named = {i: m for m in doc.spans.get("kg_mentions", []) if m.label_ in ("Person", "Organization") for i in range(m.start, m.end)}
    subject = next((named[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in named), None)
    met = [c for c in verb.children if c.dep_ == "dobj"] \
        + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    other = next((named[o.i] for o in met if o.i in named), None)
    if other is None:
        return ()
    return (f"meeting with {other.text}",) + ((f"meeting between {subject.text} and {other.text}",) if subject is not None else ())


def _before_sides(phrase: Token) -> int:
    doc = phrase.doc
    return next((t.i for t in doc[phrase.i + 1 : phrase.right_edge.i + 1]
                 if t.lower_ in ("with", "between", "at", "in", "to", ",", "which", "that")), phrase.right_edge.i + 1)


if not Doc.has_extension("kg_clusters"):
    Doc.set_extension("kg_clusters", default=None)
    Doc.set_extension("kg_token_cluster", default=None)
