/**
 * Excel tables (ListObjects): names, creation with or without a header row, and their parts.
 */

import { Rect, formatRect, parseRect, rectsIntersect } from "./address";
import { WorkbookCalc } from "./calc";
import { readValue } from "./cells";
import { richError } from "./errors";
import { cellStore, colOfId, rowOfId } from "./cell-store";
import { mergedRects } from "./range-ops";
import { CellModel, SheetModel, TableModel, WorkbookModel, findSheet, newId } from "./model";

/** Why `name` cannot name a table (or a named item), or null. Uniqueness is checked apart. */
export function tableNameProblem(name: unknown): string | null {
  if (typeof name !== "string" || name === "") return "a table name cannot be blank";
  if (name.length > 255) return "a table name has at most 255 characters";
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    return `"${name}" must start with a letter or underscore and hold only letters, digits, periods and underscores`;
  }
  if (/^[rc]$/i.test(name)) return `"${name}" is reserved`;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name))
    return `"${name}" looks like a cell reference`;
  return null;
}

export function checkTableName(model: WorkbookModel, name: unknown, except?: TableModel): string {
  const problem = tableNameProblem(name);
  if (problem) throw richError("InvalidArgument", problem);
  const n = name as string;
  const lower = n.toLowerCase();
  const table = model.tables.find((t) => t.name.toLowerCase() === lower);
  if ((table && table !== except) || model.names.some((x) => x.name.toLowerCase() === lower)) {
    throw richError("ItemAlreadyExists", `the name "${n}" is taken`);
  }
  return n;
}

export function tableRect(t: TableModel): Rect {
  const r = parseRect(t.address);
  if (!r) throw richError("GeneralException", `table ${t.name} has a bad address ${t.address}`);
  return r;
}

export function tablesOn(model: WorkbookModel, sheet: SheetModel): TableModel[] {
  const lower = sheet.name.toLowerCase();
  return model.tables.filter((t) => t.sheet.toLowerCase() === lower);
}

/** The table's visible range: without the header row when headers are hidden. */
export function tableRange(t: TableModel): Rect {
  const r = tableRect(t);
  return t.showHeaders ? r : { ...r, r0: r.r0 + 1 };
}

export function headerRange(t: TableModel): Rect | null {
  const r = tableRect(t);
  return t.showHeaders ? { ...r, r1: r.r0 } : null;
}

export function dataBodyRange(t: TableModel): Rect {
  const r = tableRect(t);
  return { ...r, r0: r.r0 + 1 };
}

/** Header texts, made unique and non-blank the way Excel does ("Column3", "Kode2"). */
function uniqueHeaders(raw: string[]): string[] {
  const seen = new Set<string>();
  return raw.map((h, i) => {
    let name = h.trim() === "" ? `Column${i + 1}` : h;
    let n = 2;
    const base = name;
    while (seen.has(name.toLowerCase())) name = `${base}${n++}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

export function columnNames(model: WorkbookModel, t: TableModel): string[] {
  const sheet = findSheet(model, t.sheet);
  const r = tableRect(t);
  if (!sheet) return [];
  const calc = new WorkbookCalc(model);
  const out: string[] = [];
  for (let c = r.c0; c <= r.c1; c++) out.push(String(readValue(calc, sheet, r.r0, c)));
  return out;
}

function nextTableName(model: WorkbookModel): string {
  let i = model.tables.length + 1;
  while (model.tables.some((t) => t.name.toLowerCase() === `table${i}`)) i++;
  return `Table${i}`;
}

/** Create a table on `rect`; without headers a header row is inserted above the data. */
export function addTable(
  model: WorkbookModel,
  sheet: SheetModel,
  rect: Rect,
  hasHeaders: boolean,
): TableModel {
  let r = { ...rect };
  if (!hasHeaders) {
    shiftDown(sheet, r);
    r = { ...r, r1: r.r1 + 1 };
  } else if (r.r0 === r.r1) {
    r = { ...r, r1: r.r1 + 1 };
  }
  for (const t of tablesOn(model, sheet)) {
    if (rectsIntersect(tableRect(t), r))
      throw richError("InvalidOperation", `a table cannot overlap table ${t.name}`);
  }
  if (mergedRects(sheet).some((m) => rectsIntersect(m, r))) {
    throw richError("InvalidOperation", "a table cannot contain merged cells");
  }
  const calc = new WorkbookCalc(model);
  const raw: string[] = [];
  for (let c = r.c0; c <= r.c1; c++) raw.push(hasHeaders ? String(readValue(calc, sheet, r.r0, c)) : "");
  const headers = uniqueHeaders(raw);
  const store = cellStore(sheet);
  headers.forEach((h, i) => {
    const cell: CellModel = { ...store.get(r.r0, r.c0 + i), value: h };
    delete cell.formula;
    store.put(r.r0, r.c0 + i, cell);
  });
  const table: TableModel = {
    name: nextTableName(model),
    id: newId(model),
    sheet: sheet.name,
    address: formatRect(r),
    showHeaders: true,
    showTotals: false,
    style: "TableStyleMedium2",
  };
  model.tables.push(table);
  return table;
}

/** Move the cells of the rectangle's columns, from its first row down, one row down. */
function shiftDown(sheet: SheetModel, r: Rect): void {
  const store = cellStore(sheet);
  const moved: [number, number, CellModel][] = [];
  for (const [id, cell] of [...store.cells]) {
    const row = rowOfId(id);
    const col = colOfId(id);
    if (row >= r.r0 && col >= r.c0 && col <= r.c1) {
      moved.push([row + 1, col, cell]);
      store.put(row, col, undefined);
    }
  }
  for (const [row, col, cell] of moved) store.put(row, col, cell);
}
