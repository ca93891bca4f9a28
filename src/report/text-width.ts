/**
 * Text widths in Arial's advance widths (Liberation Sans is metric-compatible): the one measure
 * behind the sheets' row heights (report/sheet-builder.ts) and the Word tables' column widths
 * (docx/text-width.ts).
 */

/** Letters not listed (≤, –, “, accented letters): about a digit and a bit. */
const LEBAR_LAIN = 600;
/** Advance widths of Arial (and the metric-compatible Liberation Sans), in 1/1000 em, by char code (all listed are ASCII). */
const LEBAR_HURUF = new Uint16Array(128).fill(LEBAR_LAIN);
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
for (const [huruf, lebar] of kelompok) for (const h of huruf) LEBAR_HURUF[h.charCodeAt(0)] = lebar;
/** Arial Bold is about this much wider than regular. */
const FAKTOR_TEBAL = 1.1;

/** Width of a text in twips at a font size in points. */
export function textWidth(teks: string, ukuranPt: number, tebal = false): number {
  // A table lookup per char code (row heights measure every text cell of every sheet); a
  // surrogate pair is one letter.
  let satuan = 0;
  for (let i = 0; i < teks.length; i++) {
    const k = teks.charCodeAt(i);
    if (k < 128) satuan += LEBAR_HURUF[k];
    else {
      satuan += LEBAR_LAIN;
      if (k >= 0xd800 && k <= 0xdbff && i + 1 < teks.length) {
        const b = teks.charCodeAt(i + 1);
        if (b >= 0xdc00 && b <= 0xdfff) i++;
      }
    }
  }
  // 1 pt = 20 twips; widths are per 1000 em.
  return (satuan * ukuranPt * 20 * (tebal ? FAKTOR_TEBAL : 1)) / 1000;
}
