/**
 * The budget source of a run from the exports copied into the workbook: used when the workbook
 * has no `pagu` table. Two recaps in sheet order: the first is Pagu PK, the last Pagu.
 */
import type { SumberSipd } from "./anggaran-sipd";
import { FORMAT_SIPD } from "./format";
import { recogniseSheet, type RawSheet, type SipdTable } from "./sheet";
import type { RawTable } from "../table";

export interface SipdChoice {
  skpd?: string | null;
  sampaiBulan?: number;
  rekening?: boolean;
}

/** What the hosts found, for the task pane: which export sheets, and their rows. */
export interface EksporDitemukan {
  rekap: SipdTable[];
  realisasi: SipdTable[];
}

export function exportOnSheet(lembar: readonly RawSheet[]): EksporDitemukan {
  const semua = lembar.map((l) => recogniseSheet(l, FORMAT_SIPD)).filter((t): t is SipdTable => t !== null);
  return {
    rekap: semua.filter((t) => t.format.jenis === "rekap"),
    realisasi: semua.filter((t) => t.format.jenis === "realisasi"),
  };
}

export function sumberFromWorkbook(
  tables: readonly RawTable[],
  ekspor: EksporDitemukan,
  pilihan: SipdChoice,
): SumberSipd | undefined {
  if (tables.some((t) => t.name.toLowerCase() === "pagu") || ekspor.rekap.length === 0) return undefined;
  return {
    rekap: ekspor.rekap[ekspor.rekap.length - 1],
    rekapAwal: ekspor.rekap.length > 1 ? ekspor.rekap[0] : null,
    realisasi: ekspor.realisasi,
    skpd: pilihan.skpd,
    sampaiBulan: pilihan.sampaiBulan,
    rekening: pilihan.rekening,
  };
}
