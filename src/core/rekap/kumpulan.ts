/**
 * Collecting the workbooks of a recap as they are read, one at a time, by either host (the
 * command, the task pane): OPD summaries, the workbooks that could not be used, and the first
 * `iku_pemda` table found.
 */
import { PRESET } from "../skala";
import type { RawTable } from "../table";
import { REKAP_MESSAGES } from "./messages";
import { buildRekap, type FailedFile, type Rekap } from "./rekap";
import type { OpdSummary } from "./opd-summary";

/** What reading one workbook gave (src/xlsx/read-opd.ts). */
export type OpdReadResult =
  | { jenis: "opd"; ringkasan: OpdSummary; ikuPemda: RawTable | null }
  /** A workbook with only the `iku_pemda` table (the Bappeda's mapping, not an OPD). */
  | { jenis: "iku"; ikuPemda: RawTable }
  | { jenis: "gagal"; alasan: string; ikuPemda: RawTable | null };

export class KumpulanRekap {
  readonly opd: OpdSummary[] = [];
  readonly gagal: FailedFile[] = [];
  /** Warnings beside the recap (a second iku_pemda table). */
  readonly catatan: string[] = [];
  private iku: { raw: RawTable; berkas: string } | null = null;

  tambah(berkas: string, hasil: OpdReadResult): void {
    if (hasil.jenis === "opd") this.opd.push(hasil.ringkasan);
    if (hasil.jenis === "gagal") this.gagal.push({ berkas, alasan: hasil.alasan });
    if (hasil.ikuPemda) {
      if (this.iku) this.catatan.push(REKAP_MESSAGES.ikuGanda(berkas, this.iku.berkas));
      else this.iku = { raw: hasil.ikuPemda, berkas };
    }
  }

  /** The recap; `ikuPemda` (the open workbook's own table in the add-in) wins over the files'. */
  susun(opsi: { tahun?: number; skala?: string; ikuPemda?: RawTable | null }): Rekap {
    const skala = PRESET[opsi.skala === "permendagri86" ? "permendagri86" : "lkjip"];
    return buildRekap(this.opd, this.gagal, {
      tahun: opsi.tahun,
      skala,
      ikuPemda: opsi.ikuPemda ?? this.iku?.raw ?? null,
    });
  }
}
