/**
 * Finding SIPD-RI exports among the workbook's plain sheets (a download arrives as a plain sheet,
 * not a named table), within the read's round trips: round trip 2 probes each sheet's first rows
 * and used range; round trip 3 loads the recognised sheets' values in the same row bands as the
 * tables' bodies (read-tables.ts).
 */
import { FORMAT_SIPD } from "../core/sipd/format";
import { cocokHeader } from "../core/sipd/sheet";
import type { CellValue } from "../core/table";
import { parseAddress } from "./address";

/** Rows and columns probed for a SIPD header (the 45-column realisasi report fits in A:AZ). */
const PROBE = "A1:AZ10";

export interface SheetProbe {
  sheet: Excel.Worksheet;
  probe: Excel.Range;
  used: Excel.Range;
}

/** Queues the probes of every sheet (round trip 2). */
export function queueProbes(sheets: Excel.Worksheet[]): SheetProbe[] {
  return sheets.map((sheet) => {
    const probe = sheet.getRange(PROBE);
    probe.load("values");
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("address,rowCount,columnCount");
    return { sheet, probe, used };
  });
}

/** A recognised sheet to load from A1 to its used range's far corner. */
export interface SheetRead {
  sheet: string;
  rows: number;
  width: number;
  bytesPerRow: number;
}

/** The sheets whose probe holds a SIPD header, sized for the band planner. */
export function sipdSheet(probes: SheetProbe[], safety: number): SheetRead[] {
  const hasil: SheetRead[] = [];
  for (const { sheet, probe, used } of probes) {
    if (used.isNullObject) continue;
    const values = probe.values as CellValue[][];
    if (!cocokHeader(values, FORMAT_SIPD)) continue;
    const awal = parseAddress(used.address);
    if (!awal) continue;
    const rows = awal.row + used.rowCount - 1;
    const width = awal.column + used.columnCount - 1;
    // Sized on the probe's columns that will be loaded (the probe is wider than most exports).
    const dimuat = values.map((r) => r.slice(0, width));
    const bytes = JSON.stringify(dimuat).length / Math.max(1, values.length);
    hasil.push({ sheet: sheet.name, rows, width, bytesPerRow: bytes * safety * Math.max(1, width / 52) });
  }
  return hasil;
}
