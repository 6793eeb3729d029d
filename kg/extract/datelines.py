"""Datelines: "KATHMANDU – ...", "BEIJING, May 3 (Xinhua) --". The capitals that open a report's first
paragraph before a comma or a dash name where it was filed; found once per Doc and read by the name repairs
(a place), the 'here' rule and the where-of-an-event rule."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from .dates import MONTHS
from .mentions import HONORIFICS
from .title_words import BODY_WORDS, is_title_word


def dateline_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """"KATHMANDU – ...", "BANGKOK, THAILAND, 31 July 2015 - ...", "LAHORE, (Agency) :": the capitals that open a
    report's first paragraph before a comma or a dash name where it was filed, a place."""
    return [Span(doc, a, b, label="Place") for a, b in _dateline_runs(doc) if not any(s.start <= a < s.end for s in spans)]


def as_dateline_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Karachi (Harbor Mail): ...": a dateline's place the tagger took for a body (with the paper after it) is a place."""
    runs = set(_dateline_runs(doc))
    return [Span(doc, s.start, s.end, label="Place") if (s.start, s.end) in runs and s.label_ == "Organization" else s
            for s in spans]


def opens_dateline(span: Span | None) -> bool:
    """Whether ``span`` is a dateline's place ("BANGKOK" of "BANGKOK, THAILAND, 31 July -")."""
    return span is not None and any(a <= span.start and span.end <= b for a, b in _dateline_runs(span.doc))


def dateline_words(doc: Doc) -> set[str]:
    """The words of a dateline's place in capitals, in lower case: {"dhaka"} for "DHAKA : ..." (a run in title case
    may be a name: "Mr Ashby-Cole was ...")."""
    return {t.lower_ for a, b in _dateline_runs(doc) if all(t.is_upper for t in doc[a:b]) for t in doc[a:b]}


_NO_PLACE_WORDS = {"the", "of", "and", "in", "on", "to", "for", "with"}


def dateline_start(doc: Doc) -> int | None:
    """Where a dateline's place starts ("BEIJING" of "BEIJING, May 3 (Xinhua) --"), if the report has one."""
    runs = _dateline_runs(doc)
    return runs[0][0] if runs else None


def _dateline_runs(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of a dateline's capitals, read once per Doc."""
    if "kg_dateline" in doc.user_data:
        return doc.user_data["kg_dateline"]
    out: list[tuple[int, int]] = []
    for sent in list(doc.sents)[:4]:
        i = sent.start
        if i > 0 and "\n" not in doc[i - 1].text_with_ws and not doc[i - 1].is_space:
            continue  # a paragraph's start only
        while i < sent.end and len(out) < 3:
            j = i
            while j < sent.end and j - i < 3 and doc[j].is_upper and doc[j].is_alpha and len(doc[j]) > 1 \
                    and doc[j].lower_ not in _NO_PLACE_WORDS and not doc[j].lower_.endswith("ing"):
                j += 1  # ("SEALING THE DEAL - ...": a caption's heading, no place)
            dated = doc[j].text == "(" and j + 1 < len(doc) and doc[j + 1].lower_ in MONTHS  # "TROMSO (May 4, 2021) –"
            # "DHAKA : ...": a colon, after a name the tagger knows (not "NOTE:")
            colon = j < len(doc) and doc[j].text == ":" and j > i and all(t.ent_type_ in ("GPE", "LOC", "ORG") for t in doc[i:j])
            if j == i or j >= len(doc) or doc[j].text not in (",", "-", "–", "—", "--") and not dated and not colon:
                break
            out.append((i, j))
            if doc[j].text != ",":
                break
            i = j + 1
        if out:
            break
        out = _outlet_dateline(doc, sent) or _title_case_dateline(doc, sent)
        if out:
            break
    doc.user_data["kg_dateline"] = out
    return out


_DASHES = ("-", "–", "—", "--")


def _title_case_dateline(doc: Doc, sent) -> list[tuple[int, int]]:
    """"Suva, Fiji – A workshop ...", "Geneva – ...", "New Delhi, November 27-29, 2007", "Amman: The ...": a dateline
    in title case, one or two runs of one to three capitalised names, the last before a dash or a date (or one run
    before a colon and a sentence)."""
    runs: list[tuple[int, int]] = []
    i = sent.start
    while i < sent.end and len(runs) < 2:
        j = i
        while j < sent.end and j - i < 3 and doc[j].is_title and doc[j].lower_ not in MONTHS \
                and (doc[j].pos_ == "PROPN" or doc[j].pos_ == "NOUN" and doc[j + 1].text == ":") \
                and doc[j].ent_type_ not in ("PERSON", "ORG") and not doc[j].text.endswith("."):  # ("Ms. Loni Hancock – ...")
            j += 1
        if j == i or j >= len(doc):
            return []
        runs.append((i, j))
        if doc[j].text in _DASHES:
            return runs
        if doc[j].text == ":" and j + 1 < len(doc) and not runs[:-1] and (i > 0 or doc[i].ent_type_ == "GPE") \
                and not any(is_title_word(t) for t in doc[i:j]) \
                and (doc[i].ent_type_ in ("GPE", "LOC") or doc[j + 1].lower_ in ("the", "a", "an")
                     or doc[j + 1].is_title and (is_title_word(doc[j + 1]) or doc[j + 1].lower_.rstrip(".") in HONORIFICS)):
            return runs  # "Amman: The 6th Arab Water Conference opened ...", "Hyderabad: Professor X, ..." (not "Moderator: X",
            # nor a headline's "X: Y";
            # a report's very first words only where they are a place: "New Delhi: X, Secretary (East), ...")
        if doc[j].text != "," or j + 1 >= len(doc):
            return []
        if doc[j + 1].lower_.rstrip(".") in MONTHS:
            return runs  # "New Delhi, November 27-29, 2007"
        i = j + 1
    return []


def _outlet_dateline(doc: Doc, sent) -> list[tuple[int, int]]:
    """"Karachi (Harbor Mail): Experts gathered ...": a place in title case, then the paper's name in brackets and a
    colon or a dash (not "Eastbay University (EU): ...", nor a person's name)."""
    i = j = sent.start
    while j < sent.end and j - i < 3 and doc[j].is_title and doc[j].pos_ == "PROPN" and doc[j].ent_type_ != "PERSON" \
            and doc[j].lower_ not in BODY_WORDS:
        j += 1
    return [(i, j)] if j > i and j < len(doc) and _outlet_after(doc, j) else []


def _outlet_after(doc: Doc, j: int) -> bool:
    close = next((k for k in range(j + 1, min(len(doc), j + 6)) if doc[k].text.startswith(")")), None)
    if doc[j].text != "(" or close is None or close == j + 1 or not all(t.is_title or t.is_upper for t in doc[j + 1 : close]):
        return False
    stops = (":", *_DASHES)  # (the tokenizer may keep the colon with the bracket: "):")
    return doc[close].text[1:] in stops or not doc[close].text[1:] and close + 1 < len(doc) and doc[close + 1].text in stops
