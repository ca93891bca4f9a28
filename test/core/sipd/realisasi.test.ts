/**
 * Realisasi from "Laporan Realisasi Per Dokumen" downloads built from the README's description:
 * overlapping monthly files, SP2D lines repeating Nilai SP2D, text dates and amounts, a period
 * cut-off, Pagu PK from a second recap, program_iku, and the temuan the exports can carry.
 */
import { toLaporan } from "../../../src/core/proyeksi";
import { analyze, type Analysis } from "../../../src/core/analyze";
import type { NodeAnggaran } from "../../../src/core/anggaran";
import type { SumberSipd } from "../../../src/core/sipd/anggaran-sipd";
import { buildSheets } from "../../../src/report";
import { realisasi, tabel, targets } from "../../helpers/tabel";
import {
  DINSOS,
  kenali,
  lembarRealisasi,
  lembarRekap,
  type BarisRekapUji,
  type Dokumen,
} from "../../helpers/sipd";

const SUB_A = "1.06.04.2.01.0001";
const SUB_B = "1.06.04.2.01.0002";
const SUB_C = "1.06.01.2.01.0001";
const REK_1 = "5.1.02.01.01.0024";
const REK_2 = "5.1.02.02.01.0013";
const REK_3 = "5.1.01.01.01.0001";

const REKAP: BarisRekapUji[] = [
  { subKegiatan: SUB_A, rekening: REK_1, pagu: 10_000_000 },
  { subKegiatan: SUB_A, rekening: REK_2, pagu: 5_000_000.5 },
  { subKegiatan: SUB_B, rekening: null, pagu: null },
  { subKegiatan: SUB_C, rekening: REK_3, pagu: 20_000_000 },
  { subKegiatan: "1.02.02.2.01.0001", rekening: REK_1, pagu: 99_000_000, skpd: "1.02.0.00.0.00.01.0000" },
];

/** January, downloaded early February. */
const JANUARI: Dokumen[] = [
  // one SP2D of two lines: Nilai SP2D repeats the SP2D's total on both
  {
    subKegiatan: SUB_A,
    rekening: REK_1,
    nomor: "LS/001",
    tanggal: "15 Januari 2024",
    nilai: 2_500_000,
    sp2d: "SP2D/01",
    nilaiSp2d: 3_750_000.25,
  },
  {
    subKegiatan: SUB_A,
    rekening: REK_2,
    nomor: "LS/001",
    tanggal: "15 Januari 2024",
    nilai: "1.250.000,25",
    sp2d: "SP2D/01",
    nilaiSp2d: "3.750.000,25",
  },
  {
    subKegiatan: SUB_C,
    rekening: REK_3,
    nomor: "GU/002",
    tanggal: "Rabu, 31 Januari 2024",
    nilai: 5_000_000,
    jenis: "GU",
  },
  // another SKPD in the same download
  {
    subKegiatan: "1.02.02.2.01.0001",
    rekening: REK_1,
    nomor: "LS/900",
    tanggal: "20 Januari 2024",
    nilai: 7_000_000,
    skpd: "1.02.0.00.0.00.01.0000",
  },
];
/** January to March, downloaded in April: January again, then February and March. */
const JANUARI_MARET: Dokumen[] = [
  ...JANUARI,
  {
    subKegiatan: SUB_A,
    rekening: REK_1,
    nomor: "LS/003",
    tanggal: "12 Februari 2024",
    nilai: "3.000.000,00",
  },
  { subKegiatan: SUB_A, rekening: REK_1, nomor: "LS/004", tanggal: "05-03-2024", nilai: 1_000_000 },
];

const tabelDasar = () => [
  targets([["IKU-01", "Sasaran satu", "Indikator satu", "%", 80, "positif", 2024]]),
  realisasi([["IKU-01", 60, 2024, null, null, null]]),
  tabel("program_iku", ["Kode", "Kode IKU"], [["1.06.04", "IKU-01"]], { sheet: "IKU" }),
];

function jalankan(sumber: Partial<SumberSipd> = {}, rekap = REKAP, tables = tabelDasar()): Analysis {
  return analyze(tables, {
    tahunSekarang: 2024,
    sipd: { rekap: kenali(lembarRekap(rekap)), skpd: DINSOS, ...sumber },
  });
}

const unduhan = (sheet: string, dok: Dokumen[], opsi = {}) => kenali(lembarRealisasi(sheet, dok, opsi));
const jenis = (a: Analysis) => a.temuan.map((t) => t.jenis);

function node(a: Analysis, kode: string): NodeAnggaran {
  const cari = (xs: NodeAnggaran[]): NodeAnggaran | undefined =>
    xs.map((n) => (n.kode === kode ? n : cari(n.anak))).find((n) => n !== undefined);
  const n = cari(a.anggaran);
  if (!n) throw new Error(`tidak ada ${kode}`);
  return n;
}

