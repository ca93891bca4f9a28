/**
 * Browser tests: the production build (dist/) of the task pane and the ribbon function file
 * in headless Chromium (Debian's /usr/bin/chromium via playwright-core), against the simulated
 * Excel host loaded with the example workbook. Microsoft's office.js URL is routed to the
 * simulated host's bundle; every other request outside the local server is refused.
 *
 *   npm run test:e2e      (= npm run build && node test/e2e/run.js)
 *
 * Prints one line per test and a final "N passed, M failed"; exits non-zero on failure.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const assert = require("assert/strict");
const { URLSearchParams } = require("url");
const { chromium } = require("playwright-core");
const { serveStatic } = require("./server");
const { buildSimBundle, OFFICE_JS_URL } = require("./sim-bundle");

require("tsx/cjs/api").register();
const { loadXlsxModel } = require("../sim-excel/from-xlsx.ts");
const { createWorkbookModel, createSheetModel } = require("../sim-excel/model.ts");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const RESULTS = path.join(ROOT, "test-results");
const EXAMPLE = path.join(ROOT, "examples", "lkjip-dinsos-mamuju-2024.xlsx");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/**
 * The sheets a run of the example writes, in order. Perbandingan Renstra and Standar Nasional
 * come from optional columns of `targets`, which the example has.
 */
const OUTPUT = [
  "Tabel Realisasi Keuangan",
  "Capaian Kinerja",
  "Perbandingan Tahunan",
  "Perbandingan Renstra",
  "Standar Nasional",
  "Analisis Efisiensi",
  "Narasi",
  "Temuan",
];
/** The sheets written whatever optional columns the tables have. */
const OUTPUT_WAJIB = [
  "Tabel Realisasi Keuangan",
  "Capaian Kinerja",
  "Analisis Efisiensi",
  "Narasi",
  "Temuan",
];
const DOCX_BUTTON = "Unduh Bab III (.docx)";
const TIMEOUT = 30_000;

const rupiah = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
const persen = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** @type {{ name: string, fn: (t: any) => Promise<void> }[]} */
const tests = [];
const test = (name, fn) => tests.push({ name, fn });

// ---------------------------------------------------------------------------------------------
// Helpers running in the page

/** Opens `file` of dist/ with the simulated host over `model`. */
async function openPage(env, file, model, options = {}) {
  const page = await env.context.newPage();
  await page.setViewportSize({ width: options.width || 420, height: 900 });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_URL) {
      return route.fulfill({ status: 200, contentType: "text/javascript", body: env.simBundle });
    }
    if (url.startsWith(env.server.url)) return route.continue();
    return route.abort();
  });
  await page.addInitScript(
    (config) => {
      window.__CAPAIAN_SIM__ = config;
    },
    { model, apiVersion: options.apiVersion || "1.14" },
  );
  await page.goto(`${env.server.url}/${file}`);
  return { page, errors };
}

const sim = (page, fn, arg) => page.evaluate(fn, arg);
const model = (page) => sim(page, () => window.__capaianSim.host.model);
const stats = (page) => sim(page, () => ({ ...window.__capaianSim.host.stats }));
const sheetNames = (page) =>
  sim(page, () => window.__capaianSim.inspect.sheetNames(window.__capaianSim.host.model));
const values = (page, address) =>
  sim(page, (a) => window.__capaianSim.inspect.rangeValues(window.__capaianSim.host.model, a), address);
const formulas = (page, address) =>
  sim(page, (a) => window.__capaianSim.inspect.rangeFormulas(window.__capaianSim.host.model, a), address);
const format = (page, address) =>
  sim(page, (a) => window.__capaianSim.inspect.cellFormat(window.__capaianSim.host.model, a), address);

/** Row number (1-based) of the first row of `sheet` whose column `col` (0-based) equals `text`. */
async function findRow(page, sheet, col, text) {
  return sim(
    page,
    ({ sheet, col, text }) => {
      const m = window.__capaianSim.host.model;
      const s = m.sheets.find((x) => x.name === sheet);
      for (const [key, cell] of Object.entries(s.cells)) {
        const [r, c] = key.split(",").map(Number);
        if (c === col && cell.value === text) return r + 1;
      }
      return null;
    },
    { sheet, col, text },
  );
}

