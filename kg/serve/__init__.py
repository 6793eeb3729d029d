"""serve: ``kg serve``: a workbench in the browser and a read-only SPARQL 1.1 endpoint, over graph files or an Oxigraph store.

* ``sparql``: what a query may do, and the protocol's answers from a pyoxigraph store;
* ``workers``: the processes that answer, each from its own copy of the graph in memory, killed past the timeout;
* ``workbench``: what the workbench's views show (a page of an answer, names, an entity and its evidence, networks);
* ``app``: the web app on Starlette and uvicorn: routes, safety, ``make_server``.

Names are imported when first used, so that a query worker (``kg.serve.workers``)
starts without the web stack.
"""
from importlib import import_module

__all__ = ["Refused", "check_query", "load_store", "merges_graphs", "answer", "make_server", "is_loopback", "Server"]
_HOME = {"Server": "app", "is_loopback": "app", "make_server": "app", "Refused": "sparql", "check_query": "sparql",
         "load_store": "sparql", "merges_graphs": "sparql", "answer": "sparql"}


def __getattr__(name: str):
    if name in _HOME:
        return getattr(import_module(f"{__name__}.{_HOME[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
