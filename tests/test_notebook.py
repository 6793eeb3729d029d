"""The walkthrough notebook: stored without outputs, and runs from top to bottom."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "walkthrough.ipynb"


def test_the_notebook_is_stored_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(c["outputs"] == [] and c["execution_count"] is None for c in code)


def test_the_notebook_runs_without_errors(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    # A kernel spec naming this interpreter, so the kernel is this venv's
    # whatever other "python3" kernels the machine has.
    spec = tmp_path / "jupyter" / "kernels" / "kg-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "kg test", "language": "python",
    }))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    nbclient.NotebookClient(nb, timeout=300, kernel_name="kg-test",
                            resources={"metadata": {"path": str(run_dir)}}).execute()

    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "articles: 4 built" in text
    assert "Jonas Berg" in text and "Maria Okafor -> " in text
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 2
    assert any("<iframe" in o.get("data", {}).get("text/html", "") for o in outputs)
    assert any("text/html" in o.get("data", {}) and "<table" in o["data"]["text/html"] for o in outputs)  # DataFrames
    assert list(Path(run_dir).iterdir()) == []  # the notebook writes to a temporary folder, not where it runs
