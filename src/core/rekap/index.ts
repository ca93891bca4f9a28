/** Rekap Pemda: many OPD runs into one recap (pure; src/xlsx/rekap reads the workbooks). */
export {
  ringkasOpd,
  namaDariBerkas,
  type RingkasanOpd,
  type ProgramOpd,
  type IndikatorOpd,
} from "./ringkasan-opd";
export {
  susunRekap,
  urutkanPeringkat,
  type Rekap,
  type BerkasGagal,
  type OpsiRekap,
  type Peringkat,
} from "./rekap";
export { laporanRekap, type LaporanRekap } from "./laporan-rekap";
export { ringkasSkpdSipd } from "./sipd";
export { REKAP_MESSAGES } from "./messages";
