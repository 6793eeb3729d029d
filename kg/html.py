"""html: a network as one self-contained HTML page to explore in a browser.

The data sits in the page as JSON and a small hand-written force layout in
plain JavaScript draws it on a canvas: no library, no network at run time.
Hover shows a node's metrics, a click its neighbours; a search box finds
names; drag moves nodes or the view and the wheel zooms.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx

from . import network
from .atomic import write_atomic

__all__ = ["HTML_TOP", "KIND_COLORS", "page", "write_html"]

#: Pages show at most this many nodes (``network.core``): a force layout in
#: the browser stays quick and readable up to a few hundred.
HTML_TOP = 400
KIND_COLORS = {"Person": "#4C72B0", "Organization": "#DD8452", "Event": "#55A868", "Place": "#C44E52"}
_COLUMNS = ("degree", "weighted_degree", "betweenness", "pagerank", "community")


def page(G: nx.Graph, title: str = "Network", rows: list[dict] | None = None, top_k: int = HTML_TOP) -> str:
    """The HTML page showing ``G`` (its ``top_k`` core when bigger) with its metrics.

    Examples
    --------
    >>> text = page(nx.path_graph(["a", "b"]), title="Two <nodes>")
    >>> "<title>Two &lt;nodes&gt;</title>" in text, '"label": "a"' in text
    (True, True)
    """
    rows = network.metrics(G) if rows is None else rows
    # unlinked nodes are noise in a force layout: only linked ones, when there are any
    linked = network.subgraph(G, [n for n in G if G.degree(n)]) if G.number_of_edges() else G
    H = network.core(linked, top_k, "weighted_degree", rows)
    note = "" if len(H) == len(G) else f" (showing the {len(H)} best-linked of {len(G)} nodes)"
    by_id = {r["id"]: r for r in rows}
    order = _breadth_first(H, by_id)
    index = {n: i for i, n in enumerate(order)}
    nodes = [
        {"id": str(n), "label": by_id[n]["label"], "kind": by_id[n]["kind"] or "other",
         "articles": len(H.nodes[n].get("articles", ())), **{k: by_id[n][k] for k in _COLUMNS}}
        for n in order
    ]
    links = [{"source": index[u], "target": index[v], "weight": float(w)}
             for u, v, w in H.edges(data="weight", default=1)]
    data = {"nodes": nodes, "links": links, "colors": KIND_COLORS}
    # "<" escaped, so no "</script>" in a name can end the data block early
    payload = json.dumps(data, ensure_ascii=False, indent=None).replace("<", "\\u003c")
    return (_TEMPLATE.replace("__TITLE__", html.escape(title)).replace("__NOTE__", html.escape(note))
            .replace("__DATA__", payload))


def _breadth_first(H: nx.Graph, rows: dict) -> list:
    """Nodes component by component (biggest first), breadth first from the best connected.

    The page starts nodes on a spiral in this order, so neighbours start
    close and the force layout untangles less.
    """
    order = []
    for component in sorted(nx.connected_components(H), key=lambda c: (-len(c), min(map(str, c)))):
        start = max(component, key=lambda n: (rows[n]["weighted_degree"], str(n)))
        order += [start] + [v for _, v in nx.bfs_edges(H, start, sort_neighbors=lambda ns: sorted(ns, key=str))]
    return order


def write_html(G: nx.Graph, path, title: str = "Network", rows: list[dict] | None = None,
               top_k: int = HTML_TOP) -> Path:
    """Write ``page(G, ...)`` to ``path`` atomically and return the path."""
    text = page(G, title, rows, top_k)
    write_atomic(path, lambda tmp: Path(tmp).write_text(text, encoding="utf-8"))
    return Path(path)


_TEMPLATE = r"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>__TITLE__</title>
<style>
  html, body { margin: 0; height: 100%; font: 14px system-ui, -apple-system, "Segoe UI", sans-serif; color: #222; }
  body { display: flex; flex-direction: column; }
  header { padding: 8px 12px; border-bottom: 1px solid #ddd; display: flex; flex-wrap: wrap;
           gap: 8px 16px; align-items: center; }
  h1 { font-size: 16px; margin: 0; font-weight: 600; }
  #stats, #found, #help { color: #666; font-size: 13px; }
  #legend span { display: inline-flex; align-items: center; margin-right: 10px; font-size: 13px; }
  #legend i { width: 11px; height: 11px; border-radius: 50%; margin-right: 4px; }
  main { flex: 1; position: relative; min-height: 300px; }
  canvas { position: absolute; inset: 0; width: 100%; height: 100%; cursor: grab; touch-action: none; }
  #tip { position: absolute; pointer-events: none; background: #fff; border: 1px solid #bbb; border-radius: 4px;
         padding: 6px 8px; font-size: 12px; box-shadow: 0 2px 6px rgba(0,0,0,.15); display: none; white-space: nowrap; }
  #tip b { display: block; margin-bottom: 3px; font-size: 13px; }
  #tip td { padding: 0 8px 0 0; }
</style>
</head>
<body>
<header>
  <h1>__TITLE__</h1>
  <span id="stats"><span id="count">0</span> nodes, <span id="links">0</span> links__NOTE__</span>
  <input id="search" type="search" placeholder="Find a name" aria-label="Find a node by name">
  <span id="found"></span>
  <label>Colour <select id="colour">
    <option value="kind">by type</option><option value="community">by community</option>
  </select></label>
  <span id="legend"></span>
  <span id="help">hover: details · click: neighbours · drag: move · wheel: zoom</span>
</header>
<main><canvas id="net"></canvas><div id="tip"></div></main>
<script id="data" type="application/json">__DATA__</script>
<script>
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const nodes = data.nodes, links = data.links, N = nodes.length;
  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                   "#8c564b", "#e377c2", "#222222", "#bcbd22", "#17becf"];
  const OTHER = "#b0b0b0";
  const canvas = document.getElementById("net"), ctx = canvas.getContext("2d");
  const tip = document.getElementById("tip"), search = document.getElementById("search");
  const nbrs = nodes.map(() => new Set());
  for (const l of links) { nbrs[l.source].add(l.target); nbrs[l.target].add(l.source); }
  const communitySize = new Map();
  for (const n of nodes) communitySize.set(n.community, (communitySize.get(n.community) || 0) + 1);
  const maxW = Math.max(1e-9, ...nodes.map(n => n.weighted_degree));
  const maxLink = Math.max(1e-9, ...links.map(l => l.weight));
  const rank = nodes.map((_, i) => i).sort((a, b) => nodes[b].weighted_degree - nodes[a].weighted_degree);
  let colourBy = "kind", selected = -1, hovered = -1, alpha = 1, running = false;
  const view = {x: 0, y: 0, k: 1};

  // A seeded start, so the same data gives the same picture.
  let seed = 42;
  const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;
  // Nodes come breadth first, so a spiral start puts neighbours near each other.
  nodes.forEach((n, i) => {
    const a = i * Math.PI * (3 - Math.sqrt(5)), d = 14 * Math.sqrt(i + 0.5);
    n.r = 6 + 12 * Math.sqrt(n.weighted_degree / maxW);
    n.x = d * Math.cos(a) + rand(); n.y = d * Math.sin(a) + rand(); n.vx = 0; n.vy = 0;
  });

  function tick() {
    for (let i = 0; i < N; i++) {
      const a = nodes[i];
      for (let j = i + 1; j < N; j++) {
        const b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy;
        if (d2 > 90000) continue;  // far nodes do not push: keeps groups close and the loop cheap
        if (d2 < 0.01) { dx = rand() - 0.5; dy = rand() - 0.5; d2 = 0.5; }
        const f = alpha * 700 / d2;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const l of links) {
      const a = nodes[l.source], b = nodes[l.target];
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      // weak links at hubs, as in d3-force, so hubs do not drag their leaves into a knot
      const f = alpha * 0.3 * (d - 30 - a.r - b.r) / d / Math.min(nbrs[l.source].size, nbrs[l.target].size);
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const n of nodes) {
      n.vx -= 0.004 * alpha * n.x; n.vy -= 0.004 * alpha * n.y;
      if (n.fixed) { n.vx = 0; n.vy = 0; continue; }
      n.vx = Math.max(-20, Math.min(20, n.vx)); n.vy = Math.max(-20, Math.min(20, n.vy));
      n.x += n.vx; n.y += n.vy; n.vx *= 0.6; n.vy *= 0.6;
    }
    alpha *= 0.99;
  }

  function colour(n) {
    if (colourBy === "kind") return data.colors[n.kind] || OTHER;
    return n.community < 10 && communitySize.get(n.community) > 1 ? PALETTE[n.community] : OTHER;
  }

  function legend() {
    const box = document.getElementById("legend");
    box.replaceChildren();
    const entries = [];
    if (colourBy === "kind") {
      const kinds = new Set(nodes.map(n => n.kind));
      for (const k of Object.keys(data.colors)) if (kinds.has(k)) entries.push([k, data.colors[k]]);
      if ([...kinds].some(k => !(k in data.colors))) entries.push(["other", OTHER]);
    } else {
      const seen = [...communitySize.keys()].filter(c => c < 10 && communitySize.get(c) > 1).sort((a, b) => a - b);
      for (const c of seen) entries.push(["community " + c, PALETTE[c]]);
      if (nodes.some(n => colour(n) === OTHER)) entries.push(["smaller communities", OTHER]);
    }
    for (const [name, c] of entries) {
      const span = document.createElement("span"), dot = document.createElement("i");
      dot.style.background = c;
      span.append(dot, name);
      box.append(span);
    }
  }

  function fit() {
    const w = canvas.clientWidth, h = canvas.clientHeight;
    const xs = nodes.map(n => n.x), ys = nodes.map(n => n.y);
    const x0 = Math.min(...xs) - 20, x1 = Math.max(...xs) + 20, y0 = Math.min(...ys) - 20, y1 = Math.max(...ys) + 20;
    view.k = Math.min(2, w / (x1 - x0 || 1), h / (y1 - y0 || 1));
    view.x = w / 2 - view.k * (x0 + x1) / 2; view.y = h / 2 - view.k * (y0 + y1) / 2;
  }

  function draw() {
    const w = canvas.clientWidth, h = canvas.clientHeight, dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr); canvas.height = Math.round(h * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, w, h);
    ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
    const lit = i => selected < 0 || i === selected || nbrs[selected].has(i);
    for (const l of links) {
      const a = nodes[l.source], b = nodes[l.target];
      const on = selected < 0 || l.source === selected || l.target === selected;
      ctx.strokeStyle = on ? "rgba(110,110,110,0.6)" : "rgba(200,200,200,0.25)";
      ctx.lineWidth = 0.7 + 3 * l.weight / maxLink;
      ctx.beginPath(); ctx.moveTo(a.x, a.y); ctx.lineTo(b.x, b.y); ctx.stroke();
    }
    nodes.forEach((n, i) => {
      ctx.globalAlpha = lit(i) ? 1 : 0.15;
      ctx.fillStyle = colour(n);
      ctx.beginPath(); ctx.arc(n.x, n.y, Math.max(n.r, 3.5 / view.k), 0, 2 * Math.PI); ctx.fill();
      ctx.strokeStyle = i === selected ? "#000" : "#fff";
      ctx.lineWidth = i === selected ? 2.5 : 1; ctx.stroke();
    });
    ctx.globalAlpha = 1;
    // Labels at a constant screen size: the selected and hovered nodes and the selection's
    // neighbours first, then the most central, skipping any that would cover one already drawn.
    const order = [];
    if (hovered >= 0) order.push(hovered);
    if (selected >= 0) order.push(selected, ...nbrs[selected]);
    order.push(...rank.slice(0, Math.round(15 * Math.max(1, view.k * view.k))));
    const boxes = [], done = new Set();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.font = "12px system-ui, sans-serif"; ctx.textBaseline = "middle"; ctx.lineJoin = "round";
    for (const i of order) {
      if (done.has(i)) continue;
      done.add(i);
      const n = nodes[i], x = view.x + view.k * n.x + view.k * n.r + 4, y = view.y + view.k * n.y;
      const text = n.label.length > 40 ? n.label.slice(0, 39) + "…" : n.label;
      const box = [x, y - 8, x + ctx.measureText(text).width, y + 8];
      const forced = i === hovered || i === selected;
      const covers = b => b[0] < box[2] && box[0] < b[2] && b[1] < box[3] && box[1] < b[3];
      if (!forced && (!lit(i) || boxes.some(covers))) continue;
      boxes.push(box);
      ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.strokeText(text, x, y);
      ctx.fillStyle = "#222"; ctx.fillText(text, x, y);
    }
    canvas.dataset.drawn = String(N);
  }

  function animate() {
    if (running) return;
    running = true;
    (function frame() {
      tick(); draw();
      if (alpha > 0.02) requestAnimationFrame(frame); else running = false;
    })();
  }

  function at(ev) {
    const rect = canvas.getBoundingClientRect();
    const sx = ev.clientX - rect.left, sy = ev.clientY - rect.top;
    const x = (sx - view.x) / view.k, y = (sy - view.y) / view.k;
    let best = -1, bestD = Infinity;
    nodes.forEach((n, i) => {
      const d = Math.hypot(n.x - x, n.y - y);
      if (d < n.r + 4 / view.k && d < bestD) { best = i; bestD = d; }
    });
    return {sx, sy, x, y, node: best};
  }

  function showTip(p) {
    if (p.node < 0) { tip.style.display = "none"; return; }
    const n = nodes[p.node], rows = [
      ["type", n.kind], ["degree", n.degree], ["weighted degree", n.weighted_degree.toFixed(2)],
      ["betweenness", n.betweenness.toFixed(3)], ["PageRank", n.pagerank.toFixed(4)],
      ["community", n.community], ["articles", n.articles]];
    const b = document.createElement("b"), table = document.createElement("table");
    b.textContent = n.label;
    for (const [k, v] of rows) {
      const tr = table.insertRow();
      tr.insertCell().textContent = k; tr.insertCell().textContent = String(v);
    }
    tip.replaceChildren(b, table);
    tip.style.display = "block";
    tip.style.left = Math.min(p.sx + 14, canvas.clientWidth - tip.offsetWidth - 4) + "px";
    tip.style.top = Math.min(p.sy + 14, canvas.clientHeight - tip.offsetHeight - 4) + "px";
  }

  let drag = null;
  canvas.addEventListener("pointerdown", ev => {
    const p = at(ev);
    try { canvas.setPointerCapture(ev.pointerId); } catch (e) { /* a synthetic event has no pointer */ }
    drag = {p, node: p.node, moved: false, vx: view.x, vy: view.y};
    if (p.node >= 0) nodes[p.node].fixed = true;
  });
  canvas.addEventListener("pointermove", ev => {
    const p = at(ev);
    if (!drag) {
      if (p.node !== hovered) { hovered = p.node; draw(); }
      showTip(p);
      return;
    }
    if (Math.hypot(p.sx - drag.p.sx, p.sy - drag.p.sy) > 3) drag.moved = true;
    if (!drag.moved) return;
    tip.style.display = "none";
    if (drag.node >= 0) {
      const n = nodes[drag.node];
      n.x = p.x; n.y = p.y;
      alpha = Math.max(alpha, 0.15); animate();
    } else {
      view.x = drag.vx + p.sx - drag.p.sx; view.y = drag.vy + p.sy - drag.p.sy; draw();
    }
  });
  canvas.addEventListener("pointerup", () => {
    if (!drag) return;
    if (drag.node >= 0) nodes[drag.node].fixed = false;
    if (!drag.moved) { selected = drag.node === selected ? -1 : drag.node; draw(); }
    drag = null;
  });
  canvas.addEventListener("pointerleave", () => { hovered = -1; tip.style.display = "none"; draw(); });
  canvas.addEventListener("wheel", ev => {
    ev.preventDefault();
    const p = at(ev), k = Math.max(0.05, Math.min(10, view.k * Math.exp(-ev.deltaY * 0.0015)));
    view.x = p.sx - (p.sx - view.x) * k / view.k; view.y = p.sy - (p.sy - view.y) * k / view.k; view.k = k;
    draw();
  }, {passive: false});

  search.addEventListener("input", () => {
    const q = search.value.trim().toLowerCase(), found = document.getElementById("found");
    if (!q) { found.textContent = ""; selected = -1; draw(); return; }
    const hits = rank.filter(i => nodes[i].label.toLowerCase().includes(q));
    hits.sort((a, b) => nodes[b].label.toLowerCase().startsWith(q) - nodes[a].label.toLowerCase().startsWith(q));
    found.textContent = hits.length ? hits.length + (hits.length === 1 ? " match" : " matches") : "no match";
    if (!hits.length) return;
    selected = hits[0];
    const n = nodes[selected];
    view.x = canvas.clientWidth / 2 - view.k * n.x; view.y = canvas.clientHeight / 2 - view.k * n.y;
    draw();
  });
  document.getElementById("colour").addEventListener("change", ev => { colourBy = ev.target.value; legend(); draw(); });
  window.addEventListener("resize", draw);

  for (let i = 0; i < 400; i++) tick();  // settle before the first picture
  alpha = 0;
  document.getElementById("count").textContent = String(N);
  document.getElementById("links").textContent = String(links.length);
  legend(); fit(); draw();
  document.body.dataset.ready = "yes";
})();
</script>
</body>
</html>
"""
