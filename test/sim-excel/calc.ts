/**
 * Formula values over a workbook model: evaluates formula cells lazily, following references
 * into other formula cells (a cycle gives #REF!). One WorkbookCalc is one snapshot: create a
 * new one after the model changes.
 */

import { Rect } from "./address";
import { EvalSource, FormulaEvaluator } from "./formula-eval";
import { ERROR_LITERALS } from "./formula-parser";
import { Scalar, XlError, err } from "./formula-values";
import { CellStore, cellId, cellStore, colOfId, rowOfId } from "./cell-store";
import { CellModel, SheetModel, WorkbookModel, findSheet } from "./model";

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
  /** Sheets by the names formulas use (a snapshot: sheets do not change while it lives). */
  private readonly sheets = new Map<string, { sheet: SheetModel; store: CellStore } | null>();

  constructor(private readonly model: WorkbookModel) {}

  private sheet(name: string): { sheet: SheetModel; store: CellStore } | null {
    let found = this.sheets.get(name);
    if (found === undefined) {
      const sheet = findSheet(this.model, name);
      found = sheet ? { sheet, store: cellStore(sheet) } : null;
      this.sheets.set(name, found);
    }
    return found;
  }

  sheetName(name: string): string | undefined {
    return this.sheet(name)?.sheet.name;
  }

  namedFormula(name: string): string | undefined {
    const lower = name.toLowerCase();
    return this.model.names.find((n) => n.name.toLowerCase() === lower)?.formula;
  }

  formulaAt(sheet: string, row: number, col: number): string | undefined {
    return this.sheet(sheet)?.store.get(row, col)?.formula;
  }

  usedRect(sheet: string): Rect | null {
    if (!this.used.has(sheet)) {
      const s = this.sheet(sheet);
      this.used.set(sheet, s ? contentRect(s.sheet) : null);
    }
    return this.used.get(sheet) ?? null;
  }

  cell(sheet: string, row: number, col: number): Scalar {
    const found = this.sheet(sheet);
    if (!found) return err.ref;
    const s = found.sheet;
    const cell = found.store.get(row, col);
    if (!cell?.formula || cell.stale) return storedScalar(cell);
    const key = `${s.name}!${cellId(row, col)}`;
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
  for (const [id, cell] of cellStore(sheet).cells) {
    const hasContent =
      (cell.value !== undefined && cell.value !== null && cell.value !== "") || !!cell.formula;
    const hasFormat = includeFormats && (cell.format !== undefined || cell.numberFormat !== undefined);
    if (!hasContent && !hasFormat) continue;
    const row = rowOfId(id);
    const col = colOfId(id);
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

interface FormulaCell {
  sheet: SheetModel;
  store: CellStore;
  row: number;
  col: number;
  cell: CellModel;
}

/** The formula cells of `sheets` (every sheet by default). */
function formulaCells(model: WorkbookModel, sheets: readonly SheetModel[] = model.sheets): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const sheet of sheets) {
    const store = cellStore(sheet);
    for (const [id, cell] of store.cells)
      if (cell.formula) out.push({ sheet, store, row: rowOfId(id), col: colOfId(id), cell });
  }
  return out;
}

/** The formula cells not held yet (every sync with calculation held looks at them). */
function liveFormulaCells(model: WorkbookModel): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const sheet of model.sheets) {
    const store = cellStore(sheet);
    for (const [id, cell] of store.cells)
      if (cell.formula && !cell.stale) out.push({ sheet, store, row: rowOfId(id), col: colOfId(id), cell });
  }
  return out;
}

/**
 * Calculation stops (suspendApiCalculationUntilNextSync, or manual mode): every formula cell
 * keeps the value it shows now until it is recalculated.
 */
export function holdFormulas(model: WorkbookModel): void {
  const calc = new WorkbookCalc(model);
  const held = liveFormulaCells(model).map((f) => [f, calc.cell(f.sheet.name, f.row, f.col)] as const);
  for (const [f, v] of held) {
    const cell = f.store.edit(f.row, f.col);
    cell.value = toStored(v);
    cell.stale = true;
  }
}

/**
 * After a batch applied while calculation was held: formulas written (or recalculated) in it
 * show what they showed at the end of the batch, a new formula 0 (it was never calculated).
 */
export function holdWritten(model: WorkbookModel): void {
  for (const { cell } of liveFormulaCells(model)) {
    cell.value ??= 0;
    cell.stale = true;
  }
}

/**
 * Recalculates the formula cells of `sheets` (all by default) that `inScope` says (all by
 * default) and stores their values.
 */
export function recalculate(
  model: WorkbookModel,
  inScope: (sheet: SheetModel, row: number, col: number) => boolean = () => true,
  sheets?: readonly SheetModel[],
): void {
  const cells: FormulaCell[] = [];
  for (const f of formulaCells(model, sheets)) {
    if (!inScope(f.sheet, f.row, f.col)) continue;
    delete f.store.edit(f.row, f.col).stale;
    cells.push(f);
  }
  const calc = new WorkbookCalc(model);
  const values = cells.map((c) => calc.cell(c.sheet.name, c.row, c.col));
  cells.forEach((c, i) => (c.cell.value = toStored(values[i])));
}
