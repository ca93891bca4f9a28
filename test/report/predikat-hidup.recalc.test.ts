/**
 * The demo output stays true when a clerk corrects a cell: a realisasi changed in the source
 * table, recalculated by a real formula engine (HyperFormula, over the .xlsx the command
 * writes), gives the capaian and predikat of the indikator, its sasaran and the office that a
 * new run computes — inside bands, on their edges, in the hole above 120 and below the lowest
 * band.
 */
import ExcelJS from "exceljs";
import { HyperFormula, type RawCellContent } from "hyperformula";
import path from "node:path";
import { analyze } from "../../src/core/analyze";
import { buildSheets } from "../../src/report";
import { addSheetsToWorkbook } from "../../src/xlsx/add-sheets";
import { readWorkbookBytes, readWorkbookFile } from "../../src/xlsx/workbook-file";
import { readTables } from "../../src/xlsx/read-tables";

const CONTOH = path.join(__dirname, "../../examples/lkjip-dinsos-mamuju-2024.xlsx");
const OPSI = { tahunSekarang: 2025 };

/** Every sheet of a workbook as HyperFormula contents: formulas as "=…", values as they are. */
function isiBuku(wb: ExcelJS.Workbook): Record<string, RawCellContent[][]> {
  const hasil: Record<string, RawCellContent[][]> = {};
  wb.eachSheet((ws) => {
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const out: RawCellContent[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value as ExcelJS.CellValue;
        let x: RawCellContent = null;
        if (v && typeof v === "object" && "formula" in v) x = `=${v.formula}`;
        else if (v && typeof v === "object" && "richText" in v) x = v.richText.map((t) => t.text).join("");
        else if (v && typeof v === "object" && "text" in v) x = String(v.text);
        else if (typeof v === "string" && v.startsWith("=")) x = `'${v}`;
        else if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") x = v;
        out[c - 1] = x;
      });
      rows[r - 1] = Array.from(out, (x) => x ?? null);
    });
    hasil[ws.name] = Array.from(rows, (x) => x ?? []);
  });
  return hasil;
}

