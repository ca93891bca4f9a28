/**
 * The outcome of a run, decided once for every host: whether anything may be written, whether
 * there are error-level temuan, which sheet to show, and what the task pane must ask for. The
 * ribbon, the task pane and the command all read it instead of inspecting the temuan themselves.
 */
import type { Analysis } from "./analyze";

export interface RunOutcome {
  /** Nothing may be written: a required table or column is missing, or nothing can be computed. */
  fatal: boolean;
  /**
   * The contract's required tables the workbook lacks, from the run's TABEL_TIDAK_ADA temuan
   * (the only place a missing table is decided): the pane then offers the example tables.
   */
  tabelHilang: string[];
  /** Error-level temuan (the ribbon shows the Temuan sheet; `--strict` exits 1). */
  jumlahError: number;
  adaError: boolean;
  /**
   * The output sheet to show once written (a key of src/report's NAMA_LEMBAR): Temuan when there
   * are error-level temuan, else Tabel Realisasi Keuangan; null when nothing is written.
   */
  lembarAktif: "temuan" | "realisasiKeuangan" | null;
  /** A SIPD-RI export of several SKPD waits for the SKPD to be chosen (and no table is missing). */
  pilihSkpd: boolean;
}

export function runOutcome(analysis: Pick<Analysis, "fatal" | "temuan">): RunOutcome {
  const { fatal, temuan } = analysis;
  const tabelHilang = temuan.flatMap((t) => (t.jenis === "TABEL_TIDAK_ADA" && t.tabel ? [t.tabel] : []));
  const jumlahError = temuan.filter((t) => t.tingkat === "error").length;
  return {
    fatal,
    tabelHilang,
    jumlahError,
    adaError: jumlahError > 0,
    lembarAktif: fatal ? null : jumlahError > 0 ? "temuan" : "realisasiKeuangan",
    pilihSkpd: tabelHilang.length === 0 && temuan.some((t) => t.jenis === "SKPD_BELUM_DIPILIH"),
  };
}
