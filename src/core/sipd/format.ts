/**
 * The two SIPD-RI exports Capaian reads, as their headers name the columns
 * (examples/sipd/README.md): the penganggaran budget recap ("rekap", 21 or 23 columns) and the
 * penatausahaan "Laporan Realisasi Per Dokumen" (45 columns). Only the columns used are listed;
 * the others are ignored wherever they stand.
 */
import type { FormatSipd, SipdColumn } from "./sheet";

const w = (nama: string, ...varian: string[]): SipdColumn => ({ nama, varian, wajib: true });
const o = (nama: string, ...varian: string[]): SipdColumn => ({ nama, varian, wajib: false });

export const REKAP: FormatSipd = {
  jenis: "rekap",
  judul: "rekap anggaran SIPD-RI",
  kolom: [
    o("TAHUN"),
    w("KODE SKPD"),
    w("NAMA SKPD"),
    o("KODE SUB UNIT", "KODE SUB SKPD", "KODE UNIT SKPD"),
    o("NAMA SUB UNIT", "NAMA SUB SKPD", "NAMA UNIT SKPD"),
    w("KODE PROGRAM"),
    w("NAMA PROGRAM"),
    w("KODE KEGIATAN"),
    w("NAMA KEGIATAN"),
    w("KODE SUB KEGIATAN"),
    w("NAMA SUB KEGIATAN"),
    o("KODE SUMBER DANA"),
    o("NAMA SUMBER DANA"),
    w("KODE REKENING", "KODE AKUN"),
    w("NAMA REKENING", "NAMA AKUN"),
    w("PAGU", "NILAI PAGU", "PAGU ANGGARAN"),
  ],
};

export const REALISASI_DOKUMEN: FormatSipd = {
  jenis: "realisasi",
  judul: "Laporan Realisasi Per Dokumen SIPD-RI",
  kolom: [
    w("Kode SKPD"),
    o("Nama SKPD"),
    o("Kode Sub SKPD", "Kode Unit SKPD", "Kode Sub Unit"),
    o("Nama Sub SKPD", "Nama Unit SKPD", "Nama Sub Unit"),
    o("Kode Program"),
    o("Kode Kegiatan"),
    w("Kode Sub Kegiatan"),
    o("Nama Sub Kegiatan"),
    w("Kode Rekening"),
    o("Nama Rekening"),
    w("Nomor Dokumen"),
    o("Jenis Dokumen"),
    w("Tanggal Dokumen"),
    w("Nilai Realisasi"),
    o("Nomor SP2D"),
    o("Nilai SP2D"),
  ],
};

export const FORMAT_SIPD = [REKAP, REALISASI_DOKUMEN] as const;
