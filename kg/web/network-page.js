// network-page.js: the controls of the static network.html around KgNetwork (network.js).
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const $ = id => document.getElementById(id);
  const net = KgNetwork.create($("net"), {tip: $("tip"), colors: data.colors});
  const legend = () => KgNetwork.fillLegend($("legend"), net.legend());
  for (const [metric, name] of Object.entries(KgNetwork.METRICS)) {
    if (data.nodes.some(n => typeof n[metric] === "number")) $("size").append(new Option(name, metric));
  }
  net.setData(data);
  $("search").addEventListener("input", () => {
    const q = $("search").value, hits = net.find(q);
    $("found").textContent = !q.trim() ? "" : hits ? hits + (hits === 1 ? " match" : " matches") : "no match";
  });
  $("colour").addEventListener("change", ev => { net.setColour(ev.target.value); legend(); });
  $("size").addEventListener("change", ev => net.setSize(ev.target.value));
  $("count").textContent = String(net.size);
  $("links").textContent = String(net.links);
  legend();
  document.body.dataset.ready = "yes";
})();
