"""Parse-walking helpers the fact rules of ``kg_relations`` share (no entity lookups)."""
from __future__ import annotations

from spacy.tokens import Token


def _objects(prep: Token) -> list[Token]:
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    # (a common noun's name in apposition is what it names: "in Fiji's capital | Suva", 'of a two days | "Meeting of X"')
    objs += [a for o in objs if o.pos_ == "NOUN" for a in o.children if a.dep_ == "appos" and a.left_edge.i == o.i + 1
             and (a.pos_ == "PROPN" or a.pos_ == "NOUN" and a.is_title)]  # (not "X, staff columnist, | The Times")
    return [x for o in objs for x in (o, *o.conjuncts)]


def _objects_of(noun: Token, preps: tuple[str, ...]) -> list[Token]:
    return [o for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for o in _objects(c)]


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects with their conjuncts; an open clause borrows its head's."""
    raised = borrowed = False
    while True:
        # "leaders are expected to attend": an open clause under a passive has its subject there
        subs = [c for c in verb.children if c.dep_ == "nsubj" or raised and c.dep_ == "nsubjpass"]
        if subs and subs[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            return [verb.head]  # "Karl Weiss, who attended the forum": "who" is the head it hangs from
        if subs:
            # "Sony, IBM and Toshiba will ...": the small parser often hangs the first item off the verb
            listed = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"
                      and c.i + 1 < subs[0].i and c.nbor(1).text == ","]
            return [x for s in subs for x in (s, *s.conjuncts)] + listed
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "retired after serving as ...": the clause's subject is the head verb's
            continue
        if verb.dep_ in ("advcl", "xcomp", "conj", "pcomp") and verb.head.i != verb.i:
            raised, borrowed = verb.dep_ == "xcomp", verb.dep_ == "advcl"
            verb = verb.head
            continue
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("PROPN", "NOUN"):
            return [verb.head]
        # "This was stated by X while addressing the session": the passive's agent does what the clause says
        return [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"] if borrowed else []


def is_verb_of(verb: Token, lemmas: set[str]) -> bool:
    """Whether ``verb`` is one of ``lemmas``, also where the small model's lemmatizer slips
    ("staged" -> "stag"): a regular past or third-person form of one counts too."""
    if verb.lemma_.lower() in lemmas:
        return True
    word = verb.lower_
    return verb.pos_ in ("VERB", "AUX") and any(
        word.endswith(end) and word[: len(word) - len(end)] + add in lemmas
        for end, add in (("ed", ""), ("ed", "e"), ("d", ""), ("s", ""), ("es", ""), ("ing", ""), ("ing", "e")))


def negated(verb: Token) -> bool:
    """"Israel will not attend", "never took part": the clause denies what the verb says."""
    return any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") and c.dep_ == "advmod" for c in verb.children)


def tense(token: Token) -> str:
    """"past", "present" or "future": what the clause of ``token`` tells, from its verb and auxiliaries."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "shall", "'ll"} or verb.tag_ == "VB" and "to" in aux:
        return "future"
    if verb.tag_ in ("VBD",) or aux & {"was", "were", "had", "has", "have"}:
        return "past"
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        return "present"
    return "present" if verb.tag_ in ("VBZ", "VBP", "VBG") or aux & {"is", "are"} else "past"


#: Verbs that make what they hold a gathering: "experts held a public discussion", "a debate was convened", "the
#: delegation paid a courtesy visit".
HOLDING_VERBS = {"hold", "host", "organise", "organize", "convene", "pay"}


def held(noun: Token, gatherings: set[str]) -> bool:
    """A gathering whatever its head word: "a panel discussion" (a gathering's word before the head), "experts
    held a public discussion", "a debate was convened" (what is held)."""
    return any(t.lemma_.lower() in gatherings and t.dep_ in ("compound", "amod") for t in noun.children) or held_by_verb(noun)


def took_place(verb: Token) -> bool:
    """A verb of taking place: "took place", "was held", "was convened", "was staged", "was conducted"."""
    return verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children) \
        or verb.lemma_ in ("hold", "convene", "stage", "conduct") and verb.tag_ == "VBN" \
        and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)  # (not "the Institute has held talks")


def held_by_verb(noun: Token) -> bool:
    """"experts held a public discussion", "a debate was convened": what a clause says was held."""
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in HOLDING_VERBS
