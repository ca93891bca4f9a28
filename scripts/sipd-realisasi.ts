/**
 * "Laporan Realisasi Per Dokumen" downloads (SIPD-RI penatausahaan) built from the description in
 * examples/sipd/README.md — no real file of this report is at hand: 45 columns, one row per
 * document line, text dates, amounts sometimes as text, Nilai SP2D repeated on every line of an
 * SP2D. Used by the tests and by the demo's generator (scripts/make-sipd-demo.ts).
 */
import type { LembarMentah } from "../src/core/sipd/lembar";
import type { CellValue } from "../src/core/tabel";

/** The Dinas Sosial of the real recap (examples/sipd/rekap-belanja-2024.xlsx). */
export const DINSOS = "1.06.0.00.0.00.01.0000";

/** The 45 columns of "Laporan Realisasi Per Dokumen" (examples/sipd/README.md). */
export const KOLOM_REALISASI_DOKUMEN = [
  "Kode SKPD",
  "Nama SKPD",
  "Kode Sub SKPD",
  "Nama Sub SKPD",
  "Kode Fungsi",
  "Nama Fungsi",
  "Kode Sub Fungsi",
  "Nama Sub Fungsi",
  "Kode Urusan",
  "Nama Urusan",
  "Kode Bidang Urusan",
  "Nama Bidang Urusan",
  "Kode Program",
  "Nama Program",
  "Kode Kegiatan",
  "Nama Kegiatan",
  "Kode Sub Kegiatan",
  "Nama Sub Kegiatan",
  "Kode Rekening",
  "Nama Rekening",
  "Nomor Dokumen",
  "Jenis Dokumen",
  "Jenis Transaksi",
  "Nomor DPT",
  "Tanggal Dokumen",
  "Keterangan Dokumen",
  "Nilai Realisasi",
  "Nilai Setoran",
  "NIP Pegawai",
  "Nama Pegawai",
  "Tanggal Simpan",
  "Nomor SPD",
  "Periode SPD",
  "Nilai SPD",
  "Tahapan SPD",
  "Nama Sub Tahapan Jadwal",
  "Tahapan APBD",
  "Nomor SPP",
  "Tanggal SPP",
  "Nomor SPM",
  "Tanggal SPM",
  "Nomor SP2D",
  "Tanggal SP2D",
  "Tanggal Transfer",
  "Nilai SP2D",
];

/** One document line; codes default to the Dinas Sosial of the real recap. */
export interface Dokumen {
  subKegiatan: string;
  rekening: string;
  nomor: string;
  tanggal: CellValue;
  nilai: CellValue;
  sp2d?: string;
  nilaiSp2d?: CellValue;
  jenis?: string;
  skpd?: string;
  namaSkpd?: string;
  namaProgram?: string;
  namaKegiatan?: string;
  namaSubKegiatan?: string;
  namaRekening?: string;
}

/** A download's rows in the 45 columns, variants of some header names when `varian` is set. */
export function lembarRealisasi(
  sheet: string,
  dokumen: Dokumen[],
  opsi: { varian?: boolean; berkas?: string; judul?: boolean } = {},
): LembarMentah {
  const header = KOLOM_REALISASI_DOKUMEN.map((h) =>
    !opsi.varian
      ? h
      : ((
          {
            "Kode Sub SKPD": "Kode Unit SKPD",
            "Kode Sub Fungsi": "Kode Subfungsi",
            "Kode Bidang Urusan": "Kode Bidang",
            "Kode Sub Kegiatan": "Kode Subkegiatan",
          } as Record<string, string>
        )[h] ?? h),
  );
  const rows = dokumen.map((d) => {
    const skpd = d.skpd ?? DINSOS;
    const kegiatan = d.subKegiatan.split(".").slice(0, 5).join(".");
    const program = d.subKegiatan.split(".").slice(0, 3).join(".");
    const nilai: Record<string, CellValue> = {
      "Kode SKPD": skpd,
      "Nama SKPD": d.namaSkpd ?? (skpd === DINSOS ? "Dinas Sosial" : "SKPD Lain"),
      "Kode Sub SKPD": skpd,
      "Nama Sub SKPD": d.namaSkpd ?? (skpd === DINSOS ? "Dinas Sosial" : "SKPD Lain"),
      "Kode Fungsi": "10",
      "Nama Fungsi": "PERLINDUNGAN SOSIAL",
      "Kode Urusan": "1",
      "Kode Bidang Urusan": "1.06",
      "Nama Bidang Urusan": "URUSAN PEMERINTAHAN BIDANG SOSIAL",
      "Kode Program": program,
      "Nama Program": d.namaProgram ?? null,
      "Nama Kegiatan": d.namaKegiatan ?? null,
      "Kode Kegiatan": kegiatan,
      "Kode Sub Kegiatan": d.subKegiatan,
      "Nama Sub Kegiatan": d.namaSubKegiatan ?? `Sub kegiatan ${d.subKegiatan}`,
      "Kode Rekening": d.rekening,
      "Nama Rekening": d.namaRekening ?? `Rekening ${d.rekening}`,
      "Nomor Dokumen": d.nomor,
      "Jenis Dokumen": d.jenis ?? "LS",
      "Jenis Transaksi": "Belanja",
      "Tanggal Dokumen": d.tanggal,
      "Keterangan Dokumen": `Pembayaran ${d.nomor}`,
      "Nilai Realisasi": d.nilai,
      "Nilai Setoran": 0,
      "Tanggal Simpan": d.tanggal,
      "Tahapan APBD": "Murni",
      "Nomor SP2D": d.sp2d ?? `SP2D/${d.nomor}`,
      "Tanggal SP2D": d.tanggal,
      "Nilai SP2D": d.nilaiSp2d ?? d.nilai,
    };
    return KOLOM_REALISASI_DOKUMEN.map((h) => nilai[h] ?? null);
  });
  const judul = opsi.judul ? [["Laporan Realisasi Per Dokumen", ...Array(44).fill(null)] as CellValue[]] : [];
  return { sheet, firstRow: 1, firstColumn: 1, values: [...judul, header, ...rows], berkas: opsi.berkas };
}
