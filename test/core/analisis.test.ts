/** 3.1.6's facts and the staff's analisis table; 3.2's budget per sasaran. */
import { toLaporan } from "../../src/core/proyeksi";
import { analyze } from "../../src/core/analyze";
import { ANALISIS_TEXT } from "../../src/core/analisis";
import { seedRawTables } from "../fixtures/seed-tabel";
import { buildSheets } from "../../src/report";
import { hfDari, nilaiHf } from "../helpers/hf";
import { bukuKerja, tabel } from "../helpers/tabel";

const ANALISIS = ["Kode", "Faktor Pendukung", "Faktor Penghambat", "Solusi"];

describe("analisis (seed §3.1.6)", () => {
  it("takes the staff's text from the analisis table, by Kode", () => {
    const tables = [
      ...bukuKerja(),
      tabel("analisis", ANALISIS, [
        ["IKU-01", "Tambahan pendamping PKH", null, "Menyesuaikan kembali target"],
        ["IKU-09", "salah kode", null, null],
      ]),
    ];
    const a = analyze(tables, { tahunSekarang: 2024 });
    expect(toLaporan(a).analisis[0]).toMatchObject({
      kode: "IKU-01",
      pendukung: "Tambahan pendamping PKH",
      penghambat: null,
      solusi: "Menyesuaikan kembali target",
    });
    const t = a.temuan.find((x) => x.tabel === "analisis");
    expect(t).toMatchObject({ jenis: "KODE_TIDAK_DIKENAL", kode: "IKU-09", alamat: "analisis!A6" });
  });

  it("states a missed target while the linked programs spent over 90 %", () => {
    // IKU-01: capaian 75 (target 80, realisasi 60); its program spent 900 of 1000 → 90 %: not over.
    const a = analyze(bukuKerja(), { tahunSekarang: 2024 });
    expect(toLaporan(a).analisis[0].fakta).toEqual([ANALISIS_TEXT.tidakTercapai(75)]);
    const b = analyze(
      bukuKerja((x) => (x.realisasi[1][1] = 950)),
      { tahunSekarang: 2024 },
    );
    expect(toLaporan(b).analisis[0].fakta).toEqual([ANALISIS_TEXT.tidakTercapaiSerapanTinggi(75, 95)]);
  });

  it("states capaian falling three years running, and no budget linked", () => {
    const a = analyze(
      bukuKerja((x) => {
        x.targets.push(
          ["IKU-01", "Sasaran satu", "Indikator satu", "%", 80, "positif", 2022],
          ["IKU-01", "Sasaran satu", "Indikator satu", "%", 80, "positif", 2023],
        );
        x.realisasi.push(["IKU-01", 76, 2022, null, null, null], ["IKU-01", 70, 2023, null, null, null]);
        x.pagu[0][3] = null; // the program supports no IKU
      }),
      { tahun: 2024, tahunSekarang: 2024 },
    );
    const fakta = toLaporan(a).analisis[0].fakta ?? [];
    expect(fakta.some((f) => f.startsWith("Capaian turun tiga tahun berturut-turut (2022: 95,00 %"))).toBe(
      true,
    );
    expect(fakta).toContain(ANALISIS_TEXT.tanpaAnggaran);
  });

  it("leaves the staff's fields null without the table (the chapter marks them to fill in)", () => {
    const a = analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2025 });
    expect(toLaporan(a).analisis).toHaveLength(5);
    for (const x of toLaporan(a).analisis)
      expect([x.pendukung, x.penghambat, x.solusi]).toEqual([null, null, null]);
  });
});

describe("anggaranPerSasaran (LKE; seed §3.2)", () => {
  it("sums each sasaran's programs; the programs without IKU apart; all add up to the total", () => {
    const a = analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2025 });
    const g = toLaporan(a).anggaranPerSasaran;
    expect(g.map((x) => [x.sasaran.slice(0, 40), x.pagu, x.realisasi])).toEqual([
      ["Meningkatnya penyelenggaraan kesejahtera", 6800000, 6800000],
      ["Meningkatnya penyelenggaraan Perlindunga", 627315680 + 454329920, 597308080 + 453551300],
      ["Meningkatnya penyelenggaraan rehabilitas", 371825120, 369078690],
      ["Program tanpa IKU", 2775306993, 2756577491],
    ]);
    expect(g.reduce((s, x) => s + x.pagu, 0)).toBe(toLaporan(a).total.pagu);
    expect(g.reduce((s, x) => s + x.realisasi, 0)).toBe(toLaporan(a).total.realisasi);
  });
});

describe("Realisasi Anggaran per Sasaran sheet, recalculated (HyperFormula)", () => {
  it("every formula's cached value equals its recalculation; Jumlah is the total, each program once", () => {
    const tables = seedRawTables();
    const a = analyze(tables, { tahun: 2024, tahunSekarang: 2025 });
    const sheet = buildSheets(a).find((s) => s.name === "Realisasi Anggaran per Sasaran")!;
    const hf = hfDari(tables, [sheet]);
    const jumlah = sheet.rows.findIndex((r) => r[0]?.value === "Jumlah") + 1;
    let n = 0;
    sheet.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        // HyperFormula's SUBTOTAL counts nested SUBTOTALs (Excel's leaves them out): the Jumlah
        // row is checked against the sasaran rows below instead.
        if (!cell?.formula || r + 1 === jumlah) return;
        n++;
        const v = nilaiHf(hf, sheet.name, r + 1, c + 1);
        if (typeof cell.value === "number") expect(Math.abs((v as number) - cell.value)).toBeLessThan(1e-6);
        else expect(v).toBe(cell.value);
      }),
    );
    expect(n).toBeGreaterThan(20);
    const sasaran = sheet.rows.flatMap((r, i) => (r[2]?.value === "Jumlah" ? [i + 1] : []));
    expect(sasaran).toHaveLength(4);
    const jumlahSasaran = sasaran.reduce((t, b) => t + (nilaiHf(hf, sheet.name, b, 4) as number), 0);
    expect(jumlahSasaran).toBe(toLaporan(a).total.pagu);
    expect(sheet.rows[jumlah - 1][3]?.formula).toBe(`=SUBTOTAL(9,D5:D${jumlah - 1})`);
    hf.destroy();
  });
});
