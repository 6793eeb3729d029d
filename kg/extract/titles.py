"""``kg_titles``: capitalised job titles are titles, not names, and not part of names.

Reports of forums and visits write titles with capitals ("Executive Director",
"Associate Dean", "Major General") and run them into names ("Professor Xue Gong",
"Dean Yuji Yoshino", "Vice President of the National Committee on Trade Jan
Berris"). The tagger then makes people of titles, titles of organisations and
organisations of people. This component, after ``kg_entity_repair``, settles
three cases on the mention spans:

* a mention made only of title words names no one: dropped;
* a person's mention that starts with title words starts after them (the title
  itself is read by the role rules, from the words before the name);
* "Title of Some Body Firstname Lastname;" where the tagger ran the body's name
  into the person's: the last two words are the person, the rest the body.
"""
from __future__ import annotations

import re
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import lexicon
from .mentions import HONORIFICS, english_words, mentions, set_mentions
from .paragraphs import lines
from .post_fields import field_before_title, field_in_item, field_of_title, jurisdiction_of_field
from .title_words import BODY_WORDS, ends_body, is_plural_title, is_title_head, is_title_word

#: Initials of given names: "A.M. Pakhomov", "I.S. Leonova".
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}$")
#: Words for the state of a post's holder, never the first word of a body's name: "Acting SAM Chairman".
#: What the posts of "Heads of State", "Ministers of Government" are held for.
_HELD_FOR = {"state", "government", "states", "governments"}
_HOLDER_STATES = {"acting", "interim", "former", "outgoing", "incoming", "retired"}
#: Words that grade a holder's post and never end a body's name: "SCAAST | Honorary President".
_POST_GRADES = _HOLDER_STATES | {"honorary", "deputy", "vice", "assistant", "associate", "founding", "emeritus", "managing"}


@Language.factory("kg_titles", requires=["doc.spans"], assigns=["doc.spans"])
def make_titles(nlp: Language, name: str):
    return partial(repair_titles, words=english_words(nlp))


def repair_titles(doc: Doc, words: frozenset[str] = frozenset()) -> Doc:
    out = []
    found = mentions(doc)
    lists = _people_lists(doc, found)
    people = {s.text for s in found if s.label_ == "Person" and (len(s) >= 2 or _INITIALLED_NAME.match(s.text))}
    starts = {s.start for s in found if s.label_ == "Person"}
    for span in found:
        if all(is_title_word(t) or t.lower_ in ("of", "for") and t.i > span.start for t in span):
            continue  # "Dean", "Attaché", "Associate Dean", "Major General", "(Professor) Emeritus of"
        if len(span) > 2 and is_plural_title(span[0]) and span[1].lower_ == "of" \
                and all(t.lower_ in _HELD_FOR for t in span[2:]):
            continue  # "the Heads of State", "Heads of Government": those who hold a post, no body
        if field_of_title(span, words) or field_before_title(span) or field_in_item(span, starts):
            continue  # "Minister of | Foreign Affairs", "the Country Education | Specialist": the post's field
        k = next((t.i for t in span[1:-1] if t.lower_.rstrip(".") in HONORIFICS and t.is_title), None)
        if k is not None and span.label_ != "Person" and 1 <= span.end - k - 1 <= 3 and not is_title_word(doc[k - 1]) \
                and all(t.is_title and not is_title_word(t) for t in doc[k + 1 : span.end]):
            head = Span(doc, span.start, k, label=span.label_)  # "Minister of | Business, Industry and Innovation Mr X"
            out += ([] if field_of_title(head, words) else [head]) + [Span(doc, k + 1, span.end, label="Person")]
            continue
        place = jurisdiction_of_field(span, words)
        if place is not None:
            out.append(place)  # "Minister of | Science and Technology of Bangladesh": the field, then where
            continue
        if _seat(span):
            continue  # "(MP Ottawa Centre)": the seat a member holds, no name
        if span.label_ in ("Person", "Organization") and len(span) == 2 and span[0].is_upper and span[0].is_alpha \
                and len(span[0]) > 1 and is_title_head(span[1]) and span[1].is_title:
            out.append(Span(doc, span.start, span.start + 1, label="Organization"))  # "DU | Registrar, X": a body's post
            continue
        owner = next((t.i for t in span[1:-1] if t.tag_ == "POS"), None)
        if owner is not None and all(is_title_word(t) or t.text == "-" for t in doc[owner + 1 : span.end]):
            out.append(Span(doc, span.start, owner, label="Organization"))  # "Ulster’s | Pro-Vice-Chancellor": a post's owner
            continue
        if span.label_ == "Person":
            span = _after_title(span)
            if span[0].pos_ == "ADP" and span[0].lower_ != "of":  # (what is "of" may be a place: "the King | of Belgium")
                continue  # "Associate Dean | for Internationalisation", tagged a person: a post and its field
            # ("David B. Sandalow" has a middle initial; "Rossotrudnichestvo A.M. Pakhomov" a body before two initials)
            k = next((t.i for t in span[1:-1] if _INITIALS.match(t.text) and len(t.text) >= 4), None)
            before = doc[span.start : k]
            if k is not None and all(t.is_title and not is_title_word(t) for t in before) \
                    and (span.start > 0 and doc[span.start - 1].lower_ in ("of", "at", "from")  # (not "; Alistair | D.B. Cook")
                         or before.text in doc.text[: span.start_char] + doc.text[span.end_char :]):
                out.append(Span(doc, span.start, k, label="Organization"))  # "Rossotrudnichestvo | A.M. Pakhomov"
                span = Span(doc, k, span.end, label="Person")
        else:
            span = _without_titles(span)
            if field_of_title(span, words) and not any(t.pos_ == "ADP" for t in span):
                continue  # "Professor of Economics" tagged whole: the title's field is left
                # (not "Representative of the | Chinese Government on European Affairs")
            if _titled_as_a_person(span):
                span = Span(doc, span.start, span.end, label="Person")
        for part in _split_at_title(span, words):
            if not field_before_title(part):  # ("the Country Education | Specialist", once the title is parted)
                out += _split_known_name(part, people) or _split_body_and_name(part, span.sent.start in lists)
    out += _untagged_titled_names(doc, out)
    out = _untagged_body_and_name(doc, out)
    set_mentions(doc, out + _name_lines(doc, out))
    return doc


