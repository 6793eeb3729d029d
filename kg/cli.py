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


def _fail(exc: Exception, code: int | None = None) -> None:
    if _state["debug"]:
        raise exc
    code = code or (exc.exit_code if isinstance(exc, KGError) else 1)
    message = str(exc) if isinstance(exc, KGError) else f"unexpected error: {type(exc).__name__}: {exc}"
    typer.echo(f"kg: error: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def build(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Article files or directories (.txt, .jsonl, .html); none, with --store and --aliases, to apply an aliases file to a store.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output directory.")] = Path("out"),
    model: Annotated[Optional[str], typer.Option(help="spaCy model (default: $KG_SPACY_MODEL or the installed en_core_web_sm).")] = None,
    base: Annotated[str, typer.Option(help="Base IRI for the graph's nodes.")] = "https://kg.example.org/",
    strict: Annotated[bool, typer.Option(help="Stop at the first unreadable article instead of skipping it.")] = False,
    no_plot: Annotated[bool, typer.Option("--no-plot", help="Skip drawing collaboration.png.")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="RDF syntax: turtle, trig, nquads, jsonld or ntriples.")] = "turtle",
    store: Annotated[Optional[str], typer.Option(help="Keep the graph in a persistent store, oxigraph:PATH or sparql:URL (an Oxigraph server's base URL); a later build adds to it, skipping articles already there.")] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes for the language model.")] = 1,
    max_chars: Annotated[int, typer.Option("--max-chars", help="Skip articles longer than this many characters.")] = 100_000,
    engine: Annotated[str, typer.Option(help="Where extraction runs: local (this process, or --jobs processes) or dask (a Dask cluster).")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="With --engine dask: the scheduler of a running cluster, e.g. tcp://HOST:8786 (default: a local cluster of --jobs workers, 2 when --jobs is 1).")] = None,
    aliases: Annotated[Optional[Path], typer.Option(help="An aliases file: names that are one thing (A = B), not an entity (! A), or apart (A != B); kg audit prints such lines. A --store keeps it for later builds.")] = None,
) -> None:
    """Extract entities and facts from articles; write graph.ttl, provenance.ttl and collaboration.png."""
    from .build import build as run_build

    progress, done = _progress()
    try:
        summary = run_build(inputs or [], out, model=model, base=base, strict=strict, plot=not no_plot, fmt=fmt,
                            store=store, jobs=jobs, progress=progress, max_chars=max_chars,
                            engine=engine, scheduler=scheduler, aliases=aliases)
    except KeyboardInterrupt:
        done()
        typer.echo("kg: interrupted", err=True)
        raise typer.Exit(130)
    except Exception as exc:  # noqa: BLE001  (one line, not a traceback)
        done()
        _fail(exc)
    done()
    for source, message in summary.warnings:
        typer.echo(f"kg: warning: {source}: {message}", err=True)
    for line in summary.lines():
        typer.echo(line)


def _progress():
    """A progress bar on a terminal; a plain line every 15 s otherwise (logs of CI, cron, nohup)."""
    import time

    start, state = time.monotonic(), {"bar": None, "last": time.monotonic()}

    def update(done: int, total: int | None) -> None:
        if sys.stderr.isatty():
            if state["bar"] is None:
                from tqdm import tqdm

                state["bar"] = tqdm(total=total, unit=" articles", file=sys.stderr, dynamic_ncols=True, leave=False)
            state["bar"].update(done - state["bar"].n)
            return
        now = time.monotonic()
        if now - state["last"] >= 15:
            state["last"], rate = now, done / (now - start)
            left = f", about {(total - done) / rate:.0f} s left" if total and total > done else ""
            typer.echo(f"kg: {done}{f'/{total}' if total else ''} articles, {rate:.1f}/s{left}", err=True)

    def close() -> None:
        if state["bar"] is not None:
            state["bar"].close()

    return update, close


