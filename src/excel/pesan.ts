/**
 * Every text a user of the add-in reads (task pane, ribbon command, Excel errors), in Bahasa
 * Indonesia, in one place so it can be reviewed and translated as a whole. The engine's own
 * messages (temuan) live in src/core/pesan.ts.
 */

export const TEKS = {
  judul: "Capaian",
  subjudul: "Hitung capaian kinerja dan realisasi anggaran (LKjIP Bab III) dari tabel di buku kerja ini.",

  tombolHitung: "Hitung Capaian",
  tombolContoh: "Buat tabel contoh",
  tombolLihat: "Lihat",

  opsiTahun: "Tahun",
  opsiTahunTerbaru: "Terbaru di data",
  opsiSkala: "Skala predikat",
  skala: {
    workbook: "Dari buku kerja (skala_predikat)",
    lkjip: "LKjIP (Tabel 3.1)",
    permendagri86: "Permendagri 86/2017",
  },

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
  jumlahTemuan: (n: number) => `${n} temuan`,
  jumlahError: (n: number) => `${n} temuan tingkat Kesalahan.`,
  temuanLainnya: (n: number) => `dan ${n} temuan lainnya: lihat lembar Temuan.`,
  tingkat: {
    error: "Kesalahan",
    peringatan: "Peringatan",
    info: "Info",
  },
  lihatSel: (alamat: string) => `Lihat sel ${alamat}`,

  selesaiJudul: "Perhitungan selesai",
  selesaiIsi: (tahun: number) => `Lembar hasil untuk tahun ${tahun} sudah ditulis di buku kerja.`,
  adaErrorJudul: "Ada kesalahan data",
  adaErrorIsi: "Periksa lembar Temuan dan perbaiki sel yang ditandai, lalu hitung ulang.",

  contohJudul: "Tabel contoh dibuat",
  contohIsi:
    "Tabel targets, pagu, dan realisasi berisi beberapa baris contoh. Ganti isinya dengan data Anda, lalu klik Hitung Capaian.",
  contohSudahAda: (nama: string[]) =>
    `Buku kerja ini sudah memiliki tabel ${nama.join(", ")}. Tabel contoh hanya dibuat di buku kerja tanpa tabel tersebut.`,
  contohLembar: {
    targets: "Target Kinerja",
    pagu: "Pagu Anggaran",
    realisasi: "Realisasi",
  },

  tabelTidakAdaJudul: "Tabel belum ada",
  tabelTidakAda: (nama: string) =>
    `Tabel bernama "${nama}" tidak ditemukan di buku kerja ini. Buat tabel Excel (Sisipkan › Tabel) dan beri nama "${nama}" di Desain Tabel › Nama Tabel, atau klik "Buat tabel contoh".`,
  saranContoh:
    'Di buku kerja tanpa tabel, tombol "Buat tabel contoh" di Panel Capaian membuat tabel targets, pagu dan realisasi berisi contoh.',
  fatalJudul: "Data belum lengkap",
  fatalIsi: "Perbaiki hal berikut, lalu klik Hitung Capaian lagi. Tidak ada lembar yang ditulis.",

  galatJudul: "Tidak dapat menyelesaikan perhitungan",
  galat: {
    editSel:
      "Excel sedang dalam mode edit sel. Tekan Enter atau Esc untuk keluar dari sel yang sedang diedit, lalu coba lagi.",
    terlindungi:
      "Excel menolak perubahan: buku kerja atau lembar dilindungi (protected), atau Anda tidak punya izin menyunting berkas ini. Buka proteksinya di Tinjau › Buka Proteksi (atau minta izin edit), lalu coba lagi.",
    terlaluBesar:
      "Data terlalu besar untuk dikirim ke Excel dalam satu permintaan. Kurangi jumlah baris atau bagi tabel per tahun, lalu coba lagi.",
    rumusTerlaluPanjang:
      "Excel menolak sebuah rumus yang lebih panjang dari 8.192 karakter. Kurangi jumlah baris tabel (misalnya bagi per tahun atau per bidang), lalu coba lagi; bila berulang, laporkan kode galat: FormulaLengthExceedsLimit.",
    terlaluBanyakSel:
      "Excel menolak permintaan karena terlalu banyak sel sekaligus. Tutup buku kerja lain yang besar, atau bagi tabel per tahun, lalu coba lagi.",
    bentrok:
      "Sel gabungan (merge), filter, atau PivotTable di lembar hasil menghalangi penulisan. Hapus filter atau PivotTable yang Anda tambahkan di lembar hasil Capaian, lalu hitung ulang.",
    argumen:
      "Excel menolak data yang dikirim add-in. Pastikan nama lembar dan tabel tidak diubah saat perhitungan berjalan, lalu coba lagi; bila berulang, laporkan kode galat yang tercatat.",
    bukuKerjaTidakAktif: "Buku kerja ini tidak aktif. Klik di dalam buku kerja, lalu coba lagi.",
    tabelTidakAda:
      "Tabel yang dibutuhkan tidak ditemukan atau terhapus saat perhitungan berjalan. Periksa nama tabel targets, pagu, dan realisasi, lalu coba lagi.",
    sibuk: "Excel sedang sibuk. Tunggu sebentar, lalu coba lagi.",
    tidakDidukung:
      "Versi Excel ini tidak mendukung fitur yang dibutuhkan. Gunakan Excel 2021, Microsoft 365, atau Excel di web.",
    lembarTidakAda: (alamat: string) =>
      `Sel ${alamat} tidak ditemukan. Lembarnya mungkin sudah diganti nama atau dihapus; hitung ulang untuk memperbarui temuan.`,
    umum: (kode: string) =>
      `Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, laporkan kode galat: ${kode}`,
  },
  manualJudul: "Perhitungan manual",
  manualIsi:
    "Buku kerja ini memakai perhitungan manual. Lembar hasil dan rumus yang bergantung padanya sudah dihitung ulang; setelah Anda mengubah tabel sumber, tekan F9 (Rumus › Hitung Sekarang) agar angkanya ikut berubah.",
  unduhMacJudul: "Bab III tidak dapat diunduh di Excel untuk Mac",
  unduhMacIsi: [
    "Excel untuk Mac tidak menyimpan berkas dari panel add-in, jadi tidak ada berkas yang diunduh.",
    "Buka buku kerja ini di Excel di web (office.com) lalu klik Unduh Bab III di sana, atau buat berkas Word dengan perintah: capaian hitung BUKU.xlsx --docx BAB3.docx",
  ],
  bukanExcel: "Add-in ini hanya berjalan di Microsoft Excel.",
  memuat: "Memuat…",
  tutup: "Tutup",
} as const;
