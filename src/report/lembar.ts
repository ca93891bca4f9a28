/** A small builder for SheetSpec rows, so each sheet module reads like its layout. */
import type { CellSpec, SheetSpec, StyleName } from "./sheet-spec";
import { STYLES } from "./styles";
import { parseRange } from "../core/a1";
// The same font metrics as the Word tables (a pure table of advance widths).
import { lebarTeks } from "../docx/lebar";

const TINGGI_BARIS = 15;

/**
 * Lines a wrapped text takes in a column, as Excel wraps it: word by word, in Calibri 11 (about
 * nine tenths of Arial's advance widths, the metrics of the Word tables), in a column of `lebar`
 * character units (7 px each plus 5 px of padding). Counting characters instead made one-line
 * cells two lines high and cut three-line headers to two.
 */
export function garisTeks(teks: string, lebar: number, indent = 0, tebal = false): number {
  const ruang = lebar * 7 + 5 - 6 - indent * 10;
  // lebarTeks gives twips at a size in points: 11 pt, twips → px (÷ 15), Calibri ≈ 0.9 × Arial.
  const px = (s: string) => (lebarTeks(s, 11, tebal) / 15) * 0.9;
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

export type Sel = CellSpec | null;

export const nilai = (value: CellSpec["value"], style?: StyleName): CellSpec => ({ value, style });
export const rumus = (formula: string, cached: CellSpec["value"], style?: StyleName): CellSpec => ({
  value: cached,
  formula,
  style,
});

export class Lembar {
  readonly rows: Sel[][] = [];
  readonly merges: string[] = [];

  constructor(private readonly lebar: number) {}

  /** Appends a row (padded to the sheet's width); returns its 1-based row number. */
  tambah(cells: Sel[]): number {
    const row = cells.slice(0, this.lebar);
    while (row.length < this.lebar) row.push(null);
    this.rows.push(row);
    return this.rows.length;
  }

  /** The next row's number. */
  get berikut(): number {
    return this.rows.length + 1;
  }

  gabung(alamat: string): void {
    this.merges.push(alamat);
  }

  selesai(name: string, columns: number[], extra: Partial<SheetSpec> = {}): SheetSpec {
    return {
      name,
      rows: this.rows,
      columns,
      merges: this.merges,
      rowHeights: this.tinggi(columns),
      freeze: { rows: 0, columns: 0 },
      ...extra,
    };
  }

  /**
   * Heights for rows whose wrapped text needs several lines. Hosts do not autofit rows on
   * every platform (nor merged cells at all), so the sheet says how tall each row is.
   */
  private tinggi(columns: number[]): (number | null)[] {
    const baris = (cell: Sel, c: number): number => {
      if (!cell || typeof cell.value !== "string" || !cell.style || !STYLES[cell.style].wrap) return 1;
      const gaya = STYLES[cell.style];
      return garisTeks(cell.value, columns[c] ?? 10, gaya.indent ?? 0, gaya.bold === true);
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
