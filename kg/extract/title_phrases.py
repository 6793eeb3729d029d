"""Title phrases read off the parse, for the role rules: which words of a noun phrase make a
person's title ("a research scholar", "head of currency strategy", "vice-president"), and
which bodies the title's prepositions name ("director of X at Y", "Sony's chief executive").
"""
from __future__ import annotations

from spacy.tokens import Token

from . import lexicon
from .grammar import _objects
from .mentions import HONORIFICS, known_word
from .title_words import FIELD_WORDS, NOT_TITLES, ORG_CLASS, is_title_head, is_title_word
from .reader import Reader

#: What a post is held for that is a stretch of time, not a remit: "director for two years".
_TIMES = {"year", "month", "week", "day", "decade", "term", "time", "period", "life"}
#: Words that join a title to its field or body: "Director | of | X", "adviser | to | the White House".
AFFILIATION_PREPS = {"at", "of", "with", "for", "from", "in", "to", "within"}
#: Words that part the items of a list of posts.
ITEM_BREAKS = {",", "and", "&"}
#: Posts held for a state, whose 'of' names the state: "Ambassador of Brazil", "Prime Minister of Nepal".
STATE_TITLES = {"ambassador", "minister", "president", "commissioner", "consul", "envoy", "secretary", "chancellor",
                "premier", "representative", "attache", "attaché", "counsellor", "counselor"}


def title_words(noun: Token, reader: Reader) -> list[Token]:
    """"a research scholar" -> [research, scholar]; "head of currency strategy" keeps its 'of'."""
    tokens = modifiers(noun, reader) + [noun]
    current = noun
    after = right_modifier(noun)
    if after is not None:  # "director general", "attorney general"
        tokens.append(after)
        current = after
    doc = noun.doc
    while True:  # "editor in chief of X", "head of currency strategy at Y": follow non-entity nouns
        prep = next((c for c in current.rights if c.dep_ == "prep"), None)
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
        # "for | Academic Affairs", "Vice President for | Internationalisation": a capitalised word no name is the post's field
        field = obj is not None and obj.is_title and reader.cid(obj) is None and (
            obj.lower_ in FIELD_WORDS or prep.lower_ in ("for", "of") and not any(c.dep_ == "det" for c in obj.children)
            and (prep.lower_ == "for" and not obj.ent_type_
                 or all(known_word(w, reader.config.words) or w.dep_ == "cc" for w in obj.subtree if w.is_alpha)))
        # ("Director of | International Projects": words of the language, no name, capitalised after 'of' are a field)
        # ("the vice dean for community outreach": a post's field in small letters, bare of article or number)
        remit = prep is not None and prep.lower_ == "for" and obj is not None and is_title_head(noun) and obj.pos_ == "NOUN" \
            and obj.lemma_.lower() not in _TIMES and not any(c.dep_ in ("det", "nummod", "poss") for c in obj.children) \
            and not (obj.right_edge.i + 1 < len(doc) and doc[obj.right_edge.i + 1].pos_ in ("NOUN", "PROPN", "ADJ"))  # ("for games |
        # giant X": a word of a body's description, however parsed)
        if prep is None or prep.lower_ not in ("of", "in", "for", "on") or obj is None or reader.cid(obj) is not None or not field and (
                obj.pos_ != "NOUN" or any(c.pos_ == "PROPN" for c in obj.lefts)
                or prep.lower_ == "for" and not any(c.dep_ == "amod" for c in obj.lefts) and not remit):
            break  # "spokesman for St Bernard software" names a firm, which is no part of the title
        # ("head of the project", "professor of the practice of X": the article is the title's, as written)
        tokens += [prep] + [c for c in obj.children if c.dep_ == "det" and c.lower_ == "the"] + modifiers(obj, reader) + [obj]
        current = obj
        if field or remit:  # "Commissioner for Digital Economy and | Society": a field of two, coordinated
            for conj in (c for c in obj.rights if c.dep_ == "conj" and (c.is_title or remit and c.pos_ == "NOUN") and reader.cid(c) is None
                         and doc[c.left_edge.i - 1].lower_ in ("and", "&") and "," not in doc[obj.i : c.i].text):
                tokens += [c for c in obj.rights if c.dep_ == "cc" and c.i < conj.i] + modifiers(conj, reader) + [conj]
    tokens = sorted(tokens, key=lambda t: t.i)
    doc = noun.doc
    while tokens[0].i >= 2 and doc[tokens[0].i - 1].text == "-" and hyphen_left(doc[tokens[0].i - 2]):
        tokens[:0] = [doc[tokens[0].i - 2], doc[tokens[0].i - 1]]  # "vice-president", tokenised as three words
    breaks = [t.i for t in tokens if t.is_space or "\n" in t.text_with_ws and t.i < noun.i]
    return [t for t in tokens if not breaks or t.i > max(breaks)]  # a headline above is not part of the title


