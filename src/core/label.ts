/**
 * Words for users where the engine keeps codes: each temuan jenis has an Indonesian label
 * (the codes stay in the JSON), and each scale a display name.
 */
import type { TemuanKind } from "./temuan";

export const LABEL_TEMUAN: Record<TemuanKind, string> = {
  TABEL_TIDAK_ADA: "Tabel tidak ada",
  KOLOM_TIDAK_ADA: "Kolom tidak ada",
  NILAI_TIDAK_VALID: "Nilai tidak valid",
  KODE_GANDA: "Kode ganda",
  KODE_TIDAK_DIKENAL: "Kode tidak dikenal",
  REALISASI_TIDAK_ADA: "Realisasi tidak ada",
  TOTAL_TIDAK_SESUAI: "Total tidak sesuai",
  PERSEN_TIDAK_SESUAI: "Persen tidak sesuai",
  CAPAIAN_TIDAK_SESUAI: "Capaian tidak sesuai",
  PREDIKAT_TIDAK_SESUAI: "Predikat tidak sesuai",
  PEMBULATAN: "Pembulatan",
  REALISASI_MELEBIHI_PAGU: "Realisasi melebihi pagu",
  TARGET_NOL: "Target nol",
  DI_LUAR_SKALA: "Di luar skala",
  PAGU_BERUBAH: "Pagu berubah",
  ANGKA_AMBIGU: "Angka ambigu",
  NILAI_NEGATIF: "Nilai negatif",
  NILAI_TANGGAL: "Nilai berupa tanggal",
  NILAI_TIDAK_WAJAR: "Nilai tidak wajar",
  KODE_ANGKA: "Kode berupa angka",
  TABEL_GANDA: "Tabel ganda",
  TABEL_KOSONG: "Tabel kosong",
  PAGU_TAHUN_KOSONG: "Pagu tahun ini kosong",
  SKPD_BELUM_DIPILIH: "SKPD belum dipilih",
  KODE_SALAH_INDUK: "Kode tidak di bawah induknya",
  PAGU_TEKS: "Pagu berupa teks",
  DOKUMEN_GANDA_BERBEDA: "Dokumen ganda berbeda nilai",
  REALISASI_TANPA_ANGGARAN: "Realisasi tanpa anggaran",
};

/** The label of a jenis; a jenis added elsewhere without a label shows its code in words. */
export function labelTemuan(jenis: string): string {
  return (
    (LABEL_TEMUAN as Record<string, string>)[jenis] ??
    jenis.charAt(0) + jenis.slice(1).toLowerCase().replace(/_/g, " ")
  );
}

const NAMA_SKALA: Record<string, string> = {
  lkjip: "Tabel 3.1 LKjIP",
  permendagri86: "Permendagri 86/2017",
  "buku kerja": "tabel skala_predikat buku kerja",
};

/** The display name of a scale: "Tabel 3.1 LKjIP", "Permendagri 86/2017", … */
export function skalaName(nama: string): string {
  return NAMA_SKALA[nama] ?? nama;
}
