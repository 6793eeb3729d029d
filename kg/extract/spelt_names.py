"""A body's name as its bracketed short name spells it, for ``kg_entity_repair``: "the Academy of Sciences | Malaysia
(ASM)", where the tagger cut the name before a place or a word it took for something else."""
from __future__ import annotations

from spacy.tokens import Span

from .name_keys import abbreviates


def spelt_out(spans: list[Span]) -> list[Span]:
    """Each body's name that ends up to two capitalised words before a short name in brackets, and that the short
    name spells only with those words, runs on through them; what the tagger made of those words goes."""
    doc = spans[0].doc if spans else None
    out, gone = [], set()
    for s in spans:
        for extra in (1, 2):
            end = s.end + extra
            if s.label_ != "Organization" or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
                continue
            short, tail = doc[end + 1].text, doc[s.end : end]
            if all(t.is_title and t.is_alpha for t in tail) and not abbreviates(short, [t.text for t in s]) \
                    and abbreviates(short, [t.text for t in doc[s.start : end]]):
                gone.update(id(o) for o in spans if o is not s and tail.start <= o.start and o.end <= tail.end)
                s = Span(doc, s.start, end, label="Organization")
                break
        out.append(s)
    return [s for s in out if id(s) not in gone]
