/**
 * Cell formats over rectangles: writing one property to every cell, reading it back the way
 * Office.js does (the common value, or null when the cells differ), borders, column widths
 * and row heights.
 */

import { Rect, rectColumns, rectRows } from "./address";
import { richError } from "./errors";
import { cellStore, colOfId, rowOfId } from "./cell-store";
import { BorderEdge, BorderModel, CellFormat, SheetModel } from "./model";
import { applyChange, borderChange, settingChange } from "./shared-formats";

export type FormatKey = Exclude<keyof CellFormat, "borders">;

export const DEFAULT_FORMAT: Required<Omit<CellFormat, "borders">> = {
  bold: false,
  italic: false,
  underline: "None",
  strikethrough: false,
  fontColor: "#000000",
  fontSize: 11,
  fontName: "Calibri",
  fill: "#FFFFFF",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
};

/** Excel's default column width (8.43 characters) and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

/** Above this many cells, formats go to existing cells only (see README: simplifications). */
const DENSE_LIMIT = 100_000;

/** Every (row, col) of the rectangles; for huge areas only the cells that exist. */
export function* cellsOf(sheet: SheetModel, rects: Rect[]): Generator<[number, number]> {
  for (const r of rects) {
    if (rectRows(r) * rectColumns(r) > DENSE_LIMIT) {
      for (const id of [...cellStore(sheet).cells.keys()]) {
        const row = rowOfId(id);
        const col = colOfId(id);
        if (row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1) yield [row, col];
      }
      continue;
    }
    for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) yield [row, col];
  }
}

/** `cellsOf` as a loop: calls `f` for every (row, col) of the rectangles (huge areas: existing cells). */
export function forEachCellOf(sheet: SheetModel, rects: Rect[], f: (row: number, col: number) => void): void {
  for (const r of rects) {
    if (rectRows(r) * rectColumns(r) > DENSE_LIMIT) {
      for (const [row, col] of cellsOf(sheet, [r])) f(row, col);
      continue;
    }
    for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) f(row, col);
  }
}

export function setFormat(
  sheet: SheetModel,
  rects: Rect[],
  key: FormatKey,
  value: string | number | boolean | undefined,
): void {
  const store = cellStore(sheet);
  const change = settingChange(key, value);
  forEachCellOf(sheet, rects, (row, col) => {
    const cell = store.edit(row, col);
    cell.format = applyChange(cell.format, change);
  });
}

/** The common value of `values`, or null when they differ (Office.js's answer for mixed cells). */
export function uniform<T>(values: Iterable<T>): T | null {
  let first = true;
  let out: T | null = null;
  for (const v of values) {
    if (first) {
      out = v;
      first = false;
    } else if (v !== out) return null;
  }
  return out;
}

export function readFormat(sheet: SheetModel, rects: Rect[], key: FormatKey): unknown {
  const store = cellStore(sheet);
  function* values(): Generator<unknown> {
    for (const [row, col] of cellsOf(sheet, rects)) {
      yield store.get(row, col)?.format?.[key] ?? DEFAULT_FORMAT[key];
    }
  }
  return uniform(values());
}

// ---- borders -------------------------------------------------------------------------

export type BorderIndex = BorderEdge | "InsideVertical" | "InsideHorizontal";
export type BorderProp = keyof BorderModel;

const DEFAULT_BORDER: BorderModel = { style: "Continuous", color: "#000000", weight: "Thin" };

/** A block of cells and the edge of each that border `index` of a rectangle is made of. */
interface BorderPart {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  edge: BorderEdge;
}

/** The blocks of (cell, edge) that make up border `index` of a rectangle (at most two). */
function borderParts(r: Rect, index: BorderIndex): BorderPart[] {
  const rows = (r0: number, r1: number, edge: BorderEdge): BorderPart => ({
    r0,
    r1,
    c0: r.c0,
    c1: r.c1,
    edge,
  });
  const cols = (c0: number, c1: number, edge: BorderEdge): BorderPart => ({
    r0: r.r0,
    r1: r.r1,
    c0,
    c1,
    edge,
  });
  switch (index) {
    case "EdgeTop":
      return [rows(r.r0, r.r0, "EdgeTop")];
    case "EdgeBottom":
      return [rows(r.r1, r.r1, "EdgeBottom")];
    case "EdgeLeft":
      return [cols(r.c0, r.c0, "EdgeLeft")];
    case "EdgeRight":
      return [cols(r.c1, r.c1, "EdgeRight")];
    case "InsideHorizontal":
      return [rows(r.r0, r.r1 - 1, "EdgeBottom"), rows(r.r0 + 1, r.r1, "EdgeTop")];
    case "InsideVertical":
      return [cols(r.c0, r.c1 - 1, "EdgeRight"), cols(r.c0 + 1, r.c1, "EdgeLeft")];
    default:
      return [rows(r.r0, r.r1, index)];
  }
}

