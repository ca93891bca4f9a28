/**
 * The Office.js adapter against the simulated Excel host, load/sync rules enforced: what the
 * workbook holds after a run, how many round-trips it took, and what happens on bad input.
 */
import { runCapaian, runCapaianWith, inspectWorkbook } from "../../src/excel/run";
import { planBands, readWorkbook } from "../../src/excel/read-tables";
import * as fs from "fs";
import { KODE_DIPETAKAN, mapError } from "../../src/excel/errors";
import { selectCell } from "../../src/excel/select-cell";
import { createExampleTables } from "../../src/excel/contoh";
import { TABLE_NAMES } from "../../src/core/kontrak";
import { SHEET_NAMES, STYLES } from "../../src/report/index";
import type { SheetSpec } from "../../src/report/sheet-spec";
import {
  cellFormat,
  cellValue,
  rangeFormulas,
  rangeText,
  sheetContent,
  sheetNames,
  findSheet,
  type WorkbookModel,
} from "../sim-excel";
import { buatModel, modelContoh, pasangHost } from "./workbook";
import { DASAR_LEMBAR } from "../helpers/lembar";

/**
 * What a run of modelContoh writes, in order: no Perbandingan Renstra / Standar Nasional, its
 * `targets` has neither optional column.
 */
const OUTPUT = [
  SHEET_NAMES.realisasiKeuangan,
  SHEET_NAMES.capaianKinerja,
  SHEET_NAMES.perbandinganTahunan,
  SHEET_NAMES.analisisKeberhasilan,
  SHEET_NAMES.analisisEfisiensi,
  SHEET_NAMES.programPendukung,
  SHEET_NAMES.anggaranSasaran,
  SHEET_NAMES.narasi,
  SHEET_NAMES.temuan,
];
const TAHUN = { tahunSekarang: 2024 };

let lepas: (() => void) | null = null;
afterEach(() => {
  lepas?.();
  lepas = null;
});

function host(model: WorkbookModel, apiVersion = "1.14", maxRequestBytes?: number) {
  const h = pasangHost(model, { apiVersion, maxRequestBytes });
  lepas = h.lepas;
  return h.host;
}

async function run(h: ReturnType<typeof host>, options: Parameters<typeof runCapaian>[1] = {}) {
  const before = h.stats.syncs;
  const hasil = await h.Excel.run((context) => runCapaian(context, { ...TAHUN, ...options }));
  return { hasil, syncs: h.stats.syncs - before };
}

/** The sheets as JSON, to compare content across runs. */
const snapshot = sheetContent;

/** Finds the address of the first cell whose value is `value`. */
function find(model: WorkbookModel, sheet: string, value: unknown): string | null {
  const s = findSheet(model, sheet);
  for (const [key, cell] of Object.entries(s?.cells ?? {})) {
    if (cell.value === value) {
      const [r, c] = key.split(",").map(Number);
      return `'${sheet}'!${String.fromCharCode(65 + c)}${r + 1}`;
    }
  }
  return null;
}

