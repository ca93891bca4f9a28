/** Chapter III as Word (src/docx): the seed's tables, the narrative, and the generic sheet converter. */
import { analyze, type Analysis } from "../../src/core/analyze";
import type { Paragraf } from "../../src/core/narasi";
import { buildBab3, packBab3 } from "../../src/docx";
import { formatValue } from "../../src/docx/cell-format";
import { buildSheets, SHEET_NAMES } from "../../src/report";
import type { CellSpec, SheetSpec, StyleName } from "../../src/report/sheet-spec";
import { seedRawTables } from "../fixtures/seed-tabel";
import { bacaZip } from "../helpers/zip";

jest.setTimeout(30000);

/** word/document.xml of the packed document. */
async function dokumenXml(analysis: Analysis, sheets: SheetSpec[], narasi?: Paragraf[]): Promise<string> {
  const bytes = await packBab3(buildBab3(analysis, sheets, { narasi }));
  expect(Buffer.from(bytes.subarray(0, 2)).toString()).toBe("PK");
  const xml = bacaZip(bytes).get("word/document.xml");
  if (!xml) throw new Error("word/document.xml tidak ada");
  return xml.toString("utf8");
}

/** The document's text, tags stripped (runs joined). */
const teks = (xml: string) => xml.replace(/<[^>]+>/g, "");
const tabel = (xml: string): string[] => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
const baris = (tbl: string): string[] => tbl.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];

describe("formatNilai: numbers the Indonesian way, by the cell's number format", () => {
  it.each<[CellSpec["value"], string | undefined, string]>([
    [4235577713, "#,##0", "4.235.577.713"],
    [6800000, "#,##0", "6.800.000"],
    [126.865671641791, "0.00", "126,87"],
    [98.7661, "0.00", "98,77"],
    [1234.5, "0.00", "1234,50"],
    [55.12, "#,##0.##", "55,12"],
    [84.5, "#,##0.##", "84,5"],
    [101000, "#,##0.##", "101.000"],
    [100, "#,##0.##", "100"],
    [-0.001, "0.00", "0,00"],
    [-5824861271.9, "#,##0.00", "-5.824.861.271,90"],
    [0.5, "0%", "50%"],
    [2024, undefined, "2024"],
    [1, undefined, "1"],
    [0.125, undefined, "0,125"],
    ["67 – 69", "0.00", "67 – 69"],
    [null, "#,##0", ""],
    ["", "0.00", ""],
  ])("%p with %p → %p", (value, format, hasil) => {
    expect(formatValue(value, format)).toBe(hasil);
  });
});

