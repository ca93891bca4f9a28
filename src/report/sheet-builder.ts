/** A small builder for SheetSpec rows, so each sheet module reads like its layout. */
import type { CellSpec, RowRole, SheetKey, SheetSpec, StyleName, TableSpec } from "./sheet-spec";
import { STYLES } from "./styles";
import { CELL_TEXT_LIMIT, markWithinCellLimit } from "./text-limit";
import { parseRange } from "../core/a1";
import { flatText } from "../core/flat-text";
import { columnLetters } from "../core/table";
// The same font metrics as the Word tables (a pure table of advance widths).
import { MAX_CHAR_UNITS, textUnits, twipsFromUnits } from "./text-width";
import { SHEET_NAMES } from "./names";
import { REKAP_SHEET_NAMES } from "./rekap/names";

const ROW_HEIGHT = 15;

/**
 * Lines a wrapped text takes in a column, as Excel wraps it: word by word, in Calibri 11 (about
 * nine tenths of Arial's advance widths, the metrics of the Word tables), in a column of `lebar`
 * character units (7 px each plus 5 px of padding). Counting characters instead made one-line
 * cells two lines high and cut three-line headers to two.
 */
export function textLines(teks: string, lebar: number, indent = 0, tebal = false): number {
  const ruang = lebar * 7 + 5 - 6 - indent * 10;
  // Most cells fit on one line: measured whole, they need no word-by-word wrapping (the whole
  // text is at least as wide as its words and single spaces). A short text fits even if every
  // letter were the widest, so it is not measured at all.
  if (!teks.includes("\n") && (pendek(teks.length, tebal, ruang) || px(teks, 0, teks.length, tebal) <= ruang))
    return 1;
  const spasi = px(" ", 0, 1, tebal);
  let garis = 0;
  // Paragraph by paragraph ("\n"), word by word (runs of what /\s/ does not match), in place.
  for (let awal = 0; awal <= teks.length;) {
    const n = teks.indexOf("\n", awal);
    const akhir = n < 0 ? teks.length : n;
    garis += 1;
    let isi = 0;
    for (let i = awal; i < akhir;) {
      while (i < akhir && isSpace(teks.charCodeAt(i))) i++;
      if (i >= akhir) break;
      let j = i;
      while (j < akhir && !isSpace(teks.charCodeAt(j))) j++;
      const w = px(teks, i, j, tebal);
      if (isi > 0 && isi + spasi + w > ruang) {
        garis += 1;
        isi = w;
      } else isi += (isi > 0 ? spasi : 0) + w;
      // A word longer than the column breaks across lines.
      while (isi > ruang && ruang > 0) {
        garis += 1;
        isi -= ruang;
      }
      i = j;
    }
    awal = akhir + 1;
  }
  return Math.max(1, garis);
}

/** `panjang` characters fit in `ruang` pixels whatever they are (px only grows with the units). */
const pendek = (panjang: number, tebal: boolean, ruang: number) =>
  (twipsFromUnits(panjang * MAX_CHAR_UNITS, 11, tebal) / 15) * 0.9 <= ruang;

/** Pixels of the characters of `teks` from `a` up to `b`: twips at 11 pt ÷ 15, Calibri ≈ 0.9 × Arial. */
const px = (teks: string, a: number, b: number, tebal: boolean) =>
  (twipsFromUnits(textUnits(teks, a, b), 11, tebal) / 15) * 0.9;

/** The characters JavaScript's /\s/ matches (white space and line terminators), by char code. */
export function isSpace(k: number): boolean {
  if (k <= 32) return k === 32 || (k >= 9 && k <= 13);
  if (k < 0xa0) return false;
  return (
    k === 0xa0 ||
    k === 0x1680 ||
    (k >= 0x2000 && k <= 0x200a) ||
    k === 0x2028 ||
    k === 0x2029 ||
    k === 0x202f ||
    k === 0x205f ||
    k === 0x3000 ||
    k === 0xfeff
  );
}

export type SheetCell = CellSpec | null;

/**
 * The blank cells ("" or null) of each style, made once and shared (frozen: no writer may
 * change one), by value and style: the style names are constants, so no key text is built
 * and hashed for each of the hundreds of thousands of blank cells (issue 14).
 */
const blankCells = {
  kosong: new Map<StyleName | undefined, CellSpec>(),
  teks: new Map<StyleName | undefined, CellSpec>(),
};

function blankCell(value: "" | null, style: StyleName | undefined): CellSpec {
  const perGaya = value === null ? blankCells.kosong : blankCells.teks;
  let cell = perGaya.get(style);
  if (!cell) {
    cell = Object.freeze({ value, style });
    perGaya.set(style, cell);
  }
  return cell;
}

/**
 * A value cell. Blank ones are shared: the large sheets hold hundreds of thousands of them, and
 * each object of a spec is one more for the garbage collector to copy (issue 14).
 */
