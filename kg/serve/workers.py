"""serve.workers: the processes that answer, each from its own in-memory copy of the graph.

A query is code from someone else, and a thread cannot be stopped: each request
goes to a worker process, and one that runs past its time is killed and
replaced. A request is a dict naming its ``op``: ``sparql`` (the protocol's
answer, ``kg.serve.sparql.answer``) or one of the workbench's (``kg.serve.workbench.OPS``).
Every reply is (HTTP status, content type, body).
"""
from __future__ import annotations

import json
import queue
import socket
import subprocess
import sys
import threading
import time
from multiprocessing.connection import Connection

from .sparql import Refused, answer, load_store, merges_graphs, text_reply

__all__ = ["Workers"]


def _handle(served, request: dict) -> tuple[int, str, bytes]:
    from . import workbench

    request = dict(request)
    op = request.pop("op", "sparql")
    if op == "sparql":
        return answer(served.store, **request, union=served.union)
    data = workbench.OPS[op](served, **request)
    if isinstance(data, tuple):  # an export: (content type, body) as it is
        return 200, *data
    return 200, "application/json", json.dumps(data, ensure_ascii=False).encode()


def _work(conn, files: list[str]) -> None:
    """A worker process: load the store once, then answer requests until the pipe closes."""
    from .workbench import Served

    start = time.perf_counter()
    try:
        store = load_store(files)
    except Exception as exc:  # noqa: BLE001 (reported to the parent as one line)
        conn.send(("error", str(exc)))
        return
    served = Served(store, union=not merges_graphs(files))
    served.entities  # noqa: B018 (the names' index, made now rather than at the first search: 1 s on the BBC)
    conn.send(("ready", (len(store), time.perf_counter() - start)))
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        try:
            reply = _handle(served, request)
        except Refused as exc:
            reply = text_reply(exc.status, str(exc))
        except Exception as exc:  # noqa: BLE001 (an evaluation error is the client's answer, not our crash)
            reply = text_reply(500, f"query failed: {type(exc).__name__}: {exc}")
        try:
            conn.send(reply)
        except OSError:  # the server closed while this worker was answering (a network at start): done
            return


def _work_main() -> None:
    """Entry point of a worker process: ``python -c ... FD FILE...``."""
    _work(Connection(int(sys.argv[1])), sys.argv[2:])


class Workers:
    """A pool of worker processes; one that runs past the timeout is killed and replaced."""

    def __init__(self, files: list[str], size: int):
        self._files = files
        self._idle: queue.Queue = queue.Queue()
        self._closed = False
        # The workers load at the same time (a store snapshot takes a second or two each).
        started = [self._spawn() for _ in range(size)]
        try:
            loads = [self._ready(proc, conn) for proc, conn in started]
        except Exception:
            for proc, conn in started:
                proc.kill()
                proc.wait()
                conn.close()
            raise
        for worker in started:
            self._idle.put(worker)
        #: quads each worker holds, and the seconds the slowest took to load them
        self.quads, self.load_seconds = loads[0][0], max(seconds for _, seconds in loads)

    def _spawn(self):
        # A fresh interpreter rather than multiprocessing: fork is unsafe once server
        # threads run, and spawn re-imports the caller's __main__, which scripts and
        # notebooks do not guard.
        ours, theirs = socket.socketpair()
        proc = subprocess.Popen([sys.executable, "-c", "import kg.serve.workers as w; w._work_main()",
                                 str(theirs.fileno()), *self._files],
                                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL)
        theirs.close()
        return proc, Connection(ours.detach())

    @staticmethod
    def _ready(proc, conn) -> tuple[int, float]:
        try:
            status, detail = conn.recv()
        except EOFError:
            status, detail = "error", "the query worker died while loading the graph"
        if status != "ready":
            proc.wait()
            from ..errors import GraphError

            raise GraphError(detail)
        return detail

    def _replace(self) -> None:
        if not self._closed:
            proc, conn = self._spawn()
            self._ready(proc, conn)
            self._idle.put((proc, conn))

    def ask(self, request: dict, timeout: float) -> tuple[int, str, bytes]:
        """The reply of the first idle worker, or 503 when none is free or it runs past ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        try:
            proc, conn = self._idle.get(timeout=timeout)
        except queue.Empty:
            return text_reply(503, "all query workers are busy: try again later")
        conn.send(request)
        if conn.poll(max(0.0, deadline - time.monotonic())):
            try:
                reply = conn.recv()
            except EOFError:
                reply = None
            if reply is not None:
                self._idle.put((proc, conn))
                return reply
            message = "the query worker died (out of memory?)"
        else:
            message = f"query timed out after {timeout:g} s"
        proc.kill()
        proc.wait()
        threading.Thread(target=self._replace, daemon=True).start()
        return text_reply(503, message)

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                proc, conn = self._idle.get_nowait()
            except queue.Empty:
                return
            conn.close()
            proc.kill()
            proc.wait()
