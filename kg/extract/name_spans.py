"""The extent of names on a Doc: where a name starts and ends, and which spans name made things.

Span-level repairs ``kg_entity_repair`` applies after the tagger: a name cut at a
comma or an 'and', a lead-in word or a direction word that belongs to it, a team
sheet's initialled names, a newspaper named after a day, a name found once and
missed elsewhere, and names of works ("the film Hotel Rwanda") that name no entity.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from . import lexicon
from .mentions import ends_honorific, trim
from .post_fields import field_of_title
from .title_words import FIELD_WORDS, TITLE_HEADS, is_title_word


def with_lead_in(span: Span) -> Span:
    """"Campaign for | Borders Rail", "Unite Against | Fascism": a capitalised word and a preposition
    before an organisation's name belong to it (but "President of | Microsoft" is a title)."""
    doc, start = span.doc, span.start
    if span.label_ != "Organization" or start < 2 or doc[start - 1].lower_ not in ("for", "of", "against", "on"):
        return span
    lead = doc[start - 2]
    if lead.is_title and not lead.is_sent_start and not doc[start - 3].is_title and lead.pos_ in ("NOUN", "PROPN") \
            and lead.text not in lexicon.TITLE_HEADS and lead.lower_ not in lexicon.OFFICE_TITLES and lead.ent_type_ == "" \
            and not is_title_word(lead):  # ("Ambassador for | Digital Affairs": a title and its field)
        return Span(doc, start - 2, span.end, label="Organization")
    return span


#: Endings of English nouns, which end a title or a body's name before a person's, not a given name.
_NOUN_ENDINGS = ("tion", "tions", "sion", "ncy", "ity", "ics", "ment", "ship", "ism", "ology")


def with_given_names(span: Span, others: list[Span]) -> Span:
    """"Vice Chancellor Prof | Niaz | Ahmad Akhter", "said | Chhem | Kieth Rethy", "Prof. Dr. | AN | Ran" (a surname in
    capitals after a courtesy title): capitalised names right
    before a person's name, that are no title, courtesy title or other name, are the given names the tagger
    left out."""
    doc, start = span.doc, span.start
    if span.label_ != "Person":
        return span
    while start > 0:
        t = doc[start - 1]
        capitals = t.is_upper and t.is_alpha and len(t) > 1 and start > 1 and doc[start - 2].lower_.rstrip(".") in lexicon.HONORIFICS
        if not (t.is_title and t.pos_ == "PROPN" and t.is_alpha and t.tag_ != "NNPS" or capitals) or is_title_word(t) \
                or t.lower_ in lexicon.HONORIFICS \
                or t.lower_ in BODY_WORDS or t.lower_ in FIELD_WORDS or t.lower_.endswith(_NOUN_ENDINGS) or t.lower_[:-1] in TITLE_HEADS \
                or t.text in lexicon.PARTY_WORDS or t.lower_ in lexicon.SPEECH_NOUNS \
                or ends_honorific(t) \
                or any(o.start <= t.i < o.end for o in others if o is not span):
            break
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if start == span.start or before is not None and not (before.is_punct or is_title_word(before) or before.pos_ == "VERB"
                                                          or before.lower_.rstrip(".") in lexicon.HONORIFICS
                                                          or before.lower_ in lexicon.SPEECH_NOUNS):  # ("Welcome Remarks | X")
        return span  # ("Senior Analyst Asia | X", "Bosnia and Herzegovina | X": the word closes a phrase before)
    return Span(doc, start, span.end, label="Person")


def with_field(span: Span, others: list[Span]) -> Span:
    """"the Research Centre | on One Belt and One Road": a body's name cut after its head word goes on through the
    capitalised field its 'on', 'for' or 'of' names (not into a date, a place or another name)."""
    doc = span.doc
    if span.label_ != "Organization" or span[-1].lower_ not in BODY_WORDS or span.end + 1 >= len(doc) \
            or doc[span.end].lower_ not in ("on", "for", "of") or not doc[span.end + 1].is_title:
        return span
    end = span.end + 1
    while end < len(doc) and (doc[end].is_title and doc[end].ent_type_ not in ("DATE", "TIME", "GPE")
                              or doc[end].lower_ in ("and", "&") and end + 1 < len(doc) and doc[end + 1].is_title):
        if is_title_word(doc[end]) or any(o.start <= end < o.end for o in others if o is not span):
            return span
        end += 1
    return Span(doc, span.start, end, label="Organization") if end - span.end >= 3 else span


