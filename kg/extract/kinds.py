"""``kg_entity_kinds``: settle each surface form on one kind by votes over the article.

The tagger labels every occurrence of a name on its own and often disagrees
with itself ("Edinburgh" as GPE twice and ORG once). The grammar around a name
is a better witness: an apposed class noun ("Titan, a California-based
company"), a role before it ("retailer Tesco"), a place things move to ("travel
to Llanelli"), a "Mr" before its surname later on. These hints outvote the
tagger's labels, and every mention of a surface form takes the winning kind;
events keep theirs. Last, a place someone works at is an employer ("a vice
president at Texas"). Runs right after ``kg_entity_repair`` and only relabels
its mentions: none is added, dropped or moved.
"""
from __future__ import annotations

from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from . import lexicon
from .mentions import HONORIFICS, apposed_after, honorific_surnames, mentions, set_mentions
from .name_keys import abbreviates
from .name_spans import BODY_WORDS
from .datelines import opens_dateline
from .people_spans import alumni_note
from .title_words import FIELD_WORDS, is_title_head, is_title_word
from .verb_events import happened


@Language.factory(
    "kg_entity_kinds",
    default_config={
        "class_nouns": lexicon.CLASS_NOUNS,
        "suffix_nouns": lexicon.NAME_SUFFIX_NOUNS,
        "unit_nouns": lexicon.UNIT_NOUNS,
    },
    requires=["doc.spans"],
    assigns=["doc.spans"],
)
def make_entity_kinds(nlp: Language, name: str, class_nouns: dict[str, list[str]], suffix_nouns: list[str], unit_nouns: list[str]):
    return EntityKinds(class_nouns, set(suffix_nouns), set(unit_nouns))