export const valueCell = (value: CellSpec["value"], style?: StyleName): CellSpec =>
  value === "" || value === null ? blankCell(value, style) : { value, style };

/**
 * A formula cell. Its formula is copied into one flat string: V8 keeps a text built from pieces
 * (`=IF(${a}=0,…`) as a tree of them, several objects per formula that the garbage collector
 * copies while the specs live, where the flat copy is one (measured: 1,000,000 formula cells
 * built 3× faster).
 */
export const rumus = (formula: string, cached: CellSpec["value"], style?: StyleName): CellSpec => ({
  value: cached,
  formula: flatText(formula),
  style,
});

/**
 * What a builder gives besides rows, roles and merges: `printColumns`, only columns A.. of it
 * print; `name`, a sheet without a name of its own (Word's scale table).
 */
export type SheetOptions = Partial<
  Omit<SheetSpec, "key" | "rows" | "roles" | "tables" | "merges" | "rowHeights" | "printArea">
> & { printColumns?: number };

const SHEET_TITLES: Partial<Record<SheetKey, string>> = { ...SHEET_NAMES, ...REKAP_SHEET_NAMES };
const IN_TABLE = new Set<RowRole>(["header", "body", "total"]);

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
    // The row at its final length at once (no copy grown cell by cell).
    const row = new Array<SheetCell>(this.lebar);
    for (let c = 0; c < this.lebar; c++) row[c] = c < cells.length ? cells[c] : null;
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
    const ukur = { teksPanjang: false };
    const spec: SheetSpec = {
      key,
      name: SHEET_TITLES[key] ?? key,
      rows: this.rows,
      roles: this.roles,
      tables: tableFrom(this.roles, this.kolomHeader, Math.max(columns.length, this.lebar)),
      columns,
      merges: this.merges,
      rowHeights: this.tinggi(columns, ukur),
      freeze: { rows: 0, columns: 0 },
      printArea: printColumns ? `$A$1:$${columnLetters(printColumns)}$${this.rows.length}` : null,
      ...extra,
    };
    // The row heights saw every text: a sheet without one over Excel's limit needs no second pass.
    if (!ukur.teksPanjang) markWithinCellLimit(spec);
    return spec;
  }

  /**
   * Heights for rows whose wrapped text needs several lines. Hosts do not autofit rows on
   * every platform (nor merged cells at all), so the sheet says how tall each row is.
   */
  private tinggi(columns: number[], ukur: { teksPanjang: boolean }): (number | null)[] {
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
    // The most lines any uncovered cell of the row needs (a covered cell is not measured).
    const garis = new Array<number>(this.rows.length);
    for (let r = 0; r < this.rows.length; r++)
      garis[r] = rowLines(this.rows[r], tertutup, r + 1, columns, ukur);
    // A vertical merge whose text needs more lines than its rows give grows its last row.
    for (const g of gabung) {
      if (g.lebar || g.r2 === g.r1) continue;
      const c = g.c - 1;
      const perlu = cellLines(this.rows[g.r1 - 1][c], columns[c]);
      const ada = garis.slice(g.r1 - 1, g.r2).reduce((a, b) => a + b, 0);
      if (perlu > ada) garis[g.r2 - 1] += perlu - ada;
    }
    return garis.map((n) => (n > 1 ? n * ROW_HEIGHT : null));
  }
}

/** Lines a cell takes in its column of `lebar` units: more than 1 only for a wrapped text. */
function cellLines(cell: SheetCell | undefined, lebar: number | undefined): number {
  // A blank text is one line at any width (textLines of "" is 1).
  if (!cell || typeof cell.value !== "string" || cell.value === "" || !cell.style) return 1;
  const gaya = STYLES[cell.style];
  if (!gaya.wrap) return 1;
  return textLines(cell.value, lebar ?? 10, gaya.indent ?? 0, gaya.bold === true);
}

/**
 * The most lines an uncovered cell of the row (1-based `baris`) needs. Only non-blank texts
 * can need more than one, so the other cells (most of a large sheet's millions) are passed at
 * the first test, before the merge flags are read (issue 14). Notes in `ukur` a text of any
 * cell, covered or not, over Excel's cell limit.
 */
function rowLines(
  row: SheetCell[],
  tertutup: Uint8Array[],
  baris: number,
  columns: number[],
  ukur: { teksPanjang: boolean },
): number {
  let maks = 1;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || typeof cell.value !== "string" || cell.value === "") continue;
    if (cell.value.length > CELL_TEXT_LIMIT) ukur.teksPanjang = true;
    if (tertutup[c]?.[baris]) continue;
    const n = cellLines(cell, columns[c]);
    if (n > maks) maks = n;
  }
  return maks;
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
    if (!IN_TABLE.has(roles[r])) {
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
