/** Capaian of an indikator and of a sasaran (DOMAIN.md, "The calculations"). */
import { toLaporan } from "../../src/core/proyeksi";
import fc from "fast-check";
import { analyze } from "../../src/core/analyze";
import { computeCapaian, parsePolaritas, parseTarget, rataRata, type Target } from "../../src/core/capaian";
import { bukuKerja } from "../helpers/tabel";

const tunggal = (nilai: number): Target => ({ jenis: "tunggal", nilai });
const rentang = (bawah: number, atas: number): Target => ({ jenis: "rentang", bawah, atas, teks: "" });

describe("hitungCapaian", () => {
  it.each([
    [67, 85, 126.86567164179105],
    [55.12, 84.5, 153.30188679245285],
    [100, 100, 100],
    [80, 60, 75],
    [50, 0, 0],
  ])("positif: target %d, realisasi %d → R/T×100", (t, r, c) => {
    expect(computeCapaian(tunggal(t), r, "positif")).toBeCloseTo(c, 10);
  });

  it.each([
    [10, 8, 120],
    [10, 10, 100],
    [10, 12, 80],
    [10, 25, -50],
    [4, 1, 175],
  ])("negatif: target %d, realisasi %d → (2T−R)/T×100", (t, r, c) => {
    expect(computeCapaian(tunggal(t), r, "negatif")).toBeCloseTo(c, 10);
  });

  it("negatif equals PermenPANRB 8/2021's (1 + (1 − R/T)) × 100", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (t, r) => {
          const c = computeCapaian(tunggal(t), r, "negatif") as number;
          const e = (1 + (1 - r / t)) * 100;
          expect(Math.abs(c - e)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(e)));
        },
      ),
    );
  });

  describe("range target 68,75 – 69,25", () => {
    const t = rentang(68.75, 69.25);
    it.each([68.75, 69, 69.25])("inside (%d) → 100", (r) =>
      expect(computeCapaian(t, r, "positif")).toBe(100),
    );
    it("above → R / b × 100", () =>
      expect(computeCapaian(t, 70, "positif")).toBeCloseTo((70 / 69.25) * 100, 12));
    it("below → R / a × 100", () =>
      expect(computeCapaian(t, 60, "positif")).toBeCloseTo((60 / 68.75) * 100, 12));
  });

  it("target 0 → null, never Infinity or NaN, for any realisasi and polaritas", () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
        fc.constantFrom("positif", "negatif"),
        (r, p) => {
          expect(computeCapaian(tunggal(0), r, p as "positif" | "negatif")).toBeNull();
        },
      ),
    );
    expect(computeCapaian(tunggal(-0), 5, "positif")).toBeNull();
    expect(computeCapaian(rentang(0, 5), -1, "positif")).toBeNull();
  });

  it("is always finite when the target is not 0", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e9, noNaN: true }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        (t, r) => expect(Number.isFinite(computeCapaian(tunggal(t), r, "positif"))).toBe(true),
      ),
    );
  });
});

describe("parseTarget", () => {
  it.each([
    [80, { jenis: "tunggal", nilai: 80 }],
    ["55,12", { jenis: "tunggal", nilai: 55.12 }],
    [0, { jenis: "tunggal", nilai: 0 }],
    ["68,75 – 69,25", { jenis: "rentang", bawah: 68.75, atas: 69.25, teks: "68,75 – 69,25" }],
    ["68,75 - 69,25", { jenis: "rentang", bawah: 68.75, atas: 69.25, teks: "68,75 - 69,25" }],
    ["69,25—68,75", { jenis: "rentang", bawah: 68.75, atas: 69.25, teks: "69,25—68,75" }],
  ])("%j", (v, hasil) => expect(parseTarget(v)).toEqual(hasil));

  it.each(["-", "abc", "", null, "#N/A", "68,75 – x"])("%j is not a target", (v) =>
    expect(parseTarget(v)).toBeNull(),
  );
});

describe("parsePolaritas", () => {
  it.each(["", null, "positif", "Positif ", "+", "naik", "maksimal"])("%j → positif", (v) =>
    expect(parsePolaritas(v)).toBe("positif"),
  );
  it.each(["negatif", "NEGATIF", "-", "turun", "minimal"])("%j → negatif", (v) =>
    expect(parsePolaritas(v)).toBe("negatif"),
  );
  it("unknown text → null", () => expect(parsePolaritas("kadang")).toBeNull());
});

describe("rataRata (the sasaran mean)", () => {
  it("is the mean of the capaian that exist", () => {
    expect(rataRata([126.86567164179105, 100])).toBeCloseTo(113.43283582089552, 12);
    expect(rataRata([100, null, 50])).toBe(75);
  });
  it("is null when no indikator has a capaian", () => {
    expect(rataRata([])).toBeNull();
    expect(rataRata([null, null])).toBeNull();
  });
});

describe("capaian through analyze", () => {
  const indikator = (target: string | number, polaritas: string, real: number | string) => {
    const a = analyze(
      bukuKerja((b) => {
        b.targets[0][4] = target;
        b.targets[0][5] = polaritas;
        b.realisasi[0][1] = real;
      }),
      { tahunSekarang: 2024 },
    );
    return { i: toLaporan(a).indikator[0], temuan: a.temuan };
  };

  it("negatif from the table", () => expect(indikator(10, "turun", 8).i.capaian).toBeCloseTo(120, 10));

  it("range target written as text; the report keeps the text", () => {
    const { i } = indikator("68,75 – 69,25", "positif", 70);
    expect(i.target).toBe("68,75 – 69,25");
    expect(i.capaian).toBeCloseTo((70 / 69.25) * 100, 10);
  });

  it("target 0: capaian null and TARGET_NOL", () => {
    const { i, temuan } = indikator(0, "positif", 60);
    expect(i.capaian).toBeNull();
    expect(i.predikat).toBeNull();
    expect(temuan.map((t) => t.jenis)).toEqual(["TARGET_NOL"]);
  });

  it("a sasaran mean leaves out an indikator without capaian, and says so", () => {
    const a = analyze(
      bukuKerja((b) => {
        b.targets.push(["IKU-02", "Sasaran satu", "Indikator dua", "%", 100, "", 2024]);
        b.realisasi.push(["IKU-02", "-", 2024]);
      }),
      { tahunSekarang: 2024 },
    );
    expect(toLaporan(a).sasaran).toEqual([{ sasaran: "Sasaran satu", capaian: 75, predikat: "Kurang" }]);
    expect(a.temuan.filter((t) => t.jenis === "REALISASI_TIDAK_ADA")).toHaveLength(2);
  });
});
