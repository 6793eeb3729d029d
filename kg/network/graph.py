"""network.graph: the knowledge graph as a networkx graph, and its projections.

``read`` loads graph files into an in-memory Oxigraph store (ten times
faster than rdflib's parser); ``from_rdf`` reads the person-event-organization
graph out of it (or out of an rdflib graph) with SPARQL; ``collaboration``,
``organization_network`` and ``country_network`` project it onto people,
organisations or places.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx
import rdflib


__all__ = ["KINDS", "PROJECTIONS", "read", "from_rdf", "collaboration", "organization_network", "country_network", "project"]

#: Node kinds, in the order that settles an entity typed with several classes.
KINDS = ("Person", "Organization", "Event", "Place")
#: The projections ``project`` knows, besides the whole graph (``None``).
PROJECTIONS = ("person", "organization", "country")

_PREFIX = "PREFIX schema: <https://schema.org/>\n"

_NODES = _PREFIX + """
SELECT ?x ?type ?name WHERE {
  VALUES ?type { schema:Person schema:Organization schema:Event schema:Place }
  ?x a ?type .
  OPTIONAL { ?x schema:name ?name }
}
"""

# Typed per relation in Python: one UNION per relation with type patterns is
# ~30 times slower in rdflib.
_LINKS = _PREFIX + """
SELECT ?s ?p ?o WHERE {
  VALUES ?p { schema:attendee schema:affiliation schema:parentOrganization schema:superEvent }
  ?s ?p ?o .
}
"""

_MENTIONS = _PREFIX + "SELECT ?x ?article WHERE { ?article a schema:NewsArticle ; schema:mentions ?x }"

#: predicate -> (relation, subject kinds, object kinds)
_RELATIONS = {
    "attendee": ("participant", {"Event"}, {"Person", "Organization", "Place"}),
    "affiliation": ("affiliation", {"Person"}, {"Organization"}),
    "parentOrganization": ("parentOrganization", {"Organization"}, {"Organization"}),
    "superEvent": ("superEvent", {"Event"}, {"Event"}),
}

_EXAMPLE_TTL = """
@prefix s: <https://schema.org/> .
<x:summit> a s:Event ; s:name "Summit" ; s:attendee <x:ada>, <x:ben>, <x:acme>, <x:gx> ;
    s:location <x:paris> .
