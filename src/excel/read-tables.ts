/**
 * Reads the named tables (ListObjects) the core needs — values and number formats — plus the
 * workbook's sheet inventory (names, ids, positions, generated-sheet markers) that the writer
 * needs. Office.js hands a date over as its serial number, so the number formats are what tell
 * a date typed into a number column (NILAI_TANGGAL) and a number kode's displayed text (`0.00`),
 * as the command's reader tells them from the file (format-angka.ts).
 *
 * Excel on the web caps a response at 5 MB, so the read is bounded by size:
 *   1. the table, sheet and defined names;
 *   2. each wanted table's header (values and address), its body's size, a sample of its first
 *      rows' values and formats, from which the size of the body's response is estimated (and,
 *      where the host has custom properties, every sheet's marker; the SIPD-RI probes);
 *   3. the bodies' values and number formats, in row bands: all of them in one round trip while
 *      the estimate stays under READ_BUDGET_BYTES (4 MB), else spread over as few round trips
 *      as fit, each filled up to it (planBands).
 * So a read takes 3 round trips up to about 3.2 MB of table values and formats (the estimate
 * keeps a 25 % margin), and one more per further ~3.2 MB (bench/adapter.ts states and checks
 * the formula on its synthetic workbooks).
 */
import { infoKey, type CellValue, type CellInfo, type RawTable } from "../core/table";
import { infoDariFormat } from "./format-angka";
import { parseAddress, rectAddress } from "./address";
import { queueMarkerNamesLoad, queueMarkerPropertyLoad, type MarkerNames } from "./markers";
import type { RawSheet } from "../core/sipd/sheet";
import { sipdSheet, queueProbes } from "./read-sheet";

/** Estimated response bytes per read round trip (Excel on the web's limit is 5 MB). */
export const READ_BUDGET_BYTES = 4_000_000;
/** Rows of each table loaded in round trip 2 to estimate the size of its values. */
export const SAMPLE_ROWS = 50;
/** Rows whose number formats are sampled (formats are mostly set per column: fewer suffice). */
export const FORMAT_SAMPLE_ROWS = 10;
/** Margin on the sampled size: later rows may hold longer texts. */
const SAFETY = 1.25;

export interface SheetInfo {
  name: string;
  /** The worksheet's id (stable across renames); identifies it when a write must be undone. */
  id: string;
  position: number;
  /** True when the sheet carries the add-in's marker (it generated the sheet). */
  generated: boolean;
}

export interface WorkbookSnapshot {
  tables: RawTable[];
  /** Wanted table names (as asked) that the workbook does not have. */
  missing: string[];
  sheets: SheetInfo[];
  /** The add-in's marker names, for the writer to renew. */
  markers: MarkerNames;
  /** context.sync() round trips the read took. */
  syncs: number;
  /** Plain sheets holding a SIPD-RI export (by their header row), values from A1. */
  lembar: RawSheet[];
}

export interface ReadOptions {
  /** Estimated response bytes per round trip (default READ_BUDGET_BYTES); tests lower it. */
  budget?: number;
}

