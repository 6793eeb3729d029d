"""The typed records that cross module boundaries.

ingest -> Article; extract -> Mention, Fact (with Evidence);
resolve -> Entity. Nothing downstream of extract sees a spaCy object.
"""
from __future__ import annotations

from dataclasses import dataclass, field

#: The entity kinds kg knows; each maps to a schema.org class in ``kg.rdf``.
KINDS = ("Person", "Organization", "Place", "Event")

#: The relations kg extracts, subject kind -> object kind or literal.
RELATIONS = (
    "affiliation",         # Person -> Organization
    "jobTitle",            # Person -> "literal"
    "parentOrganization",  # Organization -> Organization
    "participant",         # Event -> Person | Organization | Place
    "location",            # Event | Organization -> Place | Organization
    "superEvent",          # Event -> Event
    "date",                # Event -> "ISO 8601 literal"
)
LITERAL_RELATIONS = frozenset({"jobTitle", "date"})


@dataclass(frozen=True)
class Article:
    """One news article as read from disk."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date of publication, when known
    url: str | None = None
    source: str | None = None  # the file (and line) it came from


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: article, sentence, character span, rule, confidence."""

    article_id: str
    sentence: str
    start: int  # character offsets of the fact's span in the article text
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class Mention:
    """A span of an article naming an entity, after in-article coreference.

    ``cluster`` is the article-local id shared by every mention of one entity.
    """

    text: str
    kind: str
    start: int
    end: int
    cluster: int


@dataclass(frozen=True)
class Fact:
    """A relation between two article-local clusters, or a cluster and a literal."""

    subject: int
    relation: str
    object: int | str
    evidence: Evidence


@dataclass
class Entity:
    """One real-world entity: a canonical name, its kinds and every surface form."""

    key: str  # stable identity across documents, e.g. "person/graham-webster"
    kinds: set[str]
    name: str
    aliases: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)


@dataclass
class ArticleExtraction:
    """What extraction found in one article, in article-local cluster ids."""

    article: Article
    names: dict[int, list[str]]  # cluster -> canonical name first, then every other form
    kinds: dict[int, set[str]]
    mentions: list[Mention]
    facts: list[Fact]
    quotes: list[tuple[int, str, Evidence]] = field(default_factory=list)