describe("readWorkbook", () => {
  it("reads the named tables case-insensitively, values only, in three round-trips", async () => {
    const h = host(modelContoh());
    const snap = await h.Excel.run((context) => readWorkbook(context, TABLE_NAMES));
    expect(h.stats.syncs).toBe(3);
    expect(snap.syncs).toBe(3);
    expect(snap.missing).toEqual(["skala_predikat", "analisis", "program_iku"]);
    const targets = snap.tables.find((t) => t.name === "Targets");
    expect(targets).toMatchObject({ sheet: "PK", headerRow: 1, firstColumn: 1 });
    expect(targets?.headers).toEqual(["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Tahun"]);
    expect(targets?.rows[0]).toEqual([
      "IKU-01",
      "Meningkatnya kesejahteraan sosial",
      "=PSKS aktif (teks, bukan rumus)",
      "%",
      67,
      2024,
    ]);
    expect(snap.sheets.map((s) => s.name)).toEqual(["PK", "DPA", "Realisasi"]);
  });

  it("bounds every response: bodies in row bands under the budget, same tables as one read", async () => {
    const besar = (): WorkbookModel =>
      buatModel([
        {
          name: "Realisasi",
          table: {
            name: "realisasi",
            rows: [
              ["Kode", "Realisasi", "Tahun"],
              ...Array.from({ length: 400 }, (_, i) => [`1.06.01.2.01.${1000 + i}`, i * 1000, 2024]),
            ],
          },
        },
      ]);
    const whole = await host(besar()).Excel.run((context) => readWorkbook(context, TABLE_NAMES));
    expect(whole.tables[0].rows).toHaveLength(400);
    lepas?.();
    // Under a 5,000-byte response limit the read in one piece fails; in bands it goes through.
    const limit = { maxResponseBytes: 5_000 };
    const sekaligus = pasangHost(besar(), limit);
    lepas = sekaligus.lepas;
    const error = await sekaligus.host.Excel.run((context) => readWorkbook(context, TABLE_NAMES)).catch(
      (e: unknown) => e,
    );
    expect((error as { code?: string }).code).toBe("ResponsePayloadSizeLimitExceeded");
    lepas();
    const h = pasangHost(besar(), limit);
    lepas = h.lepas;
    const banded = await h.host.Excel.run((context) => readWorkbook(context, TABLE_NAMES, { budget: 3_000 }));
    expect(banded.tables).toEqual(whole.tables);
    expect(banded.syncs).toBeGreaterThan(3);
    expect(h.host.stats.maxResponseBytes).toBeLessThanOrEqual(5_000);
    expect(h.host.stats.responseBytes).toHaveLength(banded.syncs);
  });

  it("fails with ResponsePayloadSizeLimitExceeded (an Indonesian 'too large') when a response is over the limit", async () => {
    const h = host(modelContoh());
    h.failAt({ sync: 3, code: "ResponsePayloadSizeLimitExceeded", atomic: true });
    const error = await h.Excel.run((context) => readWorkbook(context, TABLE_NAMES)).catch((e: unknown) => e);
    expect(mapError(error).jenis).toBe("terlaluBesar");
  });
});

describe("planBands", () => {
  it("uses one round trip while the estimate fits the budget", () => {
    const plan = planBands(
      [
        { rows: 1000, bytesPerRow: 100 },
        { rows: 500, bytesPerRow: 50 },
      ],
      4_000_000,
    );
    expect(plan).toHaveLength(1);
    expect(plan[0].map((b) => [b.table, b.start, b.count])).toEqual([
      [0, 0, 1000],
      [1, 0, 500],
    ]);
  });

  it("splits larger bodies into bands, each round trip under the budget, covering every row once", () => {
    const plan = planBands(
      [
        { rows: 100_000, bytesPerRow: 100 },
        { rows: 0, bytesPerRow: 10 },
        { rows: 30_000, bytesPerRow: 40 },
      ],
      4_000_000,
    );
    expect(plan.length).toBe(3);
    for (const request of plan)
      expect(request.reduce((n, b) => n + b.bytes, 0)).toBeLessThanOrEqual(4_000_000);
    const covered = [0, 0, 0];
    for (const b of plan.flat()) covered[b.table] += b.count;
    expect(covered).toEqual([100_000, 0, 30_000]);
  });

  it("fills each round trip: tables of 2.5 MB each take ⌈total / budget⌉ round trips, not one each", () => {
    const tables = [1, 2, 3].map(() => ({ rows: 25_000, bytesPerRow: 100 }));
    const plan = planBands(tables, 4_000_000);
    expect(plan).toHaveLength(2);
    for (const request of plan)
      expect(request.reduce((n, b) => n + b.bytes, 0)).toBeLessThanOrEqual(4_000_000);
    // Every row once, in order: the second table is cut where the first round trip is full.
    const rows = plan.flat().map((b) => [b.table, b.start, b.count]);
    expect(rows).toEqual([
      [0, 0, 25_000],
      [1, 0, 15_000],
      [1, 15_000, 10_000],
      [2, 0, 25_000],
    ]);
  });

  it("sends a row larger than the budget alone", () => {
    const plan = planBands([{ rows: 3, bytesPerRow: 5_000_000 }], 4_000_000);
    expect(plan.map((r) => r.map((b) => [b.start, b.count]))).toEqual([[[0, 1]], [[1, 1]], [[2, 1]]]);
  });
});

