"""Specifications of kg.network: the collaboration network and its metrics.

The fixture is a tiny news graph written by hand in kg's schema.org terms:

    Summit (event)    attendees Ada, Ben, Cleo, Acme, Globex, France; located in Paris
    Workshop (event)  attendees Cleo, Dev; a sub-event of Summit
    Acme (org)        Ada and Ben are affiliated
    Globex (org)      Dev is affiliated; its parent organisation is Acme
    Eve               a person mentioned in an article and nothing else
"""
from __future__ import annotations

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SDO, XSD

from kg.errors import KGError
from kg.network import (
    bridges,
    brokers,
    collaboration,
    components,
    country_network,
    ego,
    find,
    from_rdf,
    metrics,
    organization_network,
    path_steps,
    project,
    shortest_path,
    summary,
    top,
)
from kg.network.export import write_gexf, write_graphml

BASE = "https://kg.example.org/"


def node(key: str) -> URIRef:
    return URIRef(BASE + key)


@pytest.fixture
def news() -> Graph:
    g = Graph()

    def entity(key, kind, name, *aliases):
        g.add((node(key), RDF.type, kind))
        g.add((node(key), SDO.name, Literal(name)))
        for alias in aliases:
            g.add((node(key), SDO.alternateName, Literal(alias)))

    for key, name in [("ada", "Ada"), ("ben", "Ben"), ("cleo", "Cleo"), ("dev", "Dev"), ("eve", "Eve")]:
        entity("person/" + key, SDO.Person, name)
    g.add((node("person/ada"), SDO.alternateName, Literal("A. Lovelace")))
    entity("event/summit", SDO.Event, "Summit")
    entity("event/workshop", SDO.Event, "Workshop")
    entity("organization/acme", SDO.Organization, "Acme", "Acme Corp")
    entity("organization/globex", SDO.Organization, "Globex")
    entity("place/france", SDO.Place, "France")
    entity("place/paris", SDO.Place, "Paris")

    facts = [
        ("person/ada", SDO.affiliation, "organization/acme"),
        ("person/ben", SDO.affiliation, "organization/acme"),
        ("person/dev", SDO.affiliation, "organization/globex"),
        ("organization/globex", SDO.parentOrganization, "organization/acme"),
        ("event/workshop", SDO.superEvent, "event/summit"),
        ("event/summit", SDO.location, "place/paris"),
    ]
    facts += [("event/summit", SDO.attendee, x) for x in (
        "person/ada", "person/ben", "person/cleo",
        "organization/acme", "organization/globex", "place/france",
    )]
    facts += [("event/workshop", SDO.attendee, x) for x in ("person/cleo", "person/dev")]
    for s, p, o in facts:
        g.add((node(s), p, node(o)))
    g.add((node("person/ada"), SDO.jobTitle, Literal("engineer")))
    g.add((node("event/summit"), SDO.startDate, Literal("2024-05-02", datatype=XSD.date)))
    article = node("article/a1")
    g.add((article, RDF.type, SDO.NewsArticle))
    for key in ("person/ada", "person/eve", "event/summit"):
        g.add((article, SDO.mentions, node(key)))
    return g


def labelled_edges(G: nx.Graph) -> set[tuple[frozenset, str]]:
    return {
        (frozenset((G.nodes[u]["label"], G.nodes[v]["label"])), d["relation"])
        for u, v, d in G.edges(data=True)
    }


def edge(G: nx.Graph, a: str, b: str) -> dict:
    by_label = {d["label"]: n for n, d in G.nodes(data=True)}
    return G.edges[by_label[a], by_label[b]]


# from_rdf


def test_from_rdf_has_people_events_organizations_and_participating_places(news):
    G = from_rdf(news)
    assert dict(G.nodes(data="kind")) == {
        BASE + "person/ada": "Person",
        BASE + "person/ben": "Person",
        BASE + "person/cleo": "Person",
        BASE + "person/dev": "Person",
        BASE + "person/eve": "Person",
        BASE + "event/summit": "Event",
        BASE + "event/workshop": "Event",
        BASE + "organization/acme": "Organization",
        BASE + "organization/globex": "Organization",
        BASE + "place/france": "Place",
    }


def test_from_rdf_labels_nodes_with_their_schema_name(news):
    G = from_rdf(news)
    assert G.nodes[BASE + "person/ada"]["label"] == "Ada"
    assert G.nodes[BASE + "organization/acme"]["label"] == "Acme"


