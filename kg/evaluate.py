"""evaluate: score kg's own output against hand-annotated gold articles.

A gold file is JSON beside its article: the entities (id, allowed types,
every name the text uses) and the facts ``[subject, relation, object]``, a
fourth element ``"optional"`` marking facts that count neither way. Each
article is built on its own, as ``kg build ARTICLE`` would build it, so that
merging across articles cannot change what one article yields, and its graph
is read back the way any schema.org consumer would read it. The rules are
those of the shared evaluation set's scorer (``../shared/eval/README.md``);
where its text leaves a case open, this module follows what that scorer does.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, RDF, RDFS, SKOS

from .errors import GoldError
from .records import KINDS, LITERAL_RELATIONS, RELATIONS

__all__ = [
    "Counts", "GoldEntity", "GoldFact", "GoldArticle", "ArticleScore", "Report",
    "normalize", "title_matches", "load_gold", "score_graph", "build_graph", "evaluate",
]

SCHEMA = "https://schema.org/"
_HTTP_SCHEMA = "http://schema.org/"
_S = lambda term: URIRef(SCHEMA + term)  # noqa: E731

NAME_PREDICATES = (_S("name"), _S("alternateName"), RDFS.label, SKOS.prefLabel, SKOS.altLabel, FOAF.name)

#: schema.org predicate -> (relation, whether it points the other way round)
PREDICATE_RELATION = {
    **{_S(p): ("affiliation", False) for p in ("affiliation", "worksFor", "memberOf")},
    **{_S(p): ("jobTitle", False) for p in ("jobTitle", "hasOccupation")},
    _S("parentOrganization"): ("parentOrganization", False),
    _S("subOrganization"): ("parentOrganization", True),
    _S("department"): ("parentOrganization", True),
    **{_S(p): ("participant", False) for p in ("attendee", "performer", "organizer", "contributor", "sponsor", "funder")},
    _S("performerIn"): ("participant", True),
    _S("location"): ("location", False),
    _S("superEvent"): ("superEvent", False),
    _S("subEvent"): ("superEvent", True),
    **{_S(p): ("date", False) for p in ("startDate", "endDate", "doorTime")},
}

#: schema.org's own subclasses of the four kinds that a graph is likely to use
#: (schema.org ships no machine-readable hierarchy with rdflib).
_SCHEMA_SUBCLASSES = {
    "Organization": "Airline Consortium Corporation EducationalOrganization CollegeOrUniversity ElementarySchool "
    "HighSchool MiddleSchool Preschool School FundingScheme GovernmentOrganization LibrarySystem LocalBusiness "
    "MedicalOrganization Hospital NGO NewsMediaOrganization OnlineBusiness PerformingGroup DanceGroup MusicGroup "
    "TheaterGroup PoliticalParty Project FundingAgency ResearchProject ResearchOrganization "
    "SearchRescueOrganization SportsOrganization SportsTeam WorkersUnion",
    "Place": "Accommodation AdministrativeArea City Country State SchoolDistrict CivicStructure Airport Museum "
    "StadiumOrArena Hospital Landform BodyOfWater Continent Mountain LandmarksOrHistoricalBuildings Residence "
    "TouristAttraction TouristDestination LocalBusiness",
    "Event": "BusinessEvent ChildrensEvent ComedyEvent CourseInstance DanceEvent DeliveryEvent EducationEvent "
    "EventSeries ExhibitionEvent Festival FoodEvent Hackathon LiteraryEvent MusicEvent PublicationEvent "
    "BroadcastEvent OnDemandEvent SaleEvent ScreeningEvent SocialEvent SportsEvent TheaterEvent VisualArtsEvent "
    "UserInteraction",
    "Person": "Patient",
}
_ROLE_CLASSES = {_S(c) for c in ("Role", "OrganizationRole", "EmployeeRole", "PerformanceRole")}


# -- scores ----------------------------------------------------------------

@dataclass
class Counts:
    """True positives, false positives, false negatives; P/R/F1 are 0 when undefined."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def _total(counts: Iterable[Counts]) -> Counts:
    return sum(counts, Counts())


@dataclass
class ArticleScore:
    """One article's counts per entity kind and per relation, and what was missed or spurious."""

    name: str
    entities: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in KINDS})
    facts: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in RELATIONS})
    missed_entities: list[str] = field(default_factory=list)
    spurious_entities: list[str] = field(default_factory=list)
    missed_facts: list[str] = field(default_factory=list)
    spurious_facts: list[str] = field(default_factory=list)

    @property
    def entities_total(self) -> Counts:
        return _total(self.entities.values())

    @property
    def facts_total(self) -> Counts:
        return _total(self.facts.values())