class EntityKinds:
    def __init__(self, class_nouns: dict[str, list[str]], suffix_nouns: set[str], unit_nouns: set[str]):
        self.class_of = {noun: kind for kind, nouns in class_nouns.items() for noun in nouns}
        self.suffix_nouns = suffix_nouns
        self.unit_nouns = unit_nouns

    def __call__(self, doc: Doc) -> Doc:
        spans = mentions(doc)
        hints = self._class_hints(spans)
        short_names = _short_names(spans)
        for text, votes in [*_context_hints(spans, short_names).items(), *_surname_hints(doc, spans).items(), *_head_hints(spans).items(),
                            *_roster_bodies(spans).items()]:
            hints.setdefault(text, Counter()).update(votes)
        staffed = doc.user_data["kg_staffed_names"] = _staffed(spans)
        spans = [Span(doc, s.start, s.end, label="Organization") if s.text.lower() in staffed else s for s in spans]
        set_mentions(doc, [_employer(s) for s in self._vote(spans, hints, short_names)])
        return doc

    def _class_hints(self, spans: list[Span]) -> dict[str, Counter]:
        """Kinds stated by the grammar, which outvote the tagger: "Titan, a California-based company"."""
        hints: dict[str, Counter] = {}
        for s in spans:
            if s.label_ == "Event":
                continue
            root = s.root
            nouns = apposed_after(s)
            if root.dep_ == "appos":
                nouns.append(root.head)
            if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
                    and self.class_of.get(root.head.head.lemma_.lower()) == "Place":
                nouns.append(root.head.head)  # "the Brazilian resort of Porto Alegre", "the city of Basra"
            if root.dep_ == "nsubj" and root.head.lemma_ == "be":
                nouns += [c for c in root.head.children if c.dep_ == "attr"]
            if s.end < len(s.doc) and root.dep_ == "compound" and root.head.i == s.end \
                    and root.head.lemma_.lower() in self.suffix_nouns:
                nouns.append(root.head)  # "the Titan corporation" names a firm; "a Texas company" is only from Texas
            if s.end < len(s.doc) and root.dep_ == "compound" and root.head.i == s.end and self.class_of.get(root.head.lemma_.lower()) == "Place":
                nouns.append(root.head)  # "Banda Aceh province", "a Texas town": named or only in it, a place either way
            if s.start > 0 and s.doc[s.start - 1].head.i == root.i and s.doc[s.start - 1].dep_ == "compound":
                nouns.append(s.doc[s.start - 1])  # "think tank Demos", "retailer Tesco"
            if s.label_ == "Organization" and 2 <= len(s) <= 3 and all(t.is_title for t in s) and s.end < len(s.doc) \
                    and s.doc[s.end].text == "," and any(c.dep_ == "prep" and c.lower_ in ("of", "for", "from") for c in root.children):
                hints.setdefault(s.text.lower(), Counter())["Person"] += 3  # "Vincent Cable, for the Liberal Democrats"
            role = s.doc[s.start - 1] if s.start > 0 else None
            named_body = s[-1].lemma_.lower() in self.class_of or s[-1].lemma_.lower() in self.unit_nouns \
                or s[-1].lower_ in FIELD_WORDS  # "Borders Council", "(for) Political Affairs"
            if s.label_ != "Person" and len(s) in (2, 3) and all(t.is_title for t in s) and role is not None and not named_body \
                    and role.pos_ == "NOUN" and role.is_lower and role.head.i == root.i and role.lemma_ not in self.class_of:
                hints.setdefault(s.text.lower(), Counter())["Person"] += 3  # "trades union official Ulf Carlsson"
            if s.label_ != "Person" and len(s) in (2, 3) and all(t.is_title for t in s) and role is not None and not named_body \
                    and role.text in lexicon.TITLE_HEADS and role.head.i == root.i:
                hints.setdefault(s.text.lower(), Counter())["Person"] += 3  # "South African President Thabo Mbeki"
            if s.label_ != "Person" and len(s) in (2, 3) and all(t.is_title for t in s) and root.dep_ == "appos" and not named_body \
                    and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in lexicon.OFFICE_TITLES:
                hints.setdefault(s.text.lower(), Counter())["Person"] += 3  # "the party's leader, Nicola Sturgeon"
            if len(s) in (2, 3) and all(t.is_title for t in s) and not named_body and any(
                    n.lemma_.lower().split("-")[-1] in lexicon.OFFICE_TITLES for n in apposed_after(s)):
                hints.setdefault(s.text.lower(), Counter())["Person"] += 3  # "Brian Gammage, vice-president of research"
            # (a place after a title names a person only after "the": "the Minister of X, Agnes Kalimbe", not "Director, South Asia")
            the_post = root.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ == "the" for c in root.head.children)
            if (s.label_ == "Organization" or s.label_ == "Place" and the_post) and not named_body and _titled_name(s) \
                    or s.label_ != "Person" and _initialled(s):
                hints.setdefault(s.text.lower(), Counter())["Person"] += 3  # "Dr Arne Solberg", "Commissioner for Trade, Ola Brenn"
            owned = root.head
            if root.dep_ == "compound" and owned.lemma_.lower() in lexicon.OFFICE_TITLES and s.end <= owned.i <= s.end + 2 \
                    and owned.head.ent_type_ == "PERSON":
                hints.setdefault(s.text.lower(), Counter())["Organization"] += 3  # "Electrolux chief executive Hans Straberg"
            elif root.dep_ == "compound" and owned.i == s.end and owned.pos_ == "NOUN" and owned.is_lower and owned.dep_ == "compound" \
                    and owned.head.ent_type_ == "PERSON" and owned.head.i > owned.i and s.label_ != "Place" \
                    and owned.lemma_.lower() not in lexicon.PERSONAL_ROLES and s[-1].text not in honorific_surnames(s.doc):
                hints.setdefault(s.text.lower(), Counter())["Organization"] += 3  # "Sale Sharks prop Andrew Sheridan"
            if s.label_ == "Person" and root.dep_ == "poss" and owned.ent_type_ == "PERSON" and owned.ent_iob_ == "I" and owned.i > s.end:
                hints.setdefault(s.text.lower(), Counter())["Organization"] += 3  # "Iron Maiden's Bruce Dickinson": a band, a team, a firm
            if root.dep_ == "poss" and (owned.lemma_.lower() in lexicon.OFFICE_TITLES or owned.lemma_.lower() in lexicon.FIRM_POSSESSIONS) \
                    and s[-1].text not in honorific_surnames(s.doc):  # ("Mr Yoran's division" is a person's)
                hints.setdefault(s.text.lower(), Counter())["Organization"] += 3  # "May's chairman", "Electrolux's brands"
            listed = root
            while listed.dep_ == "conj" and listed.head.i != listed.i:
                listed = listed.head
            if listed.dep_ == "dobj" and listed.head.lemma_ == "include" and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.FIRM_POSSESSIONS for c in listed.head.children):
                hints.setdefault(s.text.lower(), Counter())["Organization"] += 3  # "its brands include AEG, Zanussi"
            for noun in nouns:
                kind = self.class_of.get(noun.lemma_.lower())
                # "its rival" says nothing of kind, but "his wife" does
                # ("Spain's most powerful bank, X" does say what X is)
                if noun.pos_ == "NOUN" and kind and (kind == "Person" or not any(
                        c.dep_ == "poss" and (c.pos_ == "PRON" or c.ent_type_ == "PERSON") for c in noun.children)):
                    hints.setdefault(s.text.lower(), Counter())[self.class_of[noun.lemma_.lower()]] += 3
        return hints

    @staticmethod
    def _vote(spans: list[Span], hints: dict[str, Counter], short_names: dict[str, str]) -> list[Span]:
        """One kind per surface form: "Edinburgh" tagged GPE twice and ORG once is a Place.

        The tagger's labels for one word are not independent witnesses (the same
        model saw the same word), so together they weigh 2, shared by their
        proportions; each grammatical hint adds its own weight on top.
        """
        tagged: dict[str, Counter] = {}
        full_names = {s[-1].text for s in spans if s.label_ == "Person" and len(s) > 1}
        for s in spans:
            # a lone word tagged PERSON that never comes with a first name or title is weak evidence
            weak = s.label_ == "Person" and len(s) == 1 and s.text not in full_names \
                and not (s.start > 0 and s.doc[s.start - 1].lower_.rstrip(".") in lexicon.HONORIFICS)
            tagged.setdefault(s.text.lower(), Counter())[s.label_] += 0.5 if weak else 1
        # "the Nordvik Embassy Orientation (NEO) ... The NEO was held": a name and its short name are one name, heard
        # together
        one = {text: (text,) for text in tagged}
        for short, name in short_names.items():
            if short in tagged and name in tagged:
                one[short] = one[name] = (name, short)  # (in this order, so that a tie goes the same way every run)
        votes: dict[str, Counter] = {}
        for text in tagged:
            counts = sum((tagged[t] for t in one[text]), Counter())
            total = sum(counts.values()) or 1
            votes[text] = sum((hints.get(t, Counter()) for t in one[text]), Counter())
            for label, n in counts.items():
                votes[text][label] += 2 * n / total
        return [
            Span(s.doc, s.start, s.end, label=votes[s.text.lower()].most_common(1)[0][0])
            if s.label_ != "Event" else s
            for s in spans
        ]