def _seat(span: Span) -> bool:
    """"Catherine Berg, Minister of X (MP Ottawa Centre)": a member's title and seat alone in brackets."""
    doc = span.doc
    return span[0].text in lexicon.MEMBER_TITLES and span.start > 0 and doc[span.start - 1].text == "(" \
        and span.end < len(doc) and doc[span.end].text == ")"


def _titled_as_a_person(span: Span) -> bool:
    """"Doreen Okonkwo-Lind, Secretary-General of the Harbour Union": a short name, not a body's, followed by
    a capitalised title of a body is a person's, whatever the tagger said."""
    doc, end = span.doc, span.end
    words = [t for t in span if t.text != "-"]
    if not 2 <= len(words) <= 3 or not all(t.is_title and t.pos_ == "PROPN" for t in words) or any(ends_body(t) for t in words):
        return False
    if span.start >= 2 and doc[span.start - 1].text == "," and is_title_head(doc[span.start - 2]) \
            and (end >= len(doc) or doc[end].text in (";", ".", ",") or doc[end].lower_ == "and"):
        return True  # "the Public Diplomacy Officer, Raisa Dukas;": the name after a title
    k = end + 1
    while k < len(doc) and k < end + 5 and is_title_word(doc[k]):
        k += 1
    return end < len(doc) and doc[end].text == "," and k > end + 1 and is_title_head(doc[k - 1]) and k < len(doc) \
        and doc[k].lower_ in ("of", "at")