/** The evaluated values of a sheet's used area, row by row (1-based row n is rows[n - 1]). */
const sheetRows = (page, sheet) =>
  sim(
    page,
    (name) => {
      const { host, inspect } = window.__capaianSim;
      const s = host.model.sheets.find((x) => x.name === name);
      if (!s) return null;
      let rows = 0;
      let cols = 0;
      for (const key of Object.keys(s.cells)) {
        const [r, c] = key.split(",").map(Number);
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
      if (rows === 0) return [];
      let letters = "";
      for (let n = cols; n > 0; n = Math.floor((n - 1) / 26))
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      return inspect.rangeValues(host.model, `'${name.replace(/'/g, "''")}'!A1:${letters}${rows}`);
    },
    sheet,
  );

/** The charts the simulated host recorded on `sheet`. */
const chartsOf = (page, sheet) =>
  sim(page, (name) => window.__capaianSim.host.model.sheets.find((x) => x.name === name).charts, sheet);

/** Values of a one-column or one-row range as a flat list. */
const flat = async (page, address) => (await values(page, address)).flat();

/** The contents of the output sheets, for comparing runs. */
const outputContent = (page) =>
  sim(
    page,
    (names) =>
      names.map((n) => {
        const s = window.__capaianSim.host.model.sheets.find((x) => x.name === n);
        return s ? JSON.stringify({ cells: s.cells, merges: s.merges, widths: s.columnWidths }) : null;
      }),
    OUTPUT,
  );

async function waitReady(page) {
  await page.getByRole("button", { name: "Hitung Capaian" }).waitFor({ timeout: TIMEOUT });
  // The pane checks the tables on open; wait for that round to finish (tahun options filled).
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid="opsi-tahun"] option').length > 1 ||
      document.querySelector('[data-testid^="pesan-"]'),
    null,
    { timeout: TIMEOUT },
  );
}

async function hitung(page) {
  const before = (await stats(page)).syncs;
  await page.getByRole("button", { name: "Hitung Capaian" }).click();
  await page.waitForSelector('[data-testid="ringkasan"]', { timeout: TIMEOUT });
  await page
    .getByRole("button", { name: "Hitung Capaian" })
    .and(page.locator(":enabled"))
    .waitFor({ timeout: TIMEOUT });
  return (await stats(page)).syncs - before;
}

/** The run of the same workbook by the adapter in Node: the expected report. */
async function expectedReport(xlsxModel) {
  const { createExcelHost } = require("../sim-excel/host.ts");
  const { hitungCapaian } = require("../../src/excel/run.ts");
  const host = createExcelHost(JSON.parse(JSON.stringify(xlsxModel)), { apiVersion: "1.14" });
  const undo = host.install(globalThis);
  try {
    const hasil = await host.Excel.run((context) => hitungCapaian(context, { tahunSekarang: 2024 }));
    return hasil.analysis.laporan;
  } finally {
    undo();
  }
}

// ---------------------------------------------------------------------------------------------
// Tests

