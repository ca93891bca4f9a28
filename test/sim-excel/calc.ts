/**
 * Formula values over a workbook model: evaluates formula cells lazily, following references
 * into other formula cells (a cycle gives #REF!). One WorkbookCalc is one snapshot: create a
 * new one after the model changes.
 */

import { Rect } from "./address";
import { EvalSource, FormulaEvaluator } from "./formula-eval";
import { ERROR_LITERALS } from "./formula-parser";
import { Scalar, XlError, err } from "./formula-values";
import { CellModel, SheetModel, WorkbookModel, cellKey, findSheet, parseCellKey } from "./model";

/** A stored constant as the evaluator sees it: error strings are errors unless the cell is text. */
export function storedScalar(cell: CellModel | undefined): Scalar {
  const v = cell?.value;
  if (v === undefined || v === null || v === "") return null;
  if (typeof v === "string" && cell?.numberFormat !== "@" && ERROR_LITERALS.includes(v))
    return new XlError(v);
  return v;
}

export class WorkbookCalc implements EvalSource {
  private readonly memo = new Map<string, Scalar>();
  private readonly visiting = new Set<string>();
  private readonly used = new Map<string, Rect | null>();

  constructor(private readonly model: WorkbookModel) {}

  sheetName(name: string): string | undefined {
    return findSheet(this.model, name)?.name;
  }

  namedFormula(name: string): string | undefined {
    const lower = name.toLowerCase();
    return this.model.names.find((n) => n.name.toLowerCase() === lower)?.formula;
  }

  usedRect(sheet: string): Rect | null {
    if (!this.used.has(sheet)) {
      const s = findSheet(this.model, sheet);
      this.used.set(sheet, s ? contentRect(s) : null);
    }
    return this.used.get(sheet) ?? null;
  }

  cell(sheet: string, row: number, col: number): Scalar {
    const s = findSheet(this.model, sheet);
    if (!s) return err.ref;
    const cell = s.cells[cellKey(row, col)];
    if (!cell?.formula) return storedScalar(cell);
    const key = `${s.name}!${row},${col}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    if (this.visiting.has(key)) return err.ref;
    this.visiting.add(key);
    let v = FormulaEvaluator.evaluate(this, s.name, cell.formula);
    this.visiting.delete(key);
    // A function the host does not know: trust the result Excel saved in the file, if any.
    if (v instanceof XlError && v.code === "#NAME?" && cell.value !== undefined && cell.value !== null) {
      v = storedScalar(cell);
    }
    this.memo.set(key, v);
    return v;
  }
}

/** The area of cells holding a value or formula; null for an empty sheet. */
export function contentRect(sheet: SheetModel, includeFormats = false): Rect | null {
  let r: Rect | null = null;
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const hasContent =
      (cell.value !== undefined && cell.value !== null && cell.value !== "") || !!cell.formula;
    const hasFormat = includeFormats && (cell.format !== undefined || cell.numberFormat !== undefined);
    if (!hasContent && !hasFormat) continue;
    const { row, col } = parseCellKey(key);
    if (!r) r = { r0: row, c0: col, r1: row, c1: col };
    else {
      r.r0 = Math.min(r.r0, row);
      r.c0 = Math.min(r.c0, col);
      r.r1 = Math.max(r.r1, row);
      r.c1 = Math.max(r.c1, col);
    }
  }
  return r;
}
