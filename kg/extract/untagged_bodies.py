"""Bodies the tagger did not tag, for ``kg_entity_repair``: units and institutions written with capitals ("School
of International Studies", "University of Nordvik"), parties named by their adjective ("Conservative"), acronyms
("the IAAF"), names a class noun introduces ("messaging firm Mblox"), a body's office before a role ("BP chief
executive"), and names with a body's head word ("Baze University")."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .mentions import bracketed_short_names
from .name_spans import listed_with_bodies
from .title_words import is_title_head

#: Last words of names of bodies: "Baze University", "Polar Institute".
BODY_HEADS = set(lexicon.INSTITUTION_HEADS)


def missed_units(doc: Doc, found: list[Span], heads: set[str]) -> list[Span]:
    """Capitalised 'School of X' / 'Y Centre' / 'University of Z' phrases the model did not tag."""
    taken = {i for s in found for i in range(s.start, s.end)}
    out = []
    for token in doc:
        if token.i in taken or not token.is_title or token.lemma_.lower() not in heads:
            continue
        if token.is_sent_start and not any(c.pos_ == "PROPN" for c in token.children):
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


def party_word_bodies(doc: Doc, found: list[Span], party_words: set[str]) -> list[Span]:
    """"Conservative Shadow chancellor Oliver Letwin": a party named by its adjective, which the tagger skips."""
    taken = {i for s in found for i in range(s.start, s.end)}
    firsts = {w.split()[0] for w in party_words}
    out = []
    for t in doc:
        if t.i in taken or t.text not in firsts:
            continue
        pair = doc[t.i : t.i + 2]  # "Lib Dem", "Liberal Democrat"
        if len(pair) == 2 and pair.text in party_words and t.i + 1 not in taken:
            out.append(Span(doc, t.i, t.i + 2, label="Organization"))
            taken.update((t.i, t.i + 1))
            continue
        if t.text not in party_words or t.text in lexicon.AMBIGUOUS_PARTY_WORDS:
            continue
        if t.is_sent_start and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("PROPN", "NOUN")):
            continue
        out.append(Span(doc, t.i, t.i + 1, label="Organization"))
        taken.add(t.i)
    return out

def untagged_bodies(doc: Doc, found: list[Span], class_of: dict[str, str], suffix_nouns: set[str]) -> list[Span]:
    """Organisations the tagger skipped: "the IAAF will decide", "the Mozilla foundation"; the short name a body was
    given in brackets ("the X Chamber of Commerce of Y (AmXCham)"), wherever else it is written."""
    taken = {i for s in found for i in range(s.start, s.end)}
    short = {k for k in bracketed_short_names(doc, found) if sum(c.isupper() for c in k) >= 2 and k.isalpha()}
    out = []
    for t in doc:
        if t.text in short and t.i not in taken:
            out.append(Span(doc, t.i, t.i + 1, label="Organization"))
            taken.add(t.i)
            continue
        if t.pos_ != "PROPN" or t.i in taken:
            continue
        acronym = t.is_upper and t.is_alpha and len(t) >= 3 and t.i > 0 and t.lower_ not in lexicon.AGREEMENT_NOUNS and (
            doc[t.i - 1].lower_ == "the"
            or doc[t.i - 1].text == "(" and any(s.end == t.i - 1 and s.label_ == "Organization" for s in found)  # "... Oversight (OFHEO)"
            or listed_with_bodies(t, found)  # "researchers from CIIS, CASS, SIIS and BFSU"
            or doc[t.i - 1].lower_ in ("of", "at") and t.i > 1 and is_title_head(doc[t.i - 2])  # "programme coordinator of NWAS"
            or _ends_title(t))  # "(Director of International Affairs, AAAS)"
        if t.text in lexicon.LEGISLATURES and t.i > 0 and doc[t.i - 1].lower_ == "the":
            out.append(Span(doc, t.i, t.i + 1, label="Organization"))  # "in the Lords for its second reading"
            taken.add(t.i)
            continue
        if t.text in lexicon.INSTITUTION_WORDS and t.i > 0 and doc[t.i - 1].ent_type_ == "NORP" \
                and doc[t.i - 1].head.i == t.i and t.i - 1 not in taken:
            out.append(Span(doc, t.i - 1, t.i + 1, label="Organization"))  # "the Scottish Executive"
            taken.update((t.i - 1, t.i))
            continue
        named = _named_by_class(t, class_of) or _classed_after(t, class_of)
        if named is not None and not any(j in taken for j in range(named.start, named.end)):
            out.append(named)  # "messaging firm Mblox", "mobile operator Orange"
            taken.update(range(named.start, named.end))
            continue
        if _body_before_role(t) and (t.i == 0 or doc[t.i - 1].pos_ != "PROPN"):
            out.append(Span(doc, t.i, t.i + 1, label="Organization"))  # "BP chief executive Lord Browne"
            taken.add(t.i)
            continue
        if t.is_title and t.lower_ in BODY_HEADS and t.i > 0 and doc[t.i - 1].pos_ == "PROPN" and doc[t.i - 1].is_title \
                and t.i - 1 not in taken:  # "Baze University has hosted ...", where the tagger saw no name
            start = t.i - 1
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and start - 1 not in taken \
                    and "\n" not in doc[start - 1].whitespace_:
                start -= 1
            end = t.i + 1
            if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title and end + 1 not in taken:
                end += 1  # "African Academy of Sciences"
                while end < len(doc) and doc[end].is_title and end not in taken:
                    end += 1
            out.append(Span(doc, start, end, label="Organization"))
            taken.update(range(start, end))
            continue
        suffixed = t.is_title and t.head.i == t.i + 1 and t.head.lemma_.lower() in suffix_nouns \
            and t.head.is_lower and not t.is_sent_start
        if acronym or suffixed:
            start = t.i
            while suffixed and start > 1 and not doc[start - 1].is_sent_start and doc[start - 1].is_title and start - 1 not in taken \
                    and not doc[start - 2].is_punct:
                start -= 1  # "To Vima newspaper"
            out.append(Span(doc, start, t.i + 1 + suffixed, label="Organization"))
            taken.update(range(start, t.i + 1 + suffixed))
    return out

def _classed_after(t: Token, class_of: dict[str, str]) -> Span | None:
    """"Austrade, the Australian government’s trade agency, and ...": a name whose apposition is a body's class noun."""
    if t.dep_ == "compound" or not any(c.dep_ == "appos" and c.pos_ == "NOUN" and class_of.get(c.lemma_.lower()) == "Organization"
                                       and c.i > t.i + 1 and t.doc[t.i + 1].text == "," for c in t.children):
        return None
    start = t.i
    while start > 0 and t.doc[start - 1].dep_ == "compound" and t.doc[start - 1].head.i == t.i and t.doc[start - 1].is_title:
        start -= 1
    return Span(t.doc, start, t.i + 1, label="Organization")