test("production pages load office.js from Microsoft's CDN and carry no simulated host", async () => {
  for (const file of ["taskpane.html", "commands.html", "pesan.html"]) {
    const html = fs.readFileSync(path.join(DIST, file), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    assert.equal(scripts[0], OFFICE_JS_URL, `${file} must load ${OFFICE_JS_URL} first: ${scripts}`);
  }
  for (const file of ["taskpane.js", "commands.js", "pesan.js"]) {
    const js = fs.readFileSync(path.join(DIST, file), "utf8");
    assert.ok(!js.includes("__CAPAIAN_SIM__"), `${file} must not contain the simulated host`);
  }
});

test("task pane: Hitung Capaian writes the sheets, shows summary and temuan; Lihat selects the cell", async (env) => {
  const { page, errors } = await openPage(env, "taskpane.html", env.example);
  await waitReady(page);
  const tahun = await page.locator('[data-testid="opsi-tahun"] option').allTextContents();
  assert.ok(tahun.includes("2024"), `tahun choices from the data: ${tahun}`);

  const syncs = await hitung(page);
  assert.ok(syncs <= 6, `at most 6 round-trips per run, got ${syncs}`);
  const s = await stats(page);
  assert.ok(s.maxRequestBytes < 5_000_000);

  // Sheets: after the user's sheets, source sheets untouched.
  const names = await sheetNames(page);
  assert.deepEqual(names, ["Perjanjian Kinerja", "DPA", "Realisasi", ...OUTPUT]);
  const m = await model(page);
  for (const n of ["Perjanjian Kinerja", "DPA", "Realisasi"]) {
    assert.deepEqual(
      m.sheets.find((x) => x.name === n).cells,
      env.example.sheets.find((x) => x.name === n).cells,
      `${n} unchanged`,
    );
  }

  // Tabel Realisasi Keuangan: the seed's figures, live formulas, formats.
  const rk = "'Tabel Realisasi Keuangan'";
  const header = await values(page, `${rk}!A4:G4`);
  assert.deepEqual(header[0], [
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja Utama (IKU)",
    "Program / Kegiatan / Sub Kegiatan",
    "Pagu Anggaran",
    "Realisasi Anggaran",
    "%",
  ]);
  assert.equal((await format(page, `${rk}!A4`)).bold, true);
  const rehab = await findRow(page, "Tabel Realisasi Keuangan", 3, "Program Rehabilitasi Sosial");
  assert.ok(rehab, "Program Rehabilitasi Sosial row");
  const [[pagu, realisasi, pct]] = await values(page, `${rk}!E${rehab}:G${rehab}`);
  assert.equal(pagu, 371825120);
  assert.equal(realisasi, 369078690);
  assert.ok(Math.abs(pct - 99.2613) < 0.001, `serapan ${pct}`);
  assert.match(String((await formulas(page, `${rk}!G${rehab}`))[0][0]), /^=/);
  assert.equal((await format(page, `${rk}!E${rehab}`)).numberFormat, "#,##0");
  assert.equal((await format(page, `${rk}!G${rehab}`)).numberFormat, "0.00");
  const jumlah = await findRow(page, "Tabel Realisasi Keuangan", 0, "Jumlah");
  const [[totalPagu, totalRealisasi]] = await values(page, `${rk}!E${jumlah}:F${jumlah}`);
  assert.equal(totalPagu, env.expected.total.pagu);
  assert.equal(totalRealisasi, env.expected.total.realisasi);
  assert.match(String((await formulas(page, `${rk}!E${jumlah}`))[0][0]), /^=SUM\(/i);

  // Capaian Kinerja: predikat per sasaran.
  const ck = "Capaian Kinerja";
  for (const sasaran of env.expected.sasaran) {
    const row = await findRow(page, ck, 1, sasaran.sasaran);
    assert.ok(row, `sasaran row ${sasaran.sasaran}`);
  }

  // Temuan sheet: one row per temuan.
  const temuanRows = await sim(page, () => {
    const s = window.__capaianSim.host.model.sheets.find((x) => x.name === "Temuan");
    return new Set(Object.keys(s.cells).map((k) => k.split(",")[0])).size;
  });
  assert.ok(temuanRows >= env.expected.temuan.length, `Temuan sheet rows ${temuanRows}`);

  // The pane: summary and temuan.
  const sasaranRows = page.locator('[data-testid="sasaran"]');
  assert.equal(await sasaranRows.count(), env.expected.sasaran.length);
  for (let i = 0; i < env.expected.sasaran.length; i++) {
    const e = env.expected.sasaran[i];
    const row = sasaranRows.nth(i);
    assert.ok((await row.textContent()).includes(e.sasaran));
    assert.equal((await row.locator('[data-testid="predikat"]').textContent()).trim(), e.predikat);
    assert.equal(
      (await row.locator('[data-testid="capaian"]').textContent()).trim(),
      `${persen.format(e.capaian)} %`,
    );
  }
  assert.equal(
    (await page.locator('[data-testid="total-pagu"]').textContent()).trim(),
    `Rp ${rupiah.format(env.expected.total.pagu)}`,
  );
  assert.equal(
    (await page.locator('[data-testid="total-realisasi"]').textContent()).trim(),
    `Rp ${rupiah.format(env.expected.total.realisasi)}`,
  );
  assert.equal(
    (await page.locator('[data-testid="total-serapan"]').textContent()).trim(),
    `${persen.format(env.expected.total.persen)} %`,
  );
  const judulTemuan = await page.locator("#judul-temuan").textContent();
  assert.equal(judulTemuan.trim(), `Temuan (${env.expected.temuan.length})`);
  for (const tingkat of ["error", "peringatan", "info"]) {
    const n = env.expected.temuan.filter((t) => t.tingkat === tingkat).length;
    assert.equal(await page.locator(`[data-testid="tingkat-${tingkat}"]`).count(), n > 0 ? 1 : 0, tingkat);
  }

  // Error-level temuan are open first; "Lihat" selects the offending cell.
  const firstError = env.expected.temuan.find((t) => t.tingkat === "error" && t.alamat);
  const lihat = page
    .locator(`[data-testid="tingkat-error"] button[data-alamat="${firstError.alamat}"]`)
    .first();
  await lihat.click();
  const [sheet, cell] = firstError.alamat.split("!");
  await page.waitForFunction(
    ({ sheet, cell }) => {
      const sel = window.__capaianSim.host.model.selection;
      return sel && sel.sheet === sheet && sel.address === cell;
    },
    { sheet, cell },
    { timeout: TIMEOUT },
  );
  assert.equal((await model(page)).activeSheet, sheet);

  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, "taskpane.png"), fullPage: true });
  fs.copyFileSync(path.join(RESULTS, "taskpane.png"), path.join(ROOT, "docs", "screenshot-taskpane.png"));
  assert.deepEqual(errors, []);
});

