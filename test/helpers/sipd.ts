/**
 * SIPD-RI exports for tests: the real budget recap (examples/sipd), variants made from it, and
 * "Laporan Realisasi Per Dokumen" downloads built from the description in examples/sipd/README.md
 * (45 columns, text dates, amounts sometimes as text, Nilai SP2D repeated on every line).
 */
import ExcelJS from "exceljs";
import path from "path";
import { FORMAT_SIPD } from "../../src/core/sipd/format";
import { recogniseSheet, type RawSheet, type SipdTable } from "../../src/core/sipd/sheet";
import type { CellValue } from "../../src/core/table";
import { readSheet } from "../../src/xlsx/read-sheet";

export const REKAP_CONTOH = path.join(__dirname, "..", "..", "examples", "sipd", "rekap-belanja-2024.xlsx");
import { DINSOS } from "../fixtures/sipd-realisasi";

export { DINSOS };

let cache: Promise<RawSheet> | null = null;

/** The real export's sheet as the hosts read it (read once per test file). */
export function lembarContoh(): Promise<RawSheet> {
  cache ??= (async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(REKAP_CONTOH);
    return readSheet(wb.getWorksheet("Sheet 1") as ExcelJS.Worksheet);
  })();
  return cache;
}

export function kenali(lembar: RawSheet): SipdTable {
  const t = recogniseSheet(lembar, FORMAT_SIPD);
  if (!t) throw new Error(`lembar ${lembar.sheet} tidak dikenali`);
  return t;
}

/** The 23-column variant: `PAKET/KELOMPOK | NAMA PAKET/KELOMPOK` inserted before PAGU. */
export function varian23(l: RawSheet): RawSheet {
  const iPagu = l.values[0].indexOf("PAGU");
  return {
    ...l,
    sheet: "Rekap 23",
    values: l.values.map((row, r) => [
      ...row.slice(0, iPagu),
      r === 0 ? "PAKET/KELOMPOK" : row[iPagu] === null ? null : `PKT-${r}`,
      r === 0 ? "NAMA PAKET/KELOMPOK" : row[iPagu] === null ? null : `Paket ${r}`,
      ...row.slice(iPagu),
    ]),
  };
}

/**
 * The columns in another order (a fixed shuffle), headers in another case and spacing, and a
 * title and a blank row above the header, starting in column B.
 */
export function diacak(l: RawSheet): RawSheet {
  const n = l.values[0].length;
  const urutan = Array.from({ length: n }, (_, i) => (i * 8 + 5) % n); // 8 and 21 are coprime
  const lebar = n + 1;
  const judul: CellValue[] = [
    "REKAPITULASI BELANJA PEMERINTAH KABUPATEN BURU TAHUN 2024",
    ...Array(lebar - 1).fill(null),
  ];
  return {
    ...l,
    sheet: "Rekap Acak",
    firstColumn: 2,
    values: [
      judul.slice(0, n),
      Array(n).fill(null),
      ...l.values.map((row, r) =>
        urutan.map((i) =>
          r === 0 && typeof row[i] === "string" ? ` ${String(row[i]).toLowerCase()}  ` : row[i],
        ),
      ),
    ],
  };
}

export { KOLOM_REALISASI_DOKUMEN, lembarRealisasi, type Dokumen } from "../fixtures/sipd-realisasi";

/** The 21 columns of the real recap, in its order. */
export const KOLOM_REKAP = [
  "NO",
  "TAHUN",
  "KODE URUSAN",
  "NAMA URUSAN",
  "KODE SKPD",
  "NAMA SKPD",
  "KODE SUB UNIT",
  "NAMA SUB UNIT",
  "KODE BIDANG URUSAN",
  "NAMA BIDANG URUSAN",
  "KODE PROGRAM",
  "NAMA PROGRAM",
  "KODE KEGIATAN",
  "NAMA KEGIATAN",
  "KODE SUB KEGIATAN",
  "NAMA SUB KEGIATAN",
  "KODE SUMBER DANA",
  "NAMA SUMBER DANA",
  "KODE REKENING",
  "NAMA REKENING",
  "PAGU",
];

/** One recap row: a rekening of a sub kegiatan (rekening null: a sub kegiatan without budget lines). */
export interface BarisRekapUji {
  subKegiatan: string;
  rekening: string | null;
  pagu: CellValue;
  /** Default: the sub kegiatan's first five segments. */
  kegiatan?: string;
  skpd?: string;
}

/** A recap in the real export's layout (sheet `Rekap`, header in row 1, columns A–U). */
export function lembarRekap(
  baris: BarisRekapUji[],
  opsi: { sheet?: string; berkas?: string } = {},
): RawSheet {
  const rows = baris.map((b, i) => {
    const skpd = b.skpd ?? DINSOS;
    const kegiatan = b.kegiatan ?? b.subKegiatan.split(".").slice(0, 5).join(".");
    const program = kegiatan.split(".").slice(0, 3).join(".");
    const nilai: Record<string, CellValue> = {
      NO: i + 1,
      TAHUN: 2024,
      "KODE URUSAN": "1",
      "KODE SKPD": skpd,
      "NAMA SKPD": skpd === DINSOS ? "Dinas Sosial" : "Dinas Lain",
      "KODE SUB UNIT": skpd,
      "NAMA SUB UNIT": skpd === DINSOS ? "Dinas Sosial" : "Dinas Lain",
      "KODE BIDANG URUSAN": "1.06",
      "KODE PROGRAM": program,
      "NAMA PROGRAM": `PROGRAM ${program}`,
      "KODE KEGIATAN": kegiatan,
      "NAMA KEGIATAN": `Kegiatan ${kegiatan}`,
      "KODE SUB KEGIATAN": b.subKegiatan,
      "NAMA SUB KEGIATAN": `Sub Kegiatan ${b.subKegiatan}`,
      "KODE SUMBER DANA": b.rekening ? "2.2.01.01.01.0001" : null,
      "NAMA SUMBER DANA": b.rekening ? "DAU" : null,
      "KODE REKENING": b.rekening,
      "NAMA REKENING": b.rekening ? `Belanja ${b.rekening}` : null,
      PAGU: b.rekening ? b.pagu : null,
    };
    return KOLOM_REKAP.map((h) => nilai[h] ?? null);
  });
  return {
    sheet: opsi.sheet ?? "Rekap",
    firstRow: 1,
    firstColumn: 1,
    values: [KOLOM_REKAP, ...rows],
    berkas: opsi.berkas,
  };
}
