/** Reads a plain worksheet (no named table) of an .xlsx workbook as the add-in reads a used range. */
import type ExcelJS from "exceljs";
import { FORMAT_SIPD } from "../core/sipd/format";
import { recogniseSheet, type RawSheet, type SipdTable } from "../core/sipd/sheet";
import type { CellValue } from "../core/table";
import { cellValue } from "./cell-value";

/** The sheet's values from A1 to its last used row and column (A1-anchored, like a download). */
export function readSheet(ws: ExcelJS.Worksheet, berkas?: string): RawSheet {
  const lebar = ws.actualColumnCount > 0 ? ws.columnCount : 0;
  const values: CellValue[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const out: CellValue[] = new Array<CellValue>(lebar);
    for (let c = 1; c <= lebar; c++) out[c - 1] = cellValue(row.getCell(c).value);
    values.push(out);
  }
  return { sheet: ws.name, firstRow: 1, firstColumn: 1, values, berkas };
}

/** Every SIPD-RI export among the workbook's sheets (sheets holding named tables are skipped). */
export function findSipdExport(wb: ExcelJS.Workbook, berkas?: string): SipdTable[] {
  const hasil: SipdTable[] = [];
  wb.eachSheet((ws) => {
    if (ws.getTables().length > 0) return;
    const t = recogniseSheet(readSheet(ws, berkas), FORMAT_SIPD);
    if (t) hasil.push(t);
  });
  return hasil;
}
