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

  formulaAt(sheet: string, row: number, col: number): string | undefined {
    return findSheet(this.model, sheet)?.cells[cellKey(row, col)]?.formula;
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
    if (!cell?.formula || cell.stale) return storedScalar(cell);
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

/** A formula result as a cell stores it (errors as their text, blank as ""). */
function toStored(v: Scalar): string | number | boolean {
  if (v === null) return "";
  if (v instanceof XlError) return v.code;
  return v;
}

function* formulaCells(model: WorkbookModel): Generator<{ sheet: SheetModel; key: string; cell: CellModel }> {
  for (const sheet of model.sheets)
    for (const [key, cell] of Object.entries(sheet.cells)) if (cell.formula) yield { sheet, key, cell };
}

/**
 * Calculation stops (suspendApiCalculationUntilNextSync, or manual mode): every formula cell
 * keeps the value it shows now until it is recalculated.
 */
export function holdFormulas(model: WorkbookModel): void {
  const calc = new WorkbookCalc(model);
  const held: [CellModel, Scalar][] = [];
  for (const { sheet, key, cell } of formulaCells(model)) {
    if (cell.stale) continue;
    const { row, col } = parseCellKey(key);
    held.push([cell, calc.cell(sheet.name, row, col)]);
  }
  for (const [cell, v] of held) {
    cell.value = toStored(v);
    cell.stale = true;
  }
}

/**
 * After a batch applied while calculation was held: formulas written (or recalculated) in it
 * show what they showed at the end of the batch, a new formula 0 (it was never calculated).
 */
export function holdWritten(model: WorkbookModel): void {
  for (const { cell } of formulaCells(model)) {
    if (cell.stale) continue;
    cell.value ??= 0;
    cell.stale = true;
  }
}

/** Recalculates the formula cells `inScope` says (all by default) and stores their values. */
export function recalculate(
  model: WorkbookModel,
  inScope: (sheet: SheetModel, row: number, col: number) => boolean = () => true,
): void {
  const cells: { sheet: SheetModel; row: number; col: number; cell: CellModel }[] = [];
  for (const { sheet, key, cell } of formulaCells(model)) {
    const { row, col } = parseCellKey(key);
    if (!inScope(sheet, row, col)) continue;
    delete cell.stale;
    cells.push({ sheet, row, col, cell });
  }
  const calc = new WorkbookCalc(model);
  const values = cells.map((c) => calc.cell(c.sheet.name, c.row, c.col));
  cells.forEach((c, i) => (c.cell.value = toStored(values[i])));
}
