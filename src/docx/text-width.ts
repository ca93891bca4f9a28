/**
 * Column widths of a Word table: the sheet's proportions, but never narrower than the longest
 * word of a column (a number or a header word must not break in the middle), and a smaller
 * font for tables too wide for the page at the normal size.
 */

import { textWidth } from "../report/text-width";

export { textWidth };

/** Width of the widest word (where a line cannot break) of a text. */
export function longestWordWidth(teks: string, ukuranPt: number, tebal = false): number {
  return teks.split(/\s+|(?<=-)/).reduce((maks, kata) => Math.max(maks, textWidth(kata, ukuranPt, tebal)), 0);
}

/**
 * Widths in twips that add up to `total`: proportional to `kolom` (the sheet's widths), raised
 * to each column's `minimal`, the excess taken from the columns with room to spare. When even
 * the minimums do not fit, they are scaled down together.
 */
export function splitWidth(kolom: readonly number[], minimal: readonly number[], total: number): number[] {
  const jumlahKolom = kolom.reduce((a, b) => a + b, 0) || 1;
  const lebar = kolom.map((k, i) => Math.max((k * total) / jumlahKolom, minimal[i] ?? 0));
  const lebih = lebar.reduce((a, b) => a + b, 0) - total;
  if (lebih > 0) {
    const ruang = lebar.map((w, i) => w - (minimal[i] ?? 0));
    const jumlahRuang = ruang.reduce((a, b) => a + b, 0);
    if (jumlahRuang >= lebih) lebar.forEach((w, i) => (lebar[i] = w - (lebih * ruang[i]) / jumlahRuang));
    else {
      const jumlahMin = minimal.reduce((a, b) => a + b, 0);
      lebar.forEach((_, i) => (lebar[i] = ((minimal[i] ?? 0) * total) / jumlahMin));
    }
  }
  const bulat = lebar.map((w) => Math.floor(w));
  bulat[bulat.length - 1] += total - bulat.reduce((a, b) => a + b, 0);
  return bulat;
}
