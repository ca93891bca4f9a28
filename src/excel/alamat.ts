/** A1 addresses: parsing what Excel returns and building what the adapter sends. No Excel calls. */
import { columnLetters, columnNumber } from "../core/tabel";

export { columnNumber };

export interface SelRef {
  sheet: string;
  /** 1-based row. */
  row: number;
  /** 1-based column. */
  column: number;
}

/** Splits "Sheet!A1:B2" or "'My ''Sheet'!A1" into the unquoted sheet name and the rest. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

/** The top-left cell of an address such as "Sheet1!$B$3:$F$3" or "DPA!E7". */
export function parseAddress(address: string): SelRef | null {
  const { sheet, local } = splitSheet(address);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(local.trim());
  if (!m || sheet === null) return null;
  return { sheet, column: columnNumber(m[1]), row: Number(m[2]) };
}

/** "A1" style address of a rectangle given 0-based row/column indexes (inclusive). */
export function rectAddress(r0: number, c0: number, r1: number, c1: number): string {
  const a = `${columnLetters(c0 + 1)}${r0 + 1}`;
  if (r0 === r1 && c0 === c1) return a;
  return `${a}:${columnLetters(c1 + 1)}${r1 + 1}`;
}

/** Column span address, e.g. "B:D" for 0-based columns 1..3. */
export function columnsAddress(c0: number, c1: number): string {
  return `${columnLetters(c0 + 1)}:${columnLetters(c1 + 1)}`;
}

/** Number of cells of "A1" or "A1:C4" (no sheet). */
export function cellCount(address: string): number {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(address);
  if (!m) return 1;
  if (!m[3]) return 1;
  return (
    (Math.abs(columnNumber(m[3]) - columnNumber(m[1])) + 1) * (Math.abs(Number(m[4]) - Number(m[2])) + 1)
  );
}