@dataclass
class Report:
    """Micro-averaged scores over articles: counts are summed, then P/R/F1 computed."""

    articles: list[ArticleScore]

    @property
    def entities(self) -> dict[str, Counts]:
        return {k: _total(a.entities[k] for a in self.articles) for k in KINDS}

    @property
    def facts(self) -> dict[str, Counts]:
        return {r: _total(a.facts[r] for a in self.articles) for r in RELATIONS}

    @property
    def entities_total(self) -> Counts:
        return _total(self.entities.values())

    @property
    def facts_total(self) -> Counts:
        return _total(self.facts.values())

    def as_dict(self, verbose: bool = False) -> dict:
        def article(a: ArticleScore) -> dict:
            out = {"entities": a.entities_total.as_dict(), "facts": a.facts_total.as_dict()}
            if verbose:
                out |= {"missed_entities": a.missed_entities, "spurious_entities": a.spurious_entities,
                        "missed_facts": a.missed_facts, "spurious_facts": a.spurious_facts}
            return out

        return {
            "overall": {
                "entities": {k: c.as_dict() for k, c in self.entities.items()},
                "entities_micro": self.entities_total.as_dict(),
                "facts": {r: c.as_dict() for r, c in self.facts.items()},
                "facts_micro": self.facts_total.as_dict(),
            },
            "articles": {a.name: article(a) for a in self.articles},
        }

    def table(self, verbose: bool = False) -> str:
        width = max(len(r) for r in RELATIONS) + 2
        head = f"{'':{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'tp':>4}  {'fp':>4}  {'fn':>4}"
        row = lambda label, c: (f"{label:{width}}  {c.precision:5.3f}  {c.recall:5.3f}  {c.f1:5.3f}"  # noqa: E731
                                f"  {c.tp:4d}  {c.fp:4d}  {c.fn:4d}")
        lines = []
        if verbose:
            for a in self.articles:
                lines.append(f"== {a.name}: entities F1 {a.entities_total.f1:.3f}, facts F1 {a.facts_total.f1:.3f}")
                for label, items in (("missed entity", a.missed_entities), ("spurious entity", a.spurious_entities),
                                     ("missed fact", a.missed_facts), ("spurious fact", a.spurious_facts)):
                    lines += [f"  {label}: {item}" for item in items]
            lines.append("")
        lines += [f"articles: {len(self.articles)}", head, "entities"]
        lines += [row("  " + k, c) for k, c in self.entities.items()]
        lines += [row("  all", self.entities_total), "facts"]
        lines += [row("  " + r, c) for r, c in self.facts.items()]
        lines += [row("  all", self.facts_total), ""]
        e, f = self.entities_total, self.facts_total
        lines.append(f"entities: P {e.precision:.3f}  R {e.recall:.3f}  F1 {e.f1:.3f}")
        lines.append(f"facts:    P {f.precision:.3f}  R {f.recall:.3f}  F1 {f.f1:.3f}")
        return "\n".join(lines)


# -- matching rules --------------------------------------------------------

