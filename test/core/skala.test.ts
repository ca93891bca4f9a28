/** Predikat scales (DOMAIN.md, "Predikat scales"): presets, notations, workbook tables. */
import { toLaporan } from "../../src/core/proyeksi";
import { analyze } from "../../src/core/analyze";
import { parseRentang, predikatDari, SKALA_LKJIP, SKALA_PERMENDAGRI86 } from "../../src/core/skala";
import { seedRawTables } from "../fixtures/seed-tabel";
import { bukuKerja, tabel } from "../helpers/tabel";

describe("SKALA_LKJIP (the seed's Tabel 3.1)", () => {
  it.each([
    [126.87, "Sangat Baik", true],
    [120.0001, "Sangat Baik", true],
    [120, "Sangat Baik", false],
    [113.43, "Sangat Baik", false],
    [100.0001, "Sangat Baik", false],
    [100, "Baik", false],
    [99.9999, "Cukup", false],
    [80.01, "Cukup", false],
    [80, "Kurang", false],
    [50, "Kurang", false],
    [49.99, "Sangat Kurang", false],
    [0, "Sangat Kurang", false],
    [-20, "Sangat Kurang", false],
  ])("%d → %s (di luar skala: %s)", (x, predikat, diLuarSkala) => {
    expect(predikatDari(x, SKALA_LKJIP)).toMatchObject({ predikat, diLuarSkala });
  });

  it("the band index follows the table (best first)", () => {
    expect(predikatDari(110, SKALA_LKJIP).indeks).toBe(0);
    expect(predikatDari(10, SKALA_LKJIP).indeks).toBe(4);
  });
});

describe("SKALA_PERMENDAGRI86", () => {
  it.each([
    [100, "Sangat Tinggi", false],
    [91, "Sangat Tinggi", false],
    [90.5, "Tinggi", false],
    [90, "Tinggi", false],
    [76, "Tinggi", false],
    [75.5, "Sedang", false],
    [66, "Sedang", false],
    [65.99, "Rendah", false],
    [51, "Rendah", false],
    [50.5, "Sangat Rendah", false],
    [50, "Sangat Rendah", false],
    [0, "Sangat Rendah", false],
    [100.5, "Sangat Tinggi", true],
    [153.3, "Sangat Tinggi", true],
  ])("%d → %s (di luar skala: %s)", (x, predikat, diLuarSkala) => {
    expect(predikatDari(x, SKALA_PERMENDAGRI86)).toMatchObject({ predikat, diLuarSkala });
  });
});

describe("parseRentang: every notation reports use", () => {
  const b = (nilai: number, termasuk: boolean) => ({ nilai, termasuk });
  it.each([
    ["120 ≥ X > 100", { bawah: b(100, false), atas: b(120, true) }],
    ["X = 100", { bawah: b(100, true), atas: b(100, true) }],
    ["80 < X < 100", { bawah: b(80, false), atas: b(100, false) }],
    ["50 ≤ X ≤ 80", { bawah: b(50, true), atas: b(80, true) }],
    ["X < 50", { bawah: null, atas: b(50, false) }],
    ["91 - 100", { bawah: b(91, true), atas: b(100, true) }],
    ["60 - 79,9", { bawah: b(60, true), atas: b(79.9, true) }],
    ["≤ 50", { bawah: null, atas: b(50, true) }],
    [">= 91", { bawah: b(91, true), atas: null }],
    ["<= 50", { bawah: null, atas: b(50, true) }],
    ["X > 120", { bawah: b(120, false), atas: null }],
    ["100 < X <= 120", { bawah: b(100, false), atas: b(120, true) }],
    ["91 – 100 %", { bawah: b(91, true), atas: b(100, true) }],
    ["x=100", { bawah: b(100, true), atas: b(100, true) }],
  ])("%s", (teks, hasil) => expect(parseRentang(teks)).toEqual(hasil));

  it.each(["", "tinggi", "X", "91 -", "antara 50 dan 80"])("%j is not a band", (teks) =>
    expect(parseRentang(teks)).toBeNull(),
  );
});