/** The (cell, edge) pairs that make up border `index` of a rectangle. */
function* borderCells(r: Rect, index: BorderIndex): Generator<[number, number, BorderEdge]> {
  for (const p of borderParts(r, index))
    for (let row = p.r0; row <= p.r1; row++)
      for (let col = p.c0; col <= p.c1; col++) yield [row, col, p.edge];
}

function checkBorderSize(r: Rect): void {
  if (rectRows(r) * rectColumns(r) > DENSE_LIMIT) {
    throw richError(
      "GeneralException",
      "the simulated host does not draw borders on more than 100,000 cells at once",
    );
  }
}

export function setBorder(
  sheet: SheetModel,
  rects: Rect[],
  index: BorderIndex,
  prop: BorderProp,
  value: string,
): void {
  const store = cellStore(sheet);
  for (const r of rects) {
    checkBorderSize(r);
    for (const p of borderParts(r, index)) {
      const change = borderChange(p.edge, prop, value, DEFAULT_BORDER);
      for (let row = p.r0; row <= p.r1; row++) {
        for (let col = p.c0; col <= p.c1; col++) {
          const cell = store.edit(row, col);
          cell.format = applyChange(cell.format, change);
        }
      }
    }
  }
}

export function readBorder(
  sheet: SheetModel,
  rects: Rect[],
  index: BorderIndex,
  prop: BorderProp,
): string | null {
  const store = cellStore(sheet);
  function* values(): Generator<string> {
    for (const r of rects) {
      checkBorderSize(r);
      for (const [row, col, edge] of borderCells(r, index)) {
        const b = store.get(row, col)?.format?.borders?.[edge];
        yield b ? b[prop] : prop === "style" ? "None" : DEFAULT_BORDER[prop];
      }
    }
  }
  return uniform(values());
}

// ---- widths and heights -------------------------------------------------------------

export function setColumnWidth(sheet: SheetModel, rects: Rect[], points: number): void {
  if (!(points >= 0)) throw richError("InvalidArgument", `column width ${points}`);
  for (const r of rects) for (let c = r.c0; c <= r.c1; c++) sheet.columnWidths[String(c)] = points;
}

export function readColumnWidth(sheet: SheetModel, rects: Rect[]): number | null {
  function* values(): Generator<number> {
    for (const r of rects)
      for (let c = r.c0; c <= r.c1; c++) yield sheet.columnWidths[String(c)] ?? DEFAULT_COLUMN_WIDTH;
  }
  return uniform(values());
}

export function setRowHeight(sheet: SheetModel, rects: Rect[], points: number): void {
  if (!(points >= 0)) throw richError("InvalidArgument", `row height ${points}`);
  for (const r of rects) {
    if (rectRows(r) > DENSE_LIMIT)
      throw richError("GeneralException", "the simulated host does not size every row of a sheet");
    for (let row = r.r0; row <= r.r1; row++) sheet.rowHeights[String(row)] = points;
  }
}

/** Back to the sheet's standard height (format.useStandardHeight = true). */
export function resetRowHeight(sheet: SheetModel, rects: Rect[]): void {
  for (const key of Object.keys(sheet.rowHeights)) {
    const row = Number(key);
    if (rects.some((r) => row >= r.r0 && row <= r.r1)) delete sheet.rowHeights[key];
  }
}

/** True when every row of `rects` has the standard height. */
export function hasStandardHeight(sheet: SheetModel, rects: Rect[]): boolean {
  return !Object.keys(sheet.rowHeights).some((key) =>
    rects.some((r) => Number(key) >= r.r0 && Number(key) <= r.r1),
  );
}

export function readRowHeight(sheet: SheetModel, rects: Rect[]): number | null {
  function* values(): Generator<number> {
    for (const r of rects)
      for (let row = r.r0; row <= r.r1; row++) yield sheet.rowHeights[String(row)] ?? DEFAULT_ROW_HEIGHT;
  }
  return uniform(values());
}

/** Autofit: a width from the longest text in each column of the rectangles (roughly 6 pt per character). */
export function autofitColumns(
  sheet: SheetModel,
  rects: Rect[],
  textAt: (row: number, col: number) => string,
): void {
  for (const r of rects) {
    for (let c = r.c0; c <= r.c1; c++) {
      let longest = 0;
      for (const [row, col] of cellsOf(sheet, [{ r0: r.r0, r1: r.r1, c0: c, c1: c }])) {
        const lines = textAt(row, col).split("\n");
        for (const line of lines) longest = Math.max(longest, line.length);
      }
      sheet.columnWidths[String(c)] =
        longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.round((longest * 6 + 8) * 4) / 4;
    }
  }
}
