"""A second SPARQL engine: every named query gives the same rows in pyoxigraph as in rdflib."""
import pytest
from pyoxigraph import Literal as OxLiteral, Variable as OxVariable

from kg.query import load_graph, named_queries, run
from kg.serve import load_store
from kg.vocab import ontology_file

#: parameters, bound the same way in both engines (a parameter is always a projected variable)
PARAMS = {"co_attendees": {"person": "Sofia Lindqvist"}, "quotes": {"speaker": "Jonas Berg"}}
#: SPARQL leaves the order inside GROUP_CONCAT to the engine: compare those columns as sets
CONCATENATED = {"org_connections": {"through"}}


@pytest.fixture(scope="module")
def files(examples_build):
    out, _ = examples_build
    return [out / "graph.ttl", out / "provenance.ttl", ontology_file("kg.ttl")]


def _normal(name, header, row):
    return tuple(
        "; ".join(sorted(v.split("; "))) if h in CONCATENATED.get(name, ()) else v for h, v in zip(header, row)
    )


@pytest.mark.parametrize("name", list(named_queries()))
def test_named_query_gives_the_same_rows_in_oxigraph_and_rdflib(name, files):
    params = PARAMS.get(name, {})
    result = run(load_graph(files), name, params)
    header = [str(v) for v in result.vars]
    expected = sorted(_normal(name, header, ["" if v is None else str(v) for v in row]) for row in result)

    store = load_store(files)
    solutions = store.query(named_queries()[name].text, use_default_graph_as_union=True,
                            substitutions={OxVariable(k): OxLiteral(v) for k, v in params.items()})
    assert [v.value for v in solutions.variables] == header
    got = sorted(_normal(name, header, ["" if s[h] is None else s[h].value for h in header]) for s in solutions)
    assert got == expected
    assert got, f"{name} answers nothing on the examples, so the comparison proves little"
