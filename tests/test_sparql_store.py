"""The graph in a SPARQL server (``--store sparql:URL``): a real Oxigraph server on loopback.

Each server is ``oxigraph serve`` (the ``oxigraph`` package of the test extra)
on 127.0.0.1 and a free port, started here and stopped after the module.
Builds compare against the in-memory build of the example articles (``examples_build``).
"""
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import rdf
from kg.build import build
from kg.query import load_graph, named_queries, run
from kg.resolve.rewrite import identity_graph
from kg.sparql_store import SparqlStore

from .conftest import EXAMPLES

ARTICLES = sorted(EXAMPLES.glob("*.txt"))
PARAMS = {"co_attendees": {"person": "Sofia Lindqvist"}, "quotes": {"speaker": "Jonas Berg"}}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def start_server(tmp_path_factory):
    """Starts a fresh, empty Oxigraph server and returns its URL; all are stopped after the module."""
    binary = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if binary is None:
        pytest.skip("the Oxigraph server is not installed (pip install oxigraph; it is in kg's test extra)")
    servers = []

    def start() -> str:
        port, location = free_port(), tmp_path_factory.mktemp("oxigraph")
        servers.append(subprocess.Popen([binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).close()
                return url
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"oxigraph serve did not answer at {url}")

    yield start
    for server in servers:
        server.terminate()
        server.wait(timeout=10)


def quads(url: str) -> list[str]:
    """Everything the server holds, as sorted N-Quads lines."""
    request = urllib.request.Request(f"{url}/store", headers={"Accept": "application/n-quads"})
    with urllib.request.urlopen(request) as response:
        return sorted(response.read().decode().splitlines())


def same_graphs(a, b):
    return all(isomorphic(Graph().parse(a / f"{stem}.ttl"), Graph().parse(b / f"{stem}.ttl")) for stem in ("graph", "provenance"))


def rows(graph, name):
    result = run(graph, name, PARAMS.get(name))
    # SPARQL leaves the order inside GROUP_CONCAT to the engine
    return sorted(tuple("; ".join(sorted(str(v).split("; "))) if v is not None else "" for v in row) for row in result)


@pytest.fixture(scope="module")
def loaded(start_server, tmp_path_factory):
    """The examples built into a server in two runs (A, then B) with one article per batch."""
    tmp, url = tmp_path_factory.mktemp("sparql"), start_server()
    first = build(ARTICLES[:2], tmp / "a", plot=False, store=f"sparql:{url}", batch_size=1)
    second = build(ARTICLES[2:], tmp / "ab", plot=False, store=f"sparql:{url}", batch_size=1)
    return tmp, url, first, second


def test_two_runs_into_the_server_export_the_graph_of_one_local_build(loaded, examples_build):
    tmp, _, first, second = loaded
    assert (first.articles, second.articles, second.stored) == (2, 2, 0)
    assert same_graphs(tmp / "ab", examples_build[0])


def test_the_server_holds_a_named_graph_per_article_one_for_the_evidence_and_one_for_identity(loaded):
    _, url, _, _ = loaded
    with SparqlStore(url, read_only=True) as store:
        graphs = {str(r[0]) for r in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
        ids = store.known_articles()
    assert len(ids) == 4
    assert graphs == {str(rdf.article_graph(rdf.iri(rdf.DEFAULT_BASE, f"article/{i}"))) for i in ids} | {
        str(rdf.provenance_graph()), str(identity_graph(rdf.DEFAULT_BASE))}


def test_the_server_answers_every_named_query_like_the_local_graph(loaded, examples_build):
    _, url, _, _ = loaded
    local = load_graph([examples_build[0]])
    with SparqlStore(url, read_only=True) as store:
        for name in named_queries():
            assert rows(store, name) == rows(local, name), name


def test_kg_query_asks_the_server(loaded):
    _, url, _, _ = loaded
    done = subprocess.run([sys.executable, "-m", "kg.cli", "query", f"sparql:{url}", "co_attendees", "-p", "person=Sofia Lindqvist"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Jonas Berg" in done.stdout and "Kenji Watanabe" in done.stdout and "(3 rows)" in done.stdout


def test_building_the_same_articles_again_adds_nothing(loaded, tmp_path):
    tmp, url, _, _ = loaded
    before = quads(url)
    again = build([EXAMPLES], tmp_path, plot=False, store=f"sparql:{url}")
    assert (again.articles, again.stored) == (0, 4)
    assert quads(url) == before
    assert same_graphs(tmp_path, tmp / "ab")


def test_an_interrupted_load_is_resumed_without_duplicates(loaded, start_server, tmp_path, monkeypatch):
    _, done_url, _, _ = loaded
    url, real_send, sent = start_server(), SparqlStore._send, []

    def send(self, method, which, graph):  # the third article's graph and evidence go in, then the server is gone
        sent.append(which)
        if which == "default" and sent.count("default") == 3:
            raise OSError("connection reset")
        return real_send(self, method, which, graph)

    monkeypatch.setattr(SparqlStore, "_send", send)
    with pytest.raises(OSError, match="connection reset"):
        build([EXAMPLES], tmp_path / "out", plot=False, store=f"sparql:{url}", batch_size=1)
    monkeypatch.undo()
    rerun = build([EXAMPLES], tmp_path / "out", plot=False, store=f"sparql:{url}")
    assert (rerun.articles, rerun.stored) == (2, 2)  # the third article was not complete: it is built again
    assert quads(url) == quads(done_url)  # its graph replaced, its evidence not doubled


def test_a_parameter_cannot_change_a_server_query(loaded):
    _, url, _, _ = loaded
    before = quads(url)
    with SparqlStore(url, read_only=True) as store:
        assert not list(run(store, "co_attendees", {"person": 'x" } } ; DROP ALL ; #'}))
        assert len(list(run(store, "affiliations", {"person": "Jonas Berg"}))) == len(
            [r for r in run(store, "affiliations") if str(r[0]) == "Jonas Berg"])
    assert quads(url) == before


def test_a_parameter_binds_a_query_written_without_where_too(loaded, examples_build):
    _, url, _, _ = loaded
    text = "SELECT ?person ?org { ?p <https://schema.org/name> ?person ; <https://schema.org/affiliation>/<https://schema.org/name> ?org }"
    local = load_graph([examples_build[0]])
    with SparqlStore(url, read_only=True) as store:
        answer = sorted(map(tuple, run(store, text, {"person": "Jonas Berg"})))
    assert answer and answer == sorted(map(tuple, run(local, text, {"person": "Jonas Berg"})))


def test_an_unreachable_server_is_one_line_of_error():
    done = subprocess.run([sys.executable, "-m", "kg.cli", "query", f"sparql:http://127.0.0.1:{free_port()}", "affiliations"],
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stderr.startswith("kg: error: sparql:http://127.0.0.1:") and "cannot reach the SPARQL server" in done.stderr
