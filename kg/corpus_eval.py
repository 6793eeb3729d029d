"""corpus_eval: a corpus's graph against an identity gold (``kg eval --corpus GOLD --graph GRAPH``).

The gold (``eval/identity/FORMAT.md``) says which names of the corpus are one
thing (``same``), which are different things (``apart``) and which name no
entity (``not_entities``). A gold name is *on* a node of the graph when the
node has the group's type and carries the name, as its name or an alternate
name (names compare folded: case, accents, punctuation, a leading "the", a
possessive 's). Then, over pairs of gold names:

* a pair is *joined* when some node carries both; *one node* when both are on
  exactly one node, the same one, and on no other;
* precision: of the joined pairs the gold labels (two names of one ``same``
  group; of two different groups; or of one ``apart`` entry), the share that
  are one thing. A false merge costs precision;
* recall: of the gold's same-thing pairs whose names are both in the graph, the
  share that are on one node. A split (a second node for "Labour Party") costs recall;
* junk rate: nodes named by a ``not_entities`` name, over all nodes.

Names the graph does not carry at all are counted apart (what extraction
missed), not as identity errors.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from .audit import Node, read_nodes
from .errors import GoldError
from .resolve.names import normalize

__all__ = ["CorpusReport", "load_identity_gold", "score_identity", "evaluate_corpus"]

_KINDS = ("Person", "Organization", "Place", "Event")


def fold(name: str) -> str:
    """Names compare as the gold format says.

    >>> fold("the Labour Party's") == fold("labour party")
    True
    """
    return normalize(name)


@dataclass
class Gold:
    groups: list[tuple[str, list[str]]]  # (type, folded names)
    apart: list[list[str]]
    not_entities: set[str]
    source: str = ""


@dataclass
class CorpusReport:
    gold: str
    graph: str
    names: int = 0  # gold names in groups
    found: int = 0  # of them, on some node
    tp: int = 0  # joined pairs that are one thing
    fp: int = 0  # joined pairs that are not
    same_pairs: int = 0  # same-thing pairs with both names in the graph
    one_node: int = 0  # of them, on one node
    nodes: int = 0
    junk: int = 0
    false_merges: list[tuple[str, str, str]] = field(default_factory=list)  # (name, name, node)
    splits: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (name, name, nodes)
    junk_nodes: list[tuple[str, int]] = field(default_factory=list)  # (name, degree)
    missing: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.one_node / self.same_pairs if self.same_pairs else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def junk_rate(self) -> float:
        return self.junk / self.nodes if self.nodes else 0.0

    def as_dict(self, verbose: bool = False) -> dict:
        out = {"gold": self.gold, "graph": self.graph, "names": self.names, "found": self.found,
               "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
               "tp": self.tp, "fp": self.fp, "same_pairs": self.same_pairs, "one_node": self.one_node,
               "nodes": self.nodes, "junk_nodes": self.junk, "junk_rate": round(self.junk_rate, 4)}
        if verbose:
            out |= {"false_merges": self.false_merges, "splits": self.splits, "junk": self.junk_nodes,
                    "missing": self.missing}
        return out

    def table(self, verbose: bool = False) -> str:
        out = [f"corpus identity: {self.gold} against {self.graph}",
               f"gold names in the graph  {self.found:,} of {self.names:,}",
               f"same-thing pairs         P {self.precision:.3f} (tp {self.tp}, fp {self.fp})  "
               f"R {self.recall:.3f} ({self.one_node} of {self.same_pairs} on one node)  F1 {self.f1:.3f}",
               f"junk nodes               {self.junk} of {self.nodes:,} nodes ({self.junk_rate:.1%})"]
        if verbose:
            out += ["false merges (one node, two things):"] + [f"  {a!r} + {b!r} on {n}" for a, b, n in self.false_merges]
            out += ["splits (one thing, several nodes):"] + [f"  {a!r} / {b!r}: {', '.join(ns)}" for a, b, ns in self.splits]
            out += ["junk nodes:"] + [f"  {n!r} (degree {d})" for n, d in self.junk_nodes]
            out += ["gold names not in the graph:"] + [f"  {n!r}" for n in self.missing]
        return "\n".join(out)


def load_identity_gold(path: str | Path) -> Gold:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        groups = [(g["type"], [fold(n) for n in g["names"] if fold(n)]) for g in data.get("same", [])]
        apart = [[fold(n) for n in a["names"] if fold(n)] for a in data.get("apart", [])]
        junk = {fold(j["name"]) for j in data.get("not_entities", []) if fold(j["name"])}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise GoldError(f"{path}: not an identity gold file (see eval/identity/FORMAT.md): "
                        f"{type(exc).__name__}: {exc}") from exc
    bad = sorted({t for t, _ in groups} - set(_KINDS))
    if bad:
        raise GoldError(f"{path}: unknown type {bad[0]!r} in 'same' (use {', '.join(_KINDS)})")
    return Gold(groups, apart, junk, str(path))


def score_identity(gold: Gold, nodes: dict[str, Node], graph: str = "the graph") -> CorpusReport:
    report = CorpusReport(gold.source, graph, nodes=len(nodes))
    carried: dict[tuple[str, str], set[str]] = defaultdict(set)  # (folded name, kind) -> nodes carrying it
    for node in nodes.values():
        for name in {node.name, *node.aliases}:
            for kind in node.kinds:
                carried[(fold(name), kind)].add(node.iri)
    label: dict[str, int] = {}  # folded name -> its group
    on: dict[str, set[str]] = {}  # folded name -> the nodes it is on
    for i, (kind, names) in enumerate(gold.groups):
        for name in dict.fromkeys(names):
            if name in label:
                continue  # listed twice by the gold: its first group counts
            label[name] = i
            report.names += 1
            on[name] = carried.get((name, kind), set())
            if on[name]:
                report.found += 1
            else:
                report.missing.append(name)
    for names in gold.apart:  # names only the apart lists have (an ambiguous short form) are on any node of theirs
        for name in names:
            if name not in on:
                on[name] = {iri for (n, _), iris in carried.items() if n == name for iri in iris}
    apart = {frozenset(p) for names in gold.apart for p in combinations(dict.fromkeys(names), 2)}
    for (a, b) in combinations(sorted(on), 2):
        shared = on[a] & on[b]
        if not shared:
            continue
        same = a in label and b in label and label[a] == label[b]
        different = (a in label and b in label and label[a] != label[b]) or frozenset((a, b)) in apart
        if same:
            report.tp += 1
        elif different:
            report.fp += 1
            report.false_merges.append((a, b, nodes[min(shared)].name))
    for kind, names in gold.groups:
        names = [n for n in dict.fromkeys(names) if on.get(n) and label.get(n) is not None]
        for a, b in combinations(names, 2):
            if label[a] != label[b]:
                continue
            report.same_pairs += 1
            if len(on[a] | on[b]) == 1:
                report.one_node += 1
            else:
                report.splits.append((a, b, sorted(nodes[i].name for i in on[a] | on[b])))
    for node in sorted(nodes.values(), key=lambda n: (-n.degree, n.name)):
        if fold(node.name) in gold.not_entities:
            report.junk += 1
            report.junk_nodes.append((node.name, node.degree))
    return report


def evaluate_corpus(gold_path: str | Path, graph: str | Path) -> CorpusReport:
    """Score the graph at ``graph`` (a build's directory, a graph file or a store) against an identity gold."""
    from .query import open_graph

    gold = load_identity_gold(gold_path)
    with open_graph(str(graph)) as g:
        nodes = read_nodes(g)
    return score_identity(gold, nodes, str(graph))
