/**
 * The ribbon's function file. "Hitung Capaian" runs the whole job without opening the pane,
 * then shows Tabel Realisasi Keuangan, or the Temuan sheet when there are error-level temuan
 * (the writer activates it). `event.completed()` is called on every path, errors included.
 */
import { denganExcel } from "../excel/context";
import { petakanGalat } from "../excel/errors";
import { hitungCapaian } from "../excel/run";

/** Where the command cannot show its message itself, the task pane can (shared runtime only). */
function tampilkanPanel(): void {
  try {
    if (Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
      void Office.addin.showAsTaskpane();
    }
  } catch {
    // Not available on this host: the message stays in the log.
  }
}

export async function hitungDariPita(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const hasil = await denganExcel((context) => hitungCapaian(context));
    if (hasil.tulis === null) {
      console.warn(hasil.analysis.laporan.temuan.map((t) => t.pesan).join("\n"));
      tampilkanPanel();
    }
  } catch (error) {
    console.error(petakanGalat(error).pesan, error);
    tampilkanPanel();
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("hitungCapaian", hitungDariPita);
});
