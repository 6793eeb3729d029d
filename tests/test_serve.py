"""serve: a real SPARQL endpoint on 127.0.0.1, queried with SPARQLWrapper; it answers, and it refuses."""
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, URLENCODED, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.errors import GraphError, KGError
from kg.query import format_result, named_queries, run
from kg.serve import make_server
from kg.store import OxigraphStore

from .conftest import EXAMPLES

NAMES = "SELECT ?name WHERE { ?p a <https://schema.org/Person> ; <https://schema.org/name> ?name } ORDER BY ?name"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _serve(paths, **options):
    server = make_server(paths, host="127.0.0.1", port=0, workers=1, **options)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def endpoint(examples_build):
    out, _ = examples_build
    server = _serve([out], timeout=10, max_rows=1000)
    yield server.url
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def strict_endpoint(examples_build):
    """A tiny timeout and row cap."""
    out, _ = examples_build
    server = _serve([out], timeout=0.5, max_rows=5)
    yield server.url
    server.shutdown()
    server.server_close()


def _client(url, query, fmt=JSON):
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    return client


def _endpoint_of(proc) -> str:
    """The SPARQL endpoint's URL that `kg serve` prints (after the workbench's)."""
    lines = [proc.stdout.readline() for _ in range(3)]
    assert lines[0].startswith("serving ") and "workbench:" in lines[1], lines
    return lines[2].split()[-1]


def _status(url, data=None, headers=None):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers or {}), timeout=30) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_get_select_as_sparql_json(endpoint):
    result = _client(endpoint, NAMES).queryAndConvert()
    names = [b["name"]["value"] for b in result["results"]["bindings"]]
    assert "Sofia Lindqvist" in names and names == sorted(names)


@pytest.mark.parametrize("method", [POSTDIRECTLY, URLENCODED])
def test_post_as_sparql_query_body_and_as_form(endpoint, method):
    client = _client(endpoint, NAMES)
    client.setMethod(POST)
    client.setRequestMethod(method)
    assert "Sofia Lindqvist" in {b["name"]["value"] for b in client.queryAndConvert()["results"]["bindings"]}


@pytest.mark.parametrize("fmt, marker", [(XML, "<sparql"), (CSV, "name\r\n"), (TSV, "?name\n")])
def test_results_in_the_format_asked_for(endpoint, fmt, marker):
    body = _client(endpoint, NAMES, fmt).query().response.read().decode()
    assert marker in body and "Sofia Lindqvist" in body


def test_construct_comes_as_turtle(endpoint):
    query = "CONSTRUCT WHERE { ?p a <https://schema.org/Person> } LIMIT 3"
    body = _client(endpoint, query, TURTLE).query().response.read().decode()
    assert "<https://schema.org/Person>" in body