/** Row number (1-based) of the header row of a generated table: the first row whose column A is "No". */
const headerRow = (rows) => rows.findIndex((r) => r[0] === "No") + 1;

test("task pane: Hitung Capaian writes Perbandingan Tahunan, Perbandingan Renstra, Analisis Efisiensi and Narasi", async (env) => {
  const { page, errors } = await openPage(env, "taskpane.html", env.example);
  await waitReady(page);
  const syncs = await hitung(page);
  assert.ok(syncs <= 6, `still at most 6 round-trips with the new sheets: ${syncs}`);
  const names = await sheetNames(page);
  assert.deepEqual(names, ["Perjanjian Kinerja", "DPA", "Realisasi", ...OUTPUT]);
  const indikator = (kode) => env.expected.indikator.find((i) => i.kode === kode);
  /** The row of `rows` whose cell in column `col` (0-based) is `text`. */
  const rowOf = (rows, col, text) => rows.find((r) => r[col] === text);

  // Perbandingan Tahunan: target, realisasi, capaian and predikat per year, then the trend.
  const pt = await sheetRows(page, "Perbandingan Tahunan");
  const ptHeader = headerRow(pt);
  assert.ok(ptHeader > 0, "Perbandingan Tahunan has a header row");
  assert.deepEqual(pt[ptHeader - 1], [
    "No",
    "Indikator Kinerja",
    "Satuan",
    ...[2022, 2023, 2024].flatMap((y) => [
      `Target ${y}`,
      `Realisasi ${y}`,
      `Capaian ${y} (%)`,
      `Predikat ${y}`,
    ]),
    "Tren",
    "Catatan",
  ]);
  const psks = rowOf(pt, 1, indikator("IKU-01").indikator);
  assert.ok(psks, "IKU-01 row");
  assert.ok(Math.abs(psks[5] - 110) < 1e-9, `capaian 2022 ${psks[5]}`);
  assert.equal(psks[15], "naik");
  assert.ok(Math.abs(psks[13] - indikator("IKU-01").capaian) < 1e-9, `capaian 2024 ${psks[13]}`);

  // Perbandingan Renstra: the 2024 realisasi against the target at the end of the Renstra.
  const pr = await sheetRows(page, "Perbandingan Renstra");
  const prHeader = headerRow(pr);
  assert.deepEqual(pr[prHeader - 1], [
    "No",
    "Indikator Kinerja",
    "Satuan",
    "Target Akhir Renstra",
    "Target 2024",
    "Realisasi 2024",
    "Capaian thd Target 2024 (%)",
    "Capaian thd Target Akhir Renstra (%)",
    "Predikat",
  ]);
  assert.equal(pr.length - prHeader, env.expected.indikator.length, "one row per indikator");
  const miskin = rowOf(pr, 1, indikator("IKU-04").indikator);
  assert.deepEqual(miskin.slice(3, 6), [55.12, 55.12, 84.5]);

  // Analisis Efisiensi: capaian beside the serapan of the supporting programs.
  const ae = await sheetRows(page, "Analisis Efisiensi");
  const aeHeader = headerRow(ae);
  assert.deepEqual(ae[aeHeader - 1], [
    "No",
    "Indikator Kinerja",
    "Program Terkait",
    "Capaian (%)",
    "Pagu Anggaran",
    "Realisasi Anggaran",
    "Serapan (%)",
    "Efisiensi (%)",
    "Keterangan",
  ]);
  const aeBaris = (kode) => {
    const k = ae.findIndex((r) => r[1] === indikator(kode).indikator);
    assert.ok(k >= 0, `${kode} row on Analisis Efisiensi`);
    return { row: k + 1, cells: ae[k] };
  };
  const iku04 = aeBaris("IKU-04");
  assert.equal(Math.round(iku04.cells[6] * 100) / 100, 95.22, `IKU-04 serapan ${iku04.cells[6]}`);
  assert.match(String((await formulas(page, `'Analisis Efisiensi'!G${iku04.row}`))[0][0]), /^=/);
  assert.equal(iku04.cells[8], "Efisien");
  assert.match(aeBaris("IKU-01").cells[8], /tanpa anggaran/i, "IKU-01 has no budget");
  for (const e of env.expected.efisiensi) {
    const ket = aeBaris(e.kode).cells[8];
    if (e.efisien === true) assert.equal(ket, "Efisien", e.kode);
    else if (e.efisien === false) assert.equal(ket, "Tidak Efisien", e.kode);
    else assert.ok(!/^(Tidak )?Efisien$/.test(ket), `${e.kode}: ${ket}`);
  }

  // Narasi: a paragraph per sasaran and per indikator, with the figures of the run.
  const na = await sheetRows(page, "Narasi");
  const naHeader = headerRow(na);
  assert.deepEqual(na[naHeader - 1], ["No", "Sasaran / Indikator", "Uraian"]);
  for (const i of env.expected.indikator) {
    const row = rowOf(na, 1, i.kode);
    assert.ok(row, `narasi of ${i.kode}`);
    assert.ok(row[2].startsWith(i.indikator), `${i.kode}: ${row[2].slice(0, 80)}`);
  }
  assert.match(rowOf(na, 1, "IKU-04")[2], /153,30 %/);
  assert.equal(
    na.slice(naHeader).filter((r) => /^Sasaran \d+$/.test(r[1])).length,
    env.expected.sasaran.length,
    "one paragraph per sasaran",
  );
  assert.deepEqual(errors, []);
});