describe("realisasi from Laporan Realisasi Per Dokumen", () => {
  it("overlapping monthly downloads count each document line once; Nilai SP2D is never summed", () => {
    const a = jalankan({
      realisasi: [
        unduhan("Realisasi Jan", JANUARI),
        unduhan("Realisasi Jan-Mar", JANUARI_MARET, { varian: true, judul: true }),
      ],
    });
    expect(a.fatal).toBe(false);
    expect(jenis(a)).toEqual([]);
    expect(node(a, SUB_A).realisasi).toBe(775_000_025n); // 2.500.000 + 1.250.000,25 + 3.000.000 + 1.000.000
    expect(node(a, SUB_C).realisasi).toBe(500_000_000n);
    expect(node(a, SUB_B).realisasi).toBe(0n);
    expect(toLaporan(a).total).toEqual({
      pagu: 35_000_000.5,
      realisasi: 12_750_000.25,
      persen: (1_275_000_025 / 3_500_000_050) * 100,
    });
    expect(a.sumberSipd?.realisasi).toEqual({
      lembar: ["lembar Realisasi Jan", "lembar Realisasi Jan-Mar"],
      baris: 5,
      sampaiBulan: null,
    });
  });

  it("the order of the downloads does not matter", () => {
    const a = jalankan({
      realisasi: [unduhan("Realisasi Jan-Mar", JANUARI_MARET), unduhan("Realisasi Jan", JANUARI)],
    });
    expect(node(a, SUB_A).realisasi).toBe(775_000_025n);
    expect(jenis(a)).toEqual([]);
  });

  it("two lines of one document on the same rekening in one download are two lines", () => {
    const dua: Dokumen[] = [
      { subKegiatan: SUB_A, rekening: REK_1, nomor: "LS/010", tanggal: "2 Mei 2024", nilai: 400_000 },
      { subKegiatan: SUB_A, rekening: REK_1, nomor: "LS/010", tanggal: "2 Mei 2024", nilai: 400_000 },
    ];
    const a = jalankan({ realisasi: [unduhan("Mei", dua), unduhan("Mei lagi", dua)] });
    expect(node(a, SUB_A).realisasi).toBe(80_000_000n);
  });

  it("--sampai-bulan keeps the lines dated up to the month's end (text dates in several forms)", () => {
    const r = [unduhan("Realisasi Jan-Mar", JANUARI_MARET)];
    expect(node(jalankan({ realisasi: r, sampaiBulan: 1 }), SUB_A).realisasi).toBe(375_000_025n);
    expect(node(jalankan({ realisasi: r, sampaiBulan: 2 }), SUB_A).realisasi).toBe(675_000_025n);
    expect(node(jalankan({ realisasi: r, sampaiBulan: 3 }), SUB_A).realisasi).toBe(775_000_025n);
    expect(jalankan({ realisasi: r, sampaiBulan: 2 }).sumberSipd?.realisasi?.sampaiBulan).toBe(2);
  });

  it("an unreadable date: counted without a period, left out with one, and reported at its cell", () => {
    const dok: Dokumen[] = [
      { subKegiatan: SUB_A, rekening: REK_1, nomor: "LS/020", tanggal: "31 Februari 2024", nilai: 100_000 },
    ];
    const tanpa = jalankan({ realisasi: [unduhan("R", dok)] });
    expect(node(tanpa, SUB_A).realisasi).toBe(10_000_000n);
    const dengan = jalankan({ realisasi: [unduhan("R", dok)], sampaiBulan: 12 });
    expect(node(dengan, SUB_A).realisasi).toBe(0n);
    expect(dengan.temuan).toMatchObject([
      { jenis: "NILAI_TIDAK_VALID", tabel: "realisasi_sipd", kolom: "Tanggal Dokumen", alamat: "R!Y2" },
    ]);
  });

  it("a leaf's realisasi is a SUM over the kept lines' Nilai Realisasi cells when they are numbers", () => {
    const a = jalankan({ realisasi: [unduhan("Realisasi Jan", JANUARI)] });
    expect(node(a, SUB_C).realisasiSel).toEqual({
      alamat: "Realisasi Jan!AA4",
      ref: "SUM('Realisasi Jan'!AA4)",
      angka: true,
    });
    // a text amount cannot be summed by Excel: the value is written instead
    expect(node(a, SUB_A).realisasiSel?.angka).toBe(false);
  });

  it("a separate file's cells are named with the file and never referred to by formulas", () => {
    const a = jalankan({
      realisasi: [unduhan("Data Realisasi Dokumen", JANUARI, { berkas: "realisasi-januari.xlsx" })],
    });
    expect(node(a, SUB_C).realisasiSel).toMatchObject({
      alamat: "[realisasi-januari.xlsx]Data Realisasi Dokumen!AA4",
      angka: false,
    });
    // a temuan at a cell of that file is listed without a link (the file is not this workbook)
    const salah = jalankan({
      realisasi: [
        unduhan("Data Realisasi Dokumen", [{ ...JANUARI[0], tanggal: "kemarin" }], {
          berkas: "realisasi-januari.xlsx",
        }),
      ],
    });
    const temuan = buildSheets(salah).find((x) => x.name === "Temuan");
    const sel = temuan?.rows
      .flat()
      .find((c) => c?.value === "[realisasi-januari.xlsx]Data Realisasi Dokumen!Y2");
    expect(sel).toBeDefined();
    expect(sel?.formula).toBeUndefined();
  });

  it("rekening kept as a fourth level carry their own realisasi", () => {
    const a = jalankan({ realisasi: [unduhan("Realisasi Jan-Mar", JANUARI_MARET)], rekening: true });
    const sub = node(a, SUB_A);
    expect(sub.anak.map((n) => [n.kode, n.level, n.pagu, n.realisasi])).toEqual([
      [REK_1, "rekening", 1_000_000_000n, 650_000_000n],
      [REK_2, "rekening", 500_000_050n, 125_000_025n],
    ]);
  });

  it("without SIPD realisasi, the realisasi table's rows for sub kegiatan kode are used", () => {
    const tables = tabelDasar();
    tables[1] = realisasi([
      ["IKU-01", 60, 2024, null, null, null],
      [SUB_A, 14_000_000, 2024, null, null, null],
    ]);
    const a = jalankan({}, REKAP, tables);
    expect(node(a, SUB_A).realisasi).toBe(1_400_000_000n);
    expect(node(a, SUB_A).realisasiSel?.ref).toBe("Realisasi!B6");
    // the other sub kegiatan with pagu has no realisasi row
    expect(a.temuan.map((t) => [t.jenis, t.kode])).toEqual([["REALISASI_TIDAK_ADA", SUB_C]]);
  });
});

