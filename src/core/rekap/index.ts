/** Rekap Pemda: many OPD runs into one recap (pure; src/xlsx/rekap reads the workbooks). */
export { ringkasOpd, nameFromFile, type OpdSummary, type ProgramOpd, type IndikatorOpd } from "./opd-summary";
export {
  buildRekap,
  urutkanPeringkat,
  type Rekap,
  type FailedFile,
  type RekapOptions,
  type Peringkat,
} from "./rekap";
export { laporanRekap, type LaporanRekap } from "./laporan-rekap";
export { ringkasSkpdSipd } from "./sipd";
export { REKAP_MESSAGES } from "./messages";
