"""The field a post is held for, after its title ("Minister of | Foreign Affairs", "Vice President for | Academic
Affairs", "the Public Engagement | Specialist"): words that name no body, though the tagger often takes them for one."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .mentions import HONORIFICS, known_word
from .title_words import BODY_WORDS, FIELD_WORDS, ends_body, is_plural_title, is_title_head

#: Posts held for a field rather than in a body: "Minister for | Digital Transformation", "Professor of | Anthropology".
_FIELD_POSTS = {"minister", "professor", "lecturer", "dean", "commissioner", "secretary"}


#: Bodies named by their kind alone after a title's 'of', in posts of whichever one the holder is in.
_BARE_BODIES = {"department", "mission", "staff", "state", "government", "division", "section", "school", "faculty"}


def field_of_title(span: Span, words: frozenset[str] = frozenset()) -> bool:
    """"Minister of Foreign Affairs", "Vice President for Academic Affairs", "Professor of China Studies",
    "Under Secretary of State", "Director of International Projects": words for a field after a title's 'of',
    'for' or 'in' name a post, not a body (a plural of words of the language, given ``words``, is a field too)."""
    doc, i = span.doc, span.start - 1
    if i >= 0 and doc[i].is_title and is_title_head(doc[i]) and span[-1].lower_ in FIELD_WORDS \
            and all(known_word(t, words) or t.lower_ in ("and", "&") for t in span) \
            and not any(t.lower_ in BODY_WORDS and t.lower_ not in FIELD_WORDS for t in span):
        return True  # "Vice-President | Global and External Relations", "Professor | International Law": no 'of' at all
    i -= i >= 0 and doc[i].lower_ == "the"
    if i >= 2 and doc[i].lower_ in ("and", "&", ","):  # "Vice-Chancellors for Administration and | Academic Affairs"
        k = i - 1
        while k > 0 and (doc[k].is_title or doc[k].lower_ in ("and", "&", ",")) and k > i - 8:
            k -= 1
        i = k if doc[k].lower_ in ("for", "of", "in") else i
    if i < 1 or doc[i].lower_ not in ("of", "for", "in") or not (
            _titled(doc[i - 1]) or is_title_head(doc[i - 1]) and (doc[i].lower_ == "for" or span[-1].lower_ in FIELD_WORDS)):
        return False  # (and "the vice-rector for | Academic Affairs", "minister of | Foreign Affairs")
    last = span[-1]
    if len(span) == 1 and last.lower_ in _BARE_BODIES and doc[span.start - 1].lower_ == "of" \
            and not (span.end + 1 < len(doc) and doc[span.end].lower_ in ("of", "for", "on") and doc[span.end + 1].is_title):
        return True  # "Head of | Department", "Chief of | Staff", "Deputy Head of | Mission": a post of whichever one
    plural_of_words = last.tag_ in ("NNS", "NNPS") and all(known_word(t, words) for t in span if t.is_alpha) \
        and doc[span.start - 1].lower_ != "the"  # (not "Chief of Staff of the | Irish Defence Forces": a body)
    # ("Minister for Digital Transformation", "Professor of Social Anthropology": after a post held for a field, any
    # field in words of the language; one word may be a place the dictionary knows, "Minister of | Slovakia")
    portfolio = doc[i - 1].lower_.split("-")[-1] in _FIELD_POSTS and doc[span.start - 1].lower_ != "the" and len(span) > 1
    if portfolio:
        places = _place_words(doc)
        portfolio = all(known_word(t, words) and t.text not in places or t.is_punct or t.lower_ in ("and", "&") for t in span)
    return (last.lower_ in FIELD_WORDS or plural_of_words or portfolio) and not any(t.is_upper and len(t) > 1 for t in span) \
        and not any((t.lemma_.lower() in lexicon.UNIT_NOUNS or t.lower_ in lexicon.BODY_NOUNS
                     or t.lower_ in BODY_WORDS and t.lower_ not in FIELD_WORDS)  # ("chairman of | National Institution for X")
                    and not (portfolio and t.dep_ == "conj" and doc[t.i - 1].lower_ in ("and", "&"))  # ("... Economy and | Society")
                    for t in span)


def jurisdiction_of_field(span: Span, words: frozenset[str]) -> Span | None:
    """"Vice Minister of Science and Technology of China": the tagger ran the post's field into the place it
    serves. The words after the field's last 'of' or 'in' are that place, unless they name a body."""
    doc = span.doc
    start = span.start + 2 if len(span) > 3 and _titled(span[0]) and span[1].lower_ in ("of", "for") else span.start
    # ("Minister for Foreign Affairs of Finland" tagged whole: the title, its field, then the place)
    k = next((t.i for t in doc[start + 1 : span.end - 1] if t.lower_ in ("of", "in")
              and field_of_title(Span(doc, start, t.i), words)), None)
    if k is None:
        return None
    where = Span(doc, k + 1 + (doc[k + 1].lower_ == "the"), span.end, label="Place")
    if not len(where) or not all(t.is_title or t.lower_ == "of" for t in where) or any(
            ends_body(t) or t.lemma_.lower() in lexicon.UNIT_NOUNS for t in where):
        return None
    return where


def _place_words(doc: Doc) -> set[str]:
    """The words the tagger calls a place or a nationality anywhere in ``doc`` ("Global Affairs | Canada")."""
    return {t.text for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP") for t in e}


def _titled(t: Token) -> bool:
    """A capitalised title, in the singular or the plural ("Deputy Vice-Chancellors")."""
    return t.is_title and (is_title_head(t) or is_plural_title(t))


def field_before_title(span: Span) -> bool:
    """"the Public Engagement | Specialist", "the Country Education | Specialist": words before a capitalised title
    that name no body (no word a body's name ends in, no acronym) are the post's field."""
    doc = span.doc
    if span.label_ == "Person" or span.end >= len(doc) or not (doc[span.end].is_title and is_title_head(doc[span.end])):
        return False
    # (a field's words may end a body's name too, "Security", but name none alone: "National Security | Adviser")
    return not any(ends_body(t) and t.lower_ not in FIELD_WORDS or t.lemma_.lower() in lexicon.UNIT_NOUNS for t in span) \
        and span[0].ent_type_ != "GPE"


def field_in_item(span: Span, people: set[int]) -> bool:
    """"Director | Academics (WU), Dr X", "Dean Students Welfare (NU), Dr Y": in a list's item that gives a post,
    its body's short name in brackets and then its holder, the words after the post's title are its field (with the
    title too, where the tagger took both), however tagged. ``people``: where people's names start."""
    doc, k = span.doc, span.end
    titled = _titled(span[0]) and len(span) > 1 or span.start > 0 and _titled(doc[span.start - 1])
    if not titled or not (k + 3 < len(doc) and doc[k].text == "(" and doc[k + 1].is_upper and doc[k + 2].text == ")"
                          and doc[k + 3].text == ","):
        return False
    j = k + 4
    while j < len(doc) and (doc[j].lower_.rstrip(".") in HONORIFICS or doc[j].text == "."):
        j += 1
    return j in people and not any(t.lemma_.lower() in lexicon.UNIT_NOUNS or t.lower_ in BODY_WORDS and t.lower_ not in FIELD_WORDS
                                   for t in span)

