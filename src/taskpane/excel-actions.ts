/**
 * The task pane's actions, wired to the Office.js adapter and the browser's download. What
 * the first screen does not need (the Rekap Pemda reader and writer, the Word export) is
 * fetched when the user first asks for it.
 */
import { createExampleTables } from "../excel/contoh";
import { denganExcel } from "../excel/context";
import { mapError } from "../excel/errors";
import { selectCell } from "../excel/select-cell";
import { runCapaian, inspectWorkbook } from "../excel/run";
import type { Actions } from "./actions";
import { savedOptions, saveOptions } from "./settings";

export const excelActions: Actions = {
  periksa: (pilihan) => denganExcel((context) => inspectWorkbook(context, pilihan)),
  hitung: (pilihan, onTahap) =>
    denganExcel(async (context) => {
      const hasil = await runCapaian(context, { ...pilihan, onTahap });
      return {
        analysis: hasil.analysis,
        outcome: hasil.outcome,
        sumber: hasil.sumber,
        lembar: hasil.tulis?.sheets ?? null,
        perhitunganManual: hasil.tulis?.manualCalculation ?? false,
      };
    }),
  buatContoh: () => denganExcel((context) => createExampleTables(context)),
  lihat: (alamat) => denganExcel((context) => selectCell(context, alamat)),
  unduhBab3: async (analysis) =>
    (await import(/* webpackChunkName: "bab3" */ "./download")).downloadBab3(analysis),
  rekap: async (files, pilihan, onBerkas) =>
    (await import(/* webpackChunkName: "rekap-pemda" */ "./rekap")).rekapPemda(files, pilihan, onBerkas),
  pilihanTersimpan: savedOptions,
  simpanPilihan: saveOptions,
  petakanGalat: mapError,
};
