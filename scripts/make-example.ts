/**
 * Generates examples/lkjip-dinsos-mamuju-2024.xlsx from the seed's tables: the sheets an office
 * keeps (Perjanjian Kinerja, DPA, Realisasi), each with a title above its named table.
 * Run: npm run example
 */
import ExcelJS from "exceljs";
import path from "path";
import { seedTabel, type TabelContoh } from "../test/fixtures/seed-tabel";

const JUDUL: Record<string, string> = {
  targets: "Perjanjian Kinerja Dinas Sosial Kabupaten Mamuju — Indikator Kinerja Utama",
  pagu: "Dokumen Pelaksanaan Anggaran (DPA) Tahun 2024 — Program / Kegiatan / Sub Kegiatan",
  realisasi: "Realisasi Kinerja dan Anggaran (angka sebagaimana tercetak di LKjIP)",
};
const LEBAR: Record<string, number[]> = {
  targets: [10, 45, 60, 8, 10, 10, 8, 14, 14],
  pagu: [20, 70, 18, 18, 10, 8],
  realisasi: [20, 8, 16, 10, 10, 14],
};

function tambahTabel(wb: ExcelJS.Workbook, t: TabelContoh): void {
  const ws = wb.addWorksheet(t.sheet);
  ws.getCell("A1").value = JUDUL[t.name];
  ws.getCell("A1").font = { bold: true, size: 13 };
  ws.mergeCells(1, 1, 1, t.headers.length); // a merged title, as offices write them
  ws.getCell("A2").value = "Sumber: LKjIP Dinas Sosial Kabupaten Mamuju Tahun 2024";
  ws.getCell("A2").font = { italic: true };
  LEBAR[t.name].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.addTable({
    name: t.name,
    ref: `A${t.headerRow}`,
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: t.headers.map((name) => ({ name, filterButton: true })),
    rows: t.rows.map((r) => r.map((v) => (v === null ? null : v))),
  });
  for (const [i, h] of t.headers.entries()) {
    if (/pagu|realisasi/i.test(h)) ws.getColumn(i + 1).numFmt = "#,##0";
  }
}

async function main(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Capaian";
  for (const t of seedTabel()) tambahTabel(wb, t);
  const out = path.join(__dirname, "..", "examples", "lkjip-dinsos-mamuju-2024.xlsx");
  await wb.xlsx.writeFile(out);
  console.log(`Ditulis: ${path.relative(process.cwd(), out)}`);
}

void main();
