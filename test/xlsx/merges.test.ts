/**
 * The spec merges written without exceljs's quadratic overlap scan (src/xlsx/merges.ts): the
 * same sheet as exceljs's own `mergeCells` gives (merges, the covered cells' style), the one
 * private field the streaming writer's merges rely on still there, overlaps refused by a linear
 * check, and no overlap in any sheet the report builds.
 */
import ExcelJS from "exceljs";
import { PassThrough } from "stream";
import { analyze } from "../../src/core/analyze";
import { ringkasOpd, buildRekap } from "../../src/core/rekap";
import { buildSheets } from "../../src/report";
import { buildRekapSheets } from "../../src/report/rekap";
import type { CellSpec, SheetSpec } from "../../src/report/sheet-spec";
import { mergeCovers, mergeOverlap, recordMerges } from "../../src/xlsx/merges";
import { writeSheetsPackage } from "../../src/xlsx/write-sheets";
import { tabelOpd } from "../fixtures/buku-opd";
import { seedRawTables } from "../fixtures/seed-tabel";
import { tabelSintetis } from "../fixtures/sintetis";

const MERGES = ["A1:G1", "B3:B6", "C3:D4", "E10:F12", "H2"];

/** A spec with a styled, valued master per merge. */
function spec(merges: string[]): SheetSpec {
  const rows: (CellSpec | null)[][] = Array.from({ length: 12 }, () => Array<CellSpec | null>(8).fill(null));
  merges.forEach((m, i) => {
    const [, col, row] = /^([A-Z]+)(\d+)/.exec(m)!;
    rows[Number(row) - 1][col.charCodeAt(0) - 65] = { value: `judul ${i}`, style: "header" };
  });
  return {
    key: "temuan",
    name: "s",
    rows,
    roles: rows.map(() => "body"),
    tables: [],
    columns: Array<number>(8).fill(10),
    rowHeights: [],
    merges,
    freeze: { rows: 0, columns: 0 },
    printArea: null,
  };
}

async function readBack(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

describe("merges of the streamed sheets", () => {
  test("give the sheet exceljs's mergeCells gives: merges, covered cells styled as their master", async () => {
    const ws = await readBack(await writeSheetsPackage([spec(MERGES)]));
    const wb = new ExcelJS.Workbook();
    const ref = wb.addWorksheet("s");
    MERGES.forEach((m, i) => {
      const c = ref.getCell(m.split(":")[0]);
      c.value = `judul ${i}`;
      c.style = ws.getCell(m.split(":")[0]).style;
      ref.mergeCells(m);
    });
    const viaMergeCells = await readBack(Buffer.from(await wb.xlsx.writeBuffer()));
    const merges = (w: ExcelJS.Worksheet) => [...(w.model.merges as string[])].sort();
    expect(merges(ws)).toEqual(["A1:G1", "B3:B6", "C3:D4", "E10:F12"]);
    expect(merges(ws)).toEqual(merges(viaMergeCells));
    for (const a of ["G1", "B6", "D4", "F12", "E11"]) {
      expect([a, ws.getCell(a).isMerged, ws.getCell(a).style]).toEqual([
        a,
        true,
        viaMergeCells.getCell(a).style,
      ]);
      expect(ws.getCell(a).style.fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    }
    expect(ws.getCell("G1").master.address).toBe("A1");
  });

  test("rely on the streaming worksheet's private _merges list, written at commit", async () => {
    const stream = new PassThrough();
    stream.resume();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
    const ws = wb.addWorksheet("s");
    // If exceljs renames or reshapes the list, this fails: then src/xlsx/merges.ts must change.
    const before = (ws as unknown as { _merges: unknown })._merges;
    expect([Array.isArray(before), (before as unknown[]).length]).toEqual([true, 0]);
    recordMerges(ws, "s", ["A1:B2", "C3:C9"]);
    const list = (ws as unknown as { _merges: { range: string }[] })._merges;
    expect(list.map((r) => r.range)).toEqual(["A1:B2", "C3:C9"]);
    expect(() => ws.mergeCells("B2:D2")).toThrow(/already merged/);
    ws.commit();
    await wb.commit();
  });

  test("cover each cell of a merge once, by row, in linear time", () => {
    const { masters, covers } = mergeCovers(["A1:B2", "C2:C3"]);
    expect(masters).toEqual([
      { row: 0, column: 0, lastRow: 1 },
      { row: 1, column: 2, lastRow: 2 },
    ]);
    expect(Object.fromEntries(covers)).toEqual({
      0: [{ column: 1, merge: 0 }],
      1: [
        { column: 0, merge: 0 },
        { column: 1, merge: 0 },
      ],
      2: [{ column: 2, merge: 1 }],
    });
    const many = Array.from({ length: 20000 }, (_, i) => `A${2 * i + 1}:C${2 * i + 2}`);
    const t0 = performance.now();
    expect(mergeCovers(many).covers.size).toBe(40000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  test("refuse overlapping merges, naming them", async () => {
    await expect(
      writeSheetsPackage([{ ...spec([]), name: "Temuan", merges: ["A1:C1", "D1:D2", "B1:B3"] }]),
    ).rejects.toThrow("Sheet Temuan: merges A1:C1 and B1:B3 overlap");
  });
});

describe("mergeOverlap", () => {
  test("adjacent merges do not overlap; shared cells, containment and repeats do", () => {
    expect(mergeOverlap(["A1:B2", "C1:D2", "A3:D3", "E1"])).toBeNull();
    expect(mergeOverlap(["A1:B2", "B2:C3"])).toEqual(["A1:B2", "B2:C3"]);
    expect(mergeOverlap(["A1:F9", "C3:D4"])).toEqual(["A1:F9", "C3:D4"]);
    expect(mergeOverlap(["$A$1:$B$1", "b1"])).toEqual(["$A$1:$B$1", "b1"]);
    expect(mergeOverlap(["D4:B2", "C3"])).toEqual(["D4:B2", "C3"]);
    expect(() => mergeOverlap(["A1:"])).toThrow("Not an A1 range");
  });

  test("no sheet the report or the recap builds has overlapping merges", async () => {
    const specs = [
      ...buildSheets(analyze(seedRawTables(), { tahunSekarang: 2024 })),
      ...buildSheets(analyze(tabelSintetis(2000), { tahunSekarang: 2024 })),
      ...buildRekapSheets(
        buildRekap(
          [1, 2, 3].map((k) => ringkasOpd(analyze(tabelOpd(k), { tahunSekarang: 2024 }), `opd-${k}.xlsx`)),
          [{ berkas: "rusak.xlsx", alasan: "Bukan berkas .xlsx." }],
        ),
      ),
    ];
    expect(specs.reduce((n, s) => n + s.merges.length, 0)).toBeGreaterThan(400);
    for (const s of specs) expect([s.name, mergeOverlap(s.merges)]).toEqual([s.name, null]);
    await writeSheetsPackage(specs.map((s, i) => ({ ...s, name: `${i}` })));
  });
});
