/**
 * A sheet spec's merges in an exceljs worksheet, in linear time. exceljs's `mergeCells` checks
 * each new range against every earlier merge of the sheet, which is quadratic: 17,444 merges at
 * 100,000 budget lines took 17 s of the run (bench/README.md). A spec's merges are checked for
 * overlaps once here (`mergeOverlap`, linear in the cells they cover), then each is applied by
 * exceljs's own `mergeCells` (the covered cells take the master's style, as before) without the
 * scan.
 */
import type ExcelJS from "exceljs";
import { MAX_COLUMN, parseRange, type RangeRef } from "../core/a1";

function box(range: string): RangeRef {
  const b = parseRange(range);
  if (!b) throw new Error(`Not an A1 range: ${range}`);
  return b;
}

/** The first two merges that share a cell, or null: one pass over the cells they cover. */
function mergeOverlap(merges: readonly string[]): [string, string] | null {
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

/**
 * exceljs keeps a sheet's merges in the private `_merges` (master address → range), and its
 * `mergeCells` scans all of it before merging. This is the one place that touches it: each merge
 * runs against an empty index and is then added to the sheet's, so `ws.model.merges`,
 * `unMergeCells` and the written file are what `mergeCells` alone gives
 * (test/xlsx/merges.test.ts fails if exceljs renames or reshapes it). Without that field, plain
 * `mergeCells`.
 */
function mergeWithoutScan(ws: ExcelJS.Worksheet, range: string): void {
  const w = ws as unknown as { _merges?: Record<string, unknown> };
  const index = w._merges;
  if (!index || typeof index !== "object" || Array.isArray(index)) return ws.mergeCells(range);
  w._merges = {};
  try {
    ws.mergeCells(range);
  } finally {
    w._merges = Object.assign(index, w._merges);
  }
}

/** Applies a spec's merges; overlapping merges are a bug of the spec's builder, never written. */
export function writeMergesOld(ws: ExcelJS.Worksheet, merges: readonly string[]): void {
  const overlap = mergeOverlap(merges);
  if (overlap) throw new Error(`Sheet ${ws.name}: merges ${overlap[0]} and ${overlap[1]} overlap`);
  for (const m of merges) mergeWithoutScan(ws, m);
}
