/**
 * `npm run preview` (= npm run build && node scripts/preview.js): the production task pane
 * and ribbon command from dist/ against the simulated Excel host loaded with the example
 * workbook, on http://localhost:3001, for anyone without Excel. The page shows the simulated
 * workbook next to the task pane; the ribbon button is a button on the page.
 */
const fs = require("fs");
const path = require("path");
const { serveStatic } = require("../test/e2e/server");
const { buildSimBundle } = require("../test/e2e/sim-bundle");

require("tsx/cjs/api").register();
const { loadXlsxModel } = require("../test/sim-excel/from-xlsx.ts");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const EXAMPLE = path.join(ROOT, "examples", "lkjip-dinsos-mamuju-2024.xlsx");
const PORT = Number(process.env.PORT || 3001);

const OFFICE_SCRIPT = /<script[^>]*appsforoffice\.microsoft\.com[^>]*><\/script>/;
const SIM_SCRIPTS = '<script src="/sim-config.js"></script><script src="/sim-office.js"></script>';

const PAGE = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8" />
<title>Capaian — pratinjau tanpa Excel</title>
${SIM_SCRIPTS}
<style>
  body { margin: 0; font-family: "Segoe UI", Roboto, sans-serif; display: grid; grid-template-columns: 1fr 380px; height: 100vh; }
  #buku { display: grid; grid-template-rows: auto auto 1fr auto; min-width: 0; border-right: 1px solid #ccc; }
  header { padding: 8px 12px; background: #217346; color: white; display: flex; gap: 12px; align-items: center; }
  header h1 { font-size: 16px; margin: 0; flex: 1; }
  header button { font: inherit; padding: 4px 10px; }
  #info { padding: 4px 12px; font-size: 12px; color: #444; background: #f3f3f3; }
  #grid { overflow: auto; }
  table { border-collapse: collapse; font-size: 12px; }
  td, th { border: 1px solid #e1e1e1; padding: 2px 6px; white-space: nowrap; max-width: 380px; overflow: hidden; text-overflow: ellipsis; }
  th { background: #f3f3f3; font-weight: normal; color: #666; position: sticky; top: 0; }
  td.sel { outline: 2px solid #217346; outline-offset: -2px; }
  #tabs { display: flex; gap: 2px; padding: 4px 8px; background: #f3f3f3; border-top: 1px solid #ccc; overflow-x: auto; }
  #tabs button { font: inherit; font-size: 12px; border: 1px solid #ccc; background: white; padding: 3px 10px; }
  #tabs button[aria-pressed="true"] { border-bottom: 3px solid #217346; font-weight: 600; }
  iframe { border: 0; width: 100%; height: 100%; }
</style>
</head>
<body>
<section id="buku" aria-label="Buku kerja (simulasi)">
  <header><h1>Buku kerja simulasi: lkjip-dinsos-mamuju-2024.xlsx</h1>
    <button id="pita" type="button">Tombol pita: Hitung Capaian</button></header>
  <div id="info" role="status"></div>
  <div id="grid"></div>
  <nav id="tabs" aria-label="Lembar"></nav>
</section>
<iframe src="/taskpane.html" title="Panel tugas Capaian"></iframe>
<script>
(function () {
  var sim = window.__capaianSim;
  var lastKey = "";
  function letters(n) { var s = ""; n++; while (n > 0) { var r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); } return s; }
  function render() {
    var m = sim.host.model;
    var key = sim.host.stats.syncs + "|" + m.activeSheet + "|" + JSON.stringify(m.selection) + "|" + m.sheets.map(function (s) { return s.name; }).join();
    if (key === lastKey) return;
    lastKey = key;
    var tabs = document.getElementById("tabs");
    tabs.innerHTML = "";
    m.sheets.forEach(function (s) {
      var b = document.createElement("button");
      b.textContent = s.name;
      b.setAttribute("aria-pressed", String(s.name === m.activeSheet));
      b.onclick = function () { m.activeSheet = s.name; lastKey = ""; render(); };
      tabs.appendChild(b);
    });
    var sheet = m.sheets.find(function (s) { return s.name === m.activeSheet; }) || m.sheets[0];
    var maxR = 0, maxC = 0;
    Object.keys(sheet.cells).forEach(function (k) { var p = k.split(","); maxR = Math.max(maxR, +p[0]); maxC = Math.max(maxC, +p[1]); });
    maxR = Math.min(maxR, 499);
    var text = sim.inspect.rangeText(m, "'" + sheet.name.replace(/'/g, "''") + "'!A1:" + letters(maxC) + (maxR + 1));
    var sel = m.selection && m.selection.sheet === sheet.name ? m.selection.address.split(":")[0] : null;
    var html = "<table><thead><tr><th></th>";
    for (var c = 0; c <= maxC; c++) html += "<th>" + letters(c) + "</th>";
    html += "</tr></thead><tbody>";
    text.forEach(function (row, r) {
      html += "<tr><th>" + (r + 1) + "</th>";
      row.forEach(function (v, c) {
        var cell = sheet.cells[r + "," + c];
        var f = (cell && cell.format) || {};
        var style = (f.bold ? "font-weight:600;" : "") + (f.fill ? "background:" + f.fill + ";" : "") + (f.fontColor ? "color:" + f.fontColor + ";" : "") + (f.horizontalAlignment === "Right" ? "text-align:right;" : "");
        var addr = letters(c) + (r + 1);
        var title = cell && cell.formula ? cell.formula : "";
        html += '<td style="' + style + '"' + (addr === sel ? ' class="sel"' : "") + ' title="' + title.replace(/"/g, "&quot;") + '">' + String(v).replace(/&/g, "&amp;").replace(/</g, "&lt;") + "</td>";
      });
      html += "</tr>";
    });
    document.getElementById("grid").innerHTML = html + "</tbody></table>";
    var st = sim.host.stats;
    document.getElementById("info").textContent = "Lembar aktif: " + sheet.name + (sel ? " · sel terpilih " + sel : "") + " · round-trip ke Excel: " + st.syncs + " · permintaan terbesar: " + (st.maxRequestBytes / 1024).toFixed(1) + " KB";
  }
  document.getElementById("pita").onclick = function () {
    var frame = document.createElement("iframe");
    frame.style.display = "none";
    frame.src = "/commands.html";
    document.body.appendChild(frame);
    var tries = 0;
    var timer = setInterval(function () {
      var action = sim.host.actions.get("hitungCapaian");
      if (!action && ++tries < 100) return;
      clearInterval(timer);
      if (action) action({ completed: function () { lastKey = ""; render(); frame.remove(); } });
    }, 50);
  };
  setInterval(render, 400);
  render();
})();
</script>
</body>
</html>`;

async function main() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/ is missing: run npm run build");
  const model = await loadXlsxModel(EXAMPLE);
  const bundle = await buildSimBundle();
  const config = `window.__CAPAIAN_SIM__ = ${JSON.stringify({ model, apiVersion: "1.14" })};`;
  const server = await serveStatic({
    root: DIST,
    host: "localhost",
    port: PORT,
    extra: {
      "/": () => ({ type: "text/html; charset=utf-8", body: PAGE }),
      "/index.html": () => ({ type: "text/html; charset=utf-8", body: PAGE }),
      "/sim-office.js": () => bundle,
      "/sim-config.js": () => config,
    },
    rewriteHtml: (html) => html.replace(OFFICE_SCRIPT, SIM_SCRIPTS),
  });
  console.log(`Pratinjau Capaian (Excel simulasi, contoh ${path.basename(EXAMPLE)}):`);
  console.log(`  ${server.url}/`);
  console.log(`  panel tugas saja: ${server.url}/taskpane.html`);
  console.log("Tekan Ctrl+C untuk berhenti.");
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
