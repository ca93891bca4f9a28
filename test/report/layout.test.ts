/**
 * The layout slips seen in the printed pages, each pinned: texts that spilled or were clipped,
 * a group not merged like the others, a No column of two alignments, rows too tall, print
 * areas LibreOffice dropped.
 */
import { analyze } from "../../src/core/analyze";
import { buildSheets } from "../../src/report";
import { textLines } from "../../src/report/sheet-builder";
import type { SheetSpec } from "../../src/report/sheet-spec";
import { STYLES } from "../../src/report/styles";
import { writeSheetsPackage } from "../../src/xlsx/write-sheets";
import { seedRawTables } from "../fixtures/seed-tabel";
import { bacaZip } from "../helpers/zip";

const a = analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2025 });
const sheets = buildSheets(a);
const lembar = (nama: string): SheetSpec => sheets.find((s) => s.name === nama)!;
const tinggi = (s: SheetSpec, baris: number) => s.rowHeights?.[baris - 1] ?? 15;
const barisDengan = (s: SheetSpec, teks: string) =>
  s.rows.findIndex((r) => r.some((c) => typeof c?.value === "string" && c.value.includes(teks))) + 1;

describe("layout slips", () => {
  it("Standar Nasional: 'Standar Nasional belum diisi' wraps inside its cell and its row is tall enough", () => {
    const s = lembar("Standar Nasional");
    const b = barisDengan(s, "Standar Nasional belum diisi");
    const cell = s.rows[b - 1][8]!;
    expect(STYLES[cell.style!].wrap).toBe(true);
    const perlu = textLines(String(cell.value), s.columns[8]);
    expect(perlu).toBeGreaterThan(1);
    expect(tinggi(s, b)).toBeGreaterThanOrEqual(perlu * 15);
  });

  it("three-line headers get three lines (word wrap, not a character count)", () => {
    const s = lembar("Standar Nasional");
    const h = s.rows.findIndex((r) => r[0]?.value === "No") + 1;
    // "Capaian thd Standar Nasional (%)" in 16 units: "Capaian thd" / "Standar Nasional" / "(%)".
    expect(textLines("Capaian thd Standar Nasional (%)", 16, 0, true)).toBe(3);
    expect(tinggi(s, h)).toBeGreaterThanOrEqual(45);
  });

  it("one-line rows stay one line high", () => {
    const ck = lembar("Capaian Kinerja");
    const b = barisDengan(ck, "Persentase Pemeliharaan Taman Makam Pahlawan");
    expect(ck.rowHeights?.[b - 1] ?? null).toBeNull();
    expect(textLines("Persentase Pemeliharaan Taman Makam Pahlawan", 48)).toBe(1);
  });

  it("Program Penunjang's No, Sasaran and IKU cells are merged over its rows like the other groups", () => {
    const rk = lembar("Tabel Realisasi Keuangan");
    const awal = rk.rows.findIndex((r) => String(r[3]?.value ?? "").startsWith("Program Penunjang")) + 1;
    expect(awal).toBeGreaterThan(0);
    const jumlah = rk.rows.findIndex((r) => r[0]?.value === "Jumlah") + 1;
    for (const k of ["A", "B", "C"]) expect(rk.merges).toContain(`${k}${awal}:${k}${jumlah - 1}`);
  });

  it("the No column is centred for sasaran and indikator alike", () => {
    for (const nama of ["Capaian Kinerja", "Perbandingan Tahunan", "Analisis Efisiensi"]) {
      const s = lembar(nama);
      const h = s.rows.findIndex((r) => r[0]?.value === "No") + 1;
      const no = s.rows
        .slice(h)
        .map((r) => r[0])
        .filter((c) => c && c.value !== null && c.value !== "");
      const rata = no.map((c) => (c?.style ? STYLES[c.style].horizontal : undefined));
      expect([nama, [...new Set(rata)]]).toEqual([nama, ["center"]]);
    }
  });

  it("print areas are absolute on both axes ($A$1:$G$59), which Excel and LibreOffice both keep", async () => {
    const xml = bacaZip(new Uint8Array(await writeSheetsPackage(sheets)))
      .get("xl/workbook.xml")!
      .toString("utf8");
    const area = [...xml.matchAll(/<definedName name="_xlnm.Print_Area"[^>]*>([^<]*)</g)].map((m) => m[1]);
    expect(area.length).toBeGreaterThan(3);
    for (const x of area) expect(x).toMatch(/^(&apos;[^&]+&apos;|[^!]+)!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/);
    const rk = lembar("Tabel Realisasi Keuangan");
    expect(area).toContain(`&apos;Tabel Realisasi Keuangan&apos;!$A$1:$G$${rk.rows.length}`);
  });
});