@app.command()
def query(
    graph: Annotated[Optional[str], typer.Argument(help="A graph file, a build's output directory, oxigraph:PATH (a store), sparql:URL (an Oxigraph server's base) or sparql:URL/sparql (any SPARQL endpoint, e.g. kg serve's).")] = None,
    query_: Annotated[Optional[str], typer.Argument(metavar="QUERY", help="A .rq file, a named query, or SPARQL text.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, csv or json.")] = "table",
    param: Annotated[Optional[list[str]], typer.Option("--param", "-p", help="Bind a variable: name=value.")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named queries.")] = False,
    limit: Annotated[Optional[int], typer.Option(help="Print at most this many rows (a page, as LIMIT).")] = None,
    offset: Annotated[int, typer.Option(help="Skip this many rows first (as OFFSET).")] = 0,
) -> None:
    """Run a SPARQL query over a graph and print the answer."""
    from .query import format_result, named_queries, open_graph, run

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
        with open_graph(graph) as g:
            result = run(g, query_, params, limit=limit, offset=offset)
        typer.echo(format_result(result, fmt))
    except Exception as exc:  # noqa: BLE001
        _fail(exc)


@app.command("eval")
def eval_(
    gold: Annotated[Optional[list[Path]], typer.Option("--gold", "-g", help="A folder of <name>.txt + <name>.json pairs, or gold .json files.")] = None,
    more: Annotated[Optional[list[Path]], typer.Argument(help="More gold files or folders (so --gold dev/*.json works).")] = None,
    sets: Annotated[Optional[list[str]], typer.Option("--set", "-s", help="A named evaluation set of eval/sets.json (repeatable; 'all' for every set).")] = None,
    texts: Annotated[Optional[Path], typer.Option(help="Where the articles are, when not beside their gold files.")] = None,
    model: Annotated[Optional[str], typer.Option(help="spaCy model (default: $KG_SPACY_MODEL or the installed en_core_web_sm).")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List missed and spurious entities and facts per article.")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Keep each article's graph as OUT/<name>/graph.ttl.")] = None,
    corpus: Annotated[Optional[Path], typer.Option(help="Score a corpus's graph (--graph) against an identity gold (eval/identity/FORMAT.md) instead.")] = None,
    graph: Annotated[Optional[str], typer.Option(help="With --corpus: the graph of the whole corpus (a build's directory, a graph file or a store).")] = None,
    available: Annotated[bool, typer.Option("--available", help="Score only the articles that are here, and say how many are not.")] = False,
) -> None:
    """Build each gold article on its own and print precision, recall and F1 per entity type and relation."""
    from .errors import GoldError
    from .eval_sets import load_sets, pick
    from .evaluate import evaluate

    if corpus is not None or graph is not None:
        return _eval_corpus(corpus, graph, fmt, verbose)
    reports = []
    try:
        if fmt not in ("table", "json"):
            raise GoldError(f"unknown format {fmt!r}; use table or json")
        if not gold and not more and not sets:
            raise GoldError("nothing to score: give --gold FILES or --set NAME")
        if gold or more:
            reports.append(("gold", evaluate([*(gold or []), *(more or [])], model=model, out=out, texts=texts, available=available)))
        for s in pick(load_sets(), sets) if sets else []:
            why = s.missing()
            if why:
                typer.echo(f"set {s.name}: skipped, {why}", err=True)
                continue
            reports.append((s.name, evaluate([s.gold], model=model, out=out and out / s.name, texts=s.texts, available=available)))
            total = len(list(s.gold.glob("*.json")))
            if available and len(reports[-1][1].articles) < total:
                typer.echo(f"set {s.name}: scored {len(reports[-1][1].articles)} of {total} articles; the others are not here", err=True)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if fmt == "json":
        import json

        data = {name: r.as_dict(verbose) for name, r in reports}
        typer.echo(json.dumps(data["gold"] if list(data) == ["gold"] else data, indent=1, ensure_ascii=False))
        return
    for name, r in reports:
        if len(reports) > 1:
            typer.echo(f"== {name}")
        typer.echo(r.table(verbose) + ("\n" if len(reports) > 1 else ""))
    if len(reports) > 1:
        typer.echo(f"{'set':16}  {'articles':>8}  {'entities F1':>11}  {'facts F1':>8}  {'facts P':>7}  {'facts R':>7}")
        for name, r in reports:
            f = r.facts_total
            typer.echo(f"{name:16}  {len(r.articles):8d}  {r.entities_total.f1:11.3f}  {f.f1:8.3f}  {f.precision:7.3f}  {f.recall:7.3f}")


def _eval_corpus(gold: Optional[Path], graph: Optional[str], fmt: str, verbose: bool) -> None:
    """``kg eval --corpus GOLD --graph GRAPH``: same-thing pairs and junk nodes (kg.corpus_eval)."""
    from .corpus_eval import evaluate_corpus
    from .errors import GoldError

    try:
        if gold is None or graph is None:
            raise GoldError("--corpus GOLD and --graph GRAPH go together")
        if fmt not in ("table", "json"):
            raise GoldError(f"unknown format {fmt!r}; use table or json")
        report = evaluate_corpus(gold, graph)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    if fmt == "json":
        import json

        typer.echo(json.dumps(report.as_dict(verbose), indent=1, ensure_ascii=False))
    else:
        typer.echo(report.table(verbose))


