/**
 * Generates the SIPD-RI demo's inputs beside the real recap (examples/sipd/):
 * - demo-dinsos-2024.xlsx: `targets` and `realisasi` of the indikator (the Mamuju seed's Dinas
 *   Sosial, whose IKU fit a Dinas Sosial), and `program_iku` linking the programs as the seed
 *   links the same Permendagri 90 program kode;
 * - two overlapping "Laporan Realisasi Per Dokumen" downloads (January–June and June–December)
 *   for the recap's Dinas Sosial: ILLUSTRATIVE amounts, 80–99 % of each rekening's PAGU in three
 *   documents, since no real realisasi file is at hand.
 * Run: npm run example:sipd
 */
import ExcelJS from "exceljs";
import path from "path";
import { FORMAT_SIPD } from "../src/core/sipd/format";
import { recogniseSheet, cellNumber, cellText, type SipdTable } from "../src/core/sipd/sheet";
import { MONTH_NAMES } from "../src/core/sipd/tanggal";
import { formatAngka } from "../src/core/angka";
import { readSheet } from "../src/xlsx/read-sheet";
import { seedTabel } from "../test/fixtures/seed-tabel";
import {
  DINSOS,
  KOLOM_REALISASI_DOKUMEN,
  lembarRealisasi,
  type Dokumen,
} from "../test/fixtures/sipd-realisasi";

const DIR = path.join(__dirname, "..", "examples", "sipd");
/** The seed's links of program kode to IKU (examples/seed-tables.json, `pagu[].kode_iku`). */
const PROGRAM_IKU: [string, string][] = [
  ["1.06.02", "IKU-01"],
  ["1.06.04", "IKU-05"],
  ["1.06.05", "IKU-04"],
  ["1.06.06", "IKU-03"],
  ["1.06.07", "IKU-02"],
];

async function bukuDemo(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Capaian";
  const [targets, , realisasi] = seedTabel();
  const kodeIku = new Set(targets.rows.map((r) => r[0]));
  const tabel = (sheet: string, judul: string, name: string, headers: string[], rows: unknown[][]) => {
    const ws = wb.addWorksheet(sheet);
    ws.getCell("A1").value = judul;
    ws.getCell("A1").font = { bold: true, size: 13 };
    ws.addTable({
      name,
      ref: "A3",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: headers.map((h) => ({ name: h, filterButton: true })),
      rows: rows as ExcelJS.CellValue[][],
    });
    headers.forEach((_, i) => (ws.getColumn(i + 1).width = i === 0 ? 14 : 40));
  };
  tabel(
    "Perjanjian Kinerja",
    "Perjanjian Kinerja Dinas Sosial 2024 (contoh)",
    "targets",
    targets.headers,
    targets.rows,
  );
  tabel(
    "Realisasi",
    "Realisasi indikator kinerja (contoh); realisasi anggaran dari SIPD-RI",
    "realisasi",
    realisasi.headers,
    realisasi.rows.filter((r) => kodeIku.has(r[0])),
  );
  tabel(
    "Program IKU",
    "Program yang mendukung IKU (kode program SIPD-RI)",
    "program_iku",
    ["Kode", "Kode IKU"],
    PROGRAM_IKU,
  );
  await wb.xlsx.writeFile(path.join(DIR, "demo-dinsos-2024.xlsx"));
}

/** Deterministic document lines for every rekening row of the SKPD with a PAGU. */
function dokumen(t: SipdTable): Dokumen[] {
  const hasil: Dokumen[] = [];
  let i = 0;
  for (let r = 0; r < t.raw.rows.length; r++) {
    const pagu = cellNumber(t, r, "PAGU");
    if (cellText(t, r, "KODE SKPD") !== DINSOS || typeof pagu !== "number" || pagu <= 0) continue;
    i++;
    const realisasi = Math.round(pagu * (0.8 + ((i * 37) % 20) / 100));
    const bagian = [Math.round(realisasi * 0.3), Math.round(realisasi * 0.4)];
    bagian.push(realisasi - bagian[0] - bagian[1]);
    const bulanAwal = 1 + ((i * 5) % 4);
    bagian.forEach((nilai, k) => {
      const bulan = bulanAwal + 4 * k;
      const hari = 1 + ((i * 7 + k * 11) % 27);
      hasil.push({
        subKegiatan: cellText(t, r, "KODE SUB KEGIATAN"),
        rekening: cellText(t, r, "KODE REKENING"),
        nomor: `${k === 0 ? "GU" : "LS"}/${String(i).padStart(4, "0")}/${bulan}/2024`,
        jenis: k === 0 ? "GU" : "LS",
        tanggal: `${hari} ${MONTH_NAMES[bulan - 1]} 2024`,
        // every third amount arrives as text, as some downloads write them
        nilai: (i + k) % 3 === 0 ? `${formatAngka(nilai, 2)}` : nilai,
        sp2d: `SP2D/${bulan}/${cellText(t, r, "KODE SUB KEGIATAN")}`,
        namaSkpd: cellText(t, r, "NAMA SKPD"),
        namaProgram: cellText(t, r, "NAMA PROGRAM"),
        namaKegiatan: cellText(t, r, "NAMA KEGIATAN"),
        namaSubKegiatan: cellText(t, r, "NAMA SUB KEGIATAN"),
        namaRekening: cellText(t, r, "NAMA REKENING"),
      });
    });
  }
  // Nilai SP2D: the SP2D's total, repeated on each of its lines
  const perSp2d = new Map<string, number>();
  const angka = (v: unknown) =>
    typeof v === "number" ? v : Number(String(v).replace(/\./g, "").replace(",", "."));
  for (const d of hasil) perSp2d.set(d.sp2d ?? "", (perSp2d.get(d.sp2d ?? "") ?? 0) + angka(d.nilai));
  for (const d of hasil) d.nilaiSp2d = perSp2d.get(d.sp2d ?? "") ?? null;
  return hasil;
}

async function unduhan(nama: string, dok: Dokumen[]): Promise<void> {
  const lembar = lembarRealisasi("Data Realisasi Dokumen", dok);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data Realisasi Dokumen");
  for (const row of lembar.values) ws.addRow(row);
  ws.getRow(1).font = { bold: true };
  KOLOM_REALISASI_DOKUMEN.forEach((_, i) => (ws.getColumn(i + 1).width = 18));
  await wb.xlsx.writeFile(path.join(DIR, nama));
  console.log(`Ditulis: examples/sipd/${nama} (${dok.length} baris dokumen)`);
}

async function main(): Promise<void> {
  await bukuDemo();
  console.log("Ditulis: examples/sipd/demo-dinsos-2024.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(DIR, "rekap-belanja-2024.xlsx"));
  const rekap = recogniseSheet(readSheet(wb.worksheets[0]), FORMAT_SIPD);
  if (!rekap) throw new Error("rekap tidak dikenali");
  const dok = dokumen(rekap);
  const bulan = (d: Dokumen) => MONTH_NAMES.findIndex((b) => String(d.tanggal).includes(b)) + 1;
  await unduhan(
    "realisasi-dinsos-2024-jan-jun.xlsx",
    dok.filter((d) => bulan(d) <= 6),
  );
  await unduhan(
    "realisasi-dinsos-2024-jun-des.xlsx",
    dok.filter((d) => bulan(d) >= 6),
  );
}

void main();
