/**
 * "Buat tabel contoh": creates the three required named tables (targets, pagu, realisasi),
 * each on its own new sheet with a few example rows from the Dinas Sosial Kabupaten Mamuju
 * LKjIP 2024, so a user can see the expected shape and replace the rows with their own.
 * Only in a workbook that has none of those tables; it never changes an existing sheet.
 */
import { formatRange } from "../core/a1";
import { freeName } from "../report/sheet-naming";
import { EXCEL_TEXT } from "./messages";

type Row = (string | number)[];

interface ContohTabel {
  table: string;
  sheet: string;
  headers: string[];
  rows: Row[];
}

const SASARAN_1 = "Meningkatnya penyelenggaraan kesejahteraan sosial yang partisipatif";
const SASARAN_2 = "Meningkatnya penyelenggaraan Perlindungan Sosial";
const SASARAN_3 = "Meningkatnya penyelenggaraan rehabilitasi sosial diluar panti";

export const CONTOH: ContohTabel[] = [
  {
    table: "targets",
    sheet: EXCEL_TEXT.contohLembar.targets,
    headers: ["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Polaritas", "Tahun"],
    rows: [
      [
        "IKU-01",
        SASARAN_1,
        "Persentase PSKS Perorangan, Keluarga dan Kelembagaan yang aktif",
        "%",
        67,
        "positif",
        2024,
      ],
      ["IKU-02", SASARAN_1, "Persentase Pemeliharaan Taman Makam Pahlawan", "%", 100, "positif", 2024],
      [
        "IKU-03",
        SASARAN_2,
        "Persentase korban bencana yang mendapat perlindungan dan jaminan sosial (SPM)",
        "%",
        100,
        "positif",
        2024,
      ],
      [
        "IKU-04",
        SASARAN_3,
        "Persentase PMKS yang terpenuhi kebutuhan dasarnya di luar Panti",
        "%",
        100,
        "positif",
        2024,
      ],
    ],
  },
  {
    table: "pagu",
    sheet: EXCEL_TEXT.contohLembar.pagu,
    headers: ["Kode", "Uraian", "Pagu", "Kode IKU", "Tahun"],
    rows: [
      ["1.06.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 17321000, "", 2024],
      ["1.06.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", 4478800, "", 2024],
      ["1.06.01.2.01.0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", 1652800, "", 2024],
      ["1.06.01.2.01.0002", "Koordinasi dan Penyusunan Dokumen RKA-SKPD", 2826000, "", 2024],
      ["1.06.01.2.02", "Administrasi Kepegawaian Perangkat Daerah", 12842200, "", 2024],
      ["1.06.01.2.02.0002", "Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya", 10880000, "", 2024],
      ["1.06.01.2.02.0003", "Pendataan dan Pengolahan Administrasi Kepegawaian", 1962200, "", 2024],
      ["1.06.04", "Program Rehabilitasi Sosial", 88931000, "IKU-04", 2024],
      ["1.06.04.2.01", "Rehabilitasi Sosial Dasar di Luar Panti Sosial", 88931000, "", 2024],
      ["1.06.04.2.01.0001", "Penyediaan Permakanan", 63256000, "", 2024],
      ["1.06.04.2.01.0002", "Penyediaan Sandang", 25675000, "", 2024],
      ["1.06.06", "Program Penanganan Bencana", 41000000, "IKU-03", 2024],
      [
        "1.06.06.2.01",
        "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
        41000000,
        "",
        2024,
      ],
      ["1.06.06.2.01.0001", "Penyediaan Makanan", 41000000, "", 2024],
    ],
  },
  {
    table: "realisasi",
    sheet: EXCEL_TEXT.contohLembar.realisasi,
    headers: ["Kode", "Realisasi", "Tahun"],
    rows: [
      ["IKU-01", 85, 2024],
      ["IKU-02", 100, 2024],
      ["IKU-03", 100, 2024],
      ["IKU-04", 100, 2024],
      ["1.06.01.2.01.0001", 1652800, 2024],
      ["1.06.01.2.01.0002", 2826000, 2024],
      ["1.06.01.2.02.0002", 10880000, 2024],
      ["1.06.01.2.02.0003", 1923600, 2024],
      ["1.06.04.2.01.0001", 63212940, 2024],
      ["1.06.04.2.01.0002", 25675000, 2024],
      ["1.06.06.2.01.0001", 40250000, 2024],
    ],
  },
];

export interface ExampleResult {
  dibuat: boolean;
  /** Required tables that already existed (nothing was created then). */
  sudahAda: string[];
  pesan: string;
}

/** Creates the example tables in two round-trips (inventory, then everything at once). */
export async function createExampleTables(context: Excel.RequestContext): Promise<ExampleResult> {
  const tables = context.workbook.tables;
  tables.load("items/name");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  const existing = new Set(tables.items.map((t) => t.name.toLowerCase()));
  const sudahAda = CONTOH.map((c) => c.table).filter((n) => existing.has(n));
  if (sudahAda.length > 0) return { dibuat: false, sudahAda, pesan: EXCEL_TEXT.contohSudahAda(sudahAda) };

  const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  let first: Excel.Worksheet | null = null;
  for (const contoh of CONTOH) {
    const ws = context.workbook.worksheets.add(freeName(contoh.sheet, taken));
    first ??= ws;
    const data = [contoh.headers, ...contoh.rows];
    const width = contoh.headers.length;
    const address = formatRange({ top: 1, left: 1, bottom: data.length, right: width });
    const range = ws.getRange(address);
    // Text columns as text, so kode such as "1.06.01" never become numbers or dates.
    range.numberFormat = data.map((row) => row.map((v) => (typeof v === "string" ? "@" : "General")));
    range.values = data;
    const table = ws.tables.add(address, true);
    table.name = contoh.table;
    range.format.autofitColumns();
  }
  first?.activate();
  await context.sync();
  return { dibuat: true, sudahAda: [], pesan: EXCEL_TEXT.contohIsi };
}
