"""kg.atomic: a reader sees the old files or the new ones, never half of one, never a mix of two builds."""
import os
from pathlib import Path

import pytest

from kg.atomic import write_all_atomic, write_atomic


def _write(text):
    return lambda tmp: Path(tmp).write_text(text)


def _fail(tmp):
    Path(tmp).write_text("half")
    raise OSError("disk full")


def test_a_file_is_replaced_whole(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old")
    write_atomic(target, _write("new"))
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "graph.ttl"
    target.write_text("old")
    with pytest.raises(OSError):
        write_atomic(target, _fail)
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_files_written_together_are_all_replaced_or_none(tmp_path):
    graph, provenance = tmp_path / "graph.ttl", tmp_path / "provenance.ttl"
    graph.write_text("old graph")
    provenance.write_text("old provenance")
    with pytest.raises(OSError):
        write_all_atomic([(graph, _write("new graph")), (provenance, _fail)])
    assert (graph.read_text(), provenance.read_text()) == ("old graph", "old provenance")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "provenance.ttl"]
    write_all_atomic([(graph, _write("new graph")), (provenance, _write("new provenance"))])
    assert (graph.read_text(), provenance.read_text()) == ("new graph", "new provenance")


def test_a_new_file_has_the_permissions_of_any_new_file(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "out" / "graph.ttl"
    write_atomic(target, _write("x"))
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600
