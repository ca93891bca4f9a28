/** Shared setup of the simulated host's own tests. */
import { createExcelHost } from "./host";
import { createWorkbookModel } from "./model";

export type HostOptions = Parameters<typeof createExcelHost>[1];

/** A fresh host over a workbook with the given (empty) sheets. */
export function setupHost(options?: HostOptions, sheets: string[] = ["Data", "Ringkasan"]) {
  const model = createWorkbookModel(sheets);
  const host = createExcelHost(model, options);
  return { model, host, Excel: host.Excel };
}

/** The error code a promise rejects with, or "no error". */
export async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as OfficeExtension.Error).code;
  }
  return "no error";
}
