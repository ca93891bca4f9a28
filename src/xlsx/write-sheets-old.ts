/**
 * Writes SheetSpecs into an exceljs workbook: values, formulas with their cached results, named
 * styles, merges, widths, freeze panes and print titles. Text is written as text, never parsed.
 */
import type ExcelJS from "exceljs";
import type { SheetSpec } from "../report/sheet-spec";
import { STYLES } from "../report/styles";
import { writeConditionalFormats } from "./conditional-formats";
import { excelStyle } from "./excel-style";
import { writeMergesOld as writeMerges } from "./merges-old";

/** Adds one sheet; the caller makes sure the name is free. */
export function writeSheetOld(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
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
  writeMerges(ws, spec.merges);
  if (spec.conditionalFormats?.length) writeConditionalFormats(ws, spec.conditionalFormats);
  return ws;
}