describe("hitungCapaian", () => {
  it("writes the output sheets after the user's sheets in at most 6 round-trips", async () => {
    const model = modelContoh();
    const source = JSON.stringify(model.sheets.map((s) => s.cells)) + JSON.stringify(model.tables);
    const h = host(model);
    const { hasil, syncs } = await run(h);

    expect(hasil.analysis.fatal).toBe(false);
    expect(syncs).toBeLessThanOrEqual(6);
    expect(hasil.syncs).toBe(syncs);
    expect(sheetNames(model)).toEqual(["PK", "DPA", "Realisasi", ...OUTPUT]);
    expect(h.stats.suspendApiCalculationCalls).toBeGreaterThan(0);
    expect(h.stats.maxRequestBytes).toBeLessThan(5_000_000);
    // The source tables are untouched.
    expect(JSON.stringify(model.sheets.slice(0, 3).map((s) => s.cells)) + JSON.stringify(model.tables)).toBe(
      source,
    );
  });

  it("writes text as text, formulas as formulas, and formats per style", async () => {
    const model = modelContoh();
    const h = host(model);
    await run(h);

    // A name beginning with "=" stays text.
    const teks = find(model, SHEET_NAMES.capaianKinerja, "=PSKS aktif (teks, bukan rumus)");
    expect(teks).not.toBeNull();
    expect(cellValue(model, teks as string)).toBe("=PSKS aktif (teks, bukan rumus)");
    expect(cellFormat(model, teks as string).numberFormat).toBe("@");

    // Totals are live formulas whose results match the engine's.
    const rk = SHEET_NAMES.realisasiKeuangan;
    const jumlah = find(model, rk, "Jumlah") as string;
    const row = Number(/(\d+)$/.exec(jumlah)?.[1]);
    expect(String(rangeFormulas(model, `'${rk}'!E${row}`)[0][0])).toMatch(/^=SUBTOTAL\(9,E\d+:E\d+\)$/);
    expect(cellValue(model, `'${rk}'!E${row}`)).toBe(3500000);
    expect(cellValue(model, `'${rk}'!F${row}`)).toBe(3600000);
    expect(cellFormat(model, `'${rk}'!E${row}`).numberFormat).toBe(STYLES.totalUang.numberFormat);
    // The header row is styled as a whole.
    const header = find(model, rk, "Pagu Anggaran") as string;
    expect(cellFormat(model, header).bold).toBe(STYLES.header.bold ?? false);
  });

  it("marks its sheets and replaces them on a rerun: same sheets, same content", async () => {
    const model = modelContoh();
    const h = host(model);
    const first = await run(h);
    const names = sheetNames(model);
    const content = OUTPUT.map((n) => snapshot(model, n));
    expect(model.names.filter((n) => n.name.startsWith("Capaian_Lembar_"))).toHaveLength(OUTPUT.length);

    const second = await run(h);
    expect(sheetNames(model)).toEqual(names);
    expect(OUTPUT.map((n) => snapshot(model, n))).toEqual(content);
    expect(second.syncs).toBe(first.syncs);
    expect(model.names.filter((n) => n.name.startsWith("Capaian_Lembar_"))).toHaveLength(OUTPUT.length);
  });

  it("never overwrites a user's own sheet of the same name: writes 'Temuan (2)' and says so", async () => {
    const model = modelContoh([{ name: "Temuan", cells: {} }]);
    const user = findSheet(model, "Temuan");
    if (user) user.cells["0,0"] = { value: "catatan saya" };
    const h = host(model);
    const { hasil } = await run(h);
    expect(sheetNames(model)).toContain("Temuan (2)");
    expect(cellValue(model, "Temuan!A1")).toBe("catatan saya");
    expect(hasil.tulis?.sheets.find((s) => s.base === "Temuan")).toEqual({
      base: "Temuan",
      name: "Temuan (2)",
      userSheetKept: true,
    });
    await run(h);
    expect(sheetNames(model).filter((n) => n.startsWith("Temuan"))).toEqual(["Temuan", "Temuan (2)"]);
  });

  it("still works when the user deleted or renamed generated sheets", async () => {
    const model = modelContoh();
    const h = host(model);
    await run(h);
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET_NAMES.capaianKinerja).delete();
      context.workbook.worksheets.getItem(SHEET_NAMES.temuan).name = "Temuan lama";
      await context.sync();
    });
    await run(h);
    const names = sheetNames(model);
    expect(names).toEqual(expect.arrayContaining([...OUTPUT, "Temuan lama"]));
    expect(new Set(names).size).toBe(names.length);
  });

  it("writes nothing when a required table is missing, and names it", async () => {
    const model = buatModel([
      {
        name: "Sheet1",
        table: {
          name: "targets",
          rows: [
            ["Kode", "Indikator", "Target"],
            ["IKU-01", "Persentase PSKS aktif", 67],
          ],
        },
      },
    ]);
    const h = host(model);
    const { hasil } = await run(h);
    expect(hasil.tulis).toBeNull();
    expect(hasil.analysis.fatal).toBe(true);
    expect(hasil.outcome.tabelHilang).toEqual(["pagu", "realisasi"]);
    expect(sheetNames(model)).toEqual(["Sheet1"]);
  });

  it("leaves no half-written output when a write fails, and keeps the previous output", async () => {
    const model = modelContoh();
    const h = host(model);
    await run(h);
    const before = sheetNames(model);
    const content = snapshot(model, SHEET_NAMES.temuan);
    const rusak = (): SheetSpec[] => [
      {
        ...DASAR_LEMBAR,
        name: SHEET_NAMES.temuan,
        rows: [[{ value: "x" }]],
        columns: [10],
        merges: ["A1:XFE1"],
        freeze: { rows: 0, columns: 0 },
      },
    ];
    await expect(
      h.Excel.run((context) => runCapaianWith(context, TAHUN, { build: rusak })),
    ).rejects.toBeTruthy();
    expect(sheetNames(model)).toEqual(before);
    expect(snapshot(model, SHEET_NAMES.temuan)).toBe(content);
  });

  it("writes an empty text cell as an empty cell without '@': a number typed there stays a number", async () => {
    const model = modelContoh();
    const h = host(model);
    const kosong = (): SheetSpec[] => [
      {
        ...DASAR_LEMBAR,
        name: "Uji",
        columns: [10, 10, 10],
        merges: [],
        freeze: { rows: 0, columns: 0 },
        rows: [[{ value: "Judul", style: "teks" }, { value: "", style: "uang" }, { value: "" }]],
      },
    ];
    await h.Excel.run((context) => runCapaianWith(context, TAHUN, { build: kosong }));
    expect(cellFormat(model, "Uji!A1").numberFormat).toBe("@");
    expect(cellFormat(model, "Uji!B1").numberFormat).toBe(STYLES.uang.numberFormat);
    expect(cellFormat(model, "Uji!C1").numberFormat).toBe("General");
    expect(findSheet(model, "Uji")?.cells["0,1"]?.value ?? null).toBeNull();
    await h.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Uji");
      sheet.getRange("B1:C1").values = [["1250", "7"]];
      await context.sync();
    });
    expect(cellValue(model, "Uji!B1")).toBe(1250);
    expect(cellValue(model, "Uji!C1")).toBe(7);
  });

  it("splits writes into requests under the limit and still writes everything", async () => {
    const model = modelContoh();
    const h = host(model, "1.14", 60_000);
    const banyak = (): SheetSpec[] => [
      {
        ...DASAR_LEMBAR,
        name: "Besar",
        columns: [10, 30, 12],
        merges: [],
        freeze: { rows: 1, columns: 0 },
        rows: Array.from({ length: 3000 }, (_, i) => [
          { value: `K-${i}`, style: "teks" as const },
          { value: `Uraian baris ${i}`, style: i % 2 ? ("program" as const) : ("kegiatan" as const) },
          { value: i * 1000, formula: i > 0 ? `=${i}*1000` : undefined, style: "uang" as const },
        ]),
      },
    ];
    const before = h.stats.requestBytes.length;
    await h.Excel.run((context) => runCapaianWith(context, TAHUN, { build: banyak, requestBudget: 40_000 }));
    const sent = h.stats.requestBytes.slice(before);
    expect(sent.length).toBeGreaterThan(6);
    for (const b of sent) expect(b).toBeLessThanOrEqual(60_000);
    expect(cellValue(model, "Besar!B3000")).toBe("Uraian baris 2999");
    expect(cellValue(model, "Besar!C3000")).toBe(2999000);
  });

  it("works on an ExcelApi 1.9 host (no custom properties) and is idempotent there too", async () => {
    const model = modelContoh();
    const h = host(model, "1.9");
    const first = await run(h);
    expect(first.syncs).toBeLessThanOrEqual(6);
    const names = sheetNames(model);
    await run(h);
    expect(sheetNames(model)).toEqual(names);
    expect(findSheet(model, SHEET_NAMES.temuan)?.customProperties).toEqual([]);
  });

  it("marks sheets with a custom property where the host has ExcelApi 1.12", async () => {
    const model = modelContoh();
    const h = host(model, "1.12");
    await run(h);
    expect(findSheet(model, SHEET_NAMES.temuan)?.customProperties).toEqual([
      { key: "CapaianLembar", value: "Temuan" },
    ]);
  });
});