def _untagged_titled_names(doc: Doc, found: list[Span]) -> list[Span]:
    """"featured Doreen Bogdan-Martin, Secretary-General of the ITU;": a run of capitalised words the tagger
    left alone, right before a comma and a capitalised title of a body, is a person's name."""
    taken = {i for s in found for i in range(s.start, s.end)}
    out = []
    for comma in doc:
        i = comma.i
        if comma.text != "," or i + 2 >= len(doc) or not (is_title_head(doc[i + 1]) or is_title_word(doc[i + 1])) \
                or not doc[i + 1].is_title:
            continue
        start = i
        while start > 0 and start - 1 not in taken and (doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN"
                                                         or doc[start - 1].text == "-" and not doc[start - 1].whitespace_):
            start -= 1
        words = [t for t in doc[start:i] if t.text != "-"]
        if 2 <= len(words) <= 3 and not any(is_title_word(t) for t in words) and doc[start].text != "-" \
                and not doc[start].is_sent_start and doc[i + 1].lower_.rstrip(".") not in HONORIFICS \
                and not field_of_title(Span(doc, start, i)) and not ends_body(words[-1]) \
                and doc[start - 1].lower_ not in ("for", "of", "on"):  # ("... for Academic Affairs, Dr X": a post's field)
            out.append(Span(doc, start, i, label="Person"))
            taken.update(range(start, i))
    return out


def _untagged_body_and_name(doc: Doc, found: list[Span]) -> list[Span]:
    """"The Executive Director of the EU-LAC Foundation Paola Amadei is ...": after a title and 'of', a run of
    capitalised words the tagger left (or cut up) that ends in a body's word and then two more is the
    body, then the person."""
    out = list(found)
    for t in doc:
        if not (is_title_head(t) and t.is_title and t.i + 3 < len(doc) and doc[t.i + 1].lower_ in ("of", "at")):
            continue
        a = t.i + 2 + (doc[t.i + 2].lower_ == "the")
        b = a
        while b < len(doc) and (doc[b].is_title or doc[b].is_upper or doc[b].text == "-" and not doc[b].whitespace_
                                or doc[b].lower_ in ("of", "for", "and", "&") and b + 1 < len(doc) and doc[b + 1].is_title):
            b += 1
        k = b - 3  # the body's last word, then a two-word name
        if k <= a or not ends_body(doc[k]) or doc[k].is_upper or any(s.label_ == "Person" and s.start < b and k < s.end for s in out):
            continue
        name = doc[k + 1 : b]
        if all(w.is_title and w.pos_ == "PROPN" and not is_title_word(w) and not ends_body(w) for w in name):
            body = Span(doc, a, k + 1, label="Organization")
            out = [s for s in out if not (s.start < b and a < s.end)]
            out += ([] if field_of_title(body) else [body]) + [Span(doc, k + 1, b, label="Person")]  # ("Dean of | Academic Affairs")
    return out


def _name_lines(doc: Doc, found: list[Span]) -> list[Span]:
    """A speakers' list or a caption block written a line each: "Ingrid Dahl" on a line of its own, then
    "Executive Director of the Polar Institute" on the next. A line of two to four capitalised words, none a
    title's or a body's, over a line that starts with a title, is a person's name."""
    taken = {i for s in found for i in range(s.start, s.end)}
    out = []
    spans = lines(doc)
    for (a, b), (c, _) in zip(spans, spans[1:]):
        words = [doc[k] for k in range(a, b) if not doc[k].is_space]
        nxt = doc[c]
        if 2 <= len(words) <= 4 and all(w.is_title or _INITIALS.match(w.text) for w in words) \
                and not any(is_title_word(w) or ends_body(w) or w.i in taken for w in words) \
                and nxt is not None and nxt.is_title and is_title_word(nxt):
            out.append(Span(doc, words[0].i, words[-1].i + 1, label="Person"))
    return out


def _after_title(span: Span) -> Span:
    """"Professor Xue Gong" -> "Xue Gong"; a name must keep two words ("Dean Acheson" stays)."""
    start = span.start
    if len(span) >= 4 and span[:2].text.replace("’", "'") in lexicon.TWO_WORD_HONORIFICS:
        start += 2  # "Tan Sri | Yohei Sasakawa": Malaysian courtesy titles of two words, whose first may be a surname
    while start < span.end - 2 and is_title_word(span.doc[start]) and span.doc[start].is_title:
        start += 1
    return span if start == span.start else Span(span.doc, start, span.end, label="Person")


