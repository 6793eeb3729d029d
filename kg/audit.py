"""audit: the nodes of a built graph an analyst should look at first, as lines of an aliases file.

``kg audit GRAPH`` lists likely duplicates (a surname alone, an acronym, a
name one letter off another, a name another node carries as an alias) and
suspicious nodes (what kg's junk rules would drop, a phrase rather than a name,
one name read as two kinds), most consequential first: by how many other nodes
each is linked to. Every finding is a line ``kg.curate`` reads, with kg's
reason after ``#``, so an analyst pastes the ones they agree with into an
aliases file and builds again (``kg build --aliases FILE``).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from rdflib import Graph

from .curate import line
from .resolve.junk import PARTICLES, junk_reason
from .resolve.names import is_description
from .resolve.names import clipped, initials, is_acronym, normalize, org_variants, person_name
from .vocab import KIND_CLASS, SDO

__all__ = ["Node", "Finding", "read_nodes", "audit", "report"]

_CLASS_KIND = {str(c): k for k, c in KIND_CLASS.items()}
_NOT_LINKS = {SDO.mentions, SDO.spokenByCharacter}
_BODIES = {"Organization", "Place"}
_LINKS = """PREFIX schema: <https://schema.org/>
SELECT ?s ?o WHERE { ?s ?p ?o . ?s schema:name ?sn . ?o schema:name ?on .
  FILTER(?p != schema:mentions && ?p != schema:spokenByCharacter && ?s != ?o) }"""


@dataclass
class Node:
    iri: str
    name: str
    kinds: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    articles: int = 0  # articles that mention it
    neighbours: set[str] = field(default_factory=set)

    @property
    def degree(self) -> int:
        return len(self.neighbours)

    @property
    def kind(self) -> str:
        return next(k for k in ("Person", "Organization", "Place", "Event") if k in self.kinds)


@dataclass(frozen=True)
class Finding:
    line: str  # a line of an aliases file
    why: str
    weight: int  # how consequential: the degrees of the nodes involved


def read_nodes(graph) -> dict[str, Node]:
    """The graph's people, bodies, places and events: names, kinds, articles and neighbours.

    ``graph`` is what ``kg.query.open_graph`` gives: an rdflib graph or a store.
    """
    from .query import run

    nodes: dict[str, Node] = {}
    types = " ".join(f"<{c}>" for c in _CLASS_KIND)
    for row in run(graph, f"PREFIX schema: <https://schema.org/> SELECT ?e ?t ?name WHERE "
                          f"{{ VALUES ?t {{ {types} }} ?e a ?t ; schema:name ?name }}"):
        node = nodes.setdefault(str(row[0]), Node(str(row[0]), str(row[2])))
        node.kinds.add(_CLASS_KIND[str(row[1])])
    for e, alias in run(graph, "PREFIX schema: <https://schema.org/> SELECT ?e ?a WHERE { ?e schema:alternateName ?a }"):
        if str(e) in nodes:
            nodes[str(e)].aliases.add(str(alias))
    for e, n in run(graph, "PREFIX schema: <https://schema.org/> SELECT ?e (COUNT(DISTINCT ?a) AS ?n) "
                           "WHERE { ?a schema:mentions ?e } GROUP BY ?e"):
        if str(e) in nodes:
            nodes[str(e)].articles = int(n)
    # rdflib's SPARQL takes minutes to join every triple with two names; its triples are at hand
    links = ((s, o) for s, p, o in graph if p not in _NOT_LINKS) if isinstance(graph, Graph) else run(graph, _LINKS)
    for s, o in links:
        s, o = str(s), str(o)
        if s != o and s in nodes and o in nodes:
            nodes[s].neighbours.add(o)
            nodes[o].neighbours.add(s)
    return nodes


def audit(nodes: dict[str, Node]) -> tuple[list[Finding], list[Finding]]:
    """Likely duplicates and suspicious nodes, each most consequential first.

    Events named by a description ("the meeting of the PLP") are each their article's
    own, by design (``kg.resolve.resolver``): they are neither duplicates nor suspects.
    """
    nodes = {k: n for k, n in nodes.items() if not (n.kind == "Event" and is_description(n.name))}
    found: dict[tuple[str, str], Finding] = {}
    for a, b, why in _pairs(list(nodes.values())):
        keep, other = (a, b) if (a.degree, a.articles, len(a.name)) >= (b.degree, b.articles, len(b.name)) else (b, a)
        pair = tuple(sorted((keep.iri, other.iri)))
        if pair not in found:
            kind = keep.kind if keep.kind == other.kind else None
            found[pair] = Finding(line("same", [keep.name, other.name], kind),
                                  f"{why}; {_about(keep)} / {_about(other)}", keep.degree + other.degree)
    suspicious = []
    names_by_kind = defaultdict(set)
    for node in nodes.values():
        names_by_kind[normalize(node.name)].add(node.kind)
    surnames = {p.surname for p in (person_name(n.name) for n in nodes.values() if n.kind == "Person") if p.full}
    for node in nodes.values():
        why = _suspicion(node, names_by_kind, surnames)
        if why:
            suspicious.append(Finding(line("not", [node.name], node.kind), f"{why}; {_about(node)}", node.degree))
    order = lambda f: (-f.weight, f.line)  # noqa: E731
    return sorted(found.values(), key=order), sorted(suspicious, key=order)


def report(nodes: dict[str, Node], top: int = 100, source: str = "the graph") -> str:
    """The audit as the text of an aliases file (comments and decisions)."""
    duplicates, suspicious = audit(nodes)
    out = [f"# kg audit of {source}: {len(nodes):,} nodes. Paste the lines you agree with into an aliases file",
           "# and build again (kg build --aliases FILE); after '#' is kg's reason, which the file ignores.",
           f"# {len(duplicates):,} likely duplicates, most connected first{f' (the first {top})' if len(duplicates) > top else ''}"]
    out += _aligned(duplicates[:top])
    out.append(f"# {len(suspicious):,} suspicious nodes, most connected first{f' (the first {top})' if len(suspicious) > top else ''}")
    out += _aligned(suspicious[:top])
    return "\n".join(out)


def _aligned(findings: list[Finding]) -> list[str]:
    width = min(60, max((len(f.line) for f in findings), default=0))
    return [f"{f.line:{width}}  # {f.why}" for f in findings]


def _about(node: Node) -> str:
    return f"{node.name!r}: {node.articles} article{'s' if node.articles != 1 else ''}, degree {node.degree}"


def _pairs(nodes: list[Node]):
    """(a, b, why) for nodes that may be one thing."""
    people = [n for n in nodes if n.kind == "Person"]
    full_by_surname = defaultdict(list)
    for n in people:
        p = person_name(n.name)
        if p.full:
            full_by_surname[p.surname].append(n)
    for n in people:
        p = person_name(n.name)
        if not p.full and p.surname:
            for other in full_by_surname.get(p.surname, []):
                yield other, n, "a surname alone" + (" after a title" if p.titled else "")
        elif p.full and len(p.words[0]) == 1:
            for other in full_by_surname.get(p.surname, []):
                if other is not n and person_name(other.name).words[0][:1] == p.words[0]:
                    yield other, n, "an initial for the first name"
    bodies = [n for n in nodes if n.kind in _BODIES]
    by_initials = defaultdict(list)
    for n in bodies:
        if len(n.name.split()) >= 2 and not is_acronym(n.name):
            by_initials[initials(n.name)].append(n)
    for n in bodies:
        if is_acronym(n.name) and not any(initials(a) == n.name for a in n.aliases):  # not when it has its expansion
            fits = [o for o in by_initials.get(n.name.replace(".", "").replace("&", ""), []) if o.kind == n.kind]
            for other in fits if len(fits) <= 2 else []:  # "BT": British Telecom, Brains Trust, Bruce & Terry...
                yield other, n, "an acronym"
    by_variant = defaultdict(list)
    for n in bodies:
        for v in org_variants(n.name):
            by_variant[v].append(n)
    for group in by_variant.values():
        for a in group[1:]:
            yield group[0], a, "one name with or without 'Party', or in the plural"
    by_stems = defaultdict(list)
    for n in bodies:
        words = normalize(n.name).split()
        if len(words) >= 2:
            by_stems[tuple(w[:3] for w in words)].append(n)
    for group in by_stems.values():
        for a in group:
            for b in group:
                if clipped(normalize(a.name), normalize(b.name)):
                    yield b, a, "its words cut short"
    # a body's last word alone: "the Alliance" for the Green Alliance, when few bodies end so
    by_last = defaultdict(list)
    for n in bodies:
        words = normalize(n.name).split()
        if len(words) >= 2:
            by_last[(words[-1], n.kind)].append(n)
    for n in bodies:
        words = normalize(n.name).split()
        # not a place's name: "Bank of Ireland" is no short form of Ireland's
        fits = by_last.get((words[0], n.kind), []) if len(words) == 1 and "Place" not in n.kinds else []
        if 0 < len(fits) <= 2:
            for other in fits:
                yield other, n, "the last word of its name alone"
    # a name another node of its kind carries as an alias
    by_alias = defaultdict(list)
    for n in nodes:
        for alias in n.aliases:
            by_alias[(normalize(alias), n.kind in _BODIES or n.kind)].append(n)
    for n in nodes:
        for other in by_alias.get((normalize(n.name), n.kind in _BODIES or n.kind), []):
            if other is not n:
                yield other, n, "a name the other carries as an alias"
    # near-identical names: one or two letters apart, among names that start alike
    blocks = defaultdict(list)
    for n in nodes:
        folded = normalize(n.name)
        if len(folded) >= 6:
            blocks[(n.kind in _BODIES or n.kind, folded[:2])].append((folded, n))
    for block in blocks.values():
        for i, (fa, a) in enumerate(block):
            for fb, b in block[i + 1:]:
                if fa != fb and abs(len(fa) - len(fb)) <= 2 and SequenceMatcher(None, fa, fb).ratio() >= 0.9 \
                        and not _telling_difference(fa, fb):
                    yield a, b, "near-identical names"


_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "mid"}


def _telling_difference(a: str, b: str) -> bool:
    """Whether two near-identical names differ in a word that makes them two things: "Radio 2", "Bristol East"."""
    differ = set(a.split()) ^ set(b.split())
    return any(w.isdigit() or w in _DIRECTIONS for w in differ)


def _suspicion(node: Node, kinds_of_name: dict[str, set[str]], surnames: set[str]) -> str | None:
    reason = junk_reason(node.kind, node.name)
    if reason:
        return reason
    words = node.name.split()
    if node.kind != "Event":
        lower = [w for w in words if w.islower() and normalize(w) not in PARTICLES | {"of", "and", "the", "for", "in", "on", "de", "du", "la"}]
        if lower:
            return "a phrase rather than a name"
        if "/" in node.name or " - " in node.name or (node.kind == "Person" and " and " in f" {node.name} "):
            return "two names in one"
    if re.search(r"\d", node.name) and node.kind in ("Person",):
        return "a person's name with digits"
    parsed = person_name(node.name) if node.kind == "Person" else None
    if parsed and not parsed.full and not parsed.titled and parsed.surname not in surnames:
        return "a name alone, which no full name in the graph explains"
    others = kinds_of_name.get(normalize(node.name), set()) - {node.kind}
    if others and not (node.kind in _BODIES and others <= _BODIES):
        return f"the same name is also a {'/'.join(sorted(others))}"
    if len(words) >= (4 if node.kind == "Person" else 8):
        return "a long description rather than a name"
    return None
