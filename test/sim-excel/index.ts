/**
 * The simulated Excel host's public API: consumers import from here only, never from its
 * modules. Browser-safe: `loadXlsxModel` loads the Node-only reader (exceljs, fs) on first use,
 * and the browser bundle (test/e2e/sim-bundle.js) maps that reader to nothing.
 */
import type { WorkbookModel } from "./model";

export { createExcelHost, install } from "./host";
export type { ExcelHost, ExcelHostOptions } from "./host";
export type { SimStats } from "./context";
export { createWorkbookModel, createSheetModel, cellKey, findSheet, findTable, newId } from "./model";
export type {
  WorkbookModel,
  SheetModel,
  CellModel,
  CellFormat,
  TableModel,
  NamedItemModel,
  ChartModel,
  ChartSeriesModel,
} from "./model";
export {
  cellValue,
  rangeValues,
  rangeFormulas,
  rangeText,
  cellFormat,
  sheetNames,
  sheetContent,
} from "./inspect";
export { OfficeExtensionError } from "./errors";
export type { SimLocale } from "./locale";
/** The simulator's A1 parser (0-based rectangles), for tests that compare it with src/core/a1. */
export * as simAddress from "./address";
/** Formula values over a model, as the host computes them (the project's one formula evaluator). */
export { WorkbookCalc } from "./calc";
export { parseFormula, type FormulaNode } from "./formula-parser";
export { XlError } from "./formula-values";

/** Loads an .xlsx file (path) or its bytes into a workbook model. Node only. */
export async function loadXlsxModel(
  source: string | Buffer | ArrayBuffer | Uint8Array,
): Promise<WorkbookModel> {
  // require, not import(): Playwright's loader would load a dynamic import() as an ES module.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const reader = require("./from-xlsx") as typeof import("./from-xlsx");
  return reader.loadXlsxModel(source);
}
export * as inspect from "./inspect";
