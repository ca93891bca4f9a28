/** What the pane says when the workbook is not ready: missing tables, a name clash, an Excel error. */
import { test, expect } from "./fixtures";
import {
  OUTPUT_WAJIB,
  SOURCE_SHEETS,
  enterCellEditMode,
  hitung,
  inPage,
  sheetNames,
  values,
  waitReady,
} from "./sim-page";
import { createSheetModel, createWorkbookModel } from "../sim-excel";

test("missing tables are named, 'Buat tabel contoh' creates them, then the run works", async ({
  openPane,
}, testInfo) => {
  const page = await openPane("taskpane.html", createWorkbookModel(["Sheet1"]));
  const bar = page.getByTestId("pesan-warning");
  await expect(bar).toBeVisible();
  for (const name of ["targets", "pagu", "realisasi"]) await expect(bar).toContainText(`"${name}"`);
  await expect(bar, "says how to create it").toContainText("Sisipkan");
  await page.screenshot({ path: testInfo.outputPath("taskpane-tabel-tidak-ada.png"), fullPage: true });

  await bar.getByRole("button", { name: "Buat tabel contoh" }).click();
  await expect(page.getByTestId("pesan-success")).toBeVisible();
  const tables = await inPage(page, (h) => h.host.model.tables.map((t) => t.name).sort(), null);
  expect(tables).toEqual(["pagu", "realisasi", "targets"]);

  await hitung(page);
  const names = await sheetNames(page);
  for (const n of OUTPUT_WAJIB) expect(names, `${n} written`).toContain(n);
});

test("a user's own sheet named Temuan is kept; the output goes to 'Temuan (2)' and the pane says so", async ({
  openPane,
  env,
}) => {
  const wb = structuredClone(env.example);
  const own = createSheetModel(wb, "Temuan");
  own.cells["0,0"] = { value: "catatan pribadi" };
  wb.sheets.push(own);
  const page = await openPane("taskpane.html", wb);
  await waitReady(page);
  await hitung(page);
  expect(await sheetNames(page)).toContain("Temuan (2)");
  expect(await values(page, "Temuan!A1")).toEqual([["catatan pribadi"]]);
  await expect(page.getByTestId("pesan-info")).toContainText("Temuan (2)");
});

test("an Excel error shows an Indonesian MessageBar that says what to do", async ({ openPane, env }) => {
  const page = await openPane("taskpane.html", structuredClone(env.example), { apiVersion: "1.9" });
  await waitReady(page);
  await enterCellEditMode(page);
  await page.getByRole("button", { name: "Hitung Capaian" }).click();
  await expect(page.getByTestId("pesan-error")).toContainText(/mode edit sel.*Enter atau Esc/);
  expect(await sheetNames(page)).toEqual(SOURCE_SHEETS);
});