def hyphen_left(token: Token) -> bool:
    """Is this the part before the hyphen of a hyphenated word ("vice" in "vice-president")?"""
    doc = token.doc
    return token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_ \
        and not doc[token.i + 1].whitespace_ and token.is_alpha


def text_of(tokens: list[Token]) -> str:
    """Words as written: "vice-president", not "vice - president"; a gap is one space."""
    out = ""
    for prev, t in zip([None, *tokens], tokens):
        if prev is not None:
            out += prev.whitespace_ if t.i == prev.i + 1 else " "
        out += t.text
    return out


def singular_title(tokens: list[Token]) -> str:
    """The title one of several people holds: "Labour MPs" -> "Labour MP", "the firm's directors" -> "director"."""
    head = tokens[-1]
    one = head.text[:-1] if head.text[:-1].isupper() or "-" in head.text and head.text.endswith("s") \
        else head.lemma_ if head.text.endswith("s") else head.text  # ("Co-Chairs", whose lemma is the verb's)
    if one == head.text and one.endswith("s") and head.pos_ == "PROPN":
        one = one[:-1]  # "Senior Fellows", tagged as a name, which the lemmatizer leaves plural
    return text_of(tokens[:-1]) + (" " if len(tokens) > 1 else "") + one


def sibling_title(noun: Token, person: Token, reader: Reader) -> list[Token]:
    """A role noun right before a name that the parser made the name's sibling instead of its modifier; or the
    second of two capitalised titles so made ("X's President and | CEO | Dr. Y"), the first read with its 'and'."""
    first = noun.head if noun.dep_ == "conj" else None
    if first is not None and is_title_head(noun) and is_title_head(first) and reader.cid(noun) is None \
            and (first.head.i == person.head.i and first.dep_ == person.dep_ or person.head.i == first.i):
        return [noun]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not noun.is_lower or reader.cid(noun) is not None \
            or noun.head.i != person.head.i or noun.dep_ != person.dep_:
        return []
    return [t for t in noun.lefts if t.dep_ in ("amod", "compound") and reader.cid(t) is None] + [noun]


def right_modifier(noun: Token) -> Token | None:
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and nxt.head.i == noun.i and nxt.dep_ in ("amod", "compound") and nxt.pos_ in ("NOUN", "ADJ") \
            and nxt.lower_ in ("general", "emeritus", "designate", "elect"):
        return nxt
    return None


def modifiers(noun: Token, reader: Reader) -> list[Token]:
    # an age says how old, not what job: "a 45-year-old lawyer"
    # and "other", "fellow", "certain" say which of several, not what job: "the other players"
    left = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and reader.cid(c) is None and c.ent_type_ != "DATE"
            and c.lower_ not in ("other", "fellow", "certain", "several", "various", "some", "many")]
    return [t for c in left for t in c.subtree if reader.cid(t) is None and t.tag_ != "POS" and t.ent_type_ != "DATE"]


def org_objects(noun: Token, reader: Reader) -> list[Token]:
    """Organisations named by the title's prepositions, following 'of' chains; the employer first.

    A possessor or a preposition names the employer ("the SNP's Holyrood leader",
    "director of X"); a bare modifier ("OFHEO director", "a University of Michigan
    librarian") only when nothing else does, as it may be a unit or a place of work.
    """
    out: list[Token] = []
    todo = [noun] + ([right_modifier(noun)] if right_modifier(noun) is not None else [])
    while todo:
        t = todo.pop(0)
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in AFFILIATION_PREPS:
                for obj in _objects(prep):
                    if reader.kind(obj) == "Organization" or reader.kind(obj) == "Place" and t.i == noun.i \
                            and prep.lower_ == "of" and t.lemma_.lower() in STATE_TITLES:
                        out.append(obj)  # ("Ambassador of Brazil", "Foreign Minister of Sri Lanka": the state's)
                    elif reader.cid(obj) is None and obj.pos_ == "NOUN" and any(
                            a.dep_ == "appos" and reader.kind(a) == "Organization" for a in obj.children):
                        # "chairman of Spain's most powerful bank, Santander Central Hispano"
                        out += [a for a in obj.children if a.dep_ == "appos" and reader.kind(a) == "Organization"][:1]
                    elif reader.cid(obj) is None and obj.pos_ == "NOUN":
                        todo.append(obj)  # "head of currency strategy at Bank of America"
        for c in t.children:
            body = possessor_body(reader, c) if c.dep_ == "poss" else None
            if body is not None:
                out.insert(0, body)
    return out + [c for c in noun.lefts if c.dep_ in ("compound", "nmod", "amod") and reader.kind(c) == "Organization"]