def _short_names(spans: list[Span]) -> dict[str, str]:
    """The short names given in brackets right after a name, with the name they are for: {"neo": "nordvik embassy
    orientation"}."""
    starts = {s.start: s for s in spans}
    doc = spans[0].doc if spans else None
    return {starts[s.end + 1].text.lower(): s.text.lower() for s in spans if s.end + 2 < len(doc) and doc[s.end].text == "("
            and doc[s.end + 2].text == ")" and s.end + 1 in starts and len(starts[s.end + 1]) == 1
            and abbreviates(starts[s.end + 1].text, [t.text for t in s])}


def _titled_name(s: Span) -> bool:
    """"Dr Arne Solberg", "Head Liv-Marit Aune", "the Commissioner for Trade, Ola Brenn,", "Ola Brenn, Harbor Institute
    Director,": two or three capitalised words that a courtesy title or a capitalised post stands beside name a person,
    whatever the tagger called them."""
    words = s.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) \
            or any(t.is_alpha and (t.lower_ in BODY_WORDS or is_title_word(t)) for t in s):
        return False
    doc, root = s.doc, s.root
    before = doc[s.start - 1] if s.start > 0 else None
    if before is not None and before.is_title and (before.lower_.rstrip(".") in HONORIFICS or is_title_head(before)):
        return True
    if root.dep_ == "appos" and root.head.i < s.start and root.head.is_title and is_title_head(root.head) \
            and not (s.end < len(doc) and doc[s.end].text == ")"):
        return True  # (not "(Director, Harbor Consulting)": a roster's post and body)
    if s.end + 2 >= len(doc) or doc[s.end].text != ",":
        return False
    post = s.end + 1  # ", Harbor Institute Director,": a post after the name, its body's name before it
    while post + 1 < len(doc) and doc[post + 1].is_title and doc[post + 1].pos_ == "PROPN":
        post += 1
    return doc[post].is_title and is_title_head(doc[post]) and doc[post].head.i == root.i and doc[post].dep_ in ("appos", "conj") \
        and post + 1 < len(doc) and doc[post + 1].text in (",", ".", ";", ")")