function normaliseCell(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** JSON size of values as they travel in a response (UTF-16 length; close enough for a bound). */
function jsonBytes(values: unknown): number {
  return JSON.stringify(values)?.length ?? 0;
}

/** A band of body rows to load: table `table`, rows [start, start + count). */
export interface Band {
  table: number;
  start: number;
  count: number;
  bytes: number;
}

/**
 * Packs the tables' bodies, in order, into round trips of at most `budget` estimated bytes:
 * each round trip is filled up, a table's rows cut into a band where the round trip is full
 * and the rest carried on in the next (a band is one range, so it never spans two round trips).
 * So the read takes ⌈total / budget⌉ round trips, whatever the tables' sizes: cutting every
 * table into whole-budget bands first left a short last band of each table alone in a round
 * trip. A single row larger than the budget goes alone. Pure.
 */
export function planBands(
  tables: readonly { rows: number; bytesPerRow: number }[],
  budget: number,
): Band[][] {
  const syncs: Band[][] = [];
  let current: Band[] = [];
  let bytes = 0;
  tables.forEach((t, table) => {
    const perRow = Math.max(1, t.bytesPerRow);
    for (let start = 0; start < t.rows;) {
      let count = Math.min(t.rows - start, Math.floor((budget - bytes) / perRow));
      if (count < 1 && current.length > 0) {
        syncs.push(current);
        current = [];
        bytes = 0;
        continue;
      }
      count = Math.max(1, count);
      const band = { table, start, count, bytes: Math.ceil(count * t.bytesPerRow) };
      current.push(band);
      bytes += band.bytes;
      start += count;
    }
  });
  if (current.length > 0) syncs.push(current);
  return syncs;
}

/** A wanted table found in round trip 1, with the ranges queued for round trip 2. */
interface Pending {
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
  sample: Excel.Range;
  formatSample: Excel.Range;
  used: Excel.Range;
}

/** A body to load in bands: where it starts, how wide and long, its estimated row size. */
interface Shape {
  headerRef: { sheet: string; row: number; column: number };
  bodyRef: { sheet: string; row: number; column: number } | null;
  width: number;
  rows: number;
  bytesPerRow: number;
  /** Load the number formats too (tables: dates and fixed-decimal kode; not SIPD-RI sheets). */
  formats: boolean;
}

/** Round trip 1: table, sheet and marker names. */
async function readNames(context: Excel.RequestContext) {
  const tables = context.workbook.tables;
  tables.load("items/name");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id,items/position");
  const markerNames = queueMarkerNamesLoad(context);
  await context.sync();
  return { tables: tables.items, worksheets: worksheets.items, markers: markerNames() };
}

/** Queues round trip 2 for one table: header, body size, a sample (values and formats), used cells. */
function queueTable(table: Excel.Table): Pending {
  const header = table.getHeaderRowRange();
  header.load("values,address");
  const body = table.getDataBodyRange();
  body.load("address,rowCount");
  // The first SAMPLE_ROWS rows of the body (fewer when the table is shorter).
  const firstRows = (n: number) =>
    body.getIntersectionOrNullObject(header.getOffsetRange(1, 0).getResizedRange(n - 1, 0));
  const sample = firstRows(SAMPLE_ROWS);
  sample.load("values");
  const formatSample = firstRows(FORMAT_SAMPLE_ROWS);
  formatSample.load("numberFormat");
  // A table declared over whole columns (A1:Z1048576) is read over its sheet's used cells only.
  const used = body.getIntersectionOrNullObject(table.worksheet.getUsedRangeOrNullObject(true));
  used.load("address,rowCount");
  return { table, header, body, sample, formatSample, used };
}

/** A table's body as round trip 2 measured it: rows up to the used range, bytes per row. */
function shapeOf({ header, body, sample, formatSample, used }: Pending): Shape {
  const headerRef = parseAddress(header.address);
  if (!headerRef) throw new Error(`Alamat tabel tidak dikenal: ${header.address}`);
  const bodyRef = parseAddress(body.address);
  const width = header.values[0]?.length ?? 0;
  const sampled = sample.isNullObject ? [] : sample.values;
  const formats = formatSample.isNullObject ? [] : formatSample.numberFormat;
  // Values and number formats travel in the same response: both count in the budget.
  const perRow = (xs: unknown[][]) => (xs.length > 0 ? jsonBytes(xs) / xs.length : width * 9);
  const bytesPerRow = (perRow(sampled) + perRow(formats)) * SAFETY;
  const usedRef = used.isNullObject ? null : parseAddress(used.address);
  const rows = bodyRef && usedRef ? Math.min(body.rowCount, usedRef.row + used.rowCount - bodyRef.row) : 0;
  return { headerRef, bodyRef, width, rows: Math.max(0, rows), bytesPerRow, formats: true };
}

/** A band's rows as the core takes them; number formats become the cells' InfoSel. */
function takeBand(
  shape: Shape,
  band: Band,
  values: unknown[][],
  formats: unknown[][] | null,
  target: { rows: CellValue[][]; info: Map<string, CellInfo> },
): void {
  values.forEach((row, i) => {
    const out = new Array<CellValue>(shape.width);
    const dataRow = band.start + i;
    for (let c = 0; c < shape.width; c++) {
      out[c] = normaliseCell(row[c]);
      const info = formats ? infoDariFormat(out[c], formats[i]?.[c]) : null;
      if (info) target.info.set(infoKey(dataRow, c), info);
    }
    target.rows[dataRow] = out;
  });
}

/** Round trip 3, and more only beyond the budget: the bodies in row bands. */
async function readBands(context: Excel.RequestContext, shapes: Shape[], budget: number) {
  const bodies = shapes.map(() => ({ rows: [] as CellValue[][], info: new Map<string, CellInfo>() }));
  let syncs = 0;
  for (const request of planBands(shapes, budget)) {
    const loads = request.map((band) => {
      const { bodyRef, width, formats } = shapes[band.table];
      if (!bodyRef) throw new Error("unreachable: a band of an empty body");
      const r0 = bodyRef.row - 1 + band.start;
      const c0 = bodyRef.column - 1;
      const range = context.workbook.worksheets
        .getItem(bodyRef.sheet)
        .getRange(rectAddress(r0, c0, r0 + band.count - 1, c0 + Math.max(1, width) - 1));
      if (formats) range.load("values,numberFormat");
      else range.load("values");
      return { band, range };
    });
    // One round trip per READ_BUDGET_BYTES of values: a single one below the budget.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    for (const { band, range } of loads) {
      const shape = shapes[band.table];
      takeBand(shape, band, range.values, shape.formats ? range.numberFormat : null, bodies[band.table]);
    }
  }
  return { bodies, syncs };
}