def possessor_body(reader: Reader, poss: Token) -> Token | None:
    """The body a title's possessor names: "the SNP's | leader"; "its | president" in "an MoU with X, represented by
    its president Y", the nearest body named before it in the sentence."""
    if reader.kind(poss) == "Organization":
        return poss
    if poss.lower_ not in ("its", "their"):
        return None
    before = next((t for t in reversed(poss.doc[poss.sent.start : poss.i]) if reader.kind(t) == "Organization"), None)
    mention = reader.mention(before) if before is not None else None
    return mention.root if mention is not None else before


def looks_like_title(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.lemma_.lower() not in NOT_TITLES and noun.is_alpha and len(noun) > 2 \
        and noun.lemma_ not in ("one", "part", "man", "woman", "person", "thing")


def fielded_title(reader: Reader, end: int) -> list[Token]:
    """"Iranian Minister for Science, Research and Technology | H.E. Mr. X", "Second Minister of Foreign Affairs and
    Trade | X": a capitalised title and its field, written right before a name (``end`` is where the name, or its
    courtesy titles, start); the parse cannot hang such a field on the name. Empty if the words before ``end`` are
    no such title."""
    doc, i = reader.doc, end - 1
    while i > 0 and end - i < 12 and (doc[i].is_title and reader.kind(doc[i]) in (None, "Event") or doc[i].lower_ in ("and", "&", ",")):
        i -= 1
    if i < 1 or i == end - 1 or doc[i].lower_ not in ("for", "of", "on") or not (is_title_head(doc[i - 1]) and (
            doc[i - 1].is_title or i >= 3 and doc[i - 2].text == "-" and doc[i - 3].is_title)) \
            or not doc[end - 1].is_title or any(t.lower_ in lexicon.BODY_NOUNS for t in doc[i:end]):
        return []  # (a body's name the tagger left is no field: "Director of Harbour Institute X")
    start = i - 1
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].text == "-" and not doc[start - 1].whitespace_) \
            and (is_title_word(doc[start - 1])
                 or reader.kind(doc[start - 1]) in (None, "Event") and word_before_title(doc[start - 1], reader.config.words)) \
            and doc[start - 1].lower_ not in lexicon.HONORIFICS:
        start -= 1  # "Deputy | Minister", "Vice - | rector", "Deputy Foreign | Minister", "Education | Minister"
    return list(doc[start:end])


def word_before_title(t: Token, words: frozenset[str]) -> bool:
    """A capitalised word of the language, no place's or nationality's, that a title may start with: "Deputy |
    Foreign | Minister", "Trade | Counsellor" (not "Cape Town | Director", "Ruritanian | Minister")."""
    return t.is_title and t.lower_ in words and t.ent_type_ not in ("GPE", "LOC", "NORP")


def trim_title(title: list[Token], words: frozenset[str]) -> list[Token]:
    """A title runs up to its head word: "Director research" keeps both, "Professor Emeritus" too; a courtesy title
    at its end is the name's ("Rector Prof | Fabrizio Micari"); a name before it is no part of it ("Norland |
    Ambassador"), but a word of the language is ("Trade Counsellor", "Public Relations Officer")."""
    while title and title[-1].lower_.rstrip(".") in HONORIFICS:
        title = title[:-1]
    while title and not (is_title_word(title[0]) or title[0].is_lower or title[0].pos_ in ("NOUN", "ADJ")
                         or word_before_title(title[0], words) and any(is_title_head(t) for t in title[1:])):
        title = title[1:]
    join = next((k for k, t in enumerate(title) if t.lower_ in AFFILIATION_PREPS), None)
    if join is not None and any(t.lemma_.lower() in ORG_CLASS or t.text in ("'s", "’s") or t.lower_ == "based" for t in title[join:]):
        title = title[:join]  # "spokesman for | security firm ...": what follows names a body, not the post
    while title and (title[-1].lower_ in AFFILIATION_PREPS or title[-1].text == "-" or title[-1].lower_ in ITEM_BREAKS):
        title = title[:-1]
    return title if sum(not t.is_punct for t in title) <= 8 else []  # (the commas of a field's list are no words)
