/**
 * Rekap Pemda in the simulated Excel host: the recap sheets written by the Office.js writer in a
 * constant number of round trips, requests under the budget, at 5 and at 200 OPD; a rerun
 * replaces the earlier recap and leaves the user's sheets alone.
 */
import { analyze } from "../../src/core/analyze";
import { ringkasOpd, buildRekap } from "../../src/core/rekap";
import { writeRekapPemda } from "../../src/excel/rekap";
import { buildRekapSheets } from "../../src/report/rekap";
import { tabelOpd } from "../fixtures/buku-opd";
import { tabelSintetis } from "../fixtures/sintetis";
import { rangeFormulas, sheetNames, cellValue } from "../sim-excel";
import { buatModel, pasangHost } from "./workbook";

let lepas: (() => void) | null = null;
afterEach(() => {
  lepas?.();
  lepas = null;
});

function jalankan(opd: ReturnType<typeof ringkasOpd>[]) {
  const model = buatModel([
    {
      name: "Catatan Bappeda",
      table: { name: "catatan", rows: [["Catatan"], ["Rekap OPD dibuat di sini"]] },
    },
  ]);
  const h = pasangHost(model, { apiVersion: "1.14" });
  lepas = h.lepas;
  const tulis = () =>
    h.host.Excel.run((context) => writeRekapPemda(context, () => buildRekapSheets(buildRekap(opd, []))));
  return { model, host: h.host, tulis };
}

it("writes the recap of five OPD in a constant number of syncs, and a rerun replaces it", async () => {
  const opd = [1, 2, 3, 4, 5].map((k) =>
    ringkasOpd(analyze(tabelOpd(k), { tahunSekarang: 2024 }), `opd-${k}.xlsx`),
  );
  const { model, host, tulis } = jalankan(opd);
  const hasil = await tulis();
  expect(sheetNames(model)).toEqual(["Catatan Bappeda", "Rekap OPD", "Rekap Anggaran", "Rekap Temuan"]);
  expect(hasil.syncs).toBeLessThanOrEqual(7);
  expect(cellValue(model, "'Rekap OPD'!N5")).toBe("Pagu Anggaran");
  const pagu = opd.reduce((s, o) => s + o.pagu, 0n);
  const kol = "N"; // Pagu Anggaran: after G (Jumlah Indikator) and six predikat columns (five bands, "-")
  expect(rangeFormulas(model, `'Rekap OPD'!${kol}11`)).toEqual([[`=SUM(${kol}6:${kol}10)`]]);
  expect(BigInt(Math.round((cellValue(model, `'Rekap OPD'!${kol}11`) as number) * 100))).toBe(pagu);
  const sebelum = host.stats.syncs;
  const lagi = await tulis();
  expect(host.stats.syncs - sebelum).toBe(lagi.syncs);
  expect(lagi.syncs).toBe(hasil.syncs);
  expect(sheetNames(model)).toEqual(["Catatan Bappeda", "Rekap OPD", "Rekap Anggaran", "Rekap Temuan"]);
  expect(cellValue(model, "'Catatan Bappeda'!A2")).toBe("Rekap OPD dibuat di sini");
});

it("keeps the same syncs and requests under 5 MB at 200 OPD of 2,000 budget lines", async () => {
  const satu = ringkasOpd(analyze(tabelSintetis(2000), { tahunSekarang: 2024 }), "opd.xlsx");
  const opd = Array.from({ length: 200 }, (_, i) => ({
    ...satu,
    nama: `OPD ${i + 1}`,
    berkas: `opd-${i + 1}.xlsx`,
  }));
  const { host, tulis } = jalankan(opd);
  const hasil = await tulis();
  expect(hasil.syncs).toBeLessThanOrEqual(8);
  expect(host.stats.maxRequestBytes).toBeLessThan(5_000_000);
});
