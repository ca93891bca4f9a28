/**
 * Text widths in Arial's advance widths (Liberation Sans is metric-compatible): the one measure
 * behind the sheets' row heights (report/lembar.ts) and the Word tables' column widths
 * (docx/lebar.ts).
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
