/**
 * A1 addresses, the one place they are parsed and built: "B5", "$B$5:C9", "'Sheet ''1'!A1",
 * column letters ↔ numbers, sheet names quoted the way Excel writes them in a formula.
 * Rows and columns are 1-based, as in the A1 text itself; ranges are inclusive and normalised
 * (top ≤ bottom, left ≤ right). Whole-column and whole-row forms ("A:C", "4:6") are not
 * addresses the add-in writes or reads, so they are rejected here (the simulated host, which
 * must accept anything Excel accepts, has its own parser and is checked against this one).
 */

/** The grid of a worksheet since Excel 2007. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/** One cell, 1-based. */
export interface CellRef {
  row: number;
  column: number;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A range with the sheet its address names (unquoted), or null when it names none. */
export interface SheetRange extends RangeRef {
  sheet: string | null;
}

/** Letters of the columns asked for so far (every formula of a sheet names a few columns). */
const LETTERS = new Array<string | undefined>(MAX_COLUMN + 1);

/** 1 → "A", 26 → "Z", 27 → "AA", 16384 → "XFD". */
export function columnLetters(column: number): string {
  if (Number.isInteger(column) && column >= 1 && column <= MAX_COLUMN)
    return (LETTERS[column] ??= lettersOf(column));
  return lettersOf(column);
}

function lettersOf(column: number): string {
  let letters = "";
  let n = column;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 1, "AB" → 28 (case-insensitive); the inverse of `columnLetters`. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** "B5", "$B$5", "b5" → { row: 5, column: 2 }; null when malformed or outside the grid. */
export function parseCell(text: string): CellRef | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  const cell = { row: Number(m[2]), column: columnNumber(m[1]) };
  return cell.row >= 1 && cell.row <= MAX_ROW && cell.column <= MAX_COLUMN ? cell : null;
}

/** "B5" or "C9:B5" (no sheet) → the normalised rectangle; null when malformed. */
export function parseRange(text: string): RangeRef | null {
  const parts = text.split(":");
  if (parts.length > 2) return null;
  const a = parseCell(parts[0]);
  const b = parts.length === 2 ? parseCell(parts[1]) : a;
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

/**
 * Splits "Sheet1!A1:B2", "'My ''Sheet'!A1" or "A1" into the unquoted sheet name (null when
 * none) and the local part. A quoted name may hold "!"; an unquoted one — as the add-in shows
 * addresses to users, `DPA 2024!E7` — is cut at its last "!" (Excel allows "!" in a sheet
 * name but no apostrophe at its start, so a leading apostrophe always opens a quoted name).
 */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  if (address.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < address.length) {
      if (address[i] === "'" && address[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (address[i] === "'") {
        break;
      } else {
        name += address[i++];
      }
    }
    if (address[i] === "'" && address[i + 1] === "!") return { sheet: name, local: address.slice(i + 2) };
  }
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  return { sheet: address.slice(0, bang), local: address.slice(bang + 1) };
}

/** "'Capaian Kinerja'!$B$5:$C$9" → its sheet and rectangle; null when the local part is malformed. */
export function parseAddress(address: string): SheetRange | null {
  const { sheet, local } = splitSheet(address.trim());
  const range = parseRange(local);
  return range ? { sheet, ...range } : null;
}

/** (5, 2) → "B5"; `absolute` → "$B$5". */
export function formatCell(row: number, column: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(column)}${d}${row}`;
}

/** A rectangle → "B5:C9", or "B5" when it is one cell. */
export function formatRange(range: RangeRef, absolute = false): string {
  const a = formatCell(range.top, range.left, absolute);
  if (range.top === range.bottom && range.left === range.right) return a;
  return `${a}:${formatCell(range.bottom, range.right, absolute)}`;
}

/**
 * A sheet name as a formula reference needs it: bare when it is a plain identifier, else in
 * apostrophes with inner apostrophes doubled. Names that read as a cell ("AB12") or as an
 * R1C1 reference ("R2C3", "R", "C") must be quoted; anything not ASCII is quoted too, which
 * Excel always accepts.
 */
export function quoteSheet(sheet: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(sheet) &&
    !/^[Rr][0-9]*[Cc]?[0-9]*$/.test(sheet) &&
    !/^[Cc][0-9]*$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** ("Capaian Kinerja", B5:C9) → "'Capaian Kinerja'!B5:C9". */
export function formatAddress(sheet: string, range: RangeRef, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatRange(range, absolute)}`;
}

/** Number of cells of a rectangle. */
export function rangeCellCount(range: RangeRef): number {
  return (range.bottom - range.top + 1) * (range.right - range.left + 1);
}
