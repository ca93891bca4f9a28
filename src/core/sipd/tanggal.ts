/**
 * Dates as SIPD-RI penatausahaan writes them in its downloads: text such as `12 Januari 2025`,
 * `Senin, 12 Januari 2025`, `12 Jan 2025`, `12-01-2025`, `2025-01-12 10:15:00`, or an Excel date
 * (a serial day number, when someone opened and saved the file).
 */
import type { CellValue } from "../table";

export interface Tanggal {
  tahun: number;
  /** 1–12. */
  bulan: number;
  hari: number;
}

// prettier-ignore
const BULAN: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, pebruari: 2, feb: 2, peb: 2, maret: 3, mar: 3, april: 4, apr: 4,
  mei: 5, juni: 6, jun: 6, juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, agus: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nop: 11, nov: 11,
  nopember: 11, desember: 12, des: 12,
};

function sah(tahun: number, bulan: number, hari: number): Tanggal | null {
  if (tahun < 1900 || tahun > 2200 || bulan < 1 || bulan > 12 || hari < 1) return null;
  const hariDalamBulan = new Date(Date.UTC(tahun, bulan, 0)).getUTCDate();
  return hari <= hariDalamBulan ? { tahun, bulan, hari } : null;
}

/** Excel's 1900 date system: serial 1 is 1900-01-01 (with its phantom 29 February 1900). */
function dariSerial(serial: number): Tanggal | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 120000) return null;
  const d = new Date(Math.round((Math.floor(serial) - 25569) * 86400000));
  return sah(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Reads a date cell; null when it is blank or not a date. */
export function readDate(nilai: CellValue): Tanggal | null {
  if (typeof nilai === "number") return dariSerial(nilai);
  if (typeof nilai !== "string") return null;
  const s = nilai
    .trim()
    .toLowerCase()
    .replace(/^[a-z']+,\s*/, ""); // "Senin, " before the date
  let m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})\b/.exec(s);
  if (m) {
    const bulan = BULAN[m[2]];
    return bulan ? sah(Number(m[3]), bulan, Number(m[1])) : null;
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return sah(Number(m[1]), Number(m[2]), Number(m[3]));
  // Day first, as Indonesian dates are written: 12-01-2025, 12/01/2025.
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s);
  if (m) return sah(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

// prettier-ignore
export const MONTH_NAMES = [
  "Januari", "Februari", "Maret", "April", "Mei", "Juni",
  "Juli", "Agustus", "September", "Oktober", "November", "Desember",
] as const;