def test_from_rdf_leaves_out_articles_literals_and_places_that_only_locate_events(news):
    G = from_rdf(news)
    assert BASE + "article/a1" not in G
    assert BASE + "place/paris" not in G
    assert all(isinstance(n, str) and n.startswith(BASE) for n in G)


def test_from_rdf_has_one_edge_per_fact_with_its_relation(news):
    G = from_rdf(news)
    pair = lambda a, b: frozenset((a, b))  # noqa: E731
    assert labelled_edges(G) == {
        (pair("Summit", "Ada"), "participant"),
        (pair("Summit", "Ben"), "participant"),
        (pair("Summit", "Cleo"), "participant"),
        (pair("Summit", "Acme"), "participant"),
        (pair("Summit", "Globex"), "participant"),
        (pair("Summit", "France"), "participant"),
        (pair("Workshop", "Cleo"), "participant"),
        (pair("Workshop", "Dev"), "participant"),
        (pair("Workshop", "Summit"), "superEvent"),
        (pair("Ada", "Acme"), "affiliation"),
        (pair("Ben", "Acme"), "affiliation"),
        (pair("Dev", "Globex"), "affiliation"),
        (pair("Globex", "Acme"), "parentOrganization"),
    }
    assert {w for *_, w in G.edges(data="weight")} == {1}


def test_from_rdf_keeps_people_without_facts_as_isolated_nodes(news):
    G = from_rdf(news)
    assert G.degree(BASE + "person/eve") == 0


def test_from_rdf_gives_an_entity_with_several_classes_one_kind():
    g = Graph()
    g.add((node("x"), RDF.type, SDO.Place))
    g.add((node("x"), RDF.type, SDO.Organization))
    g.add((node("x"), SDO.name, Literal("Kesselburg")))
    assert from_rdf(g).nodes[BASE + "x"]["kind"] == "Organization"


def test_from_rdf_of_an_empty_graph_is_empty():
    assert from_rdf(Graph()).number_of_nodes() == 0


# collaboration


def test_collaboration_links_people_who_share_events_or_organizations(news):
    C = collaboration(news)
    assert {d["kind"] for _, d in C.nodes(data=True)} == {"Person"}
    pairs = {frozenset((C.nodes[u]["label"], C.nodes[v]["label"])) for u, v in C.edges()}
    assert pairs == {
        frozenset(("Ada", "Ben")),
        frozenset(("Ada", "Cleo")),
        frozenset(("Ben", "Cleo")),
        frozenset(("Cleo", "Dev")),
    }


def test_collaboration_weights_follow_newman(news):
    C = collaboration(news)
    # Summit has 3 people: each pair gets 1/(3-1); Acme has 2: its pair gets 1/(2-1).
    assert edge(C, "Ada", "Ben")["weight"] == pytest.approx(0.5 + 1.0)
    assert edge(C, "Ada", "Cleo")["weight"] == pytest.approx(0.5)
    assert edge(C, "Ben", "Cleo")["weight"] == pytest.approx(0.5)
    # Workshop has 2 people.
    assert edge(C, "Cleo", "Dev")["weight"] == pytest.approx(1.0)


def test_collaboration_edges_name_the_events_and_organizations_behind_them(news):
    C = collaboration(news)
    assert edge(C, "Ada", "Ben")["events"] == ["Summit"]
    assert edge(C, "Ada", "Ben")["organizations"] == ["Acme"]
    assert edge(C, "Cleo", "Dev")["events"] == ["Workshop"]
    assert edge(C, "Cleo", "Dev")["organizations"] == []


def test_collaboration_does_not_follow_sub_events_or_parent_organizations(news):
    C = collaboration(news)
    by_label = {d["label"]: n for n, d in C.nodes(data=True)}
    assert not C.has_edge(by_label["Dev"], by_label["Ada"])  # Workshop < Summit, Globex < Acme


def test_collaboration_keeps_isolated_people(news):
    C = collaboration(news)
    assert C.degree(BASE + "person/eve") == 0


def test_collaboration_accepts_the_rdf_graph_or_its_network(news):
    a, b = collaboration(news), collaboration(from_rdf(news))
    assert nx.utils.graphs_equal(a, b)


def test_organization_network_links_organizations_at_the_same_event(news):
    O = organization_network(news)
    assert sorted(d["label"] for _, d in O.nodes(data=True)) == ["Acme", "Globex"]
    assert edge(O, "Acme", "Globex") == {
        "weight": 1, "people": [], "events": ["Summit"],
        "shared_people": 0, "shared_events": 1, "shared_articles": 0,
    }