def with_surname(span: Span, others: list[Span]) -> Span:
    """"Professor Jamila | Shu’ara,": a one-word name after a courtesy title, then a capitalised word the tagger
    left out (an apostrophe in it put it off) and a comma, is a given name and its surname."""
    doc = span.doc
    if span.label_ != "Person" or len(span) != 1 or span.end + 1 >= len(doc) or span.start == 0 \
            or doc[span.start - 1].lower_.rstrip(".") not in {*lexicon.HONORIFICS, "professor"}:
        return span
    t, after = doc[span.end], doc[span.end + 1]
    # (the tagger may take such a word for anything: "Shu’ara" is an interjection to it)
    if t.text[:1].isupper() and not t.is_upper and (t.pos_ == "PROPN" or any(c in t.text for c in "’'")) \
            and not is_title_word(t) and after.is_punct \
            and not any(o.start <= t.i < o.end for o in others if o is not span):
        return Span(doc, span.start, span.end + 1, label="Person")
    return span


def join_adjacent(spans: list[Span]) -> list[Span]:
    """"Newton | Aycliffe", "Tomas Andre | Leite Borga": two names with nothing between them are one name, if both are
    places or the parse makes the first a part of the second, whatever the tagger called each."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda x: x.start):
        prev = out[-1] if out else None
        # (a person's whole name is a name of its own: "Liberal Democrat | Sarah Teather", "Sunday Times | Mr Campbell")
        if prev is not None and prev.end == s.start and all(t.is_title for t in (*prev, *s)) and "Event" not in (prev.label_, s.label_) \
                and (prev.label_ == s.label_ == "Place" or prev[-1].dep_ == "compound" and prev[-1].head.i in range(s.start, s.end)
                     and prev.text not in lexicon.PARTY_WORDS and s.text not in lexicon.PARTY_WORDS
                     and (len(prev) == len(s) == 1 or "Person" not in (prev.label_, s.label_) or prev.label_ == s.label_ == "Person"
                         and not (prev.start > 0 and s.doc[prev.start - 1].pos_ == "ADP"))):  # ("of Sri Lanka | Ranil W.")
            located = prev.start > 0 and s.doc[prev.start - 1].lower_ in ("in", "at", "near", "from", "outside")
            label = "Place" if located and "Place" in (prev.label_, s.label_) else \
                "Person" if "Person" in (prev.label_, s.label_) else prev.label_
            out[-1] = Span(s.doc, prev.start, s.end, label=label)
            continue
        out.append(s)
    return out


BODY_WORDS = set(lexicon.BODY_NOUNS)


def run_on_list(span: Span, others: list[Span]) -> Span:
    """"China Foundation for International | and Strategic Studies", "College of Humanities, Arts | , and Social
    Sciences": a body's name whose 'of' or 'for' phrase lists its fields runs on to the list's end, where the
    tagger cut it at an inner 'and' or comma. Not into another body ("X University of China and | Fudan
    University"), a person, or a one-word name after the 'and' ("the Ministry of Trade and | China")."""
    doc = span.doc
    if span.label_ != "Organization" or not any(t.lower_ in ("of", "for", "on") for t in span[1:]):
        return span
    i, end = span.end, span.end
    joined = any(t.lower_ in ("and", "&") for t in span[-2:])  # cut right after the last item's first word
    while i < len(doc) and i - span.end < 9:
        t = doc[i]
        if t.text == "," or t.lower_ in ("and", "&"):
            joined = joined or t.lower_ in ("and", "&")
            i += 1
            continue
        tail = next((o for o in others if o is not span and o.start == i), None)
        last = tail is not None and (joined or any(w.lower_ in ("and", "&") for w in tail))  # ", | Science and Technology"
        if last and tail.label_ != "Person" and len(tail) > 1 and not any(w.lower_ in BODY_WORDS for w in tail):
            end, joined = tail.end, True  # "... for East and | North-East Asia": the tagger's name for the list's last item
            break
        j = i
        # (fields the tagger made a body of their own are still items: "Education, | Culture, Sports")
        while j < len(doc) and (doc[j].is_title or doc[j].is_upper or doc[j].text == "-") and doc[j].lower_ not in BODY_WORDS \
                and not any(o.start <= j < o.end and not _fields_only(o) for o in others if o is not span):
            if is_title_word(doc[j]):
                return span  # "..., and Senior Fellow at Y": the next item of a person's titles
            j += 1
        if j == i:
            break
        end = i = j
        if joined:
            break  # the list ends with the item after its 'and'
    if not joined or end <= span.end or doc[end - 1].is_punct:
        return span
    return Span(doc, span.start, end, label="Organization")


def _fields_only(span: Span) -> bool:
    return span.label_ == "Organization" and all(w.is_title or w.text == "," for w in span) \
        and not any(w.lower_ in BODY_WORDS for w in span)


#: Head words that open a body's name in languages that put the head first: "Universiti Sains Malaysia",
#: "Universidad de Chile", "Institut Teknologi Bandung".
HEAD_FIRST_BODIES = {"universiti", "universitas", "universidad", "universidade", "université", "università", "universität",
                     "instituto", "institut", "istituto", "fundación", "fundação", "fondation", "escuela", "école", "colegio"}
_HEAD_FIRST_PARTICLES = {"de", "del", "des", "di", "da", "do", "dos", "la", "le", "y", "e", "and", "of"}


def head_first_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names of bodies that start with their head word, which the tagger cuts up ("Universiti | Sains | Malaysia"):
    the head and the capitalised words after it, joined by particles, are one body, in place of what overlaps it."""
    out = []
    for t in doc:
        if t.lower_ not in HEAD_FIRST_BODIES or not t.is_title or any(o.start <= t.i < o.end for o in out):
            continue
        end = t.i + 1
        while end < len(doc) and (doc[end].is_title or doc[end].is_upper and doc[end].is_alpha
                                  or doc[end].lower_ in _HEAD_FIRST_PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title):
            end += 1
        if end - t.i >= 2:
            out.append(Span(doc, t.i, end, label="Organization"))
    if not out:
        return spans
    return [s for s in spans if not any(s.start < o.end and o.start < s.end for o in out)] + out


def _comma_pieces(span: Span) -> list[Span]:
    cuts = [span.start - 1] + [t.i for t in span if t.text == ","] + [span.end]
    return [Span(span.doc, a + 1, b, label=span.label_) for a, b in zip(cuts, cuts[1:]) if b > a + 1]


def split_at_commas(span: Span) -> list[Span]:
    """"the Midlands, Merseyside": a list the tagger ran together is several names; "the Committee on Relations,
    Defense and Security, Dariga Nazarbayeva": a body's name the tagger ran on into the name after it; "(Xinhua/Li
    Tao)": a photo's credit, the agency and the photographer; "Business School, University of Chester": a unit and
    its body; "Professor of Law, University of Milan": a post's field, then its body."""
    last = max((t.i for t in span if t.text == ","), default=None)
    if span.label_ == "Organization" and last is not None and 2 <= span.end - last - 1 <= 3 \
            and all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in BODY_WORDS for t in span.doc[last + 1 : span.end]) \
            and any(t.lower_ in BODY_WORDS for t in span.doc[span.start : last]):
        return [Span(span.doc, span.start, last, label="Organization"), Span(span.doc, last + 1, span.end, label="Person")]
    doc = span.doc
    if span.label_ == "Organization" and last == span.end - 2 and doc[last + 1].is_title and doc[last + 1].pos_ == "PROPN" \
            and span.end < len(doc) and doc[span.end].ent_iob_ == "B" and doc[span.end].ent_type_ == "PERSON":
        # "the Council of Ministers, Fidelis | Manuel Leite": a given name the tagger cut off (``join_adjacent`` joins it)
        return [Span(doc, span.start, last, label="Organization"), Span(doc, last + 1, span.end, label="Person")]
    comma = next((t.i for t in span if t.text == ","), None)
    acronym = comma == span.start + 1 and doc[span.start].is_upper and len(doc[span.start]) > 1  # "NRSC, | Administrative Office of X"
    if span.label_ == "Organization" and comma is not None and (doc[comma - 1].lower_ in BODY_WORDS or acronym) and (
            comma + 2 < span.end and not any(t.text == "," for t in doc[comma + 1 : span.end])
            and (doc[comma + 1].lower_ in BODY_WORDS or doc[span.end - 1].lower_ in BODY_WORDS
                 or acronym and any(t.lower_ in BODY_WORDS for t in doc[comma + 1 : span.end]))
            or comma + 2 == span.end and doc[comma + 1].is_upper and len(doc[comma + 1]) > 1):  # ("Centre for X, LUMS")
        return [Span(doc, span.start, comma, label="Organization"), Span(doc, comma + 1, span.end, label="Organization")]
    if span.label_ == "Organization" and comma is not None and comma + 2 < span.end and doc[comma + 1].lower_ not in FIELD_WORDS \
            and field_of_title(Span(doc, span.start, comma)):  # "Professor of | Law, University of Milan": a field, a body
        return split_at_commas(Span(doc, comma + 1, span.end, label="Organization"))  # (not "Policy, Research and X Unit")
    slash = next((t.i for t in span if t.text == "/"), None)
    if slash is not None and span.start < slash and 2 <= span.end - slash - 1 <= 3 and span.doc[slash + 1 : span.end].text.istitle():
        return [Span(span.doc, span.start, slash, label="Organization"), Span(span.doc, slash + 1, span.end, label="Person")]
    pieces = [trim(p) for p in _comma_pieces(span)]
    if span.label_ == "Organization" and len(pieces) > 1 and all(len(p) > 1 and p[0].is_title for p in pieces) \
            and all(p[0].lower_ in BODY_WORDS or p[-1].lower_ in BODY_WORDS for p in pieces):
        return pieces  # "University of Ibadan, University of Lagos": bodies a list ran together
    if span.label_ == "Event" or not any(t.text == "," for t in span) or any(t.is_lower for t in span):
        return [span]  # "Ministry of Economy, Trade and Industry" is one name
    parts, start = [], span.start
    for t in list(span) + [None]:
        if t is None or t.text == ",":
            end = t.i if t is not None else span.end
            if end > start and any(x.pos_ == "PROPN" for x in span.doc[start:end]):
                parts.append(trim(Span(span.doc, start, end, label=span.label_)))
            start = end + 1
    return [p for p in parts if len(p)]