def normalize(name: str) -> str:
    """A name compared blind to case, accents, punctuation, a leading "the" and a possessive 's.

    >>> normalize("The Université de Genève's")
    'universite de geneve'
    >>> normalize("U.S.") == normalize("U S")
    True
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"['’]s(?= |\Z)", "", text)
    text = " ".join(re.sub(r"[^\w\s]", " ", text).split())
    return text[4:] if text.startswith("the ") else text


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def title_matches(gold: str, value: str) -> bool:
    """Whether a job title in the graph states the gold one (word-wise containment).

    A longer title in the graph still states the gold one; a shorter one only
    when it drops a single word and keeps at least two, so a bare head noun
    ("minister" for "foreign minister") says too little.

    >>> title_matches("professor", "an associate professor")
    True
    >>> title_matches("chief executive officer", "chief executive")
    True
    >>> title_matches("foreign minister", "minister")
    False
    >>> title_matches("deputy vice-chancellor", "Deputy Vice-Chancellors for Research")
    True
    """
    # compared in the singular, as the shared scorer does: "deputy vice-chancellors" states "deputy vice-chancellor"
    g = [_singular(w) for w in normalize(gold).split()]
    v = [_singular(w) for w in re.sub(r"^an? ", "", normalize(value)).split()]  # "a research fellow" from an apposition
    if not g or not v:
        return False
    return _contains(v, g) or (len(v) >= 2 and len(g) - len(v) <= 1 and _contains(g, v))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def date_matches(gold: str, value: str) -> bool:
    """Gold "2024-05" is stated by any value from that month."""
    return value.strip().startswith(gold.strip())


def _date_coarser(gold: str, value: str) -> bool:
    """A value less precise than the gold date (at least a year) is not wrong, only vague."""
    value = value.strip()
    return len(value) >= 4 and gold.strip().startswith(value)


# -- gold ------------------------------------------------------------------

@dataclass(frozen=True)
class GoldEntity:
    id: str
    types: tuple[str, ...]  # the first is the entity's kind when it is missed
    names: tuple[str, ...]
    optional: bool = False


@dataclass(frozen=True)
class GoldFact:
    subject: str
    relation: str
    object: str  # an entity id, or the literal for jobTitle and date
    optional: bool = False


@dataclass(frozen=True)
class GoldArticle:
    name: str
    path: Path  # the gold file
    article: Path  # the article text it annotates
    entities: tuple[GoldEntity, ...]
    facts: tuple[GoldFact, ...]


def load_gold(paths: Iterable[str | Path], texts: str | Path | None = None, available: bool = False) -> list[GoldArticle]:
    """Gold files, and every ``*.json`` in the given folders, each with the article it names.

    The article is looked for beside its gold file, else in ``texts``: third-party
    articles stay out of the repository while their gold is kept in it. With
    ``available``, gold files whose article is not here are left out (an error
    only when none is here).
    """
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = sorted(path.glob("*.json"))
            if not found:
                raise GoldError(f"{path}: no gold .json files in this directory")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise GoldError(f"{path}: no such file or directory")
    if not files:
        raise GoldError("no gold files given")
    if not available:
        return [_read_gold(f, texts) for f in files]
    out = []
    for f in files:
        try:
            out.append(_read_gold(f, texts))
        except MissingArticle:
            continue
    if not out:
        raise GoldError(f"none of the {len(files)} articles these gold files annotate is here")
    return out


class MissingArticle(GoldError):
    """A gold file whose article is not where it is looked for."""


def _read_gold(path: Path, texts: str | Path | None = None) -> GoldArticle:
    def bad(message: str) -> GoldError:
        return GoldError(f"{path}: {message}")

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise bad(f"malformed JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise bad(f"cannot read: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list) or not isinstance(data.get("facts", []), list):
        raise bad('not a gold file: expected an object with "entities" and "facts" lists')

    entities = []
    for i, e in enumerate(data["entities"]):
        types = e.get("type") if isinstance(e, dict) else None
        types = [types] if isinstance(types, str) else types
        if not (isinstance(e, dict) and isinstance(e.get("id"), str) and isinstance(e.get("names"), list) and types):
            raise bad(f'entity {i + 1}: expected "id", "type" and "names"')
        unknown = [t for t in types if t not in KINDS]
        if unknown:
            raise bad(f"entity {e['id']!r}: unknown type {unknown[0]!r} (types: {', '.join(KINDS)})")
        entities.append(GoldEntity(e["id"], tuple(types), tuple(map(str, e["names"])), bool(e.get("optional"))))
    ids = {e.id for e in entities}

    facts = []
    for i, f in enumerate(data.get("facts", [])):
        if not (isinstance(f, list) and len(f) in (3, 4) and all(isinstance(x, str) for x in f)):
            raise bad(f"fact {i + 1}: expected [subject, relation, object] and optionally \"optional\"")
        s, rel, o = f[:3]
        if rel not in RELATIONS:
            raise bad(f"fact {i + 1}: unknown relation {rel!r} (relations: {', '.join(RELATIONS)})")
        if s not in ids or (rel not in LITERAL_RELATIONS and o not in ids):
            raise bad(f"fact {i + 1}: {s if s not in ids else o!r} is not an entity id")
        facts.append(GoldFact(s, rel, o, len(f) == 4 and f[3] == "optional"))

    article = path.parent / data["doc"] if isinstance(data.get("doc"), str) else path.with_suffix(".txt")
    if not article.is_file() and texts is not None:
        article = Path(texts) / article.name
    if not article.is_file():
        raise MissingArticle(f"{path}: the article it annotates is missing: {article}")
    return GoldArticle(path.stem, path, article, tuple(entities), tuple(facts))


# -- reading a graph -------------------------------------------------------

def _https(term):
    if isinstance(term, URIRef) and term.startswith(_HTTP_SCHEMA):
        return URIRef(SCHEMA + term[len(_HTTP_SCHEMA):])
    return term


class _GraphView:
    """A graph seen through the scorer's eyes: typed nodes, their names, the scored triples."""

    def __init__(self, graph: Graph, ontology: Graph | None):
        self.g = Graph()
        for triple in graph:
            self.g.add(tuple(map(_https, triple)))
        schema = Graph()
        for kind, subclasses in _SCHEMA_SUBCLASSES.items():
            for c in subclasses.split():
                schema.add((_S(c), RDFS.subClassOf, _S(kind)))
        # The project's own terms reach schema.org through its ontology (or the graph itself).
        self.terms = Graph()
        for g in (schema, ontology or Graph(), self.g):
            for p in (RDFS.subClassOf, RDFS.subPropertyOf):
                for s, o in g.subject_objects(p):
                    self.terms.add((_https(s), p, _https(o)))
        self.kinds = {}
        for node, cls in self.g.subject_objects(RDF.type):
            kinds = {k for k in KINDS if _S(k) in self._up(cls, RDFS.subClassOf)}
            if kinds:
                self.kinds.setdefault(node, set()).update(kinds)

    def _up(self, term, via) -> set:
        return set(self.terms.transitive_objects(term, via))

    def names(self, node) -> list[str]:
        """Normalised names: ``schema:name`` first, so a node is taken for what it is mainly
        called before its aliases; each group sorted, so triple order cannot change the outcome."""
        def group(preds):
            return sorted({n for p in preds for o in self.g.objects(node, p) if isinstance(o, Literal) and (n := normalize(str(o)))})
        return group(NAME_PREDICATES[:1]) + group(NAME_PREDICATES[1:])

    def label(self, node) -> str:
        for p in NAME_PREDICATES:
            for o in self.g.objects(node, p):
                return str(o)
        return str(node).rsplit("/", 1)[-1]

    def relation(self, predicate) -> tuple[str, bool] | None:
        for p in self._up(predicate, RDFS.subPropertyOf):
            if p in PREDICATE_RELATION:
                return PREDICATE_RELATION[p]
        return None

    def is_role(self, node) -> bool:
        return any(self._up(c, RDFS.subClassOf) & _ROLE_CLASSES for c in self.g.objects(node, RDF.type))

    def triples(self) -> Iterator[tuple[object, object, object, str]]:
        """Scored statements as (subject, predicate, object, relation), inverses turned round
        and Role nodes read through; a Role's roleName on an affiliation is a job title."""
        seen = set()
        for s, p, o in self.g:
            rel = self.relation(p)
            if rel is None or self.is_role(s):
                continue
            relation, inverse = rel
            if inverse:
                s, o = o, s
            objects = [o]
            if not inverse and self.is_role(o):
                objects = [x for q, x in self.g.predicate_objects(o) if self.relation(q) == rel]
                if relation == "affiliation":
                    for title in self.g.objects(o, _S("roleName")):
                        seen.add((s, _S("jobTitle"), title, "jobTitle"))
            for x in objects or [o]:
                seen.add((s, p, x, relation))
        return iter(sorted(seen, key=lambda t: tuple(map(str, t))))

    def literal_values(self, obj) -> list[str]:
        """A literal's text, or the names of a node (``schema:hasOccupation [schema:name "..."]``)."""
        if isinstance(obj, Literal):
            return [str(obj)]
        return [str(n) for n in self.g.objects(obj, _S("name")) if isinstance(n, Literal)]


