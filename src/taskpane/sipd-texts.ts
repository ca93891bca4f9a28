/** The pane's texts about SIPD-RI exports (Bahasa Indonesia). */
import { formatAngka } from "../core/angka";
import { MONTH_NAMES } from "../core/sipd/tanggal";
import type { InfoSipd } from "../core/sipd/anggaran-sipd";
import type { SumberAnggaran } from "../excel/run";

export const SIPD_TEXTS = {
  opsiSkpd: "SKPD (ekspor SIPD-RI)",
  opsiSkpdPilih: "Pilih SKPD…",
  opsiBulan: "Realisasi sampai",
  opsiBulanSemua: "Semua dokumen",
  bulan: (n: number) =>
    `Akhir ${MONTH_NAMES[n - 1]}${n % 3 === 0 ? ` (Triwulan ${["I", "II", "III", "IV"][n / 3 - 1]})` : ""}`,
  sumberJudul: "Sumber anggaran",
  sumberRun: (s: InfoSipd): string[] => [
    `Ekspor SIPD-RI ${s.lembar}, SKPD ${s.skpd.kode} ${s.skpd.nama}: ${formatAngka(s.baris, 0)} baris.`,
    ...(s.realisasi
      ? [
          `Realisasi dari ${s.realisasi.lembar.join(", ")}: ${formatAngka(s.realisasi.baris, 0)} baris dokumen` +
            (s.realisasi.sampaiBulan ? ` sampai akhir ${MONTH_NAMES[s.realisasi.sampaiBulan - 1]}.` : "."),
        ]
      : []),
  ],
  pilihSkpdJudul: "Pilih SKPD",
  pilihSkpd: (n: number) =>
    `Ekspor SIPD-RI di buku kerja ini memuat ${n} SKPD. Pilih SKPD laporan ini di pilihan "SKPD" di atas; pilihan itu disimpan di buku kerja.`,
  sumber: (s: SumberAnggaran): string[] => {
    if (s.jenis === "tabel") return ['Tabel "pagu" di buku kerja.'];
    if (s.jenis === "tidak-ada")
      return ['Belum ada: buat tabel "pagu", atau salin lembar rekap anggaran SIPD-RI ke buku kerja ini.'];
    const baris = [
      `Ekspor SIPD-RI di lembar "${s.lembar ?? ""}" (${formatAngka(s.baris ?? 0, 0)} baris, ${s.skpd?.length ?? 0} SKPD).`,
    ];
    for (const r of s.realisasi ?? [])
      baris.push(
        `Realisasi: Laporan Realisasi Per Dokumen di lembar "${r.lembar}" (${formatAngka(r.baris, 0)} baris).`,
      );
    return baris;
  },
};