def with_saint(span: Span) -> Span:
    """"St Helen" + "'s Road": a saint's name before a possessive names the place after it."""
    doc = span.doc
    if span[0].text.rstrip(".") in ("St", "Saint") and span.end + 1 < len(doc) and doc[span.end].tag_ == "POS" \
            and doc[span.end + 1].pos_ in ("NOUN", "PROPN"):
        return Span(doc, span.start, span.end + 2, label="Place")
    return span


def with_compass(span: Span) -> Span:
    """"south Wales": a lower-case direction word makes a region of its own."""
    doc = span.doc
    if span.label_ == "Place" and span.start > 0 and doc[span.start - 1].lower_ in lexicon.COMPASS_WORDS \
            and doc[span.start - 1].is_lower and doc[span.start - 1].head.i in range(span.start, span.end):
        return Span(doc, span.start - 1, span.end, label="Place")
    return span


def line_up(doc: Doc, spans: list[Span]) -> list[Span]:
    """A list of initialled names is a list of people, whatever the tagger said of each:
    "G Dempsey; G Murphy, B O'Driscoll (capt), S Horgan" on a team sheet."""
    found = []
    for sent in doc.sents:
        names = []
        for t in sent:
            opens = t.i == sent.start or doc[t.i - 1].text in (",", ";", ":", "/", "(")
            if not (opens and t.is_alpha and t.is_upper and len(t) <= 2) or t.i + 1 >= sent.end:
                continue
            end = t.i + 1
            while end < sent.end and (doc[end].is_title or doc[end].lower_ in lexicon.NAME_PARTICLES and end + 1 < sent.end
                                      and (doc[end + 1].is_title or doc[end + 1].lower_ in lexicon.NAME_PARTICLES) or doc[end].text in ("'", "-") and end + 1 < sent.end):
                end += 1
            if end > t.i + 1 and doc[end - 1].is_title:
                names.append(Span(doc, t.i, end, label="Person"))
        if len(names) >= 3:  # a list, not one "K Street"
            found += names
    if not found:
        return spans
    return [s for s in spans if not any(s.start < n.end and n.start < s.end for n in found)] + found


