/**
 * The ribbon's function file. "Hitung Capaian" runs the whole job without opening the pane,
 * then shows Tabel Realisasi Keuangan, or the Temuan sheet when there are error-level temuan
 * (the writer activates it). When nothing could be written (a missing table or column) or
 * Excel failed, the Indonesian message is shown in a dialog (pesan-pita.ts; the log where the
 * host has no Dialog API). `event.completed()` is called on every path, errors included, after
 * the dialog is closed (a function command's dialog closes with its event).
 */
import { denganExcel } from "../excel/context";
import { petakanGalat } from "../excel/errors";
import { hitungCapaian } from "../excel/run";
import { pesanTidakDitulis, tampilkanPesan } from "./pesan-pita";

export async function hitungDariPita(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const hasil = await denganExcel((context) => hitungCapaian(context));
    if (hasil.outcome.fatal) {
      await tampilkanPesan(pesanTidakDitulis(hasil.outcome.tabelHilang, hasil.analysis.temuan));
    }
  } catch (error) {
    const galat = petakanGalat(error);
    console.error(galat.detail, error);
    await tampilkanPesan({ judul: galat.judul, isi: [galat.pesan] });
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("hitungCapaian", hitungDariPita);
});