<x:ada> a s:Person ; s:name "Ada" ; s:affiliation <x:acme> .
<x:ben> a s:Person ; s:name "Ben" ; s:affiliation <x:acme> .
<x:acme> a s:Organization ; s:name "Acme" ; s:location <x:rome> .
<x:gx> a s:Organization ; s:name "Globex" .
<x:paris> a s:Place ; s:name "Paris" ; s:containedInPlace <x:france> .
<x:france> a s:Place ; s:name "France" .
<x:rome> a s:Place ; s:name "Rome" .
<x:a1> a s:NewsArticle ; s:mentions <x:ada>, <x:ben> .
"""


def _example() -> rdflib.Graph:
    return rdflib.Graph().parse(data=_EXAMPLE_TTL, format="turtle")


def _local(term) -> str:
    return str(term).rsplit("/", 1)[-1]


def _is_rdf(g) -> bool:
    """Whether ``g`` is RDF to read (an rdflib graph, a pyoxigraph store, anything with their ``query``),
    not a networkx graph already read."""
    return not isinstance(g, nx.Graph) and hasattr(g, "query")


def _select(g, query: str):
    """The rows of a SELECT on an rdflib graph or a pyoxigraph store, as tuples of plain strings (None: unbound).

    An IRI gives its text, a literal its lexical form ("true" for a boolean true).
    Anything else is asked as a pyoxigraph store is, and its terms read by ``.value``.
    """
    if isinstance(g, rdflib.Graph):
        for row in g.query(query):
            yield tuple(None if t is None else str(t) for t in row)
        return
    solutions = g.query(query, use_default_graph_as_union=True)
    for solution in solutions:
        yield tuple(None if t is None else t.value for t in solution)


def read(paths) -> "pyoxigraph.Store":  # noqa: F821
    """Graph files (or build directories) parsed into one in-memory Oxigraph store.

    A directory stands for the domain graph a build wrote into it (``graph.*``),
    not its evidence (``provenance.*``), which the network does not read. The
    syntax goes by extension (Turtle when unknown), as ``kg.query.load_graph``
    reads it. Raises
    ``GraphError`` for a missing or unreadable file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> _ = path.write_text(_EXAMPLE_TTL)
    >>> sorted(from_rdf(read([path])).nodes(data="label"))[:2]
    [('x:acme', 'Acme'), ('x:ada', 'Ada')]
    """
    from pyoxigraph import RdfFormat, Store

    from ..errors import GraphError

    syntaxes = {".ttl": RdfFormat.TURTLE, ".nt": RdfFormat.N_TRIPLES, ".nq": RdfFormat.N_QUADS,
                ".trig": RdfFormat.TRIG, ".jsonld": RdfFormat.JSON_LD, ".json": RdfFormat.JSON_LD,
                ".n3": RdfFormat.N3, ".rdf": RdfFormat.RDF_XML, ".xml": RdfFormat.RDF_XML}
    store = Store()
    for f in network_files(paths):
        fmt = syntaxes.get(f.suffix.lower(), RdfFormat.TURTLE)  # as rdflib reads an unknown extension
        try:
            store.load(path=str(f), format=fmt, base_iri=f.resolve().as_uri())
        except (SyntaxError, ValueError, OSError) as exc:
            message = (str(exc).splitlines() or [""])[0][:200]
            raise GraphError(f"{f}: not a readable RDF graph ({type(exc).__name__}: {message})") from exc
    return store


def network_files(paths) -> list:
    """The files ``read`` parses for ``paths``: a directory's ``graph.*`` files, other paths as they are."""
    from pathlib import Path

    from ..errors import GraphError
    from ..query import graph_files

    files = []
    for path in map(Path, paths):
        found = graph_files([path])
        domain = [f for f in found if f.name.startswith("graph.")] if path.is_dir() else found
        if not domain:
            raise GraphError(f"{path}: no graph file in this directory (looked for graph.ttl, graph.trig, graph.nq, ...)")
        files += domain
    return files


def from_rdf(g: rdflib.Graph) -> nx.Graph:
    """The person-event-organization graph of ``g``, read with SPARQL.

    Nodes are IRIs (str) with ``label`` (schema:name, else the IRI), ``kind``
    (an entity with several classes takes the first of ``KINDS``) and
    ``articles`` (the sorted IRIs of the articles that mention it). Places
    are included only as event participants. Edges carry ``relation``
    (participant, affiliation, parentOrganization, superEvent) and ``weight`` 1.

    Examples
    --------
    >>> G = from_rdf(_example())
    >>> sorted(G.nodes(data="kind"))[:2]
    [('x:acme', 'Organization'), ('x:ada', 'Person')]
    >>> G.edges["x:ada", "x:summit"]
    {'relation': 'participant', 'weight': 1}
    >>> G.nodes["x:ada"]["articles"]
    ['x:a1']
    """
    types: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    for x, type_, name in _select(g, _NODES):
        types[x].add(_local(type_))
        if name is not None:
            names[x].add(name)
    kind = {x: next(k for k in KINDS if k in ts) for x, ts in types.items()}
    links = []
    for s, p, o in _select(g, _LINKS):
        relation, subjects, objects = _RELATIONS[_local(p)]
        if s != o and kind.get(s) in subjects and kind.get(o) in objects:
            links.append((s, o, relation))
    participants = {o for _, o, _ in links}
    mentions: dict[str, set[str]] = defaultdict(set)
    for x, article in _select(g, _MENTIONS):
        mentions[x].add(article)

    G = nx.Graph()
    for x in sorted(kind):
        if kind[x] != "Place" or x in participants:
            G.add_node(x, label=min(names[x]) if names[x] else x, kind=kind[x],
                       articles=sorted(mentions[x]))
    for s, o, relation in sorted(links):
        if not G.has_edge(s, o):
            G.add_edge(s, o, relation=relation, weight=1)
    return G


def _bipartite(graph) -> nx.Graph:
    return from_rdf(graph) if _is_rdf(graph) else graph


def _label(G: nx.Graph, node) -> str:
    return str(G.nodes[node].get("label", node))