def _initialled(s: Span) -> bool:
    """"Okonkwo B. Adebayor": a given name, a middle initial and a surname name a person."""
    return len(s) == 3 and s[0].is_title and s[0].is_alpha and len(s[1].text) == 2 and s[1].text[0].isupper() \
        and s[1].text[1] == "." and s[2].is_title and s[2].is_alpha and not any(t.lower_ in BODY_WORDS for t in s)


_INSTITUTION_HEADS = set(lexicon.INSTITUTION_HEADS)
_UNIT_HEADS = set(lexicon.UNIT_NOUNS)


#: Words that end a body's name and no venue's ("Group", "Council"; not "Centre", "Museum", "Exchange").
_NO_VENUES = BODY_WORDS - {"center", "centre", "museum", "library", "hospital", "station", "exchange", "office", "school",
                           "club", "studio", "college", "university", "clinic", "lab", "laboratory", "supermarket", "chain",
                           "daily", "weekly", "paper", "website", "channel", "outlet", "arm", "body", "giant", "rival"}


def _head_hints(spans: list[Span]) -> dict[str, Counter]:
    """A name headed by an institution's word names a body: "Uruguay's University of the Republic"."""
    out = {}
    for s in spans:
        head = [t for t in s[: next((t.i - s.start for t in s if t.lower_ == "of"), len(s))]]
        if s.label_ != "Event" and len(head) < len(s) - 1 and s[-1].is_title and s[-1].lower_ in _ROOMS:
            out[s.text.lower()] = Counter(Place=4)  # "the Ministry of Foreign Affairs Conference Room": a body's room
        elif s.label_ != "Event" and head and head[-1].lemma_.lower() in _INSTITUTION_HEADS and head[-1].is_title:
            out[s.text.lower()] = Counter(Organization=4)  # (outweighs a noun before it: "state | University of X")
        elif s.label_ != "Event" and len(s) > 2 and _studies_centre(s):
            out[s.text.lower()] = Counter(Organization=4)  # "the Centre for Non-Traditional Security Studies": no venue
        elif s.label_ == "Person" and len(s) > 1 and s[-1].is_title and s[-1].lower_ in _UNIT_HEADS:
            out[s.text.lower()] = Counter(Organization=4)  # "Arms Control Centre": a unit (or a venue), no one's name
        elif s.label_ != "Event" and len(s) > 1 and s[-1].is_title and s[-1].lower_ in _ROOMS:
            out[s.text.lower()] = Counter(Place=4)  # "the Council Chamber", "Horchow Hall": a room or a building is a place
        elif s.label_ == "Place" and len(s) > 2 and s[-1].is_title and s[-1].lower_ in _NO_VENUES:
            out[s.text.lower()] = Counter(Organization=3)  # "Nordic Strategic Foresight Group": a body, no place
    return out


def _roster_bodies(spans: list[Span]) -> dict[str, Counter]:
    """"Ana Ruiz, Chief Executive Officer, Harbor Solutions; Ben Ode, Director, Asia Program, Lindqvist Center": in a
    roster, the names after a person's post are the bodies the post is in, however the tagger typed them (but
    "Lindqvist Center, UK": a country after the body is where it is)."""
    people_end = {s.end for s in spans if s.label_ == "Person"}
    out, bodies_end = {}, set()
    for s in spans:
        doc, k = s.doc, s.start - 1
        if s.label_ == "Event" or k < 2 or doc[k].text != "," \
                or s.end + 1 < len(doc) and doc[s.end].text == "," and is_title_word(doc[s.end + 1]):
            continue  # (not a person's name with a post of their own after it)
        j = k - 1
        while j > 0 and (is_title_word(doc[j]) or doc[j].lower_ in ("and", "former", "of") and j < k - 1):
            j -= 1
        after_body = k in bodies_end and (s.root.ent_type_ != "GPE" or s[-1].lower_ in BODY_WORDS)
        after_post = j < k - 1 and is_title_head(doc[k - 1]) and doc[j].text == "," and j in people_end
        if after_body or after_post:
            out[s.text.lower()] = Counter(Organization=3)
            bodies_end.add(s.end)
    return out


