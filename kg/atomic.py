"""Write files so a reader sees the old file or the new one, never half of one."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

__all__ = ["write_atomic", "write_all_atomic"]

# Read once, at import: os.umask can only be read by setting it, which races with threads.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def write_atomic(path: str | Path, write: Callable[[str], None]) -> None:
    """Call ``write(tmp_path)``, then rename the result over ``path``.

    A failure in ``write`` removes the temporary file and leaves ``path`` as it was.
    """
    write_all_atomic([(path, write)])


def write_all_atomic(files: list[tuple[str | Path, Callable[[str], None]]]) -> None:
    """Write every file to a temporary one first, and rename them over their paths only when all are written.

    Files that belong together (a graph and its provenance) then never mix two
    builds because one write failed: a failure anywhere leaves every path as it was.
    """
    temps: list[tuple[str, Path]] = []
    try:
        for path, write in files:
            path = Path(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp" + path.suffix, dir=path.parent)
            os.close(fd)
            temps.append((tmp, path))
            write(tmp)
            os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are for sharing, like any new file
        for tmp, path in temps:
            os.replace(tmp, path)
    except BaseException:
        for tmp, _ in temps:
            Path(tmp).unlink(missing_ok=True)
        raise
