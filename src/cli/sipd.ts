/** The command's SIPD-RI options and the summary line saying which budget sources a run used. */
import { InvalidArgumentError, Option } from "commander";
import type { Analysis } from "../core/analyze";
import { MONTH_NAMES } from "../core/sipd/tanggal";
import type { SipdFileOptions } from "../xlsx/sumber-sipd";

export type SipdCliOptions = SipdFileOptions;

/** The SIPD-RI options of `hitung`, in the order its help lists them. */
export const sipdOptions = (): Option[] => [
  new Option(
    "--pagu-sipd <berkas>",
    "rekap anggaran SIPD-RI (penganggaran) sebagai sumber pagu, seperti diunduh",
  ),
  new Option(
    "--pagu-awal-sipd <berkas>",
    "rekap SIPD-RI di balik Perjanjian Kinerja (murni): menjadi Pagu PK",
  ),
  new Option(
    "--realisasi-sipd <berkas...>",
    "Laporan Realisasi Per Dokumen SIPD-RI (satu berkas atau lebih, per bulan)",
  ),
  new Option("--skpd <kode>", "SKPD dalam ekspor SIPD-RI: KODE SKPD, KODE SUB UNIT, atau sebagian NAMA SKPD"),
  new Option(
    "--sampai-bulan <bulan>",
    "realisasi kumulatif sampai akhir bulan ke-N (1–12; 3, 6, 9, 12 untuk triwulan)",
  ).argParser(bulan),
  new Option("--rincian-rekening", "tampilkan rekening sebagai tingkat keempat di bawah sub kegiatan"),
];

export function bulan(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 12) throw new InvalidArgumentError("bulan harus 1 sampai 12");
  return n;
}

/** "Anggaran dari ekspor SIPD-RI rekap.xlsx, SKPD … Dinas Sosial, 138 baris" and the realisasi used. */
export function sumberSummary(analysis: Analysis): string {
  const s = analysis.sumberSipd;
  if (!s) return "";
  const skpd = s.skpd.subUnit
    ? `SKPD ${s.skpd.kode} ${s.skpd.nama}, sub unit ${s.skpd.subUnit} ${s.skpd.namaSubUnit ?? ""}`.trimEnd()
    : `SKPD ${s.skpd.kode} ${s.skpd.nama}`;
  const baris = [`Anggaran dari ekspor SIPD-RI ${s.lembar}, ${skpd}, ${s.baris} baris`];
  if (s.lembarAwal) baris.push(`Pagu PK dari ekspor SIPD-RI ${s.lembarAwal}`);
  if (s.realisasi) {
    const periode = s.realisasi.sampaiBulan
      ? ` sampai akhir ${MONTH_NAMES[s.realisasi.sampaiBulan - 1]}`
      : "";
    baris.push(
      `Realisasi anggaran dari Laporan Realisasi Per Dokumen ${s.realisasi.lembar.join(", ")}: ${s.realisasi.baris} baris dokumen${periode}`,
    );
  }
  return baris.join("\n") + "\n";
}