def test_named_graphs_of_a_trig_build_are_queried_as_one(tmp_path, examples_build):
    from rdflib import Graph

    from kg.formats import write

    out, _ = examples_build
    write(Graph().parse(out / "graph.ttl"), Graph().parse(out / "provenance.ttl"), tmp_path, "trig")
    server = _serve([tmp_path / "graph.trig"])
    try:
        query = ("SELECT ?org WHERE { ?p <https://schema.org/name> 'Sofia Lindqvist' ; "
                 "<https://schema.org/affiliation>/<https://schema.org/name> ?org }")
        result = _client(server.url, query).queryAndConvert()
        assert [b["org"]["value"] for b in result["results"]["bindings"]] == ["World Trade Organization"]
        graphs = _client(server.url, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").queryAndConvert()
        assert "https://kg.example.org/graph/provenance" in {b["g"]["value"] for b in graphs["results"]["bindings"]}
    finally:
        server.shutdown()
        server.server_close()


def test_updates_are_refused(endpoint):
    client = _client(endpoint, "INSERT DATA { <https://x.example/a> <https://x.example/b> 'c' }")
    client.setMethod(POST)  # SPARQLWrapper sends it as update=...
    with pytest.raises(urllib.error.HTTPError) as err:
        client.query()
    assert err.value.code == 403
    base = endpoint.rsplit("/", 1)[0]
    assert _status(base + "/update", b"update=CLEAR+ALL", {"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert _status(endpoint, b"CLEAR ALL", {"Content-Type": "application/sparql-update"})[0] == 403
    assert _status(endpoint + "?" + urlencode({"query": "DROP ALL"}))[0] == 403
    assert "Sofia Lindqvist" in _status(endpoint + "?" + urlencode({"query": NAMES}))[1]  # still all there


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_write_methods_are_refused(endpoint, method):
    request = urllib.request.Request(endpoint, data=b"<a> <b> <c> .", method=method, headers={"Content-Type": "text/turtle"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=30)
    assert err.value.code == 403


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { service <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
    "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }",
    "PREFIX f: <file:///etc/> SELECT * WHERE { f:passwd ?p ?o }",
    "SELECT * FROM NAMED <urn:local> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "LOAD <http://127.0.0.1:1/data.ttl>",
])
def test_no_reach_beyond_the_graph(endpoint, query):
    status, body = _status(endpoint + "?" + urlencode({"query": query}))
    assert status == 403, body


def test_words_in_strings_are_not_keywords(endpoint):
    query = "SELECT ?x WHERE { BIND('SERVICE and LOAD' AS ?x) }"
    assert _client(endpoint, query).queryAndConvert()["results"]["bindings"][0]["x"]["value"] == "SERVICE and LOAD"


def test_malformed_query_is_400_with_the_parser_message(endpoint):
    with pytest.raises(QueryBadFormed) as err:
        _client(endpoint, "SELECT ?x WHERE { ?x").query()
    assert "malformed query: error at 1:" in str(err.value)


def test_a_slow_query_is_stopped_and_the_endpoint_keeps_answering(strict_endpoint):
    with pytest.raises(urllib.error.HTTPError) as err:
        _client(strict_endpoint, SLOW).query()
    assert err.value.code == 503 and b"timed out" in err.value.read()
    assert _client(strict_endpoint, "ASK { ?s ?p ?o }").queryAndConvert()["boolean"] is True


def test_results_over_the_row_cap_are_refused(strict_endpoint):
    with pytest.raises(urllib.error.HTTPError) as err:
        _client(strict_endpoint, NAMES).query()
    assert err.value.code == 413 and b"more than 5" in err.value.read()
    limited = _client(strict_endpoint, NAMES + " LIMIT 5").queryAndConvert()
    assert len(limited["results"]["bindings"]) == 5
    with pytest.raises(urllib.error.HTTPError) as err:
        _client(strict_endpoint, "CONSTRUCT WHERE { ?s ?p ?o }", TURTLE).query()
    assert err.value.code == 413 and b"more than 5 result triples" in err.value.read()


def test_line_breaks_in_a_value_are_not_rows(strict_endpoint):
    """The row cap counts TSV lines, where a literal's line breaks are escaped."""
    value = 'seven\nlines,\t"quoted"\r\nand\n\n\n\\'
    query = "SELECT ?x WHERE { VALUES ?x { %s } }" % json.dumps(value)
    for fmt in (JSON, XML, CSV, TSV):
        assert _client(strict_endpoint, query, fmt).query().response.status == 200
    assert _client(strict_endpoint, query).queryAndConvert()["results"]["bindings"] == [{"x": {"type": "literal", "value": value}}]


def test_missing_query_unknown_path_and_unacceptable_format(endpoint):
    assert _status(endpoint)[0] == 400
    assert _status(endpoint.rsplit("/", 1)[0] + "/admin?query=ASK{}")[0] == 404
    assert _status(endpoint + "?" + urlencode({"query": NAMES}), headers={"Accept": "image/png"})[0] == 406


def test_only_loopback_unless_allowed(examples_build):
    out, _ = examples_build
    with pytest.raises(KGError, match="allow-remote"):
        make_server([out], host="0.0.0.0", port=0)


def test_cli_serves_until_stopped_and_refuses_remote_hosts(examples_build):
    out, _ = examples_build
    refused = subprocess.run([sys.executable, "-m", "kg.cli", "serve", out, "--host", "0.0.0.0"], capture_output=True, text=True)
    assert refused.returncode == 2 and refused.stderr.startswith("kg: error: refusing to listen on '0.0.0.0'")

    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", out, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        url = _endpoint_of(proc)
        assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql")  # loopback unless told otherwise
        status, body = _status(url + "?" + urlencode({"query": "ASK { ?s ?p ?o }"}),
                               headers={"Accept": "application/sparql-results+json"})
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --- serving an Oxigraph store: a snapshot in memory -----------------------------

@pytest.fixture(scope="module")
def stored_endpoint(tmp_path_factory):
    """The example articles built into an Oxigraph store, and an endpoint answering from a snapshot of it."""
    from kg.build import build

    tmp = tmp_path_factory.mktemp("served-store")
    build([EXAMPLES], tmp / "out", plot=False, store=f"oxigraph:{tmp / 'db'}")
    server = _serve([f"oxigraph:{tmp / 'db'}"], timeout=10, max_rows=1000)
    yield tmp / "db", server
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("name", list(named_queries()))
def test_a_served_store_answers_every_named_query_as_kg_query_does(stored_endpoint, name):
    db, server = stored_endpoint
    with OxigraphStore(db, read_only=True) as store:  # what `kg query oxigraph:DB NAME --format json` prints
        expected = [tuple(row.values()) for row in json.loads(format_result(run(store, name), "json"))]
    result = _client(server.url, named_queries()[name].text).queryAndConvert()
    names = result["head"]["vars"]
    got = [tuple(b[n]["value"] if n in b else "" for n in names) for b in result["results"]["bindings"]]
    assert sorted(got) == sorted(expected)  # rows that tie in the ORDER BY may come in another order
    assert got, f"{name} answers nothing on the examples, so the comparison proves little"


def test_a_served_store_is_read_only_and_capped(stored_endpoint):
    db, server = stored_endpoint
    with OxigraphStore(db, read_only=True) as store:
        assert server.workers.quads == len(store.snapshot())
    assert _status(server.url, b"CLEAR ALL", {"Content-Type": "application/sparql-update"})[0] == 403
    status, body = _status(server.url + "?" + urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}))
    assert status == 413 and "more than 1000 result rows" in body


def test_what_cannot_be_served_is_refused_at_start(tmp_path):
    with pytest.raises(GraphError, match="no such Oxigraph store"):
        make_server([f"oxigraph:{tmp_path / 'missing'}"], port=0, workers=1)
    with pytest.raises(KGError, match="endpoint already"):
        make_server(["sparql:http://127.0.0.1:1"], port=0)


def test_cli_serves_a_store_and_says_how_long_it_took_to_load(stored_endpoint):
    db, _ = stored_endpoint
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", f"oxigraph:{db}", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        loaded = proc.stderr.readline()
        assert loaded.startswith("loaded ") and " quads into memory in " in loaded, loaded
        url = _endpoint_of(proc)
        result = _client(url, NAMES).queryAndConvert()
        assert "Sofia Lindqvist" in [b["name"]["value"] for b in result["results"]["bindings"]]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --- kg query sparql:URL/sparql: kg's own client asks the endpoint -----------------

#: a value for each parameter of the named queries (test_every_parameter_is_tried_on_the_endpoint checks)
QUERY_PARAMS = {
    "affiliations": {"person": "Sofia Lindqvist"},
    "co_attendees": {"person": "Sofia Lindqvist"},
    "event_participants": {"event": "EU-Japan Trade Talks", "participant": "Jonas Berg"},
    "events": {"event": "EU-Japan Trade Talks"},
    "events_by_place_month": {"place": "Nairobi"},
    "evidence": {"subject": "Sofia Lindqvist", "predicate": "https://schema.org/affiliation"},
    "quotes": {"speaker": "Kenji Watanabe"},
}
CASES = [(name, {}) for name in named_queries()] + list(QUERY_PARAMS.items())


@pytest.fixture(scope="module", params=["turtle", "trig"])
def served_build(request, examples_build, tmp_path_factory):
    """The example build (as Turtle, and as TriG: a fact in the graph of each article it was read in),
    served by `kg serve` as a user starts it: (the build's directory, the endpoint's URL)."""
    from rdflib import Graph

    from kg.formats import write

    out, _ = examples_build
    if request.param == "trig":
        trig = tmp_path_factory.mktemp("trig")
        write(Graph().parse(out / "graph.ttl"), Graph().parse(out / "provenance.ttl"), trig, "trig")
        out = trig
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", out, "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        yield out, _endpoint_of(proc)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _kg_query(*args):
    """`kg query ARGS --format json` run in this process: (exit code, rows as sorted tuples, stderr)."""
    from typer.testing import CliRunner

    from kg.cli import app

    done = CliRunner().invoke(app, ["query", *map(str, args), "--format", "json"])
    if done.exit_code:
        return done.exit_code, None, done.output
    # SPARQL leaves the order inside GROUP_CONCAT, and of rows that tie in the ORDER BY, to the engine
    rows = [tuple("; ".join(sorted(v.split("; "))) for v in row.values()) for row in json.loads(done.stdout)]
    return 0, sorted(rows), ""


@pytest.mark.parametrize("name, params", CASES, ids=[f"{n}{'-params' if p else ''}" for n, p in CASES])
def test_kg_query_asks_kg_serve_with_the_rows_of_the_files(served_build, name, params):
    out, url = served_build
    options = [f"--param={k}={v}" for k, v in params.items()]
    local = _kg_query(out, name, *options)
    served = _kg_query(f"sparql:{url}", name, *options)
    assert served == local
    assert local[1], f"{name} answers nothing on the examples, so the comparison proves little"


def test_every_parameter_is_tried_on_the_endpoint():
    import re

    for q in named_queries().values():
        found = re.search(r"\((?:optional )?params?: ([^)]*)\)", q.description)
        declared = {p.strip().split(",")[0].split()[0] for p in found.group(1).split(";")} if found else set()
        assert declared == set(QUERY_PARAMS.get(q.name, {})), q.name


def test_a_query_endpoint_is_read_only_for_kg(endpoint, tmp_path):
    from kg.build import build
    from kg.errors import InputError

    # refused before the language model loads: no article is read
    with pytest.raises(InputError, match="query endpoint, which kg only reads"):
        build([tmp_path / "no-such-articles"], tmp_path / "out", store=f"sparql:{endpoint}")
    code, _, error = _kg_query(f"sparql:{endpoint}", "SELECT ?x WHERE { ?x")
    assert code == 2 and error.startswith("kg: error: the SPARQL server refused the query: malformed query")
