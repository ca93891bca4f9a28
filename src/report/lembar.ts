/** A small builder for SheetSpec rows, so each sheet module reads like its layout. */
import type { CellSpec, SheetSpec, StyleName } from "./sheet-spec";

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
    return { name, rows: this.rows, columns, merges: this.merges, freeze: { rows: 0, columns: 0 }, ...extra };
  }
}
