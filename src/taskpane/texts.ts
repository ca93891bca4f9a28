/**
 * Every text the task pane shows, in Bahasa Indonesia, in one place so it can be reviewed and
 * translated as a whole. Its SIPD-RI options are in teks-sipd.ts and its Rekap Pemda section in
 * teks-rekap.ts (loaded with that section). What the pane shows but does not word itself: the
 * temuan (src/core/messages.ts), their labels and tingkat (src/core/label.ts, core/messages.ts's
 * LABEL), Excel's errors (src/excel/messages.ts, mapped by the host before the pane sees them),
 * and the message of a run that wrote nothing, which the ribbon shows too (src/commands/texts.ts).
 */
import { skalaName } from "../core/label";

export const PANE_TEXT = {
  judul: "Capaian",
  subjudul: "Hitung capaian kinerja dan realisasi anggaran (LKjIP Bab III) dari tabel di buku kerja ini.",
  bukanExcel: "Add-in ini hanya berjalan di Microsoft Excel.",

  tombolHitung: "Hitung Capaian",
  tombolContoh: "Buat tabel contoh",
  tombolLihat: "Lihat",
  tombolUnduh: "Unduh Bab III (.docx)",

  opsiTahun: "Tahun",
  opsiTahunTerbaru: "Terbaru di data",
  opsiSkala: "Skala predikat",
  skala: {
    workbook: "Dari buku kerja (skala_predikat)",
    lkjip: skalaName("lkjip"),
    permendagri86: skalaName("permendagri86"),
  },
  /** The default choice says what it uses in this workbook. */
  // Short: the choice is a narrow select in the pane.
  skalaOtomatis: (adaTabel: boolean) => (adaTabel ? "Tabel skala_predikat" : "Tabel 3.1 (bawaan)"),

  tahap: {
    membaca: "Membaca tabel",
    menghitung: "Menghitung",
    menulis: "Menulis lembar",
    selesai: "Selesai",
  },
  tahapBerjalan: (nama: string) => `${nama}…`,
  labelKemajuan: "Kemajuan",

  ringkasan: "Ringkasan",
  capaianSasaran: "Capaian per sasaran",
  capaianKeseluruhan: "Capaian keseluruhan",
  totalPagu: "Total pagu",
  totalRealisasi: "Total realisasi",
  serapan: "Serapan",
  tanpaPredikat: "Tanpa predikat",
  lembarDitulis: (nama: string[]) => `Lembar yang ditulis: ${nama.join(", ")}.`,
  lembarDiganti: (lama: string, baru: string) =>
    `Lembar "${lama}" milik Anda tidak ditimpa; hasil ditulis ke "${baru}".`,

  temuan: "Temuan",
  temuanKosong: "Tidak ada temuan. Data konsisten.",
  jumlahError: (n: number) => `${n} temuan tingkat Kesalahan.`,
  temuanLainnya: (n: number) => `dan ${n} temuan lainnya: lihat lembar Temuan.`,
  lihatSel: (alamat: string) => `Lihat sel ${alamat}`,
  /** Lihat on a cell whose sheet is gone (Excel's ItemNotFound while selecting it). */
  lembarTidakAda: (alamat: string) =>
    `Sel ${alamat} tidak ditemukan. Lembarnya mungkin sudah diganti nama atau dihapus; hitung ulang untuk memperbarui temuan.`,

  selesaiJudul: "Perhitungan selesai",
  selesaiIsi: (tahun: number) => `Lembar hasil untuk tahun ${tahun} sudah ditulis di buku kerja.`,
  adaErrorJudul: "Ada kesalahan data",
  adaErrorIsi: "Periksa lembar Temuan dan perbaiki sel yang ditandai, lalu hitung ulang.",
  contohJudul: "Tabel contoh dibuat",
  manualJudul: "Perhitungan manual",
  manualIsi:
    "Buku kerja ini memakai perhitungan manual. Lembar hasil dan rumus yang bergantung padanya sudah dihitung ulang; setelah Anda mengubah tabel sumber, tekan F9 (Rumus › Hitung Sekarang) agar angkanya ikut berubah.",

  unduhJudul: "Dokumen Bab III dibuat",
  unduhIsi: (nama: string) => `Berkas ${nama} sedang diunduh. Bukalah dengan Microsoft Word.`,
  unduhGagalJudul: "Dokumen Bab III tidak dapat dibuat",
  unduhGagal: "Terjadi kesalahan saat membuat dokumen Word.",
  unduhMacJudul: "Bab III tidak dapat diunduh di Excel untuk Mac",
  unduhMacIsi: [
    "Excel untuk Mac tidak menyimpan berkas dari panel add-in, jadi tidak ada berkas yang diunduh.",
    "Buka buku kerja ini di Excel di web (office.com) lalu klik Unduh Bab III di sana, atau buat berkas Word dengan perintah: capaian hitung BUKU.xlsx --docx BAB3.docx",
  ],
} as const;
