/** Money as exact integer sen (DOMAIN.md, "Money is exact"). */
import { toLaporan } from "../../src/core/proyeksi";
import fc from "fast-check";
import { analyze } from "../../src/core/analyze";
import { parseAngka } from "../../src/core/angka";
import { bulatkanSen, rupiah, senFromText, serapan, rupiahText } from "../../src/core/uang";
import { bukuKerja } from "../helpers/tabel";

const teksAngka = (s: string) => {
  const h = parseAngka(s);
  if (h.jenis !== "angka") throw new Error(`${s} dibaca sebagai ${h.jenis}`);
  return h.teks;
};

/** Sum of decimal strings "123.45" done on their digits: the reference the engine must match. */
function jumlahDigit(teks: string[]): bigint {
  let total = 0n;
  for (const t of teks) {
    const [bulat, pecahan = ""] = t.split(".");
    total += BigInt(bulat + pecahan.padEnd(2, "0"));
  }
  return total;
}

const indonesia = (bulat: bigint, sen: number) =>
  `Rp ${bulat.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${String(sen).padStart(2, "0")}`;

describe("senDariTeks", () => {
  it.each([
    ["4235577713", 423557771300n],
    ["-5824861271.90", -582486127190n],
    ["99.7", 9970n],
    ["0.05", 5n],
    ["0.005", 1n],
    ["0.004", 0n],
    ["-0.005", -1n],
    ["10000000000000.01", 1000000000000001n],
  ])("%s → %s sen", (teks, sen) => expect(senFromText(teks)).toBe(sen));

  it("teksRupiah is its inverse", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 17n }), (sen) => {
        expect(senFromText(rupiahText(sen))).toBe(sen);
      }),
      { numRuns: 2000 },
    );
    expect(rupiahText(423557771300n)).toBe("4235577713");
    expect(rupiahText(-5n)).toBe("-0.05");
  });

  it("rupiah() is exact at 10^13 rupiah with sen", () => {
    expect(rupiah(1000000000000001n)).toBe(10000000000000.01);
    expect(rupiah(423557771300n)).toBe(4235577713);
  });
});

describe("sums of 10^13-rupiah amounts", () => {
  it("10,000 random amounts with sen, read from Indonesian text, sum exactly", () => {
    const amounts = fc.sample(
      fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.integer({ min: 0, max: 99 })),
      { numRuns: 10000, seed: 20240101 },
    );
    const teks = amounts.map(([b, s]) => teksAngka(indonesia(b, s)));
    const exact = teks.reduce((s, t) => s + senFromText(t), 0n);
    const reference = jumlahDigit(amounts.map(([b, s]) => `${b}.${String(s).padStart(2, "0")}`));
    expect(exact).toBe(reference);
    // The same sum in floats does not survive: it is off by more than a sen.
    const float = teks.reduce((s, t) => s + Number(t), 0);
    expect(BigInt(Math.round(float * 100))).not.toBe(reference);
  });

  it("a crafted case: 10^13 rupiah plus 10,000 × Rp 0,01 drifts in floats, not in sen", () => {
    const teks = [
      teksAngka("Rp 10.000.000.000.000,00"),
      ...Array.from({ length: 10000 }, () => teksAngka("0,01")),
    ];
    const exact = teks.reduce((s, t) => s + senFromText(t), 0n);
    expect(exact).toBe(1000000000010000n); // Rp 10.000.000.000.100,00
    const float = teks.reduce((s, t) => s + Number(t), 0);
    expect(Math.round(float * 100)).not.toBe(1000000000010000);
    expect(Math.abs(float - 10000000000100)).toBeGreaterThan(1); // more than a rupiah lost
  });

  it("0,10 + 0,20 at 10^13: exactly Rp 10.000.000.000.000,30", () => {
    const sen = ["10.000.000.000.000,10", "0,20"].map((s) => senFromText(teksAngka(s)));
    expect(sen[0] + sen[1]).toBe(1000000000000030n);
    expect(0.1 + 0.2).not.toBe(0.3); // what a float sum would have to cope with
  });
});

describe("a stated parent total is checked to the sen", () => {
  const dengan = (paguInduk: string) =>
    analyze(
      bukuKerja((b) => {
        b.pagu = [
          ["1.06.02", "Program", paguInduk, null, null, 2024],
          ["1.06.02.2.01", "Kegiatan", paguInduk, null, null, 2024],
          ["1.06.02.2.01.0001", "Sub 1", "3.333.333.333.333,33", null, null, 2024],
          ["1.06.02.2.01.0002", "Sub 2", "3.333.333.333.333,33", null, null, 2024],
          ["1.06.02.2.01.0003", "Sub 3", "3.333.333.333.333,33", null, null, 2024],
        ];
        b.realisasi = [
          ["IKU-01", 60, 2024],
          ["1.06.02.2.01.0001", 0, 2024],
          ["1.06.02.2.01.0002", 0, 2024],
          ["1.06.02.2.01.0003", 0, 2024],
        ];
      }),
      { tahunSekarang: 2024 },
    );

  it("equal to the sen: no temuan, and the total is exact", () => {
    const a = dengan("9.999.999.999.999,99");
    expect(a.temuan.filter((t) => t.jenis === "TOTAL_TIDAK_SESUAI")).toEqual([]);
    expect(toLaporan(a).total.pagu).toBe(9999999999999.99);
    expect(a.anggaran[0].pagu).toBe(999999999999999n);
  });

  it("one sen off: TOTAL_TIDAK_SESUAI on the kegiatan and the program", () => {
    const a = dengan("10.000.000.000.000,00");
    const total = a.temuan.filter((t) => t.jenis === "TOTAL_TIDAK_SESUAI");
    expect(total.map((t) => [t.kode, t.alamat, t.tercatat, t.dihitung])).toEqual([
      ["1.06.02.2.01", "DPA!C6", 10000000000000, 9999999999999.99],
      ["1.06.02", "DPA!C5", 10000000000000, 9999999999999.99],
    ]);
  });
});

describe("bulatkanSen and serapan", () => {
  it.each([
    [12345n, 0, 12300n],
    [12350n, 0, 12400n],
    [-12350n, 0, -12400n],
    [12345n, 1, 12350n],
    [12344n, 1, 12340n],
    [12345n, 2, 12345n],
  ])("bulatkanSen(%s, %d) = %s", (sen, d, hasil) => expect(bulatkanSen(sen, d)).toBe(hasil));

  it("serapan is realisasi / pagu × 100, unrounded", () => {
    expect(serapan(418331556100n, 423557771300n)).toBeCloseTo(98.76611514316937, 12);
    expect(serapan(50n, 200n)).toBe(25);
  });

  it("pagu 0 gives null, never 0, 100, Infinity or NaN", () => {
    expect(serapan(0n, 0n)).toBeNull();
    expect(serapan(100n, 0n)).toBeNull();
  });
});