def test_collaboration_counts_shared_events_organizations_and_articles(news):
    for key in ("ada", "ben"):
        news.add((node("article/a2"), SDO.mentions, node("person/" + key)))
    news.add((node("article/a2"), RDF.type, SDO.NewsArticle))
    C = collaboration(news)
    assert {k: edge(C, "Ada", "Ben")[k] for k in ("shared_events", "shared_organizations", "shared_articles")} == {
        "shared_events": 1, "shared_organizations": 1, "shared_articles": 1,
    }
    assert edge(C, "Cleo", "Dev")["shared_articles"] == 0


def test_nodes_know_the_articles_that_mention_them(news):
    G = from_rdf(news)
    assert G.nodes[BASE + "person/ada"]["articles"] == [BASE + "article/a1"]
    assert G.nodes[BASE + "person/ben"]["articles"] == []


PLACES = """
@prefix s: <https://schema.org/> .
@prefix : <https://kg.example.org/> .
:summit a s:Event ; s:name "Summit" ; s:location :paris ; s:attendee :ada, :acme .
:panel a s:Event ; s:name "Panel" ; s:superEvent :summit ; s:attendee :cleo .
:talks a s:Event ; s:name "Talks" ; s:location :kyoto ; s:attendee :ada, :cleo .
:fair a s:Event ; s:name "Fair" ; s:location :lyon ; s:attendee :ben .
:ada a s:Person ; s:name "Ada" ; s:affiliation :acme .
:ben a s:Person ; s:name "Ben" ; s:affiliation :initech .
:cleo a s:Person ; s:name "Cleo" .
:acme a s:Organization ; s:name "Acme" ; s:address [ s:addressCountry :italy ] .
:initech a s:Organization ; s:name "Initech" ; s:address [ s:addressCountry "Spain" ] .
:paris a s:Place ; s:name "Paris" ; s:containedInPlace :france .
:lyon a s:Place ; s:name "Lyon" ; s:containedInPlace :france .
:france a s:Place ; s:name "France" ; s:containedInPlace :europe .
:europe a s:Place ; s:name "Europe" .
:kyoto a s:Place ; s:name "Kyoto" .
:italy a s:Place ; s:name "Italy" .
"""


def test_country_network_links_places_through_people_and_organizations():
    P = country_network(Graph().parse(data=PLACES, format="turtle"))
    # Paris and Lyon roll up to Europe (France is inside it); the Panel is in Paris through its super-event.
    assert sorted(P.nodes[n]["label"] for n in P) == ["Europe", "Italy", "Kyoto", "Spain"]
    assert {d["kind"] for _, d in P.nodes(data=True)} == {"Place"}
    pairs = {frozenset((P.nodes[u]["label"], P.nodes[v]["label"])): d for u, v, d in P.edges(data=True)}
    assert set(pairs) == {
        frozenset(("Europe", "Kyoto")),  # Ada and Cleo at the Summit (or its Panel) and the Talks
        frozenset(("Europe", "Italy")),  # Ada at the Summit, working for Acme in Italy; Acme itself
        frozenset(("Italy", "Kyoto")),  # Ada at the Talks; Acme through Ada
        frozenset(("Europe", "Spain")),  # Ben at the Fair, working for Initech in Spain; Initech itself
    }
    assert pairs[frozenset(("Europe", "Kyoto"))]["people"] == ["Ada", "Cleo"]
    assert pairs[frozenset(("Europe", "Kyoto"))]["organizations"] == ["Acme"]
    assert pairs[frozenset(("Europe", "Kyoto"))]["weight"] == 3
    assert pairs[frozenset(("Europe", "Italy"))]["people"] == ["Ada"]
    assert pairs[frozenset(("Europe", "Spain"))]["organizations"] == ["Initech"]


def test_country_network_needs_the_rdf_graph(news):
    with pytest.raises(TypeError):
        country_network(from_rdf(news))


def test_project_names_each_projection(news):
    assert {d["kind"] for _, d in project(news, "person").nodes(data=True)} == {"Person"}
    assert {d["kind"] for _, d in project(news, "organization").nodes(data=True)} == {"Organization"}
    assert set(project(news, "country")) == {BASE + "place/paris"}
    assert nx.utils.graphs_equal(project(news), from_rdf(news))
    with pytest.raises(ValueError, match="person, organization, country"):
        project(news, "planet")


# metrics


