/**
 * The task pane's actions, wired to the Office.js adapter and the browser's download. What
 * the first screen does not need (the Rekap Pemda reader and writer, the Word export) is
 * fetched when the user first asks for it.
 */
import { buatTabelContoh } from "../excel/contoh";
import { denganExcel } from "../excel/context";
import { petakanGalat } from "../excel/errors";
import { pilihSel } from "../excel/lihat";
import { hitungCapaian, periksa } from "../excel/run";
import type { Aksi } from "./aksi";
import { pilihanTersimpan, simpanPilihan } from "./pengaturan";

export const aksiExcel: Aksi = {
  periksa: (pilihan) => denganExcel((context) => periksa(context, pilihan)),
  hitung: (pilihan, onTahap) =>
    denganExcel(async (context) => {
      const hasil = await hitungCapaian(context, { ...pilihan, onTahap });
      return {
        analysis: hasil.analysis,
        outcome: hasil.outcome,
        sumber: hasil.sumber,
        lembar: hasil.tulis?.sheets ?? null,
        perhitunganManual: hasil.tulis?.manualCalculation ?? false,
      };
    }),
  buatContoh: () => denganExcel((context) => buatTabelContoh(context)),
  lihat: (alamat) => denganExcel((context) => pilihSel(context, alamat)),
  unduhBab3: async (analysis) => (await import(/* webpackChunkName: "bab3" */ "./unduh")).unduhBab3(analysis),
  rekap: async (files, pilihan, onBerkas) =>
    (await import(/* webpackChunkName: "rekap-pemda" */ "./rekap")).rekapPemda(files, pilihan, onBerkas),
  pilihanTersimpan,
  simpanPilihan,
  petakanGalat,
};
