/**
 * The task pane over a workbook whose budget is a SIPD-RI recap copied in as a plain sheet:
 * it names the source, asks for the SKPD, and after the choice writes every sheet from it.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { test, expect, RESULTS, ROOT } from "./fixtures";
import { hitung, sheetNames, formulas, findRow, waitReady } from "./sim-page";
import { loadXlsxModel } from "../sim-excel";

const SIPD = path.join(ROOT, "examples", "sipd");
const DINSOS = "1.06.0.00.0.00.01.0000";

/** The demo workbook with the recap's rows of two SKPD copied in below a title row. */
async function bukuSipd(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(SIPD, "demo-dinsos-2024.xlsx"));
  const rekap = new ExcelJS.Workbook();
  await rekap.xlsx.readFile(path.join(SIPD, "rekap-belanja-2024.xlsx"));
  const ws = wb.addWorksheet("SIPD Rekap");
  ws.addRow(["Rekapitulasi Belanja Tahun 2024"]);
  rekap.worksheets[0].eachRow((row, r) => {
    const v = (row.values as ExcelJS.CellValue[]).slice(1);
    if (r === 1 || v[4] === DINSOS || v[4] === "8.01.0.00.0.00.01.0000") ws.addRow(v);
  });
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, "sipd-buku.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

test("a SIPD-RI recap sheet: the source named, the SKPD chosen, every sheet written from it", async ({
  openPane,
}, testInfo) => {
  const model = await loadXlsxModel(await bukuSipd());
  const page = await openPane("taskpane.html", model);
  await waitReady(page);
  await expect(page.getByText('Ekspor SIPD-RI di lembar "SIPD Rekap"', { exact: false })).toBeVisible();
  await expect(page.getByText("memuat 2 SKPD", { exact: false })).toBeVisible();
  const skpd = page.locator('[data-testid="opsi-skpd"]');
  await expect(skpd.locator("option")).toHaveText([
    "Pilih SKPD…",
    `Dinas Sosial (${DINSOS})`,
    "Badan Bina Kesatuan Bangsa dan Politik (8.01.0.00.0.00.01.0000)",
  ]);
  await page.screenshot({ path: path.join(RESULTS, `taskpane-sipd-pilih-${testInfo.project.name}.png`) });
  await skpd.selectOption(DINSOS);
  // the choice is kept in the workbook: Office.context.document.settings, saved
  await expect
    .poll(() =>
      page.evaluate(() => {
        const office = (
          window as unknown as {
            Office: { context: { document: { settings: { saved: Map<string, string> } } } };
          }
        ).Office;
        return office.context.document.settings.saved.get("capaian.pilihan") ?? null;
      }),
    )
    .toBe(JSON.stringify({ skpd: DINSOS, sampaiBulan: null }));
  const syncs = await hitung(page);
  expect(syncs, "a constant number of syncs").toBeLessThanOrEqual(9);
  await expect(page.locator('[data-testid="ringkasan"]')).toContainText("4.083.043.026");
  await expect(page.getByText(`SKPD ${DINSOS} Dinas Sosial: 138 baris`, { exact: false })).toBeVisible();
  // blank cells arrive from Excel as "": a sub kegiatan without rekening is no error
  await expect(page.getByText("Ada kesalahan data")).toHaveCount(0);
  expect(await sheetNames(page)).toEqual(
    expect.arrayContaining(["SIPD Rekap", "Tabel Realisasi Keuangan", "Capaian Kinerja", "Temuan"]),
  );
  // a sub kegiatan's pagu is a live SUM over its rekening rows in the export sheet
  const baris = await findRow(
    page,
    "Tabel Realisasi Keuangan",
    3,
    "Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar",
  );
  expect(baris).not.toBeNull();
  const [[pagu]] = await formulas(page, `'Tabel Realisasi Keuangan'!E${String(baris)}`);
  expect(String(pagu)).toMatch(/^=SUM\('SIPD Rekap'!U\d+/);
  await page.screenshot({
    path: path.join(RESULTS, `taskpane-sipd-${testInfo.project.name}.png`),
  });
});
