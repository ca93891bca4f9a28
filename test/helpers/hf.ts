/**
 * A real formula engine (HyperFormula) over the source tables and the output sheets as the
 * builders describe them, to recalculate what Excel would.
 */
import { HyperFormula, type RawCellContent } from "hyperformula";
import type { RawTable } from "../../src/core/table";
import type { SheetSpec } from "../../src/report/sheet-spec";

export function hfDari(tables: readonly RawTable[], specs: readonly SheetSpec[]): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const t of tables) {
    const rows = (sheets[t.sheet] ??= []);
    const taruh = (r: number, c: number, v: RawCellContent) => {
      while (rows.length <= r) rows.push([]);
      rows[r][c] = v;
    };
    t.headers.forEach((h, c) => taruh(t.headerRow - 1, t.firstColumn - 1 + c, String(h ?? "")));
    t.rows.forEach((row, r) =>
      row.forEach((v, c) => taruh(t.headerRow + r, t.firstColumn - 1 + c, v as RawCellContent)),
    );
  }
  for (const s of specs)
    sheets[s.name] = s.rows.map((row) =>
      row.map((cell) =>
        cell === null ? null : cell.formula ? cell.formula : (cell.value as RawCellContent),
      ),
    );
  for (const k of Object.keys(sheets))
    sheets[k] = Array.from(sheets[k], (r) => Array.from(r ?? [], (v) => v ?? null));
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false });
}

/** The value of `Sheet!A1` (1-based row and column). */
export function nilaiHf(hf: HyperFormula, sheet: string, row: number, col: number): unknown {
  return hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row: row - 1, col: col - 1 });
}
