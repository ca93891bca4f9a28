/**
 * Column widths of a Word table: the sheet's proportions, but never narrower than the longest
 * word of a column (a number or a header word must not break in the middle), and a smaller
 * font for tables too wide for the page at the normal size.
 */

/** Advance widths of Arial (and the metric-compatible Liberation Sans), in 1/1000 em. */
const LEBAR_HURUF = new Map<string, number>();
const kelompok: [string, number][] = [
  ["ijl'", 222],
  [" !,./:;I[]\\ft", 278],
  ["()-`r", 333],
  ['"', 355],
  ["*", 389],
  ["Jckstvxyz", 500],
  ["#$0123456789?L_abdeghnopqu", 556],
  ["+<=>~", 584],
  ["FTZ", 611],
  ["ABEKPSVXY&", 667],
  ["CDHNRUw", 722],
  ["GOQ", 778],
  ["Mm", 833],
  ["%", 889],
  ["W", 944],
  ["@", 1015],
];
for (const [huruf, lebar] of kelompok) for (const h of huruf) LEBAR_HURUF.set(h, lebar);
/** Letters not listed (≤, –, “, accented letters): about a digit and a bit. */
const LEBAR_LAIN = 600;
/** Arial Bold is about this much wider than regular. */
const FAKTOR_TEBAL = 1.1;

/** Width of a text in twips at a font size in points. */
export function lebarTeks(teks: string, ukuranPt: number, tebal = false): number {
  let satuan = 0;
  for (const h of teks) satuan += LEBAR_HURUF.get(h) ?? LEBAR_LAIN;
  // 1 pt = 20 twips; widths are per 1000 em.
  return (satuan * ukuranPt * 20 * (tebal ? FAKTOR_TEBAL : 1)) / 1000;
}

/** Width of the widest word (where a line cannot break) of a text. */
export function lebarKataTerpanjang(teks: string, ukuranPt: number, tebal = false): number {
  return teks.split(/\s+|(?<=-)/).reduce((maks, kata) => Math.max(maks, lebarTeks(kata, ukuranPt, tebal)), 0);
}

/**
 * Widths in twips that add up to `total`: proportional to `kolom` (the sheet's widths), raised
 * to each column's `minimal`, the excess taken from the columns with room to spare. When even
 * the minimums do not fit, they are scaled down together.
 */
export function bagiLebar(kolom: readonly number[], minimal: readonly number[], total: number): number[] {
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
