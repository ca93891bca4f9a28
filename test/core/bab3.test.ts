/** Chapter III beyond the capaian table: earlier years, Renstra, efficiency and the narrative. */
import { toLaporan } from "../../src/core/proyeksi";
import { analyze } from "../../src/core/analyze";
import type { RawTable } from "../../src/core/table";
import { tren } from "../../src/core/tahunan";
import { seedRawTables } from "../fixtures/seed-tabel";

const seed = (ubah?: (t: RawTable[]) => void, tahun = 2024) => {
  const t = seedRawTables();
  ubah?.(t);
  return analyze(t, { tahun, tahunSekarang: 2026 });
};
const teks = (a: ReturnType<typeof seed>, kode: string) => a.narasi.find((p) => p.kode === kode)?.teks ?? "";

describe("perbandingan tahunan", () => {
  it("holds 2022–2024 for the 2024 run with the seed §3.1.3 capaian and the trend", () => {
    const a = seed();
    expect(a.tahunan.tahun).toEqual([2022, 2023, 2024]);
    const iku = (kode: string) => toLaporan(a).tahunan.find((x) => x.kode === kode);
    expect(iku("IKU-01")?.tahun.map((x) => +(x.capaian ?? 0).toFixed(2))).toEqual([110, 112.07, 126.87]);
    expect(iku("IKU-01")?.tahun.map((x) => x.capaianTercatat)).toEqual([117, 117, 126]);
    expect(iku("IKU-01")?.tren).toBe("naik");
    expect(iku("IKU-02")?.tren).toBe("tetap");
    expect(iku("IKU-04")?.tahun.map((x) => +(x.capaian ?? 0).toFixed(2))).toEqual([100, 98.24, 153.3]);
  });

  it("a 2023 run compares 2022–2023 only", () => {
    const a = seed(undefined, 2023);
    expect(a.tahunan.tahun).toEqual([2022, 2023]);
    expect(toLaporan(a).tahunan.find((x) => x.kode === "IKU-04")?.tren).toBe("turun");
  });

  it("earlier years' temuan join the run's temuan with their own tahun", () => {
    const tahun = new Set(seed().temuan.map((t) => t.tahun));
    expect([...tahun].sort()).toEqual([2022, 2023, 2024]);
  });

  it.each([
    [100, 100.004, "tetap"],
    [100, 101, "naik"],
    [100, 99, "turun"],
    [null, 99, null],
  ] as const)("tren(%p, %p) = %p", (a, b, hasil) => {
    expect(tren(a, b)).toBe(hasil);
  });
});

describe("efisiensi (seed §3.1.7)", () => {
  it("serapan of each IKU's programs, efisien when capaian ≥ serapan, null without budget", () => {
    const e = toLaporan(seed()).efisiensi;
    const byKode = Object.fromEntries(e.map((x) => [x.kode, x]));
    expect(byKode["IKU-01"]).toMatchObject({ serapan: null, efisien: null });
    expect(byKode["IKU-02"]).toMatchObject({ serapan: 100, efisien: true });
    expect(byKode["IKU-04"].serapan?.toFixed(2)).toBe("95.22");
    expect(byKode["IKU-03"].serapan?.toFixed(2)).toBe("99.83");
    expect(byKode["IKU-05"].serapan?.toFixed(2)).toBe("99.26");
    expect(Object.keys(byKode["IKU-04"]).sort()).toEqual(["capaian", "efisien", "kode", "serapan"]);
  });

  it("an indikator below its programs' serapan is Tidak Efisien", () => {
    const a = seed((t) => {
      const real = t.find((x) => x.name === "realisasi")!;
      const row = real.rows.find((r) => r[0] === "IKU-03" && r[1] === 2024)!;
      row[2] = 90; // capaian 90 % against serapan 99,83 %
    });
    expect(a.efisiensi.find((x) => x.kode === "IKU-03")).toMatchObject({
      efisien: false,
      keterangan: "tidak-efisien",
    });
  });
});

describe("renstra", () => {
  it("compares realisasi with the Renstra target; absent column → null", () => {
    const a = seed();
    expect(a.renstra?.find((x) => x.kode === "IKU-01")?.capaian?.toFixed(2)).toBe("126.87");
    expect(a.standarNasional?.every((x) => x.acuan === null && x.capaian === null)).toBe(true);
    const tanpa = seed((t) => {
      const tg = t.find((x) => x.name === "targets")!;
      tg.headers = tg.headers.map((h) =>
        h === "Target Renstra" || h === "Standar Nasional" ? `Lain ${h}` : h,
      );
    });
    expect(tanpa.renstra).toBeNull();
    expect(tanpa.standarNasional).toBeNull();
  });
});

describe("narasi (seed §3.1.2 style)", () => {
  it("IKU-01 2024 states target 67, realisasi 85, capaian 126,87, Sangat Baik, and that it lies above the scale", () => {
    const p = teks(seed(), "IKU-01");
    expect(p).toContain("pada Tahun 2024 ditargetkan");
    expect(p).toContain("ditargetkan sebesar 67 %");
    expect(p).toContain("realisasinya sebesar 85 %");
    expect(p).toContain('capaian kinerjanya 126,87 % dengan kategori "Sangat Baik"');
    expect(p).toMatch(/126,87 % berada di atas rentang skala predikat/);
    expect(p).toMatch(/Dibandingkan Tahun 2023 \(112,07 %\), capaian naik 14,80 poin persen/);
  });

  it("a lower-is-better indikator says so", () => {
    const a = seed((t) => {
      const tg = t.find((x) => x.name === "targets")!;
      tg.rows.filter((r) => r[0] === "IKU-04").forEach((r) => (r[5] = "negatif"));
    });
    expect(teks(a, "IKU-04")).toMatch(/berpolaritas negatif \(semakin rendah realisasi semakin baik\)/);
    expect(teks(a, "IKU-01")).not.toMatch(/negatif/);
  });

  it("missing realisasi gives a sentence that says so instead of a number", () => {
    const a = seed((t) => {
      const real = t.find((x) => x.name === "realisasi")!;
      real.rows = real.rows.filter((r) => !(r[0] === "IKU-05" && r[1] === 2024));
    });
    expect(teks(a, "IKU-05")).toMatch(/realisasinya belum tersedia di tabel realisasi/);
    expect(a.narasi.find((p) => p.jenis === "sasaran" && p.sasaran.includes("rehabilitasi"))?.teks).toMatch(
      /Belum ada indikator yang capaiannya dapat dihitung/,
    );
  });

  it("sasaran paragraphs come before their indikator and carry the mean; JSON has {kode, teks}", () => {
    const a = seed();
    expect(a.narasi[0]).toMatchObject({ jenis: "sasaran" });
    expect(a.narasi[0].teks).toMatch(/diukur dengan 2 \(dua\) indikator kinerja utama/);
    expect(a.narasi[0].teks).toMatch(/113,43 % dengan kategori "Sangat Baik"/);
    expect(Object.keys(toLaporan(a).narasi[0] ?? {}).sort()).toEqual(["kode", "teks"]);
  });
});
