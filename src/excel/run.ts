/**
 * One run of the add-in: read the tables → analyze → build the sheet descriptions → write.
 * Used by the task pane and the ribbon command alike. Takes the RequestContext as a parameter.
 */
import { analyze, type Analysis, type SkalaChoice } from "../core/analyze";
import { TABLE_NAMES } from "../core/kontrak";
import { runOutcome, type RunOutcome } from "../core/outcome";
import { buildSheets, SHEET_NAMES, STYLES } from "../report/index";
import type { SheetSpec } from "../report/sheet-spec";
import { readWorkbook, type WorkbookSnapshot } from "./read-tables";
import { listSkpd } from "../core/sipd/skpd";
import { exportOnSheet, sumberFromWorkbook, type SipdChoice } from "../core/sipd/sumber";
import { writeSheets, type WriteResult } from "./write-sheets";

export type Tahap = "membaca" | "menghitung" | "menulis" | "selesai";

export interface RunOptions extends SipdChoice {
  tahun?: number;
  skala?: SkalaChoice;
  /** The current year (the core reads no clock). */
  tahunSekarang?: number;
  onTahap?: (tahap: Tahap) => void;
}

export interface RunResult {
  analysis: Analysis;
  /** What the run means for the user: fatal, error-level temuan, missing tables (core/outcome.ts). */
  outcome: RunOutcome;
  sumber: SumberAnggaran;
  /** Null when nothing was written (a fatal temuan). */
  tulis: WriteResult | null;
  /** context.sync() calls of the whole run. */
  syncs: number;
  /** Milliseconds spent in analyze + buildSheets (no Excel). */
  engineMs: number;
}

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

/**
 * How a run turns its result into sheets: the report's builders in production (`hitungCapaian`);
 * the adapter's tests give their own specs and a smaller request budget to `jalankanRun`.
 */
export interface SheetsBuilder {
  build: (analysis: Analysis) => SheetSpec[];
  /** Planned bytes per request (default: chunking.ts's budget). */
  requestBudget?: number;
}

/** The analysis options of a snapshot: the SIPD-RI source when the workbook has no `pagu` table. */
function opsiAnalisis(snapshot: WorkbookSnapshot, pilihan: RunOptions) {
  const ekspor = exportOnSheet(snapshot.lembar);
  const sipd = sumberFromWorkbook(snapshot.tables, ekspor, pilihan);
  const rekap = sipd?.rekap;
  const sumber: SumberAnggaran = rekap
    ? {
        jenis: "sipd",
        lembar: rekap.raw.sheet,
        baris: rekap.raw.rows.length,
        skpd: listSkpd(rekap),
        realisasi: ekspor.realisasi.map((t) => ({ lembar: t.raw.sheet, baris: t.raw.rows.length })),
      }
    : { jenis: snapshot.missing.includes("pagu") ? "tidak-ada" : "tabel" };
  const options = {
    tahun: pilihan.tahun,
    skala: pilihan.skala,
    tahunSekarang: pilihan.tahunSekarang ?? new Date().getFullYear(),
    sipd,
  };
  return { options, sumber };
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

/** Reads and analyses without writing: for the task pane's options (tahun) and checks. */
export async function inspectWorkbook(
  context: Excel.RequestContext,
  pilihan: Omit<RunOptions, "onTahap"> = {},
): Promise<{ analysis: Analysis; outcome: RunOutcome; sumber: SumberAnggaran }> {
  const snapshot = await readWorkbook(context, TABLE_NAMES);
  const { options, sumber } = opsiAnalisis(snapshot, pilihan);
  const analysis = analyze(snapshot.tables, options);
  return { analysis, outcome: runOutcome(analysis), sumber };
}

/** The add-in's run: the report's sheets, written with the report's styles. */
export function runCapaian(context: Excel.RequestContext, pilihan: RunOptions = {}): Promise<RunResult> {
  return runCapaianWith(context, pilihan, { build: buildSheets });
}

/** The run's steps, with the sheets' builder given (hitungCapaian gives the report's). */
export async function runCapaianWith(
  context: Excel.RequestContext,
  pilihan: RunOptions,
  penyusun: SheetsBuilder,
): Promise<RunResult> {
  pilihan.onTahap?.("membaca");
  const snapshot = await readWorkbook(context, TABLE_NAMES);
  const { options, sumber } = opsiAnalisis(snapshot, pilihan);

  pilihan.onTahap?.("menghitung");
  const t0 = now();
  const analysis = analyze(snapshot.tables, options);
  const outcome = runOutcome(analysis);
  if (outcome.lembarAktif === null) {
    pilihan.onTahap?.("selesai");
    return { analysis, outcome, sumber, tulis: null, syncs: snapshot.syncs, engineMs: now() - t0 };
  }
  const specs = penyusun.build(analysis);
  const engineMs = now() - t0;

  pilihan.onTahap?.("menulis");
  const tulis = await writeSheets(context, specs, snapshot, {
    styles: STYLES,
    requestBudget: penyusun.requestBudget,
    activate: SHEET_NAMES[outcome.lembarAktif],
  });
  pilihan.onTahap?.("selesai");
  return { analysis, outcome, sumber, tulis, syncs: snapshot.syncs + tulis.syncs, engineMs };
}