describe("buildBab3 on the seed (Dinas Sosial Kabupaten Mamuju 2024)", () => {
  let analysis: Analysis;
  let sheets: SheetSpec[];
  let xml: string;
  beforeAll(async () => {
    analysis = analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2026 });
    sheets = buildSheets(analysis);
    xml = await dokumenXml(analysis, sheets, []);
  });

  it("has the chapter title and its sections", () => {
    const t = teks(xml);
    expect(t).toContain("BAB III AKUNTABILITAS KINERJA");
    expect(t).toContain("3.1 Capaian Kinerja Organisasi");
    expect(t).toContain("3.1.1 Perbandingan antara Target dan Realisasi Kinerja Tahun 2024");
    expect(t).toContain("3.2 Realisasi Anggaran");
    expect(t.indexOf("3.1 Capaian Kinerja Organisasi")).toBeLessThan(t.indexOf("3.2 Realisasi Anggaran"));
  });

  it("numbers the tables: the predikat scale, Tabel 3.2 capaian, then the budget", () => {
    const t = teks(xml);
    expect(t).toContain("Tabel 3.1 Pengkategorian Capaian Kinerja");
    expect(t).toContain("Tabel 3.2 Capaian Kinerja Tahun 2024");
    expect(t).toMatch(/Tabel 3\.\d+ Realisasi Keuangan Tahun 2024/);
  });

  it("repeats every table's header row on each page", () => {
    const semua = tabel(xml);
    expect(semua.length).toBeGreaterThanOrEqual(3);
    for (const tbl of semua) expect(baris(tbl)[0]).toContain("<w:tblHeader/>");
    // Only header rows carry it.
    const keuangan = semua.find((t) => teks(t).includes("Pagu Anggaran"));
    expect(keuangan).toBeDefined();
    expect(baris(keuangan ?? "").filter((r) => r.includes("<w:tblHeader/>"))).toHaveLength(1);
  });

  it("is portrait throughout, as the seed: no section break leaves a page part empty", () => {
    const halaman = xml.match(/<w:pgSz [^>]*\/>/g) ?? [];
    expect(halaman.length).toBeGreaterThan(0);
    expect(halaman.every((p) => p.includes('w:orient="portrait"'))).toBe(true);
  });

  it("has 3.1.1–3.1.8 and 3.2 in the seed's order, with the new tables and the allocation list", () => {
    const t = teks(xml);
    const posisi = [
      "3.1.1 Perbandingan antara Target dan Realisasi Kinerja",
      "3.1.3 Perbandingan antara Realisasi Kinerja",
      "3.1.4 Perbandingan Realisasi Kinerja sampai Tahun 2024",
      "3.1.5 Perbandingan Realisasi Kinerja Tahun 2024 dengan Standar Nasional",
      "3.1.6 Analisis Penyebab Keberhasilan/Kegagalan",
      "Analisis Keberhasilan/Kegagalan Kinerja Tahun 2024",
      "3.1.7 Analisis atas Efisiensi",
      "3.1.8 Analisis Program/Kegiatan yang Menunjang",
      "Menunjang/ Tidak Menunjang",
      "3.2 Realisasi Anggaran",
      "1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota dengan alokasi anggaran sebesar Rp 2.775.306.993",
      "2. Program Wajib yang terdiri atas:",
      "e) Program Pengelolaan Taman Makam Pahlawan, anggaran sebesar Rp 6.800.000",
      "Tabel 3.9 Realisasi Keuangan",
      "Realisasi Anggaran per Sasaran Tahun 2024",
    ].map((s) => [s, t.indexOf(s)] as const);
    for (const [s, p] of posisi) expect([s, p >= 0]).toEqual([s, true]);
    const urut = posisi.map(([, p]) => p);
    expect([...urut].sort((a, b) => a - b)).toEqual(urut);
  });

  it("carries no internal notes and is proofed as Indonesian", () => {
    const t = teks(xml);
    expect(t).not.toContain("tercatat 117");
    expect(t).not.toContain("dipotong, bukan dibulatkan");
    expect(t).not.toContain("Catatan");
    // The Rumus column and the scale block stay in the workbook.
    expect(t).not.toContain("R/T × 100");
    expect(t).not.toContain("Batas Bawah");
  });

  it("sets its language to Indonesian (w:lang id-ID in the default run style)", async () => {
    const sheets = buildSheets(analysis);
    const styles = bacaZip(await packBab3(buildBab3(analysis, sheets)))
      .get("word/styles.xml")
      ?.toString("utf8");
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="id-ID"\/>.*<\/w:docDefaults>/s);
  });

  it("shows the numbers the Indonesian way", () => {
    const t = teks(xml);
    expect(t).toContain("4.235.577.713"); // total pagu
    expect(t).toContain("4.183.315.561"); // total realisasi
    expect(t).toContain("126,87"); // capaian of PSKS, 85 / 67
    expect(t).toContain("98,77"); // serapan
    expect(t).not.toMatch(/4,235,577,713|126\.87/);
  });

  it("colours predikat cells and the header from the named styles", () => {
    expect(xml).toMatch(/<w:shd [^>]*w:fill="DDEBF7"/); // header
    expect(xml).toMatch(/<w:shd [^>]*w:fill="C6EFCE"/); // Sangat Baik
  });

  it("merges cells as the sheet does", () => {
    expect(xml).toMatch(/<w:gridSpan w:val="\d+"\/>/);
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
    expect(xml).toMatch(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/);
  });

  it("leaves out the Temuan sheet", () => {
    const temuan = sheets.find((s) => s.name === SHEET_NAMES.temuan);
    expect(temuan).toBeDefined();
    const t = teks(xml);
    expect(t).not.toContain(`Temuan Tahun 2024`);
    expect(tabel(xml).some((tbl) => teks(tbl).includes("Dihitung") && teks(tbl).includes("Lokasi"))).toBe(
      false,
    );
  });

  it("has no narrative section when there is no narrative", () => {
    expect(teks(xml)).not.toContain("Analisis Capaian Kinerja");
  });

  it("places the narrative after the capaian table: sasaran sub-headings, then their indikator", async () => {
    const s1 = analysis.sasaran[0];
    const s2 = analysis.sasaran[1];
    const narasi: Paragraf[] = [
      {
        jenis: "sasaran",
        sasaran: s1.sasaran,
        kode: null,
        teks: "Capaian sasaran pertama sebesar 113,43 % (Sangat Baik).",
      },
      {
        jenis: "indikator",
        sasaran: s1.sasaran,
        kode: s1.indikator[0].kode,
        teks: "Indikator PSKS ditargetkan 67 %, realisasi 85 %.",
      },
      { jenis: "sasaran", sasaran: s2.sasaran, kode: null, teks: "Capaian sasaran kedua sebesar 126,65 %." },
      {
        jenis: "indikator",
        sasaran: s2.sasaran,
        kode: s2.indikator[1].kode,
        teks: "Keluarga miskin: realisasi 84,5 %.",
      },
    ];
    const t = teks(await dokumenXml(analysis, sheets, narasi));
    const posisi = [
      "Tabel 3.2 Capaian Kinerja",
      "3.1.2 Analisis Capaian Kinerja",
      `Sasaran 1: ${s1.sasaran}`,
      "Capaian sasaran pertama",
      "a.Indikator PSKS",
      `Sasaran 2: ${s2.sasaran}`,
      "b.Keluarga miskin",
      "3.2 Realisasi Anggaran",
    ].map((s) => t.indexOf(s));
    expect(posisi.every((p) => p >= 0)).toBe(true);
    expect([...posisi].sort((a, b) => a - b)).toEqual(posisi);
  });

  it("takes the narrative from analysis.narasi by default", async () => {
    const narasi: Paragraf[] = [
      { jenis: "sasaran", sasaran: analysis.sasaran[0].sasaran, kode: null, teks: "Dari analisis." },
    ];
    const bytes = await packBab3(buildBab3({ ...analysis, narasi }, sheets));
    const doc = bacaZip(bytes).get("word/document.xml")?.toString("utf8") ?? "";
    expect(teks(doc)).toContain("Dari analisis.");
  });
});