describe("a workbook's own skala_predikat table", () => {
  const skalaRentang = () =>
    tabel(
      "skala_predikat",
      ["Predikat", "Rentang", "Warna"],
      [
        ["Istimewa", "X > 120", "#00B050"],
        ["Sangat Baik", "120 ≥ X > 100", ""],
        ["Baik", "X = 100", ""],
        ["Cukup", "80 < X < 100", ""],
        ["Kurang", "50 ≤ X ≤ 80", ""],
        ["Sangat Kurang", "X < 50", ""],
      ],
      { sheet: "Skala" },
    );
  const skalaBatas = () =>
    tabel(
      "Skala_Predikat",
      ["Predikat", "Batas Bawah", "Batas Atas", "Termasuk Bawah", "Termasuk Atas"],
      [
        ["Sangat Kurang", null, 50, "", "tidak"],
        ["Kurang", 50, 80, "ya", "ya"],
        ["Cukup", 80, 100, "tidak", "tidak"],
        ["Baik", 100, 100, "ya", "ya"],
        ["Sangat Baik", 100, null, "tidak", ""],
      ],
      { sheet: "Skala" },
    );
  const seed = (extra: ReturnType<typeof tabel>[], skala?: "lkjip" | "permendagri86") =>
    analyze([...seedRawTables(), ...extra], { tahun: 2024, tahunSekarang: 2025, skala });
  const predikat = (a: ReturnType<typeof seed>) =>
    Object.fromEntries(toLaporan(a).indikator.map((i) => [i.kode, i.predikat]));
  const diLuar = (a: ReturnType<typeof seed>) =>
    a.temuan.filter((t) => t.jenis === "DI_LUAR_SKALA" && t.tahun === a.tahun).map((t) => t.kode);

  it("Rentang form: a band above 120 takes 126,87 % and 153,30 %, with no DI_LUAR_SKALA", () => {
    const a = seed([skalaRentang()]);
    expect(toLaporan(a).skala).toBe("buku kerja");
    expect(predikat(a)).toEqual({
      "IKU-01": "Istimewa",
      "IKU-02": "Baik",
      "IKU-03": "Baik",
      "IKU-04": "Istimewa",
      "IKU-05": "Baik",
    });
    expect(diLuar(a)).toEqual([]);
    expect(a.skala.pita[0]).toMatchObject({ predikat: "Istimewa", warna: "#00B050" });
    // The stated "Baik" of IKU-04 and the stated "Sangat Baik" of IKU-01 now both differ.
    const beda = a.temuan.filter((t) => t.jenis === "PREDIKAT_TIDAK_SESUAI");
    expect(beda.map((t) => [t.kode, t.tercatat, t.dihitung])).toEqual([
      ["IKU-01", "Sangat Baik", "Istimewa"],
      ["IKU-04", "Baik", "Istimewa"],
    ]);
  });

  it("Batas Bawah / Batas Atas form with inclusivity", () => {
    const a = seed([skalaBatas()]);
    expect(toLaporan(a).skala).toBe("buku kerja");
    expect(predikat(a)).toEqual({
      "IKU-01": "Sangat Baik",
      "IKU-02": "Baik",
      "IKU-03": "Baik",
      "IKU-04": "Sangat Baik",
      "IKU-05": "Baik",
    });
    expect(diLuar(a)).toEqual([]); // the open top band closes the hole of Tabel 3.1
    expect(predikatDari(80, a.skala).predikat).toBe("Kurang");
    expect(predikatDari(80.01, a.skala).predikat).toBe("Cukup");
    expect(predikatDari(50, a.skala).predikat).toBe("Kurang");
    expect(predikatDari(49.99, a.skala).predikat).toBe("Sangat Kurang");
    expect(predikatDari(100, a.skala).predikat).toBe("Baik");
  });

  // Regression (was a bug in src/core/skala-table.ts, the sort key `p.atas?.nilai ?? p.bawah?.nilai`): a band with no
  // upper bound ("X > 100" as Batas Bawah 100, Batas Atas blank) sorts by its lower bound, so it ties
  // with "X = 100" and lands after it. Predikat are right, but the band index is not "best first":
  // Baik gets the best band's colour (predikat1) and Sangat Baik the second, and the Capaian Kinerja
  // subtitle lists Baik first.
  it("Batas form listed worst first is sorted best first (open top band first)", () => {
    const a = seed([skalaBatas()]);
    expect(a.skala.pita.map((p) => p.predikat)).toEqual([
      "Sangat Baik",
      "Baik",
      "Cukup",
      "Kurang",
      "Sangat Kurang",
    ]);
  });

  it("a run may pick a preset over the workbook's table", () => {
    const a = seed([skalaRentang()], "permendagri86");
    expect(toLaporan(a).skala).toBe("permendagri86");
    expect(predikat(a)).toMatchObject({ "IKU-01": "Sangat Tinggi", "IKU-02": "Sangat Tinggi" });
    // IKU-01 (126,87), IKU-04 (153,30), and the means of sasaran 1 (113,43) and 2 (126,65).
    expect(diLuar(a)).toEqual(["IKU-01", "IKU-04", null, null]);
  });

  it("the permendagri86 preset on the seed: 100 → Sangat Tinggi, and the Tabel 3.1 names are wrong", () => {
    const a = seed([], "permendagri86");
    expect(toLaporan(a).sasaran.map((s) => s.predikat)).toEqual([
      "Sangat Tinggi",
      "Sangat Tinggi",
      "Sangat Tinggi",
    ]);
    const beda = a.temuan.filter((t) => t.jenis === "PREDIKAT_TIDAK_SESUAI").map((t) => t.kode);
    expect(beda).toEqual(["IKU-01", "IKU-02", "IKU-03", "IKU-04", "IKU-05"]);
  });

  it("an unreadable Rentang is reported at its cell and the default scale is used", () => {
    const rusak = tabel("skala_predikat", ["Predikat", "Rentang"], [["Baik", "sekitar seratus"]], {
      sheet: "Skala",
    });
    const a = analyze([...bukuKerja(), rusak], { tahunSekarang: 2024 });
    expect(toLaporan(a).skala).toBe("lkjip");
    expect(a.temuan).toEqual([
      expect.objectContaining({
        jenis: "NILAI_TIDAK_VALID",
        tingkat: "error",
        tabel: "skala_predikat",
        kolom: "Rentang",
        alamat: "Skala!B5",
        tercatat: "sekitar seratus",
      }),
    ]);
  });
});