def _project(B: nx.Graph, kind: str, hubs, newman: bool) -> nx.Graph:
    """Nodes of ``kind`` linked through shared ``hubs`` ((hub kind, edge key) pairs).

    Each edge lists the hubs' labels under their key, counts them as
    ``shared_<key>`` and counts the articles that mention both ends.
    """
    P = nx.Graph()
    for n, data in B.nodes(data=True):
        if data.get("kind") == kind:
            P.add_node(n, label=_label(B, n), kind=kind, articles=list(data.get("articles", [])))
    for hub_kind, key in hubs:
        for hub, hub_kind_ in B.nodes(data="kind"):
            if hub_kind_ != hub_kind:
                continue
            members = sorted(m for m in B[hub] if m in P)
            for a, b in combinations(members, 2):
                if not P.has_edge(a, b):
                    P.add_edge(a, b, weight=0.0 if newman else 0, **{k: [] for _, k in hubs})
                P.edges[a, b]["weight"] += 1 / (len(members) - 1) if newman else 1
                P.edges[a, b][key].append(_label(B, hub))
    for a, b, data in P.edges(data=True):
        for _, key in hubs:
            data[key].sort()
            data["shared_" + key] = len(data[key])
        data["shared_articles"] = len(set(P.nodes[a]["articles"]) & set(P.nodes[b]["articles"]))
    return P


def collaboration(graph) -> nx.Graph:
    """People linked by shared events or organisations, with Newman's weights.

    ``graph`` is an rdflib graph or the output of ``from_rdf``. Each event
    (its direct participants) and each organisation (its affiliated people)
    with ``n`` people adds ``1 / (n - 1)`` to every pair of them. Edges list
    the ``events`` and ``organizations`` (labels) behind them, count them
    (``shared_events``, ``shared_organizations``) and count the articles
    that mention both people (``shared_articles``). Isolated people are kept.

    Examples
    --------
    >>> C = collaboration(_example())
    >>> C.edges["x:ada", "x:ben"]["weight"], C.edges["x:ada", "x:ben"]["events"]
    (2.0, ['Summit'])
    >>> C.edges["x:ada", "x:ben"]["shared_events"], C.edges["x:ada", "x:ben"]["shared_articles"]
    (1, 1)
    """
    hubs = (("Event", "events"), ("Organization", "organizations"))
    return _project(_bipartite(graph), "Person", hubs, newman=True)


def organization_network(graph) -> nx.Graph:
    """Organisations linked by shared people or shared events.

    ``weight`` counts the shared people plus shared events; edges list their
    labels as ``people`` and ``events`` and count them as ``shared_people``,
    ``shared_events`` and ``shared_articles``. Every organisation is kept.

    Examples
    --------
    >>> O = organization_network(_example())
    >>> O.edges["x:acme", "x:gx"]["weight"], O.edges["x:acme", "x:gx"]["events"]
    (1, ['Summit'])
    """
    hubs = (("Person", "people"), ("Event", "events"))
    return _project(_bipartite(graph), "Organization", hubs, newman=False)


# Where actors are, in plain patterns joined in Python: as one query with a property
# path and a UNION, Oxigraph's planner took 13 s over the BBC corpus (these take 0.05 s).
_ACTORS = _PREFIX + "SELECT DISTINCT ?x WHERE { VALUES ?type { schema:Person schema:Organization } ?x a ?type }"
_EVENTS = _PREFIX + "SELECT DISTINCT ?x WHERE { ?x a schema:Event }"
_PAIRS = {key: _PREFIX + f"SELECT DISTINCT ?s ?o WHERE {{ ?s {path} ?o }}" for key, path in (
    ("attendee", "schema:attendee"), ("superEvent", "schema:superEvent"), ("location", "schema:location"),
    ("country", "schema:address/schema:addressCountry"))}


