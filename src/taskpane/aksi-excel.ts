/** The task pane's actions, wired to the Office.js adapter and the browser's download. */
import { buatTabelContoh } from "../excel/contoh";
import { denganExcel } from "../excel/context";
import { pilihSel } from "../excel/lihat";
import { hitungCapaian, periksa } from "../excel/run";
import type { Aksi } from "./aksi";
import { rekapPemda } from "./rekap";
import { pilihanTersimpan, simpanPilihan } from "./pengaturan";
import { unduhBab3 } from "./unduh";

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
  unduhBab3,
  rekap: rekapPemda,
  pilihanTersimpan,
  simpanPilihan,
};
