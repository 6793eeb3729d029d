"""cli: the ``kg`` command. Thin commands that check their input and call the library.

Every ``KGError`` becomes one line on stderr and a non-zero exit; ``--debug``
shows the traceback instead.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from .errors import KGError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Build a knowledge graph of people, institutions and events from news articles.")
_state = {"debug": False}


@app.callback()
def main(debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False) -> None:
    _state["debug"] = debug


def _fail(exc: Exception) -> None:
    if _state["debug"]:
        raise exc
    code = exc.exit_code if isinstance(exc, KGError) else 1
    message = str(exc) if isinstance(exc, KGError) else f"unexpected error: {type(exc).__name__}: {exc}"
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def build(
    inputs: Annotated[list[Path], typer.Argument(help="Article files or directories (.txt, .jsonl, .html).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    model: Annotated[Optional[str], typer.Option(help="spaCy model (default: $KG_SPACY_MODEL or the installed en_core_web_sm).")] = None,
    base: Annotated[str, typer.Option(help="Base IRI for the graph's nodes.")] = "https://kg.example.org/",
    strict: Annotated[bool, typer.Option(help="Stop at the first unreadable article instead of skipping it.")] = False,
    no_plot: Annotated[bool, typer.Option("--no-plot", help="Skip drawing collaboration.png.")] = False,
) -> None:
    """Extract entities and facts from articles; write graph.ttl, provenance.ttl and collaboration.png."""
    from .build import build as run_build

    try:
        summary = run_build(inputs, out, model=model, base=base, strict=strict, plot=not no_plot)
    except Exception as exc:  # noqa: BLE001  (one line, not a traceback)
        _fail(exc)
    for source, message in summary.warnings:
        typer.echo(f"kg: warning: {source}: {message}", err=True)
    for line in summary.lines():
        typer.echo(line)


@app.command()
def query(
    graph: Annotated[Optional[Path], typer.Argument(help="A graph file, or a build's output directory.")] = None,
    query_: Annotated[Optional[str], typer.Argument(metavar="QUERY", help="A .rq file, a named query, or SPARQL text.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Bind a variable: name=value.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
) -> None:
    """Run a SPARQL query over a graph and print the answer."""
    from .query import format_result, load_graph, named_queries, run

    try:
        if list_:
            for q in named_queries().values():
                typer.echo(f"{q.name:24} {q.description}")
            return
        if graph is None or query_ is None:
            raise KGError("give a GRAPH and a QUERY (or --list)")
        params = {}
        for p in param or []:
            name, sep, value = p.partition("=")
            if not sep:
                raise KGError(f"--param {p!r}: expected name=value")
            params[name] = value
        result = run(load_graph([graph]), query_, params)
        typer.echo(format_result(result, fmt))
    except Exception as exc:  # noqa: BLE001
        _fail(exc)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