@pytest.fixture
def path() -> nx.Graph:
    """a - b - c, with labels and a heavier first edge."""
    G = nx.Graph()
    for n in "abc":
        G.add_node(n, label=n.upper(), kind="Person")
    G.add_edge("a", "b", weight=2.0)
    G.add_edge("b", "c", weight=1.0)
    return G


def test_metrics_of_a_path_match_hand_values(path):
    rows = {r["id"]: r for r in metrics(path)}
    assert [rows[n]["degree"] for n in "abc"] == [1, 2, 1]
    assert [rows[n]["weighted_degree"] for n in "abc"] == [2.0, 3.0, 1.0]
    # b lies on the only path between a and c: the one pair of others, normalised to 1.
    assert [rows[n]["betweenness"] for n in "abc"] == [0.0, 1.0, 0.0]
    assert sum(r["pagerank"] for r in rows.values()) == pytest.approx(1.0)
    assert rows["b"]["pagerank"] == max(r["pagerank"] for r in rows.values())
    assert {r["component"] for r in rows.values()} == {0}
    assert rows["a"]["label"] == "A" and rows["a"]["kind"] == "Person"


def test_pagerank_of_an_unweighted_path_matches_hand_values():
    # a = 0.05 + 0.85 b / 2 and b = 0.05 + 0.85 (a + c), with a = c.
    rows = {r["id"]: r for r in metrics(nx.path_graph(3))}
    assert rows[0]["pagerank"] == pytest.approx(0.07125 / 0.2775, abs=1e-6)
    assert rows[1]["pagerank"] == pytest.approx(1 - 2 * 0.07125 / 0.2775, abs=1e-6)


def test_metrics_rows_are_sorted_by_weighted_degree_then_label(path):
    path.add_node("z", label="Z")
    path.add_node("d", label="D")
    assert [r["label"] for r in metrics(path)] == ["B", "A", "C", "D", "Z"]


def test_betweenness_treats_heavy_edges_as_short():
    G = nx.Graph()
    G.add_edge("a", "b", weight=1.0)
    G.add_edge("b", "c", weight=1.0)
    G.add_edge("a", "c", weight=0.1)  # a weak tie: distance 10, longer than a-b-c
    rows = {r["id"]: r for r in metrics(G)}
    assert rows["b"]["betweenness"] == 1.0


def two_triangles() -> nx.Graph:
    """Triangles a-b-c and d-e-f joined by c-d, plus a lone node g."""
    G = nx.Graph([("a", "b"), ("b", "c"), ("c", "a"), ("d", "e"), ("e", "f"), ("f", "d"), ("c", "d")])
    G.add_node("g")
    return G


def test_metrics_find_communities_and_components():
    rows = {r["id"]: r for r in metrics(two_triangles())}
    community = lambda nodes: {rows[n]["community"] for n in nodes}  # noqa: E731
    assert len(community("abc")) == 1 and len(community("def")) == 1
    assert community("abc") != community("def")
    assert {rows[n]["component"] for n in "abcdef"} == {0}
    assert rows["g"]["component"] == 1


def test_brokers_and_bridges_find_the_link_between_groups():
    G = two_triangles()
    assert [r["id"] for r in brokers(G, 2)] == ["c", "d"]
    assert bridges(G) == [("c", "d")]


def test_top_ranks_by_the_chosen_metric():
    G = nx.star_graph(3)
    assert [r["id"] for r in top(G, n=1, by="degree")] == [0]
    with pytest.raises(ValueError):
        top(G, by="label")


def test_metrics_of_a_star_match_hand_values():
    # the hub lies on every path between the 3 leaves: 3 pairs of 3 possible
    rows = {r["id"]: r for r in metrics(nx.star_graph(3))}
    assert rows[0]["betweenness"] == 1.0 and rows[1]["betweenness"] == 0.0
    # hub = 0.0375 + 0.85 * 3 leaf and leaf = 0.0375 + 0.85 * hub / 3
    leaf = 0.0375 * (1 + 0.85 / 3) / (1 - 0.85**2)
    assert rows[1]["pagerank"] == pytest.approx(leaf, abs=1e-6)
    assert rows[0]["pagerank"] == pytest.approx(1 - 3 * leaf, abs=1e-6)


def test_summary_and_components_count_the_groups():
    G = two_triangles()
    assert summary(G) == {"nodes": 7, "edges": 7, "isolated": 1, "components": 2,
                          "largest_component": 6, "density": round(7 / 21, 4)}
    assert components(G) == [["a", "b", "c", "d", "e", "f"]]
    assert components(G, min_size=1)[-1] == ["g"]
    assert summary(nx.Graph())["nodes"] == 0


