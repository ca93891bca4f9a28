/**
 * One run of the add-in: read the tables → analyze → build the sheet descriptions → write.
 * Used by the task pane and the ribbon command alike. Takes the RequestContext as a parameter.
 */
import { analyze, TABEL_DIBACA, type Analysis, type PilihanSkala } from "../core/analyze";
import { buildSheets, NAMA_LEMBAR, STYLES } from "../report/index";
import type { SheetSpec, StyleName, StyleSpec } from "../report/sheet-spec";
import { readWorkbook } from "./read-tables";
import { writeSheets, type WriteResult } from "./write-sheets";

export type Tahap = "membaca" | "menghitung" | "menulis" | "selesai";

export interface PilihanRun {
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
  /** Null when nothing was written (a fatal temuan). */
  tulis: WriteResult | null;
  /** context.sync() calls of the whole run. */
  syncs: number;
  /** Milliseconds spent in analyze + buildSheets (no Excel). */
  engineMs: number;
}

const OPSIONAL = new Set(["skala_predikat", "analisis"]);

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
  pilihan: Pick<PilihanRun, "tahun" | "skala" | "tahunSekarang"> = {},
): Promise<{ analysis: Analysis; tabelHilang: string[] }> {
  const snapshot = await readWorkbook(context, TABEL_DIBACA);
  const analysis = analyze(snapshot.tables, {
    tahun: pilihan.tahun,
    skala: pilihan.skala,
    tahunSekarang: pilihan.tahunSekarang ?? new Date().getFullYear(),
  });
  return { analysis, tabelHilang: snapshot.missing.filter((n) => !OPSIONAL.has(n)) };
}

export async function hitungCapaian(
  context: Excel.RequestContext,
  pilihan: PilihanRun = {},
): Promise<HasilRun> {
  pilihan.onTahap?.("membaca");
  const snapshot = await readWorkbook(context, TABEL_DIBACA);
  const tabelHilang = snapshot.missing.filter((n) => !OPSIONAL.has(n));

  pilihan.onTahap?.("menghitung");
  const t0 = now();
  const analysis = analyze(snapshot.tables, {
    tahun: pilihan.tahun,
    skala: pilihan.skala,
    tahunSekarang: pilihan.tahunSekarang ?? new Date().getFullYear(),
  });
  if (analysis.fatal) {
    pilihan.onTahap?.("selesai");
    return { analysis, tabelHilang, tulis: null, syncs: snapshot.syncs, engineMs: now() - t0 };
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
  return { analysis, tabelHilang, tulis, syncs: snapshot.syncs + tulis.syncs, engineMs };
}
