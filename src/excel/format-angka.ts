/**
 * What a cell's number format says that its value does not, for the add-in's reader: Office.js
 * hands a date over as its serial day number (45316), so the date is told by the format alone,
 * as exceljs tells it for the command (`utils.isDateFmt`: a y, m, d, h or s outside quoted text
 * and brackets), and a number kode's displayed text by a format fixing its decimals (`0.00`).
 */
import type { CellValue, CellInfo } from "../core/table";

/**
 * True when `format` (Range.numberFormat, the invariant code: `m/d/yyyy`, `dd/mm/yyyy;@`,
 * `[$-421]dd mmmm yyyy`, `h:mm`) shows a date or a time. Quoted text, bracketed parts
 * (locale, colour, condition), escaped characters and `_x` / `*x` spacers are skipped first,
 * so `"Rp" #,##0`, `[$Rp-421]#,##0` and `General` are not dates. Case-insensitive as Excel is
 * (exceljs is not, for upper-case codes, which Excel itself does not write).
 */
export function formatTanggal(format: string | null | undefined): boolean {
  if (!format || format === "General" || format === "@") return false;
  const polos = format.replace(/"[^"]*"|\[[^\]]*\]|\\.|[_*]./g, "");
  return /[ymdhs]/i.test(polos.replace(/General/gi, ""));
}

/** A fixed-decimals number format such as `0.00` or `0.000`: how many decimals it shows. */
export function desimalFormat(format: string | null | undefined): number | null {
  const m = /^0(?:\.(0+))?$/.exec(format ?? "");
  return m ? (m[1]?.length ?? 0) : null;
}

/** What `format` adds to the number `value` (null for text, blanks and plain numbers). */
export function infoDariFormat(value: CellValue, format: unknown): CellInfo | null {
  if (typeof value !== "number" || typeof format !== "string") return null;
  if (formatTanggal(format)) return { tanggal: true };
  const d = desimalFormat(format);
  if (d !== null && d > 0 && value.toFixed(d) !== String(value)) return { teks: value.toFixed(d) };
  return null;
}