def test_metrics_of_an_empty_graph_are_empty():
    assert metrics(nx.Graph()) == []


# ego and paths


def test_ego_is_a_node_and_its_neighbours_by_id_or_label(news):
    C = collaboration(news)
    assert {C.nodes[n]["label"] for n in ego(C, "Cleo")} == {"Ada", "Ben", "Cleo", "Dev"}
    assert {C.nodes[n]["label"] for n in ego(C, BASE + "person/dev")} == {"Cleo", "Dev"}
    assert {C.nodes[n]["label"] for n in ego(C, "Dev", radius=2)} == {"Ada", "Ben", "Cleo", "Dev"}


def test_shortest_path_gives_labels_between_ids_or_labels(news):
    C = collaboration(news)
    assert shortest_path(C, "Ada", "Dev") == ["Ada", "Cleo", "Dev"]
    assert shortest_path(C, BASE + "person/ada", "Dev") == ["Ada", "Cleo", "Dev"]


def test_shortest_path_between_unconnected_people_is_empty(news):
    assert shortest_path(collaboration(news), "Ada", "Eve") == []


def test_weighted_shortest_path_prefers_strong_ties():
    G = nx.Graph()
    G.add_edge("a", "c", weight=0.1)
    G.add_edge("a", "b", weight=1.0)
    G.add_edge("b", "c", weight=1.0)
    assert shortest_path(G, "a", "c") == ["a", "c"]
    assert shortest_path(G, "a", "c", weighted=True) == ["a", "b", "c"]


def test_unknown_or_ambiguous_nodes_are_kg_errors_with_a_hint():
    G = nx.Graph([("x", "y")])
    nx.set_node_attributes(G, "Same", "label")
    with pytest.raises(KGError, match="no node named 'Nobody'"):
        ego(G, "Nobody")
    with pytest.raises(KGError, match="did you mean 'Same'"):
        ego(G, "Sane")
    with pytest.raises(KGError, match="names 2 nodes"):
        shortest_path(G, "Same", "y")


def test_names_match_ignoring_case_but_exact_case_wins(news):
    C = collaboration(news)
    assert find(C, "cLEO") == BASE + "person/cleo"
    G = nx.Graph()
    G.add_node(1, label="ada")
    G.add_node(2, label="Ada")
    assert find(G, "Ada") == 2
    with pytest.raises(KGError, match="names 2 nodes"):
        find(G, "ADA")


def test_path_steps_say_what_links_each_pair(news):
    assert path_steps(collaboration(news), "ada", "dev") == [
        ("Ada", "Cleo", "events: Summit"),
        ("Cleo", "Dev", "events: Workshop"),
    ]
    assert path_steps(from_rdf(news), "Dev", "Globex") == [("Dev", "Globex", "affiliation")]


# export


def test_graphml_round_trip_keeps_labels_kinds_metrics_and_explanations(news, tmp_path):
    C = collaboration(news)
    path = tmp_path / "collab.graphml"
    write_graphml(C, path)
    back = nx.read_graphml(path)
    expected = {r["id"]: r for r in metrics(C)}
    assert set(back) == set(C)
    for n, data in back.nodes(data=True):
        assert data["label"] == C.nodes[n]["label"]
        assert data["kind"] == "Person"
        assert data["community"] == expected[n]["community"]
        assert isinstance(data["community"], int)
        assert data["degree"] == expected[n]["degree"]
        assert data["pagerank"] == pytest.approx(expected[n]["pagerank"])
    ada, ben = BASE + "person/ada", BASE + "person/ben"
    assert back.edges[ada, ben]["events"] == "Summit"
    assert back.edges[ada, ben]["organizations"] == "Acme"
    assert back.edges[ada, ben]["weight"] == pytest.approx(1.5)


def test_graphml_joins_list_attributes_with_semicolons(tmp_path):
    G = nx.Graph()
    G.add_edge("a", "b", weight=1, events=["E1", "E2"])
    write_graphml(G, tmp_path / "g.graphml")
    assert nx.read_graphml(tmp_path / "g.graphml").edges["a", "b"]["events"] == "E1; E2"


