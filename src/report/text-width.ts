/**
 * Text widths in Arial's advance widths (Liberation Sans is metric-compatible): the one measure
 * behind the sheets' row heights (report/sheet-builder.ts) and the Word tables' column widths
 * (docx/text-width.ts).
 */

/** Letters not listed (≤, –, “, accented letters): about a digit and a bit. */
const OTHER_WIDTH = 600;
/** Advance widths of Arial (and the metric-compatible Liberation Sans), in 1/1000 em, by char code (all listed are ASCII). */
const CHAR_WIDTHS = new Uint16Array(128).fill(OTHER_WIDTH);
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
for (const [huruf, lebar] of kelompok) for (const h of huruf) CHAR_WIDTHS[h.charCodeAt(0)] = lebar;
/** The widest letter's advance width: no text is wider than its length times this. */
export const MAX_CHAR_UNITS = Math.max(OTHER_WIDTH, ...CHAR_WIDTHS);
/** Arial Bold is about this much wider than regular. */
const FAKTOR_TEBAL = 1.1;

/** Width of a text in twips at a font size in points. */
export function textWidth(teks: string, ukuranPt: number, tebal = false): number {
  return twipsFromUnits(textUnits(teks, 0, teks.length), ukuranPt, tebal);
}

/**
 * The advance widths (1/1000 em) of `teks` from `awal` up to `akhir`, measured in place (the
 * row heights measure every word of every text cell: no substring is made for them).
 */
export function textUnits(teks: string, awal: number, akhir: number): number {
  // A table lookup per char code; a surrogate pair is one letter.
  let satuan = 0;
  for (let i = awal; i < akhir; i++) {
    const k = teks.charCodeAt(i);
    if (k < 128) satuan += CHAR_WIDTHS[k];
    else {
      satuan += OTHER_WIDTH;
      if (k >= 0xd800 && k <= 0xdbff && i + 1 < akhir) {
        const b = teks.charCodeAt(i + 1);
        if (b >= 0xdc00 && b <= 0xdfff) i++;
      }
    }
  }
  return satuan;
}

/** Advance widths (`textUnits`) as twips at a font size in points. */
export function twipsFromUnits(satuan: number, ukuranPt: number, tebal = false): number {
  // 1 pt = 20 twips; widths are per 1000 em.
  return (satuan * ukuranPt * 20 * (tebal ? FAKTOR_TEBAL : 1)) / 1000;
}
