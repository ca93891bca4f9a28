/**
 * Translates a SheetSpec into what Office.js writes in bulk, without touching Excel:
 * a number-format matrix (text cells "@", so "=…" stays text), a values matrix, a formulas
 * block, and per style the rectangles it covers. `null` in a matrix leaves the cell alone
 * (in Office.js `""` would clear it); the sheets are new, so an empty text cell ("") is
 * written as null, and gets no "@": a number typed there later stays a number.
 */
import type { CellSpec, SheetSpec, StyleName, StyleSpec } from "../report/sheet-spec";
import { rectAddress } from "./address";

export type Matrix = (string | number | boolean | null)[][];

export interface FormulaBlock {
  /** 0-based first row and column of the block. */
  row: number;
  column: number;
  formulas: (string | null)[][];
}

export interface SheetLayout {
  numberFormats: (string | null)[][];
  /** The same number formats as rectangles per format (one scalar write each). */
  numberFormatAreas: Map<string, string[]>;
  values: Matrix;
  formulas: FormulaBlock | null;
  /** A1 addresses of the rectangles each format setting covers (see formatKeys). */
  formatAreas: Map<FormatKey, string[]>;
}

/** The number format a cell needs, or null for General. */
function numberFormatOf(cell: CellSpec, styles: Record<StyleName, StyleSpec>): string | null {
  if (cell.formula === undefined && typeof cell.value === "string" && cell.value !== "") return "@";
  const style = cell.style ? styles[cell.style] : undefined;
  return style?.numberFormat ?? null;
}

function valueOf(cell: CellSpec): string | number | boolean | null {
  if (cell.formula !== undefined) return null;
  const v = cell.value;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  if (v === "") return null;
  return v;
}

/**
 * One format setting a style asks for ("bold", "fill:#DDEBF7", "border:#808080", …). Styles share
 * settings (every table cell has a border, most numbers align right), so the writer groups
 * cells per setting: each setting is written once over the RangeAreas of all cells that need
 * it, whatever style they come from.
 */
export type FormatKey = string;

/** The non-default settings of a style, as keys. */
export function formatKeys(style: StyleSpec): FormatKey[] {
  const keys: FormatKey[] = [];
  if (style.bold) keys.push("bold");
  if (style.italic) keys.push("italic");
  if (style.underline) keys.push("underline");
  if (style.fontSize !== undefined) keys.push(`size:${style.fontSize}`);
  if (style.fontColor) keys.push(`color:${normaliseColor(style.fontColor)}`);
  if (style.fill) keys.push(`fill:${normaliseColor(style.fill)}`);
  if (style.horizontal) keys.push(`h:${style.horizontal}`);
  if (style.vertical) keys.push(`v:${style.vertical}`);
  if (style.wrap) keys.push("wrap");
  if (style.indent) keys.push(`indent:${style.indent}`);
  if (style.border) keys.push(`border:${normaliseColor(style.border)}`);
  return keys;
}

/**
 * Rectangles covering the cells of each key: horizontal runs of a row, merged down
 * consecutive rows with the same span. Keys of a cell come from `keysOf`.
 */
export function areasByKey<T>(
  rows: (T | null)[][],
  keysOf: (cell: T) => readonly string[],
): Map<string, string[]> {
  interface Open {
    key: string;
    r0: number;
    r1: number;
    c0: number;
    c1: number;
  }
  const result = new Map<string, string[]>();
  const close = (o: Open): void => {
    const list = result.get(o.key) ?? [];
    list.push(rectAddress(o.r0, o.c0, o.r1, o.c1));
    result.set(o.key, list);
  };
  let open = new Map<string, Open>();
  rows.forEach((row, r) => {
    // Horizontal runs per key in this row.
    const runs = new Map<string, [number, number][]>();
    row.forEach((cell, c) => {
      if (cell === null || cell === undefined) return;
      for (const key of keysOf(cell)) {
        const list = runs.get(key);
        const last = list?.[list.length - 1];
        if (last && last[1] === c - 1) last[1] = c;
        else if (list) list.push([c, c]);
        else runs.set(key, [[c, c]]);
      }
    });
    const next = new Map<string, Open>();
    for (const [key, list] of runs) {
      for (const [c0, c1] of list) {
        const id = `${key}|${c0}|${c1}`;
        const prev = open.get(id);
        if (prev && prev.r1 === r - 1) {
          prev.r1 = r;
          next.set(id, prev);
          open.delete(id);
        } else next.set(id, { key, r0: r, r1: r, c0, c1 });
      }
    }
    for (const o of open.values()) close(o);
    open = next;
  });
  for (const o of open.values()) close(o);
  return result;
}

/** The columns a sheet's content spans (at least one). */
export function columnCount(spec: SheetSpec): number {
  let n = Math.max(spec.columns.length, 1);
  for (const row of spec.rows) if (row.length > n) n = row.length;
  return n;
}

export function layoutSheet(spec: SheetSpec, styles: Record<StyleName, StyleSpec>): SheetLayout {
  const columns = columnCount(spec);

  const numberFormats: (string | null)[][] = [];
  const values: Matrix = [];
  let fr0 = Infinity;
  let fr1 = -1;
  let fc0 = Infinity;
  let fc1 = -1;
  spec.rows.forEach((row, r) => {
    const nf: (string | null)[] = [];
    const vals: (string | number | boolean | null)[] = [];
    for (let c = 0; c < columns; c++) {
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

  const keysOfStyle = new Map<StyleName, FormatKey[]>();
  const keysOf = (cell: CellSpec): FormatKey[] => {
    if (!cell.style || !styles[cell.style]) return [];
    let keys = keysOfStyle.get(cell.style);
    if (!keys) {
      keys = formatKeys(styles[cell.style]);
      keysOfStyle.set(cell.style, keys);
    }
    return keys;
  };
  const formatAreas = areasByKey(spec.rows, keysOf);
  const numberFormatAreas = areasByKey(numberFormats, (nf: string) => [nf]);
  return { numberFormats, numberFormatAreas, values, formulas, formatAreas };
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
