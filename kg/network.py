"""network: the knowledge graph as a networkx graph, its projections and metrics.

``from_rdf`` reads the person-event-organization graph out of kg's RDF with
SPARQL; ``collaboration`` and ``organization_network`` project it onto people
or organisations; ``metrics`` and its helpers rank nodes; ``write_graphml``
and ``write_gexf`` export a graph with its metrics for Gephi and friends.
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx
import rdflib

__all__ = [
    "KINDS", "from_rdf", "collaboration", "organization_network", "metrics", "top",
    "brokers", "ego", "shortest_path", "bridges", "write_graphml", "write_gexf",
]

#: Node kinds, in the order that settles an entity typed with several classes.
KINDS = ("Person", "Organization", "Event", "Place")

_PREFIX = "PREFIX schema: <https://schema.org/>\n"

_NODES = _PREFIX + """
SELECT ?x ?type ?name WHERE {
  { VALUES ?type { schema:Person schema:Organization schema:Event } ?x a ?type . }
  UNION
  { ?event a schema:Event ; schema:attendee ?x . ?x a schema:Place . BIND(schema:Place AS ?type) }
  OPTIONAL { ?x schema:name ?name }
}
"""

_EDGES = _PREFIX + """
SELECT DISTINCT ?s ?o ?relation WHERE {
  {
    VALUES ?t { schema:Person schema:Organization schema:Place }
    ?s a schema:Event ; schema:attendee ?o . ?o a ?t .
    BIND("participant" AS ?relation)
  } UNION {
    ?s a schema:Person ; schema:affiliation ?o . ?o a schema:Organization .
    BIND("affiliation" AS ?relation)
  } UNION {
    ?s a schema:Organization ; schema:parentOrganization ?o . ?o a schema:Organization .
    BIND("parentOrganization" AS ?relation)
  } UNION {
    ?s a schema:Event ; schema:superEvent ?o . ?o a schema:Event .
    BIND("superEvent" AS ?relation)
  }
}
"""

_EXAMPLE_TTL = """
@prefix s: <https://schema.org/> .
<x:summit> a s:Event ; s:name "Summit" ; s:attendee <x:ada>, <x:ben>, <x:acme>, <x:gx> .
<x:ada> a s:Person ; s:name "Ada" ; s:affiliation <x:acme> .
<x:ben> a s:Person ; s:name "Ben" ; s:affiliation <x:acme> .
<x:acme> a s:Organization ; s:name "Acme" .
<x:gx> a s:Organization ; s:name "Globex" .
"""


def from_rdf(g: rdflib.Graph) -> nx.Graph:
    """The person-event-organization graph of ``g``, read with SPARQL.

    Nodes are IRIs (str) with ``label`` (schema:name, else the IRI) and
    ``kind``; an entity with several classes takes the first of ``KINDS``.
    Places are included only as event participants. Edges carry
    ``relation`` (participant, affiliation, parentOrganization, superEvent)
    and ``weight`` 1.

    Examples
    --------
    >>> G = from_rdf(rdflib.Graph().parse(data=_EXAMPLE_TTL, format="turtle"))
    >>> sorted(G.nodes(data="kind"))[:2]
    [('x:acme', 'Organization'), ('x:ada', 'Person')]
    >>> G.edges["x:ada", "x:summit"]
    {'relation': 'participant', 'weight': 1}
    """
    kinds: dict[str, set[str]] = defaultdict(set)
    names: dict[str, set[str]] = defaultdict(set)
    for x, type_, name in g.query(_NODES):
        kinds[str(x)].add(str(type_).rsplit("/", 1)[-1])
        if name is not None:
            names[str(x)].add(str(name))
    G = nx.Graph()
    for x in sorted(kinds):
        kind = next(k for k in KINDS if k in kinds[x])
        G.add_node(x, label=min(names[x]) if names[x] else x, kind=kind)
    for s, o, relation in g.query(_EDGES):
        s, o = str(s), str(o)
        if s != o and s in G and o in G and not G.has_edge(s, o):
            G.add_edge(s, o, relation=str(relation), weight=1)
    return G


def _bipartite(graph) -> nx.Graph:
    return from_rdf(graph) if isinstance(graph, rdflib.Graph) else graph


def _members(B: nx.Graph, group_kind: str, member_kind: str) -> dict[str, list[str]]:
    """Each node of ``group_kind`` -> its neighbours of ``member_kind``."""
    return {
        c: sorted(m for m in B[c] if B.nodes[m].get("kind") == member_kind)
        for c, kind in B.nodes(data="kind")
        if kind == group_kind
    }


def _label(G: nx.Graph, node) -> str:
    return str(G.nodes[node].get("label", node))


def _project(B: nx.Graph, kind: str, hubs, newman: bool) -> nx.Graph:
    """Nodes of ``kind`` linked through shared ``hubs`` ((hub kind, edge key) pairs)."""
    P = nx.Graph()
    P.add_nodes_from(
        (n, {"label": _label(B, n), "kind": kind}) for n, k in B.nodes(data="kind") if k == kind
    )
    keys = [key for _, key in hubs]
    for hub_kind, key in hubs:
        for hub, members in _members(B, hub_kind, kind).items():
            for a, b in combinations(members, 2):
                if not P.has_edge(a, b):
                    P.add_edge(a, b, weight=0.0 if newman else 0, **{k: [] for k in keys})
                P.edges[a, b]["weight"] += 1 / (len(members) - 1) if newman else 1
                P.edges[a, b][key].append(_label(B, hub))
    for *_, data in P.edges(data=True):
        for k in keys:
            data[k].sort()
    return P


def collaboration(graph) -> nx.Graph:
    """People linked by shared events or organisations, with Newman's weights.

    ``graph`` is an rdflib graph or the output of ``from_rdf``. Each event
    (its direct participants) and each organisation (its affiliated people)
    with ``n`` people adds ``1 / (n - 1)`` to every pair of them. Edges list
    the ``events`` and ``organizations`` (labels) behind them; isolated
    people are kept.

    Examples
    --------
    >>> C = collaboration(rdflib.Graph().parse(data=_EXAMPLE_TTL, format="turtle"))
    >>> C.edges["x:ada", "x:ben"]
    {'weight': 2.0, 'events': ['Summit'], 'organizations': ['Acme']}
    """
    hubs = (("Event", "events"), ("Organization", "organizations"))
    return _project(_bipartite(graph), "Person", hubs, newman=True)


def organization_network(graph) -> nx.Graph:
    """Organisations linked by shared people or shared events.

    ``weight`` counts the shared people plus shared events; edges list their
    labels as ``people`` and ``events``. Every organisation is kept.

    Examples
    --------
    >>> O = organization_network(rdflib.Graph().parse(data=_EXAMPLE_TTL, format="turtle"))
    >>> O.edges["x:acme", "x:gx"]
    {'weight': 1, 'people': [], 'events': ['Summit']}
    """
    hubs = (("Person", "people"), ("Event", "events"))
    return _project(_bipartite(graph), "Organization", hubs, newman=False)


def _numbered(groups, G: nx.Graph) -> dict:
    """node -> group number, biggest group first, ties by smallest label."""
    ordered = sorted(groups, key=lambda c: (-len(c), min(_label(G, n) for n in c)))
    return {n: i for i, group in enumerate(ordered) for n in group}


def _distances(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` whose edges carry ``distance = 1 / weight``."""
    H = nx.Graph()
    H.add_nodes_from(G)
    for u, v, w in G.edges(data="weight", default=1):
        H.add_edge(u, v, distance=1 / w if w and w > 0 else float("inf"))
    return H