describe("the swap of the previous output for the new one", () => {
  /** Runs once, then returns the workbook's state to compare after a failed rerun. */
  async function keadaanAwal() {
    const model = modelContoh();
    const h = host(model);
    await run(h);
    return {
      model,
      h,
      names: sheetNames(model),
      content: OUTPUT.map((n) => snapshot(model, n)),
      markers: model.names.filter((n) => n.name.startsWith("Capaian_Lembar_")).length,
    };
  }
  /** The rerun's swap is its last write request: round trip `syncs + 6`. */
  const swapSync = (h: ReturnType<typeof host>): number => h.stats.syncs + 6;

  const ids = (model: WorkbookModel) => OUTPUT.map((n) => findSheet(model, n)?.id);

  it.each([
    ["while copying onto a previous output sheet", "copyFrom("],
    ["while removing a temporary sheet", ".delete()"],
    ["at the recalculation", "calculate("],
    ["at the activation", ".activate()"],
  ])("completes a finish that failed %s: every sheet holds the whole new output", async (_, statement) => {
    const awal = await keadaanAwal();
    const before = ids(awal.model);
    awal.h.failAt({ sync: swapSync(awal.h), statement });
    const { hasil } = await run(awal.h);
    expect(hasil.tulis?.replaced).toHaveLength(OUTPUT.length);
    expect(sheetNames(awal.model)).toEqual(awal.names);
    expect(ids(awal.model)).toEqual(before);
    expect(OUTPUT.map((n) => snapshot(awal.model, n))).toEqual(awal.content);
    expect(awal.model.names.filter((n) => n.name.startsWith("Capaian_Lembar_"))).toHaveLength(awal.markers);
  });

  it("completes a first output whose marking failed, so the next run still replaces it", async () => {
    const model = modelContoh();
    const h = host(model);
    h.failAt({ sync: h.stats.syncs + 6, statement: "names.add(" });
    await run(h);
    expect(sheetNames(model)).toEqual(["PK", "DPA", "Realisasi", ...OUTPUT]);
    const before = ids(model);
    const lagi = await run(h);
    expect(lagi.hasil.tulis?.sheets.every((x) => !x.userSheetKept)).toBe(true);
    expect(ids(model)).toEqual(before);
  });

  it("with nothing applied (an atomic failure) finishes from the temporary sheets", async () => {
    const awal = await keadaanAwal();
    awal.h.failAt({ sync: swapSync(awal.h), atomic: true });
    await run(awal.h);
    expect(sheetNames(awal.model)).toEqual(awal.names);
    expect(OUTPUT.map((n) => snapshot(awal.model, n))).toEqual(awal.content);
  });

  it("when the recovery fails too, the error is reported and the user's sheets are untouched", async () => {
    const awal = await keadaanAwal();
    const pk = snapshot(awal.model, "PK");
    awal.h.failAt({ sync: swapSync(awal.h), statement: "copyFrom(" });
    awal.h.failAt({ statement: "worksheets.load", atomic: true });
    await expect(run(awal.h)).rejects.toBeTruthy();
    expect(snapshot(awal.model, "PK")).toBe(pk);
  });
});