test("task pane: Hitung Capaian charts capaian per indikator and serapan per program", async (env) => {
  const { page, errors } = await openPage(env, "taskpane.html", env.example);
  await waitReady(page);
  const syncs = await hitung(page);
  assert.ok(syncs <= 6, `charts cost no round-trip of their own: ${syncs} syncs`);

  // Capaian Kinerja: capaian as columns, the 100 % reference as a line, categories = indikator.
  const ck = "Capaian Kinerja";
  const [capaian, ...moreCk] = await chartsOf(page, ck);
  assert.equal(moreCk.length, 0, "one chart on Capaian Kinerja");
  assert.equal(capaian.type, "ColumnClustered");
  assert.ok(capaian.title && /capaian/i.test(capaian.title), `title ${capaian.title}`);
  assert.equal(capaian.valueAxisTitle, "%");
  assert.ok(capaian.position && capaian.position.start && capaian.position.end, "positioned");
  const lines = capaian.series.filter((x) => x.chartType === "Line");
  const columns = capaian.series.filter((x) => x.chartType === undefined);
  assert.equal(lines.length, 1, `one line series: ${JSON.stringify(capaian.series)}`);
  assert.equal(columns.length, 1, `one column series: ${JSON.stringify(capaian.series)}`);
  for (const x of capaian.series) {
    assert.ok(x.values.startsWith("'Capaian Kinerja'!"), `on its own sheet, final name: ${x.values}`);
    assert.equal(x.xValues, columns[0].xValues, "same categories");
  }
  const kategori = await flat(page, columns[0].xValues);
  assert.equal(kategori.length, env.expected.indikator.length, `one column per indikator: ${kategori}`);
  const nilai = await flat(page, columns[0].values);
  kategori.forEach((label, k) => {
    const i = env.expected.indikator.find((x) => x.kode === label || x.indikator === label);
    assert.ok(i, `category ${label} is an indikator`);
    if (i.capaian === null) assert.equal(nilai[k], "", `${label}: no capaian`);
    else assert.ok(Math.abs(nilai[k] - i.capaian) < 1e-6, `${label}: ${nilai[k]} vs ${i.capaian}`);
  });
  assert.deepEqual(
    await flat(page, lines[0].values),
    kategori.map(() => 100),
  );

  // Tabel Realisasi Keuangan: serapan per program.
  const rk = "Tabel Realisasi Keuangan";
  const [serapan, ...moreRk] = await chartsOf(page, rk);
  assert.equal(moreRk.length, 0, "one chart on Tabel Realisasi Keuangan");
  assert.ok(["BarClustered", "ColumnClustered"].includes(serapan.type), serapan.type);
  assert.ok(/serapan/i.test(serapan.title), `title ${serapan.title}`);
  assert.ok(serapan.series.length >= 1);
  const programs = env.expected.anggaran.filter((a) => a.level === "program" || a.level === "tingkat 1");
  const [main] = serapan.series;
  assert.ok(main.values.startsWith("'Tabel Realisasi Keuangan'!"), main.values);
  const labels = await flat(page, main.xValues);
  const persenProgram = await flat(page, main.values);
  assert.equal(labels.length, programs.length, `one bar per program: ${labels}`);
  labels.forEach((label, k) => {
    // A long uraian is shortened with "…" in the label.
    const text = String(label).replace(/…$/, "");
    const p = programs.find((x) => x.kode === label || x.uraian.startsWith(text));
    assert.ok(p, `category ${label} is a program`);
    if (p.persen === null) assert.equal(persenProgram[k], "", `${label}: no serapan`);
    else
      assert.ok(Math.abs(persenProgram[k] - p.persen) < 1e-6, `${label}: ${persenProgram[k]} vs ${p.persen}`);
  });

  // No chart anywhere else.
  const m = await model(page);
  const elsewhere = m.sheets.filter((x) => x.name !== ck && x.name !== rk && x.charts.length > 0);
  assert.deepEqual(
    elsewhere.map((x) => x.name),
    [],
  );
  assert.deepEqual(errors, []);
});

