/**
 * Loading an .xlsx made with exceljs into the model, and reading it back through Office.js.
 */

import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { dateToSerial, loadXlsxModel } from "./from-xlsx";
import { createExcelHost } from "./host";
import { cellValue, rangeFormulas, rangeValues } from "./inspect";
import { WorkbookModel } from "./model";

let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sim-excel-"));
  file = join(dir, "lkjip.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data Kinerja");
  ws.getCell("A1").value = "Laporan Kinerja";
  ws.mergeCells("A1:D1");
  ws.addTable({
    name: "targets",
    ref: "B3",
    headerRow: true,
    columns: [{ name: "Kode" }, { name: "Indikator" }, { name: "Target" }],
    rows: [
      ["1.1", "Persentase PMKS tertangani", 68.75],
      ["1.2", "Indeks kepuasan", 80],
    ],
  });
  ws.getCell("F3").value = { formula: "SUM(D4:D5)", result: 148.75 };
  ws.getCell("F4").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
  ws.getCell("F5").value = { richText: [{ text: "Sangat " }, { font: { bold: true }, text: "Baik" }] };
  ws.getCell("F6").value = true;
  ws.getCell("F7").value = new Date(Date.UTC(2024, 11, 31));
  ws.getCell("F7").numFmt = "dd/mm/yyyy";
  ws.getCell("F8").value = 0.9875;
  ws.getCell("F8").numFmt = "0.00%";
  ws.getCell("F8").font = { bold: true, color: { argb: "FF1F4E79" } };
  ws.getCell("F8").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  ws.getColumn(3).width = 40;
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: 3 }];
  const hidden = wb.addWorksheet("Arsip", { state: "hidden" });
  hidden.getCell("A1").value = 5;
  wb.definedNames.add("'Data Kinerja'!$D$4:$D$5", "Target");
  await wb.xlsx.writeFile(file);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadXlsxModel", () => {
  let model: WorkbookModel;
  beforeAll(async () => {
    model = await loadXlsxModel(file);
  });

  it("keeps sheets in order with their visibility", () => {
    expect(model.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ["Data Kinerja", "Visible"],
      ["Arsip", "Hidden"],
    ]);
    expect(model.activeSheet).toBe("Data Kinerja");
  });

  it("keeps the table exceljs wrote, with its header row", () => {
    expect(model.tables).toEqual([
      expect.objectContaining({
        name: "targets",
        sheet: "Data Kinerja",
        address: "B3:D5",
        showHeaders: true,
      }),
    ]);
    expect(rangeValues(model, "'Data Kinerja'!B3:D5")).toEqual([
      ["Kode", "Indikator", "Target"],
      ["1.1", "Persentase PMKS tertangani", 68.75],
      ["1.2", "Indeks kepuasan", 80],
    ]);
  });

  it("converts values: formula + cached result, errors, rich text, booleans, dates", () => {
    const cells = model.sheets[0].cells;
    expect(cells["2,5"]).toEqual({ formula: "=SUM(D4:D5)", value: 148.75 });
    expect(rangeValues(model, "'Data Kinerja'!F3:F7")).toEqual([
      [148.75],
      ["#N/A"],
      ["Sangat Baik"],
      [true],
      [dateToSerial(new Date(Date.UTC(2024, 11, 31)))],
    ]);
    expect(cellValue(model, "'Data Kinerja'!F7")).toBe(45657);
    expect(rangeFormulas(model, "'Data Kinerja'!F3")).toEqual([["=SUM(D4:D5)"]]);
  });

  it("keeps number formats, formats, widths, merges, freeze panes and names", () => {
    const sheet = model.sheets[0];
    expect(sheet.cells["7,5"]).toMatchObject({
      numberFormat: "0.00%",
      format: { bold: true, fontColor: "#1F4E79", fill: "#DDEBF7" },
    });
    expect(sheet.cells["6,5"].numberFormat).toBe("dd/mm/yyyy");
    expect(sheet.columnWidths["2"]).toBeGreaterThan(200);
    expect(sheet.merges).toEqual(["A1:D1"]);
    expect(sheet.freeze).toEqual({ rows: 3, columns: 0 });
    expect(model.names).toEqual([{ name: "Target", formula: "='Data Kinerja'!$D$4:$D$5" }]);
  });

  it("loads the same from bytes, and survives JSON (for the browser)", async () => {
    const fromBytes = await loadXlsxModel(readFileSync(file));
    expect(JSON.parse(JSON.stringify(fromBytes))).toEqual(JSON.parse(JSON.stringify(model)));
  });

  it("serves the table to an Office.js reader", async () => {
    const { Excel } = createExcelHost(JSON.parse(JSON.stringify(model)) as WorkbookModel);
    await Excel.run(async (context) => {
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      const t = context.workbook.tables.getItem(tables.items[0].name);
      const range = t.getRange().load("values, address");
      const sheet = t.worksheet.load("name");
      const sum = context.workbook.worksheets.getItem("Data Kinerja").getRange("F3").load("values, text");
      const named = context.workbook.worksheets.getItem("Data Kinerja").getRange("F9");
      named.formulas = [["=SUM(Target)/2"]];
      named.load("values");
      await context.sync();
      expect(range.address).toBe("'Data Kinerja'!B3:D5");
      expect(range.values[0]).toEqual(["Kode", "Indikator", "Target"]);
      expect(sheet.name).toBe("Data Kinerja");
      expect(sum.values).toEqual([[148.75]]);
      expect(named.values).toEqual([[74.375]]);
    });
  });
});