def day_titled_papers(doc: Doc, spans: list[Span]) -> list[Span]:
    """"a report in the Sunday Telegraph": a titled name after a day is a newspaper, not a date."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for t in doc:
        if t.ent_type_ in ("DATE", "") and t.text in _DAYS and t.i > 0 and doc[t.i - 1].lower_ == "the" \
                and t.i + 1 < len(doc) and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN" and t.i + 1 not in taken:
            end = t.i + 2
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and end not in taken:
                end += 1
            out.append(Span(doc, t.i, end, label="Organization"))
    return out


_DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}


def drop_nested(spans: list[Span]) -> list[Span]:
    """"Barnard" inside "Barnard's Retail Consulting Group" is part of that name."""
    return [s for s in spans if not any(o is not s and o.start <= s.start and s.end <= o.end and len(o) > len(s)
                                        and o.label_ == "Organization" for o in spans)]


def repeated_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name the tagger found once is the same name where it missed it: "LSE chief executive"."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    known: dict[tuple[str, ...], str] = {}
    for s in spans:
        if s.label_ != "Event" and all(t.pos_ == "PROPN" or t.is_upper for t in s) and len(s.text) > 2:
            known.setdefault(tuple(t.text for t in s), s.label_)
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, label in sorted(known.items(), key=lambda kv: -len(kv[0])):
        by_first.setdefault(words[0], []).append((words, label))  # longest first
    out = list(spans)
    for token in doc:
        for words, label in by_first.get(token.text, ()):
            i, n = token.i, len(words)
            if tuple(t.text for t in doc[i : i + n]) == words and not any(j in taken for j in range(i, i + n)) \
                    and token.ent_type_ != "DATE" and not (i + n < len(doc) and doc[i + n].pos_ == "PROPN"):
                out.append(Span(doc, i, i + n, label=label))
                taken.update(range(i, i + n))
                break
    return out


WORK_NOUNS = set(lexicon.WORK_NOUNS)


def work_names(spans: list[Span]) -> set[str]:
    """Names the grammar says are of made things, not of people, bodies or places.

    "the film Hotel Rwanda", "his new film, X", "films showing there include X and Y",
    "the suite iLife, which includes iTunes", "an Intel Celeron chip", and every
    name listed with one of them. The whole article then drops the name.
    """
    def is_work(noun: Token) -> bool:
        return noun.pos_ == "NOUN" and (noun.is_lower or noun.is_sent_start) and noun.lemma_.lower() in WORK_NOUNS

    def described(root: Token) -> bool:
        if any(c.dep_ in ("compound", "nmod", "appos") and c.i < root.i and is_work(c) for c in root.children):
            return True  # "the film Hotel Rwanda", "comedy/drama Pretty Persuasion"
        if root.dep_ == "appos" and is_work(root.head):
            return True  # "his new film, Hotel Rwanda"
        if root.dep_ == "dobj" and root.head.lemma_ == "include":
            subjects = [c for c in root.head.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].tag_ == "WDT" and root.head.dep_ == "relcl":
                subjects = [root.head.head]  # "iLife, which includes iTunes"
            return any(is_work(x) or described(x) for x in subjects if x.i != root.i)
        return False

    names = set()
    for s in spans:
        if s.label_ == "Event":
            continue
        root = s.root
        first = root
        while first.dep_ in ("conj", "appos") and first.head.i < first.i and first.head.pos_ in ("PROPN", "NOUN") \
                and not first.head.is_lower:  # (a name, however tagged: "iDVD"; not "a drugs charity, Addaction")
            first = first.head  # a list of names shares what its first is
        product = len(s) > 1 and root.dep_ == "compound" and is_work(root.head) \
            and all(t.dep_ == "compound" and t.pos_ == "NOUN" for t in root.doc[s.end : root.head.i]) \
            and root.head.lemma_.lower() not in ("film", "game", "drama", "comedy", "series", "tale")
        if product or described(root) or first is not root and described(first):
            names.add(s.text)  # "an Intel Celeron chip" (but "a Disney film" is a studio's)
    return names


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


def no_name(t: Token, party_words: set[str]) -> bool:
    """One word that names nothing by itself: the word for a kind of body ("the University"), a plural common
    noun in title case ("Attendees", "Challenges"), or a heading on a line of its own ("BACKGROUND")."""
    if t.text in party_words or t.is_upper and len(t) <= 5:
        return False  # "Tories", "UNN", "BRICS"
    if t.lower_ in BODY_WORDS:
        return True
    if t.is_title and t.tag_ in ("NNS", "NNPS") and t.lower_.endswith("s") and t.lemma_.lower() != t.lower_:
        return True
    doc = t.doc
    alone = (t.i == 0 or "\n" in doc[t.i - 1].text_with_ws) and (t.i + 1 >= len(doc) or "\n" in t.text_with_ws or doc[t.i + 1].is_space)
    return t.is_upper and alone


def listed_with_bodies(t: Token, found: list[Span]) -> bool:
    """Whether ``t`` is listed with a body the tagger found: in a list, an acronym is of a kind with its neighbours."""
    group = [t.head] + list(t.head.conjuncts) if t.dep_ == "conj" else list(t.conjuncts)
    return any(s.label_ == "Organization" and s.start <= g.i < s.end for g in group for s in found)
