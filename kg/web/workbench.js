// workbench.js: kg serve's workbench: Query, Entities, Network, each a view of one page.
// Everything shown comes from the graph, and names and sentences are untrusted text from
// articles: they go into the page as text nodes (el() below), never as HTML.
"use strict";
(function () {
  const $ = id => document.getElementById(id);
  const state = {info: null, named: null, edited: false, editor: null, sort: null, offset: 0, lastRun: null,
                 net: null, netKey: null, vocabulary: null, entityAsked: 0};

  // An element with attributes and children; strings become text nodes.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
    return node;
  }
  const entityHref = iri => "#/entity/" + encodeURIComponent(iri);
  const number = n => Number(n).toLocaleString("en");
  const kindBadge = k => el("span", {class: "kind " + k}, k);

  async function api(path, options) {
    const response = await fetch(path, options);
    const text = await response.text();
    if (!response.ok) throw new Error(text.trim() || response.status + " " + response.statusText);
    return JSON.parse(text);
  }

  // --- routing -------------------------------------------------------------------------

  function route() {
    const hash = location.hash || "#/query";
    const [, view, ...rest] = hash.split("/");
    const arg = rest.length ? decodeURIComponent(rest.join("/")) : "";
    const name = {query: "query", entities: "entities", entity: "entities", network: "network"}[view] || "query";
    for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== "view-" + name;
    for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.view === name);
    document.body.dataset.view = name;
    if (name === "query" && state.editor) state.editor.refresh();
    if (view === "query" && rest[0] && $("named").value !== rest[0] && state.info.queries.some(q => q.name === rest[0])) {
      $("named").value = rest[0]; chooseNamed();
    }
    if (view === "entity" && arg) showEntity(arg);
    if (view === "entities" && !arg) { $("entity").replaceChildren(); $("entity-search").focus(); }
    if (name === "network") showNetwork(view === "network" && rest[0] === "ego" ? decodeURIComponent(rest.slice(1).join("/")) : "");
  }

  // --- query ---------------------------------------------------------------------------

  function editorText() { return state.editor ? state.editor.getValue() : $("editor").value; }
  function setEditorText(text) {
    if (state.editor) state.editor.setValue(text); else $("editor").value = text;
    state.edited = false;
  }

  function makeEditor() {
    if (!window.Yasqe) {  // the third-party editor is not built (make install): a plain text area does
      $("editor").addEventListener("input", () => { state.edited = true; });
      $("editor").addEventListener("keydown", ev => { if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) run(0); });
      return;
    }
    const box = $("editor-box"), initial = $("editor").value;
    box.replaceChildren();
    const Yasqe = window.Yasqe;
    try {
      Yasqe.registerAutocompleter({
        name: "kgTerms", bulk: true, autoShow: true, persistenceId: null,
        isValidCompletionPosition: yasqe => /^[a-z]+:[\w-]*$/i.test(yasqe.getCompleteToken().string || ""),
        get: () => state.vocabulary ? state.vocabulary.predicates.concat(state.vocabulary.classes) : [],
        preProcessToken: (yasqe, token) => Object.assign(token, {autocompletionString: token.string}),
      });
    } catch (e) { /* an older editor without completers still highlights */ }
    state.editor = new Yasqe(box, {
      value: initial, showQueryButton: false, persistenceId: null, resizeable: true, editorHeight: "240px",
      prefixCcApi: null, createShareableLink: null, consumeShareLink: null, createShortLink: undefined,
      autocompleters: ["variables", "kgTerms"], requestConfig: {endpoint: "/sparql", method: "POST"},
      extraKeys: {"Ctrl-Enter": () => run(0), "Cmd-Enter": () => run(0)},
    });
    state.editor.on("change", () => { state.edited = true; });
  }

  function namedQuery() { return state.info.queries.find(q => q.name === $("named").value) || null; }

  function chooseNamed() {
    const q = namedQuery(), params = $("params");
    params.replaceChildren();
    $("named-desc").textContent = q ? q.description : "SPARQL over the whole graph; kg's prefixes are declared";
    if (q) {
      setEditorText(q.text);
      for (const p of q.params) {
        params.append(el("label", {}, p.name + (p.optional ? " (optional)" : ""),
          el("input", {type: "text", "data-param": p.name, placeholder: p.name === "predicate" ? "an IRI" : "a name",
                       onkeydown: ev => { if (ev.key === "Enter") run(0); }})));
      }
    }
    if ((location.hash || "#/query").startsWith("#/query")) history.replaceState(null, "", "#/query" + (q ? "/" + q.name : ""));
  }

  function request(offset) {
    const q = namedQuery(), size = Number($("page-size").value);
    const body = {limit: size, offset: offset, sort: state.sort};
    if (q && !state.edited) {
      body.name = q.name; body.params = {};
      for (const input of $("params").querySelectorAll("input")) body.params[input.dataset.param] = input.value.trim();
    } else {
      body.query = editorText();
    }
    return body;
  }

  async function run(offset) {
    const status = $("status");
    status.className = "status"; status.textContent = "running…";
    $("run").disabled = true;
    const started = performance.now();
    try {
      const body = request(offset || 0);
      const data = await api("/api/run", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
      state.lastRun = body;
      showTable(data, performance.now() - started);
    } catch (e) {
      status.className = "status error"; status.textContent = e.message;
      $("table").replaceChildren(); $("pager").replaceChildren();
    } finally {
      $("run").disabled = false;
    }
  }

  function cellNode(cell) {
    if (!cell) return "";
    if (cell.entity) return el("a", {href: entityHref(cell.entity), title: cell.entity}, cell.label || cell.value);
    if (cell.type === "uri") return el("span", {class: "iri"}, cell.value);
    if (cell.type === "bnode") return el("span", {class: "iri"}, "_:" + cell.value);
    const out = [cell.value];
    if (cell.lang) out.push(el("span", {class: "dt"}, "@" + cell.lang));
    return out;
  }

  function showTable(data, ms) {
    const table = $("table");
    table.className = "grid";
    const head = el("tr", {}, el("th", {class: "num"}, "#"));
    for (const v of data.vars) {
      const sorted = state.sort && state.sort.by === v ? (state.sort.desc ? "sorted-desc" : "sorted-asc") : null;
      head.append(el("th", {class: sorted, title: "sort the whole answer by " + v, onclick: () => {
        state.sort = {by: v, desc: !!(state.sort && state.sort.by === v && !state.sort.desc)};
        run(0);
      }}, v));
    }
    const rows = data.rows.map((row, i) => el("tr", {}, el("td", {class: "num"}, number(data.offset + i + 1)),
      row.map(cell => el("td", {}, cellNode(cell)))));
    table.replaceChildren(el("thead", {}, head), el("tbody", {}, rows));
    const first = data.rows.length ? data.offset + 1 : 0, last = data.offset + data.rows.length;
    $("status").textContent = data.total === 0 ? "no rows" :
      `rows ${number(first)}–${number(last)} of ${data.capped ? "more than " : ""}${number(data.total)} · ${Math.round(ms)} ms`;
    const size = Number($("page-size").value), pager = $("pager");
    pager.replaceChildren();
    if (data.total > data.rows.length) {
      pager.append(el("button", {type: "button", disabled: data.offset === 0 || null, onclick: () => run(Math.max(0, data.offset - size))}, "‹ previous"),
                   el("button", {type: "button", disabled: last >= data.total || null, onclick: () => run(last)}, "next ›"),
                   el("span", {class: "muted"}, `page ${number(Math.floor(data.offset / size) + 1)} of ${number(Math.ceil(data.total / size))}`));
    }
    document.body.dataset.rows = String(data.rows.length);
  }

  function download(format) {
    const body = request(0), form = $("export-form");
    form.replaceChildren();
    const field = (name, value) => form.append(el("input", {type: "hidden", name, value}));
    if (body.name) { field("name", body.name); for (const [k, v] of Object.entries(body.params)) field("param." + k, v); }
    else field("query", body.query);
    field("format", format);
    form.submit();
  }

  // --- entities ------------------------------------------------------------------------

  let searchTimer = null, searchSeq = 0, active = -1;

  async function suggest() {
    const q = $("entity-search").value, seq = ++searchSeq, list = $("suggestions");
    if (!q.trim()) { list.replaceChildren(); return; }
    try {
      const data = await api("/api/search?q=" + encodeURIComponent(q));
      if (seq !== searchSeq) return;  // a later keystroke asked again
      active = data.results.length ? 0 : -1;
      list.replaceChildren(...data.results.map((r, i) => el("li", {
        role: "option", class: i === 0 ? "active" : null, "data-iri": r.iri,
        onmousedown: ev => { ev.preventDefault(); openEntity(r.iri); }},
        r.kinds.map(kindBadge), el("span", {}, r.name), r.matched ? el("span", {class: "also"}, "also " + r.matched) : null,
        el("span", {class: "count"}, r.articles + (r.articles === 1 ? " article" : " articles")))));
      if (!data.results.length) list.append(el("li", {class: "none"}, "no person, organisation, event or place by that name"));
    } catch (e) {
      list.replaceChildren(el("li", {class: "none"}, e.message));
    }
  }

  function openEntity(iri) {
    $("suggestions").replaceChildren();
    location.hash = entityHref(iri);
  }

  function sentence(ev) {
    const q = el("q", {}), text = ev.sentence;
    let at = 0;
    for (const [start, end] of ev.marks) {
      q.append(text.slice(at, start), el("mark", {}, text.slice(start, end)));
      at = end;
    }
    q.append(text.slice(at));
    return q;
  }

  function articleLink(a) {
    const title = a.headline || a.iri;
    return a.url ? el("a", {href: a.url, target: "_blank", rel: "noopener noreferrer"}, title) : el("span", {}, title);
  }

  // The first page of a list, and a button that appends the next while there are more: a huge
  // entity's facts, sentences and articles come a page at a time, not thousands at once.
  function paged(list, first, total, render, next) {
    let shown = 0;
    const button = el("button", {type: "button", class: "more"});
    const add = items => {
      list.append(...items.map(render));
      shown += items.length;
      button.hidden = shown >= total || !items.length;
      button.textContent = `show more (${number(total - shown)} not shown)`;
    };
    button.addEventListener("click", async () => {
      button.disabled = true;
      try { add(await next(shown)); } catch (e) {
        button.replaceWith(el("span", {class: "status error"}, e.message)); return;
      }
      button.disabled = false;
    });
    add(first);
    return [list, button];
  }

  const query = params => Object.entries(params).map(([k, v]) => k + "=" + encodeURIComponent(v)).join("&");

  function evidenceItem(ev) {
    return el("li", {}, sentence(ev),
      el("div", {class: "meta"}, articleLink(ev.article), ev.article.date ? el("span", {}, ev.article.date) : null,
         el("span", {}, "rule " + ev.rule), el("span", {}, "confidence " + ev.confidence.toFixed(2))));
  }

  function fact(e, group, f) {
    const what = f.iri ? el("a", {href: entityHref(f.iri)}, f.name) : el("span", {}, f.value);
    const evidence = f.evidence_total ? paged(el("ul", {class: "evidence"}), f.evidence, f.evidence_total, evidenceItem,
      offset => api("/api/entity/evidence?" + query({iri: e.iri, predicate: group.predicate, direction: group.direction,
                                                      other: f.iri || f.value, offset, limit: 20})).then(d => d.evidence)) :
      el("div", {class: "evidence none"}, "no evidence recorded");
    return el("div", {class: "fact"}, el("div", {class: "what"}, what,
      f.kinds ? [" ", ...f.kinds.map(kindBadge)] : null), evidence);
  }

  function articleItem(a) {
    return el("li", {}, articleLink(a), a.date ? el("span", {class: "muted"}, " · " + a.date) : null);
  }

  async function showEntity(iri) {
    const box = $("entity");
    $("entity-search").value = "";
    $("suggestions").replaceChildren();
    box.replaceChildren(el("p", {class: "muted"}, "loading…"));
    const asked = ++state.entityAsked;
    let e;
    try { e = await api("/api/entity?iri=" + encodeURIComponent(iri)); } catch (err) {
      if (asked === state.entityAsked) box.replaceChildren(el("p", {class: "status error"}, err.message));
      return;
    }
    if (asked !== state.entityAsked) return;  // another entity was asked for meanwhile: its answer is the one to show
    const evidenceQuery = () => {
      $("named").value = "evidence"; chooseNamed();
      const input = $("params").querySelector('[data-param="subject"]');
      if (input) input.value = e.name;
      location.hash = "#/query/evidence";
      run(0);
    };
    const parts = [
      el("h1", {}, e.name, e.kinds.map(kindBadge)),
      e.aliases.length ? el("div", {class: "muted"}, "also: " + e.aliases.join(" · ")) : null,
      el("div", {class: "muted"}, "mentioned in " + number(e.articles_total) + (e.articles_total === 1 ? " article" : " articles"),
         el("span", {class: "iri"}, "  " + e.iri)),
      el("div", {class: "actions"},
         el("button", {type: "button", onclick: () => { location.hash = "#/network/ego/" + encodeURIComponent(e.iri); }}, "Its network"),
         el("button", {type: "button", onclick: evidenceQuery}, "Its evidence as a query")),
      el("h2", {}, "Facts and their evidence"),
    ];
    if (!e.facts.length) parts.push(el("p", {class: "none"}, "no facts about it beyond its names"));
    for (const group of e.facts) {
      parts.push(el("h3", {}, group.label + " (" + number(group.total) + ")"),
        paged(el("div", {class: "facts"}), group.facts, group.total, f => fact(e, group, f),
          offset => api("/api/entity/facts?" + query({iri: e.iri, predicate: group.predicate, direction: group.direction,
                                                      offset, limit: 50})).then(d => d.facts)));
    }
    const neighbours = el("div", {id: "neighbours"}, el("p", {class: "muted"}, "loading…"));
    parts.push(el("h2", {}, "Neighbours in the network"), neighbours);
    if (e.quotes_total) {
      parts.push(el("h2", {}, "Quoted (" + number(e.quotes_total) + ")"),
        paged(el("ul", {class: "evidence"}), e.quotes, e.quotes_total,
          q => el("li", {}, el("q", {}, q.text), el("div", {class: "meta"}, articleLink(q.article))),
          offset => api("/api/entity/quotes?" + query({iri: e.iri, offset, limit: 100})).then(d => d.quotes)));
    }
    parts.push(el("h2", {}, "Articles (" + number(e.articles_total) + ")"),
      paged(el("ul", {class: "plain"}), e.articles, e.articles_total, articleItem,
        offset => api("/api/entity/articles?" + query({iri: e.iri, offset, limit: 200})).then(d => d.articles)));
    box.replaceChildren(...parts.flat(2));
    document.body.dataset.entity = e.iri;
    showNeighbours(e, neighbours);
  }

  async function showNeighbours(e, box) {
    try {
      const kind = e.kinds[0] || "";
      const data = await api(`/api/neighbours?iri=${encodeURIComponent(e.iri)}&kind=${encodeURIComponent(kind)}`);
      const titles = {"": "in the people, organisations and events network", person: "people linked by events and bodies",
                      organization: "organisations linked by people and events"};
      const parts = [];
      for (const n of data.networks) {
        if (!n.neighbours.length) continue;
        parts.push(el("h3", {}, titles[n.projection] + " (" + (n.neighbours.length + n.more) + ")"),
          el("ul", {class: "plain"}, n.neighbours.map(x => el("li", {}, el("a", {href: entityHref(x.iri)}, x.name), " ",
            kindBadge(x.kind), el("span", {class: "muted"}, " — " + x.why)))));
      }
      box.replaceChildren(...(parts.length ? parts : [el("p", {class: "none"}, "no links to anyone or anything in the network")]));
    } catch (err) {
      box.replaceChildren(el("p", {class: "status error"}, err.message));
    }
  }

  // --- network -------------------------------------------------------------------------

  function network() {
    if (!state.net) {
      state.net = KgNetwork.create($("net"), {
        tip: $("net-tip"), colors: {Person: "#4C72B0", Organization: "#DD8452", Event: "#55A868", Place: "#C44E52"},
        onClick: (node, ev) => { if (ev && ev.shiftKey) expand(node); else location.hash = entityHref(node.id); },
      });
      window.kgNetworkView = state.net;  // for tests and tours: node positions on screen
    }
    return state.net;
  }

  function legend() { KgNetwork.fillLegend($("net-legend"), network().legend()); }

  async function showNetwork(ego) {
    const projection = $("projection").value, top = $("net-top").value;
    const key = [projection, top, ego].join("|");
    if (state.netKey === key) { network().draw(); return; }
    state.netKey = key;
    $("net-stats").textContent = "computing the network…";
    let url = `/api/network?projection=${projection}&top=${top}`;
    if (ego) url += "&ego=" + encodeURIComponent(ego);
    let data;
    try { data = await api(url); } catch (e) {
      $("net-stats").textContent = e.message; state.netKey = null; return;
    }
    if (state.netKey !== key) return;
    const size = $("net-size"), chosen = size.value || "weighted_degree";
    size.replaceChildren(...data.columns.map(c => new Option(KgNetwork.METRICS[c] || c, c)));
    size.value = data.columns.includes(chosen) ? chosen : "weighted_degree";
    const net = network();
    net.setSize(size.value);
    net.setColour($("net-colour").value);
    net.setData(data);
    const egoName = ego && data.nodes.find(n => n.id === ego);
    $("net-ego").replaceChildren(...(ego ? ["ego network of " + (egoName ? egoName.label : ego) + " · ",
      el("a", {href: "#/network"}, "whole network")] : []));
    if (ego) net.select(ego);
    $("net-stats").textContent = `${number(data.shown)} of ${number(data.linked)} linked nodes` +
      (data.shown < data.total ? ` (${number(data.total)} in all)` : "") + `, ${number(net.links)} links`;
    legend();
    document.body.dataset.network = String(net.size);
  }

  async function expand(node) {
    const projection = $("projection").value;
    try {
      const data = await api(`/api/network/expand?projection=${projection}&node=${encodeURIComponent(node.id)}`);
      const added = network().addData(data, node.id);
      $("net-found").textContent = `${added} added around ${node.label}` + (data.more ? ` (${data.more} more not shown)` : "");
      legend();
    } catch (e) { $("net-found").textContent = e.message; }
  }

  // --- start ---------------------------------------------------------------------------

  async function start() {
    try {
      state.info = await api("/api/info");
    } catch (e) {
      $("status").className = "status error"; $("status").textContent = e.message; return;
    }
    $("graph-info").textContent = state.info.graphs.join(", ") + " · " + number(state.info.quads) + " quads";
    for (const q of state.info.queries) $("named").append(new Option(q.name + " — " + q.description.replace(/\s*\(.*\)\.?$/, ""), q.name));
    $("editor").value = "PREFIX schema: <https://schema.org/>\nPREFIX kg: <https://w3id.org/kg-news/ontology#>\n" +
      "PREFIX prov: <http://www.w3.org/ns/prov#>\n\nSELECT ?name ?type WHERE {\n  ?x a ?type ; schema:name ?name .\n}\nORDER BY ?name\n";
    makeEditor();
    api("/api/vocabulary").then(v => { state.vocabulary = v; }, () => {});
    $("named").addEventListener("change", chooseNamed);
    $("run").addEventListener("click", () => run(0));
    $("page-size").addEventListener("change", () => { if (state.lastRun) run(0); });
    $("csv").addEventListener("click", () => download("csv"));
    $("json").addEventListener("click", () => download("json"));
    $("entity-search").addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(suggest, 80); });
    $("entity-search").addEventListener("keydown", ev => {
      const items = [...$("suggestions").querySelectorAll("li[data-iri]")];
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        ev.preventDefault();
        active = Math.max(0, Math.min(items.length - 1, active + (ev.key === "ArrowDown" ? 1 : -1)));
        items.forEach((li, i) => li.classList.toggle("active", i === active));
      } else if (ev.key === "Enter" && items[active]) {
        openEntity(items[active].dataset.iri);
      }
    });
    $("projection").addEventListener("change", () => { location.hash = "#/network"; state.netKey = null; showNetwork(""); });
    $("net-top").addEventListener("change", () => { state.netKey = null; route(); });
    $("net-colour").addEventListener("change", ev => { network().setColour(ev.target.value); legend(); });
    $("net-size").addEventListener("change", ev => network().setSize(ev.target.value));
    $("net-find").addEventListener("input", () => {
      const q = $("net-find").value, hits = network().find(q);
      $("net-found").textContent = !q.trim() ? "" : hits ? hits + (hits === 1 ? " match" : " matches") : "no match";
    });
    window.addEventListener("hashchange", route);
    const initial = (location.hash.match(/^#\/query\/(\w+)$/) || [])[1];
    if (initial && state.info.queries.some(q => q.name === initial)) { $("named").value = initial; chooseNamed(); }
    else chooseNamed();
    route();
    document.body.dataset.ready = "yes";
  }

  start();
})();