def _pagerank(G: nx.Graph, alpha: float = 0.85, tol: float = 1e-10) -> dict:
    """Weighted PageRank by power iteration (``nx.pagerank`` needs scipy)."""
    n, strength = len(G), dict(G.degree(weight="weight"))
    rank = dict.fromkeys(G, 1 / n)
    for _ in range(500):
        dangling = alpha * sum(rank[u] for u in G if not strength[u]) / n
        new = dict.fromkeys(G, (1 - alpha) / n + dangling)
        for u, v, w in G.edges(data="weight", default=1):
            new[v] += alpha * rank[u] * w / strength[u] if strength[u] else 0
            new[u] += alpha * rank[v] * w / strength[v] if strength[v] else 0
        done = sum(abs(new[u] - rank[u]) for u in G) < n * tol
        rank = new
        if done:
            break
    return rank


def metrics(G: nx.Graph) -> list[dict]:
    """One row of centrality and grouping measures per node.

    Keys: id, label, kind, degree, weighted_degree, betweenness (normalised,
    along distances ``1 / weight``), pagerank, community (Louvain, seed 42)
    and component, both numbered from the biggest. Sorted by weighted
    degree (descending), then label.

    Examples
    --------
    >>> rows = metrics(nx.path_graph(["a", "b", "c"]))
    >>> [(r["id"], r["degree"], r["betweenness"]) for r in rows]
    [('b', 2, 1.0), ('a', 1, 0.0), ('c', 1, 0.0)]
    """
    if G.number_of_nodes() == 0:
        return []
    weighted = dict(G.degree(weight="weight"))
    betweenness = nx.betweenness_centrality(_distances(G), weight="distance")
    pagerank = _pagerank(G)
    community = _numbered(nx.community.louvain_communities(G, weight="weight", seed=42), G)
    component = _numbered(nx.connected_components(G), G)
    rows = [
        dict(id=n, label=_label(G, n), kind=G.nodes[n].get("kind", ""), degree=G.degree(n),
             weighted_degree=float(weighted[n]), betweenness=float(betweenness[n]),
             pagerank=float(pagerank[n]), community=community[n], component=component[n])
        for n in G
    ]
    return sorted(rows, key=lambda r: (-r["weighted_degree"], r["label"], str(r["id"])))


