"""kg serve's workbench: its JSON answers, its safety, and the page itself in a real headless chromium."""
from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.request
from urllib.parse import quote, urlencode

import pytest

from kg.serve import make_server
from kg.serve.app import WEB, VENDOR

from .browser import CHROMIUM, Browser

SOFIA = "https://kg.example.org/person/sofia-lindqvist"
EVIL = "https://kg.example.org/person/evil"
PAYLOAD = "<img src=x onerror=\"document.body.dataset.pwned='yes'\"></script><script>document.body.dataset.pwned='yes'</script>"
#: an article whose names, sentence, headline and URL try to run code in the page
EVIL_TTL = f"""
@prefix schema: <https://schema.org/> .
@prefix kg: <https://w3id.org/kg-news/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
<{EVIL}> a schema:Person ; schema:name {json.dumps("Eve " + PAYLOAD)} ; schema:affiliation <https://kg.example.org/organization/evil-corp> .
<https://kg.example.org/organization/evil-corp> a schema:Organization ; schema:name {json.dumps("Evil Corp " + PAYLOAD)} .
<https://kg.example.org/article/evil> a schema:NewsArticle ; schema:headline {json.dumps("<script>document.body.dataset.pwned='yes'</script>")} ;
    schema:url "javascript:document.body.dataset.pwned='yes'" ;
    schema:mentions <{EVIL}>, <https://kg.example.org/organization/evil-corp> .
<https://kg.example.org/evidence/evil> kg:statementSubject <{EVIL}> ; kg:statementPredicate schema:affiliation ;
    kg:statementObject <https://kg.example.org/organization/evil-corp> ; kg:rule "appos" ; kg:confidence 0.9 ;
    kg:sentence {json.dumps("Eve " + PAYLOAD + ", of Evil Corp " + PAYLOAD + ", spoke.")} ;
    prov:wasDerivedFrom <https://kg.example.org/article/evil> .
"""

BIGTOWN = "https://kg.example.org/place/bigtown"
FAIR = "https://kg.example.org/event/bigtown-fair-01"


def _bigtown_ttl() -> str:
    """A place with more of everything than an entity page shows at first: 25 events held there (20 shown),
    55 articles mentioning it (50 shown), and one event with 5 sentences of evidence (3 shown), the last
    of which tries to run code."""
    lines = ["@prefix schema: <https://schema.org/> .", "@prefix kg: <https://w3id.org/kg-news/ontology#> .",
             "@prefix prov: <http://www.w3.org/ns/prov#> .",
             f'<{BIGTOWN}> a schema:Place ; schema:name "Bigtown" .']
    for i in range(1, 26):
        lines.append(f'<https://kg.example.org/event/bigtown-fair-{i:02}> a schema:Event ; '
                     f'schema:name "Bigtown Fair {i:02}" ; schema:location <{BIGTOWN}> .')
    for i in range(1, 56):
        lines.append(f'<https://kg.example.org/article/bigtown-{i:02}> a schema:NewsArticle ; '
                     f'schema:headline "Bigtown news {i:02}" ; schema:datePublished "2024-01-{1 + i % 28:02}" ; '
                     f'schema:mentions <{BIGTOWN}> .')
    for k in range(1, 6):
        words = f"Bigtown Fair 01 opened in Bigtown, day {k}" + (f" {PAYLOAD}" if k == 5 else "") + "."
        lines.append(f"<https://kg.example.org/evidence/bigtown-{k}> kg:statementSubject <{FAIR}> ; "
                     f"kg:statementPredicate schema:location ; kg:statementObject <{BIGTOWN}> ; kg:rule \"loc\" ; "
                     f"kg:confidence {1 - k / 10} ; kg:sentence {json.dumps(words)} ; "
                     f"prov:wasDerivedFrom <https://kg.example.org/article/bigtown-{k:02}> .")
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def server(examples_build, tmp_path_factory):
    out, _ = examples_build
    folder = tmp_path_factory.mktemp("evil")
    evil, bigtown = folder / "evil.ttl", folder / "bigtown.ttl"
    evil.write_text(EVIL_TTL, encoding="utf-8")
    bigtown.write_text(_bigtown_ttl(), encoding="utf-8")
    srv = make_server([out, evil, bigtown], port=0, workers=2, timeout=20, max_rows=1000)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _get(url, data=None, headers=None):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers or {}), timeout=60) as r:
            return r.status, dict(r.headers), r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode()


def _run(server, **body):
    status, _, text = _get(server.base + "api/run", json.dumps(body).encode(), {"Content-Type": "application/json"})
    assert status == 200, text
    return json.loads(text)


