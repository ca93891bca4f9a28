/**
 * The undo log of one sync. A sync that fails leaves the workbook as it was before it
 * (context.ts); copying the whole workbook before each sync made every sync cost the size of
 * the workbook (and a string of its JSON, which V8 caps, at province scale). So the cells are
 * logged instead: each change to a cell goes through its sheet's CellStore (cell-store.ts),
 * which notes the cell first, and the first note of a cell in a sync keeps a copy of it as it
 * was. The rest of the model (sheets' settings, merges, charts, tables, names) is small and
 * copied whole.
 *
 * Cell formats are never changed in place (shared-formats.ts), so a shallow copy of a cell is
 * a faithful one.
 */

import type { CellStore } from "./cell-store";
import { restoreModel, type CellModel, type SheetModel, type WorkbookModel } from "./model";

interface Journal {
  /** Per store: the cells as they were before this sync first changed them (undefined: absent). */
  cells: Map<CellStore, Map<number, CellModel | undefined>>;
  /** Per store that lost a cell: its cells' order before the sync (a restored cell goes back in place). */
  order: Map<CellStore, number[]>;
  /** The model without cells, as JSON. */
  rest: string;
  /** The sheets (by id) before the sync: a sheet deleted in the sync comes back. */
  sheets: Map<string, SheetModel>;
}

/** The journal of the sync being applied (syncs apply their actions synchronously, one at a time). */
let current: Journal | null = null;

/** Records cell `id` of `store` as it is now, before it changes (once per sync). */
export function noteCell(store: CellStore, id: number): void {
  if (current === null) return;
  let log = current.cells.get(store);
  if (!log) {
    log = new Map();
    current.cells.set(store, log);
  }
  if (log.has(id)) return;
  const cell = store.cells.get(id);
  log.set(id, cell === undefined ? undefined : { ...cell });
}

/** Before a cell is removed from `store`: keeps the order of its cells (once per sync). */
export function noteDelete(store: CellStore): void {
  if (current !== null && !current.order.has(store)) current.order.set(store, [...store.cells.keys()]);
}

/** A sheet's fields as JSON data, its cells left out (`cells: null` keeps the key in place). */
function withoutCells(sheet: SheetModel): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(sheet)) out[key] = key === "cells" ? null : sheet[key as keyof SheetModel];
  return out;
}

/** Starts the log of a sync: the model's non-cell state is copied now. */
export function beginJournal(model: WorkbookModel): void {
  const sheets = new Map(model.sheets.map((s) => [s.id, s]));
  const rest = JSON.stringify({ ...model, sheets: model.sheets.map(withoutCells) });
  current = { cells: new Map(), order: new Map(), rest, sheets };
}

/** Ends the log: the sync succeeded (or its partial changes stay, as Excel keeps them). */
export function endJournal(): void {
  current = null;
}

/** The cells of `store` back as they were. */
function restoreCells(store: CellStore, log: Map<number, CellModel | undefined>, order?: number[]): void {
  for (const [id, cell] of log) {
    if (cell === undefined) store.cells.delete(id);
    else store.cells.set(id, cell);
  }
  if (!order) return;
  const cells = order.map((id) => [id, store.cells.get(id)] as const);
  store.cells.clear();
  for (const [id, cell] of cells) if (cell) store.cells.set(id, cell);
}

/**
 * Puts a sheet's fields back from its JSON, in their order, on the same object (its cells'
 * accessor stays: proxies and the store refer to the object).
 */
function restoreSheet(live: SheetModel, before: Record<string, unknown>): SheetModel {
  const cells = Object.getOwnPropertyDescriptor(live, "cells");
  for (const key of Object.keys(live)) delete (live as unknown as Record<string, unknown>)[key];
  for (const [key, value] of Object.entries(before)) {
    if (key === "cells" && cells) Object.defineProperty(live, "cells", cells);
    else (live as unknown as Record<string, unknown>)[key] = value;
  }
  return live;
}

/** Puts the model back as it was when the journal began, and ends the journal. */
export function rollBack(model: WorkbookModel): void {
  const journal = current;
  current = null;
  if (!journal) return;
  for (const [store, log] of journal.cells) restoreCells(store, log, journal.order.get(store));
  const before = JSON.parse(journal.rest) as Omit<WorkbookModel, "sheets"> & {
    sheets: Record<string, unknown>[];
  };
  const sheets = before.sheets.map((s) => {
    const live = journal.sheets.get(s.id as string);
    return live ? restoreSheet(live, s) : (s as unknown as SheetModel);
  });
  restoreModel(model, { ...before, sheets });
}
