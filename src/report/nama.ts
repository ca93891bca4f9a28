/** Names of the generated sheets, in the order they are written. */
export const NAMA_LEMBAR = {
  realisasiKeuangan: "Tabel Realisasi Keuangan",
  capaianKinerja: "Capaian Kinerja",
  temuan: "Temuan",
} as const;
