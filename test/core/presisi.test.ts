/** Comparing a stated value with the computed one at its column's precision (DOMAIN.md). */
import fc from "fast-check";
import { analyze } from "../../src/core/analyze";
import { bandingkan, bulatkan, potong } from "../../src/core/presisi";
import { bukuKerja } from "../helpers/tabel";

describe("bulatkan / potong", () => {
  it.each([
    [99.765, 2, 99.77],
    [1.005, 2, 1.01],
    [126.86567164179105, 2, 126.87],
    [126.86567164179105, 0, 127],
    [-1.005, 2, -1.01],
    [2.5, 0, 3],
    [-2.5, 0, -3],
  ])("bulatkan(%d, %d) = %d (half away from zero)", (x, d, y) => expect(bulatkan(x, d)).toBe(y));

  it.each([
    [0.29 * 100, 0, 29],
    [126.86567164179105, 2, 126.86],
    [126.86567164179105, 0, 126],
    [108.6957, 2, 108.69],
    [-108.6957, 2, -108.69],
    [1.1 * 3, 1, 3.3],
  ])("potong(%d, %d) = %d (toward zero)", (x, d, y) => expect(potong(x, d)).toBe(y));

  it("a value written with d decimals is unchanged by bulatkan and potong at d", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const x = n / 10 ** d;
        expect(bulatkan(x, d)).toBe(x);
        expect(potong(x, d)).toBe(x);
      }),
    );
  });
});

describe("bandingkan(tercatat, desimalSel, dihitung, presisiKolom)", () => {
  it.each([
    // DOMAIN.md's examples
    [100, 0, 99.76, 2, "tidak-sesuai"],
    [108.69, 2, 108.6957, 2, "pembulatan"],
    [108.7, 2, 108.6957, 2, "sama"],
    // the seed
    [126, 0, 126.86567164179105, 0, "pembulatan"],
    [127, 0, 126.86567164179105, 0, "sama"],
    [127, 0, 126.86567164179105, 2, "tidak-sesuai"],
    [98.77, 2, 99.32513764973604, 2, "tidak-sesuai"],
    [99.7, 2, 99.70279517606342, 2, "sama"],
    [99.91, 2, 99.90611363861949, 2, "sama"],
    [99.67, 2, 99.94974508375819, 2, "tidak-sesuai"],
    [117, 0, 110.00000000000001, 0, "tidak-sesuai"],
    [84.5, 1, 98.23602046216264, 1, "tidak-sesuai"],
    [100, 0, 100, 1, "sama"],
    // truncated at the cell's own precision, in a column written with more decimals
    [99, 0, 99.76, 2, "pembulatan"],
    // a hair off in the last decimal is a mismatch, not noise
    [99.75, 2, 99.76, 2, "tidak-sesuai"],
  ])("stated %d (%d dp) vs %d, column %d dp → %s", (tercatat, desimal, dihitung, kolom, hasil) => {
    expect(bandingkan(tercatat, desimal, dihitung, kolom)).toBe(hasil);
  });

  it("within half a unit of the last decimal → sama; truncated → pembulatan; beyond → tidak-sesuai", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 0, max: 3 }),
        fc.double({ min: -0.49, max: 0.49, noNaN: true }),
        fc.double({ min: 0.51, max: 0.99, noNaN: true }),
        fc.double({ min: 1.01, max: 50, noNaN: true }),
        (n, d, dekat, potongan, jauh) => {
          const unit = 10 ** -d;
          const x = n / 10 ** d;
          expect(bandingkan(x, d, x + dekat * unit, d)).toBe("sama");
          expect(bandingkan(x, d, x + potongan * unit, d)).toBe("pembulatan");
          expect(bandingkan(x, d, x + jauh * unit, d)).toBe("tidak-sesuai");
          expect(bandingkan(x, d, x - jauh * unit, d)).toBe("tidak-sesuai");
        },
      ),
    );
  });
});

describe("column precision through analyze", () => {
  const persen = (tercatat: (string | number)[]) =>
    analyze(
      bukuKerja((b) => {
        b.pagu = [["1.06.02", "Program", 3000, null, null, 2024]];
        b.pagu.push(
          ...tercatat.map((_, i) => [`1.06.02.2.0${i + 1}`, `Kegiatan ${i + 1}`, 1000, null, null, 2024]),
        );
        b.realisasi = [["IKU-01", 60, 2024]];
        // 997,6 of 1000 → 99,76 %; 999 of 1000 → 99,90 %; 1000 of 1000 → 100 %
        const real = [997.6, 999, 1000];
        b.realisasi.push(...tercatat.map((p, i) => [`1.06.02.2.0${i + 1}`, real[i], 2024, null, p]));
      }),
      { tahunSekarang: 2024 },
    ).temuan.map((t) => [t.jenis, t.kode]);

  it("a stated 100 for 99,76 is a mismatch when the column is written with two decimals", () => {
    expect(persen(["100", "99,90", "100"])).toEqual([["PERSEN_TIDAK_SESUAI", "1.06.02.2.01"]]);
  });

  it("in a column of whole numbers, 100 for 99,76 is correctly rounded: no temuan", () => {
    expect(persen(["100", "100", "100"])).toEqual([]);
  });

  it("a stated 99 for 99,76 in a column of whole numbers is a truncation (PEMBULATAN)", () => {
    expect(persen(["99", "100", "100"])).toEqual([["PEMBULATAN", "1.06.02.2.01"]]);
  });
});