describe("the Excel the users have", () => {
  const rk = SHEET_NAMES.realisasiKeuangan;
  const ck = SHEET_NAMES.capaianKinerja;
  /** Row (1-based) of the first cell of `sheet` whose value is `value`. */
  const rowOf = (model: WorkbookModel, sheet: string, value: unknown) =>
    Number(/(\d+)$/.exec(find(model, sheet, value) ?? "")?.[1]);

  it("keeps the user's references to output cells through three reruns (no #REF!), with current values", async () => {
    const model = modelContoh([{ name: "Catatan Saya" }]);
    const h = host(model);
    await run(h);
    const jumlah = rowOf(model, rk, "Jumlah");
    const iku = rowOf(model, ck, "1.1");
    const ids = [rk, ck].map((n) => findSheet(model, n)?.id);
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Catatan Saya").getRange("A1:B1").formulas = [
        [`='${rk}'!E${jumlah}`, `='${ck}'!G${iku}`],
      ];
      await context.sync();
    });
    const undoBefore = h.stats.undoClears;
    for (const [k, pagu, realisasi] of [
      [1, 600000, 90],
      [2, 700000, 67],
      [3, 800000, 134],
    ]) {
      // The user edits the sources between runs (DPA!C8: a sub kegiatan's pagu; Realisasi!B2: IKU-01).
      await h.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("DPA").getRange("C8").values = [[pagu]];
        context.workbook.worksheets.getItem("Realisasi").getRange("B2").values = [[realisasi]];
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one user edit per rerun, each its own Excel.run
        await context.sync();
      });
      await run(h);
      expect([k, rangeFormulas(model, "'Catatan Saya'!A1:B1")[0]]).toEqual([
        k,
        [`='${rk}'!E${jumlah}`, `='${ck}'!G${iku}`],
      ]);
      expect([k, cellValue(model, "'Catatan Saya'!A1")]).toEqual([k, 3000000 + pagu]);
      expect(cellValue(model, "'Catatan Saya'!B1")).toBeCloseTo((realisasi / 67) * 100, 9);
    }
    expect([rk, ck].map((n) => findSheet(model, n)?.id)).toEqual(ids);
    // Output sheets are neither deleted nor renamed; only the run's temporary sheets are deleted.
    expect(h.stats.undoClears - undoBefore).toBe(3 * OUTPUT.length);
  });

  it("in manual calculation mode the written totals are current after a run, and the run says so", async () => {
    const model = modelContoh();
    model.calculationMode = "Manual";
    const h = host(model);
    const { hasil } = await run(h);
    expect(hasil.tulis?.manualCalculation).toBe(true);
    const jumlah = rowOf(model, rk, "Jumlah");
    expect(cellValue(model, `'${rk}'!E${jumlah}`)).toBe(3500000);
    expect(cellValue(model, `'${rk}'!F${jumlah}`)).toBe(3600000);
    expect(cellValue(model, `'${ck}'!G${rowOf(model, ck, "1.1")}`)).toBeCloseTo(126.865671641791, 9);
    // A rerun after the user changed a source: current again.
    await h.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("DPA").getRange("C8").values = [[900000]];
      await context.sync();
    });
    await run(h);
    expect(cellValue(model, `'${rk}'!E${jumlah}`)).toBe(3900000);
  });

  it("in automatic mode reports no manual calculation", async () => {
    const h = host(modelContoh());
    const { hasil } = await run(h);
    expect(hasil.tulis?.manualCalculation).toBe(false);
  });

  it("shows whole targets without a dangling decimal separator, fractions with two decimals", async () => {
    const model = modelContoh();
    const h = host(model);
    await run(h);
    const iku = rowOf(model, ck, "1.1");
    const text = rangeText(model, `'${ck}'!E${iku}:F${iku}`, h.locale)[0];
    expect(text).toEqual(["67", "85"]);
    expect(text.every((t) => !/[.,]$/.test(t))).toBe(true);
    const t = find(model, SHEET_NAMES.temuan, 126.86567164179105) as string;
    expect(rangeText(model, t, h.locale)[0][0]).toBe(h.locale === "id-ID" ? "126,87" : "126.87");
  });

  it("applies the sheets' row heights (Excel does not fit rows of merged cells)", async () => {
    const model = modelContoh();
    const h = host(model);
    const spec: SheetSpec = {
      ...DASAR_LEMBAR,
      name: "Tinggi",
      rows: [[{ value: "teks panjang", style: "teks" }], [null], [{ value: "b" }]],
      columns: [10],
      rowHeights: [45, null, 30],
      merges: ["A1:A2"],
      freeze: { rows: 0, columns: 0 },
    };
    await h.Excel.run((context) => runCapaianWith(context, TAHUN, { build: () => [spec] }));
    expect(findSheet(model, "Tinggi")?.rowHeights).toEqual({ "0": 45, "2": 30 });
    // A rerun with other heights resets the rows it no longer sizes.
    await h.Excel.run((context) =>
      runCapaianWith(context, TAHUN, { build: () => [{ ...spec, rowHeights: [null, 20, null] }] }),
    );
    expect(findSheet(model, "Tinggi")?.rowHeights).toEqual({ "1": 20 });
  });
});

