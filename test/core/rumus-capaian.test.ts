/** The Rumus column: each formula in the engine, on the Capaian Kinerja sheet, and recalculated. */
import { toLaporan } from "../../src/core/proyeksi";
import { analyze } from "../../src/core/analyze";
import { parseRumus } from "../../src/core/rumus-capaian";
import { buildCapaianKinerja } from "../../src/report/capaian-kinerja";
import { hfDari, nilaiHf } from "../helpers/hf";
import { KOLOM_PAGU, pagu, realisasi, targets } from "../helpers/tabel";

const TARGETS = ["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Polaritas", "Tahun", "Rumus"];
const REALISASI = ["Kode", "Realisasi", "Tahun", "TW1", "TW2", "TW3", "TW4"];

/** One indikator per case, target 80; realisasi 60 and quarters 10, 20, 25, (blank). */
function jalan(rumus: string | null, polaritas = "positif", tw: (number | null)[] = [10, 20, 25, null]) {
  const tables = [
    targets([["IKU-01", "Sasaran satu", "Indikator satu", "%", 80, polaritas, 2024, rumus]], TARGETS),
    pagu([["1.06.02", "Program", 1000, "IKU-01", null, 2024]], KOLOM_PAGU),
    realisasi(
      [
        ["IKU-01", 60, 2024, ...tw],
        ["1.06.02", 900, 2024, null, null, null, null],
      ],
      REALISASI,
    ),
  ];
  const a = analyze(tables, { tahunSekarang: 2025 });
  const sheet = buildCapaianKinerja(a);
  return { a, i: a.indikator[0], sheet, tables };
}

describe("Rumus", () => {
  it.each([
    ["positif", "positif", (60 / 80) * 100],
    ["negatif", "positif", ((2 * 80 - 60) / 80) * 100],
    ["negatif-rasio", "positif", (80 / 60) * 100],
    ["akhir", "positif", (25 / 80) * 100],
    ["kumulatif", "positif", ((10 + 20 + 25) / 80) * 100],
    ["akhir", "negatif", ((2 * 80 - 25) / 80) * 100],
    ["kumulatif", "negatif", ((2 * 80 - 55) / 80) * 100],
    [null, "negatif", ((2 * 80 - 60) / 80) * 100],
    [null, "positif", (60 / 80) * 100],
  ])("%s (polaritas %s): engine, cached value and recalculated formula agree", (rumus, polaritas, c) => {
    const { a, i, sheet, tables } = jalan(rumus, polaritas);
    expect(i.capaian).toBeCloseTo(c, 12);
    expect(toLaporan(a).indikator[0].rumus).toBe(rumus ?? polaritas);
    expect(a.temuan.filter((t) => t.kolom === "Rumus")).toEqual([]);
    const b = sheet.rows.findIndex((r) => r[2]?.value === "Indikator satu") + 1;
    expect(sheet.rows[b - 1][6]?.value).toBeCloseTo(c, 12);
    // The sheet says which formula the row used.
    expect(String(sheet.rows[b - 1][8]?.value)).toContain(rumus ?? polaritas);
    const hf = hfDari(tables, [sheet]);
    expect(nilaiHf(hf, sheet.name, b, 7) as number).toBeCloseTo(c, 12);
    expect(nilaiHf(hf, sheet.name, b, 8)).toBe(i.predikat);
    hf.destroy();
  });

  it("negatif-rasio marks the indikator lower-is-better", () => {
    expect(jalan("negatif-rasio").i.polaritas).toBe("negatif");
  });

  it("akhir and kumulatif follow a corrected quarter when recalculated", () => {
    for (const [rumus, hasil] of [
      ["akhir", (30 / 80) * 100],
      ["kumulatif", ((10 + 20 + 25 + 30) / 80) * 100],
    ] as const) {
      const { sheet, tables } = jalan(rumus);
      const hf = hfDari(tables, [sheet]);
      // TW4 of IKU-01: Realisasi!G5.
      hf.setCellContents({ sheet: hf.getSheetId("Realisasi")!, row: 4, col: 6 }, 30);
      const b = sheet.rows.findIndex((r) => r[2]?.value === "Indikator satu") + 1;
      expect(nilaiHf(hf, sheet.name, b, 7) as number).toBeCloseTo(hasil, 12);
      hf.destroy();
    }
  });

  it("akhir and kumulatif without any quarter use the Realisasi column", () => {
    expect(jalan("kumulatif", "positif", [null, null, null, null]).i.capaian).toBeCloseTo(75, 12);
  });

  it("negatif-rasio at realisasi 0 has no capaian (T/R undefined), blank on the sheet", () => {
    const tables = [
      targets([["IKU-01", "S", "Indikator satu", "%", 5, "negatif", 2024, "negatif-rasio"]], TARGETS),
      pagu([["1.06.02", "Program", 1000, null, null, 2024]], KOLOM_PAGU),
      realisasi([["IKU-01", 0, 2024, null, null, null, null]], REALISASI),
    ];
    const a = analyze(tables, { tahunSekarang: 2025 });
    expect(a.indikator[0].capaian).toBeNull();
    const sheet = buildCapaianKinerja(a);
    const hf = hfDari(tables, [sheet]);
    const b = sheet.rows.findIndex((r) => r[2]?.value === "Indikator satu") + 1;
    expect(nilaiHf(hf, sheet.name, b, 7)).toBe("");
    hf.destroy();
  });

  it("an unknown Rumus is a temuan at its cell, naming the five choices", () => {
    const { a, i } = jalan("rata-rata");
    const t = a.temuan.find((x) => x.kolom === "Rumus");
    expect(t).toMatchObject({ jenis: "NILAI_TIDAK_VALID", alamat: "PK!H5", tercatat: "rata-rata" });
    expect(t?.pesan).toContain("negatif-rasio");
    expect(i.rumus).toBe("positif");
  });

  it("reads the usual spellings", () => {
    expect(parseRumus(" Negatif Rasio ")).toBe("negatif-rasio");
    expect(parseRumus("T/R")).toBe("negatif-rasio");
    expect(parseRumus("")).toBeUndefined();
    expect(parseRumus("KUMULATIF")).toBe("kumulatif");
  });
});