describe("the sheet converter is generic", () => {
  const sel = (value: CellSpec["value"], style?: StyleName): CellSpec => ({ value, style });
  /** A sheet in the shape of §3.1.3: a two-row header with merges, and chart data beside it. */
  const tahunan: SheetSpec = {
    key: "perbandinganTahunan",
    name: "Perbandingan Tahunan",
    rows: [
      [sel("Perbandingan Capaian Tahun 2022–2024", "judul"), null, null, null, null, null, null],
      [
        sel("Indikator Kinerja", "header"),
        sel(2023, "header"),
        null,
        sel(2024, "header"),
        null,
        null,
        sel("X"),
      ],
      [
        null,
        sel("Target", "header"),
        sel("Capaian", "header"),
        sel("Target", "header"),
        sel("Capaian", "header"),
        null,
        sel(1),
      ],
      [
        sel("PSKS aktif", "teks"),
        sel(58, "angka"),
        sel(112.068, "persen"),
        sel(67, "angka"),
        sel(126.8656, "persen"),
        null,
        sel(2),
      ],
      [sel("Catatan: data BPS.", "subjudul"), null, null, null, null, null, null],
    ],
    roles: ["title", "header", "header", "body", "subtitle"],
    // The table is A:E; column G holds a chart's data beside it.
    tables: [{ first: 2, last: 4, headerRows: 2, columns: 5 }],
    columns: [40, 10, 10, 10, 10, 2, 10],
    rowHeights: [],
    merges: ["A1:E1", "A2:A3", "B2:C2", "D2:E2"],
    freeze: { rows: 3, columns: 0 },
    printArea: null,
    landscape: false,
  };
  /** A sheet the chapter has no section for (here the recap's IKU Pemda). */
  const lembarLain: SheetSpec = {
    key: "ikuPemda",
    name: "Lembar Baru",
    rows: [[sel("Kolom", "header")], [sel(1234567, "uang")]],
    roles: ["header", "body"],
    tables: [{ first: 1, last: 2, headerRows: 1, columns: 1 }],
    columns: [20],
    rowHeights: [],
    merges: [],
    freeze: { rows: 0, columns: 0 },
    printArea: null,
    landscape: true,
  };

  let xml: string;
  beforeAll(async () => {
    const analysis = analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2026 });
    xml = await dokumenXml(analysis, [tahunan, lembarLain], []);
  });

  it("gives new sheets their own sub-section and orientation", () => {
    const t = teks(xml);
    expect(t).toContain("Perbandingan antara Realisasi Kinerja serta Capaian Kinerja Tahun 2024");
    expect(t).toContain("3.1.9 Lembar Baru");
    expect(t).toContain("1.234.567");
    expect(xml).toContain('w:orient="landscape"');
  });

  it("repeats both header rows and spans the merged cells", () => {
    const tbl = tabel(xml).find((x) => teks(x).includes("PSKS aktif")) ?? "";
    const rows = baris(tbl);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain("<w:tblHeader/>");
    expect(rows[1]).toContain("<w:tblHeader/>");
    expect(rows[2]).not.toContain("<w:tblHeader");
    expect(rows[0]).toContain('<w:vMerge w:val="restart"/>');
    expect(rows[0].match(/<w:gridSpan w:val="2"\/>/g)).toHaveLength(2);
    expect(teks(rows[2])).toContain("126,87");
    expect(teks(rows[2])).toContain("112,07");
  });

  it("writes a table's declared columns only (chart data beside it is left out)", () => {
    const tbl = tabel(xml).find((x) => teks(x).includes("PSKS aktif")) ?? "";
    expect(tbl.match(/<w:gridCol /g)).toHaveLength(5);
    expect(teks(tbl)).not.toContain("X");
  });

  it("sets a table too wide for the page in a smaller font, its numbers unbroken", async () => {
    const n = 12;
    const lebar: SheetSpec = {
      key: "ikuPemda",
      name: "Lebar",
      rows: [
        Array.from({ length: n }, (_, i) => sel(`Realisasi ${2013 + i}`, "header")),
        Array.from({ length: n }, () => sel(4235577713, "uang")),
      ],
      roles: ["header", "body"],
      tables: [{ first: 1, last: 2, headerRows: 1, columns: n }],
      columns: new Array<number>(n).fill(10),
      rowHeights: [],
      merges: [],
      freeze: { rows: 0, columns: 0 },
      printArea: null,
      landscape: true,
    };
    const analysis = analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2026 });
    const tbl = tabel(await dokumenXml(analysis, [lebar], [])).find((t) => t.includes("4.235.577.713")) ?? "";
    const ukuran = new Set(tbl.match(/<w:sz w:val="\d+"\/>/g));
    expect([...ukuran]).toEqual(['<w:sz w:val="14"/>']);
    const kolom = (tbl.match(/<w:gridCol w:w="(\d+)"\/>/g) ?? []).map((g) => Number(/\d+/.exec(g)?.[0]));
    expect(kolom).toHaveLength(n);
    // "4.235.577.713" at 7 pt is about 850 twips wide, plus the cell's margins.
    for (const w of kolom) expect(w).toBeGreaterThanOrEqual(950);
  });

  it("turns the title into the caption and text rows into paragraphs", () => {
    const t = teks(xml);
    expect(t).toMatch(/Tabel 3\.\d+ Perbandingan Capaian Tahun 2022–2024/);
    expect(t).toContain("Catatan: data BPS.");
  });
});