def top(G: nx.Graph, n: int = 10, by: str = "betweenness") -> list[dict]:
    """The ``n`` rows of ``metrics(G)`` highest in column ``by``, ties by label.

    Examples
    --------
    >>> [r["label"] for r in top(nx.star_graph(3), n=2, by="degree")]
    ['0', '1']
    """
    rows = metrics(G)
    first = rows[0] if rows else {}
    numeric = [k for k, v in first.items() if k != "id" and isinstance(v, (int, float))]
    if rows and by not in numeric:
        raise ValueError(f"cannot rank by {by!r}; choose one of {sorted(numeric)}")
    return sorted(rows, key=lambda r: (-r[by], r["label"]))[:n]


def brokers(G: nx.Graph, n: int = 5) -> list[dict]:
    """The ``n`` nodes with the highest betweenness above zero.

    Examples
    --------
    >>> [r["label"] for r in brokers(nx.path_graph(4))]
    ['1', '2']
    """
    return [r for r in top(G, n, by="betweenness") if r["betweenness"] > 0]


def _node(G: nx.Graph, node) -> object:
    """``node`` as a node id, looked up by id first, then by unique label."""
    if node in G:
        return node
    found = [n for n in G if _label(G, n) == node]
    if len(found) == 1:
        return found[0]
    if not found:
        raise KeyError(f"no node with id or label {node!r}")
    raise ValueError(f"label {node!r} names {len(found)} nodes; use an id")


def ego(G: nx.Graph, node, radius: int = 1) -> nx.Graph:
    """The subgraph within ``radius`` hops of ``node`` (an id or a label).

    Examples
    --------
    >>> sorted(ego(nx.path_graph(5), 2))
    [1, 2, 3]
    """
    return nx.ego_graph(G, _node(G, node), radius=radius).copy()


def shortest_path(G: nx.Graph, a, b, weighted: bool = False) -> list[str]:
    """Labels along a shortest path from ``a`` to ``b`` (ids or labels).

    Counts hops, or with ``weighted`` the distances ``1 / weight``. Returns
    ``[]`` when no path exists.

    Examples
    --------
    >>> shortest_path(nx.path_graph(["a", "b", "c"]), "a", "c")
    ['a', 'b', 'c']
    """
    source, target = _node(G, a), _node(G, b)
    H = _distances(G) if weighted else G
    try:
        path = nx.shortest_path(H, source, target, weight="distance" if weighted else None)
    except nx.NetworkXNoPath:
        return []
    return [_label(G, n) for n in path]


def bridges(G: nx.Graph) -> list[tuple[str, str]]:
    """Edges whose removal disconnects their component, as sorted label pairs.

    Examples
    --------
    >>> bridges(nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]))
    [('c', 'd')]
    """
    pairs = (tuple(sorted((_label(G, u), _label(G, v)))) for u, v in nx.bridges(G))
    return sorted(pairs)


_SCALARS = (str, int, float, bool)


def _exportable(G: nx.Graph) -> nx.Graph:
    """A copy of ``G`` with metrics on its nodes and only scalar attributes."""
    H = nx.Graph()
    H.graph.update((k, v) for k, v in G.graph.items() if isinstance(v, _SCALARS))
    for row in metrics(G):
        node = row.pop("id")
        attrs = {k: v for k, v in G.nodes[node].items() if isinstance(v, _SCALARS)}
        H.add_node(str(node), **{**attrs, **row})
    for u, v, data in G.edges(data=True):
        attrs = {k: "; ".join(map(str, x)) if isinstance(x, (list, tuple, set)) else x
                 for k, x in data.items() if isinstance(x, (list, tuple, set, *_SCALARS))}
        attrs["weight"] = float(data.get("weight", 1))
        H.add_edge(str(u), str(v), **attrs)
    return H


def write_graphml(G: nx.Graph, path) -> None:
    """Write ``G`` as GraphML with label, kind and the ``metrics`` columns.

    List-valued edge attributes become ``"; "``-joined strings.

    Examples
    --------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "g.graphml")
    >>> write_graphml(nx.path_graph(["a", "b"]), path)
    >>> nx.read_graphml(path).nodes["a"]["community"]
    0
    """
    nx.write_graphml(_exportable(G), str(path))


def write_gexf(G: nx.Graph, path) -> None:
    """Write ``G`` as GEXF with label, kind and the ``metrics`` columns.

    Examples
    --------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "g.gexf")
    >>> write_gexf(nx.path_graph(["a", "b"]), path)
    >>> nx.read_gexf(path).nodes["a"]["label"]
    'a'
    """
    nx.write_gexf(_exportable(G), str(path))
