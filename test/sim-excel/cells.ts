/**
 * What Excel does with a value written through `Range.values` / `Range.formulas`, and what
 * it shows back through `values`, `formulas`, `text` and `valueTypes`.
 *
 * Written values are read like typed input (unless the cell's number format is "@", text):
 * "=…" becomes a formula, "+…"/"-…" a number or a formula, "12" / "1.5" / "40%" numbers,
 * "TRUE"/"FALSE" booleans, "#N/A" an error; a leading apostrophe keeps the rest as text.
 */

import { WorkbookCalc, storedScalar } from "./calc";
import { richError } from "./errors";
import { ERROR_LITERALS, isFormulaValid } from "./formula-parser";
import { Scalar, XlError, numberFromText } from "./formula-values";
import { cellStore } from "./cell-store";
import { CellModel, SheetModel } from "./model";
import { formatValue } from "./number-format";
import type { SimLocale } from "./locale";

type Content = { formula: string } | { value: string | number | boolean };

/** How Excel stores `input` typed into a cell with number format `numberFormat`. */
/** Excel's limit on the length of a cell's formula. */
export const MAX_FORMULA_LENGTH = 8192;

export function interpretInput(
  input: string | number | boolean,
  numberFormat: string | undefined,
): Content & { percent?: boolean } {
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw richError("InvalidArgument", `${input} is not a number Excel can hold`);
    return { value: input };
  }
  if (typeof input === "boolean") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1) };
  if (numberFormat === "@") return { value: input };
  if (input.startsWith("=")) {
    if (input.length > MAX_FORMULA_LENGTH)
      throw richError(
        "FormulaLengthExceedsLimit",
        `a formula of ${input.length} characters (Excel's limit is ${MAX_FORMULA_LENGTH})`,
      );
    if (input.length === 1 || !isFormulaValid(input))
      throw richError("InvalidArgument", `invalid formula ${input}`);
    return { formula: input };
  }
  const n = numberFromText(input);
  if (n !== null && input.trim() !== "")
    return input.trim().endsWith("%") ? { value: n, percent: true } : { value: n };
  if ((input.startsWith("+") || input.startsWith("-")) && input.length > 1 && isFormulaValid("=" + input)) {
    return { formula: "=" + input };
  }
  const upper = input.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  return { value: input };
}

function isCellInput(v: unknown): v is string | number | boolean {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

function cellOf(sheet: SheetModel, row: number, col: number): CellModel {
  return cellStore(sheet).edit(row, col);
}

/** Excel's limit on the text of one cell ("Excel specifications and limits"). */
export const MAX_CELL_TEXT = 32767;

/** Write one element of a values/formulas array: null leaves the cell alone, "" clears it. */
export function writeCell(sheet: SheetModel, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined) return;
  if (!isCellInput(input)) throw richError("InvalidArgument", `a cell value cannot be ${typeof input}`);
  if (typeof input === "string" && !input.startsWith("=") && input.length > MAX_CELL_TEXT)
    throw richError(
      "InvalidArgument",
      `a cell holds at most ${MAX_CELL_TEXT} characters, not ${input.length}`,
    );
  const cell = cellOf(sheet, row, col);
  delete cell.stale;
  if (input === "") {
    delete cell.value;
    delete cell.formula;
    return;
  }
  const content = interpretInput(input, cell.numberFormat);
  if ("formula" in content) {
    cell.formula = content.formula;
    cell.value = null;
  } else {
    delete cell.formula;
    cell.value = content.value;
    if (content.percent && (cell.numberFormat === undefined || cell.numberFormat === "General")) {
      cell.numberFormat = /\.\d/.test(String(input)) ? "0.00%" : "0%";
    }
  }
}

export function writeNumberFormat(sheet: SheetModel, row: number, col: number, input: unknown): void {
  if (input === null || input === undefined) return;
  if (typeof input !== "string") throw richError("InvalidArgument", "a number format must be a string");
  const cell = cellOf(sheet, row, col);
  if (input === "" || input === "General") delete cell.numberFormat;
  else cell.numberFormat = input;
}

function scalarOut(v: Scalar): string | number | boolean {
  if (v === null) return "";
  if (v instanceof XlError) return v.code;
  return v;
}

/** What `Range.values` reports for a cell. */
export function readValue(
  calc: WorkbookCalc,
  sheet: SheetModel,
  row: number,
  col: number,
): string | number | boolean {
  const cell = cellStore(sheet).get(row, col);
  if (cell?.formula) return scalarOut(calc.cell(sheet.name, row, col));
  return scalarOut(storedScalar(cell));
}

/** What `Range.formulas` reports: the formula, else the value. */
export function readFormula(sheet: SheetModel, row: number, col: number): string | number | boolean {
  const cell = cellStore(sheet).get(row, col);
  if (cell?.formula) return cell.formula;
  const v = cell?.value;
  return v === undefined || v === null ? "" : v;
}

export function readNumberFormat(sheet: SheetModel, row: number, col: number): string {
  return cellStore(sheet).get(row, col)?.numberFormat ?? "General";
}

/** `Range.valueTypes`: "Empty", "String", "Double", "Boolean" or "Error". */
export function readValueType(calc: WorkbookCalc, sheet: SheetModel, row: number, col: number): string {
  const cell = cellStore(sheet).get(row, col);
  const v = cell?.formula ? calc.cell(sheet.name, row, col) : storedScalar(cell);
  if (v === null) return "Empty";
  if (v instanceof XlError) return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

/** `Range.text`: the value as the grid shows it. */
export function readText(
  calc: WorkbookCalc,
  sheet: SheetModel,
  row: number,
  col: number,
  locale: SimLocale = "en-US",
): string {
  const v = readValue(calc, sheet, row, col);
  if (typeof v === "string" && ERROR_LITERALS.includes(v)) return v;
  return formatValue(v, readNumberFormat(sheet, row, col), locale);
}
