/**
 * What the Office.js adapter itself says to a user, in Bahasa Indonesia: Excel's errors (mapped
 * by errors.ts before the task pane or the ribbon shows them) and the example tables of
 * "Buat tabel contoh" (contoh.ts). The pane's own text is in src/taskpane/texts.ts, the ribbon's
 * in src/commands/texts.ts, the engine's (temuan) in src/core/messages.ts.
 */

export const EXCEL_TEXT = {
  contohIsi:
    "Tabel targets, pagu, dan realisasi berisi beberapa baris contoh. Ganti isinya dengan data Anda, lalu klik Hitung Capaian.",
  contohSudahAda: (nama: string[]) =>
    `Buku kerja ini sudah memiliki tabel ${nama.join(", ")}. Tabel contoh hanya dibuat di buku kerja tanpa tabel tersebut.`,
  contohLembar: {
    targets: "Target Kinerja",
    pagu: "Pagu Anggaran",
    realisasi: "Realisasi",
  },

  /** The title of every Excel error's message, in the pane and in the ribbon's dialog. */
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
    umum: (kode: string) =>
      `Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, laporkan kode galat: ${kode}`,
  },
} as const;
