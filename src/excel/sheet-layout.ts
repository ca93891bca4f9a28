/**
 * Translates a SheetSpec into what Office.js writes in bulk, without touching Excel:
 * a number-format matrix (text cells "@", so "=…" stays text), a values matrix, a formulas
 * block, and per style the rectangles it covers. `null` in a matrix leaves the cell alone.
 */
import type { CellSpec, SheetSpec, StyleName, StyleSpec } from "../report/sheet-spec";
import { rectAddress } from "./alamat";

export type Matrix = (string | number | boolean | null)[][];

export interface FormulaBlock {
  /** 0-based first row and column of the block. */
  row: number;
  column: number;
  formulas: (string | null)[][];
}

export interface SheetLayout {
  rowCount: number;
  columnCount: number;
  numberFormats: (string | null)[][];
  values: Matrix;
  formulas: FormulaBlock | null;
  /** A1 addresses of the rectangles each style covers. */
  styleAreas: Map<StyleName, string[]>;
}

/** The number format a cell needs, or null for General. */
function numberFormatOf(cell: CellSpec, styles: Record<StyleName, StyleSpec>): string | null {
  if (cell.formula === undefined && typeof cell.value === "string") return "@";
  const style = cell.style ? styles[cell.style] : undefined;
  return style?.numberFormat ?? null;
}

function valueOf(cell: CellSpec): string | number | boolean | null {
  if (cell.formula !== undefined) return null;
  const v = cell.value;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

/** Rectangles covered by each style: horizontal runs merged down consecutive rows. */
function styleRectangles(rows: (CellSpec | null)[][]): Map<StyleName, string[]> {
  const result = new Map<StyleName, string[]>();
  interface Open {
    style: StyleName;
    r0: number;
    r1: number;
    c0: number;
    c1: number;
  }
  let open = new Map<string, Open>();
  const close = (o: Open): void => {
    const list = result.get(o.style) ?? [];
    list.push(rectAddress(o.r0, o.c0, o.r1, o.c1));
    result.set(o.style, list);
  };
  rows.forEach((row, r) => {
    const next = new Map<string, Open>();
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      if (!style) {
        c++;
        continue;
      }
      let c1 = c;
      while (c1 + 1 < row.length && row[c1 + 1]?.style === style) c1++;
      const key = `${style}|${c}|${c1}`;
      const prev = open.get(key);
      if (prev && prev.r1 === r - 1) {
        prev.r1 = r;
        next.set(key, prev);
        open.delete(key);
      } else {
        next.set(key, { style, r0: r, r1: r, c0: c, c1 });
      }
      c = c1 + 1;
    }
    for (const o of open.values()) close(o);
    open = next;
  });
  for (const o of open.values()) close(o);
  return result;
}

export function layoutSheet(spec: SheetSpec, styles: Record<StyleName, StyleSpec>): SheetLayout {
  const rowCount = spec.rows.length;
  const columnCount = Math.max(spec.columns.length, ...spec.rows.map((r) => r.length), 1);

  const numberFormats: (string | null)[][] = [];
  const values: Matrix = [];
  let fr0 = Infinity;
  let fr1 = -1;
  let fc0 = Infinity;
  let fc1 = -1;
  spec.rows.forEach((row, r) => {
    const nf: (string | null)[] = [];
    const vals: (string | number | boolean | null)[] = [];
    for (let c = 0; c < columnCount; c++) {
      const cell = row[c] ?? null;
      nf.push(cell ? numberFormatOf(cell, styles) : null);
      vals.push(cell ? valueOf(cell) : null);
      if (cell?.formula !== undefined) {
        fr0 = Math.min(fr0, r);
        fr1 = Math.max(fr1, r);
        fc0 = Math.min(fc0, c);
        fc1 = Math.max(fc1, c);
      }
    }
    numberFormats.push(nf);
    values.push(vals);
  });

  let formulas: FormulaBlock | null = null;
  if (fr1 >= 0) {
    const block: (string | null)[][] = [];
    for (let r = fr0; r <= fr1; r++) {
      const line: (string | null)[] = [];
      for (let c = fc0; c <= fc1; c++) line.push(spec.rows[r][c]?.formula ?? null);
      block.push(line);
    }
    formulas = { row: fr0, column: fc0, formulas: block };
  }

  return { rowCount, columnCount, numberFormats, values, formulas, styleAreas: styleRectangles(spec.rows) };
}

/** True when a matrix row holds nothing to write (all null). */
export function isEmptyRow(row: readonly unknown[]): boolean {
  return row.every((v) => v === null);
}

/** Excel character-unit width to the points Office.js `columnWidth` takes (Calibri 11, 7 px digits). */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Normalises a colour to "#RRGGBB" (accepts "RRGGBB", "#RRGGBB", "AARRGGBB"). */
export function normaliseColor(color: string): string {
  const hex = color.replace(/^#/, "");
  if (/^[0-9a-fA-F]{8}$/.test(hex)) return `#${hex.slice(2)}`;
  if (/^[0-9a-fA-F]{6}$/.test(hex)) return `#${hex}`;
  return color;
}
