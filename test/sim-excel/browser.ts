/**
 * Entry for the browser (e2e): bundle this file and load it in the page before the add-in,
 * in place of office.js. It reads the workbook model and options a test put on the page
 * (e.g. with Playwright's `page.addInitScript`) and installs the simulated host:
 *
 *   window.__SIM_EXCEL_MODEL__   = <WorkbookModel JSON>   (default: one empty "Sheet1")
 *   window.__SIM_EXCEL_OPTIONS__ = { apiVersion: "1.14" } (optional)
 *
 * Afterwards `window.simExcel` is the host: `simExcel.model` (the workbook, changed in place),
 * `simExcel.stats`, `simExcel.actions`, and `simExcel.inspect` helpers for assertions.
 */

import { ExcelHostOptions, createExcelHost } from "./host";
import * as inspect from "./inspect";
import { WorkbookModel, createWorkbookModel } from "./model";

interface SimGlobal {
  __SIM_EXCEL_MODEL__?: WorkbookModel;
  __SIM_EXCEL_OPTIONS__?: ExcelHostOptions;
  simExcel?: ReturnType<typeof createExcelHost> & { inspect: typeof inspect };
}

const g = globalThis as unknown as SimGlobal;
const host = createExcelHost(g.__SIM_EXCEL_MODEL__ ?? createWorkbookModel(), g.__SIM_EXCEL_OPTIONS__ ?? {});
host.install(globalThis);
g.simExcel = { ...host, inspect };
