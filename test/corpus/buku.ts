/**
 * The corpus's workbooks, made in code with exceljs: a small clean workbook (one indikator,
 * one program › kegiatan › sub kegiatan, tahun 2024) that each case bends one way. Header rows
 * are row 1, so data row n sits on worksheet row n + 1:
 *   PK!A2        targets   IKU-01, target 80 (E2), Tahun G2
 *   DPA!A2..A4   pagu      1.06.02 / 1.06.02.2.01 / 1.06.02.2.01.0001, Pagu C2..C4 = 1000
 *   Realisasi!A2 realisasi IKU-01 60 (B2); A3 the sub kegiatan's 900 (B3)
 */
import ExcelJS from "exceljs";

export type Sel = ExcelJS.CellValue;

export const KOLOM = {
  targets: ["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Polaritas", "Tahun"],
  pagu: ["Kode", "Uraian", "Pagu", "Kode IKU", "Pagu PK", "Tahun"],
  realisasi: ["Kode", "Realisasi", "Tahun", "Capaian", "Persen", "Predikat"],
};

export interface TabelBuku {
  nama: string;
  lembar: string;
  kolom: string[];
  baris: Sel[][];
  /** The table's declared last row, when not its data's (whole-column tables: 1048576). */
  sampaiBaris?: number;
}

export interface Buku {
  tabel: TabelBuku[];
  /** Edits on the exceljs workbook after the tables are in (number formats, extra sheets). */
  sesudah: ((wb: ExcelJS.Workbook) => void)[];
}

export function bukuDasar(): Buku {
  return {
    tabel: [
      {
        nama: "targets",
        lembar: "PK",
        kolom: [...KOLOM.targets],
        baris: [["IKU-01", "Sasaran satu", "Indikator satu", "%", 80, "positif", 2024]],
      },
      {
        nama: "pagu",
        lembar: "DPA",
        kolom: [...KOLOM.pagu],
        baris: [
          ["1.06.02", "Program Pemberdayaan Sosial", 1000, "IKU-01", null, 2024],
          ["1.06.02.2.01", "Kegiatan satu", 1000, null, null, 2024],
          ["1.06.02.2.01.0001", "Sub kegiatan satu", 1000, null, null, 2024],
        ],
      },
      {
        nama: "realisasi",
        lembar: "Realisasi",
        kolom: [...KOLOM.realisasi],
        baris: [
          ["IKU-01", 60, 2024, null, null, null],
          ["1.06.02.2.01.0001", 900, 2024, null, null, null],
        ],
      },
    ],
    sesudah: [],
  };
}

/** The table of that name (as the base workbook names it). */
export function tabelDari(b: Buku, nama: string): TabelBuku {
  const t = b.tabel.find((x) => x.nama === nama);
  if (!t) throw new Error(`no table ${nama}`);
  return t;
}

function tulisTabel(wb: ExcelJS.Workbook, t: TabelBuku): void {
  const ws = wb.getWorksheet(t.lembar) ?? wb.addWorksheet(t.lembar);
  const kolom = t.kolom.map((name) => ({ name }));
  const baris = t.baris.length > 0 ? t.baris : [t.kolom.map(() => null)];
  ws.addTable({ name: t.nama, ref: "A1", headerRow: true, columns: kolom, rows: baris });
  if (t.baris.length === 0) ws.spliceRows(2, 1);
  if (t.sampaiBaris) {
    const model = (ws.getTable(t.nama) as unknown as { table: { tableRef: string; autoFilterRef: string } })
      .table;
    const akhir = `${String.fromCharCode(64 + t.kolom.length)}${t.sampaiBaris}`;
    model.tableRef = `A1:${akhir}`;
    model.autoFilterRef = `A1:${akhir}`;
  }
}

export async function bufferBuku(ubah: (b: Buku) => void = () => undefined): Promise<Buffer> {
  const b = bukuDasar();
  ubah(b);
  const wb = new ExcelJS.Workbook();
  for (const t of b.tabel) tulisTabel(wb, t);
  for (const f of b.sesudah) f(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