def _without_titles(span: Span) -> Span:
    """A body's name has no title in it: "School of International Relations | and Director", "Dean of | College of Law",
    and ends in no preposition: "Mingde International Building | of"."""
    doc, start, end = span.doc, span.start, span.end
    k = next((t.i for t in span[1:] if t.lower_ in ("and", "&") and all(is_title_word(x) for x in doc[t.i + 1 : end])
              and any(is_title_head(x) for x in doc[t.i + 1 : end])
              or t.text == "&" and t.i + 1 < end and is_title_word(doc[t.i + 1])
              and any(is_title_head(x) for x in doc[t.i + 1 : t.i + 5])), None)
    # (not "Bureau of Intelligence and | Research"; but "Council on X & | Senior Advisor": a list's next title)
    if k is not None:
        end = k
    while end - start > 1 and doc[end - 1].lower_ in ("of", "for", "at", "in", "and", "on", "the"):
        end -= 1
    while end - start > 1 and doc[end - 1].lower_ in _POST_GRADES and end < len(doc) and is_title_head(doc[end]):
        end -= 1  # "SCAAST Honorary | President"
    while end - start > 1 and doc[start].lower_ in _HOLDER_STATES and end < len(doc) and is_title_word(doc[end]):
        start += 1  # "Acting | SAM | Chairman": the state of the one who holds the post, not of the body
    lead = start
    while lead < end and is_title_word(doc[lead]):
        lead += 1
    if lead > start + 1 and lead < end and doc[lead - 1].text == "-" and not doc[lead - 1].whitespace_ \
            and not doc[lead - 2].whitespace_:
        start = lead  # "Director-| Institute of South Asian Studies": a post joined to its body
    elif lead > start and lead + 1 < end and doc[lead].lower_ in ("of", "at", ",", "for"):  # ("Advisor for | Affairs")
        start = lead + 1 + (doc[lead + 1].lower_ == "the")  # (and "Rector, | University of X" in a list's item)
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


#: A name written with its initial and no space: "D.Davaa".
_INITIALLED_NAME = re.compile(r"^[A-Z]\.[A-Z][a-z]+$")


def _split_known_name(span: Span, people: set[str]) -> list[Span]:
    """"National People's Congress Fu Ying": a body's name that ends in the whole name of a person the
    article names elsewhere is the body, then the person."""
    if span.label_ not in ("Organization", "Place"):
        return []
    for n in (3, 2, 1):  # (one word: "the Russian Federation | D.Davaa", a Mongolian name)
        if len(span) > n + 1 - (n == 1) and span[-n:].text in people and (n > 1 or _INITIALLED_NAME.match(span[-1].text)):
            end = span.end - n - (span[-n - 1].lower_ in ("and", "&", ","))  # ("X University and | Y"; a list of two)
            return [Span(span.doc, span.start, end, label=span.label_), Span(span.doc, span.end - n, span.end, label="Person")]
    return []


def _split_at_title(span: Span, words: frozenset[str]) -> list[Span]:
    """"University of Palermo Rector Prof Fabrizio Micari", "Centre for Studies Italy Director": a body's name
    run into the title of someone of it, and their name: the body, and the person after the title."""
    doc = span.doc
    if span.label_ != "Organization" or len(span) < 3:
        return [span]
    k = next((t.i for t in span[1:] if t.is_title and is_title_head(t) and doc[t.i - 1].lower_ not in ("of", "for", "the", "and")
              and not is_title_word(doc[t.i - 1])), None)
    if k is None:
        return [span]
    start = k
    end = k
    while end < span.end and is_title_word(doc[end]):
        end += 1
    if end < span.end and doc[end].lower_ in lexicon.BODY_NOUNS:
        return [span]  # "SCAAST Executive Committee": the title word qualifies a body's word
    before = doc[span.start : start]
    if end == span.end and 2 <= len(before) <= 3 and end < len(doc) and doc[end].lower_ in ("at", "of", ",") \
            and not any(t.lower_ in lexicon.BODY_NOUNS or t.is_upper for t in before) and all(t.is_title for t in before) \
            and any(t.lower_ not in words for t in before):  # (not "the Country Education | Specialist": the post's field)
        return [Span(doc, span.start, start, label="Person")]  # "Jeremy Paltiel Professor | at X": a name, then its title
    out = [Span(doc, span.start, start, label="Organization")]
    name = [t for t in doc[end : span.end] if t.text != "-"]
    if 2 <= len(name) <= 4 and all(t.is_title for t in name):
        out.append(Span(doc, end, span.end, label="Person"))
    return out


