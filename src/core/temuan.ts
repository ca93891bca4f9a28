/** The temuan (findings) catalogue of DOMAIN.md: what can be wrong, and how serious it is. */

export type Tingkat = "error" | "peringatan" | "info";

export const KATALOG = {
  TABEL_TIDAK_ADA: "error",
  KOLOM_TIDAK_ADA: "error",
  NILAI_TIDAK_VALID: "error",
  KODE_GANDA: "error",
  KODE_TIDAK_DIKENAL: "peringatan",
  REALISASI_TIDAK_ADA: "peringatan",
  TOTAL_TIDAK_SESUAI: "error",
  PERSEN_TIDAK_SESUAI: "peringatan",
  CAPAIAN_TIDAK_SESUAI: "peringatan",
  PREDIKAT_TIDAK_SESUAI: "peringatan",
  PEMBULATAN: "info",
  REALISASI_MELEBIHI_PAGU: "error",
  TARGET_NOL: "peringatan",
  DI_LUAR_SKALA: "peringatan",
  PAGU_BERUBAH: "info",
  /** Not in DOMAIN.md's table: text such as "1.234" read as thousands by default, as it asks to report. */
  ANGKA_AMBIGU: "info",
  /** SIPD-RI exports (src/core/sipd): an export of several SKPD and no SKPD chosen (or none matching). */
  SKPD_BELUM_DIPILIH: "error",
  /** A kegiatan or sub kegiatan whose kode does not start with its parent's kode. */
  KODE_SALAH_INDUK: "peringatan",
  /** A PAGU written as text (read, but not what the export writes). */
  PAGU_TEKS: "peringatan",
  /** The same document line in two downloads with different amounts. */
  DOKUMEN_GANDA_BERBEDA: "error",
  /** Realisasi for a sub kegiatan or rekening the budget recap does not have. */
  REALISASI_TANPA_ANGGARAN: "error",
  /** Added for bad input (issue 10): a number a cell cannot mean, at that cell. */
  NILAI_NEGATIF: "error",
  NILAI_TANGGAL: "error",
  NILAI_TIDAK_WAJAR: "error",
  /** A kode kept as a number (1.10 → 1.1): its trailing zeros may be lost. */
  KODE_ANGKA: "peringatan",
  /** Two tables whose names differ only in case (`TARGETS` beside `targets`). */
  TABEL_GANDA: "error",
  /** A required table with headers only: nothing can be computed. */
  TABEL_KOSONG: "error",
  /** The `pagu` table has rows, but none for the run's tahun (the budget table would be empty). */
  PAGU_TAHUN_KOSONG: "peringatan",
} as const satisfies Record<string, Tingkat>;

export type TemuanKind = keyof typeof KATALOG;

export interface Temuan {
  jenis: TemuanKind;
  tingkat: Tingkat;
  /** The indikator or budget line the temuan is about, where there is one. */
  kode: string | null;
  tahun: number | null;
  /** The table's canonical name: targets, pagu, realisasi, skala_predikat. */
  tabel: string | null;
  /** 1-based data row of the table. */
  baris: number | null;
  /** Canonical column name: Pagu, Realisasi, Persen, Capaian, Predikat, Target, … */
  kolom: string | null;
  /** The cell, e.g. `DPA!E7`. */
  alamat: string | null;
  /** Indonesian: what is wrong and what to do. */
  pesan: string;
  tercatat: string | number | null;
  dihitung: string | number | null;
}
