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
const OUTPUT = ["Tabel Realisasi Keuangan", "Capaian Kinerja", "Temuan"];
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
  for (const file of ["taskpane.html", "commands.html"]) {
    const html = fs.readFileSync(path.join(DIST, file), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    assert.equal(scripts[0], OFFICE_JS_URL, `${file} must load ${OFFICE_JS_URL} first: ${scripts}`);
  }
  for (const file of ["taskpane.js", "commands.js"]) {
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
  for (const n of OUTPUT) assert.ok(names.includes(n), `${n} written`);
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

test("ribbon: on failure (cell-edit mode, ExcelApi 1.9) the event still completes and nothing is written", async (env) => {
  const wb = JSON.parse(JSON.stringify(env.example));
  wb.cellEditMode = true;
  const { page, errors } = await openPage(env, "commands.html", wb, { apiVersion: "1.9" });
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
    await new Promise((resolve) =>
      action({
        completed: () => {
          calls++;
          resolve();
        },
      }),
    );
    await new Promise((r) => setTimeout(r, 50));
    return calls;
  });
  assert.equal(completed, 1);
  assert.deepEqual(await sheetNames(page), ["Perjanjian Kinerja", "DPA", "Realisasi"]);
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
