/** The JSON report as a projection of the run result (src/core/proyeksi.ts, CONTRACT §11). */
import { analyze } from "../../src/core/analyze";
import type { Laporan } from "../../src/core/laporan";
import { laporanJsonText, toLaporan } from "../../src/core/proyeksi";
import { seedRawTables } from "../fixtures/seed-tabel";
import { bukuKerja } from "../helpers/tabel";

const seed = () => analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2025 });

/** Every top-level field of §11.1, in the order the JSON has them. */
const MEDAN: (keyof Laporan)[] = [
  "tahun",
  "skala",
  "indikator",
  "sasaran",
  "anggaran",
  "total",
  "opd",
  "temuan",
  "tahunan",
  "renstra",
  "standarNasional",
  "efisiensi",
  "narasi",
  "anggaranPerSasaran",
  "analisis",
  "sumberSipd",
];

describe("toLaporan", () => {
  it("has every field, in a run that computed and in one that stopped", () => {
    expect(Object.keys(toLaporan(seed()))).toEqual(MEDAN);
    const fatal = analyze([bukuKerja()[0]], { tahunSekarang: 2024 });
    expect(fatal.fatal).toBe(true);
    expect(Object.keys(toLaporan(fatal))).toEqual(MEDAN);
    expect(toLaporan(fatal)).toMatchObject({ opd: { capaian: null, predikat: null }, sumberSipd: null });
  });

  it("is pure: the same run projects to equal reports, and projecting leaves the run as it was", () => {
    const a = seed();
    const sebelum = JSON.stringify(a, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
    expect(toLaporan(a)).toEqual(toLaporan(a));
    expect(JSON.stringify(a, (_, v: unknown) => (typeof v === "bigint" ? `${v}n` : v))).toBe(sebelum);
  });

  it("keys a sasaran's paragraph by the sasaran's text and an indikator's by its kode", () => {
    const a = seed();
    const l = toLaporan(a);
    expect(a.narasi[0]).toMatchObject({ jenis: "sasaran", sasaran: a.sasaran[0].sasaran, kode: null });
    expect(l.narasi[0].kode).toBe(a.sasaran[0].sasaran);
    expect(a.narasi[1]).toMatchObject({ jenis: "indikator", sasaran: a.sasaran[0].sasaran, kode: "IKU-01" });
    expect(l.narasi[1].kode).toBe("IKU-01");
  });

  it("gives amounts in rupiah from the run's exact sen", () => {
    const a = analyze(bukuKerja(), { tahunSekarang: 2024 });
    expect(a.total).toEqual({ pagu: 100000n, realisasi: 90000n, persen: 90 });
    expect(toLaporan(a).total).toEqual({ pagu: 1000, realisasi: 900, persen: 90 });
  });
});

describe("teksLaporan", () => {
  it("leaves sumberSipd out of the file when the budget is the pagu table, and nothing else", () => {
    const l = toLaporan(seed());
    const isi = JSON.parse(laporanJsonText(l)) as Record<string, unknown>;
    expect(Object.keys(isi)).toEqual(MEDAN.filter((m) => m !== "sumberSipd"));
    expect(laporanJsonText(l)).toBe(JSON.stringify({ ...l, sumberSipd: undefined }, null, 2) + "\n");
  });

  it("writes sumberSipd when there is one", () => {
    const l: Laporan = {
      ...toLaporan(seed()),
      sumberSipd: {
        rekap: "rekap.xlsx",
        rekapAwal: null,
        skpd: { kode: "1.06", nama: "Dinas Sosial", subUnit: null, namaSubUnit: null },
        baris: 3,
        realisasi: null,
      },
    };
    expect(Object.keys(JSON.parse(laporanJsonText(l)) as object)).toEqual(MEDAN);
  });
});
