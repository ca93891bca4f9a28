/**
 * Worksheet rules of Excel: names (≤ 31 characters, none of : \ / ? * [ ], not blank, no
 * apostrophe at either end, not "History", unique ignoring case), adding, renaming
 * (references follow the new name), moving, hiding and deleting.
 */

import { richError } from "./errors";
import { renameSheetInFormula } from "./formula-parser";
import { cellStore, colOfId, rowOfId } from "./cell-store";
import { SheetModel, WorkbookModel, createSheetModel, findSheet } from "./model";

/** Why `name` cannot name a sheet, or null when it can (uniqueness aside). */
export function sheetNameProblem(name: unknown): string | null {
  if (typeof name !== "string") return "a sheet name must be a string";
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > 31) return `"${name}" is longer than 31 characters`;
  if (/[:\\/?*[\]]/.test(name)) return `"${name}" contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" begins or ends with an apostrophe`;
  if (name.toLowerCase() === "history") return '"History" is reserved by Excel';
  return null;
}

/**
 * Excel on the web and the Graph API answer an invalid sheet name with InvalidArgument and a
 * taken one with ItemAlreadyExists.
 */
export function checkSheetName(model: WorkbookModel, name: unknown, except?: SheetModel): string {
  const problem = sheetNameProblem(name);
  if (problem) throw richError("InvalidArgument", problem);
  const n = name as string;
  const other = findSheet(model, n);
  if (other && other !== except) throw richError("ItemAlreadyExists", `a sheet named "${other.name}" exists`);
  return n;
}

export function addSheet(model: WorkbookModel, name?: string): SheetModel {
  let n = name;
  if (n === undefined) {
    let i = model.sheets.length + 1;
    while (findSheet(model, `Sheet${i}`)) i++;
    n = `Sheet${i}`;
  }
  const sheet = createSheetModel(model, checkSheetName(model, n));
  model.sheets.push(sheet);
  if (!model.activeSheet) model.activeSheet = sheet.name;
  return sheet;
}

export function renameSheet(model: WorkbookModel, sheet: SheetModel, to: unknown): void {
  const name = checkSheetName(model, to, sheet);
  const from = sheet.name;
  if (from === name) return;
  const same = (s: string): boolean => s.toLowerCase() === from.toLowerCase();
  // A formula can name the sheet only if its text holds the name (quoted: apostrophes doubled).
  const spellings = [from.toLowerCase(), from.toLowerCase().replace(/'/g, "''")];
  const mayName = (f: string): boolean => {
    const lower = f.toLowerCase();
    return spellings.some((n) => lower.includes(n));
  };
  for (const s of model.sheets) {
    const store = cellStore(s);
    for (const [id, cell] of store.cells) {
      if (!cell.formula || !mayName(cell.formula)) continue;
      const renamed = renameSheetInFormula(cell.formula, from, name);
      if (renamed !== cell.formula) store.edit(rowOfId(id), colOfId(id)).formula = renamed;
    }
    for (const chart of s.charts) {
      chart.source = renameSheetInFormula("=" + chart.source, from, name).slice(1);
      for (const series of chart.series ?? []) {
        if (series.values) series.values = renameSheetInFormula("=" + series.values, from, name).slice(1);
        if (series.xValues) series.xValues = renameSheetInFormula("=" + series.xValues, from, name).slice(1);
      }
    }
  }
  for (const n of model.names) n.formula = renameSheetInFormula(n.formula, from, name);
  for (const t of model.tables) if (same(t.sheet)) t.sheet = name;
  if (same(model.activeSheet)) model.activeSheet = name;
  if (model.selection && same(model.selection.sheet)) model.selection.sheet = name;
  sheet.name = name;
}

export function moveSheet(model: WorkbookModel, sheet: SheetModel, position: unknown): void {
  if (
    typeof position !== "number" ||
    !Number.isInteger(position) ||
    position < 0 ||
    position >= model.sheets.length
  ) {
    throw richError("InvalidArgument", `position ${String(position)}`);
  }
  model.sheets.splice(model.sheets.indexOf(sheet), 1);
  model.sheets.splice(position, 0, sheet);
}

function visibleSheets(model: WorkbookModel): SheetModel[] {
  return model.sheets.filter((s) => s.visibility === "Visible");
}

export function setVisibility(model: WorkbookModel, sheet: SheetModel, visibility: unknown): void {
  if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
    throw richError("InvalidArgument", `visibility ${String(visibility)}`);
  }
  if (visibility !== "Visible" && sheet.visibility === "Visible" && visibleSheets(model).length === 1) {
    throw richError("InvalidOperation", "a workbook must keep at least one visible sheet");
  }
  sheet.visibility = visibility;
  if (visibility !== "Visible" && model.activeSheet === sheet.name)
    activateSheet(model, visibleSheets(model)[0]);
}

export function activateSheet(model: WorkbookModel, sheet: SheetModel): void {
  if (sheet.visibility !== "Visible") throw richError("InvalidOperation", `sheet "${sheet.name}" is hidden`);
  if (model.activeSheet !== sheet.name) {
    model.activeSheet = sheet.name;
    model.selection = { sheet: sheet.name, address: "A1" };
  }
}

export function deleteSheet(model: WorkbookModel, sheet: SheetModel): void {
  if (sheet.visibility === "Visible" && visibleSheets(model).length === 1) {
    throw richError("InvalidOperation", "a workbook must keep at least one visible sheet");
  }
  const lower = sheet.name.toLowerCase();
  const index = model.sheets.indexOf(sheet);
  model.sheets.splice(index, 1);
  model.tables = model.tables.filter((t) => t.sheet.toLowerCase() !== lower);
  if (model.activeSheet.toLowerCase() === lower) {
    const next =
      model.sheets.slice(Math.max(0, index - 1)).find((s) => s.visibility === "Visible") ??
      visibleSheets(model)[0];
    model.activeSheet = next.name;
    model.selection = { sheet: next.name, address: "A1" };
  }
}

export function checkEditable(sheet: SheetModel): void {
  if (sheet.protected) throw richError("AccessDenied", `sheet "${sheet.name}" is protected`);
}
