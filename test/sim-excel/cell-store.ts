/**
 * Where the host keeps a sheet's cells: a Map by a number (row × 16,384 + column), in the
 * order the cells were made. The model's face stays plain JSON — `sheet.cells`, a record
 * keyed "row,col" — but a record of a million string keys is slow to scan (for…in sorts its
 * keys) and to look up, and a province's workbook has two million cells. So the first time
 * the host touches a sheet it moves the record into a store and puts an accessor in its
 * place: reading `sheet.cells` (a test, JSON.stringify, the browser page) gets a fresh record
 * built from the store, and the host takes that record back as the truth at its next use, so
 * whatever the reader changed in it (a test writing its input cells) is kept. A record read
 * before a sync does not follow the sync: read `sheet.cells` again after it.
 */

import { MAX_COLUMNS } from "./address";
import { noteCell, noteDelete } from "./journal";
import type { CellModel, SheetModel } from "./model";

/** The store's key of a cell. */
export function cellId(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export function rowOfId(id: number): number {
  return Math.floor(id / MAX_COLUMNS);
}

export function colOfId(id: number): number {
  return id % MAX_COLUMNS;
}

export class CellStore {
  readonly cells = new Map<number, CellModel>();

  get(row: number, col: number): CellModel | undefined {
    return this.cells.get(row * MAX_COLUMNS + col);
  }

  /** The cell to change, made when absent; logged first, so a failed sync can undo it. */
  edit(row: number, col: number): CellModel {
    const id = row * MAX_COLUMNS + col;
    noteCell(this, id);
    let cell = this.cells.get(id);
    if (!cell) {
      cell = {};
      this.cells.set(id, cell);
    }
    return cell;
  }

  /** Replaces (or, with undefined, removes) a cell; logged first. */
  put(row: number, col: number, cell: CellModel | undefined): void {
    const id = row * MAX_COLUMNS + col;
    noteCell(this, id);
    if (cell !== undefined) this.cells.set(id, cell);
    else if (this.cells.has(id)) {
      noteDelete(this);
      this.cells.delete(id);
    }
  }

  /** The record face: "row,col" → cell, in the store's order. */
  toRecord(): Record<string, CellModel> {
    const out: Record<string, CellModel> = {};
    for (const [id, cell] of this.cells) out[`${rowOfId(id)},${colOfId(id)}`] = cell;
    return out;
  }

  /** Takes a record's cells as the store's (keys "row,col"). */
  fill(record: Record<string, CellModel>): void {
    this.cells.clear();
    for (const key in record) {
      const comma = key.indexOf(",");
      const row = Number(key.slice(0, comma));
      const col = Number(key.slice(comma + 1));
      if (comma > 0 && Number.isInteger(row) && Number.isInteger(col) && record[key])
        this.cells.set(cellId(row, col), record[key]);
    }
  }
}

interface Holder {
  store: CellStore;
  /** A record handed out by (or assigned to) `sheet.cells` since the host last used the store. */
  record: Record<string, CellModel> | null;
}

const holders = new WeakMap<SheetModel, Holder>();

function adopt(sheet: SheetModel): Holder {
  const holder: Holder = { store: new CellStore(), record: sheet.cells ?? {} };
  holders.set(sheet, holder);
  Object.defineProperty(sheet, "cells", {
    configurable: true,
    enumerable: true,
    get(): Record<string, CellModel> {
      holder.record ??= holder.store.toRecord();
      return holder.record;
    },
    set(record: Record<string, CellModel>) {
      holder.record = record;
    },
  });
  return holder;
}

/** The cells of `sheet` as the host works on them (see the file's comment). */
export function cellStore(sheet: SheetModel): CellStore {
  const holder = holders.get(sheet) ?? adopt(sheet);
  if (holder.record !== null) {
    holder.store.fill(holder.record);
    holder.record = null;
  }
  return holder.store;
}