def _named_by_class(t: Token, class_of: dict[str, str]) -> Span | None:
    """The name a lower-case class noun introduces: "MMS firm | Adamind", "software company | Zentrix"."""
    doc = t.doc
    noun = doc[t.i - 1] if t.i > 0 else None
    if noun is None or not noun.is_lower or noun.pos_ != "NOUN" and noun.dep_ != "amod" \
            or class_of.get(noun.lemma_.lower()) != "Organization" or noun.dep_ not in ("compound", "amod"):
        return None
    end = t.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        end += 1
    if noun.head.i not in range(t.i, end) or not all(x.is_title or x.text[:1].isupper() for x in doc[t.i : end]):
        return None
    return Span(doc, t.i, end, label="Organization")


def _body_before_role(t) -> bool:
    """An acronym naming someone's office: "BP | chief executive Lord Browne", "UBS | chairman Marcel Ospel".

    (A capitalised word in that place is too often part of the title itself: "Shadow chancellor".)
    """
    role = t.head
    return t.is_upper and t.is_alpha and len(t) >= 2 and t.dep_ in ("compound", "nmod") and role.i > t.i \
        and role.pos_ == "NOUN" and role.is_lower and role.lemma_.lower() in lexicon.OFFICE_TITLES \
        and any(x.ent_type_ == "PERSON" or x.pos_ == "PROPN" and x.is_title for x in role.doc[role.i + 1 : role.head.i + 1]) \
        and role.head.i > role.i


def _ends_title(t: Token) -> bool:
    """"Dr X (Director of International Affairs and Science Diplomacy, AAAS)": an acronym after a comma that ends a
    capitalised title's phrase, before a bracket, comma or stop, is the body the title is of."""
    doc = t.doc
    if t.i < 3 or doc[t.i - 1].text != "," or t.i + 1 >= len(doc) or doc[t.i + 1].text not in (")", ",", ";", "."):
        return False
    k = t.i - 2
    while k > 0 and (doc[k].is_title or doc[k].lower_ in ("of", "for", "and", "&")) and not is_title_head(doc[k]):
        k -= 1
    return is_title_head(doc[k]) and doc[k].is_title