describe("errors", () => {
  it("in cell-edit mode without delayForCellEdit: an Indonesian message that says what to do", async () => {
    const model = modelContoh();
    model.cellEditMode = true;
    const h = host(model, "1.9");
    const error = await h.Excel.run((context) => runCapaian(context, TAHUN)).catch((e: unknown) => e);
    expect(mapError(error)).toMatchObject({ jenis: "editSel", kode: "InvalidOperationInCellEditMode" });
    expect(mapError(error).pesan).toMatch(/mode edit sel/);
    expect(sheetNames(model)).toEqual(["PK", "DPA", "Realisasi"]);
  });

  it("maps only codes Excel and the Office.js runtime really have, each to a message that says what to do", () => {
    // Excel.ErrorCodes in the typings, and the codes Microsoft's own office.js runtime for
    // Windows desktop defines (its CoreErrorCodes carry the request/response size codes).
    const types = fs.readFileSync(require.resolve("@types/office-js/index.d.ts"), "utf8");
    const i = types.search(/enum ErrorCodes \{/);
    const excel = [...types.slice(i, types.indexOf("}", i)).matchAll(/= "(\w+)"/g)].map((m) => m[1]);
    const runtime = fs.readFileSync(
      require.resolve("@microsoft/office-js/dist/excel-win32-16.01.js"),
      "utf8",
    );
    expect(excel).toContain("FormulaLengthExceedsLimit");
    for (const kode of KODE_DIPETAKAN)
      expect([kode, excel.includes(kode) || runtime.includes(`="${kode}"`)]).toEqual([kode, true]);
    for (const kode of ["PayloadTooLarge", "WorkbookProtected", "SheetProtected", "ServiceNotAvailable"])
      expect(KODE_DIPETAKAN).not.toContain(kode);
    for (const kode of [
      "FormulaLengthExceedsLimit",
      "RangeExceedsLimit",
      "OperationCellsExceedLimit",
      "RequestPayloadSizeLimitExceeded",
      "ResponsePayloadSizeLimitExceeded",
      "InvalidArgument",
      "AccessDenied",
    ]) {
      const g = mapError({ code: kode });
      expect([kode, g.jenis === "umum"]).toEqual([kode, false]);
      expect(g.pesan).toMatch(/lalu|Klik|Tutup|Kurangi|Hapus/);
    }
  });

  it("a formula over Excel's limit is refused by the host and explained in Indonesian", async () => {
    const h = host(modelContoh());
    const panjang = "=" + Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join("+");
    const build = (): SheetSpec[] => [
      {
        ...DASAR_LEMBAR,
        name: "Uji",
        rows: [[{ value: 0, formula: panjang }]],
        columns: [10],
        merges: [],
        freeze: { rows: 0, columns: 0 },
      },
    ];
    const error = await h.Excel.run((context) => runCapaianWith(context, TAHUN, { build })).catch(
      (e: unknown) => e,
    );
    expect(mapError(error)).toMatchObject({
      jenis: "rumusTerlaluPanjang",
      kode: "FormulaLengthExceedsLimit",
    });
    expect(sheetNames(h.model)).toEqual(["PK", "DPA", "Realisasi"]);
  });

  it("maps error codes to messages", () => {
    expect(mapError({ code: "AccessDenied" }).jenis).toBe("terlindungi");
    expect(mapError({ code: "RequestPayloadSizeLimitExceeded" }).jenis).toBe("terlaluBesar");
    expect(mapError({ code: "ItemNotFound" }).jenis).toBe("tabelTidakAda");
    // The technical message goes to the log, not into the sentence the user reads.
    const umum = mapError(new TypeError("x is undefined"));
    expect(umum.jenis).toBe("umum");
    expect(umum.pesan).toBe(
      "Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, laporkan kode galat: TypeError",
    );
    expect(umum.detail).toBe("x is undefined");
    expect(mapError({ code: "GeneralException", message: "boom" }).pesan).toMatch(
      /laporkan kode galat: GeneralException$/,
    );
  });

  it("reports a request over the limit as too large, leaving nothing behind", async () => {
    const model = modelContoh();
    const h = host(model, "1.14", 3_000);
    const error = await h.Excel.run((context) => runCapaian(context, TAHUN)).catch((e: unknown) => e);
    expect(mapError(error).jenis).toBe("terlaluBesar");
    expect(sheetNames(model)).toEqual(["PK", "DPA", "Realisasi"]);
  });
});

describe("pilihSel and buatTabelContoh", () => {
  it("selects a temuan's cell on its sheet", async () => {
    const model = modelContoh();
    const h = host(model);
    await h.Excel.run((context) => selectCell(context, "DPA!C3"));
    expect(model.activeSheet).toBe("DPA");
    expect(model.selection).toEqual({ sheet: "DPA", address: "C3" });
  });

  it("creates the three tables in an empty workbook, and the run then works", async () => {
    const model = buatModel([{ name: "Sheet1" }]);
    const h = host(model);
    const hasil = await h.Excel.run((context) => createExampleTables(context));
    expect(hasil.dibuat).toBe(true);
    expect(model.tables.map((t) => t.name).sort()).toEqual(["pagu", "realisasi", "targets"]);
    expect(cellFormat(model, "'Pagu Anggaran'!A2").numberFormat).toBe("@");
    expect(cellValue(model, "'Pagu Anggaran'!A2")).toBe("1.06.01");

    const p = await h.Excel.run((context) => inspectWorkbook(context, TAHUN));
    expect(p.outcome.tabelHilang).toEqual([]);
    expect(p.analysis.tahunTersedia).toEqual([2024]);
    const { hasil: run2 } = await run(h);
    expect(run2.analysis.fatal).toBe(false);
    expect(run2.analysis.temuan.filter((t) => t.tingkat === "error")).toEqual([]);

    const again = await h.Excel.run((context) => createExampleTables(context));
    expect(again.dibuat).toBe(false);
  });
});
