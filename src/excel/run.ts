/**
 * One run of the add-in: read the tables → analyze → build the sheet descriptions → write.
 * Used by the task pane and the ribbon command alike. Takes the RequestContext as a parameter.
 */
import { analyze, TABEL_DIBACA, type Analysis, type PilihanSkala } from "../core/analyze";
import { buildSheets, NAMA_LEMBAR, STYLES } from "../report/index";
import type { SheetSpec, StyleName, StyleSpec } from "../report/sheet-spec";
import { readWorkbook, type WorkbookSnapshot } from "./read-tables";
import { daftarSkpd } from "../core/sipd/skpd";
import { eksporDiLembar, sumberDariBuku, type PilihanSipd } from "../core/sipd/sumber";
import { writeSheets, type WriteResult } from "./write-sheets";

export type Tahap = "membaca" | "menghitung" | "menulis" | "selesai";

export interface PilihanRun extends PilihanSipd {
  tahun?: number;
  skala?: PilihanSkala;
  /** The current year (the core reads no clock). */
  tahunSekarang?: number;
  onTahap?: (tahap: Tahap) => void;
  /** Overrides for tests: the builders and styles (default: the report's). */
  build?: (analysis: Analysis) => SheetSpec[];
  styles?: Record<StyleName, StyleSpec>;
  /** Planned bytes per request (default: chunking.ts's budget). */
  requestBudget?: number;
}

export interface HasilRun {
  analysis: Analysis;
  /** Required tables (as the contract names them) that the workbook lacks. */
  tabelHilang: string[];
  sumber: SumberAnggaran;
  /** Null when nothing was written (a fatal temuan). */
  tulis: WriteResult | null;
  /** context.sync() calls of the whole run. */
  syncs: number;
  /** Milliseconds spent in analyze + buildSheets (no Excel). */
  engineMs: number;
}

const OPSIONAL = new Set(["skala_predikat", "program_iku"]);

/** The budget's source as the task pane shows it: the `pagu` table, or a SIPD-RI export sheet. */
export interface SumberAnggaran {
  jenis: "tabel" | "sipd" | "tidak-ada";
  /** The export's sheet and data rows; the SKPD it covers (for the SKPD choice). */
  lembar?: string;
  baris?: number;
  skpd?: { kode: string; nama: string }[];
  /** Laporan Realisasi Per Dokumen sheets found. */
  realisasi?: { lembar: string; baris: number }[];
}

/** The analysis options of a snapshot: the SIPD-RI source when the workbook has no `pagu` table. */
function opsiAnalisis(snapshot: WorkbookSnapshot, pilihan: PilihanRun) {
  const ekspor = eksporDiLembar(snapshot.lembar);
  const sipd = sumberDariBuku(snapshot.tables, ekspor, pilihan);
  const rekap = sipd?.rekap;
  const sumber: SumberAnggaran = rekap
    ? {
        jenis: "sipd",
        lembar: rekap.raw.sheet,
        baris: rekap.raw.rows.length,
        skpd: daftarSkpd(rekap),
        realisasi: ekspor.realisasi.map((t) => ({ lembar: t.raw.sheet, baris: t.raw.rows.length })),
      }
    : { jenis: snapshot.missing.includes("pagu") ? "tidak-ada" : "tabel" };
  const options = {
    tahun: pilihan.tahun,
    skala: pilihan.skala,
    tahunSekarang: pilihan.tahunSekarang ?? new Date().getFullYear(),
    sipd,
  };
  return {
    options,
    sumber,
    hilang: snapshot.missing.filter((n) => !OPSIONAL.has(n) && !(sipd && n === "pagu")),
  };
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

/** True when the run found error-level temuan (the ribbon then shows the Temuan sheet). */
export function adaError(analysis: Analysis): boolean {
  return analysis.laporan.temuan.some((t) => t.tingkat === "error");
}

/** Reads and analyses without writing: for the task pane's options (tahun) and checks. */
export async function periksa(
  context: Excel.RequestContext,
  pilihan: Omit<PilihanRun, "onTahap" | "build" | "styles" | "requestBudget"> = {},
): Promise<{ analysis: Analysis; tabelHilang: string[]; sumber: SumberAnggaran }> {
  const snapshot = await readWorkbook(context, TABEL_DIBACA);
  const { options, sumber, hilang } = opsiAnalisis(snapshot, pilihan);
  return { analysis: analyze(snapshot.tables, options), tabelHilang: hilang, sumber };
}

export async function hitungCapaian(
  context: Excel.RequestContext,
  pilihan: PilihanRun = {},
): Promise<HasilRun> {
  pilihan.onTahap?.("membaca");
  const snapshot = await readWorkbook(context, TABEL_DIBACA);
  const { options, sumber, hilang: tabelHilang } = opsiAnalisis(snapshot, pilihan);

  pilihan.onTahap?.("menghitung");
  const t0 = now();
  const analysis = analyze(snapshot.tables, options);
  if (analysis.fatal) {
    pilihan.onTahap?.("selesai");
    return { analysis, tabelHilang, sumber, tulis: null, syncs: snapshot.syncs, engineMs: now() - t0 };
  }
  const specs = (pilihan.build ?? buildSheets)(analysis);
  const engineMs = now() - t0;

  pilihan.onTahap?.("menulis");
  const tulis = await writeSheets(context, specs, snapshot, {
    styles: pilihan.styles ?? STYLES,
    requestBudget: pilihan.requestBudget,
    activate: adaError(analysis) ? NAMA_LEMBAR.temuan : NAMA_LEMBAR.realisasiKeuangan,
  });
  pilihan.onTahap?.("selesai");
  return { analysis, tabelHilang, sumber, tulis, syncs: snapshot.syncs + tulis.syncs, engineMs };
}
