// network.js: a network drawn on a canvas by a small force layout, no library.
// Shared by the static network.html that `kg plot` writes and the workbench's
// Network view. Names are untrusted text from articles: they are drawn on the
// canvas or set as textContent, never parsed as HTML.
"use strict";
window.KgNetwork = (function () {
  const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                   "#8c564b", "#e377c2", "#222222", "#bcbd22", "#17becf"];
  const OTHER = "#b0b0b0";
  const METRICS = {weighted_degree: "weighted degree", degree: "degree", pagerank: "PageRank",
                   betweenness: "betweenness"};

  // options: tip (an element for hover details), onClick(node) (default: light up its
  // neighbours), onDraw(), colors (kind -> colour).
  function create(canvas, options) {
    const opts = options || {};
    const ctx = canvas.getContext("2d"), tip = opts.tip;
    let nodes = [], links = [], nbrs = [], rank = [], byId = new Map(), communitySize = new Map();
    let maxSize = 1, maxLink = 1, colourBy = "kind", sizeBy = "weighted_degree";
    let selected = -1, hovered = -1, alpha = 1, running = false, drag = null;
    const view = {x: 0, y: 0, k: 1};
    let seed = 42;  // a seeded start, so the same data gives the same picture
    const rand = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296;

    function index() {
      byId = new Map(nodes.map((n, i) => [n.id, i]));
      nbrs = nodes.map(() => new Set());
      for (const l of links) { nbrs[l.source].add(l.target); nbrs[l.target].add(l.source); }
      communitySize = new Map();
      for (const n of nodes) communitySize.set(n.community, (communitySize.get(n.community) || 0) + 1);
      maxLink = Math.max(1e-9, ...links.map(l => l.weight));
      resize();
    }

    function value(n) { return Math.max(0, Number(n[sizeBy]) || 0); }

    function resize() {
      maxSize = Math.max(1e-9, ...nodes.map(value));
      for (const n of nodes) n.r = 6 + 12 * Math.sqrt(value(n) / maxSize);
      rank = nodes.map((_, i) => i).sort((a, b) => value(nodes[b]) - value(nodes[a]));
    }

    // Nodes come breadth first, so a spiral start puts neighbours near each other.
    function place(n, i, around) {
      const a = i * Math.PI * (3 - Math.sqrt(5)), d = 14 * Math.sqrt(i + 0.5);
      const cx = around ? around.x : 0, cy = around ? around.y : 0, spread = around ? 0.5 : 1;
      n.x = cx + spread * d * Math.cos(a) + rand(); n.y = cy + spread * d * Math.sin(a) + rand();
      n.vx = 0; n.vy = 0;
    }

    // Links given by node id (or by index into the nodes) as links by index.
    function linksOf(list) {
      const at = end => typeof end === "number" ? end : byId.get(end);
      return list.map(l => ({source: at(l.source), target: at(l.target), weight: l.weight}))
        .filter(l => l.source !== undefined && l.target !== undefined && l.source !== l.target);
    }

    // data: {nodes: [{id, label, kind, community, weighted_degree, ...}], links: [{source, target, weight}]}.
    function setData(data) {
      nodes = data.nodes.map(n => Object.assign({}, n));
      byId = new Map(nodes.map((n, i) => [n.id, i]));
      links = linksOf(data.links);
      selected = -1; hovered = -1;
      nodes.forEach((n, i) => place(n, i));
      index();
      alpha = 1;
      for (let i = 0; i < 400; i++) tick();  // settle before the first picture
      alpha = 0;
      fit(); draw();
    }

    // More nodes and links (by id) around a node already shown: the workbench's "expand".
    function addData(data, aroundId) {
      const centre = nodes[byId.get(aroundId)];
      let added = 0;
      for (const n of data.nodes) {
        if (byId.has(n.id)) continue;
        const copy = Object.assign({}, n);
        place(copy, added++ + 1, centre);
        byId.set(copy.id, nodes.length);
        nodes.push(copy);
      }
      const have = new Set(links.map(l => Math.min(l.source, l.target) + " " + Math.max(l.source, l.target)));
      for (const l of linksOf(data.links)) {
        const key = Math.min(l.source, l.target) + " " + Math.max(l.source, l.target);
        if (!have.has(key)) { have.add(key); links.push(l); }
      }
      index();
      if (centre) selected = byId.get(aroundId);
      alpha = 0.6; animate();
      return added;
    }

    function tick() {
      const N = nodes.length;
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
      if (colourBy === "kind") return (opts.colors || {})[n.kind] || OTHER;
      return n.community < 10 && communitySize.get(n.community) > 1 ? PALETTE[n.community] : OTHER;
    }

    // [name, colour] pairs for a legend of what is shown.
    function legend() {
      const entries = [], colors = opts.colors || {};
      if (colourBy === "kind") {
        const kinds = new Set(nodes.map(n => n.kind));
        for (const k of Object.keys(colors)) if (kinds.has(k)) entries.push([k, colors[k]]);
        if ([...kinds].some(k => !(k in colors))) entries.push(["other", OTHER]);
      } else {
        const seen = [...communitySize.keys()].filter(c => c < 10 && communitySize.get(c) > 1).sort((a, b) => a - b);
        for (const c of seen) entries.push(["community " + c, PALETTE[c]]);
        if (nodes.some(n => colour(n) === OTHER)) entries.push(["smaller communities", OTHER]);
      }
      return entries;
    }

    function fit() {
      const w = canvas.clientWidth, h = canvas.clientHeight;
      if (!nodes.length || !w || !h) return;
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
      canvas.dataset.drawn = String(nodes.length);
      canvas.dataset.frames = String((Number(canvas.dataset.frames) || 0) + 1);
      if (opts.onDraw) opts.onDraw();
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

    function fixed(v, digits) { return typeof v === "number" ? v.toFixed(digits) : "–"; }

    function showTip(p) {
      if (!tip) return;
      if (p.node < 0) { tip.style.display = "none"; return; }
      const n = nodes[p.node], rows = [
        ["type", n.kind], ["degree", n.degree], ["weighted degree", fixed(n.weighted_degree, 2)],
        ["betweenness", fixed(n.betweenness, 3)], ["PageRank", fixed(n.pagerank, 4)],
        ["community", n.community], ["articles", n.articles]];
      const b = document.createElement("b"), table = document.createElement("table");
      b.textContent = n.label;
      for (const [k, v] of rows) {
        if (v === undefined || v === null) continue;
        const tr = table.insertRow();
        tr.insertCell().textContent = k; tr.insertCell().textContent = String(v);
      }
      tip.replaceChildren(b, table);
      if (opts.tipNote) { const note = document.createElement("small"); note.textContent = opts.tipNote; tip.append(note); }
      tip.style.display = "block";
      tip.style.left = Math.min(p.sx + 14, canvas.clientWidth - tip.offsetWidth - 4) + "px";
      tip.style.top = Math.min(p.sy + 14, canvas.clientHeight - tip.offsetHeight - 4) + "px";
    }

    function click(i, ev) {
      if (opts.onClick && i >= 0) { opts.onClick(nodes[i], ev); return; }
      selected = i === selected ? -1 : i; draw();
    }

    canvas.addEventListener("pointerdown", ev => {
      const p = at(ev);
      try { canvas.setPointerCapture(ev.pointerId); } catch (e) { /* a synthetic event has no pointer */ }
      drag = {p, node: p.node, moved: false, vx: view.x, vy: view.y};
      if (p.node >= 0) nodes[p.node].fixed = true;
    });
    canvas.addEventListener("pointermove", ev => {
      const p = at(ev);
      if (!drag) {
        if (p.node !== hovered) { hovered = p.node; canvas.style.cursor = p.node >= 0 ? "pointer" : ""; draw(); }
        showTip(p);
        return;
      }
      if (Math.hypot(p.sx - drag.p.sx, p.sy - drag.p.sy) > 3) drag.moved = true;
      if (!drag.moved) return;
      if (tip) tip.style.display = "none";
      if (drag.node >= 0) {
        const n = nodes[drag.node];
        n.x = p.x; n.y = p.y;
        alpha = Math.max(alpha, 0.15); animate();
      } else {
        view.x = drag.vx + p.sx - drag.p.sx; view.y = drag.vy + p.sy - drag.p.sy; draw();
      }
    });
    canvas.addEventListener("pointerup", ev => {
      if (!drag) return;
      const d = drag;
      drag = null;
      if (d.node >= 0) nodes[d.node].fixed = false;
      if (!d.moved) click(d.node, ev);
    });
    canvas.addEventListener("pointerleave", () => { hovered = -1; if (tip) tip.style.display = "none"; draw(); });
    canvas.addEventListener("wheel", ev => {
      ev.preventDefault();
      const p = at(ev), k = Math.max(0.05, Math.min(10, view.k * Math.exp(-ev.deltaY * 0.0015)));
      view.x = p.sx - (p.sx - view.x) * k / view.k; view.y = p.sy - (p.sy - view.y) * k / view.k; view.k = k;
      draw();
    }, {passive: false});
    window.addEventListener("resize", () => draw());

    return {
      setData, addData, draw, fit, legend,
      get size() { return nodes.length; },
      get links() { return links.length; },
      get selected() { return selected >= 0 ? nodes[selected] : null; },
      nodes: () => nodes,
      setColour(by) { colourBy = by; draw(); },
      setSize(metric) { sizeBy = metric; resize(); draw(); },
      // Select the best match of a name and centre on it; returns the number of matches.
      find(text) {
        const q = text.trim().toLowerCase();
        if (!q) { selected = -1; draw(); return 0; }
        const hits = rank.filter(i => nodes[i].label.toLowerCase().includes(q));
        hits.sort((a, b) => nodes[b].label.toLowerCase().startsWith(q) - nodes[a].label.toLowerCase().startsWith(q));
        if (!hits.length) return 0;
        selected = hits[0];
        const n = nodes[selected];
        view.x = canvas.clientWidth / 2 - view.k * n.x; view.y = canvas.clientHeight / 2 - view.k * n.y;
        draw();
        return hits.length;
      },
      select(id) { selected = byId.has(id) ? byId.get(id) : -1; draw(); },
      // Screen position of a node (for tests and tours).
      screen(id) {
        const n = nodes[byId.get(id)], rect = canvas.getBoundingClientRect();
        return n ? {x: rect.left + view.x + view.k * n.x, y: rect.top + view.y + view.k * n.y} : null;
      },
    };
  }

  // Fill a legend element with coloured dots; the names are set as text.
  function fillLegend(box, entries) {
    box.replaceChildren();
    for (const [name, c] of entries) {
      const span = document.createElement("span"), dot = document.createElement("i");
      dot.style.background = c;
      span.append(dot, name);
      box.append(span);
    }
  }

  return {create, fillLegend, METRICS, PALETTE, OTHER};
})();