# -- scoring ---------------------------------------------------------------

def score_graph(gold: GoldArticle, graph: Graph, ontology: Graph | None = None) -> ArticleScore:
    """Score one article's graph against its gold annotations."""
    view = _GraphView(graph, ontology)
    score = ArticleScore(gold.name)
    by_id = {e.id: e for e in gold.entities}
    by_name: dict[str, list[GoldEntity]] = {}
    for e in gold.entities:
        for n in dict.fromkeys(filter(None, map(normalize, e.names))):
            by_name.setdefault(n, []).append(e)

    def match(node) -> GoldEntity | None:
        kinds = view.kinds.get(node, set())
        for n in view.names(node):
            for e in by_name.get(n, ()):
                if kinds & set(e.types):
                    return e
        return None

    # Entities: the first node (in IRI order) to match a gold entity finds it; any further one is a duplicate.
    mapped: dict[object, GoldEntity] = {}
    found: set[str] = set()
    for node in sorted(view.kinds, key=str):
        e = match(node)
        kinds = view.kinds[node]
        if e is None:
            score.entities[min(kinds)].fp += 1
            score.spurious_entities.append(f"{min(kinds)} {view.label(node)!r}")
            continue
        mapped[node] = e
        kind = min(kinds & set(e.types))
        if e.optional:
            continue
        if e.id in found:
            score.entities[kind].fp += 1
            score.spurious_entities.append(f"{kind} {view.label(node)!r} (duplicate of {e.names[0]!r})")
        else:
            score.entities[kind].tp += 1
            found.add(e.id)
    for e in gold.entities:
        if not e.optional and e.id not in found:
            score.entities[e.types[0]].fn += 1
            score.missed_entities.append(f"{e.types[0]} {e.names[0]!r}")

    # Facts: each statement either states a gold fact, or is vague, or is spurious.
    stated: set[GoldFact] = set()
    for s, p, o, relation in view.triples():
        fact = _gold_fact(view, gold, mapped, s, o, relation)
        if fact is not None:
            if not fact.optional:
                stated.add(fact)
            continue
        if relation == "date" and s in mapped and any(
            _date_coarser(f.object, v) for f in gold.facts if (f.subject, f.relation) == (mapped[s].id, "date")
            for v in view.literal_values(o)
        ):
            continue
        score.facts[relation].fp += 1
        obj = view.label(o) if relation not in LITERAL_RELATIONS or not isinstance(o, Literal) else str(o)
        score.spurious_facts.append(f"{view.label(s)!r} {relation} {obj!r}")
    for f in gold.facts:
        if f.optional:
            continue
        if f in stated:
            score.facts[f.relation].tp += 1
        else:
            score.facts[f.relation].fn += 1
            obj = f.object if f.relation in LITERAL_RELATIONS else by_id[f.object].names[0]
            score.missed_facts.append(f"{by_id[f.subject].names[0]!r} {f.relation} {obj!r}")
    return score