def _presence(g):
    """(actor, place, own) for each place a person or organisation is active in, ``own`` where it is itself.

    An event is where it or any event it is part of (``superEvent*``) is located.
    """
    actors = {x for x, in _select(g, _ACTORS)}
    events = {x for x, in _select(g, _EVENTS)}
    pairs = {key: defaultdict(set) for key in _PAIRS}
    for key, query in _PAIRS.items():
        for s, o in _select(g, query):
            pairs[key][s].add(o)

    def event_places(event) -> set[str]:
        seen, todo, places = {event}, [event], set()
        while todo:
            e = todo.pop()
            places |= pairs["location"].get(e, set())
            todo += [s for s in pairs["superEvent"].get(e, ()) if s not in seen]
            seen.update(todo)
        return places

    for event in sorted(events & set(pairs["attendee"])):
        for actor in pairs["attendee"][event] & actors:
            for place in event_places(event):
                yield actor, place, False
    for key in ("location", "country"):
        for actor in sorted(actors & set(pairs[key])):
            for place in pairs[key][actor]:
                yield actor, place, True


_PLACES = _PREFIX + """
SELECT ?place ?name ?outer WHERE {
  ?place a schema:Place .
  OPTIONAL { ?place schema:name ?name }
  OPTIONAL { ?place schema:containedInPlace ?outer }
}
"""


def country_network(g: rdflib.Graph) -> nx.Graph:
    """Places linked by the people and organisations active in both.

    A person is active where the events they attended took place and where
    their organisations are; an organisation where it is, where events it
    attended took place and where its people's events took place. An
    event's place is its ``schema:location`` or its super-event's; an
    actor's own is its ``schema:location`` or ``schema:address/
    schema:addressCountry`` (an IRI or a name). A place inside another
    (``schema:containedInPlace``) counts as the outermost place holding it,
    so with containment data this is a network of countries; without, of
    the places named. ``weight`` counts the actors linking two places;
    edges list them as ``people`` and ``organizations``.

    Examples
    --------
    >>> P = country_network(_example())
    >>> sorted(P.nodes(data="label"))
    [('x:france', 'France'), ('x:rome', 'Rome')]
    >>> P.edges["x:france", "x:rome"]["organizations"], P.edges["x:france", "x:rome"]["people"]
    (['Acme'], ['Ada', 'Ben'])
    """
    if not _is_rdf(g):
        raise TypeError("country_network needs the RDF graph (places are not in from_rdf's graph)")
    B = from_rdf(g)
    names, outer = {}, {}
    for place, name, parent in _select(g, _PLACES):
        names[place] = name if name is not None else place
        if parent is not None and parent != place:
            outer.setdefault(place, parent)

    def outermost(place: str) -> str:
        seen = {place}
        while place in outer and outer[place] not in seen:
            place = outer[place]
            seen.add(place)
        return place

    at: dict[str, set[str]] = defaultdict(set)  # actor -> places, all ways
    own: dict[str, set[str]] = defaultdict(set)  # actor -> its own places
    for actor, place, is_own in _presence(g):
        place = outermost(place)
        if actor in B:
            at[actor].add(place)
            if is_own:
                own[actor].add(place)
    direct = {a: set(places) for a, places in at.items()}
    for person, org, relation in B.edges(data="relation"):
        if relation == "affiliation":
            if B.nodes[person]["kind"] != "Person":
                person, org = org, person
            at[person] |= own.get(org, set())
            at[org] |= direct.get(person, set())

    P = nx.Graph()
    for actor, places in sorted(at.items()):
        P.add_nodes_from((p, {"label": names.get(p, p), "kind": "Place"}) for p in sorted(places))
        key = "people" if B.nodes[actor]["kind"] == "Person" else "organizations"
        for a, b in combinations(sorted(places), 2):
            if not P.has_edge(a, b):
                P.add_edge(a, b, weight=0, people=[], organizations=[])
            P.edges[a, b]["weight"] += 1
            P.edges[a, b][key].append(_label(B, actor))
    for *_, data in P.edges(data=True):
        for key in ("people", "organizations"):
            data[key].sort()
            data["shared_" + key] = len(data[key])
    return P


def project(g: rdflib.Graph, projection: str | None = None) -> nx.Graph:
    """``from_rdf(g)``, or its ``projection``: "person", "organization" or "country".

    Examples
    --------
    >>> project(_example(), "person").number_of_nodes()
    2
    """
    if projection is None:
        return from_rdf(g)
    makers = {"person": collaboration, "organization": organization_network, "country": country_network}
    if projection not in makers:
        raise ValueError(f"unknown projection {projection!r}; choose one of {', '.join(PROJECTIONS)}")
    return makers[projection](g)
