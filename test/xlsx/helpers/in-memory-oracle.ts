/**
 * The command's former write path, kept as the oracle of test/xlsx/old-path.test.ts: the output
 * sheets added to exceljs's in-memory model of the whole workbook (exceljs's own mergeCells,
 * markers and cached results through its model), then `writeBuffer`. The streamed, zip-level
 * path must give the same output sheets as this, as exceljs reads them back.
 */
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../../src/report/sheet-spec";
import { STYLES } from "../../../src/report/styles";
import { quoteSheet } from "../../../src/core/table";
import {
  freeName,
  isMarker,
  nextMarkerName,
  replacedSheets,
  sheetOfReference,
} from "../../../src/report/sheet-naming";
import { writeConditionalFormats } from "../../../src/xlsx/conditional-formats";
import { excelStyle } from "../../../src/xlsx/excel-style";

interface DefinedNames {
  model: { name: string; ranges: string[] }[];
  add(locStr: string, name: string): void;
}
const names = (wb: ExcelJS.Workbook) => wb.definedNames as unknown as DefinedNames;
const markerSheet = (n: { ranges: string[] }) => (n.ranges.length ? sheetOfReference(n.ranges[0]) : null);

/** Adds one sheet; the caller makes sure the name is free. */
function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(spec.name, {
    views:
      spec.freeze.rows || spec.freeze.columns
        ? [{ state: "frozen", ySplit: spec.freeze.rows, xSplit: spec.freeze.columns }]
        : [],
    pageSetup: {
      orientation: spec.landscape ? "landscape" : "portrait",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: spec.printTitles,
      // exceljs puts a "$" before each end's column itself: the spec's $A$1:$G$59 goes as A$1:G$59.
      printArea: spec.printArea?.replace(/\$([A-Z]+)/g, "$1") ?? undefined,
    },
  });
  spec.columns.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  spec.rows.forEach((row, r) => {
    const xrow = ws.getRow(r + 1);
    row.forEach((cell, c) => {
      if (!cell) return;
      const x = xrow.getCell(c + 1);
      if (cell.formula)
        x.value = {
          formula: cell.formula.replace(/^=/, ""),
          result: cell.value ?? undefined,
        } as ExcelJS.CellFormulaValue;
      else x.value = cell.value;
      if (cell.style) {
        let s = cache.get(cell.style);
        if (!s) cache.set(cell.style, (s = excelStyle(STYLES[cell.style])));
        x.style = s;
      }
    });
  });
  spec.rowHeights?.forEach((h, r) => {
    if (h) ws.getRow(r + 1).height = h;
  });
  for (const m of spec.merges) ws.mergeCells(m);
  if (spec.conditionalFormats?.length) writeConditionalFormats(ws, spec.conditionalFormats);
  return ws;
}

function forgetOldResults(wb: ExcelJS.Workbook, ditulis: string[]): void {
  const keluaran = new Set(ditulis.map((n) => n.toLowerCase()));
  const menunjuk = (rumus: string): boolean =>
    [...rumus.matchAll(/'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!/g)].some((m) =>
      keluaran.has((m[1] ?? m[2]).replace(/''/g, "'").toLowerCase()),
    );
  for (const ws of wb.worksheets) {
    if (keluaran.has(ws.name.toLowerCase())) continue;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v && v.formula && menunjuk(v.formula))
          cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
      }),
    );
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}

/** The former `addSheets` + `writeBuffer` on the loaded workbook. */
export async function oldWrite(wb: ExcelJS.Workbook, specs: readonly SheetSpec[]): Promise<Buffer> {
  const dn = names(wb);
  const bertanda = new Set(
    dn.model.filter((n) => isMarker(n.name)).flatMap((n) => [markerSheet(n)?.toLowerCase() ?? ""]),
  );
  const diganti = replacedSheets(
    wb.worksheets.map((w) => ({ name: w.name, generated: bertanda.has(w.name.toLowerCase()) })),
    specs.map((s) => s.name),
  );
  const kecil = new Set(diganti.map((n) => n.toLowerCase()));
  const ada = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  dn.model = dn.model.filter((n) => {
    if (!isMarker(n.name)) return true;
    const sheet = markerSheet(n);
    return sheet !== null && ada.has(sheet.toLowerCase()) && !kecil.has(sheet.toLowerCase());
  });
  for (const ws of [...wb.worksheets]) if (kecil.has(ws.name.toLowerCase())) wb.removeWorksheet(ws.id);
  const dipakai = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const lembar: string[] = [];
  for (const spec of specs) {
    const nama = freeName(spec.name, dipakai);
    writeSheet(wb, { ...spec, name: nama });
    const used = new Set(dn.model.filter((n) => isMarker(n.name)).map((n) => n.name.toLowerCase()));
    dn.add(`${quoteSheet(nama)}!$A$1`, nextMarkerName(used));
    lembar.push(nama);
  }
  forgetOldResults(wb, lembar);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
