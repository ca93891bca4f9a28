/**
 * A sheet spec's merges in exceljs's streaming worksheet, in linear time. exceljs's
 * `mergeCells` checks each new range against every earlier merge of the sheet, which is
 * quadratic (17,444 merges at 100,000 budget lines took 17 s, bench/README.md), and it needs
 * every covered row still uncommitted. Here a spec's merges are checked for overlaps once
 * (`mergeOverlap`, linear in the cells they cover), recorded in the sheet's merge list
 * (`recordMerges`), and the covered cells take their master's style as each row is written
 * (`mergeCovers`, used by write-sheets.ts), as `mergeCells` would have done.
 */
import type ExcelJS from "exceljs";
import { MAX_COLUMN, parseRange, type RangeRef } from "../core/a1";

// exceljs exports no Range type: its class is what the sheet's merge list holds.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Range = require("exceljs/lib/doc/range") as new (ref: string) => { range: string };

function box(range: string): RangeRef {
  const b = parseRange(range);
  if (!b) throw new Error(`Not an A1 range: ${range}`);
  return b;
}

/** The first two merges that share a cell, or null: one pass over the cells they cover. */
export function mergeOverlap(merges: readonly string[]): [string, string] | null {
  const owner = new Map<number, string>();
  for (const m of merges) {
    const b = box(m);
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        const key = r * (MAX_COLUMN + 1) + c;
        const other = owner.get(key);
        if (other !== undefined) return [other, m];
        owner.set(key, m);
      }
  }
  return null;
}

/** A covered cell (0-based column) and the index of its merge in the spec's list. */
export interface MergeCover {
  column: number;
  merge: number;
}

/** The master cell (0-based row and column) of each merge, and the covered cells by 0-based row. */
export function mergeCovers(merges: readonly string[]): {
  masters: { row: number; column: number; lastRow: number }[];
  covers: Map<number, MergeCover[]>;
} {
  const masters: { row: number; column: number; lastRow: number }[] = [];
  const covers = new Map<number, MergeCover[]>();
  merges.forEach((m, merge) => {
    const b = box(m);
    masters.push({ row: b.top - 1, column: b.left - 1, lastRow: b.bottom - 1 });
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) {
        if (r === b.top && c === b.left) continue;
        const row = covers.get(r - 1) ?? [];
        row.push({ column: c - 1, merge });
        covers.set(r - 1, row);
      }
  });
  return { masters, covers };
}

/**
 * exceljs's streaming worksheet keeps its merges in the private `_merges` (an array of its
 * Range, written as `<mergeCell ref>` at commit). This is the one place that touches it, after
 * the spec's own overlap check (test/xlsx/merges.test.ts fails if exceljs renames or reshapes it).
 */
export function recordMerges(ws: ExcelJS.Worksheet, name: string, merges: readonly string[]): void {
  const overlap = mergeOverlap(merges);
  if (overlap) throw new Error(`Sheet ${name}: merges ${overlap[0]} and ${overlap[1]} overlap`);
  const list = (ws as unknown as { _merges?: unknown })._merges;
  if (!Array.isArray(list)) throw new Error("exceljs: the streaming worksheet has no _merges list");
  // A one-cell "merge" merges nothing; exceljs's mergeCells writes none either.
  for (const m of merges) {
    const b = box(m);
    if (b.top !== b.bottom || b.left !== b.right) list.push(new Range(m));
  }
}
