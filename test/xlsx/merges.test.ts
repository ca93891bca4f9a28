/**
 * The spec merges written without exceljs's quadratic overlap scan (src/xlsx/merges.ts): the
 * same worksheet as exceljs's own `mergeCells` gives, the one private field it relies on still
 * there and shared with exceljs, no scan per merge, overlaps refused by a linear check, and no
 * overlap in any sheet the report builds.
 */
import ExcelJS from "exceljs";
import { analyze } from "../../src/core/analyze";
import { ringkasOpd, buildRekap } from "../../src/core/rekap";
import { buildSheets } from "../../src/report";
import { buildRekapSheets } from "../../src/report/rekap";
import { mergeOverlap, writeMerges } from "../../src/xlsx/merges";
import { writeSheet } from "../../src/xlsx/write-sheets";
import { tabelOpd } from "../fixtures/buku-opd";
import { seedRawTables } from "../fixtures/seed-tabel";
import { tabelSintetis } from "../fixtures/sintetis";

const MERGES = ["A1:G1", "B3:B6", "C3:D4", "E10:F12", "H2"];

/** A sheet with a styled, valued master per merge, as a spec writes them before merging. */
function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  for (const [i, m] of MERGES.entries()) {
    const c = ws.getCell(m.split(":")[0]);
    c.value = `judul ${i}`;
    c.style = { font: { bold: true }, border: { top: { style: "thin" }, bottom: { style: "thin" } } };
  }
  return ws;
}

const privat = (ws: ExcelJS.Worksheet) => (ws as unknown as { _merges: Record<string, unknown> })._merges;

describe("writeMerges", () => {
  test("gives the worksheet exceljs's mergeCells gives (cells, styles, merges, the file)", async () => {
    const wb = new ExcelJS.Workbook();
    const a = sheet(wb, "a");
    const b = sheet(wb, "b");
    for (const m of MERGES) a.mergeCells(m);
    writeMerges(b, MERGES);
    const model = (ws: ExcelJS.Worksheet) => ({ ...ws.model, id: 0, name: "" });
    expect(model(b)).toEqual(model(a));
    expect(b.getCell("G1").isMerged).toBe(true);
    expect(b.getCell("G1").master.address).toBe("A1");
    expect(b.getCell("D4").style.font?.bold).toBe(true);

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(await wb.xlsx.writeBuffer());
    const merges = (n: string) => [...(back.getWorksheet(n)!.model.merges as string[])].sort();
    expect(merges("b")).toEqual(merges("a"));
    expect(merges("b")).toEqual(["A1:G1", "B3:B6", "C3:D4", "E10:F12"]);
  });

  test("relies on exceljs's private _merges index, which exceljs's own merge functions share", () => {
    const ws = sheet(new ExcelJS.Workbook(), "s");
    // If exceljs renames or reshapes the index, this fails: then src/xlsx/merges.ts must change.
    expect(privat(ws)).toEqual({});
    writeMerges(ws, MERGES);
    expect(Object.keys(privat(ws)).sort()).toEqual(["A1", "B3", "C3", "E10", "H2"]);
    expect(() => ws.mergeCells("F11:G13")).toThrow(/already merged/);
    ws.unMergeCells("E10");
    expect(ws.getCell("F12").isMerged).toBe(false);
    expect(() => ws.mergeCells("F11:G13")).not.toThrow();
  });

  test("each merge runs without scanning the earlier ones", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("s");
    const merges = Array.from({ length: 3000 }, (_, i) => `A${2 * i + 1}:C${2 * i + 2}`);
    const seen: number[] = [];
    const asli = ws.mergeCells.bind(ws) as (range: string) => void;
    (ws as unknown as { mergeCells: (range: string) => void }).mergeCells = (range) => {
      seen.push(Object.keys(privat(ws)).length);
      asli(range);
    };
    writeMerges(ws, merges);
    expect(seen).toHaveLength(3000);
    expect(new Set(seen)).toEqual(new Set([0]));
    expect(Object.keys(privat(ws))).toHaveLength(3000);
    expect(ws.model.merges).toHaveLength(3000);
  });

  test("refuses overlapping merges, naming them", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("Temuan");
    expect(() => writeMerges(ws, ["A1:C1", "D1:D2", "B1:B3"])).toThrow(
      "Sheet Temuan: merges A1:C1 and B1:B3 overlap",
    );
    expect(privat(ws)).toEqual({});
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

  test("no sheet the report or the recap builds has overlapping merges", () => {
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
    const wb = new ExcelJS.Workbook();
    for (const s of specs) writeSheet(wb, { ...s, name: `${wb.worksheets.length}` });
  });
});
