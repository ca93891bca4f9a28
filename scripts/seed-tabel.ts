/**
 * The seed LKjIP (Dinas Sosial Kabupaten Mamuju 2024) as the three named tables of the workbook
 * contract. Used by the example generator and by the tests, so both see the same rows.
 */
import seed from "../examples/seed-tables.json";
import type { CellValue, RawTable } from "../src/core/tabel";

export interface TabelContoh {
  name: string;
  sheet: string;
  /** 1-based row of the header; rows above it hold the sheet's title. */
  headerRow: number;
  headers: string[];
  rows: CellValue[][];
}

interface SeedPagu {
  kode: string;
  uraian: string;
  pagu: number;
  kode_iku?: string;
  pagu_pk?: number;
}

export const TAHUN_ANGGARAN = 2024;

export function seedTabel(): TabelContoh[] {
  const targets: TabelContoh = {
    name: "targets",
    sheet: "Perjanjian Kinerja",
    headerRow: 4,
    headers: [
      "Kode",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Polaritas",
      "Tahun",
      "Target Renstra",
      "Standar Nasional",
    ],
    rows: seed.targets.map((t) => [
      t.kode,
      t.sasaran,
      t.indikator,
      t.satuan,
      t.target,
      t.polaritas,
      t.tahun,
      "target_renstra" in t ? (t.target_renstra as number) : null,
      // §3.1.5 prints "-" for every indikator: no national standard applies to them.
      t.tahun === TAHUN_ANGGARAN ? "-" : null,
    ]),
  };
  const pagu: TabelContoh = {
    name: "pagu",
    sheet: "DPA",
    headerRow: 4,
    headers: [
      "Kode Rekening",
      "Program/Kegiatan/Sub Kegiatan",
      "Pagu Anggaran",
      "Pagu PK",
      "Kode IKU",
      "Tahun",
    ],
    rows: (seed.pagu as SeedPagu[]).map((p) => [
      p.kode,
      p.uraian,
      p.pagu,
      p.pagu_pk ?? null,
      p.kode_iku ?? null,
      TAHUN_ANGGARAN,
    ]),
  };
  const realisasi: TabelContoh = {
    name: "realisasi",
    sheet: "Realisasi",
    headerRow: 4,
    headers: ["Kode", "Tahun", "Realisasi", "Capaian", "%", "Predikat"],
    rows: [
      ...seed.realisasi_kinerja.map((r) => [
        r.kode,
        r.tahun,
        r.realisasi,
        r.capaian_tercatat,
        null,
        "predikat_tercatat" in r ? (r.predikat_tercatat as string) : null,
      ]),
      // Percentages stay text as printed ("99.70", "99,91"): the parser must read both.
      ...seed.realisasi_anggaran.map((r) => [
        r.kode,
        r.tahun,
        r.realisasi,
        null,
        "persen_tercatat" in r ? (r.persen_tercatat as string) : null,
        null,
      ]),
    ],
  };
  return [targets, pagu, realisasi];
}

/** The same tables as the hosts would hand them to the engine (tables start in column A). */
export function seedRawTables(): RawTable[] {
  return seedTabel().map((t) => ({
    name: t.name,
    sheet: t.sheet,
    headerRow: t.headerRow,
    firstColumn: 1,
    headers: t.headers,
    rows: t.rows,
  }));
}
