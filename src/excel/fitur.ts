/**
 * Feature detection. The manifest declares ExcelApi 1.9; anything newer is used only when
 * `Office.context.requirements.isSetSupported` says the host has it, with a path that works
 * without it.
 */

function requirements(): { isSetSupported(name: string, version?: string): boolean } | null {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return office?.context?.requirements ?? null;
}

/** True when the host supports `ExcelApi` at `version` or later. */
export function excelApi(version: string): boolean {
  const req = requirements();
  if (!req) return false;
  try {
    return req.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/** Worksheet custom properties (ExcelApi 1.12) carry the generated-sheet marker when present. */
export const worksheetCustomProperties = (): boolean => excelApi("1.12");

/** `Excel.run({ delayForCellEdit: true })` waits for the user to leave cell-edit mode (ExcelApi 1.13 here). */
export const delayForCellEdit = (): boolean => excelApi("1.13");

/**
 * The chart series API (`series.add`, `setValues`, `setXAxisValues`, a series' `chartType`:
 * ExcelApi 1.7). Without it a chart is drawn from one rectangle of its data, without the line.
 */
export const chartSeries = (): boolean => excelApi("1.7");
