/**
 * What the ribbon command says, in Bahasa Indonesia: its dialog page and the message of a run
 * that wrote nothing (the task pane shows that message too, through pesan-pita.ts). Excel's
 * errors are worded by the host (src/excel/messages.ts), the temuan by the engine (src/core/messages.ts).
 */

export const RIBBON_TEXT = {
  /** The dialog page's title when its URL carries none. */
  judul: "Capaian",
  tutup: "Tutup",
  tabelTidakAdaJudul: "Tabel belum ada",
  saranContoh:
    'Di buku kerja tanpa tabel, tombol "Buat tabel contoh" di Panel Capaian membuat tabel targets, pagu dan realisasi berisi contoh.',
  fatalJudul: "Data belum lengkap",
  fatalIsi: "Perbaiki hal berikut, lalu klik Hitung Capaian lagi. Tidak ada lembar yang ditulis.",
} as const;