@app.command()
def audit(
    graph: Annotated[str, typer.Argument(help="A graph file, a build's output directory, or a store (oxigraph:PATH, sparql:URL).")],
    top: Annotated[int, typer.Option("--top", "-n", help="At most this many lines of each list.")] = 100,
) -> None:
    """List likely duplicates and suspicious nodes, most connected first, as lines of an aliases file."""
    from .audit import read_nodes, report
    from .query import open_graph

    try:
        if top < 1:
            raise KGError("--top must be at least 1")
        with open_graph(graph) as g:
            nodes = read_nodes(g)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo(report(nodes, top=top, source=graph))


@app.command()
def validate(
    graphs: Annotated[list[Path], typer.Argument(help="Graph files, or build output directories, checked together.")],
) -> None:
    """Check graphs against kg's SHACL shapes; print one violation per line (exit 1 when any)."""
    from .validate import validate as run_validate

    try:
        violations = run_validate(graphs)
    except Exception as exc:  # noqa: BLE001  (bad input is exit 2; 1 means "does not conform")
        _fail(exc, code=2)
    for v in violations:
        typer.echo(str(v))
    names = ", ".join(map(str, graphs))
    if violations:
        typer.echo(f"{names}: {len(violations)} violation{'s' if len(violations) != 1 else ''}", err=True)
        raise typer.Exit(1)
    typer.echo(f"{names}: conforms to kg's shapes")


@app.command()
def serve(
    graphs: Annotated[list[str], typer.Argument(help="Graph files, build output directories, or oxigraph:PATH (a store, copied into memory at start).")],
    port: Annotated[int, typer.Option(help="TCP port (0: any free port).")] = 8000,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    timeout: Annotated[float, typer.Option(help="Seconds a query may run before it is stopped (HTTP 503).")] = 10.0,
    max_rows: Annotated[int, typer.Option("--max-rows", help="Largest result served; more is HTTP 413.")] = 10_000,
    allow_remote: Annotated[bool, typer.Option("--allow-remote", help="Allow a non-loopback --host.")] = False,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the workbench in a browser.")] = False,
) -> None:
    """Serve the graphs read-only: a workbench at http://HOST:PORT/ (queries, entities with their evidence,
    the network) and a SPARQL 1.1 endpoint at /sparql."""
    from .serve import make_server

    try:
        server = make_server(graphs, host=host, port=port, timeout=timeout, max_rows=max_rows,
                             allow_remote=allow_remote, log=True, warm_up=True)
    except Exception as exc:  # noqa: BLE001
        _fail(exc, code=2)
    typer.echo(f"loaded {server.workers.quads:,} quads into memory in {server.workers.load_seconds:.1f} s", err=True)
    typer.echo(f"serving {', '.join(map(str, graphs))} read-only (Ctrl-C stops)\n"
               f"  workbench:        {server.base}\n  SPARQL endpoint:  {server.url}")
    sys.stdout.flush()
    if open_browser:
        import webbrowser

        webbrowser.open(server.base)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


_PROJECTION_HELP = "person, organization or country (default: the person-event-organization graph itself)."
_TITLES = {None: "People, organisations and events", "person": "Collaboration network",
           "organization": "Organisation network", "country": "Place network"}


def _network_of(graph: Path, projection: Optional[str]):
    """The measured network of ``graph`` (or its ``projection``): from the cache beside it when unchanged."""
    from .network import PROJECTIONS
    from .network.cache import open_network

    if projection is not None and projection not in PROJECTIONS:
        raise KGError(f"unknown projection {projection!r}; use {', '.join(PROJECTIONS)}")
    return open_network([graph], projection)