def _gold_fact(view: _GraphView, gold: GoldArticle, mapped, s, o, relation: str) -> GoldFact | None:
    """The gold fact a statement states (the first in the gold file when several would do)."""
    subject = mapped.get(s)
    if subject is None:
        return None
    if relation in LITERAL_RELATIONS:
        matches = title_matches if relation == "jobTitle" else date_matches
        values = view.literal_values(o)
        return next((f for f in gold.facts if (f.subject, f.relation) == (subject.id, relation)
                     and any(matches(f.object, v) for v in values)), None)
    obj = mapped.get(o)
    if obj is None:
        return None
    return next((f for f in gold.facts if (f.subject, f.relation, f.object) == (subject.id, relation, obj.id)), None)


# -- building and the whole run --------------------------------------------

def build_graph(nlp, article: Path, base: str | None = None) -> Graph:
    """The domain graph ``kg build ARTICLE`` writes, built in this process with a loaded model."""
    from .extract import extract
    from .ingest import read_articles
    from .rdf import DEFAULT_BASE, build
    from .resolve import Resolver
    from .resolve.rewrite import resolved

    resolver = Resolver()
    for extraction in extract(nlp, read_articles([article])):
        resolver.add(extraction)
    return build(resolved(resolver), base or DEFAULT_BASE)[0]  # with identity and junk rules, as kg build has them


def ontology() -> Graph:
    """kg's ontology: every Turtle file shipped beside ``kg.ttl``."""
    from .vocab import ontology_file

    g = Graph()
    first = ontology_file()
    for f in sorted(first.parent.glob("*.ttl")) if isinstance(first, Path) else [first]:
        g.parse(data=f.read_text(encoding="utf-8"), format="turtle")
    return g


def evaluate(gold_paths: Iterable[str | Path], model: str | None = None, nlp=None, out: str | Path | None = None,
             texts: str | Path | None = None, available: bool = False) -> Report:
    """Build every gold article on its own, score its graph, and sum up.

    ``nlp`` is an already loaded pipeline (else ``model`` is loaded); with
    ``out`` each article's graph is kept as ``out/<name>/graph.ttl``; with
    ``available`` only the articles that are here are scored.
    """
    golds = load_gold(gold_paths, texts, available)
    if nlp is None:
        from . import nlp as kg_nlp

        nlp = kg_nlp.load(model)
    onto = ontology()
    scores = []
    for gold in golds:
        graph = build_graph(nlp, gold.article)
        if out is not None:
            target = Path(out) / gold.name
            target.mkdir(parents=True, exist_ok=True)
            graph.serialize(target / "graph.ttl", format="turtle", encoding="utf-8")
        scores.append(score_graph(gold, graph, onto))
    return Report(scores)
