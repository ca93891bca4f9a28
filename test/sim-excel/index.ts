/**
 * The simulated Excel host (browser-safe part). For loading .xlsx files in Node, import
 * `loadXlsxModel` from "./from-xlsx" separately: it needs exceljs and Node.
 */

export { createExcelHost, install } from "./host";
export type { ExcelHost, ExcelHostOptions } from "./host";
export type { SimStats } from "./context";
export { createWorkbookModel, createSheetModel, cellKey, findSheet, findTable } from "./model";
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
