"""dask_engine: extraction on a Dask cluster (``kg build --engine dask``).

The articles go to the workers in chunks, as with ``--jobs``, and come back as
plain records (``ArticleExtraction``), chunk by chunk in input order, so
``kg.build`` feeds them to the same resolver in the same order and the graph is
the one the local engine builds. Only extraction runs on the cluster: the
resolution across articles and the writing of the store stay in one process,
where they are one deterministic step.

Without a scheduler address a ``LocalCluster`` of worker processes starts on
this machine, on loopback and with no dashboard; with one, the tasks go to
that cluster, whose workers must have kg and the same spaCy model installed.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin

from . import nlp as kg_nlp
from .chunks import extract_chunk
from .errors import KGError

__all__ = ["in_dask", "local_cluster"]


class LoadModel(WorkerPlugin):
    """Loads the model when a worker joins, so each worker process loads it once
    (``kg.nlp.load`` keeps it) before its first task, not in every task."""

    name = "kg-load-model"

    def __init__(self, model: str, max_length: int):
        self.model, self.max_length = model, max_length

    def setup(self, worker) -> None:
        kg_nlp.load(self.model).max_length = self.max_length


def local_cluster(workers: int = 2) -> LocalCluster:
    """Worker processes on this machine, one thread each (the pipeline holds the GIL),
    listening on loopback only, without the dashboard."""
    return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                        host="127.0.0.1", dashboard_address=None,
                        # its HTTP routes (health, metrics) on any free port, not on 8787 next to another cluster's
                        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"})


def in_dask(parts: Iterable[list], model: str, max_length: int, scheduler: str | None = None,
            workers: int = 2) -> Iterator[list]:
    """What ``kg.chunks.extract_chunk`` returns for each part, in order, computed on Dask workers.

    At most two chunks per worker thread are in flight, so the corpus is never all
    in memory, here or on the cluster.
    """
    cluster = local_cluster(workers) if scheduler is None else None
    try:
        client = Client(cluster if cluster is not None else scheduler)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise KGError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    try:
        client.register_plugin(LoadModel(model, max_length))
        threads = max(1, sum(client.nthreads().values()))
        pending: deque = deque()
        for part in parts:
            # pure=False: no hashing of the texts for a cache key; every chunk is new work
            pending.append(client.submit(extract_chunk, model, max_length, part, pure=False))
            if len(pending) >= 2 * threads:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
