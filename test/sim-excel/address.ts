/**
 * A1 addresses: parsing ("B3", "$A$1:C9", "A:C", "4:4", "'Sheet Name'!A1") and formatting.
 * Rectangles are 0-based and inclusive, like Office.js's rowIndex / columnIndex.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetAddress {
  /** The sheet named in the address, if any (unquoted). */
  sheet?: string;
  rect: Rect;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 0, "AA" → 26; case-insensitive. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

interface Endpoint {
  row?: number;
  col?: number;
}

function parseEndpoint(text: string): Endpoint | null {
  let m = CELL.exec(text);
  if (m) return { col: columnIndex(m[1]), row: Number(m[2]) - 1 };
  m = COLUMN.exec(text);
  if (m) return { col: columnIndex(m[1]) };
  m = ROW.exec(text);
  if (m) return { row: Number(m[1]) - 1 };
  return null;
}

function inBounds(r: Rect): boolean {
  return r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLUMNS && r.r0 <= r.r1 && r.c0 <= r.c1;
}

/** "B3", "A1:C9", "A:C", "4:6" (no sheet) → rectangle, or null when malformed. */
export function parseRect(text: string): Rect | null {
  const parts = text.trim().split(":");
  if (parts.length === 1) {
    const p = parseEndpoint(parts[0]);
    if (!p || p.row === undefined || p.col === undefined) return null;
    const r = { r0: p.row, c0: p.col, r1: p.row, c1: p.col };
    return inBounds(r) ? r : null;
  }
  if (parts.length !== 2) return null;
  const a = parseEndpoint(parts[0]);
  const b = parseEndpoint(parts[1]);
  if (!a || !b) return null;
  let r: Rect;
  if (a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined) {
    r = { r0: a.row, c0: a.col, r1: b.row, c1: b.col };
  } else if (a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined) {
    r = { r0: 0, c0: a.col, r1: MAX_ROWS - 1, c1: b.col };
  } else if (a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined) {
    r = { r0: a.row, c0: 0, r1: b.row, c1: MAX_COLUMNS - 1 };
  } else {
    return null;
  }
  const norm = {
    r0: Math.min(r.r0, r.r1),
    r1: Math.max(r.r0, r.r1),
    c0: Math.min(r.c0, r.c1),
    c1: Math.max(r.c0, r.c1),
  };
  return inBounds(norm) ? norm : null;
}

/** Split "Sheet1!A1" / "'My Sheet'!A1" into sheet and reference. */
export function splitSheet(text: string): { sheet?: string; ref: string } | null {
  const t = text.trim();
  if (t.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < t.length) {
      if (t[i] === "'") {
        if (t[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += t[i];
      i++;
    }
    if (t[i] !== "'" || t[i + 1] !== "!") return null;
    return { sheet: name, ref: t.slice(i + 2) };
  }
  const bang = t.lastIndexOf("!");
  if (bang < 0) return { ref: t };
  return { sheet: t.slice(0, bang), ref: t.slice(bang + 1) };
}

/** A full address, optionally with a sheet; null when malformed. */
export function parseAddress(text: string): SheetAddress | null {
  const split = splitSheet(text);
  if (!split) return null;
  const rect = parseRect(split.ref);
  if (!rect) return null;
  return split.sheet === undefined ? { rect } : { sheet: split.sheet, rect };
}

function isWholeColumns(r: Rect): boolean {
  return r.r0 === 0 && r.r1 === MAX_ROWS - 1;
}

function isWholeRows(r: Rect): boolean {
  return r.c0 === 0 && r.c1 === MAX_COLUMNS - 1;
}

/** Rectangle → "A1", "A1:C3", "A:C" or "4:6"; `absolute` adds "$". */
export function formatRect(r: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (isWholeColumns(r) && !isWholeRows(r)) {
    return `${d}${columnLetters(r.c0)}:${d}${columnLetters(r.c1)}`;
  }
  if (isWholeRows(r) && !isWholeColumns(r)) return `${d}${r.r0 + 1}:${d}${r.r1 + 1}`;
  const a = `${d}${columnLetters(r.c0)}${d}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${d}${columnLetters(r.c1)}${d}${r.r1 + 1}`;
}

/** Sheet name as Excel writes it in an address: quoted when it is not a plain identifier. */
export function quoteSheet(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function formatAddress(sheet: string, r: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatRect(r, absolute)}`;
}

export function rectRows(r: Rect): number {
  return r.r1 - r.r0 + 1;
}

export function rectColumns(r: Rect): number {
  return r.c1 - r.c0 + 1;
}

export function rectContains(outer: Rect, inner: Rect): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function rectIntersection(a: Rect, b: Rect): Rect | null {
  if (!rectsIntersect(a, b)) return null;
  return {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
}

export function rectsEqual(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}