def _studies_centre(s: Span) -> bool:
    """"Centre for Security Studies", "Center on Global Affairs": a centre of a field of study is a body."""
    k = next((t.i for t in s[:-1] if t.lower_ in ("centre", "center") and t.is_title), None)
    return k is not None and s.doc[k + 1].lower_ in ("for", "of", "on") and s[-1].lower_ in FIELD_WORDS


#: Last words of rooms and buildings, which are places, not bodies (a hotel, a palace or a stadium may be a business,
#: a seat or a club's ground).
_ROOMS = set(lexicon.VENUE_NOUNS) - {"hotel", "palace", "stadium", "arena"}


def _surname_hints(doc: Doc, spans: list[Span]) -> dict[str, Counter]:
    """"Brian Gammage" is the "Mr Gammage" of later lines, wherever else the grammar points:
    that witness weighs more than a verb of motion ("an opinion came from Brian Gammage")."""
    surnames = honorific_surnames(doc)
    return {s.text.lower(): Counter(Person=3) for s in spans
            if s.label_ != "Event" and 2 <= len(s) <= 3 and s[-1].text in surnames and all(t.is_title for t in s)}


def _context_hints(spans: list[Span], short_names: dict[str, str]) -> dict[str, Counter]:
    """Kinds implied by where a name stands: people are not "in" somewhere, lists share a kind,
    and "from X to Y" joins two places: "riots which began in Brixton", "between Edinburgh and Tweedbank"."""
    by_root = {s.root.i: s for s in spans if s.label_ != "Event"}
    by_end = {s.end: s for s in spans}
    surnames = {t.text for s in spans if s.label_ == "Person" and len(s) > 1 for t in s}
    hints: dict[str, Counter] = {}
    for s in by_root.values():
        r, votes = s.root, Counter()
        body = by_end.get(s.start - 1) if s.start > 1 and s.doc[s.start - 1].text == "," else None
        if s.label_ == "Person" and len(s) == 1 and s.text[1:].islower() and body is not None and body.label_ == "Organization" \
                and (s.end == len(s.doc) or s.doc[s.end].text in (",", ".", ";", ")")):
            votes["Place"] += 2  # "Dr X of NTU, Guwahati": one word after a body and a comma is where the body is
        if s.label_ == "Person" and len(s) == 1 and s.text.isupper() and s.text.isalpha() and len(s.text) > 2 \
                and s.text not in surnames and not (s.start > 0 and s.doc[s.start - 1].lower_.rstrip(".") in HONORIFICS):
            votes["Organization"] += 2  # "NRSC and JSRF have held ...": an acronym alone is a body's (not "Mr. LIU")
        if s.end + 1 < len(s.doc) and s.doc[s.end].text == "," and alumni_note(s.doc, s.end + 1) > s.end + 1:
            votes["Person"] += 3  # "Suraya Dalil, M.P.H. ’05, Minister of ...": only people have degrees
        if s.label_ == "Person" and len(s) == 1 and r.dep_ == "pobj" and r.head.lower_ in ("in", "near", "across", "throughout"):
            votes["Place"] += 2
        if _moved_to(r) and r.lemma_.lower() not in BODY_WORDS:  # ("came from Eastbay University": a body still)
            votes["Place"] += 2
        if s.text in lexicon.LEGISLATURES and s.start > 0 and s.doc[s.start - 1].lower_ == "the":
            votes["Organization"] += 3  # "returns to the Commons": a house is a body wherever it goes
        if r.dep_ == "pobj" and r.head.lower_ == "for" and r.head.head.text in lexicon.MEMBER_TITLES:
            votes["Place"] += 3  # "Labour MP for Warrington North": a member sits for a constituency
        if s.label_ == "Place" and any(c.dep_ == "relcl" and any(w.dep_.startswith("nsubj") and w.lower_ == "who" for w in c.children)
                                       for c in r.children):
            votes["Person"] += 2  # "Dulko, who had lost all three matches": no place is a 'who' (firms can be)
        if happened(r) and s.label_ != "Person" and (not s.text.isupper() or s.text.lower() in short_names) and not opens_dateline(s):
            # (an acronym: coref finds whose it is, unless the report spelt it out in brackets)
            votes["Event"] += 3  # "the Arctic Salon was held at the Ministry": no body or place is held or takes place
        listed = Counter(by_root[c.i].label_ for c in r.conjuncts if c.i in by_root)
        if listed:
            listed[s.label_] += 1
            label, n = listed.most_common(1)[0]
            if label != s.label_ and n > sum(listed.values()) / 2:
                votes[label] += 2.5 if n >= 3 and label == "Place" and len(s) == 1 else 1.5  # ("Sudan, Somalia, and Mali")
        if r.dep_ == "pobj" and r.head.lower_ in ("from", "to"):
            partner = "to" if r.head.lower_ == "from" else "from"
            for prep in r.head.head.children:
                if prep.dep_ == "prep" and prep.lower_ == partner:
                    for o in prep.children:
                        if o.dep_ == "pobj" and o.i in by_root and by_root[o.i].label_ == "Place":
                            votes["Place"] += 2
        if _named_people(r):
            votes["Person"] += 2  # "leaders of X such as A and B", "officials, including A": people are listed
        if votes:
            hints.setdefault(s.text.lower(), Counter()).update(votes)
    return hints


