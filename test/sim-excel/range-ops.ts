/**
 * Operations on a rectangle of one sheet that are neither values nor formats: merging,
 * unmerging and clearing.
 */

import { Rect, formatRect, parseRect, rectContains, rectsIntersect } from "./address";
import { richError } from "./errors";
import { cellsOf } from "./formats";
import { SheetModel, WorkbookModel, cellKey } from "./model";

export function mergedRects(sheet: SheetModel): Rect[] {
  return sheet.merges.map((m) => parseRect(m)).filter((r): r is Rect => r !== null);
}

/**
 * Merge like Excel: the top-left value stays, the other values of the area are dropped.
 * Existing merged areas inside the new one are absorbed; one that only partly overlaps it is
 * replaced as well (simplification).
 */
export function merge(model: WorkbookModel, sheet: SheetModel, rect: Rect, across: boolean): void {
  const tables = model.tables.filter((t) => t.sheet.toLowerCase() === sheet.name.toLowerCase());
  for (const t of tables) {
    const tr = parseRect(t.address);
    if (tr && rectsIntersect(tr, rect))
      throw richError("InvalidOperation", `cells of table ${t.name} cannot be merged`);
  }
  const areas: Rect[] = across
    ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) => ({
        r0: rect.r0 + i,
        r1: rect.r0 + i,
        c0: rect.c0,
        c1: rect.c1,
      }))
    : [rect];
  for (const area of areas) {
    if (area.r0 === area.r1 && area.c0 === area.c1) continue;
    sheet.merges = sheet.merges.filter((m) => {
      const r = parseRect(m);
      return !r || !rectsIntersect(r, area);
    });
    for (let row = area.r0; row <= area.r1; row++) {
      for (let col = area.c0; col <= area.c1; col++) {
        if (row === area.r0 && col === area.c0) continue;
        const cell = sheet.cells[cellKey(row, col)];
        if (cell) {
          delete cell.value;
          delete cell.formula;
        }
      }
    }
    sheet.merges.push(formatRect(area));
  }
}

/** Unmerge every merged area that intersects `rect`. */
export function unmerge(sheet: SheetModel, rect: Rect): void {
  sheet.merges = sheet.merges.filter((m) => {
    const r = parseRect(m);
    return !r || !rectsIntersect(r, rect);
  });
}

/** The merged area that contains the whole of `rect` (a cell of a merged area), if any. */
export function mergeContaining(sheet: SheetModel, rect: Rect): Rect | undefined {
  return mergedRects(sheet).find((m) => rectContains(m, rect));
}

export type ClearApplyTo =
  "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

/** Range.clear: contents (values, formulas), formats (formats, number formats, merges) or both. */
export function clear(sheet: SheetModel, rects: Rect[], applyTo: ClearApplyTo): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  for (const [row, col] of cellsOf(sheet, rects)) {
    const key = cellKey(row, col);
    const cell = sheet.cells[key];
    if (!cell) continue;
    if (contents) {
      delete cell.value;
      delete cell.formula;
    }
    if (formats) {
      delete cell.format;
      delete cell.numberFormat;
    }
    if (Object.keys(cell).length === 0) delete sheet.cells[key];
  }
  if (formats) for (const r of rects) unmerge(sheet, r);
}
