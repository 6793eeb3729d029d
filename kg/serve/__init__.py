"""serve: ``kg serve``: a workbench in the browser and a read-only SPARQL 1.1 endpoint, over graph files or an Oxigraph store.

* ``sparql``: what a query may do, and the protocol's answers from a pyoxigraph store;
* ``workers``: the processes that answer, each from its own copy of the graph in memory, killed past the timeout;
* ``workbench``: what the workbench's views show (a page of an answer, names, an entity and its evidence, networks);
* ``app``: the web app on Starlette and uvicorn: routes, safety, ``make_server``.
"""
from .app import Server, is_loopback, make_server
from .sparql import Refused, answer, check_query, load_store, merges_graphs

__all__ = ["Refused", "check_query", "load_store", "merges_graphs", "answer", "make_server", "is_loopback", "Server"]