def _values(page):
    return [[c["value"] if c else "" for c in row] for row in page["rows"]]


# --- the JSON the views read ---------------------------------------------------------

def test_a_named_query_pages_and_sorts_the_whole_answer(server):
    whole = _run(server, name="affiliations", limit=1000)
    assert whole["total"] == len(whole["rows"]) > 6 and not whole["capped"]
    page = _run(server, name="affiliations", limit=3, offset=2)
    assert _values(page) == _values(whole)[2:5] and page["total"] == whole["total"]
    by_title = _run(server, name="affiliations", limit=1000, sort={"by": "title", "desc": True})
    titles = [r[2] for r in _values(by_title) if r[2]]
    assert titles == sorted(titles, key=str.lower, reverse=True)


def test_parameters_are_bound_and_names_link_to_their_entities(server):
    page = _run(server, name="co_attendees", params={"person": "Sofia Lindqvist"})
    assert {"Ana Costa", "Jonas Berg"} <= {r[1] for r in _values(page)}
    assert page["rows"][0][0]["entity"] == SOFIA  # a name in a cell links to the one entity bearing it
    injected = _run(server, name="co_attendees", params={"person": "x' } ?s ?p ?o { '"})
    assert injected["rows"] == []  # a value is a value, never query text


def test_the_endpoint_and_kg_query_page_as_limit_and_offset(server, examples_build):
    from typer.testing import CliRunner

    from kg.cli import app

    query = f"SELECT ?n WHERE {{ ?p a <https://schema.org/Person> ; <https://schema.org/name> ?n FILTER (?p != <{EVIL}>) }} ORDER BY ?n"
    status, _, body = _get(server.url + "?" + urlencode({"query": query}), headers={"Accept": "text/csv"})
    names = body.splitlines()[1:]
    status, _, body = _get(server.url + "?" + urlencode({"query": query, "limit": 2, "offset": 3}), headers={"Accept": "text/csv"})
    assert status == 200 and body.splitlines()[1:] == names[3:5]
    out, _ = examples_build
    done = CliRunner().invoke(app, ["query", str(out), query, "--format", "csv", "--limit", "2", "--offset", "3"])
    assert done.exit_code == 0 and done.stdout.splitlines()[1:] == names[3:5]


