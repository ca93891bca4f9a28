/** A1 addresses in the shapes the Excel adapter uses; the parsing itself is core/a1's. No Excel calls. */
import { columnLetters, formatRange, parseCell, splitSheet } from "../core/a1";

// Re-exported for the adapter's callers of today; new code imports core/a1 directly.
export { columnNumber, splitSheet } from "../core/a1";

export interface SheetCellRef {
  sheet: string;
  /** 1-based row. */
  row: number;
  /** 1-based column. */
  column: number;
}

/** The top-left cell of an address such as "Sheet1!$B$3:$F$3" or "DPA!E7". */
export function parseAddress(address: string): SheetCellRef | null {
  const { sheet, local } = splitSheet(address.trim());
  const cell = parseCell(local.split(":")[0]);
  if (!cell || sheet === null) return null;
  return { sheet, ...cell };
}

/** "A1" style address of a rectangle given 0-based row/column indexes (inclusive). */
export function rectAddress(r0: number, c0: number, r1: number, c1: number): string {
  return formatRange({ top: r0 + 1, left: c0 + 1, bottom: r1 + 1, right: c1 + 1 });
}

/** Column span address, e.g. "B:D" for 0-based columns 1..3. */
export function columnsAddress(c0: number, c1: number): string {
  return `${columnLetters(c0 + 1)}:${columnLetters(c1 + 1)}`;
}
