"""``kg_entity_repair``: turn the model's named entities into kg's typed mentions.

The small model's NER is a good start with known faults. This component keeps
its PERSON/ORG/GPE/LOC/FAC/EVENT spans, trims determiners and possessives,
drops spans that name nothing (no proper noun, or on the ``not_entities``
list), retypes organisations headed by an event noun ("Beijing Forum"), adds
capitalised organisation names it missed ("School of International Studies"),
and settles each surface form on one kind by majority over the article.
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import lexicon
from .mentions import NER_KINDS, set_mentions, trim


@Language.factory(
    "kg_entity_repair",
    default_config={
        "not_entities": lexicon.NOT_ENTITIES,
        "event_nouns": lexicon.EVENT_NOUNS,
        "unit_nouns": lexicon.UNIT_NOUNS,
    },
    requires=["doc.ents", "token.pos", "token.dep"],
    assigns=["doc.spans"],
)
def make_entity_repair(nlp: Language, name: str, not_entities: list[str], event_nouns: list[str], unit_nouns: list[str]):
    return EntityRepair(set(not_entities), set(event_nouns), set(unit_nouns))


class EntityRepair:
    def __init__(self, not_entities: set[str], event_nouns: set[str], unit_nouns: set[str]):
        self.not_entities = not_entities
        self.event_nouns = event_nouns
        self.unit_nouns = unit_nouns

    def __call__(self, doc: Doc) -> Doc:
        titles = quoted_titles(doc)
        spans = [s for s in (self._repair(ent) for ent in doc.ents) if s is not None]
        spans += self._missed_units(doc, spans)
        spans = self._join_and(doc, spans)
        spans = self._apposed_people(doc, spans)
        spans = self._honorific_people(doc, spans)
        spans = [s for s in spans if not any(a <= s.start and s.end <= b for a, b in titles)]
        set_mentions(doc, self._vote(spans))
        return doc

    def _repair(self, ent: Span) -> Span | None:
        kind = NER_KINDS.get(ent.label_)
        if kind is None:
            return None
        span = trim(ent)
        if not span or span.text in self.not_entities:
            return None
        if not any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in span):
            return None  # "pre-Budget", "three-day": no name in it
        if kind == "Organization" and span.root.lemma_.lower() in self.event_nouns:
            kind = "Event"
        return Span(span.doc, span.start, span.end, label=kind)

    def _missed_units(self, doc: Doc, found: list[Span]) -> list[Span]:
        """Capitalised 'School of X' / 'Y Centre' phrases the model did not tag."""
        taken = {i for s in found for i in range(s.start, s.end)}
        out = []
        for token in doc:
            if token.i in taken or not token.is_title or token.lemma_.lower() not in self.unit_nouns:
                continue
            if token.i == token.sent.start and not any(c.pos_ == "PROPN" for c in token.children):
                continue  # a capitalised first word is no evidence of a name
            start = token.i
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].i not in taken:
                start -= 1
            end = token.i + 1
            # "School of International Studies": an 'of' followed by capitalised words
            if end + 1 < len(doc) and doc[end].lower_ in ("of", "for") and doc[end + 1].is_title:
                end += 1
                while end < len(doc) and (doc[end].is_title or doc[end].lower_ == "and") and end not in taken:
                    end += 1
                while doc[end - 1].lower_ == "and":
                    end -= 1
            if end - start >= 2:
                out.append(Span(doc, start, end, label="Organization"))
                taken.update(range(start, end))
        return out

    @staticmethod
    def _join_and(doc: Doc, spans: list[Span]) -> list[Span]:
        """"Department for Education | and | Skills": a name cut at its inner 'and' is one name."""
        spans = sorted(spans, key=lambda s: s.start)
        out: list[Span] = []
        for s in spans:
            prev = out[-1] if out else None
            if prev is not None and prev.label_ == "Organization" and s.start == prev.end + 1 \
                    and doc[prev.end].lower_ == "and" and any(t.lower_ in ("of", "for", "on") for t in prev) \
                    and all(t.is_title for t in s) and len(s) <= 3 and doc[prev.end].head.i in range(prev.start, prev.end):
                out[-1] = Span(doc, prev.start, s.end, label="Organization")
                continue
            out.append(s)
        # the conjunct the model left untagged: "Parliamentary Group on Betting and Gaming"
        for i, s in enumerate(out):
            end = s.end
            if s.label_ == "Organization" and end + 1 < len(doc) and doc[end].lower_ == "and" \
                    and any(t.lower_ in ("of", "for", "on") for t in s) and doc[end + 1].is_title \
                    and doc[end + 1].dep_ == "conj" and doc[end + 1].head.i in range(s.start, s.end) \
                    and not any(o.start <= end + 1 < o.end for o in out):
                out[i] = Span(doc, s.start, end + 2, label="Organization")
        return out

    @staticmethod
    def _apposed_people(doc: Doc, spans: list[Span]) -> list[Span]:
        """"Amara Nwosu, a climate scientist at ...": a name with a role apposition is a person."""
        people = []
        for t in doc:
            if t.pos_ != "PROPN" or not t.is_title:
                continue
            appos = [c for c in t.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN"]
            if not appos or not any(p.dep_ == "prep" and p.lower_ in ("at", "of", "with", "for") for p in appos[0].children):
                continue
            start = t.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i \
                    and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
                start -= 1
            if 2 <= t.i + 1 - start <= 3:
                people.append(Span(doc, start, t.i + 1, label="Person"))
        if not people:
            return spans
        kept = [s for s in spans if not any(s.start < p.end and p.start < s.end for p in people)]
        return kept + people

    @staticmethod
    def _honorific_people(doc: Doc, spans: list[Span]) -> list[Span]:
        """"Mr Cable told MPs": a surname after a courtesy title is a person's, wherever it is tagged."""
        honorifics = {h.rstrip(".") for h in lexicon.HONORIFICS}
        surnames = {t.text for t in doc if t.i > 0 and t.is_title and t.pos_ == "PROPN" and doc[t.i - 1].lower_.rstrip(".") in honorifics}
        out = []
        for s in spans:
            if s.label_ in ("Organization", "Place") and len(s) <= 3 and s[-1].text in surnames and all(t.is_title for t in s):
                s = Span(doc, s.start, s.end, label="Person")
            out.append(s)
        covered = {i for s in out for i in range(s.start, s.end)}
        for t in doc:  # "Mr Walsh" the model left untagged
            if t.text in surnames and t.i not in covered and doc[t.i - 1].lower_.rstrip(".") in honorifics:
                out.append(Span(doc, t.i, t.i + 1, label="Person"))
        return out

    @staticmethod
    def _vote(spans: list[Span]) -> list[Span]:
        """One kind per surface form: "Edinburgh" tagged GPE twice and ORG once is a Place."""
        votes: dict[str, Counter] = {}
        for s in spans:
            votes.setdefault(s.text.lower(), Counter())[s.label_] += 1
        return [
            Span(s.doc, s.start, s.end, label=votes[s.text.lower()].most_common(1)[0][0])
            if s.label_ != "Event" else s
            for s in spans
        ]


def quoted_titles(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of short quoted phrases without a verb: titles and themes, not speech."""
    out, start = [], None
    for t in doc:
        if t.text in ('"', "“", "”") or t.tag_ in ("``", "''"):
            if start is None:
                start = t.i
            else:
                inner = doc[start + 1 : t.i]
                if 0 < len(inner) <= 20 and not any(x.pos_ in ("VERB", "AUX") for x in inner):
                    out.append((start + 1, t.i))
                start = None
    return out
