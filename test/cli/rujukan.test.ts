/**
 * A user's own formulas that point at output cells (Tabel Realisasi Keuangan's Jumlah, a
 * capaian in Capaian Kinerja) survive three reruns of the command: same text, no #REF!, the
 * cells they point at hold the new values at the same addresses, and their stale cached results
 * are dropped so Excel and LibreOffice compute them on open (with a full calculation on load).
 */
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { capaian, CONTOH } from "../helpers/cli";
import { bacaZip } from "../helpers/zip";

const RK = "Tabel Realisasi Keuangan";
const CK = "Capaian Kinerja";

async function buka(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Row number of the first row whose cell in `col` is `value`. */
function baris(ws: ExcelJS.Worksheet, col: number, value: unknown): number {
  let n = 0;
  ws.eachRow((row, r) => {
    if (n === 0 && row.getCell(col).value === value) n = r;
  });
  return n;
}

it("keeps a user's references to output cells through three reruns", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-rujukan-"));
  const f = (n: string) => path.join(dir, n);
  expect((await capaian("hitung", CONTOH, "-o", f("1.xlsx"))).kode).toBe(0);

  const wb = await buka(f("1.xlsx"));
  const jumlah = baris(wb.getWorksheet(RK) as ExcelJS.Worksheet, 1, "Jumlah");
  const iku = baris(wb.getWorksheet(CK) as ExcelJS.Worksheet, 1, "1.1");
  expect(jumlah).toBeGreaterThan(0);
  expect(iku).toBeGreaterThan(0);
  const rumus = [`'${RK}'!E${jumlah}`, `'${CK}'!G${iku}*2`];
  const catatan = wb.addWorksheet("Catatan Saya");
  rumus.forEach((r, i) => (catatan.getRow(1).getCell(i + 1).value = { formula: r, result: -1 }));
  await wb.xlsx.writeFile(f("1u.xlsx"));

  let masuk = f("1u.xlsx");
  for (const k of [2, 3, 4]) {
    expect((await capaian("hitung", masuk, "-o", f(`${k}.xlsx`))).kode).toBe(0);
    masuk = f(`${k}.xlsx`);
  }
  const akhir = await buka(masuk);
  const c = akhir.getWorksheet("Catatan Saya") as ExcelJS.Worksheet;
  expect([1, 2].map((i) => (c.getRow(1).getCell(i).value as ExcelJS.CellFormulaValue).formula)).toEqual(
    rumus,
  );
  expect([1, 2].map((i) => (c.getRow(1).getCell(i).value as ExcelJS.CellFormulaValue).result)).toEqual([
    undefined,
    undefined,
  ]);
  const workbookXml = bacaZip(fs.readFileSync(masuk)).get("xl/workbook.xml")?.toString("utf8") ?? "";
  expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  // The cells they point at: still the Jumlah and IKU-01's capaian, with their values.
  const rk = akhir.getWorksheet(RK) as ExcelJS.Worksheet;
  const ck = akhir.getWorksheet(CK) as ExcelJS.Worksheet;
  expect(rk.getRow(jumlah).getCell(1).value).toBe("Jumlah");
  expect((rk.getRow(jumlah).getCell(5).value as ExcelJS.CellFormulaValue).result).toBe(4235577713);
  expect(ck.getRow(iku).getCell(1).value).toBe("1.1");
  expect((ck.getRow(iku).getCell(7).value as ExcelJS.CellFormulaValue).result).toBeCloseTo(
    126.865671641791,
    9,
  );
  expect(JSON.stringify(c.getRow(1).values)).not.toContain("#REF!");
  fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);
