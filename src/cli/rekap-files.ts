/**
 * The use case of `capaian rekap` on files: every OPD workbook read one at a time (only its
 * summary is kept, so memory is bounded by the largest workbook, not the sum), then the recap
 * written as a new workbook with the recap sheets, as JSON and as Word — each written atomically.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import type { AnalyzeOptions } from "../core/analyze";
import { laporanRekap, ringkasSkpdSipd, buildRekap, type Rekap } from "../core/rekap";
import { KumpulanRekap } from "../core/rekap/kumpulan";
import { buildRekapSheets } from "../report/rekap";
import { buildRekapDocx } from "../docx/rekap";
import { packBab3 } from "../docx";
import { readOpd, type OpdReadResult } from "../xlsx/read-opd";
import { writeAtomic } from "./write-atomic";
import { sumberSipd, type SipdFileOptions } from "../xlsx/sumber-sipd";
import { writeSheetsPackage } from "../xlsx/write-sheets";

export type RekapFilesOptions = Pick<AnalyzeOptions, "tahun" | "skala" | "tahunSekarang">;

/** The .xlsx files of the arguments: files as given, folders by their .xlsx files (sorted). */
export async function listWorkbookFiles(argumen: string[], kecuali: string[] = []): Promise<string[]> {
  const hasil: string[] = [];
  const tolak = new Set(kecuali.map((k) => path.resolve(k)));
  for (const a of argumen) {
    const st = await fs.stat(a).catch(() => null);
    if (st?.isDirectory()) {
      const isi = (await fs.readdir(a)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$")).sort();
      hasil.push(...isi.map((n) => path.join(a, n)));
    } else hasil.push(a);
  }
  return hasil.filter((f) => !tolak.has(path.resolve(f)));
}

export interface RekapProgress {
  ke: number;
  dari: number;
  berkas: string;
  hasil: OpdReadResult;
  ms: number;
}

export interface RekapFilesResult {
  rekap: Rekap;
  /** Warnings beside the recap (a second iku_pemda table). */
  catatan: string[];
}

export async function rekapFiles(
  files: string[],
  opsi: RekapFilesOptions,
  onKemajuan?: (k: RekapProgress) => void,
): Promise<RekapFilesResult> {
  const kumpulan = new KumpulanRekap();
  for (const [i, berkas] of files.entries()) {
    const t0 = Date.now();
    const data = await fs.readFile(berkas).catch(() => null);
    const hasil: OpdReadResult = data
      ? await readOpd(data, berkas, opsi)
      : {
          jenis: "gagal",
          alasan: `Berkas ${berkas} tidak ditemukan atau tidak dapat dibuka.`,
          ikuPemda: null,
        };
    kumpulan.tambah(berkas, hasil);
    onKemajuan?.({ ke: i + 1, dari: files.length, berkas, hasil, ms: Date.now() - t0 });
  }
  return { rekap: kumpulan.susun(opsi), catatan: kumpulan.catatan };
}

/** The pemda-wide budget recap from one SIPD-RI export (and its realisasi downloads). */
export async function rekapSipd(
  opsi: SipdFileOptions & { tahun?: number; tahunSekarang: number },
): Promise<Rekap> {
  const sumber = await sumberSipd(new ExcelJS.Workbook(), [], opsi);
  if (!sumber) throw new Error("--pagu-sipd diperlukan");
  const opd = ringkasSkpdSipd(sumber.rekap, {
    tahun: opsi.tahun,
    tahunSekarang: opsi.tahunSekarang,
    realisasi: sumber.realisasi,
    sampaiBulan: opsi.sampaiBulan,
  });
  return buildRekap(opd, [], { tahun: opd[0]?.tahun, sipd: true });
}

export async function writeRekap(
  rekap: Rekap,
  output: { xlsx?: string; json?: string; docx?: string },
): Promise<string[]> {
  // Links to the OPD files, relative to the folder the recap is written to.
  const dasar = path.dirname(path.resolve(output.xlsx ?? output.docx ?? "."));
  const tautan = (berkas: string) => path.relative(dasar, path.resolve(berkas)).split(path.sep).join("/");
  const sheets = buildRekapSheets(rekap, { tautan });
  // Build everything in memory first; only then touch the disk.
  let xlsx: Buffer | null = null;
  if (output.xlsx) xlsx = await writeSheetsPackage(sheets);
  // Word gets the narrow Rekap OPD (no indikator-per-predikat columns): 21 columns do not fit a page.
  const docx = output.docx
    ? Buffer.from(await packBab3(buildRekapDocx(rekap, buildRekapSheets(rekap, { tautan, ringkas: true }))))
    : null;
  if (xlsx && output.xlsx) await writeAtomic(output.xlsx, xlsx);
  if (docx && output.docx) await writeAtomic(output.docx, docx);
  if (output.json) await writeAtomic(output.json, JSON.stringify(laporanRekap(rekap), null, 2) + "\n");
  return sheets.map((s) => s.name);
}
