/**
 * The ribbon's function file. "Hitung Capaian" runs the whole job without opening the pane,
 * then shows Tabel Realisasi Keuangan, or the Temuan sheet when there are error-level temuan
 * (the writer activates it). When nothing could be written (a missing table or column) or
 * Excel failed, the Indonesian message is shown in a dialog (pesan-pita.ts; the log where the
 * host has no Dialog API). `event.completed()` is called on every path, errors included, after
 * the dialog is closed (a function command's dialog closes with its event).
 */
import { denganExcel } from "../excel/context";
import { mapError } from "../excel/errors";
import { runCapaian } from "../excel/run";
import { notWrittenMessage, showMessage } from "./ribbon-message";

export async function runFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const hasil = await denganExcel((context) => runCapaian(context));
    if (hasil.outcome.fatal) {
      await showMessage(notWrittenMessage(hasil.outcome.tabelHilang, hasil.analysis.temuan));
    }
  } catch (error) {
    const galat = mapError(error);
    console.error(galat.detail, error);
    await showMessage({ judul: galat.judul, isi: [galat.pesan] });
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("hitungCapaian", runFromRibbon);
});
