/**
 * Reads the named tables (ListObjects) the core needs, values only, plus the workbook's
 * sheet inventory (names, positions, generated-sheet markers) that the writer needs.
 *
 * Two round-trips whatever the table sizes: the first lists table, sheet and defined names,
 * the second loads every wanted table's header and body values (and, where the host has
 * custom properties, every sheet's marker) at once.
 */
import type { CellValue, RawTable } from "../core/tabel";
import { parseAddress } from "./alamat";
import { queueMarkerNamesLoad, queueMarkerPropertyLoad, type MarkerNames } from "./markers";

export interface SheetInfo {
  name: string;
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
}

function normaliseCell(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * Reads the tables named in `wanted` (case-insensitive) and the sheet inventory.
 * Nothing is written; the tables are never modified.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  wanted: readonly string[],
): Promise<WorkbookSnapshot> {
  // Round-trip 1: names only.
  const tables = context.workbook.tables;
  tables.load("items/name");
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const markerNames = queueMarkerNamesLoad(context);
  await context.sync();
  const markers = markerNames();

  // Round-trip 2: every wanted table's values and every sheet's marker.
  const byName = new Map<string, Excel.Table>();
  for (const t of tables.items) byName.set(t.name.toLowerCase(), t);

  const missing: string[] = [];
  const pending: {
    table: Excel.Table;
    header: Excel.Range;
    body: Excel.Range;
  }[] = [];
  for (const name of wanted) {
    const table = byName.get(name.toLowerCase());
    if (!table) {
      missing.push(name);
      continue;
    }
    const header = table.getHeaderRowRange();
    header.load("values,address");
    const body = table.getDataBodyRange();
    body.load("values");
    pending.push({ table, header, body });
  }

  const probes = worksheets.items.map((sheet) => ({ sheet, property: queueMarkerPropertyLoad(sheet) }));
  await context.sync();

  const result: RawTable[] = pending.map(({ table, header, body }) => {
    const ref = parseAddress(header.address);
    if (!ref) throw new Error(`Alamat tabel tidak dikenal: ${header.address}`);
    const headers = (header.values[0] ?? []).map((h) => (h === null || h === undefined ? "" : String(h)));
    const rows = body.values.map((row) => headers.map((_, i) => normaliseCell(row[i])));
    return {
      name: table.name,
      sheet: ref.sheet,
      headerRow: ref.row,
      firstColumn: ref.column,
      headers,
      rows,
    };
  });

  const sheets: SheetInfo[] = probes.map(({ sheet, property }) => ({
    name: sheet.name,
    position: sheet.position,
    generated: (property !== null && !property.isNullObject) || markers.sheets.has(sheet.name.toLowerCase()),
  }));
  sheets.sort((a, b) => a.position - b.position);

  return { tables: result, missing, sheets, markers };
}