def _split_body_and_name(span: Span, people_list: bool) -> list[Span]:
    """"President of the Pacific Forum Ralph Cossa;": a body's name run into a person's.

    Only in a list of people written "Title of Body Name" (``people_list``: items split by
    semicolons, or other items of the sentence where the tagger did part body and name),
    or where the name's last word is a person's elsewhere in the article.
    """
    doc = span.doc
    if span.label_ not in ("Organization", "Place") or len(span) < 4 or span.start < 2:
        return [span]
    before = doc[span.start - 1] if doc[span.start - 1].lower_ != "the" else doc[span.start - 2]
    # ("Minister of Science and Higher Education of | the Republic of X Y": the title's field before the body)
    titled = is_title_head(doc[before.i - 1]) or any(is_title_head(t) and t.is_title for t in doc[max(0, before.i - 6) : before.i]) \
        or any(is_title_head(t) and t.is_title and doc[t.i + 1].lower_ == "of" for t in doc[max(0, before.i - 12) : before.i])
    # ("The Director of the X Department of the Ministry of Y of | the Russian Federation Dmitry Belov")
    if before.lower_ not in ("of", "at") or before.i == 0 or not (people_list or titled):
        return [span]
    after = doc[span.end] if span.end < len(doc) else None
    listed = after is None or after.text == ";" or after.text in (",", "(", ".") or after.pos_ in ("VERB", "AUX") \
        or after.lower_ in ("and", "as") and people_list
    surname_again = any(t.text == span[-1].text and t.ent_type_ == "PERSON" for t in doc if not span.start <= t.i < span.end)
    if not (listed or surname_again):
        return [span]
    # "... International Relations | Jose Pio Borges", "University of Guadalajara | Rebeca Vanessa Garcia Corso"
    n = next((n for n in (4, 3) if len(span) > n + 1 and _starts_name(span[-n]) and (ends_body(span[-n - 1]) or _of_name(span[:-n]))), 2)
    tail, body = span[-n:], span[:-n]
    if not all(_INITIALS.match(t.text) or t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_upper and not ends_body(t)
               for t in tail) \
            or not ends_body(body[-1]) and not body[-1].is_upper and not _named_alone(body[-1]) and not _of_name(body):
        return [span]  # "Consulting Group", "Anti-Doping Authority": the words are the body's own
    return [Span(doc, body.start, body.end, label=span.label_), Span(doc, tail.start, tail.end, label="Person")]


def _of_name(body: Span) -> bool:
    """"University of Guadalajara", "Classical University of Ternopil": a body's word, 'of' and one name, at the end."""
    return len(body) >= 3 and body[-3].lower_ in BODY_WORDS and body[-2].lower_ == "of" and body[-1].is_title


def _named_alone(t: Token) -> bool:
    """Whether the tagger names ``t``'s word as a place or a body elsewhere ("Kazakhstan" of "the Republic of
    Kazakhstan Sayasat Nurbek", named alone in the headline)."""
    return any(x.text == t.text and x.ent_type_ in ("GPE", "LOC", "ORG") and x.ent_iob_ == "B"
               and (x.i + 1 >= len(t.doc) or t.doc[x.i + 1].ent_iob_ != "I") for x in t.doc if x.i != t.i)


def _after_title_of(span: Span) -> bool:
    """"Director of (the) | Polar Council ...": a body written right after a title's 'of'."""
    doc, i = span.doc, span.start - 1
    i -= i >= 0 and doc[i].lower_ == "the"
    return i > 0 and doc[i].lower_ in ("of", "at") and is_title_head(doc[i - 1])


def _starts_name(t: Token) -> bool:
    return t.is_title and t.pos_ == "PROPN" and not ends_body(t) and t.lower_ not in ("of", "for", "on", "and")


def _people_lists(doc: Doc, spans: list[Span]) -> set[int]:
    """Sentences (by start) that list people as "Title of Body Name": two or more names right after a body's name."""
    ends = {s.end for s in spans if s.label_ == "Organization"}
    count: dict[int, int] = {}
    for s in spans:
        if s.label_ == "Person" and s.start in ends or s.label_ == "Organization" and _after_title_of(s):
            count[s.sent.start] = count.get(s.sent.start, 0) + 1
    return {k for k, v in count.items() if v >= 2}
