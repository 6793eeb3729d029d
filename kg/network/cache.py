"""network.cache: a graph's network and measures computed once, kept beside the graph, reused while it is unchanged.

Analysts build a corpus once and look at it many times: ``kg network``, ``kg
plot``, another ``--top``, ``--ego`` or colour. The first look reads the graph
files, projects and measures the network and keeps the result in
``.kg-cache/`` beside them (JSON: plain data, safe to read); later looks read
that instead. The key is a hash of the graph files' bytes, so a rebuilt graph
is measured anew, and an unchanged one (even rebuilt to the same bytes) is not.
Layouts of pictures are kept the same way, keyed by what they lay out. Where
the folder cannot be written (a read-only corpus), everything still works,
computed each time.
"""
from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import networkx as nx

from ..atomic import write_atomic
from .analysis import Measures, measure
from .graph import network_files, project, read

__all__ = ["CACHE_DIR", "FORMAT", "Network", "content_hash", "open_network"]

#: The folder beside the graph files where networks, measures and layouts are kept.
CACHE_DIR = ".kg-cache"
#: Bump when what is kept changes meaning (the graph model, a metric): older entries are then ignored.
FORMAT = 3


@dataclass
class Network:
    """A graph's network (or projection) with its measures, and where they are kept."""
    graph: nx.Graph
    measures: Measures
    projection: str | None
    key: str                # hash of the graph files' bytes, the projection, the seed and FORMAT
    folder: Path | None     # the cache folder, None where it cannot be written
    stem: str               # what is kept for these files and this projection is named stem.KEY.*.json
    reused: bool            # read from the cache, not computed
    seconds: float          # time to read or compute it

    @property
    def rows(self) -> list[dict]:
        return self.measures.rows

    def layout(self, params: dict, compute: Callable[[], dict]) -> dict:
        """Node positions for ``params`` (what is laid out and how): kept ones, else ``compute()``, then kept.

        ``params`` must name everything the positions depend on; it is hashed
        into the file name. Positions are ``node -> (x, y)``.
        """
        path = self._path("layout-" + _digest(json.dumps(params, sort_keys=True, default=str))[:16])
        kept = _read(path)
        if kept is not None and kept.get("params") == json.loads(json.dumps(params, sort_keys=True, default=str)):
            return {node: tuple(xy) for node, xy in kept["positions"]}
        positions = compute()
        _write(path, {"params": params, "positions": [[n, list(xy)] for n, xy in positions.items()]})
        return positions

    def _path(self, what: str) -> Path | None:
        return None if self.folder is None else self.folder / f"{self.stem}.{self.key[:16]}.{what}.json"


def _stem(files: list[Path], projection: str | None) -> str:
    """The projection and which files: two graphs in one folder keep their entries apart."""
    names = "\n".join(str(f.resolve()) for f in files)
    return f"{projection or 'graph'}-{_digest(names)[:8]}"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def content_hash(files, *extra) -> str:
    """A hash of the files' bytes (in order), their syntax (extension), ``extra`` and ``FORMAT``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> _ = f.write_text("<x:a> <x:b> <x:c> .")
    >>> before = content_hash([f], "person")
    >>> before == content_hash([f], "person"), before == content_hash([f], None)
    (True, False)
    >>> _ = f.write_text("<x:a> <x:b> <x:d> .")
    >>> before == content_hash([f], "person")
    False
    """
    h = hashlib.sha256(f"kg-network {FORMAT} {extra!r}".encode())
    for f in map(Path, files):
        h.update(f"\0{f.suffix.lower()}\0".encode())
        with open(f, "rb") as stream:
            while chunk := stream.read(1 << 20):
                h.update(chunk)
    return h.hexdigest()


def _folder(files: list[Path]) -> Path | None:
    """The cache folder beside the first graph file, created; None where it cannot be."""
    folder = files[0].resolve().parent / CACHE_DIR
    try:
        folder.mkdir(exist_ok=True)
        probe = folder / ".probe"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return None
    return folder


def _read(path: Path | None):
    if path is None or not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # half a file from a crash, an edited one: compute it again
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def _write(path: Path | None, data: dict) -> None:
    if path is None:
        return
    text = json.dumps({"format": FORMAT, **data}, ensure_ascii=False, separators=(",", ":"))
    try:
        write_atomic(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    except OSError:  # a full disk must not stop a look at the graph
        pass


def _forget_others(folder: Path | None, stem: str, key: str) -> None:
    """Remove what is kept for other versions of these files and projection: only the latest is reused."""
    if folder is None:
        return
    for old in folder.glob(f"{stem}.*.json"):
        if old.name.split(".")[1] != key[:16]:
            try:
                old.unlink()
            except OSError:
                pass


def open_network(paths, projection: str | None = None, seed: int = 42, cache: bool = True) -> Network:
    """The network of the graph files (or build directories) ``paths``, measured; from the cache when unchanged.

    ``projection`` is None (the person-event-organization graph) or one of
    ``PROJECTIONS``. Raises ``GraphError`` for missing or unreadable files.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from .graph import _EXAMPLE_TTL
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "graph.ttl"
    >>> _ = f.write_text(_EXAMPLE_TTL)
    >>> first, second = open_network([f], "person"), open_network([f], "person")
    >>> first.reused, second.reused, second.rows == first.rows
    (False, True, True)
    """
    start = time.perf_counter()
    files = network_files(paths)
    key = content_hash(files, projection, seed)
    folder = _folder(files) if cache else None
    net = Network(nx.Graph(), Measures([]), projection, key, folder, _stem(files, projection), False, 0.0)
    kept = _read(net._path("network"))
    if kept is not None and kept.get("key") == key:
        net.graph = nx.node_link_graph(kept["graph"], edges="edges")
        net.measures = Measures(kept["rows"], kept["modularity"], kept["communities"])
        net.reused = True
    else:
        store = read(files)
        net.graph = project(store, projection)
        net.measures = measure(net.graph, seed)
        _forget_others(folder, net.stem, key)
        _write(net._path("network"), {
            "key": key, "projection": projection, "seed": seed,
            "graph": nx.node_link_data(net.graph, edges="edges"), "rows": net.measures.rows,
            "modularity": net.measures.modularity, "communities": net.measures.communities})
    net.seconds = time.perf_counter() - start
    return net
