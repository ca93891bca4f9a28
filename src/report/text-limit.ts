/**
 * Excel keeps at most 32,767 characters in a cell: longer text makes Office.js refuse the write
 * and Excel repair the file. Generated text (a narasi that quotes a long indikator name, a
 * temuan that quotes a long cell) is cut below the limit, with a marker saying so.
 */
import type { SheetSpec } from "./sheet-spec";

export const CELL_TEXT_LIMIT = 32767;
export const CUT_MARKER = " … [teks dipotong: melebihi batas 32.767 karakter per sel Excel]";

/** The text itself when it fits, else its start and the marker, together exactly the limit at most. */
export function truncateText(teks: string): string {
  if (teks.length <= CELL_TEXT_LIMIT) return teks;
  let ujung = CELL_TEXT_LIMIT - CUT_MARKER.length;
  // Never split a surrogate pair (an emoji, a rare CJK character).
  const kode = teks.charCodeAt(ujung - 1);
  if (kode >= 0xd800 && kode <= 0xdbff) ujung--;
  return teks.slice(0, ujung) + CUT_MARKER;
}

/**
 * Sheets a builder saw whole, with no text over the limit, as it made them (`selesai` measures
 * every text cell for the row heights): the pass below skips them (issue 14).
 */
const withinLimit = new WeakSet<SheetSpec>();

/** Notes that every text of the sheet, as it stands now, is within the limit. */
export function markWithinCellLimit(sheet: SheetSpec): void {
  withinLimit.add(sheet);
}

/** The sheets with every text cell within the limit (the same objects when nothing is too long). */
export function withinCellLimit(sheets: SheetSpec[]): SheetSpec[] {
  // Indexed loops: this visits every cell of every sheet (millions at 200,000 budget lines).
  for (const s of sheets) {
    if (withinLimit.has(s)) continue;
    for (let r = 0; r < s.rows.length; r++) {
      const row = s.rows[r];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell && typeof cell.value === "string" && cell.value.length > CELL_TEXT_LIMIT)
          cell.value = truncateText(cell.value);
      }
    }
  }
  return sheets;
}
