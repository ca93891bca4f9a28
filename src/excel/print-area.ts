/**
 * The print area of a sheet whose table has chart data or a scale block beside it: only the
 * table prints (ExcelApi 1.9, `pageLayout.setPrintArea`), as the spec states it ($A$1:$G$59).
 */
import type { SheetSpec } from "../report/sheet-spec";
import { estimateBytes, type Operation } from "./chunking";

export interface PaTarget {
  sheet(name: string): Excel.Worksheet;
}

export function printAreaOps<C extends PaTarget>(spec: SheetSpec, temp: string): Operation<C>[] {
  const area = spec.printArea;
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
