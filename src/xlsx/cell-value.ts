/** exceljs cell values → the plain values Office.js would hand over (`range.values`). */
import type ExcelJS from "exceljs";
import type { CellValue } from "../core/tabel";

/** Excel's serial day number of a date (1900 system), as Office.js reports date cells. */
function serial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

export function nilaiSel(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serial(v);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v)
      return nilaiSel((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v && "hyperlink" in v) return String(v.text);
  }
  return null;
}
