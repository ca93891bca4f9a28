/**
 * Builds RawTables from literal rows, laid out the way the seed example is: header on row 4,
 * first column A, so data row n (1-based) sits on worksheet row 4 + n.
 */
import type { CellValue, RawTable } from "../../src/core/table";

export interface OpsiTabel {
  sheet?: string;
  headerRow?: number;
  firstColumn?: number;
}

export function tabel(
  name: string,
  headers: string[],
  rows: CellValue[][],
  { sheet = name, headerRow = 4, firstColumn = 1 }: OpsiTabel = {},
): RawTable {
  return {
    name,
    sheet,
    headerRow,
    firstColumn,
    headers,
    rows: rows.map((r) => headers.map((_, i) => (i < r.length ? r[i] : null))),
  };
}

/** A | B | C | D | E | F | G of the `targets` table on sheet "PK". */
export const KOLOM_TARGETS = ["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Polaritas", "Tahun"];
/** A | B | C | D | E | F of the `pagu` table on sheet "DPA". */
export const KOLOM_PAGU = ["Kode", "Uraian", "Pagu", "Kode IKU", "Pagu PK", "Tahun"];
/** A | B | C | D | E | F of the `realisasi` table on sheet "Realisasi". */
export const KOLOM_REALISASI = ["Kode", "Realisasi", "Tahun", "Capaian", "Persen", "Predikat"];

export const targets = (rows: CellValue[][], headers = KOLOM_TARGETS, opsi: OpsiTabel = {}) =>
  tabel("targets", headers, rows, { sheet: "PK", ...opsi });
export const pagu = (rows: CellValue[][], headers = KOLOM_PAGU, opsi: OpsiTabel = {}) =>
  tabel("pagu", headers, rows, { sheet: "DPA", ...opsi });
export const realisasi = (rows: CellValue[][], headers = KOLOM_REALISASI, opsi: OpsiTabel = {}) =>
  tabel("realisasi", headers, rows, { sheet: "Realisasi", ...opsi });

/** Rows of a small, clean workbook: one indikator and one program → kegiatan → sub kegiatan. */
export interface BarisDasar {
  targets: CellValue[][];
  pagu: CellValue[][];
  realisasi: CellValue[][];
}

/**
 * A workbook with no temuan at all (tahun 2024):
 * - PK!A5.. IKU-01 target 80, realisasi 60 → capaian 75 (Kurang);
 * - DPA!A5 program 1.06.02 (row 5), kegiatan 1.06.02.2.01 (row 6), sub kegiatan .0001 (row 7),
 *   each with pagu 1000; Realisasi!A6 the sub kegiatan's realisasi 900.
 */
export function barisDasar(): BarisDasar {
  return {
    targets: [["IKU-01", "Sasaran satu", "Indikator satu", "%", 80, "positif", 2024]],
    pagu: [
      ["1.06.02", "Program Pemberdayaan Sosial", 1000, "IKU-01", null, 2024],
      ["1.06.02.2.01", "Kegiatan satu", 1000, null, null, 2024],
      ["1.06.02.2.01.0001", "Sub kegiatan satu", 1000, null, null, 2024],
    ],
    realisasi: [
      ["IKU-01", 60, 2024, null, null, null],
      ["1.06.02.2.01.0001", 900, 2024, null, null, null],
    ],
  };
}

/** The three tables of `barisDasar()` after `ubah` edits the rows. */
export function bukuKerja(ubah: (b: BarisDasar) => void = () => undefined): RawTable[] {
  const b = barisDasar();
  ubah(b);
  return [targets(b.targets), pagu(b.pagu), realisasi(b.realisasi)];
}
