/** Small helpers that write Excel formulas in the invariant (English) syntax. */
import { columnLetters } from "../core/tabel";

/** `=SUM(E6:E8,E12)` over the rows given, contiguous rows as ranges; nested past 250 arguments. */
export function rumusSum(kolom: number, baris: number[]): string {
  const c = columnLetters(kolom);
  const urut = [...baris].sort((a, b) => a - b);
  const bagian: string[] = [];
  for (let i = 0; i < urut.length;) {
    let j = i;
    while (j + 1 < urut.length && urut[j + 1] === urut[j] + 1) j++;
    bagian.push(i === j ? `${c}${urut[i]}` : `${c}${urut[i]}:${c}${urut[j]}`);
    i = j + 1;
  }
  if (bagian.length === 0) return "=0";
  const kelompok: string[] = [];
  for (let i = 0; i < bagian.length; i += 250) kelompok.push(`SUM(${bagian.slice(i, i + 250).join(",")})`);
  return "=" + (kelompok.length === 1 ? kelompok[0] : `SUM(${kelompok.join(",")})`);
}

/** A1 reference of a cell, 1-based. */
export const sel = (kolom: number, baris: number) => `${columnLetters(kolom)}${baris}`;

/** A formula-safe string literal. */
export const teksRumus = (s: string) => `"${s.replace(/"/g, '""')}"`;