def test_graphml_of_the_full_network_writes(news, tmp_path):
    write_graphml(from_rdf(news), tmp_path / "full.graphml")
    back = nx.read_graphml(tmp_path / "full.graphml")
    assert back.nodes[BASE + "place/france"]["kind"] == "Place"
    assert back.edges[BASE + "event/workshop", BASE + "event/summit"]["relation"] == "superEvent"


def test_gexf_round_trip_keeps_labels_kinds_and_community(news, tmp_path):
    C = collaboration(news)
    write_gexf(C, tmp_path / "collab.gexf")
    back = nx.read_gexf(tmp_path / "collab.gexf")
    assert back.nodes[BASE + "person/ada"]["label"] == "Ada"
    assert back.nodes[BASE + "person/ada"]["kind"] == "Person"
    assert "community" in back.nodes[BASE + "person/ada"]


def test_exports_hold_no_lists_or_none(news, tmp_path):
    G = from_rdf(news)
    G.nodes[BASE + "person/ada"]["note"] = None
    write_graphml(G, tmp_path / "g.graphml")
    write_gexf(G, tmp_path / "g.gexf")
    for back in (nx.read_graphml(tmp_path / "g.graphml"), nx.read_gexf(tmp_path / "g.gexf")):
        ada = back.nodes[BASE + "person/ada"]
        assert "note" not in ada
        assert ada["articles"] == BASE + "article/a1"
        assert {"kind", "label", "degree", "weighted_degree", "betweenness", "pagerank", "community"} <= set(ada)
        for _, data in back.nodes(data=True):
            assert all(isinstance(v, (str, int, float, bool)) for v in data.values())


# the example articles, end to end


def test_the_example_articles_give_the_expected_network(examples_build):
    from kg.query import load_graph

    g = load_graph([examples_build[0]])
    G = from_rdf(g)
    kinds = {d["label"]: d["kind"] for _, d in G.nodes(data=True)}
    for person in ("Maria Okafor", "Jonas Berg", "Helen Carter", "Samuel Otieno", "Ana Costa", "Sofia Lindqvist"):
        assert kinds[person] == "Person"
    for org in ("University of Toronto", "Nordic Policy Institute", "University of Nairobi"):
        assert kinds[org] == "Organization"
    assert kinds["EU-Japan Trade Talks"] == "Event"
    assert edge(G, "Jonas Berg", "Nordic Policy Institute")["relation"] == "affiliation"
    assert edge(G, "EU-Japan Trade Talks", "Ana Costa")["relation"] == "participant"

    C = collaboration(g)
    assert edge(C, "Helen Carter", "Maria Okafor")["organizations"] == ["University of Toronto"]
    assert edge(C, "Amara Nwosu", "Samuel Otieno")["organizations"] == ["University of Nairobi"]
    talks = edge(C, "Ana Costa", "Sofia Lindqvist")
    assert talks["events"] == ["EU-Japan Trade Talks"] and talks["shared_articles"] == 1
    talks_id = next(n for n, label in G.nodes(data="label") if label == "EU-Japan Trade Talks")
    people = [n for n in G[talks_id] if G.nodes[n]["kind"] == "Person"]  # three or more, as the extractor reads it
    assert len(people) >= 3 and talks["weight"] == pytest.approx(1 / (len(people) - 1))
    path = shortest_path(C, "maria okafor", "samuel otieno")
    assert len(path) >= 2 and path[0] == "Maria Okafor" and path[-1] == "Samuel Otieno"

    # Helen Carter of Toronto at the Toronto forum, Maria Okafor of Toronto at the Geneva summit's panel
    P = country_network(g)
    assert {"Geneva", "Nairobi", "Toronto"} <= {d["label"] for _, d in P.nodes(data=True)}
    assert "University of Toronto" in edge(P, "Geneva", "Toronto")["organizations"]
    assert "University of Nairobi" in edge(P, "Nairobi", "Toronto")["organizations"]


def test_every_pair_at_an_event_collaborates_in_the_examples(examples_build):
    """Checked against the RDF itself, so it holds whatever the extractor finds."""
    from kg.query import load_graph

    g = load_graph([examples_build[0]])
    C = collaboration(g)
    pairs = g.query("""
        PREFIX schema: <https://schema.org/>
        SELECT ?a ?b ?name WHERE {
          ?e a schema:Event ; schema:name ?name ; schema:attendee ?a, ?b .
          ?a a schema:Person . ?b a schema:Person . FILTER(STR(?a) < STR(?b))
        }""")
    assert len(pairs) >= 3
    for a, b, name in pairs:
        assert str(name) in C.edges[str(a), str(b)]["events"]
