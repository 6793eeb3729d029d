"""The package's modules import one another without circles when they load: each can be read on its own, and the
pipeline's direction (ingest -> extract -> resolve -> rdf -> query / network -> plot) holds. (An import put off into
a function, to load spaCy or dask only when needed, runs later and is not counted; nor is a name imported only for
type checking.)"""
import ast
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent / "kg"


def _module(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _loaded(body: list[ast.stmt], deferred: bool = False):
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and deferred:
            yield from _loaded(node.body, deferred)
            continue
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        yield node
        for field in ("body", "orelse", "handlers", "finalbody"):
            yield from _loaded(getattr(node, field, []) if field != "handlers" else [
                s for h in getattr(node, "handlers", []) for s in h.body], deferred)


def _imports(deferred: bool = False) -> nx.DiGraph:
    """The imports a module runs when it loads (and, with ``deferred``, those its functions run later)."""
    modules = {_module(p): p for p in ROOT.rglob("*.py")}
    graph = nx.DiGraph()
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _loaded(ast.parse(path.read_text()).body, deferred):
            if isinstance(node, ast.ImportFrom):
                base = package.split(".")[: len(package.split(".")) - max(node.level - 1, 0)] if node.level else []
                target = ".".join(base + ([node.module] if node.module else []))
                for alias in node.names:
                    found = f"{target}.{alias.name}" if f"{target}.{alias.name}" in modules else target
                    if found in modules and found != name:
                        graph.add_edge(name, found)
            elif isinstance(node, ast.Import):
                graph.add_edges_from((name, a.name) for a in node.names if a.name in modules)
    return graph


def test_no_module_imports_itself_through_others():
    circles = [sorted(c) for c in nx.simple_cycles(_imports())]
    assert circles == []


def test_the_import_graph_is_read_from_the_real_package():
    graph = _imports()
    assert graph.has_edge("kg.rdf", "kg.vocab") and graph.number_of_nodes() > 50


def test_the_resolve_steps_import_one_another_one_way_even_inside_functions():
    graph = _imports(deferred=True).subgraph(n for n in _imports(deferred=True) if n.startswith("kg.resolve"))
    assert [sorted(c) for c in nx.simple_cycles(graph)] == []