def test_an_export_is_the_whole_answer_as_kg_query_writes_it(server, examples_build):
    from typer.testing import CliRunner

    from kg.cli import app

    form = urlencode({"name": "co_attendees", "param.person": "Sofia Lindqvist", "format": "csv"}).encode()
    status, headers, body = _get(server.base + "api/export", form, {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and headers["content-disposition"] == 'attachment; filename="co_attendees.csv"'
    out, _ = examples_build
    done = CliRunner().invoke(app, ["query", str(out), "co_attendees", "-p", "person=Sofia Lindqvist", "--format", "csv"])
    assert sorted(csv.reader(io.StringIO(body))) == sorted(csv.reader(io.StringIO(done.stdout)))


def test_search_finds_entities_by_any_of_their_names(server):
    status, _, body = _get(server.base + "api/search?q=lindq")
    results = json.loads(body)["results"]
    assert results[0]["iri"] == SOFIA and results[0]["kinds"] == ["Person"]


def test_an_entity_has_its_facts_each_with_its_evidence_and_the_names_marked(server):
    e = json.loads(_get(server.base + "api/entity?iri=" + quote(SOFIA))[2])
    works = next(g for g in e["facts"] if g["label"] == "affiliated with")["facts"][0]
    assert works["name"] == "World Trade Organization"
    ev = works["evidence"][0]
    marked = [ev["sentence"][a:b] for a, b in ev["marks"]]
    assert marked == ["Sofia Lindqvist", "World Trade Organization"] and ev["rule"] and 0 < ev["confidence"] <= 1
    assert ev["article"]["headline"] and ev["article"]["url"].startswith("https://")
    assert all(g["predicate"].startswith("https://schema.org/") for g in e["facts"])  # not its evidence nodes
    assert _get(server.base + "api/entity?iri=" + quote("https://kg.example.org/none"))[0] == 404


def _api(server, path, **params):
    status, _, body = _get(server.base + path + "?" + urlencode(params))
    assert status == 200, body
    return json.loads(body)


def test_an_entity_page_gives_the_first_page_of_each_list_and_the_rest_on_request(server):
    e = _api(server, "api/entity", iri=BIGTOWN)
    here = next(g for g in e["facts"] if g["label"] == "events and bodies here")
    assert here["total"] == 25 and len(here["facts"]) == 20 and here["facts"][0]["iri"] == FAIR  # most evidence first
    rest = _api(server, "api/entity/facts", iri=BIGTOWN, predicate=here["predicate"], direction="in", offset=20)
    assert rest["total"] == 25 and len({f["iri"] for f in here["facts"] + rest["facts"]}) == 25
    fair = here["facts"][0]
    assert fair["evidence_total"] == 5 and [ev["confidence"] for ev in fair["evidence"]] == [0.9, 0.8, 0.7]
    more = _api(server, "api/entity/evidence", iri=BIGTOWN, predicate=here["predicate"], direction="in",
                other=FAIR, offset=3)
    assert [ev["confidence"] for ev in more["evidence"]] == [0.6, 0.5]
    marked = {more["evidence"][0]["sentence"][a:b] for a, b in more["evidence"][0]["marks"]}
    assert marked == {"Bigtown Fair 01", "Bigtown"}
    assert e["articles_total"] == 55 and len(e["articles"]) == 50
    later = _api(server, "api/entity/articles", iri=BIGTOWN, offset=50)["articles"]
    dates = [a["date"] for a in e["articles"] + later]
    assert len({a["iri"] for a in e["articles"] + later}) == 55 and dates == sorted(dates, reverse=True)
    whole = _api(server, "api/entity", iri=BIGTOWN, facts=1000, evidence=1000, articles=1000)
    assert [f["iri"] for f in whole["facts"][0]["facts"]] == [f["iri"] for f in here["facts"] + rest["facts"]]
    assert _get(server.base + "api/entity/facts?" + urlencode({"iri": BIGTOWN, "predicate": "x", "direction": "up"}))[0] == 400
    assert _get(server.base + "api/entity/facts?" + urlencode({"iri": BIGTOWN, "predicate": "x", "direction": "in"}))[0] == 404


def test_the_network_is_cut_to_its_best_linked_nodes_and_grows_around_one(server):
    data = json.loads(_get(server.base + "api/network?top=10")[2])
    assert len(data["nodes"]) <= 10 < data["linked"] and data["columns"][0] == "weighted_degree"
    person = json.loads(_get(server.base + "api/network?projection=person&ego=" + quote(SOFIA))[2])
    assert {"Sofia Lindqvist", "Ana Costa", "Jonas Berg"} <= {n["label"] for n in person["nodes"]}
    more = json.loads(_get(server.base + "api/network/expand?projection=person&node=" + quote(SOFIA))[2])
    assert {"Ana Costa", "Jonas Berg"} <= {n["label"] for n in more["nodes"]} <= {n["label"] for n in person["nodes"]}
    assert "betweenness" in data["columns"] and all("betweenness" in n for n in data["nodes"])


# --- safety ----------------------------------------------------------------------------

def test_other_origins_and_hosts_are_refused_and_pages_may_run_only_their_own_scripts(server):
    status, headers, _ = _get(server.base)
    assert status == 200 and "script-src 'self'" in headers["content-security-policy"]
    assert "connect-src 'self'" in headers["content-security-policy"]
    assert _get(server.base + "api/search?q=a", headers={"Origin": "http://evil.example"})[0] == 403
    assert _get(server.base + "api/search?q=a", headers={"Sec-Fetch-Site": "cross-site"})[0] == 403
    port = server.base.rsplit(":", 1)[1].strip("/")
    assert _get(server.base + "api/search?q=a", headers={"Host": f"evil.example:{port}"})[0] == 403  # DNS rebinding
    own = server.base.rstrip("/")
    assert _get(server.base + "api/search?q=a", headers={"Origin": own})[0] == 200


def test_the_workbench_refuses_what_the_endpoint_refuses(server):
    status, _, body = _get(server.base + "api/run", json.dumps({"query": "SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }"}).encode(),
                           {"Content-Type": "application/json"})
    assert status == 403 and "SERVICE" in body
    assert _get(server.base + "api/run", json.dumps({"query": "DROP ALL"}).encode(), {"Content-Type": "application/json"})[0] == 403


# --- in a browser --------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("no chromium on PATH (Debian: apt-get install chromium); the workbench is not checked in a browser")
    b = Browser.start(1280, 800)
    yield b
    b.close()


def test_the_workbench_opens_on_the_query_editor_without_errors(server, browser):
    browser.goto(server.base)
    browser.wait("document.body.dataset.ready === 'yes'")
    assert browser.js("document.body.dataset.view") == "query"
    if all((WEB / p).is_file() for p in VENDOR.values()):  # built by make install: highlighting and completion
        assert browser.js("!!document.querySelector('#editor-box .CodeMirror')")
    assert browser.errors == []


def test_a_named_query_runs_with_a_parameter_in_the_browser(server, browser):
    browser.goto(server.base + "#/query/co_attendees")
    browser.wait("document.querySelector('[data-param=person]')")
    browser.js("document.querySelector('[data-param=person]').value = 'Sofia Lindqvist'")
    browser.js("document.getElementById('run').click()")
    browser.wait("Number(document.body.dataset.rows) >= 2")
    cells = browser.js("[...document.querySelectorAll('#table tbody td a')].map(a => a.textContent)")
    assert "Jonas Berg" in cells and "Ana Costa" in cells
    assert browser.errors == []


def test_searching_a_name_opens_its_page_with_the_evidence(server, browser):
    browser.goto(server.base + "#/entities")
    browser.wait("document.body.dataset.ready === 'yes'")
    browser.js("document.getElementById('entity-search').focus()")
    browser.type("Lindqv")
    browser.wait("document.querySelector('#suggestions li[data-iri]')")
    box = browser.js("(r => ({x: r.x + 20, y: r.y + r.height / 2}))(document.querySelector('#suggestions li').getBoundingClientRect())")
    browser.click(box["x"], box["y"])
    browser.wait(f"document.body.dataset.entity === {json.dumps(SOFIA)}")
    marks = browser.js("[...document.querySelectorAll('#entity .evidence mark')].map(m => m.textContent)")
    assert "Sofia Lindqvist" in marks and "World Trade Organization" in marks
    assert browser.errors == []


def test_clicking_a_network_node_opens_its_page(server, browser):
    browser.goto(server.base + "#/network")
    browser.wait("document.body.dataset.network", timeout=60)
    at = browser.js(f"window.kgNetworkView.screen({json.dumps(SOFIA)})")
    browser.click(at["x"], at["y"])
    browser.wait(f"document.body.dataset.entity === {json.dumps(SOFIA)}")
    assert browser.errors == []


def test_an_article_with_script_in_it_shows_as_text_and_runs_nothing(server, browser):
    browser.goto(server.base + "#/entity/" + quote(EVIL, safe=""))
    browser.wait(f"document.body.dataset.entity === {json.dumps(EVIL)}")
    browser.goto(server.base + "#/network")  # names drawn on the canvas and in tooltips too
    browser.wait("document.body.dataset.network", timeout=60)
    browser.goto(server.base + "#/entities")
    browser.wait("document.body.dataset.ready === 'yes'")
    browser.js("document.getElementById('entity-search').focus()")
    browser.type("Evil")
    browser.wait("document.querySelector('#suggestions li[data-iri]')")
    browser.js("document.querySelector('#suggestions li[data-iri]').dispatchEvent(new MouseEvent('mousedown'))")
    browser.wait("document.querySelector('#entity .evidence mark')")
    assert PAYLOAD in browser.js("document.getElementById('entity').textContent")  # shown as the text it is
    assert browser.js("document.querySelectorAll('#entity img, #entity script').length") == 0
    assert browser.js("[...document.querySelectorAll('#entity a')].every(a => !a.href.startsWith('javascript:'))")
    assert browser.js("document.body.dataset.pwned") is None


def test_a_long_list_on_an_entity_page_shows_more_on_request_as_text(server, browser):
    browser.goto(server.base + "#/entity/" + quote(BIGTOWN, safe=""))
    browser.wait(f"document.body.dataset.entity === {json.dumps(BIGTOWN)}")
    facts = "document.querySelectorAll('#entity .facts > .fact').length"
    assert browser.js(facts) == 20
    more = "document.querySelector('#entity .facts + button.more')"
    assert "5 not shown" in browser.js(more + ".textContent")
    browser.js(more + ".click()")
    browser.wait(f"{facts} === 25")
    assert browser.js(more + ".hidden")
    sentences = "document.querySelectorAll('#entity .fact:first-child .evidence li').length"
    assert browser.js(sentences) == 3
    browser.js("document.querySelector('#entity .fact:first-child .evidence + button.more').click()")
    browser.wait(f"{sentences} === 5")
    assert PAYLOAD in browser.js("document.querySelector('#entity .fact:first-child').textContent")
    assert browser.js("document.querySelectorAll('#entity img, #entity script').length") == 0
    articles = "document.querySelectorAll('#entity > ul.plain > li').length"  # not the neighbours' lists
    assert browser.js(articles) == 50
    browser.js("document.querySelector('#entity > ul.plain + button.more').click()")
    browser.wait(f"{articles} === 55")
    assert browser.js("document.body.dataset.pwned") is None and browser.errors == []
