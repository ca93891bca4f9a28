/**
 * Operations on a rectangle of one sheet that are neither values nor formats: merging,
 * unmerging and clearing.
 */

import { Rect, formatRect, parseRect, rectContains, rectsIntersect } from "./address";
import { richError } from "./errors";
import { cellsOf } from "./formats";
import { shiftFormula } from "./formula-parser";
import { cellStore } from "./cell-store";
import { MergeIndex } from "./merge-index";
import { CellModel, SheetModel, WorkbookModel } from "./model";

export function mergedRects(sheet: SheetModel): Rect[] {
  return MergeIndex.of(sheet).rects();
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
    unmerge(sheet, area);
    const store = cellStore(sheet);
    for (let row = area.r0; row <= area.r1; row++) {
      for (let col = area.c0; col <= area.c1; col++) {
        if ((row === area.r0 && col === area.c0) || !store.get(row, col)) continue;
        const cell = store.edit(row, col);
        delete cell.value;
        delete cell.formula;
      }
    }
    MergeIndex.of(sheet).add(formatRect(area), area);
  }
}

/** Unmerge every merged area that intersects `rect`. */
export function unmerge(sheet: SheetModel, rect: Rect): void {
  // The index tells, without scanning every merge, that (as nearly always) none is there.
  if (!MergeIndex.of(sheet).meets(rect)) return;
  sheet.merges = sheet.merges.filter((m) => {
    const r = parseRect(m);
    return !r || !rectsIntersect(r, rect);
  });
}

/** The merged area that contains the whole of `rect` (a cell of a merged area), if any. */
export function mergeContaining(sheet: SheetModel, rect: Rect): Rect | undefined {
  return MergeIndex.of(sheet)
    .meeting(rect)
    .find((m) => rectContains(m, rect));
}

export type ClearApplyTo =
  "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents";

/** Range.clear: contents (values, formulas), formats (formats, number formats, merges) or both. */
export function clear(sheet: SheetModel, rects: Rect[], applyTo: ClearApplyTo): void {
  const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
  const formats = applyTo === "All" || applyTo === "Formats";
  const store = cellStore(sheet);
  for (const [row, col] of cellsOf(sheet, rects)) {
    if (!store.get(row, col)) continue;
    const cell = store.edit(row, col);
    if (contents) {
      delete cell.value;
      delete cell.formula;
    }
    if (formats) {
      delete cell.format;
      delete cell.numberFormat;
    }
    if (Object.keys(cell).length === 0) store.put(row, col, undefined);
  }
  if (formats) for (const r of rects) unmerge(sheet, r);
}

export type CopyType = "All" | "Formulas" | "Values" | "Formats";

/**
 * Range.copyFrom (ExcelApi 1.9) from one rectangle: the destination starts at `to`'s top-left
 * and takes the source's size. Values and formulas (relative references moved by the offset,
 * as a paste does), number formats, cell formats and, for "All" / "Formats", the merged areas
 * inside the source. Pasting onto a merged area that is not the same shape fails, as in Excel
 * ("We can't do that to a merged cell"); column widths, row heights and charts are not copied.
 */
export function copyRect(
  from: { sheet: SheetModel; rect: Rect },
  to: { sheet: SheetModel; rect: Rect },
  copyType: CopyType,
  values: (row: number, col: number) => CellModel["value"],
): void {
  const dr = to.rect.r0 - from.rect.r0;
  const dc = to.rect.c0 - from.rect.c0;
  const dest: Rect = { r0: to.rect.r0, c0: to.rect.c0, r1: from.rect.r1 + dr, c1: from.rect.c1 + dc };
  const contents = copyType !== "Formats";
  const formats = copyType === "All" || copyType === "Formats";
  const sourceMerges = mergedRects(from.sheet)
    .filter((m) => rectContains(from.rect, m))
    .map((m) => ({ r0: m.r0 + dr, r1: m.r1 + dr, c0: m.c0 + dc, c1: m.c1 + dc }));
  const pasted = new Set(formats ? sourceMerges.map((m) => formatRect(m)) : []);
  for (const m of MergeIndex.of(to.sheet).meeting(dest)) {
    if (!pasted.has(formatRect(m)))
      throw richError("InvalidOperation", `cannot paste over the merged cells ${formatRect(m)}`);
  }
  const source = cellStore(from.sheet);
  const target = cellStore(to.sheet);
  const copied: [number, number, CellModel][] = [];
  for (let r = from.rect.r0; r <= from.rect.r1; r++) {
    for (let c = from.rect.c0; c <= from.rect.c1; c++) {
      const src = source.get(r, c);
      const cell: CellModel = {};
      if (src && contents) {
        if (src.formula && copyType !== "Values") {
          cell.formula = dr === 0 && dc === 0 ? src.formula : shiftFormula(src.formula, dr, dc);
          if (src.stale) cell.stale = true;
          cell.value = src.value;
        } else if (src.formula) cell.value = values(r, c);
        else if (src.value !== undefined) cell.value = src.value;
      }
      if (src && formats) {
        if (src.numberFormat !== undefined) cell.numberFormat = src.numberFormat;
        // Formats are shared, never changed in place (shared-formats.ts).
        if (src.format) cell.format = src.format;
      }
      copied.push([r + dr, c + dc, cell]);
    }
  }
  for (const [row, col, cell] of copied) {
    const old = target.get(row, col);
    const merged: CellModel = {
      ...(old && !contents ? { value: old.value, formula: old.formula } : {}),
      ...(old && !formats ? { numberFormat: old.numberFormat, format: old.format } : {}),
      ...cell,
    };
    for (const k of Object.keys(merged) as (keyof CellModel)[]) if (merged[k] === undefined) delete merged[k];
    target.put(row, col, Object.keys(merged).length === 0 ? undefined : merged);
  }
  if (formats) {
    unmerge(to.sheet, dest);
    for (const m of sourceMerges) MergeIndex.of(to.sheet).add(formatRect(m), m);
  }
}
