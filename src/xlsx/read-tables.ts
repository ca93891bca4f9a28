/** Reads the named tables (ListObjects) of an .xlsx workbook into RawTables. */
import type ExcelJS from "exceljs";
import { parseRange } from "../core/a1";
import { infoKey, type CellValue, type CellInfo, type RawTable } from "../core/table";
import { infoDari, cellValue } from "./cell-value";

interface TableModel {
  name: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

/** "B4:H19" → 1-based corners. */
function bounds(ref: string): { r1: number; c1: number; r2: number; c2: number } {
  const range = parseRange(ref.trim());
  if (!range) throw new Error(`Alamat tabel tidak dikenal: ${ref}`);
  return { r1: range.top, c1: range.left, r2: range.bottom, c2: range.right };
}

/**
 * The last worksheet row and column that hold a value: a table declared over whole columns
 * (`A1:Z1048576`, as Excel users make them) is read over these only, never cell by cell.
 */
function terpakai(ws: ExcelJS.Worksheet): { baris: number; kolom: number } {
  let baris = 0;
  let kolom = 0;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    let adaNilai = false;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined || cell.value === "") return;
      adaNilai = true;
      kolom = Math.max(kolom, c);
    });
    if (adaNilai) baris = n;
  });
  return { baris, kolom };
}

function bacaSatu(
  ws: ExcelJS.Worksheet,
  model: TableModel,
  batas: { baris: number; kolom: number },
): RawTable | null {
  const ref = model.tableRef ?? model.ref;
  if (!ref) return null;
  const { r1, c1, r2, c2: c2Dinyatakan } = bounds(ref);
  const c2 = Math.max(c1, Math.min(c2Dinyatakan, batas.kolom));
  const akhir = Math.min(model.totalsRow ? r2 - 1 : r2, batas.baris);
  const info = new Map<string, CellInfo>();
  const baris = (r: number, dataRow: number): CellValue[] => {
    const row = ws.getRow(r);
    const out: CellValue[] = [];
    for (let c = c1; c <= c2; c++) {
      const cell = row.getCell(c);
      out.push(cellValue(cell.value));
      const i = dataRow >= 0 ? infoDari(cell) : null;
      if (i) info.set(infoKey(dataRow, c - c1), i);
    }
    return out;
  };
  return {
    name: model.name,
    sheet: ws.name,
    headerRow: r1,
    firstColumn: c1,
    headers: baris(r1, -1).map((h) => (h === null ? "" : String(h))),
    rows: Array.from({ length: Math.max(0, akhir - r1) }, (_, i) => baris(r1 + 1 + i, i)),
    ...(info.size > 0 ? { info } : {}),
  };
}

export function readTables(workbook: ExcelJS.Workbook): RawTable[] {
  const hasil: RawTable[] = [];
  workbook.eachSheet((ws) => {
    const tables = ws.getTables() as unknown as { table: TableModel }[];
    if (tables.length === 0) return;
    const batas = terpakai(ws);
    for (const t of tables) {
      const raw = bacaSatu(ws, t.table, batas);
      if (raw) hasil.push(raw);
    }
  });
  return hasil;
}
