/** Reads the named tables (ListObjects) of an .xlsx workbook into RawTables. */
import type ExcelJS from "exceljs";
import { columnNumber, type RawTable } from "../core/tabel";
import { nilaiSel } from "./cell-value";

interface TableModel {
  name: string;
  ref?: string;
  tableRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

/** "B4:H19" → 1-based corners. */
function bounds(ref: string): { r1: number; c1: number; r2: number; c2: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) throw new Error(`Alamat tabel tidak dikenal: ${ref}`);
  return {
    r1: Number(m[2]),
    c1: columnNumber(m[1]),
    r2: Number(m[4] ?? m[2]),
    c2: columnNumber(m[3] ?? m[1]),
  };
}

export function readTables(workbook: ExcelJS.Workbook): RawTable[] {
  const hasil: RawTable[] = [];
  workbook.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as { table: TableModel }[]) {
      const model = t.table;
      const ref = model.tableRef ?? model.ref;
      if (!ref) continue;
      const { r1, c1, r2, c2 } = bounds(ref);
      const akhir = model.totalsRow ? r2 - 1 : r2;
      const baris = (r: number) => {
        const row = ws.getRow(r);
        const out = [];
        for (let c = c1; c <= c2; c++) out.push(nilaiSel(row.getCell(c).value));
        return out;
      };
      hasil.push({
        name: model.name,
        sheet: ws.name,
        headerRow: r1,
        firstColumn: c1,
        headers: baris(r1).map((h) => (h === null ? "" : String(h))),
        rows: Array.from({ length: Math.max(0, akhir - r1) }, (_, i) => baris(r1 + 1 + i)),
      });
    }
  });
  return hasil;
}
