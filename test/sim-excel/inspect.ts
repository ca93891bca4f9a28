/**
 * Reading a workbook model the way a user sees it, for assertions in tests:
 * `cellValue(model, "Ringkasan!C5")` is what Excel would show as the value of C5.
 */

import { Rect, formatRect, parseAddress } from "./address";
import { WorkbookCalc } from "./calc";
import { readFormula, readText, readValue } from "./cells";
import { DEFAULT_FORMAT } from "./formats";
import type { SimLocale } from "./locale";
import { cellStore, colOfId, rowOfId } from "./cell-store";
import { CellFormat, SheetModel, WorkbookModel, findSheet } from "./model";

function locate(model: WorkbookModel, address: string): { sheet: SheetModel; rect: Rect } {
  const a = parseAddress(address);
  if (!a) throw new Error(`bad address ${address}`);
  const sheet = findSheet(model, a.sheet ?? model.activeSheet);
  if (!sheet) throw new Error(`no sheet ${a.sheet ?? model.activeSheet}`);
  return { sheet, rect: a.rect };
}

function grid<T>(
  model: WorkbookModel,
  address: string,
  f: (sheet: SheetModel, r: number, c: number) => T,
): T[][] {
  const { sheet, rect } = locate(model, address);
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(f(sheet, r, c));
    out.push(row);
  }
  return out;
}

/** Values as `Range.values` reports them (formulas evaluated, blanks ""). */
export function rangeValues(model: WorkbookModel, address: string): (string | number | boolean)[][] {
  const calc = new WorkbookCalc(model);
  return grid(model, address, (s, r, c) => readValue(calc, s, r, c));
}

export function cellValue(model: WorkbookModel, address: string): string | number | boolean {
  return rangeValues(model, address)[0][0];
}

/** Formulas as `Range.formulas` reports them (the value for a constant cell). */
export function rangeFormulas(model: WorkbookModel, address: string): (string | number | boolean)[][] {
  return grid(model, address, readFormula);
}

/** Text as the grid shows it (number formats applied, roughly) with `locale`'s separators. */
export function rangeText(model: WorkbookModel, address: string, locale: SimLocale = "en-US"): string[][] {
  const calc = new WorkbookCalc(model);
  return grid(model, address, (s, r, c) => readText(calc, s, r, c, locale));
}

/** The effective format of a cell: its own settings over Excel's defaults. */
export function cellFormat(
  model: WorkbookModel,
  address: string,
): Required<Omit<CellFormat, "borders">> & Pick<CellFormat, "borders"> & { numberFormat: string } {
  const { sheet, rect } = locate(model, address);
  const cell = cellStore(sheet).get(rect.r0, rect.c0);
  return { ...DEFAULT_FORMAT, ...cell?.format, numberFormat: cell?.numberFormat ?? "General" };
}

export function sheetNames(model: WorkbookModel): string[] {
  return model.sheets.map((s) => s.name);
}

/** JSON with object keys sorted and without `stale` (calculation state, a held value, not content). */
function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (!v || typeof v !== "object") return v;
  return Object.fromEntries(
    Object.entries(v as Record<string, unknown>)
      .filter(([k]) => k !== "stale")
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => [k, canonical(x)]),
  );
}

/**
 * A sheet's content as JSON — cells, merges, column widths, row heights, frozen panes — to
 * compare runs: the same content compares equal whatever its history (a rerun copies new
 * content onto a kept sheet, so key order may differ). Null when there is no such sheet.
 */
export function sheetContent(model: WorkbookModel, name: string): string | null {
  const s = findSheet(model, name);
  if (!s) return null;
  return JSON.stringify(
    canonical({
      cells: cellStore(s).toRecord(),
      merges: [...s.merges].sort(),
      widths: s.columnWidths,
      heights: s.rowHeights,
      freeze: s.freeze,
    }),
  );
}

/** The length of the longest formula in the workbook (Excel refuses one over 8,192 characters). */
export function longestFormula(model: WorkbookModel): { length: number; at: string | null } {
  let length = 0;
  let at: string | null = null;
  for (const sheet of model.sheets) {
    for (const [id, cell] of cellStore(sheet).cells) {
      if (cell.formula && cell.formula.length > length) {
        length = cell.formula.length;
        at = `${sheet.name}!${formatRect({ r0: rowOfId(id), c0: colOfId(id), r1: rowOfId(id), c1: colOfId(id) })}`;
      }
    }
  }
  return { length, at };
}