/**
 * Reads the tables named in `wanted` (case-insensitive) and the sheet inventory.
 * Nothing is written; the tables are never modified.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  wanted: readonly string[],
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const names = await readNames(context);
  const { markers } = names;

  // Round trip 2: headers, body sizes, samples, sheet markers, SIPD-RI probes.
  const byName = new Map<string, Excel.Table>();
  for (const t of names.tables) byName.set(t.name.toLowerCase(), t);
  const missing = wanted.filter((name) => !byName.has(name.toLowerCase()));
  const pending = wanted.flatMap((name) => {
    const table = byName.get(name.toLowerCase());
    return table ? [queueTable(table)] : [];
  });
  const probes = names.worksheets.map((sheet) => ({ sheet, property: queueMarkerPropertyLoad(sheet) }));
  const probeSipd = queueProbes(names.worksheets);
  await context.sync();

  const shapes = pending.map(shapeOf);
  // SIPD-RI export sheets ride in the same bands, read from A1, values only.
  const sipd = sipdSheet(probeSipd, SAFETY);
  for (const l of sipd) {
    const ref = { sheet: l.sheet, row: 1, column: 1 };
    shapes.push({
      headerRef: ref,
      bodyRef: ref,
      width: l.width,
      rows: l.rows,
      bytesPerRow: l.bytesPerRow,
      formats: false,
    });
  }
  const { bodies, syncs } = await readBands(context, shapes, options.budget ?? READ_BUDGET_BYTES);

  const tables: RawTable[] = pending.map(({ table, header }, i) => {
    const ref = shapes[i].headerRef;
    const headers = (header.values[0] ?? []).map((h) => (h === null || h === undefined ? "" : String(h)));
    const { rows, info } = bodies[i];
    const raw = {
      name: table.name,
      sheet: ref.sheet,
      headerRow: ref.row,
      firstColumn: ref.column,
      headers,
      rows,
    };
    return info.size > 0 ? { ...raw, info } : raw;
  });
  const sheets: SheetInfo[] = probes.map(({ sheet, property }) => ({
    name: sheet.name,
    id: sheet.id,
    position: sheet.position,
    generated: (property !== null && !property.isNullObject) || markers.sheets.has(sheet.name.toLowerCase()),
  }));
  sheets.sort((a, b) => a.position - b.position);
  const lembar: RawSheet[] = sipd.map((l, i) => ({
    sheet: l.sheet,
    firstRow: 1,
    firstColumn: 1,
    values: bodies[pending.length + i].rows,
  }));
  return { tables, missing, sheets, markers, syncs: 2 + syncs, lembar };
}
