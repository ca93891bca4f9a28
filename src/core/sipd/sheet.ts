/**
 * A plain worksheet as the hosts read it (a used range's values), and the recognition of a
 * SIPD-RI export in it by its header row: columns are found by name — case- and
 * space-insensitively, with the variants SIPD uses — never by position, and the header may sit
 * below a title row. A download arrives as a plain sheet, not a named table.
 */
import { splitSheet } from "../a1";
import { normalHeader } from "../kontrak";
import { cellAddress, cellReference, type CellValue, type RawTable } from "../table";

/** A worksheet's used range: `values[0][0]` is the cell at (`firstRow`, `firstColumn`). */
export interface RawSheet {
  sheet: string;
  /** 1-based worksheet row and column of `values[0][0]`. */
  firstRow: number;
  firstColumn: number;
  values: CellValue[][];
  /**
   * The file the sheet came from when it is not in the workbook being reported on (a separate
   * download given to the command): addresses then name it, and no formula may refer to it.
   */
  berkas?: string;
}

export interface SipdColumn {
  /** Canonical name, as temuan report it. */
  nama: string;
  /** Other spellings of the same column in other exports. */
  varian?: string[];
  wajib: boolean;
}

export interface FormatSipd {
  jenis: "rekap" | "realisasi";
  /** How the user knows the report (for messages). */
  judul: string;
  kolom: SipdColumn[];
}

/** A recognised export: its rows as a RawTable whose columns are the canonical ones. */
export interface SipdTable {
  format: FormatSipd;
  raw: RawTable;
  /** Canonical name → index in `raw.headers` (only the columns present). */
  kolom: Map<string, number>;
  /** False when the sheet is in another file: no formula can point at it. */
  dapatDirujuk: boolean;
  berkas: string | null;
}

/** Rows scanned for the header: a title and a blank row or two may come first. */
const BARIS_JUDUL_MAKS = 10;

/** Also ignores punctuation SIPD varies ("KODE SUB-KEGIATAN", "Kode Sub Kegiatan"). */
const kunci = (h: string): string => normalHeader(h).replace(/[-_.]/g, "");

function petakan(header: CellValue[], format: FormatSipd): Map<string, number> | null {
  const posisi = new Map<string, number>();
  header.forEach((h, i) => {
    if (typeof h === "string" && h.trim() !== "" && !posisi.has(kunci(h))) posisi.set(kunci(h), i);
  });
  const kolom = new Map<string, number>();
  for (const k of format.kolom) {
    const i = [k.nama, ...(k.varian ?? [])].map((n) => posisi.get(kunci(n))).find((x) => x !== undefined);
    if (i !== undefined) kolom.set(k.nama, i);
    else if (k.wajib) return null;
  }
  return kolom;
}

/** The sheet label used in addresses: `[rekap.xlsx]Sheet 1` for a sheet of another file. */
export function sheetLabel(lembar: Pick<RawSheet, "sheet" | "berkas">): string {
  return lembar.berkas ? `[${lembar.berkas}]${lembar.sheet}` : lembar.sheet;
}

/**
 * Finds a SIPD export of one of `formats` in the sheet: the first row (of the first ten) that
 * holds every required column of a format is its header; the data runs to the sheet's last row.
 */
export function recogniseSheet(lembar: RawSheet, formats: readonly FormatSipd[]): SipdTable | null {
  const batas = Math.min(BARIS_JUDUL_MAKS, lembar.values.length);
  for (let r = 0; r < batas; r++) {
    for (const format of formats) {
      const kolom = petakan(lembar.values[r], format);
      if (!kolom) continue;
      const lebar = lembar.values[r].length;
      const raw: RawTable = {
        name: lembar.sheet,
        sheet: sheetLabel(lembar),
        headerRow: lembar.firstRow + r,
        firstColumn: lembar.firstColumn,
        headers: lembar.values[r].map((h) => (h === null ? "" : String(h))),
        rows: lembar.values.slice(r + 1).map((row) => (row.length === lebar ? row : padded(row, lebar))),
      };
      return { format, raw, kolom, dapatDirujuk: !lembar.berkas, berkas: lembar.berkas ?? null };
    }
  }
  return null;
}

function padded(row: CellValue[], lebar: number): CellValue[] {
  return Array.from({ length: lebar }, (_, i) => (i < row.length ? (row[i] ?? null) : null));
}

/** True when the header row of the first rows names the columns of a format (for a cheap probe). */
export function cocokHeader(baris: CellValue[][], formats: readonly FormatSipd[]): FormatSipd | null {
  for (const row of baris.slice(0, BARIS_JUDUL_MAKS)) for (const f of formats) if (petakan(row, f)) return f;
  return null;
}

/** The trimmed text of a cell of a canonical column ("" when blank or absent). */
export function cellText(t: SipdTable, baris: number, kolom: string): string {
  const i = t.kolom.get(kolom);
  if (i === undefined) return "";
  const v = t.raw.rows[baris][i];
  return v === null || v === undefined ? "" : String(v).trim();
}

export function cellNumber(t: SipdTable, baris: number, kolom: string): CellValue {
  const i = t.kolom.get(kolom);
  return i === undefined ? null : (t.raw.rows[baris][i] ?? null);
}

/** The cell as users read it: `Sheet 1!U7`, or `[rekap.xlsx]Sheet 1!U7` in another file. */
export function cellAddressOf(t: SipdTable, baris: number, kolom: string): string {
  return cellAddress(t.raw, baris, t.kolom.get(kolom) ?? 0);
}

/**
 * A formula term summing a column over data rows: `SUM('Sheet 1'!U7:U9,'Sheet 1'!U12)`;
 * null when the rows are too scattered for a readable formula.
 */
export function rujukanJumlah(t: SipdTable, baris: readonly number[], kolom: string): string | null {
  const c = t.kolom.get(kolom);
  if (c === undefined || baris.length === 0) return null;
  const urut = [...baris].sort((a, b) => a - b);
  const bagian: string[] = [];
  for (let i = 0; i < urut.length;) {
    let j = i;
    while (j + 1 < urut.length && urut[j + 1] === urut[j] + 1) j++;
    const a = cellReference(t.raw, urut[i], c);
    bagian.push(i === j ? a : `${a}:${splitSheet(cellAddress(t.raw, urut[j], c)).local}`);
    i = j + 1;
  }
  return bagian.length > MAKS_BAGIAN_RUMUS ? null : `SUM(${bagian.join(",")})`;
}

/** Beyond this many ranges a leaf's formula gets long: its value is written instead. */
const MAKS_BAGIAN_RUMUS = 40;
