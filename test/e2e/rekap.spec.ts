/**
 * The task pane's Rekap Pemda: the user picks OPD workbooks (page.setInputFiles), the pane reads
 * them in the browser, shows each file's progress (a broken one with its reason), and writes
 * Rekap OPD, Rekap Anggaran, Rekap Temuan and IKU Pemda into the open workbook, with the pemda
 * totals equal to the OPD totals the engine computes in Node, in a few syncs.
 */
import * as fs from "fs";
import * as path from "path";
import { test, expect } from "./fixtures";
import { chartsOf, formulas, sheetNames, sheetRows, stats, TIMEOUT } from "./sim-page";
import { loadXlsxModel } from "../sim-excel";
import { analyze } from "../../src/core/analyze";
import { bukuOpd, tabelOpd, tulisBuku } from "../fixtures/buku-opd";

const NAMA = ["dinas-sosial", "dinas-kesehatan", "bappeda"];
const REKAP = ["Rekap OPD", "Rekap Anggaran", "Rekap Temuan", "IKU Pemda"];

test("Rekap Pemda reads the picked workbooks in the pane and writes the recap sheets", async ({
  openPane,
}, testInfo) => {
  const dir = testInfo.outputPath("opd");
  fs.mkdirSync(dir, { recursive: true });
  const files = [];
  for (const [i, n] of NAMA.entries()) {
    files.push(path.join(dir, `${n}.xlsx`));
    fs.writeFileSync(files[i], await bukuOpd(i + 1));
  }
  files.push(path.join(dir, "dinas-rusak.xlsx"));
  fs.writeFileSync(files[3], "bukan buku kerja");
  // The open workbook: the Bappeda's, holding the iku_pemda mapping.
  const buku = testInfo.outputPath("pemda.xlsx");
  const iku = {
    name: "iku_pemda",
    sheet: "IKU",
    headerRow: 1,
    firstColumn: 1,
    headers: ["Kode IKU Pemda", "Indikator", "OPD", "Kode"],
    rows: [
      ["IKP-01", "Persentase PMKS tertangani", "Dinas Sosial", "IKU-05"],
      [null, null, "Dinas Kesehatan", "IKU-05"],
    ],
  };
  fs.writeFileSync(buku, await tulisBuku([iku]));
  const page = await openPane("taskpane.html", await loadXlsxModel(buku));

  const input = page.getByTestId("rekap-berkas");
  await input.waitFor({ state: "attached", timeout: TIMEOUT });
  await input.setInputFiles(files);
  await expect(page.getByText("4 berkas dipilih.")).toBeVisible();
  const sebelum = await stats(page);
  await page.getByRole("button", { name: "Buat Rekap Pemda" }).click();
  await expect(page.getByText("Rekap Pemda selesai")).toBeVisible({ timeout: TIMEOUT });
  const sesudah = await stats(page);

  const kemajuan = page.getByTestId("rekap-kemajuan").locator("li");
  await expect(kemajuan).toHaveCount(4);
  await expect(kemajuan.nth(0)).toContainText("dinas-sosial.xlsx — dinas-sosial: capaian 90,69 %");
  await expect(kemajuan.nth(3)).toHaveAttribute("data-status", "gagal");
  await expect(kemajuan.nth(3)).toContainText("tidak dapat dibaca sebagai buku kerja .xlsx");
  await expect(page.getByText("1 berkas tidak ikut dihitung")).toBeVisible();
  await page.getByTestId("rekap-pemda").screenshot({ path: testInfo.outputPath("rekap-pemda.png") });

  expect(await sheetNames(page)).toEqual(expect.arrayContaining(REKAP));
  // The read and the write together: a constant number of round trips, each under 5 MB.
  expect(sesudah.syncs - sebelum.syncs).toBeLessThanOrEqual(8);
  expect(sesudah.maxRequestBytes).toBeLessThan(5_000_000);

  // The Pemda row: live SUMs whose values are the exact sums of the OPD totals.
  const rows = await sheetRows(page, "Rekap OPD");
  const header = rows[4];
  const pemda = rows.findIndex((r) => r[1] === "Pemda (3 OPD)");
  expect(pemda).toBe(8);
  const kolPagu = header.indexOf("Pagu Anggaran");
  const L = String.fromCharCode(65 + kolPagu);
  expect(await formulas(page, `'Rekap OPD'!${L}9`)).toEqual([[`=SUM(${L}6:${L}8)`]]);
  const sen = (x: number) => BigInt(Math.round(x * 100));
  const harapan = NAMA.reduce(
    (s, _, i) =>
      s + analyze(tabelOpd(i + 1), { tahunSekarang: 2024 }).anggaran.reduce((t, n) => t + n.pagu, 0n),
    0n,
  );
  expect(sen(rows[pemda][kolPagu] as number)).toBe(harapan);
  expect(rows.slice(5, 8).map((r) => r[1])).toEqual(NAMA);
  expect((await chartsOf(page, "Rekap OPD")).map((c) => c.title)).toEqual([
    "Capaian Kinerja per OPD terhadap 100 %",
    "Serapan Anggaran per OPD",
  ]);

  const temuan = (await sheetRows(page, "Rekap Temuan")).map((r) => r.join(" | "));
  expect(temuan.some((t) => /dinas-rusak\.xlsx \| Kesalahan \| BERKAS_TIDAK_TERBACA/.test(t))).toBe(true);
  const ikuRows = await sheetRows(page, "IKU Pemda");
  expect(ikuRows[4].slice(0, 4)).toEqual(["IKP-01", "Persentase PMKS tertangani", "dinas-sosial", "IKU-05"]);
  expect(ikuRows[5][2]).toBe("dinas-kesehatan");
  expect(ikuRows[4][10]).toBeCloseTo(((ikuRows[4][8] as number) + (ikuRows[5][8] as number)) / 2, 8);
});
