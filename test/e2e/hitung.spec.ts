/**
 * The task pane's main job on the example workbook: Hitung Capaian writes every output sheet
 * with the seed's figures, shows the summary and the temuan, Lihat selects a temuan's cell,
 * charts, the Word download and a rerun.
 */
import * as fs from "fs";
import * as path from "path";
import { test, expect, RESULTS } from "./fixtures";
import {
  OUTPUT,
  SOURCE_SHEETS,
  TIMEOUT,
  chartsOf,
  findRow,
  flat,
  format,
  formulas,
  hitung,
  inPage,
  model,
  outputContent,
  sheetNames,
  sheetRows,
  stats,
  values,
  waitReady,
  waitRunDone,
} from "./sim-page";

const rupiah = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
const persen = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const DOCX_BUTTON = "Unduh Bab III (.docx)";

/** Row number (1-based) of the header row of a generated table: the first row whose column A is "No". */
const headerRow = (rows: unknown[][]): number => rows.findIndex((r) => r[0] === "No") + 1;
/** The row of `rows` whose cell in column `col` (0-based) is `text`. */
const rowOf = <T>(rows: T[][], col: number, text: unknown): T[] => {
  const row = rows.find((r) => r[col] === text);
  expect(row, `a row with ${String(text)} in column ${col}`).toBeDefined();
  return row as T[];
};

