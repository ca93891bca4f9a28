/**
 * Reading the simulated workbook from inside the page, and the pane's common steps (wait for
 * it, run Hitung Capaian). Every function takes the Playwright page of an opened pane.
 */
import type { Page } from "@playwright/test";
import type { SimHandle } from "./sim-bootstrap";
import { type ChartModel, type SheetModel, type WorkbookModel, type SimStats } from "../sim-excel";

type Cell = string | number | boolean;

/** The sheets a run of the example writes, in order (Renstra and Standar Nasional come from optional columns the example has). */
export const OUTPUT = [
  "Tabel Realisasi Keuangan",
  "Capaian Kinerja",
  "Perbandingan Tahunan",
  "Perbandingan Renstra",
  "Standar Nasional",
  "Analisis Keberhasilan",
  "Analisis Efisiensi",
  "Program Pendukung",
  "Realisasi Anggaran per Sasaran",
  "Narasi",
  "Temuan",
];
/** The sheets written whatever optional columns the tables have. */
export const OUTPUT_WAJIB = [
  "Tabel Realisasi Keuangan",
  "Capaian Kinerja",
  "Analisis Keberhasilan",
  "Analisis Efisiensi",
  "Program Pendukung",
  "Realisasi Anggaran per Sasaran",
  "Narasi",
  "Temuan",
];
export const SOURCE_SHEETS = ["Perjanjian Kinerja", "DPA", "Realisasi"];
export const TIMEOUT = 30_000;

/**
 * Runs `fn(handle, arg)` in the page with the simulated host's handle. `fn` is sent as source
 * text, so it may use only its parameters.
 */
export function inPage<A, R>(page: Page, fn: (handle: SimHandle, arg: A) => R, arg: A): Promise<R> {
  return page.evaluate(
    ({ source, arg }) => {
      const handle = (window as unknown as { __capaianSim: SimHandle }).__capaianSim;
      return new Function("handle", "arg", `return (${source})(handle, arg);`)(handle, arg) as R;
    },
    { source: fn.toString(), arg },
  );
}

export const model = (page: Page): Promise<WorkbookModel> => inPage(page, (h) => h.host.model, null);
export const stats = (page: Page): Promise<SimStats> => inPage(page, (h) => ({ ...h.host.stats }), null);
export const sheetNames = (page: Page): Promise<string[]> =>
  inPage(page, (h) => h.inspect.sheetNames(h.host.model), null);
export const values = (page: Page, address: string): Promise<Cell[][]> =>
  inPage(page, (h, a) => h.inspect.rangeValues(h.host.model, a), address);
export const formulas = (page: Page, address: string): Promise<Cell[][]> =>
  inPage(page, (h, a) => h.inspect.rangeFormulas(h.host.model, a), address);
export const format = (page: Page, address: string): Promise<{ bold?: boolean; numberFormat?: string }> =>
  inPage(page, (h, a) => h.inspect.cellFormat(h.host.model, a), address);
export const flat = async (page: Page, address: string): Promise<Cell[]> =>
  (await values(page, address)).flat();

/** Row number (1-based) of the first row of `sheet` whose column `col` (0-based) equals `text`. */
export const findRow = (page: Page, sheet: string, col: number, text: string): Promise<number | null> =>
  inPage(
    page,
    (h, { sheet, col, text }) => {
      const s = h.host.model.sheets.find((x: SheetModel) => x.name === sheet);
      for (const [key, cell] of Object.entries(s ? s.cells : {})) {
        const [r, c] = key.split(",").map(Number);
        if (c === col && cell.value === text) return r + 1;
      }
      return null;
    },
    { sheet, col, text },
  );

/** The evaluated values of a sheet's used area, row by row (row n is rows[n - 1]). */
export const sheetRows = (page: Page, sheet: string): Promise<Cell[][]> =>
  inPage(
    page,
    (h, name) => {
      const s = h.host.model.sheets.find((x: SheetModel) => x.name === name);
      if (!s) return [];
      let rows = 0;
      let cols = 0;
      for (const key of Object.keys(s.cells)) {
        const [r, c] = key.split(",").map(Number);
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
      if (rows === 0) return [];
      let letters = "";
      for (let n = cols; n > 0; n = Math.floor((n - 1) / 26))
        letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
      return h.inspect.rangeValues(h.host.model, `'${name.replace(/'/g, "''")}'!A1:${letters}${rows}`);
    },
    sheet,
  );

/** The charts the simulated host recorded on `sheet`. */
export const chartsOf = (page: Page, sheet: string): Promise<ChartModel[]> =>
  inPage(
    page,
    (h, name) => h.host.model.sheets.find((x: SheetModel) => x.name === name)?.charts ?? [],
    sheet,
  );

/** The contents of the output sheets, for comparing runs (see sheetContent). */
export const outputContent = (page: Page): Promise<(string | null)[]> =>
  inPage(page, (h, names) => names.map((n: string) => h.inspect.sheetContent(h.host.model, n)), OUTPUT);

/** Waits for the pane to open and check the tables (the tahun choices filled, or a message). */
export async function waitReady(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Hitung Capaian" }).waitFor({ timeout: TIMEOUT });
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[data-testid="opsi-tahun"] option').length > 1 ||
      document.querySelector('[data-testid^="pesan-"]'),
    null,
    { timeout: TIMEOUT },
  );
}

/** Waits until a run has finished: the summary is shown and the button is enabled again. */
export async function waitRunDone(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="ringkasan"]', { timeout: TIMEOUT });
  await page
    .getByRole("button", { name: "Hitung Capaian" })
    .and(page.locator(":enabled"))
    .waitFor({ timeout: TIMEOUT });
}

/** Clicks Hitung Capaian and waits for the run; returns the syncs it took. */
export async function hitung(page: Page): Promise<number> {
  const before = (await stats(page)).syncs;
  await page.getByRole("button", { name: "Hitung Capaian" }).click();
  await waitRunDone(page);
  return (await stats(page)).syncs - before;
}

/** Puts the simulated Excel in cell-edit mode (the user is typing in a cell), so the next run fails. */
export const enterCellEditMode = (page: Page): Promise<void> =>
  inPage(
    page,
    (h) => {
      h.host.model.cellEditMode = true;
    },
    null,
  );
