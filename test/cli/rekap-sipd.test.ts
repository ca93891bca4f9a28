/**
 * `capaian rekap --pagu-sipd`: the shared SIPD-RI export (Kabupaten Buru 2024) as the pemda-wide
 * budget recap: 42 SKPD, each with the sum of its own rows, totalling Rp 866.035.384.427.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import type { LaporanRekap } from "../../src/core/rekap";
import { cellNumber, cellText } from "../../src/core/sipd/sheet";
import { capaian } from "../helpers/cli";
import { kenali, lembarContoh, REKAP_CONTOH } from "../helpers/sipd";

jest.setTimeout(60000);

let tmp: string;
let json: LaporanRekap;
let hasil: { kode: number; out: string; err: string };
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-rekap-sipd-"));
  hasil = await capaian(
    "rekap",
    "--pagu-sipd",
    REKAP_CONTOH,
    "-o",
    path.join(tmp, "rekap.xlsx"),
    "--json",
    path.join(tmp, "rekap.json"),
  );
  json = JSON.parse(fs.readFileSync(path.join(tmp, "rekap.json"), "utf8")) as LaporanRekap;
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const sen = (x: number) => BigInt(Math.round(x * 100));

it("lists the 42 SKPD of the export, each with the sum of its rows, totalling Rp 866.035.384.427", async () => {
  expect(hasil.kode).toBe(0);
  expect(hasil.out).toMatch(/42 SKPD/);
  expect(hasil.out).toMatch(/pagu Rp 866\.035\.384\.427/);
  expect(json.opd).toHaveLength(42);
  expect(json.total.pagu).toBe(866_035_384_427);
  // Independently of the tree: the PAGU of each SKPD's rows, summed in sen.
  const t = kenali(await lembarContoh());
  const perSkpd = new Map<string, bigint>();
  for (let r = 0; r < t.raw.rows.length; r++) {
    const v = cellNumber(t, r, "PAGU");
    const k = cellText(t, r, "NAMA SKPD");
    perSkpd.set(k, (perSkpd.get(k) ?? 0n) + (typeof v === "number" ? sen(v) : 0n));
  }
  expect(new Map(json.opd.map((o) => [o.nama, sen(o.pagu)]))).toEqual(perSkpd);
  expect(json.opd.reduce((s, o) => s + sen(o.pagu), 0n)).toBe(86_603_538_442_700n);
  expect(json.total.persen).toBeNull(); // no realisasi was given
});

it("writes Rekap Anggaran per SKPD → program with live SUBTOTALs", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(tmp, "rekap.xlsx"));
  const ws = wb.getWorksheet("Rekap Anggaran") as ExcelJS.Worksheet;
  let j: ExcelJS.CellFormulaValue | null = null;
  let skpd = 0;
  ws.eachRow((row, r) => {
    if (r <= 4) return;
    const v = row.getCell(4).value;
    if (String(row.getCell(1).value) === "Jumlah") j = v as ExcelJS.CellFormulaValue;
    else if (v && typeof v === "object" && "formula" in v) skpd++;
  });
  expect(skpd).toBe(42);
  expect(j).toMatchObject({
    result: 866_035_384_427,
    formula: expect.stringMatching(/^SUBTOTAL\(9,D5:D\d+\)$/),
  });
});

it("takes realisasi from Laporan Realisasi Per Dokumen: Dinas Sosial as `capaian hitung --skpd` computes it", async () => {
  const contoh = (n: string) => path.join(path.dirname(REKAP_CONTOH), n);
  const realisasi = [
    contoh("realisasi-dinsos-2024-jan-jun.xlsx"),
    contoh("realisasi-dinsos-2024-jun-des.xlsx"),
  ];
  const json2 = path.join(tmp, "realisasi.json");
  const hitung = path.join(tmp, "hitung.json");
  expect(
    (await capaian("rekap", "--pagu-sipd", REKAP_CONTOH, "--json", json2, "--realisasi-sipd", ...realisasi))
      .kode,
  ).toBe(0);
  const h = await capaian(
    "hitung",
    contoh("demo-dinsos-2024.xlsx"),
    "--pagu-sipd",
    REKAP_CONTOH,
    "--skpd",
    "1.06.0.00.0.00.01.0000",
    "--json",
    hitung,
    "--realisasi-sipd",
    ...realisasi,
  );
  expect(h.kode).toBe(0);
  const satu = JSON.parse(fs.readFileSync(hitung, "utf8")) as { total: { pagu: number; realisasi: number } };
  const rekap = JSON.parse(fs.readFileSync(json2, "utf8")) as LaporanRekap;
  const dinsos = rekap.opd.find((o) => o.nama === "Dinas Sosial");
  expect([dinsos?.pagu, dinsos?.realisasi]).toEqual([satu.total.pagu, satu.total.realisasi]);
  expect(sen(rekap.total.realisasi)).toBe(rekap.opd.reduce((s, o) => s + sen(o.realisasi), 0n));
  expect(rekap.peringkat.serapan[0].nama).toBe("Dinas Sosial");
});