test("task pane: Unduh Bab III (.docx) downloads the Word document of the last run", async (env) => {
  const { page, errors } = await openPage(env, "taskpane.html", env.example);
  await waitReady(page);
  // The button may be missing from an older pane: wait for it to exist before anything else.
  const button = page.getByRole("button", { name: DOCX_BUTTON });
  await button.waitFor({ state: "attached", timeout: TIMEOUT });
  await hitung(page);
  await button.and(page.locator(":enabled")).waitFor({ timeout: TIMEOUT });
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: TIMEOUT }), button.click()]);
  const name = download.suggestedFilename();
  assert.match(name, /\.docx$/, `file name ${name}`);
  const file = await download.path();
  const bytes = fs.readFileSync(file);
  assert.ok(bytes.length > 1000, `${bytes.length} bytes`);
  assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK", "a zip (OOXML) file");
  assert.ok(bytes.includes(Buffer.from("word/document.xml")), "has word/document.xml");
  fs.copyFileSync(file, path.join(RESULTS, name));
  assert.deepEqual(errors, []);
});

test("task pane: a rerun by keyboard replaces the output, same sheets and content, no duplicates", async (env) => {
  const { page, errors } = await openPage(env, "taskpane.html", env.example);
  await waitReady(page);
  const first = await hitung(page);
  const names = await sheetNames(page);
  const content = await outputContent(page);

  await page.getByRole("button", { name: "Hitung Capaian" }).focus();
  const before = (await stats(page)).syncs;
  await page.keyboard.press("Enter");
  await page.waitForFunction((n) => window.__capaianSim.host.stats.syncs >= n, before + first, {
    timeout: TIMEOUT,
  });
  await page
    .getByRole("button", { name: "Hitung Capaian" })
    .and(page.locator(":enabled"))
    .waitFor({ timeout: TIMEOUT });
  await page.waitForSelector('[data-testid="ringkasan"]', { timeout: TIMEOUT });
  assert.equal((await stats(page)).syncs - before, first, "same round-trips on a rerun");
  assert.deepEqual(await sheetNames(page), names);
  assert.deepEqual(await outputContent(page), content);
  // The previous output's charts went with its sheets: still one chart on each of the two.
  const charts = (await model(page)).sheets.map((x) => [x.name, x.charts.length]).filter(([, n]) => n > 0);
  assert.deepEqual(charts, [
    ["Tabel Realisasi Keuangan", 1],
    ["Capaian Kinerja", 1],
  ]);
  assert.deepEqual(errors, []);
});

test("task pane: missing tables are named, 'Buat tabel contoh' creates them, then the run works", async (env) => {
  const empty = createWorkbookModel(["Sheet1"]);
  const { page, errors } = await openPage(env, "taskpane.html", empty);
  const bar = page.locator('[data-testid="pesan-warning"]');
  await bar.waitFor({ timeout: TIMEOUT });
  const text = await bar.textContent();
  for (const name of ["targets", "pagu", "realisasi"])
    assert.ok(text.includes(`"${name}"`), `names ${name}: ${text}`);
  assert.ok(/Sisipkan/.test(text), "says how to create it");
  await page.screenshot({ path: path.join(RESULTS, "taskpane-tabel-tidak-ada.png"), fullPage: true });

  await bar.getByRole("button", { name: "Buat tabel contoh" }).click();
  await page.locator('[data-testid="pesan-success"]').waitFor({ timeout: TIMEOUT });
  const tables = await sim(page, () => window.__capaianSim.host.model.tables.map((t) => t.name).sort());
  assert.deepEqual(tables, ["pagu", "realisasi", "targets"]);

  await hitung(page);
  const names = await sheetNames(page);
  for (const n of OUTPUT_WAJIB) assert.ok(names.includes(n), `${n} written`);
  assert.deepEqual(errors, []);
});

