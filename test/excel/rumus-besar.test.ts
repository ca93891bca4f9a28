/**
 * Province scale (the bench's synthetic workbooks): every formula the sheets carry stays under
 * Excel's 8,192-character limit — at 100,000 budget lines in the sheet descriptions, and at
 * 40,000 through a whole run written into the simulated host, which like Excel refuses a longer
 * formula (FormulaLengthExceedsLimit) and a request over 5 MB. (A SUM over every program's row
 * passed the limit at about 1,270 programs.) The bench (`bench/adapter.ts`) writes the
 * 100,000-line workbook too and checks the same, with the sync formula.
 */
import { syncBound, synthetic } from "../../bench/adapter";
import { analyze } from "../../src/core/analyze";
import { TABLE_NAMES } from "../../src/core/kontrak";
import { REQUEST_LIMIT_BYTES } from "../../src/excel/chunking";
import { readWorkbook } from "../../src/excel/read-tables";
import { runCapaian } from "../../src/excel/run";
import { buildSheets } from "../../src/report/index";
import { inspect } from "../sim-excel";
import { pasangHost } from "./workbook";

/** Excel's limit on a cell's formula. */
const BATAS_RUMUS = 8192;

it("100,000 budget lines: no formula over 8,192 characters, totals of one range", async () => {
  const model = synthetic(100_000);
  const { host, lepas } = pasangHost(model);
  try {
    const snapshot = await host.Excel.run((context) => readWorkbook(context, TABLE_NAMES));
    const analysis = analyze(snapshot.tables, { tahunSekarang: 2024 });
    expect(analysis.anggaran.length).toBeGreaterThan(4_000);
    const sheets = buildSheets(analysis);
    let longest = 0;
    for (const sheet of sheets)
      for (const row of sheet.rows)
        for (const cell of row) longest = Math.max(longest, cell?.formula?.length ?? 0);
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(BATAS_RUMUS);
    const rk = sheets.find((s) => s.name === "Tabel Realisasi Keuangan");
    const jumlah = rk?.rows.find((r) => r[0]?.value === "Jumlah");
    expect(jumlah?.[4]?.formula).toMatch(/^=SUBTOTAL\(9,E5:E\d+\)$/);
  } finally {
    lepas();
  }
}, 240_000);

it("40,000 budget lines written: the host takes every formula, requests under 5 MB, syncs within the formula", async () => {
  const model = synthetic(40_000);
  const { host, lepas } = pasangHost(model, { apiVersion: "1.14", locale: "id-ID", platform: "PC" });
  try {
    const hasil = await host.Excel.run((context) => runCapaian(context, { tahunSekarang: 2024 }));
    expect(hasil.tulis).not.toBeNull();
    const longest = inspect.longestFormula(model);
    expect(longest.length).toBeGreaterThan(0);
    expect(longest.length).toBeLessThanOrEqual(BATAS_RUMUS);
    expect(host.stats.maxRequestBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    expect(host.stats.maxResponseBytes).toBeLessThan(REQUEST_LIMIT_BYTES);
    const read = host.stats.responseBytes.reduce((a, b) => a + b, 0);
    const written = host.stats.requestBytes.reduce((a, b) => a + b, 0);
    expect(host.stats.syncs).toBeGreaterThan(6);
    expect(host.stats.syncs).toBeLessThanOrEqual(syncBound(read, written));
  } finally {
    lepas();
  }
}, 240_000);
