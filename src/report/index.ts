/** The report builders: an Analysis in, the output sheets out, as data. */
import type { Analysis } from "../core/analyze";
import { withinCellLimit } from "./text-limit";
import { buildCapaianKinerja } from "./capaian-kinerja";
import { buildRealisasiKeuangan } from "./realisasi-keuangan";
import type { SheetSpec } from "./sheet-spec";
import { buildTemuan } from "./temuan-sheet";
import { buildAnalisisEfisiensi } from "./analisis-efisiensi";
import { buildNarasi } from "./narasi-sheet";
import { buildPerbandinganAcuan } from "./perbandingan-acuan";
import { buildPerbandinganTahunan } from "./perbandingan-tahunan";
import { buildAnalisisKeberhasilan } from "./analisis-keberhasilan";
import { buildProgramPendukung } from "./program-pendukung";
import { buildAnggaranSasaran } from "./anggaran-sasaran";

export { SHEET_NAMES } from "./names";
export { STYLES } from "./styles";

/** All output sheets of a run, in the order they are written. Nothing when the run is fatal. */
export function buildSheets(analysis: Analysis): SheetSpec[] {
  if (analysis.fatal) return [];
  const sheets: (SheetSpec | null)[] = [
    buildRealisasiKeuangan(analysis),
    buildCapaianKinerja(analysis),
    buildPerbandinganTahunan(analysis),
    buildPerbandinganAcuan(analysis, "renstra"),
    buildPerbandinganAcuan(analysis, "standarNasional"),
    buildAnalisisKeberhasilan(analysis),
    buildAnalisisEfisiensi(analysis),
    buildProgramPendukung(analysis),
    buildAnggaranSasaran(analysis),
    buildNarasi(analysis),
    buildTemuan(analysis),
  ];
  return withinCellLimit(sheets.filter((s): s is SheetSpec => s !== null));
}
