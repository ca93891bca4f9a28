/**
 * The workbook contract (DOMAIN.md, "The workbook contract"): which tables and columns the
 * add-in reads, and the header synonyms it accepts.
 */
import type { RawTable } from "./table";

export interface ColumnDef {
  /** Canonical column name, as temuan report it. */
  nama: string;
  sinonim: string[];
  wajib: boolean;
}

export interface TableDef {
  nama: "targets" | "pagu" | "realisasi" | "skala_predikat" | "analisis" | "program_iku";
  wajib: boolean;
  kolom: ColumnDef[];
}

const k = (nama: string, wajib: boolean, ...sinonim: string[]): ColumnDef => ({ nama, sinonim, wajib });

export const KONTRAK: Record<TableDef["nama"], TableDef> = {
  targets: {
    nama: "targets",
    wajib: true,
    kolom: [
      k("Kode", true, "Kode IKU", "No"),
      k("Sasaran", false, "Sasaran Strategis"),
      k("Indikator", true, "Indikator Kinerja", "IKU"),
      k("Satuan", false),
      k("Target", true),
      k("Polaritas", false),
      k("Tahun", false),
      k("Target Renstra", false, "Target Akhir Renstra"),
      k("Standar Nasional", false),
      k("Rumus", false, "Rumus Capaian", "Formula"),
    ],
  },
  pagu: {
    nama: "pagu",
    wajib: true,
    kolom: [
      k("Kode", true, "Kode Rekening"),
      k("Uraian", true, "Program/Kegiatan/Sub Kegiatan", "Nama"),
      k("Pagu", true, "Pagu Anggaran", "Anggaran"),
      k("Kode IKU", false, "IKU"),
      k("Pagu PK", false, "Pagu Awal"),
      k("Tahun", false),
    ],
  },
  realisasi: {
    nama: "realisasi",
    wajib: true,
    kolom: [
      k("Kode", true),
      k("Realisasi", true, "Realisasi Anggaran"),
      k("Tahun", false),
      k("Capaian", false),
      k("Persen", false, "%"),
      k("Predikat", false, "Kategori", "Ket"),
      k("TW1", false, "TW I", "Triwulan I", "Triwulan 1"),
      k("TW2", false, "TW II", "Triwulan II", "Triwulan 2"),
      k("TW3", false, "TW III", "Triwulan III", "Triwulan 3"),
      k("TW4", false, "TW IV", "Triwulan IV", "Triwulan 4"),
    ],
  },
  skala_predikat: {
    nama: "skala_predikat",
    wajib: false,
    kolom: [
      k("Predikat", true, "Kategori"),
      k("Rentang", false, "Rentang Capaian", "Interval"),
      k("Batas Bawah", false),
      k("Batas Atas", false),
      k("Termasuk Bawah", false),
      k("Termasuk Atas", false),
      k("Warna", false),
    ],
  },
  /** The staff's own analysis of each indikator (seed §3.1.6), optional. */
  analisis: {
    nama: "analisis",
    wajib: false,
    kolom: [
      k("Kode", true, "Kode IKU"),
      k("Faktor Pendukung", false, "Pendukung", "Analisis Keberhasilan", "Keberhasilan"),
      k("Faktor Penghambat", false, "Penghambat", "Analisis Kegagalan", "Kegagalan"),
      k("Solusi", false, "Solusi/Alternatif", "Alternatif Solusi", "Solusi / Alternatif"),
      k("Tahun", false),
    ],
  },
  /** Links the programs and kegiatan of a SIPD-RI budget export (which has no Kode IKU) to IKU. */
  program_iku: {
    nama: "program_iku",
    wajib: false,
    kolom: [k("Kode", true, "Kode Program", "Kode Kegiatan"), k("Kode IKU", true, "IKU")],
  },
};

/** The tables a host reads, in the contract's order; which are required is `KONTRAK[nama].wajib`. */
export const TABLE_NAMES = Object.keys(KONTRAK) as readonly TableDef["nama"][];

/** Header text normalised for matching: case- and whitespace-insensitive. */
export function normalHeader(h: string): string {
  return h.toLowerCase().replace(/\s+/g, "");
}

/** Finds a table by name, case-insensitively. */
export function findContractTable(tables: RawTable[], nama: string): RawTable | undefined {
  return tables.find((t) => t.name.toLowerCase() === nama.toLowerCase());
}

export interface FoundColumns {
  /** Canonical name → index in the table's headers. */
  indeks: Map<string, number>;
  /** Required columns that were not found. */
  hilang: ColumnDef[];
}

/**
 * Maps canonical columns to header positions. A column's own name wins over a synonym, so a
 * table with both `Kode` and `No` uses `Kode`; a header is used for one column only.
 */
export function mapColumns(table: RawTable, def: TableDef): FoundColumns {
  const headers = table.headers.map((h) => normalHeader(String(h ?? "")));
  const dipakai = new Set<number>();
  const indeks = new Map<string, number>();
  // First pass: own names; second pass: synonyms.
  for (const pass of [0, 1]) {
    for (const kolom of def.kolom) {
      if (indeks.has(kolom.nama)) continue;
      const calon = pass === 0 ? [kolom.nama] : kolom.sinonim;
      for (const nama of calon) {
        const i = headers.findIndex((h, j) => h === normalHeader(nama) && !dipakai.has(j));
        if (i >= 0) {
          indeks.set(kolom.nama, i);
          dipakai.add(i);
          break;
        }
      }
    }
  }
  return { indeks, hilang: def.kolom.filter((c) => c.wajib && !indeks.has(c.nama)) };
}
