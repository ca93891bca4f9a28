/** Small helpers that write Excel formulas in the invariant (English) syntax. */
import { columnLetters } from "../core/table";

/** Excel's limit on the length of a cell's formula (longer ones fail: FormulaLengthExceedsLimit). */
export const PANJANG_RUMUS_MAKS = 8192;

/**
 * `=SUBTOTAL(9,E6:E20)`: the sum of the rows from `awal` to `akhir` in `kolom`, leaving out the
 * rows that are themselves SUBTOTALs. A parent's rows are followed by its whole subtree, so a
 * parent is the SUBTOTAL of the rows below it and the Jumlah the SUBTOTAL of the whole table:
 * each formula is one range, whatever the number of rows (a SUM over every program's row
 * passes Excel's 8,192-character limit at about 1,270 programs).
 */
export function rumusSubtotal(kolom: number, awal: number, akhir: number): string {
  if (akhir < awal) return "=0";
  const c = columnLetters(kolom);
  return `=SUBTOTAL(9,${c}${awal}:${c}${akhir})`;
}

/** A1 reference of a cell, 1-based. */
export const cellRef = (kolom: number, baris: number) => `${columnLetters(kolom)}${baris}`;

/** A formula-safe string literal. */
export const formulaText = (s: string) => `"${s.replace(/"/g, '""')}"`;
