/** A small builder for SheetSpec rows, so each sheet module reads like its layout. */
import type { CellSpec, RowRole, SheetKey, SheetSpec, StyleName, TableSpec } from "./sheet-spec";
import { STYLES } from "./styles";
import { parseRange } from "../core/a1";
import { columnLetters } from "../core/table";
// The same font metrics as the Word tables (a pure table of advance widths).
import { textWidth } from "./text-width";
import { SHEET_NAMES } from "./names";
import { REKAP_SHEET_NAMES } from "./rekap/names";

const TINGGI_BARIS = 15;

/**
 * Lines a wrapped text takes in a column, as Excel wraps it: word by word, in Calibri 11 (about
 * nine tenths of Arial's advance widths, the metrics of the Word tables), in a column of `lebar`
 * character units (7 px each plus 5 px of padding). Counting characters instead made one-line
 * cells two lines high and cut three-line headers to two.
 */
export function textLines(teks: string, lebar: number, indent = 0, tebal = false): number {
  const ruang = lebar * 7 + 5 - 6 - indent * 10;
  // lebarTeks gives twips at a size in points: 11 pt, twips → px (÷ 15), Calibri ≈ 0.9 × Arial.
  const px = (s: string) => (textWidth(s, 11, tebal) / 15) * 0.9;
  // Most cells fit on one line: measured whole, they need no word-by-word wrapping (the
  // whole text is at least as wide as its words and single spaces).
  if (!teks.includes("\n") && px(teks) <= ruang) return 1;
  const spasi = px(" ");
  let garis = 0;
  for (const paragraf of teks.split("\n")) {
    garis += 1;
    let isi = 0;
    for (const kata of paragraf.split(/\s+/).filter((k) => k !== "")) {
      const w = px(kata);
      if (isi > 0 && isi + spasi + w > ruang) {
        garis += 1;
        isi = w;
      } else isi += (isi > 0 ? spasi : 0) + w;
      // A word longer than the column breaks across lines.
      while (isi > ruang && ruang > 0) {
        garis += 1;
        isi -= ruang;
      }
    }
  }
  return Math.max(1, garis);
}

export type SheetCell = CellSpec | null;

export const valueCell = (value: CellSpec["value"], style?: StyleName): CellSpec => ({ value, style });
export const rumus = (formula: string, cached: CellSpec["value"], style?: StyleName): CellSpec => ({
  value: cached,
  formula,
  style,
});

/**
 * What a builder gives besides rows, roles and merges: `printColumns`, only columns A.. of it
 * print; `name`, a sheet without a name of its own (Word's scale table).
 */
export type SheetOptions = Partial<
  Omit<SheetSpec, "key" | "rows" | "roles" | "tables" | "merges" | "rowHeights" | "printArea">
> & { printColumns?: number };

const NAMA: Partial<Record<SheetKey, string>> = { ...SHEET_NAMES, ...REKAP_SHEET_NAMES };
const DI_TABEL = new Set<RowRole>(["header", "body", "total"]);

export class SheetBuilder {
  readonly rows: SheetCell[][] = [];
  readonly roles: RowRole[] = [];
  readonly merges: string[] = [];
  /** Columns a header row declares for its table, by 1-based row. */
  private readonly kolomHeader = new Map<number, number>();

  constructor(private readonly lebar: number) {}

  /**
   * Appends a row (padded to the sheet's width) in its role, by default `body`, or `blank`
   * for a row without cells; returns its 1-based row number.
   */
  tambah(cells: SheetCell[], role: RowRole = cells.length > 0 ? "body" : "blank"): number {
    const row = cells.slice(0, this.lebar);
    while (row.length < this.lebar) row.push(null);
    this.rows.push(row);
    this.roles.push(role);
    return this.rows.length;
  }

  /** The sheet's title (a table's caption in Word), merged over `gabung` when given. */
  judul(teks: string, gabung?: string): number {
    return this.teks(teks, "judul", "title", gabung);
  }

  /** A line under the title saying what the table holds. */
  subjudul(teks: string, gabung?: string): number {
    return this.teks(teks, "subjudul", "subtitle", gabung);
  }

  /** A table's header row; the table has `kolom` columns (default: the header's cells). */
  header(cells: SheetCell[], kolom = cells.length): number {
    const b = this.tambah(cells, "header");
    this.kolomHeader.set(b, kolom);
    return b;
  }

