"""Extraction on a Dask cluster (``--engine dask``): the same graph as the local engine.

One local cluster of two worker processes serves the whole module (starting one
costs seconds); the command-line test starts its own, as ``kg build`` does.
"""
import os
import pickle
import subprocess
import sys

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg import nlp as kg_nlp
from kg.build import build
from kg.errors import InputError
from kg.extract import extract
from kg.ingest import read_articles

from .conftest import EXAMPLES


def same_graphs(a, b):
    return all(isomorphic(Graph().parse(a / f"{stem}.ttl"), Graph().parse(b / f"{stem}.ttl")) for stem in ("graph", "provenance"))


@pytest.fixture(scope="module")
def cluster():
    from kg.dask_engine import local_cluster

    with local_cluster(2) as c:
        yield c.scheduler_address


def test_the_dask_engine_builds_the_graph_of_the_local_engine_and_reports_progress_alike(examples_build, cluster, tmp_path):
    out, local = examples_build
    heard = []
    summary = build([EXAMPLES], tmp_path, plot=False, engine="dask", scheduler=cluster,
                    progress=lambda done, total: heard.append((done, total)))
    assert (summary.articles, summary.facts, summary.entities) == (local.articles, local.facts, local.entities)
    assert same_graphs(tmp_path, out)
    assert heard == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_each_worker_loads_the_model_once_not_once_per_task(cluster, tmp_path):
    from distributed import Client

    for run in ("first", "second"):  # 4 articles in one chunk: each build gives a task to one worker
        build([EXAMPLES], tmp_path / run, plot=False, engine="dask", scheduler=cluster)
    with Client(cluster) as client:
        loads = client.run(lambda: kg_nlp._load.cache_info().misses)
    assert sorted(loads.values()) == [1, 1]  # loaded when the worker joined (kg.dask_engine.LoadModel), then kept


def test_extraction_records_pickle_so_workers_can_send_them_back(nlp):
    for extraction in extract(nlp, read_articles([EXAMPLES])):
        assert pickle.loads(pickle.dumps(extraction)) == extraction


def test_kg_build_starts_a_local_cluster_when_no_scheduler_is_given(examples_build, tmp_path):
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(EXAMPLES), "--engine", "dask", "--no-plot",
                           "--out", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "articles: 4 built" in done.stdout
    assert same_graphs(tmp_path, examples_build[0])


def test_an_unreachable_scheduler_is_one_line_of_error(tmp_path):
    env = dict(os.environ, DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="1s")
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(EXAMPLES), "--engine", "dask", "--scheduler",
                           "tcp://127.0.0.1:9", "--out", str(tmp_path)], capture_output=True, text=True, env=env)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [done.stderr.strip()]
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in done.stderr


@pytest.mark.parametrize("options, message", [
    ({"engine": "spark"}, "use local or dask"),
    ({"scheduler": "tcp://127.0.0.1:8786"}, "--scheduler needs --engine dask"),
    ({"engine": "dask", "scheduler": "tcp://127.0.0.1:8786", "jobs": 4}, "has its own"),
])
def test_engine_options_that_do_not_fit_are_refused_before_any_work(tmp_path, options, message):
    with pytest.raises(InputError, match=message):
        build([EXAMPLES], tmp_path, **options)
