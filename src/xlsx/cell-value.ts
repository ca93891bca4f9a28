/** exceljs cell values → the plain values Office.js would hand over (`range.values`). */
import type ExcelJS from "exceljs";
import type { CellValue, CellInfo } from "../core/table";

/** Excel's serial day number of a date (1900 system), as Office.js reports date cells. */
function serial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

export function cellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serial(v);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v)
      return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v && "hyperlink" in v) return String(v.text);
  }
  return null;
}

/** A fixed-decimals number format such as `0.00` or `0.000`: how many decimals it shows. */
function desimalFormat(numFmt: string | undefined): number | null {
  const m = /^0(?:\.(0+))?$/.exec(numFmt ?? "");
  return m ? (m[1]?.length ?? 0) : null;
}

/**
 * What the value does not tell: a date, a formula saved without its computed value, or the
 * displayed text of a number whose format fixes its decimals (a kode `1.10` kept as 1.1).
 */
export function infoDari(cell: ExcelJS.Cell): CellInfo | null {
  const v = cell.value;
  const hasil =
    v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)
      ? (v as ExcelJS.CellFormulaValue).result
      : v;
  if (hasil instanceof Date) return { tanggal: true };
  if (hasil === undefined || hasil === null)
    return v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)
      ? { rumusTanpaNilai: true }
      : null;
  if (typeof hasil === "number") {
    const d = desimalFormat(cell.numFmt);
    if (d !== null && d > 0 && hasil.toFixed(d) !== String(hasil)) return { teks: hasil.toFixed(d) };
  }
  return null;
}