test("Hitung Capaian writes the sheets, shows summary and temuan; Lihat selects the cell", async ({
  openPane,
  env,
}, testInfo) => {
  const page = await openPane("taskpane.html", env.example);
  await waitReady(page);
  const tahun = await page.locator('[data-testid="opsi-tahun"] option').allTextContents();
  expect(tahun, "tahun choices from the data").toContain("2024");

  const syncs = await hitung(page);
  expect(syncs, "round-trips per run").toBeLessThanOrEqual(6);
  expect((await stats(page)).maxRequestBytes).toBeLessThan(5_000_000);

  // Sheets after the user's; source sheets untouched.
  expect(await sheetNames(page)).toEqual([...SOURCE_SHEETS, ...OUTPUT]);
  const m = await model(page);
  for (const n of SOURCE_SHEETS) {
    const before = env.example.sheets.find((x) => x.name === n)?.cells;
    expect(m.sheets.find((x) => x.name === n)?.cells, `${n} unchanged`).toEqual(before);
  }

  // Tabel Realisasi Keuangan: the seed's figures, live formulas, formats.
  const rk = "'Tabel Realisasi Keuangan'";
  expect((await values(page, `${rk}!A4:G4`))[0]).toEqual([
    "No",
    "Sasaran Strategis",
    "Indikator Kinerja Utama (IKU)",
    "Program / Kegiatan / Sub Kegiatan",
    "Pagu Anggaran",
    "Realisasi Anggaran",
    "%",
  ]);
  expect((await format(page, `${rk}!A4`)).bold).toBe(true);
  const rehab = await findRow(page, "Tabel Realisasi Keuangan", 3, "Program Rehabilitasi Sosial");
  expect(rehab, "Program Rehabilitasi Sosial row").not.toBeNull();
  const [[pagu, realisasi, pct]] = await values(page, `${rk}!E${rehab}:G${rehab}`);
  expect(pagu).toBe(371825120);
  expect(realisasi).toBe(369078690);
  expect(pct as number).toBeCloseTo(99.2613, 3);
  expect(String((await formulas(page, `${rk}!G${rehab}`))[0][0])).toMatch(/^=/);
  expect((await format(page, `${rk}!E${rehab}`)).numberFormat).toBe("#,##0");
  expect((await format(page, `${rk}!G${rehab}`)).numberFormat).toBe("0.00");
  const jumlah = await findRow(page, "Tabel Realisasi Keuangan", 0, "Jumlah");
  const [[totalPagu, totalRealisasi]] = await values(page, `${rk}!E${jumlah}:F${jumlah}`);
  expect(totalPagu).toBe(env.expected.total.pagu);
  expect(totalRealisasi).toBe(env.expected.total.realisasi);
  expect(String((await formulas(page, `${rk}!E${jumlah}`))[0][0])).toMatch(/^=SUBTOTAL\(9,E\d+:E\d+\)$/);

  // Capaian Kinerja: a row per sasaran.
  for (const sasaran of env.expected.sasaran) {
    expect(await findRow(page, "Capaian Kinerja", 1, sasaran.sasaran), sasaran.sasaran).not.toBeNull();
  }

  // Temuan sheet: a row per temuan.
  const temuanRows = await inPage(
    page,
    (h) => {
      const s = h.host.model.sheets.find((x) => x.name === "Temuan");
      return new Set(Object.keys(s ? s.cells : {}).map((k) => k.split(",")[0])).size;
    },
    null,
  );
  expect(temuanRows).toBeGreaterThanOrEqual(env.expected.temuan.length);

  // The pane: summary and temuan.
  const sasaranRows = page.getByTestId("sasaran");
  await expect(sasaranRows).toHaveCount(env.expected.sasaran.length);
  for (const [i, e] of env.expected.sasaran.entries()) {
    const row = sasaranRows.nth(i);
    await expect(row).toContainText(e.sasaran);
    await expect(row.getByTestId("predikat")).toHaveText(e.predikat ?? "");
    await expect(row.getByTestId("capaian")).toHaveText(`${persen.format(e.capaian ?? NaN)} %`);
  }
  await expect(page.getByTestId("total-pagu")).toHaveText(`Rp ${rupiah.format(env.expected.total.pagu)}`);
  await expect(page.getByTestId("total-realisasi")).toHaveText(
    `Rp ${rupiah.format(env.expected.total.realisasi)}`,
  );
  await expect(page.getByTestId("total-serapan")).toHaveText(
    `${persen.format(env.expected.total.persen ?? NaN)} %`,
  );
  await expect(page.locator("#judul-temuan")).toHaveText(`Temuan (${env.expected.temuan.length})`);
  for (const tingkat of ["error", "peringatan", "info"]) {
    const n = env.expected.temuan.filter((t) => t.tingkat === tingkat).length;
    await expect(page.getByTestId(`tingkat-${tingkat}`)).toHaveCount(n > 0 ? 1 : 0);
  }

  // Error-level temuan are open first; "Lihat" selects the offending cell.
  const firstError = env.expected.temuan.find((t) => t.tingkat === "error" && t.alamat);
  expect(firstError, "the example has an error-level temuan with a cell").toBeDefined();
  const alamat = String(firstError?.alamat);
  await page.locator(`[data-testid="tingkat-error"] button[data-alamat="${alamat}"]`).first().click();
  const [sheet, cell] = alamat.split("!");
  await expect
    .poll(async () => (await model(page)).selection, { timeout: TIMEOUT })
    .toEqual({ sheet, address: cell });
  expect((await model(page)).activeSheet).toBe(sheet);

  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({
    path: path.join(RESULTS, `taskpane-${testInfo.project.name}.png`),
    fullPage: true,
  });
});

