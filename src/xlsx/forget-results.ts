/**
 * The user's own formulas that point at output cells keep their text across a rerun (the sheet
 * comes back under the same name, so there is no #REF!), but their cached results are the old
 * run's. Those results are dropped, so Excel and LibreOffice compute them when the file is
 * opened (the workbook also asks Excel for a full calculation on load). Only the user sheets
 * holding such a formula are rewritten, and in them only those cells.
 */
import type ExcelJS from "exceljs";
import { children, type Document, type Element } from "./xml-dom";

/** True when the formula refers to one of the (lower-cased) sheet names. */
function pointsAt(formula: string, sheets: ReadonlySet<string>): boolean {
  return [...formula.matchAll(/'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!/g)].some((m) =>
    sheets.has((m[1] ?? m[2]).replace(/''/g, "'").toLowerCase()),
  );
}

/**
 * The user's sheets (lower-cased names) with a formula pointing at an output sheet, from the
 * workbook as exceljs read it (a shared formula's master carries its text).
 */
export function sheetsPointingAt(
  wb: ExcelJS.Workbook,
  outputs: readonly string[],
  skip: ReadonlySet<string>,
): Set<string> {
  const keluaran = new Set(outputs.map((n) => n.toLowerCase()));
  const found = new Set<string>();
  for (const ws of wb.worksheets) {
    const name = ws.name.toLowerCase();
    if (keluaran.has(name) || skip.has(name)) continue;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v && v.formula && pointsAt(v.formula, keluaran))
          found.add(name);
      }),
    );
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
