/**
 * The print area of a sheet whose table has chart data or a scale block beside it: only the
 * table prints (ExcelApi 1.9, `pageLayout.setPrintArea`), absolute as $A$1:$G$59.
 */
import { columnLetters } from "../core/tabel";
import type { SheetSpec } from "../report/sheet-spec";
import { estimateBytes, type Operation } from "./chunking";

export interface PaTarget {
  sheet(name: string): Excel.Worksheet;
}

/** "$A$1:$G$59", or null for a sheet that prints whole. */
export function printArea(spec: SheetSpec): string | null {
  return spec.tableColumns ? `$A$1:$${columnLetters(spec.tableColumns)}$${spec.rows.length}` : null;
}

export function printAreaOps<C extends PaTarget>(spec: SheetSpec, temp: string): Operation<C>[] {
  const area = printArea(spec);
  if (!area) return [];
  return [
    {
      bytes: estimateBytes(area) + 100,
      queue(t: C) {
        t.sheet(temp).pageLayout.setPrintArea(area);
      },
    },
  ];
}
