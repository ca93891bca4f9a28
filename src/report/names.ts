/** Names of the generated sheets, in the order they are written. */
export const SHEET_NAMES = {
  realisasiKeuangan: "Tabel Realisasi Keuangan",
  capaianKinerja: "Capaian Kinerja",
  temuan: "Temuan",
  perbandinganTahunan: "Perbandingan Tahunan",
  perbandinganRenstra: "Perbandingan Renstra",
  standarNasional: "Standar Nasional",
  analisisKeberhasilan: "Analisis Keberhasilan",
  analisisEfisiensi: "Analisis Efisiensi",
  programPendukung: "Program Pendukung",
  anggaranSasaran: "Realisasi Anggaran per Sasaran",
  narasi: "Narasi",
} as const;
