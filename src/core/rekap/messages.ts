/** The recap's own messages (Bahasa Indonesia): what is wrong and what to do. */
export const REKAP_MESSAGES = {
  aturanRataRata:
    "Capaian pemda = rata-rata sederhana capaian OPD (setiap OPD berbobot sama); OPD tanpa capaian tidak ikut dihitung. Serapan pemda = total realisasi ÷ total pagu × 100.",
  aturanIku:
    "Capaian IKU pemda = rata-rata capaian indikator OPD yang mendukungnya; indikator tanpa capaian tidak ikut dihitung.",
  tahunBerbeda: (berkas: string, tahun: number, tahunRekap: number) =>
    `Berkas ${berkas} melaporkan tahun ${tahun}, sedangkan rekap tahun ${tahunRekap}. Pilih tahun dengan --tahun ${tahunRekap} atau lengkapi data tahun itu di berkas tersebut.`,
  opdGanda: (nama: string, berkas: string, pertama: string) =>
    `OPD "${nama}" (${berkas}) sudah ada dalam rekap dari ${pertama}; keduanya dihitung. Periksa apakah berkas yang sama dipilih dua kali.`,
  ikuKolomTidakAda: (kolom: string, lokasi: string) =>
    `Tabel "iku_pemda" (${lokasi}) tidak memiliki kolom "${kolom}". Kolom yang diperlukan: Kode IKU Pemda, Indikator, OPD, Kode.`,
  ikuOpdTidakAda: (opd: string, alamat: string) =>
    `OPD "${opd}" di ${alamat} (tabel "iku_pemda") tidak ada di antara berkas rekap. Tulis nama OPD seperti di rekap (nama SKPD atau nama berkas tanpa .xlsx), atau sertakan berkas OPD itu.`,
  ikuKodeTidakAda: (kode: string, opd: string, alamat: string) =>
    `Indikator "${kode}" di ${alamat} (tabel "iku_pemda") tidak ada di tabel targets OPD "${opd}" pada tahun rekap. Periksa kodenya.`,
  ikuGanda: (berkas: string, pertama: string) =>
    `Tabel "iku_pemda" juga ada di ${berkas}; yang dipakai dari ${pertama}. Simpan pemetaan IKU pemda di satu buku kerja saja.`,
  tidakTerbaca: (berkas: string) =>
    `Berkas ${berkas} tidak dapat dibaca sebagai buku kerja .xlsx. Buka di Excel lalu simpan sebagai "Buku Kerja Excel (.xlsx)".`,
  tidakDapatDihitung: (alasan: string[]) => `Buku kerja belum dapat dihitung: ${alasan.join(" ")}`,
  bukanBukuOpd:
    "Tidak ada tabel targets, pagu atau realisasi: berkas ini bukan buku kerja LKjIP OPD (lihat docs/CONTRACT.md).",
} as const;