_PEOPLE_NOUNS = set(lexicon.PEOPLE_OF_BODIES)


def _named_people(name) -> bool:
    """Whether ``name`` is an item of a list that names people: "leaders of X such as A and B", "officials, including A"."""
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    prep = name.head
    return name.dep_ == "pobj" and (prep.lower_ == "including" or prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)) \
        and prep.head.lemma_.lower() in _PEOPLE_NOUNS


_EVENT_ROLES = set(lexicon.EVENT_ROLE_NOUNS)


def _staffed(spans: list[Span]) -> frozenset[str]:
    """Names of forums, clubs and conferences that someone holds a post of or at: "Chairman of Stockholm Free World
    Forum", "Secretary General of the East Mediterranean Gas Forum" name a body, which a gathering has no staff of (a
    chair or a moderator of one it has; "the 2024 Beijing Forum", with a year or an edition, is a gathering)."""
    out, spelt = set(), {}
    for s in spans:
        doc, k = s.doc, s.start - 1
        k -= k > 0 and doc[k].lower_ == "the"
        if s.label_ not in ("Event", "Organization") or any(t.like_num or t.ent_type_ in ("DATE", "ORDINAL") for t in s):
            continue
        if s.end + 2 < len(doc) and doc[s.end].text == "(" and doc[s.end + 2].text == ")":
            spelt[doc[s.end + 1].lower_] = s.text.lower()  # "Pacific Islands Forum (PIF)"
        if k > 0 and doc[k].lower_ in ("of", "at") and is_title_head(doc[k - 1]) \
                and doc[k - 1].lemma_.lower() not in _EVENT_ROLES and doc[k - 1].ent_type_ != "ORDINAL":
            out.add(s.text.lower())
    if spans:  # "the PIF Secretariat", "PIF Secretary General | Baron Waqa": a short name's staff
        doc = spans[0].doc
        out.update(t.lower_ for t in doc[:-2] if t.is_upper and t.is_alpha and len(t) > 1 and doc[t.i + 1].is_title
                   and (doc[t.i + 1].lower_ == "secretariat" or is_title_head(doc[t.i + 1]) and doc[t.i + 2].is_title
                        and doc[t.i + 1].lemma_.lower() not in _EVENT_ROLES))
    return frozenset(out | {spelt[x] for x in out if x in spelt})


def _moved_to(token) -> bool:
    """"travel to Llanelli", "spread to the Midlands, Merseyside and Bristol": where things move is a place."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ in ("to", "from", "through", "into", "towards") \
        and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in lexicon.MOTION_VERBS


def _employer(span: Span) -> Span:
    """"a marketing vice president at Texas": this mention names an employer, whatever the tagger said."""
    r = span.root
    if span.label_ == "Place" and r.dep_ == "pobj" and r.head.lower_ in ("at", "for"):
        noun = r.head.head
        if noun.pos_ == "NOUN" and (noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON"
                                    or noun.dep_ == "attr" and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in noun.head.children)):
            return Span(span.doc, span.start, span.end, label="Organization")
    return span
