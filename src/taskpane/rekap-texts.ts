/** The texts of the task pane's Rekap Pemda section, in Bahasa Indonesia. */
import { formatAngka } from "../core/angka";

const pct = (x: number | null) => (x === null ? "-" : `${formatAngka(x, 2)} %`);

export const REKAP_TEXTS = {
  judul: "Rekap Pemda",
  penjelasan:
    "Pilih buku kerja .xlsx setiap OPD (boleh banyak sekaligus). Berkas dibaca di komputer ini, tidak diunggah; lembar Rekap OPD, Rekap Anggaran, Rekap Temuan dan IKU Pemda (bila buku kerja ini memiliki tabel iku_pemda) ditulis ke buku kerja ini.",
  labelBerkas: "Buku kerja OPD (.xlsx)",
  dipilih: (n: number) => (n === 0 ? "Belum ada berkas dipilih." : `${n} berkas dipilih.`),
  tombol: "Buat Rekap Pemda",
  labelKemajuan: "Kemajuan rekap",
  menunggu: "menunggu",
  membaca: "membaca…",
  menulis: "Menulis lembar rekap…",
  opd: (nama: string, capaian: number | null, serapan: number | null) =>
    `${nama}: capaian ${pct(capaian)}, serapan ${pct(serapan)}`,
  iku: "tabel iku_pemda",
  gagal: "tidak dapat dipakai",
  tidakDapatDibuka: (nama: string, pesan: string) => `Berkas ${nama} tidak dapat dibuka. ${pesan}`,
  selesaiJudul: "Rekap Pemda selesai",
  selesai: (
    opd: number,
    capaian: number | null,
    predikat: string | null,
    pagu: number,
    serapan: number | null,
  ) =>
    `${opd} OPD; capaian rata-rata ${pct(capaian)}${predikat ? ` (${predikat})` : ""}; pagu Rp ${formatAngka(pagu, 0)}, serapan ${pct(serapan)}.`,
  lembar: (nama: string[]) => `Lembar yang ditulis: ${nama.join(", ")}.`,
  gagalJudul: (n: number) => `${n} berkas tidak ikut dihitung`,
  catatanJudul: "Catatan rekap",
  tidakAdaJudul: "Rekap tidak ditulis",
  tidakAda: "Tidak ada buku kerja yang dapat dipakai. Periksa alasan setiap berkas di atas.",
} as const;
