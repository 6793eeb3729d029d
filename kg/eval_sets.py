"""Named evaluation sets: which gold files, and where their articles are.

``eval/sets.json`` names each set kg is measured on (the shared dev set, the
domain set's tuning and blind halves, ...). Paths are relative to the file's
folder's parent (the repository). A set whose articles live outside the
repository (third-party text is never committed) says so with ``texts``; an
environment variable may move them (``texts_env``).

>>> import json, tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp()); (root / "eval").mkdir()
>>> _ = (root / "eval" / "sets.json").write_text(json.dumps({"dev": {"gold": "gold/dev"}}))
>>> [s.name for s in load_sets(root / "eval" / "sets.json")]
['dev']
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from .errors import GoldError

DEFAULT_SETS = Path("eval") / "sets.json"


@dataclass(frozen=True)
class EvalSet:
    name: str
    gold: Path
    texts: Path | None = None
    about: str = ""

    def missing(self) -> str | None:
        """Why this set cannot be scored here, or None."""
        if not self.gold.exists():
            return f"no gold at {self.gold}"
        if self.texts is not None and not self.texts.is_dir():
            return f"its articles are not at {self.texts} (see eval/domain/README.md to restore them)"
        return None


def load_sets(path: str | Path = DEFAULT_SETS) -> list[EvalSet]:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the evaluation sets: {exc}") from exc
    root = path.resolve().parent.parent
    out = []
    for name, spec in data.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("gold"), str):
            raise GoldError(f"{path}: set {name!r} needs a \"gold\" path")
        texts = os.environ.get(spec["texts_env"]) if spec.get("texts_env") else None
        texts = texts or spec.get("texts")
        out.append(EvalSet(name, root / spec["gold"], root / texts if texts else None, spec.get("about", "")))
    return out


def pick(sets: list[EvalSet], names: list[str]) -> list[EvalSet]:
    """The sets named, in the order given; ``all`` is every set."""
    if "all" in names:
        return sets
    by_name = {s.name: s for s in sets}
    unknown = [n for n in names if n not in by_name]
    if unknown:
        raise GoldError(f"unknown evaluation set {unknown[0]!r} (sets: {', '.join(by_name)})")
    return [by_name[n] for n in names]