test("task pane: a user's own sheet named Temuan is kept; the output goes to 'Temuan (2)' and the pane says so", async (env) => {
  const wb = JSON.parse(JSON.stringify(env.example));
  const own = createSheetModel(wb, "Temuan");
  own.cells["0,0"] = { value: "catatan pribadi" };
  wb.sheets.push(own);
  const { page, errors } = await openPage(env, "taskpane.html", wb);
  await waitReady(page);
  await hitung(page);
  const names = await sheetNames(page);
  assert.ok(names.includes("Temuan (2)"), names.join(", "));
  assert.deepEqual(await values(page, "Temuan!A1"), [["catatan pribadi"]]);
  const info = await page.locator('[data-testid="pesan-info"]').textContent();
  assert.ok(info.includes("Temuan (2)"), info);
  assert.deepEqual(errors, []);
});

test("ribbon: hitungCapaian runs the whole job, activates the right sheet, completes the event", async (env) => {
  const { page, errors } = await openPage(env, "commands.html", env.example);
  await page.waitForFunction(
    () => window.__capaianSim && window.__capaianSim.host.actions.has("hitungCapaian"),
    null,
    {
      timeout: TIMEOUT,
    },
  );
  const completed = await page.evaluate(async () => {
    let calls = 0;
    const action = window.__capaianSim.host.actions.get("hitungCapaian");
    await new Promise((resolve) => {
      action({
        completed: () => {
          calls++;
          resolve();
        },
        source: { id: "hitungCapaian" },
      });
    });
    await new Promise((r) => setTimeout(r, 50));
    return calls;
  });
  assert.equal(completed, 1);
  const names = await sheetNames(page);
  for (const n of OUTPUT) assert.ok(names.includes(n), `${n} written`);
  const hasError = env.expected.temuan.some((t) => t.tingkat === "error");
  assert.equal((await model(page)).activeSheet, hasError ? "Temuan" : "Tabel Realisasi Keuangan");
  assert.ok((await stats(page)).syncs <= 6);
  assert.deepEqual(errors, []);
});

/**
 * Runs the ribbon action in the page; when it opens a dialog, records its URL and closes it as
 * the user would (Tutup). Returns the completed() calls and the dialogs' URLs.
 */
async function ribbonRun(page) {
  await page.waitForFunction(
    () => window.__capaianSim && window.__capaianSim.host.actions.has("hitungCapaian"),
    null,
    { timeout: TIMEOUT },
  );
  return page.evaluate(async () => {
    const host = window.__capaianSim.host;
    let calls = 0;
    const urls = [];
    const action = host.actions.get("hitungCapaian");
    const done = new Promise((resolve) =>
      action({
        completed: () => {
          calls++;
          resolve();
        },
      }),
    );
    // The command waits for its dialog to be closed; play the user clicking Tutup.
    const closer = window.setInterval(() => {
      for (const d of host.dialogs) {
        if (!d.closed && !urls.includes(d.url)) {
          urls.push(d.url);
          d.sendMessage("tutup");
        }
      }
    }, 10);
    await done;
    window.clearInterval(closer);
    await new Promise((r) => setTimeout(r, 50));
    return { calls, urls, open: host.dialogs.filter((d) => !d.closed).length };
  });
}

const messageOf = (url) => {
  const q = new URL(url).searchParams;
  return { judul: q.get("judul"), isi: q.get("isi"), path: new URL(url).pathname };
};

test("ribbon: on failure (cell-edit mode, ExcelApi 1.9) the message is shown in a dialog, the event completes, nothing is written", async (env) => {
  const wb = JSON.parse(JSON.stringify(env.example));
  wb.cellEditMode = true;
  const { page, errors } = await openPage(env, "commands.html", wb, { apiVersion: "1.9" });
  const r = await ribbonRun(page);
  assert.equal(r.calls, 1);
  assert.equal(r.urls.length, 1, "one dialog");
  assert.equal(r.open, 0, "the dialog was closed");
  const m = messageOf(r.urls[0]);
  assert.equal(m.path, "/pesan.html");
  assert.equal(m.judul, "Tidak dapat menyelesaikan perhitungan");
  assert.match(m.isi, /mode edit sel.*Enter atau Esc/);
  assert.deepEqual(await sheetNames(page), ["Perjanjian Kinerja", "DPA", "Realisasi"]);
  assert.deepEqual(errors, []);
});

