/**
 * A table as either host hands it to the core: Office.js (Excel) and exceljs (.xlsx)
 * produce the same shape, so the core never knows where the cells came from.
 */

import { formatCell, quoteSheet } from "./a1";

/** A cell value as read with `range.values`: error values arrive as text such as "#N/A". */
export type CellValue = string | number | boolean | null;

export interface RawTable {
  /** The table (ListObject) name as the workbook spells it, e.g. "Targets". */
  name: string;
  /** The worksheet that holds the table. */
  sheet: string;
  /** 1-based worksheet row of the header row. */
  headerRow: number;
  /** 1-based worksheet column of the table's first column. */
  firstColumn: number;
  /** Header texts, left to right. */
  headers: string[];
  /** Data rows (header excluded), each as long as `headers`. */
  rows: CellValue[][];
  /**
   * What the values alone do not tell about some cells, where the host knows it (the .xlsx
   * reader does; Office.js values do not), keyed by `infoKey(dataRow, column)`.
   */
  info?: Map<string, CellInfo>;
}

/** Facts about a cell beyond its value. */
export interface CellInfo {
  /** The cell holds a date (Excel shows it as a date; its value is a serial day number). */
  tanggal?: boolean;
  /** The cell holds a formula the file keeps no computed value for (saved without recalculating). */
  rumusTanpaNilai?: boolean;
  /** The text the cell displays, where it differs from its value (a number kode formatted `0.00`). */
  teks?: string;
}

export function infoKey(dataRow: number, column: number): string {
  return `${dataRow}:${column}`;
}

export function cellInfo(table: RawTable, dataRow: number, column: number): CellInfo | undefined {
  // Most tables have no such cell: no key text is made for them.
  return table.info?.size ? table.info.get(infoKey(dataRow, column)) : undefined;
}

// A1 addresses live in ./a1; these re-exports keep the callers' imports working until the
// lead's rename pass points them at ./a1 directly (see /work/notes/rename).
export { columnLetters, columnNumber, quoteSheet } from "./a1";

/** The address of a table cell, e.g. `DPA!E7` (as users read it; not quoted). */
export function cellAddress(table: RawTable, dataRow: number, column: number): string {
  return `${table.sheet}!${formatCell(table.headerRow + 1 + dataRow, table.firstColumn + column)}`;
}

/** The same cell as a formula reference, e.g. `'Perjanjian Kinerja'!E7`. */
export function cellReference(table: RawTable, dataRow: number, column: number): string {
  return `${quoteSheet(table.sheet)}!${formatCell(table.headerRow + 1 + dataRow, table.firstColumn + column)}`;
}
