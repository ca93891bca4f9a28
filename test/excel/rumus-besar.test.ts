/**
 * A workbook of 40,000 budget lines (the bench's synthetic one): every formula the sheets carry
 * stays under Excel's 8,192-character limit. (A SUM over every program's row passed it at about
 * 1,270 programs; the simulated host, like Excel, refuses such a formula.)
 */
import { synthetic } from "../../bench/adapter";
import { analyze } from "../../src/core/analyze";
import { TABLE_NAMES } from "../../src/core/kontrak";
import { readWorkbook } from "../../src/excel/read-tables";
import { buildSheets } from "../../src/report/index";
import { pasangHost } from "./workbook";

/** Excel's limit on a cell's formula. */
const BATAS_RUMUS = 8192;

it("40,000 budget lines: no formula over 8,192 characters, totals of one range", async () => {
  const model = synthetic(40_000);
  const { host, lepas } = pasangHost(model);
  try {
    const snapshot = await host.Excel.run((context) => readWorkbook(context, TABLE_NAMES));
    const analysis = analyze(snapshot.tables, { tahunSekarang: 2024 });
    expect(analysis.anggaran.length).toBeGreaterThan(1_270);
    let longest = 0;
    for (const sheet of buildSheets(analysis))
      for (const row of sheet.rows)
        for (const cell of row) longest = Math.max(longest, cell?.formula?.length ?? 0);
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThanOrEqual(BATAS_RUMUS);
    const rk = buildSheets(analysis).find((s) => s.name === "Tabel Realisasi Keuangan");
    const jumlah = rk?.rows.find((r) => r[0]?.value === "Jumlah");
    expect(jumlah?.[4]?.formula).toMatch(/^=SUBTOTAL\(9,E5:E\d+\)$/);
  } finally {
    lepas();
  }
}, 120_000);