test("ribbon: missing tables are named in the dialog; nothing is written", async (env) => {
  const wb = createWorkbookModel(["Sheet1"]);
  const { page, errors } = await openPage(env, "commands.html", wb);
  const r = await ribbonRun(page);
  assert.equal(r.calls, 1);
  assert.equal(r.urls.length, 1);
  const m = messageOf(r.urls[0]);
  assert.equal(m.judul, "Tabel belum ada");
  assert.match(m.isi, /Tabel bernama "targets" tidak ditemukan/);
  assert.match(m.isi, /Tabel bernama "realisasi" tidak ditemukan/);
  assert.deepEqual(await sheetNames(page), ["Sheet1"]);
  assert.deepEqual(errors, []);
});

test("ribbon: without Dialog API 1.1 the message goes to the log and the event completes", async (env) => {
  const wb = createWorkbookModel(["Sheet1"]);
  const { page, errors } = await openPage(env, "commands.html", wb);
  await page.waitForFunction(() => window.__capaianSim, null, { timeout: TIMEOUT });
  const logged = [];
  page.on("console", (m) => logged.push(m.text()));
  await page.evaluate(() => {
    const req = window.Office.context.requirements;
    const original = req.isSetSupported.bind(req);
    req.isSetSupported = (name, v) =>
      String(name).toLowerCase() === "dialogapi" ? false : original(name, v);
  });
  const r = await ribbonRun(page);
  assert.equal(r.calls, 1);
  assert.equal(r.urls.length, 0);
  assert.ok(
    logged.some((t) => t.includes('Tabel bernama "targets" tidak ditemukan')),
    logged.join("\n"),
  );
  assert.deepEqual(errors, []);
});

test("dialog page: shows the message from its URL as text; Tutup asks the add-in to close it", async (env) => {
  const wb = createWorkbookModel(["Sheet1"]);
  const judul = "Tabel belum ada";
  const isi = 'Tabel bernama "pagu" tidak ditemukan.\n<img src=x onerror="window.__xss=1">';
  const query = new URLSearchParams({ judul, isi }).toString();
  const { page, errors } = await openPage(env, `pesan.html?${query}`, wb);
  await page.getByRole("button", { name: "Tutup" }).waitFor({ timeout: TIMEOUT });
  assert.equal(await page.locator("h1").textContent(), judul);
  const paragraphs = await page.locator("#isi p").allTextContents();
  assert.deepEqual(paragraphs, isi.split("\n"));
  assert.equal(await page.locator("#isi img").count(), 0, "the message is text, not HTML");
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await page.getByRole("button", { name: "Tutup" }).click();
  assert.deepEqual(await sim(page, () => window.__capaianSim.host.parentMessages), ["tutup"]);
  assert.deepEqual(errors, []);
});

test("task pane: an Excel error shows an Indonesian MessageBar that says what to do", async (env) => {
  const wb = JSON.parse(JSON.stringify(env.example));
  const { page, errors } = await openPage(env, "taskpane.html", wb, { apiVersion: "1.9" });
  await waitReady(page);
  await sim(page, () => {
    window.__capaianSim.host.model.cellEditMode = true;
  });
  await page.getByRole("button", { name: "Hitung Capaian" }).click();
  const bar = page.locator('[data-testid="pesan-error"]');
  await bar.waitFor({ timeout: TIMEOUT });
  assert.match(await bar.textContent(), /mode edit sel.*Enter atau Esc/);
  assert.deepEqual(await sheetNames(page), ["Perjanjian Kinerja", "DPA", "Realisasi"]);
  assert.deepEqual(errors, []);
});

// ---------------------------------------------------------------------------------------------

async function main() {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error("dist/ is missing: run npm run build");
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
  fs.mkdirSync(RESULTS, { recursive: true });

  const example = await loadXlsxModel(EXAMPLE);
  const expected = await expectedReport(example);
  const simBundle = await buildSimBundle();
  const server = await serveStatic({ root: DIST });
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  const env = { example, expected, simBundle, server, context };

  let passed = 0;
  let failed = 0;
  const only = process.argv[2];
  try {
    for (const t of tests) {
      if (only && !t.name.includes(only)) continue;
      const t0 = Date.now();
      try {
        await t.fn(env);
        passed++;
        console.log(`✓ ${t.name} (${Date.now() - t0} ms)`);
      } catch (e) {
        failed++;
        console.log(
          `✗ ${t.name}\n    ${String(e && e.stack ? e.stack : e)
            .split("\n")
            .slice(0, 8)
            .join("\n    ")}`,
        );
      } finally {
        for (const p of context.pages()) await p.close().catch(() => undefined);
      }
    }
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log("0 passed, 1 failed");
  process.exitCode = 1;
});
