/**
 * OPD workbooks for the recap's tests, browser tests and benchmark: the seed's tables with other
 * numbers (OPD k: budget × k, realisasi kinerja scaled), or synthetic tables of any size, each
 * written as an .xlsx with its named tables the way make-example.ts writes the example.
 */
import ExcelJS from "exceljs";
import type { CellValue, RawTable } from "../src/core/tabel";
import { seedRawTables } from "./seed-tabel";
import { tabelSintetis } from "./sintetis";

/** The named tables as an .xlsx (one sheet per table, the header where the table says). */
export async function tulisBuku(tables: RawTable[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Capaian";
  for (const t of tables) {
    const ws = wb.getWorksheet(t.sheet) ?? wb.addWorksheet(t.sheet);
    if (t.headerRow > 1) ws.getCell(1, t.firstColumn).value = `Tabel ${t.name}`;
    ws.addTable({
      name: t.name,
      ref: `${String.fromCharCode(64 + t.firstColumn)}${t.headerRow}`,
      headerRow: true,
      columns: t.headers.map((name) => ({ name })),
      rows: t.rows.map((r) => r.map((v) => (v === null ? null : v))),
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const angka = (v: CellValue): v is number => typeof v === "number";

/**
 * The seed's tables for OPD number `k` (1, 2, …): every pagu × k (parents stay the sums of their
 * children), budget realisasi × k × (1 − 0.03 (k − 1)) to the sen (so serapan differ and the
 * stated parents no longer add up for k > 1), indikator realisasi × (0.7 + 0.1 k); the stated
 * capaian, % and predikat are cleared (they were the seed's).
 */
export function tabelOpd(k: number): RawTable[] {
  return seedRawTables().map((t) => {
    const kol = (n: string) => t.headers.indexOf(n);
    const rows = t.rows.map((r) => [...r]);
    if (t.name === "pagu")
      for (const r of rows)
        for (const c of [kol("Pagu Anggaran"), kol("Pagu PK")]) if (angka(r[c])) r[c] = (r[c] as number) * k;
    if (t.name === "realisasi") {
      const kodeIndikator = new Set(seedRawTables()[0].rows.map((r) => r[0]));
      for (const r of rows) {
        const c = kol("Realisasi");
        if (!angka(r[c])) continue;
        const x = r[c] as number;
        r[c] =
          Math.round(x * (kodeIndikator.has(r[0]) ? 0.7 + 0.1 * k : k * (1 - 0.03 * (k - 1))) * 100) / 100;
        for (const x of ["Capaian", "%", "Predikat"]) r[kol(x)] = null;
      }
    }
    return { ...t, rows };
  });
}

export const bukuOpd = (k: number): Promise<Buffer> => tulisBuku(tabelOpd(k));

/** A synthetic OPD workbook of `baris` budget lines (scripts/sintetis.ts), varied by `k`. */
export function bukuSintetis(baris: number, k: number): Promise<Buffer> {
  const tables = tabelSintetis(baris).map((t) =>
    t.name === "targets"
      ? { ...t, rows: t.rows.map((r) => r.map((v, i) => (i === 4 && angka(v) ? v + (k % 17) : v))) }
      : t,
  );
  return tulisBuku(tables);
}
