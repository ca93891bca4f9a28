/**
 * Keeps every request to Excel under Excel on the web's 5 MB payload limit and every single
 * format call to a bounded number of cells. The estimate and the split live here only.
 * (Multi-area addresses are not sent at all: Worksheet.getRanges takes the list separator of
 * the user's locale on Windows desktop, ";" in Indonesia — OfficeDev/office-js #1167.)
 */

import { formatRange, parseRange, rangeCellCount } from "../core/a1";

/** Excel on the web rejects a request above this many bytes. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/** What a request is planned up to: the estimate is approximate, so keep a wide margin. */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;
/** The largest single array write; a bigger matrix is cut into row bands. */
export const MATRIX_BAND_BYTES = 1024 * 1024;
/** Cells formatted by one call at most: a very large format call is slow and may time out. */
export const FORMAT_CELLS_LIMIT = 50_000;
/** Per-operation overhead of the request protocol (object paths, action records). */
const OPERATION_OVERHEAD_BYTES = 200;
/**
 * One property write on a range created in the same request (`range.format.font.bold = true`):
 * the action record and the object path, which names the sheet (up to 31 characters) and the
 * range's address. Measured on the simulated host's request JSON, which repeats the whole
 * path with every write (Office.js sends each path once): about 110 bytes plus the address.
 */
const PROPERTY_WRITE_BYTES = 130;

/** Estimated request bytes of `writes` property writes on the range at `address`. */
export function estimateWrites(address: string, writes: number): number {
  return writes * (PROPERTY_WRITE_BYTES + address.length);
}

/** One queued step of a write: its estimated request size and how to queue it. */
export interface Operation<C> {
  bytes: number;
  queue(target: C): void;
}

/** UTF-8 length of a string without allocating. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Estimated request bytes of one operation carrying `payload` as its argument. */
export function estimateBytes(payload: unknown): number {
  if (payload === undefined) return OPERATION_OVERHEAD_BYTES;
  return OPERATION_OVERHEAD_BYTES + utf8Length(JSON.stringify(payload));
}

/**
 * Splits a row-major matrix into bands of whole rows, each estimated at most `maxBytes`
 * (a single row larger than that stays one band). Returns [firstRowIndex, rows] pairs.
 */
export function splitRows<T>(
  rows: T[][],
  maxBytes = MATRIX_BAND_BYTES,
): { start: number; rows: T[][]; bytes: number }[] {
  const bands: { start: number; rows: T[][]; bytes: number }[] = [];
  let current: T[][] = [];
  let start = 0;
  let bytes = OPERATION_OVERHEAD_BYTES;
  rows.forEach((row, i) => {
    const rowBytes = utf8Length(JSON.stringify(row)) + 1;
    if (current.length > 0 && bytes + rowBytes > maxBytes) {
      bands.push({ start, rows: current, bytes });
      current = [];
      start = i;
      bytes = OPERATION_OVERHEAD_BYTES;
    }
    current.push(row);
    bytes += rowBytes;
  });
  if (current.length > 0) bands.push({ start, rows: current, bytes });
  return bands;
}

/** Cuts "A1:G20000" into row bands of at most `maxCells` cells (smaller areas stay whole). */
export function splitArea(address: string, maxCells = FORMAT_CELLS_LIMIT): string[] {
  const area = parseRange(address);
  if (!area || rangeCellCount(area) <= maxCells) return [address];
  const width = area.right - area.left + 1;
  const rowsPerBand = Math.max(1, Math.floor(maxCells / width));
  const out: string[] = [];
  for (let top = area.top; top <= area.bottom; top += rowsPerBand) {
    out.push(formatRange({ ...area, top, bottom: Math.min(area.bottom, top + rowsPerBand - 1) }));
  }
  return out;
}

/**
 * Packs operations, in order, into requests each estimated at most `budget` bytes. An
 * operation is never split here (matrices are cut into bands before); one larger than the
 * budget goes alone.
 */
export function packRequests<C>(
  operations: Operation<C>[],
  budget: number = REQUEST_BUDGET_BYTES,
): Operation<C>[][] {
  const requests: Operation<C>[][] = [];
  let current: Operation<C>[] = [];
  let bytes = 0;
  for (const op of operations) {
    if (current.length > 0 && bytes + op.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += op.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/**
 * Packs consecutive phases (e.g. content, then formats) into requests: one request per phase
 * when each fits the budget, so a small workbook and a large one take the same number of
 * round-trips. When a phase is over the budget, the phases are packed together, in order, if
 * that needs fewer requests than packing them one by one: the overflow of the content rides
 * with the formats instead of costing a round-trip of its own. Operations never change order.
 */
export function packPhases<C>(
  phases: Operation<C>[][],
  budget: number = REQUEST_BUDGET_BYTES,
): Operation<C>[][] {
  const apart = phases.flatMap((ops) => packRequests(ops, budget));
  if (apart.length <= phases.filter((ops) => ops.length > 0).length) return apart;
  const together = packRequests(phases.flat(), budget);
  return together.length < apart.length ? together : apart;
}

/** Sum of the estimated bytes of a request. */
export function requestBytes<C>(request: Operation<C>[]): number {
  return request.reduce((n, op) => n + op.bytes, 0);
}