test("Hitung Capaian writes Perbandingan Tahunan, Perbandingan Renstra, Analisis Efisiensi and Narasi", async ({
  openPane,
  env,
}) => {
  const page = await openPane("taskpane.html", env.example);
  await waitReady(page);
  expect(await hitung(page), "round-trips with the chapter III sheets").toBeLessThanOrEqual(6);
  expect(await sheetNames(page)).toEqual([...SOURCE_SHEETS, ...OUTPUT]);
  const indikator = (kode: string) => {
    const i = env.expected.indikator.find((x) => x.kode === kode);
    expect(i, kode).toBeDefined();
    return i as NonNullable<typeof i>;
  };

  // Perbandingan Tahunan: target, realisasi, capaian and predikat per year, then the trend.
  const pt = await sheetRows(page, "Perbandingan Tahunan");
  const ptHeader = headerRow(pt);
  expect(ptHeader, "Perbandingan Tahunan has a header row").toBeGreaterThan(0);
  expect(pt[ptHeader - 1]).toEqual([
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
  expect(psks[5] as number).toBeCloseTo(110, 9);
  expect(psks[15]).toBe("naik");
  expect(psks[13] as number).toBeCloseTo(indikator("IKU-01").capaian ?? NaN, 9);

  // Perbandingan Renstra: the 2024 realisasi against the target at the end of the Renstra.
  const pr = await sheetRows(page, "Perbandingan Renstra");
  const prHeader = headerRow(pr);
  expect(pr[prHeader - 1]).toEqual([
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
  expect(pr.length - prHeader, "one row per indikator").toBe(env.expected.indikator.length);
  expect(rowOf(pr, 1, indikator("IKU-04").indikator).slice(3, 6)).toEqual([55.12, 55.12, 84.5]);

  // Analisis Efisiensi: capaian beside the serapan of the supporting programs.
  const ae = await sheetRows(page, "Analisis Efisiensi");
  expect(ae[headerRow(ae) - 1]).toEqual([
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
  const aeBaris = (kode: string) => {
    const k = ae.findIndex((r) => r[1] === indikator(kode).indikator);
    expect(k, `${kode} row on Analisis Efisiensi`).toBeGreaterThanOrEqual(0);
    return { row: k + 1, cells: ae[k] };
  };
  const iku04 = aeBaris("IKU-04");
  expect(Math.round((iku04.cells[6] as number) * 100) / 100, "IKU-04 serapan").toBe(95.22);
  expect(String((await formulas(page, `'Analisis Efisiensi'!G${iku04.row}`))[0][0])).toMatch(/^=/);
  expect(iku04.cells[8]).toBe("Efisien");
  expect(String(aeBaris("IKU-01").cells[8]), "IKU-01 has no budget").toMatch(/tanpa anggaran/i);
  for (const e of env.expected.efisiensi ?? []) {
    const ket = String(aeBaris(e.kode).cells[8]);
    if (e.efisien === true) expect(ket, e.kode).toBe("Efisien");
    else if (e.efisien === false) expect(ket, e.kode).toBe("Tidak Efisien");
    else expect(ket, e.kode).not.toMatch(/^(Tidak )?Efisien$/);
  }

  // Narasi: a paragraph per sasaran and per indikator, with the figures of the run.
  const na = await sheetRows(page, "Narasi");
  const naHeader = headerRow(na);
  expect(na[naHeader - 1]).toEqual(["No", "Sasaran / Indikator", "Uraian"]);
  for (const i of env.expected.indikator) {
    expect(String(rowOf(na, 1, i.kode)[2]).startsWith(i.indikator), `narasi of ${i.kode}`).toBe(true);
  }
  expect(String(rowOf(na, 1, "IKU-04")[2])).toMatch(/153,30 %/);
  const paragrafSasaran = na.slice(naHeader).filter((r) => /^Sasaran \d+$/.test(String(r[1])));
  expect(paragrafSasaran, "one paragraph per sasaran").toHaveLength(env.expected.sasaran.length);
});

test("Hitung Capaian charts capaian per indikator and serapan per program", async ({ openPane, env }) => {
  const page = await openPane("taskpane.html", env.example);
  await waitReady(page);
  expect(await hitung(page), "charts cost no round-trip of their own").toBeLessThanOrEqual(6);

  // Capaian Kinerja: capaian as columns, the 100 % reference as a line, categories = indikator.
  const ck = "Capaian Kinerja";
  const chartsCk = await chartsOf(page, ck);
  expect(chartsCk, "one chart on Capaian Kinerja").toHaveLength(1);
  const [capaian] = chartsCk;
  expect(capaian.type).toBe("ColumnClustered");
  expect(capaian.title ?? "").toMatch(/capaian/i);
  expect(capaian.valueAxisTitle).toBe("%");
  expect(capaian.position?.start && capaian.position?.end, "positioned").toBeTruthy();
  const series = capaian.series ?? [];
  const lines = series.filter((x) => x.chartType === "Line");
  const columns = series.filter((x) => x.chartType === undefined);
  expect(lines, "one line series").toHaveLength(1);
  expect(columns, "one column series").toHaveLength(1);
  for (const x of series) {
    expect(
      String(x.values).startsWith("'Capaian Kinerja'!"),
      `on its own sheet, final name: ${x.values}`,
    ).toBe(true);
    expect(x.xValues, "same categories").toBe(columns[0].xValues);
  }
  const kategori = await flat(page, String(columns[0].xValues));
  expect(kategori, "one column per indikator").toHaveLength(env.expected.indikator.length);
  const nilai = await flat(page, String(columns[0].values));
  kategori.forEach((label, k) => {
    const i = env.expected.indikator.find((x) => x.kode === label || x.indikator === label);
    expect(i, `category ${String(label)} is an indikator`).toBeDefined();
    if (i?.capaian === null) expect(nilai[k], `${String(label)}: no capaian`).toBe("");
    else expect(nilai[k] as number).toBeCloseTo(i?.capaian ?? NaN, 6);
  });
  expect(await flat(page, String(lines[0].values))).toEqual(kategori.map(() => 100));

  // Tabel Realisasi Keuangan: serapan per program.
  const rk = "Tabel Realisasi Keuangan";
  const chartsRk = await chartsOf(page, rk);
  expect(chartsRk, "one chart on Tabel Realisasi Keuangan").toHaveLength(1);
  const [serapan] = chartsRk;
  expect(["BarClustered", "ColumnClustered"]).toContain(serapan.type);
  expect(serapan.title ?? "").toMatch(/serapan/i);
  const programs = env.expected.anggaran.filter((a) => a.level === "program" || a.level === "tingkat 1");
  const [main] = serapan.series ?? [];
  expect(String(main.values).startsWith("'Tabel Realisasi Keuangan'!"), String(main.values)).toBe(true);
  const labels = await flat(page, String(main.xValues));
  const persenProgram = await flat(page, String(main.values));
  expect(labels, "one bar per program").toHaveLength(programs.length);
  labels.forEach((label, k) => {
    // A long uraian is shortened with "…" in the label.
    const text = String(label).replace(/…$/, "");
    const p = programs.find((x) => x.kode === label || x.uraian.startsWith(text));
    expect(p, `category ${String(label)} is a program`).toBeDefined();
    if (p?.persen === null) expect(persenProgram[k], `${String(label)}: no serapan`).toBe("");
    else expect(persenProgram[k] as number).toBeCloseTo(p?.persen ?? NaN, 6);
  });

  // No chart anywhere else.
  const m = await model(page);
  expect(
    m.sheets.filter((x) => x.name !== ck && x.name !== rk && x.charts.length > 0).map((x) => x.name),
  ).toEqual([]);
});

test("Unduh Bab III (.docx) downloads the Word document of the last run", async ({ openPane, env }) => {
  const page = await openPane("taskpane.html", env.example);
  await waitReady(page);
  const button = page.getByRole("button", { name: DOCX_BUTTON });
  await button.waitFor({ state: "attached", timeout: TIMEOUT });
  await hitung(page);
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: TIMEOUT }), button.click()]);
  const name = download.suggestedFilename();
  expect(name).toMatch(/\.docx$/);
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 2).toString("latin1"), "a zip (OOXML) file").toBe("PK");
  expect(bytes.includes(Buffer.from("word/document.xml")), "has word/document.xml").toBe(true);
});

test("a rerun by keyboard replaces the output, same sheets and content, no duplicates", async ({
  openPane,
  env,
}) => {
  const page = await openPane("taskpane.html", env.example);
  await waitReady(page);
  const first = await hitung(page);
  const names = await sheetNames(page);
  const content = await outputContent(page);

  await page.getByRole("button", { name: "Hitung Capaian" }).focus();
  const before = (await stats(page)).syncs;
  await page.keyboard.press("Enter");
  await expect
    .poll(async () => (await stats(page)).syncs, { timeout: TIMEOUT })
    .toBeGreaterThanOrEqual(before + first);
  await waitRunDone(page);
  expect((await stats(page)).syncs - before, "same round-trips on a rerun").toBe(first);
  expect(await sheetNames(page)).toEqual(names);
  expect(await outputContent(page)).toEqual(content);
  // The previous output's charts went with its sheets: still one chart on each of the two.
  const charts = (await model(page)).sheets
    .map((x) => [x.name, x.charts.length])
    .filter(([, n]) => Number(n) > 0);
  expect(charts).toEqual([
    ["Tabel Realisasi Keuangan", 1],
    ["Capaian Kinerja", 1],
  ]);
});