  /** Puts `cells` from column A of row `baris` (padding the sheet to it) and gives the row `role`. */
  tulis(baris: number, cells: SheetCell[], role: RowRole = "body"): void {
    while (this.rows.length < baris) this.tambah([]);
    cells.forEach((c, i) => (this.rows[baris - 1][i] = c));
    this.roles[baris - 1] = role;
  }

  /** The row `baris` for cells beside the tables (a chart's data, the scale block): its role stays. */
  baris(baris: number): SheetCell[] {
    while (this.rows.length < baris) this.tambah([]);
    return this.rows[baris - 1];
  }

  private teks(teks: string, style: StyleName, role: RowRole, gabung?: string): number {
    const b = this.tambah([valueCell(teks, style)], role);
    if (gabung) this.gabung(gabung);
    return b;
  }

  /** The next row's number. */
  get berikut(): number {
    return this.rows.length + 1;
  }

  gabung(alamat: string): void {
    this.merges.push(alamat);
  }

  selesai(key: SheetKey, columns: number[], opsi: SheetOptions = {}): SheetSpec {
    const { printColumns, ...extra } = opsi;
    return {
      key,
      name: NAMA[key] ?? key,
      rows: this.rows,
      roles: this.roles,
      tables: tableFrom(this.roles, this.kolomHeader, Math.max(columns.length, this.lebar)),
      columns,
      merges: this.merges,
      rowHeights: this.tinggi(columns),
      freeze: { rows: 0, columns: 0 },
      printArea: printColumns ? `$A$1:$${columnLetters(printColumns)}$${this.rows.length}` : null,
      ...extra,
    };
  }

  /**
   * Heights for rows whose wrapped text needs several lines. Hosts do not autofit rows on
   * every platform (nor merged cells at all), so the sheet says how tall each row is.
   */
  private tinggi(columns: number[]): (number | null)[] {
    const baris = (cell: SheetCell, c: number): number => {
      if (!cell || typeof cell.value !== "string" || !cell.style || !STYLES[cell.style].wrap) return 1;
      const gaya = STYLES[cell.style];
      return textLines(cell.value, columns[c] ?? 10, gaya.indent ?? 0, gaya.bold === true);
    };
    const gabung = this.merges.map((m) => {
      const r = parseRange(m);
      if (!r) throw new Error(`Alamat gabungan tidak valid: ${m}`);
      return { r1: r.top, r2: r.bottom, c: r.left, lebar: r.left !== r.right };
    });
    // Cells covered by a merge, per column, as flags: merged cells do not set a row's height.
    const lebarLembar = this.rows[0]?.length ?? 0;
    const tertutup = Array.from({ length: lebarLembar }, () => new Uint8Array(this.rows.length + 2));
    for (const g of gabung) {
      const c = g.c - 1;
      if (c >= 0 && c < lebarLembar) tertutup[c].fill(1, g.r1, g.r2 + 1);
    }
    const garis = this.rows.map((row, r) =>
      row.reduce((maks, cell, c) => {
        const n = baris(cell, c);
        return n > maks && !tertutup[c][r + 1] ? n : maks;
      }, 1),
    );
    // A vertical merge whose text needs more lines than its rows give grows its last row.
    for (const g of gabung) {
      if (g.lebar || g.r2 === g.r1) continue;
      const c = g.c - 1;
      const perlu = baris(this.rows[g.r1 - 1][c], c);
      const ada = garis.slice(g.r1 - 1, g.r2).reduce((a, b) => a + b, 0);
      if (perlu > ada) garis[g.r2 - 1] += perlu - ada;
    }
    return garis.map((n) => (n > 1 ? n * TINGGI_BARIS : null));
  }
}

/**
 * The report tables of a sheet from its rows' roles: each starts at its header rows (or at a
 * body row outside a table) and runs through the body and total rows after them; its columns
 * are what its header rows declare (the whole sheet for a table without a header).
 */
export function tableFrom(
  roles: readonly RowRole[],
  kolomHeader: ReadonlyMap<number, number>,
  lebar: number,
): TableSpec[] {
  const tables: TableSpec[] = [];
  let r = 0;
  while (r < roles.length) {
    if (!DI_TABEL.has(roles[r])) {
      r += 1;
      continue;
    }
    const first = r + 1;
    let kolom = 0;
    while (r < roles.length && roles[r] === "header") kolom = Math.max(kolom, kolomHeader.get(++r) ?? lebar);
    const headerRows = r + 1 - first;
    while (r < roles.length && (roles[r] === "body" || roles[r] === "total")) r += 1;
    tables.push({ first, last: r, headerRows, columns: kolom > 0 ? kolom : lebar });
  }
  return tables;
}
