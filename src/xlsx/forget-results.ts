/**
 * The user's own formulas that point at output cells keep their text across a rerun (the sheet
 * comes back under the same name, so there is no #REF!), but their cached results are the old
 * run's. Those results are dropped, so Excel and LibreOffice compute them when the file is
 * opened (the workbook also asks Excel for a full calculation on load). Only the user sheets
 * holding such a formula are rewritten, and in them only those cells.
 */
import type ExcelJS from "exceljs";
import { children, type Document, type Element } from "./xml-dom";

/** The sheets (lower-cased) a formula refers to by name. */
function sheetsIn(formula: string): string[] {
  return [...formula.matchAll(/'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!/g)].map((m) =>
    (m[1] ?? m[2]).replace(/''/g, "'").toLowerCase(),
  );
}

/** True when the formula refers to one of the (lower-cased) sheet names. */
function pointsAt(formula: string, sheets: ReadonlySet<string>): boolean {
  return sheetsIn(formula).some((s) => sheets.has(s));
}

/** Each user sheet (lower-cased) → the sheets (lower-cased) its formulas refer to by name. */
export type SheetReferences = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The sheets each sheet's formulas refer to, from the workbook as exceljs read it (a shared
 * formula's master carries its text). Taken right after reading, so the command can drop the
 * workbook's model before the engine runs; which of them are output sheets is known later.
 */
export function sheetReferences(wb: ExcelJS.Workbook): SheetReferences {
  const references = new Map<string, Set<string>>();
  for (const ws of wb.worksheets) {
    const found = new Set<string>();
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v && v.formula)
          for (const s of sheetsIn(v.formula)) found.add(s);
      }),
    );
    if (found.size) references.set(ws.name.toLowerCase(), found);
  }
  return references;
}

/** The user's sheets (lower-cased names) with a formula pointing at an output sheet. */
export function sheetsPointingAt(
  references: SheetReferences,
  outputs: readonly string[],
  skip: ReadonlySet<string>,
): Set<string> {
  const keluaran = new Set(outputs.map((n) => n.toLowerCase()));
  const found = new Set<string>();
  for (const [name, refers] of references) {
    if (keluaran.has(name) || skip.has(name)) continue;
    if ([...refers].some((s) => keluaran.has(s))) found.add(name);
  }
  return found;
}

/**
 * Drops the cached value (`<v>` and the value's type `t`) of each formula cell of the sheet
 * part that points at an output sheet; a shared formula's cells follow their master (`si`).
 * Returns the number of cells changed.
 */
export function forgetResults(sheet: Document, outputs: readonly string[]): number {
  const keluaran = new Set(outputs.map((n) => n.toLowerCase()));
  const cells: { c: Element; f: Element }[] = [];
  for (const c of Array.from(sheet.getElementsByTagNameNS(sheet.documentElement!.namespaceURI, "c"))) {
    const f = children(c, "f")[0];
    if (f) cells.push({ c, f });
  }
  const shared = new Map<string, boolean>();
  for (const { f } of cells)
    if (f.getAttribute("t") === "shared" && f.hasAttribute("ref"))
      shared.set(f.getAttribute("si") ?? "", pointsAt(f.textContent ?? "", keluaran));
  let changed = 0;
  for (const { c, f } of cells) {
    const text = f.textContent ?? "";
    const si = f.getAttribute("t") === "shared" ? (f.getAttribute("si") ?? "") : null;
    const points = text !== "" ? pointsAt(text, keluaran) : si !== null && shared.get(si) === true;
    if (!points) continue;
    for (const v of children(c, "v")) c.removeChild(v);
    c.removeAttribute("t");
    changed++;
  }
  return changed;
}