const bagiRef = (ref: string) => {
  const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(ref);
  const col = [...m[2]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { sheet: m[1].replace(/''/g, "'"), col, row: Number(m[3]) - 1 };
};

/** The demo output, written and read back as a file, in HyperFormula. */
async function demo() {
  const { data, wb } = await readWorkbookBytes(CONTOH);
  const analysis = analyze(readTables(wb), OPSI);
  const { xlsx } = await addSheetsToWorkbook(data, wb, buildSheets(analysis));
  const dibaca = new ExcelJS.Workbook();
  await dibaca.xlsx.load(xlsx as unknown as ArrayBuffer);
  const hf = HyperFormula.buildFromSheets(isiBuku(dibaca), { licenseKey: "gpl-v3", smartRounding: false });
  return { hf, analysis };
}

/** A new run on the source workbook with one realisasi changed. */
async function runBaru(kode: string, realisasi: number) {
  const wb = await readWorkbookFile(CONTOH);
  const awal = analyze(readTables(wb), OPSI);
  const i = awal.indikator.find((x) => x.kode === kode)!;
  const { sheet, row, col } = bagiRef(i.realisasiSel!.ref);
  wb.getWorksheet(sheet)!.getCell(row + 1, col + 1).value = realisasi;
  return analyze(readTables(wb), OPSI);
}

describe("live predikat in the demo output, recalculated by HyperFormula", () => {
  let hf: HyperFormula;
  let analysis: ReturnType<typeof analyze>;
  beforeAll(async () => ({ hf, analysis } = await demo()));
  afterAll(() => hf?.destroy());

  const ck = () => hf.getSheetId("Capaian Kinerja")!;
  const nilai = (sheet: number, row: number, col: number) => hf.getCellValue({ sheet, row, col });
  /** Rows of Capaian Kinerja: the indikator's (its realisasi refers to the source), its sasaran's, the office's. */
  const baris = (kode: string) => {
    const i = analysis.indikator.find((x) => x.kode === kode)!;
    const s = ck();
    const { height } = hf.getSheetDimensions(s);
    let ind = -1;
    for (let r = 0; r < height; r++)
      if (hf.getCellFormula({ sheet: s, row: r, col: 5 }) === `=${i.realisasiSel!.ref}`) ind = r;
    let sas = ind;
    while (sas >= 0 && nilai(s, sas, 2) !== "Rata-rata capaian sasaran") sas--;
    let opd = ind;
    while (opd < height && !String(nilai(s, opd, 0)).startsWith("Capaian kinerja OPD")) opd++;
    return { ind, sas, opd, sumber: bagiRef(i.realisasiSel!.ref) };
  };

  // IKU-03 (target 100) and IKU-04 (target 55,12) of sasaran 2.
  const kasus: [string, number, string][] = [
    ["IKU-04", 55.12, "on the Baik point (the issue's example: 100,00 → Baik)"],
    ["IKU-04", 60, "inside Sangat Baik"],
    ["IKU-04", 70, "in the hole above 120 (nearest band)"],
    ["IKU-04", 20, "below the lowest band's edge"],
    ["IKU-03", 120, "on the 120 edge (inclusive)"],
    ["IKU-03", 80, "on the 80 edge (Kurang, inclusive)"],
    ["IKU-03", 50, "on the 50 edge (Kurang, inclusive)"],
    ["IKU-03", 49.99, "just below 50"],
    ["IKU-03", 90, "inside Cukup"],
    ["IKU-03", 100.01, "just above 100"],
  ];

  it.each(kasus)("%s realisasi %d: %s", async (kode, realisasi) => {
    const b = baris(kode);
    expect(b.ind).toBeGreaterThan(0);
    const s = ck();
    const sumber = hf.getSheetId(b.sumber.sheet)!;
    const sebelum = hf.getCellValue({ sheet: sumber, row: b.sumber.row, col: b.sumber.col });
    hf.setCellContents({ sheet: sumber, row: b.sumber.row, col: b.sumber.col }, realisasi);
    try {
      const baru = await runBaru(kode, realisasi);
      const i = baru.indikator.find((x) => x.kode === kode)!;
      const sas = baru.sasaran.find((x) => x.sasaran === i.sasaran)!;
      const dekat = (v: unknown, x: number | null) => {
        expect(typeof v).toBe("number");
        expect(Math.abs((v as number) - (x as number))).toBeLessThan(1e-9);
      };
      dekat(nilai(s, b.ind, 6), i.capaian);
      expect(nilai(s, b.ind, 7)).toBe(i.predikat);
      dekat(nilai(s, b.sas, 6), sas.capaian);
      expect(nilai(s, b.sas, 7)).toBe(sas.predikat);
      dekat(nilai(s, b.opd, 6), baru.opd.capaian);
      expect(nilai(s, b.opd, 7)).toBe(baru.opd.predikat);
      // The other sheets' predikat follow too (Perbandingan Tahunan's column for the run's tahun).
      const pt = hf.getSheetId("Perbandingan Tahunan")!;
      const { height, width } = hf.getSheetDimensions(pt);
      let ketemu = false;
      for (let r = 0; r < height; r++)
        for (let c = 0; c < width; c++)
          if (hf.getCellFormula({ sheet: pt, row: r, col: c }) === `=${i.realisasiSel!.ref}`) {
            dekat(nilai(pt, r, c + 1), i.capaian);
            expect(nilai(pt, r, c + 2)).toBe(i.predikat);
            ketemu = true;
          }
      expect(ketemu).toBe(true);
    } finally {
      hf.setCellContents({ sheet: sumber, row: b.sumber.row, col: b.sumber.col }, sebelum as RawCellContent);
    }
  });

  it("the issue's case: IKU-04 at 55,12 is Baik (it said Sangat Baik while capaian showed 100,00)", async () => {
    const baru = await runBaru("IKU-04", 55.12);
    expect(baru.indikator.find((x) => x.kode === "IKU-04")?.predikat).toBe("Baik");
  });
});