@app.command()
def network(
    graph: Annotated[Path, typer.Argument(help="A graph file, or a build's output directory.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Also write metrics.csv, metrics.json, network.graphml and network.gexf here.")] = None,
    top: Annotated[int, typer.Option("--top", "-n", help="Rows in the printed table.")] = 10,
    by: Annotated[str, typer.Option(help="Rank by weighted_degree, degree, betweenness or pagerank.")] = "weighted_degree",
    projection: Annotated[Optional[str], typer.Option("--projection", "-p", help=_PROJECTION_HELP)] = None,
    ego: Annotated[Optional[str], typer.Option(help="Print the neighbourhood of this node (a name or IRI) instead.")] = None,
    radius: Annotated[int, typer.Option(help="Hops around --ego.")] = 1,
    path: Annotated[Optional[tuple[str, str]], typer.Option(help="Print a shortest path between two nodes (names or IRIs).")] = None,
    weighted: Annotated[bool, typer.Option(help="--path along strong ties (distance 1 / weight), not fewest hops.")] = False,
) -> None:
    """Rank the network's nodes: degree, weighted degree, betweenness, PageRank and community."""
    from . import network as net
    from .network.export import format_table, write_all

    try:
        if top < 1 or radius < 0:
            raise KGError("--top must be at least 1 and --radius at least 0")
        if by not in ("weighted_degree", "degree", "betweenness", "pagerank"):
            raise KGError(f"cannot rank by {by!r}; use weighted_degree, degree, betweenness or pagerank")
        measured = _network_of(graph, projection)
        G, rows, q, count = measured.graph, measured.rows, measured.measures.modularity, measured.measures.communities
        s = net.summary(G)
        lines = [f"{_TITLES[projection].lower()}: {s['nodes']} nodes, {s['edges']} links, {s['components']} "
                 f"component{'s' if s['components'] != 1 else ''} (largest {s['largest_component']}), "
                 f"{s['isolated']} isolated"]
        if path is not None:
            steps = net.path_steps(G, *path, weighted=weighted)
            if not steps:
                lines.append(f"no path between {path[0]!r} and {path[1]!r}")
            else:
                lines.append(steps[0][0])
                for _, b, why in steps:
                    lines += [f"  -- {why}", b]
                lines.append(f"({len(steps)} step{'s' if len(steps) != 1 else ''})")
        elif ego is not None:
            E = net.ego(G, ego, radius)
            centre = net.find(G, ego)
            lines.append(f"ego network of {G.nodes[centre].get('label', centre)} (radius {radius}): "
                         f"{len(E)} nodes, {E.number_of_edges()} links")
            lines.append(format_table(net.top(E, len(E), by, [r for r in rows if r["id"] in E])))
            for other in E[centre]:
                lines.append(f"  {E.nodes[other].get('label', other)} -- {net.link_reason(E, centre, other)}")
        else:
            lines.append(f"communities of 2 or more: Leiden {count['leiden']} (modularity {q['leiden']:.4f}), "
                         f"Louvain {count['louvain']} (modularity {q['louvain']:.4f})")
            lines.append(format_table(net.top(G, top, by, rows)))
            if brokers := [r["label"] for r in net.top(G, 5, "betweenness", rows) if r["betweenness"] > 0]:
                lines.append("brokers (betweenness): " + ", ".join(brokers))
        if out is not None:
            lines += [f"wrote {p}" for p in write_all(G, out, rows)]
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    typer.echo("\n".join(lines))


@app.command()
def plot(
    graph: Annotated[Path, typer.Argument(help="A graph file, or a build's output directory.")],
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Output directory (default: the graph's directory).")] = None,
    top: Annotated[int, typer.Option("--top", "-k", help="Draw at most this many nodes; a bigger graph is drawn as the backbone of its largest component (its nodes of highest betweenness).")] = 100,
    labels: Annotated[int, typer.Option(help="Label at most this many of the most central nodes.")] = 20,
    color: Annotated[str, typer.Option("--color", help="Colour nodes by community (named by their most central members) or type.")] = "community",
    size: Annotated[str, typer.Option(help="Size nodes by weighted_degree, degree, pagerank or betweenness.")] = "weighted_degree",
    projection: Annotated[Optional[str], typer.Option("--projection", "-p", help=_PROJECTION_HELP)] = None,
    ego: Annotated[Optional[str], typer.Option(help="Draw the neighbourhood of this node (a name or IRI) as ego.png/.svg/.html.")] = None,
    radius: Annotated[int, typer.Option(help="Hops around --ego.")] = 1,
    seed: Annotated[int, typer.Option(help="Layout seed.")] = 42,
    title: Annotated[Optional[str], typer.Option(help="Title (default: the kind of network).")] = None,
) -> None:
    """Draw the network as network.png and network.svg, and network.html to explore in a browser."""
    from .plot import SIZE_BY, save_views

    try:
        if color not in ("type", "community"):
            raise KGError(f"--color {color!r}: use type or community")
        if size not in SIZE_BY:
            raise KGError(f"--size {size!r}: use {', '.join(SIZE_BY)}")
        if top < 1 or labels < 0 or radius < 0:
            raise KGError("--top must be at least 1, --labels and --radius at least 0")
        measured = _network_of(graph, projection)
        target = out if out is not None else (graph if graph.is_dir() else graph.parent)
        written = save_views(measured.graph, target, title=title or _TITLES[projection], ego=ego, radius=radius,
                             rows=measured.rows, layouts=measured.layout,
                             color_by=color, size_by=size, top_k=top, top_labels=labels, seed=seed)
    except Exception as exc:  # noqa: BLE001
        _fail(exc)
    for p in written:
        typer.echo(f"wrote {p}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