describe("what a recap gets wrong", () => {
  it("a negative PAGU is NILAI_NEGATIF at its cell, summed as written", () => {
    const a = jalankan({}, [{ subKegiatan: SUB_A, rekening: REK_1, pagu: -1000 }, ...REKAP.slice(1)]);
    const t = a.temuan.find((x) => x.jenis === "NILAI_NEGATIF");
    expect(t).toMatchObject({
      tabel: "rekap_sipd",
      kolom: "PAGU",
      alamat: "Rekap!U2",
      tercatat: -1000,
      tingkat: "error",
    });
    expect(node(a, SUB_A).pagu).toBe(-100_000n + 500_000_050n);
  });
});

describe("linking and Pagu PK", () => {
  it("program_iku links programs to IKU, so Tabel Realisasi Keuangan groups them under the sasaran", () => {
    const a = jalankan({ realisasi: [unduhan("R", JANUARI)] });
    expect(node(a, "1.06.04").kodeIku).toBe("IKU-01");
    expect(node(a, "1.06.01").kodeIku).toBeNull();
    expect(a.efisiensi[0].program.map((p) => p.kode)).toEqual(["1.06.04"]);
    const trk = buildSheets(a)[0];
    expect(trk.rows.some((r) => r.some((c) => c?.value === "Indikator satu"))).toBe(true);
  });

  it("program_iku naming a kode the recap lacks, or an unknown IKU: KODE_TIDAK_DIKENAL at the cell", () => {
    const tables = tabelDasar();
    tables[2] = tabel(
      "program_iku",
      ["Kode", "Kode IKU"],
      [
        ["1.06.09", "IKU-01"],
        ["1.06.01.2.01", "IKU-99"],
      ],
      { sheet: "IKU" },
    );
    const a = jalankan({}, REKAP, tables);
    expect(
      a.temuan.filter((t) => t.jenis === "KODE_TIDAK_DIKENAL").map((t) => [t.alamat, t.tercatat]),
    ).toEqual([
      ["IKU!A5", "1.06.09"],
      ["IKU!B6", "IKU-99"],
    ]);
  });

  it("a second recap is Pagu PK: PAGU_BERUBAH where the final one differs, and for a line dropped", () => {
    const murni = kenali(
      lembarRekap(
        [
          { subKegiatan: SUB_A, rekening: REK_1, pagu: 12_000_000 },
          { subKegiatan: SUB_A, rekening: REK_2, pagu: 5_000_000.5 },
          { subKegiatan: SUB_C, rekening: REK_3, pagu: 20_000_000 },
          { subKegiatan: "1.06.01.2.01.0002", rekening: REK_3, pagu: 1_000_000 },
        ],
        { sheet: "Rekap Murni" },
      ),
    );
    const a = jalankan({ rekapAwal: murni, realisasi: [unduhan("R", JANUARI)] });
    expect(node(a, SUB_A).paguPk).toBe(1_700_000_050n);
    expect(a.sumberSipd?.lembarAwal).toBe("lembar Rekap Murni");
    const berubah = a.temuan.filter((t) => t.jenis === "PAGU_BERUBAH");
    expect(berubah.map((t) => [t.kode, t.alamat, t.tercatat, t.dihitung])).toEqual([
      ["1.06.04", "Rekap!U2", 17_000_000.5, 15_000_000.5],
      ["1.06.04.2.01", "Rekap!U2", 17_000_000.5, 15_000_000.5],
      [SUB_A, "Rekap!U2", 17_000_000.5, 15_000_000.5],
      ["1.06.01", "Rekap!U5", 21_000_000, 20_000_000],
      ["1.06.01.2.01", "Rekap!U5", 21_000_000, 20_000_000],
      ["1.06.01.2.01.0002", "Rekap Murni!U5", 1_000_000, 0],
    ]);
  });
});
