/**
 * The SIPD-RI sources of a command run: exports given as separate files (as downloaded) or
 * copied as sheets into the workbook. A sheet of the workbook can be referred to by the output's
 * formulas; a separate file's cells are written as values, its addresses naming the file.
 */
import type ExcelJS from "exceljs";
import path from "path";
import { REALISASI_DOKUMEN, REKAP } from "../core/sipd/format";
import type { SumberSipd } from "../core/sipd/anggaran-sipd";
import type { SipdTable } from "../core/sipd/sheet";
import type { RawTable } from "../core/table";
import { ReadFailure, readWorkbookFile } from "./workbook-file";
import { findSipdExport } from "./read-sheet";

export interface SipdFileOptions {
  paguSipd?: string;
  paguAwalSipd?: string;
  realisasiSipd?: string[];
  skpd?: string;
  sampaiBulan?: number;
  rincianRekening?: boolean;
}

const wajibKolom = (f: typeof REKAP) =>
  f.kolom
    .filter((k) => k.wajib)
    .map((k) => k.nama)
    .join(", ");

async function eksporBerkas(file: string, jenis: "rekap" | "realisasi"): Promise<SipdTable[]> {
  const ditemukan = findSipdExport(await readWorkbookFile(file), path.basename(file)).filter(
    (t) => t.format.jenis === jenis,
  );
  if (ditemukan.length === 0) {
    const f = jenis === "rekap" ? REKAP : REALISASI_DOKUMEN;
    throw new ReadFailure(
      `Berkas ${file} tidak memuat ${f.judul}: tidak ada lembar dengan baris judul berisi kolom ${wajibKolom(f)} (di 10 baris pertama). Unduh ulang dari SIPD-RI tanpa mengubah judul kolomnya.`,
    );
  }
  return ditemukan;
}

/**
 * The budget source of the run, or null when the budget comes from the `pagu` table: flags
 * first, else the exports copied into the workbook when it has no `pagu` table (two recaps in
 * sheet order: the first is Pagu PK, the second Pagu).
 */
export async function sumberSipd(
  wb: ExcelJS.Workbook,
  tables: RawTable[],
  opsi: SipdFileOptions,
): Promise<SumberSipd | null> {
  const diBuku = findSipdExport(wb);
  const rekapBuku = diBuku.filter((t) => t.format.jenis === "rekap");
  const realisasiBuku = diBuku.filter((t) => t.format.jenis === "realisasi");
  const adaPagu = tables.some((t) => t.name.toLowerCase() === "pagu");
  let rekap: SipdTable | null = null;
  let rekapAwal: SipdTable | null = null;
  if (opsi.paguSipd) rekap = (await eksporBerkas(opsi.paguSipd, "rekap"))[0];
  else if (!adaPagu && rekapBuku.length > 0) {
    rekap = rekapBuku[rekapBuku.length - 1];
    if (rekapBuku.length > 1) rekapAwal = rekapBuku[0];
  }
  if (opsi.paguAwalSipd) rekapAwal = (await eksporBerkas(opsi.paguAwalSipd, "rekap"))[0];
  const realisasi = [...realisasiBuku];
  for (const f of opsi.realisasiSipd ?? []) realisasi.push(...(await eksporBerkas(f, "realisasi")));
  if (!rekap) {
    if (opsi.paguAwalSipd || (opsi.realisasiSipd?.length ?? 0) > 0)
      throw new ReadFailure(
        "Realisasi atau pagu awal dari SIPD-RI memerlukan rekap anggaran SIPD-RI: beri --pagu-sipd REKAP.xlsx, atau salin lembar rekapnya ke buku kerja yang tidak memiliki tabel pagu.",
      );
    return null;
  }
  return {
    rekap,
    rekapAwal,
    realisasi,
    skpd: opsi.skpd,
    sampaiBulan: opsi.sampaiBulan,
    rekening: opsi.rincianRekening,
  };
}
