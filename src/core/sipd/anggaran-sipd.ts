/**
 * The budget of a run from SIPD-RI exports: which exports (SumberSipd), the tree of the chosen
 * SKPD from the recap with Pagu PK from an earlier one (pagu-awal.ts), and what the run used
 * (InfoSipd). Realisasi is filled in by isi-realisasi.ts, IKU links by program-iku.ts.
 */
import type { Catatan, SourceCell } from "../read";
import type { Sen } from "../uang";
import { cellAddressOf, sheetLabel, type SipdTable } from "./sheet";
import { paguAwal } from "./pagu-awal";
import { sipdTableName, buildPohon, type PohonSipd } from "./pohon";
import { pickSkpd, type SkpdChoice } from "./skpd";

export interface SumberSipd {
  /** The final recap (Pagu). */
  rekap: SipdTable;
  /** The recap behind the Perjanjian Kinerja (Pagu PK), of the same tahun. */
  rekapAwal?: SipdTable | null;
  /** Laporan Realisasi Per Dokumen downloads, in any order; overlaps are counted once. */
  realisasi?: SipdTable[];
  /** KODE SKPD, KODE SUB UNIT or a unique part of NAMA SKPD; may be omitted for a one-SKPD export. */
  skpd?: string | null;
  /** Cumulative realisasi up to the end of this month (1–12). */
  sampaiBulan?: number;
  /** Keep rekening rows as a fourth level. */
  rekening?: boolean;
}

/** Which sources a run used, for the summary line and the task pane. */
export interface InfoSipd {
  lembar: string;
  skpd: SkpdChoice;
  /** Rows of the SKPD in the recap. */
  baris: number;
  lembarAwal: string | null;
  realisasi: { lembar: string[]; baris: number; sampaiBulan: number | null } | null;
}

/** A realisasi from the workbook's `realisasi` table, for a kode of the tree. */
export interface RealisasiTable {
  sen: Sen;
  sel: SourceCell;
  baris: number;
}

export const label = (t: SipdTable) => sheetLabel({ sheet: t.raw.name, berkas: t.berkas ?? undefined });
/** How the summary names a source: the file as downloaded, or the sheet it was copied into. */
export const sebutan = (t: SipdTable) => t.berkas ?? `lembar ${t.raw.name}`;
export interface AnggaranSipd {
  pohon: PohonSipd;
  info: InfoSipd;
  /** Every kode of the tree (sub kegiatan, kegiatan, program), for routing the realisasi table. */
  kode: Set<string>;
}

/** The tree of the chosen SKPD; null (with a fatal temuan) when no single SKPD is chosen. */
export function readAnggaranSipd(sumber: SumberSipd, catatan: Catatan): AnggaranSipd | null {
  const pilih = pickSkpd(sumber.rekap, sumber.skpd);
  if (!pilih.ok) {
    catatan.tambah("SKPD_BELUM_DIPILIH", {
      tabel: sipdTableName(sumber.rekap),
      tahun: null,
      kolom: "KODE SKPD",
      alamat: cellAddressOf(sumber.rekap, -1, "KODE SKPD"),
      tercatat: sumber.skpd ?? null,
      pesan: pilih.pesan,
    });
    return null;
  }
  const pohon = buildPohon(sumber.rekap, pilih.pilihan, sumber.rekening ?? false, catatan);
  if (sumber.rekapAwal)
    paguAwal(pohon, buildPohon(sumber.rekapAwal, pilih.pilihan, sumber.rekening ?? false, catatan), catatan);
  const info: InfoSipd = {
    lembar: sebutan(sumber.rekap),
    skpd: pilih.pilihan,
    baris: pohon.jumlahBaris,
    lembarAwal: sumber.rekapAwal ? sebutan(sumber.rekapAwal) : null,
    realisasi: null,
  };
  const kode = new Set<string>();
  for (const n of pohon.perJalur.values()) if (n.level !== "rekening") kode.add(n.kode);
  return { pohon, info, kode };
}
