/**
 * The engine's shortcuts (issue 14, speed) give exactly what the plain code they replace gives:
 * each is checked against that plain code, kept here as the reference, on random inputs.
 */
import fc from "fast-check";
import { firstBy, groupBy } from "../../src/core/lookup";
import { normalKode } from "../../src/core/kode";
import { senFromText } from "../../src/core/uang";
import { formatAngka, ribuan, textFromFloat } from "../../src/core/angka";
import { KONTRAK } from "../../src/core/kontrak";
import { ReadTable } from "../../src/core/read";
import { cellAddress, cellReference, type RawTable } from "../../src/core/table";
import { analyze } from "../../src/core/analyze";
import { bukuKerja } from "../helpers/tabel";

describe("firstBy and groupBy", () => {
  const items = fc.array(fc.record({ kode: fc.constantFrom<string>("a", "b", "c", "d", ""), n: fc.nat() }), {
    maxLength: 40,
  });

  it("firstBy gives what find gives, for every key", () =>
    fc.assert(
      fc.property(items, fc.constantFrom("a", "b", "c", "d", "", "z"), (xs, k) => {
        expect(firstBy(xs, (x) => x.kode).get(k)).toBe(xs.find((x) => x.kode === k));
      }),
    ));

  it("groupBy gives what filter gives, keys in first-seen order", () =>
    fc.assert(
      fc.property(items, (xs) => {
        const grup = groupBy(xs, (x) => x.kode);
        expect([...grup.keys()]).toEqual([...new Set(xs.map((x) => x.kode))]);
        for (const [k, anggota] of grup) expect(anggota).toEqual(xs.filter((x) => x.kode === k));
      }),
    ));
});

describe("normalKode", () => {
  /** The full normalisation, without the shortcut for kode already written so. */
  const reference = (teks: string) =>
    teks
      .replace(/[\u00a0\u202f]/g, " ")
      .trim()
      .replace(/\s*\.\s*/g, ".")
      .replace(/\s+/g, " ")
      .replace(/\.+$/, "");
  const kode = fc
    .array(fc.constantFrom("1", "0", "6", ".", "-", "X", " ", "\u00a0", "\u202f", "\t", "\n", "I"), {
      maxLength: 16,
    })
    .map((cs) => cs.join(""));

  it("is the full normalisation", () =>
    fc.assert(
      fc.property(kode, (k) => expect(normalKode(k)).toBe(reference(k))),
      { numRuns: 2000 },
    ));
});

describe("senFromText", () => {
  /** Sen from the decimal text on its digits alone (bigint throughout), half away from zero. */
  const reference = (teks: string): bigint => {
    const negatif = teks.startsWith("-");
    const [bulat, pecahan = ""] = (negatif ? teks.slice(1) : teks).split(".");
    let sen = BigInt(bulat || "0") * 100n + BigInt((pecahan + "00").slice(0, 2));
    if (pecahan.length > 2 && Number(pecahan[2]) >= 5) sen += 1n;
    return negatif ? -sen : sen;
  };
  const digits = (min: number, max: number) =>
    fc.array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max }).map((cs) => cs.join(""));
  const decimal = fc
    .tuple(fc.boolean(), fc.oneof(digits(1, 16), digits(13, 16)), fc.option(digits(0, 4), { nil: undefined }))
    .map(([neg, bulat, pecahan]) => `${neg ? "-" : ""}${bulat}${pecahan === undefined ? "" : `.${pecahan}`}`);

  it("is the sen of the digits, at every length (13 digits of rupiah and beyond)", () =>
    fc.assert(
      fc.property(decimal, (t) => expect(senFromText(t)).toBe(reference(t))),
      { numRuns: 5000 },
    ));

  it("is exact for the text of any amount a cell can hold", () =>
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15), max: 10 ** 15 }), fc.nat(99), (rupiah, sen) => {
        const t = textFromFloat(rupiah + sen / 100);
        expect(senFromText(t)).toBe(reference(t));
      }),
      { numRuns: 5000 },
    ));
});

describe("ReadTable", () => {
  const sheet = fc.constantFrom(
    "DPA",
    "Perjanjian Kinerja",
    "R1C1",
    "AB12",
    "O'Brien",
    "Sheet_1",
    "Realisasi 2024",
  );
  const table = (nama: string, headerRow: number, firstColumn: number): RawTable => ({
    name: "pagu",
    sheet: nama,
    headerRow,
    firstColumn,
    headers: ["Kode", "Uraian", "Pagu"],
    rows: [
      ["1.06.", "Program", 12.5],
      [" 1.06.02", "Kegiatan", "12,5"],
      [1.1, "Sub", null],
    ],
  });

  it("sel and alamat are cellAddress and cellReference", () =>
    fc.assert(
      fc.property(
        sheet,
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 800 }),
        (nama, h, c) => {
          const raw = table(nama, h, c);
          const t = new ReadTable(
            raw,
            KONTRAK.pagu,
            new Map([
              ["Kode", 0],
              ["Uraian", 1],
              ["Pagu", 2],
            ]),
          );
          for (let r = 0; r < raw.rows.length; r++)
            for (const [kolom, i] of [
              ["Kode", 0],
              ["Uraian", 1],
              ["Pagu", 2],
            ] as const) {
              const sel = t.sel(r, kolom);
              expect(sel).toEqual({
                alamat: cellAddress(raw, r, i),
                ref: cellReference(raw, r, i),
                angka: typeof raw.rows[r][i] === "number",
              });
              expect(t.alamat(r, kolom)).toBe(cellAddress(raw, r, i));
            }
        },
      ),
    ));

  it("kode, read once per cell, is the same on every read", () => {
    const t = new ReadTable(
      table("DPA", 4, 1),
      KONTRAK.pagu,
      new Map([
        ["Kode", 0],
        ["Uraian", 1],
        ["Pagu", 2],
      ]),
    );
    const pertama = [0, 1, 2].map((r) => t.kode(r));
    expect(pertama).toEqual(["1.06", "1.06.02", "1.1"]);
    expect([0, 1, 2].map((r) => t.kode(r))).toEqual(pertama);
    expect(t.kode(0, "Uraian")).toBe("Program");
  });
});

describe("the budget tree's parents", () => {
  /** A kode is a parent when another row's kode has it as a prefix at a "." — the rule as written. */
  const parents = (kode: string[]): Set<string> => {
    const hasil = new Set<string>();
    for (const k of kode)
      for (let i = k.lastIndexOf("."); i > 0; i = k.lastIndexOf(".", i - 1)) hasil.add(k.slice(0, i));
    return hasil;
  };
  const kode = fc
    .array(fc.constantFrom("1", "06", "2", "01", "0001", "X"), { minLength: 1, maxLength: 5 })
    .map((xs) => xs.join("."));

  it("a blank Pagu is the sum of the children of a parent, and a temuan on a line", () =>
    fc.assert(
      fc.property(
        fc.uniqueArray(kode, { minLength: 1, maxLength: 25 }),
        fc.array(fc.boolean()),
        (semua, kosong) => {
          const induk = parents(semua);
          const tables = bukuKerja((b) => {
            b.pagu = semua.map((k, i) => [k, `Baris ${k}`, kosong[i] ? null : 100, null, null, 2024]);
            b.realisasi = [b.realisasi[0]];
          });
          const a = analyze(tables, { tahunSekarang: 2024 });
          const blank = new Set(
            a.temuan
              .filter((t) => t.tabel === "pagu" && t.kolom === "Pagu" && t.jenis === "NILAI_TIDAK_VALID")
              .map((t) => t.kode),
          );
          semua.forEach((k, i) =>
            expect([k, blank.has(k)]).toEqual([k, Boolean(kosong[i]) && !induk.has(k)]),
          );
        },
      ),
      { numRuns: 300 },
    ));
});

describe("ribuan (formatAngka's grouping)", () => {
  const pola = (bulat: string) => bulat.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

  it("groups digits as the pattern does, at every length", () =>
    fc.assert(
      fc.property(fc.stringMatching(/^\d{0,25}$/), (bulat) => expect(ribuan(bulat)).toBe(pola(bulat))),
    ));

  it("leaves any other text to the pattern (exponent forms, signs)", () => {
    for (const t of ["1e+21", "1.5e+21", "12345e+21", "-1234", "", "1234567.89"])
      expect(ribuan(t)).toBe(pola(t));
    fc.assert(fc.property(fc.string({ maxLength: 20 }), (t) => expect(ribuan(t)).toBe(pola(t))));
  });

  it("formatAngka is the Indonesian text it was, for any number and decimals", () =>
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, desimal) => {
        const [bulat, pecahan] = Math.abs(x).toFixed(desimal).split(".");
        const lama = Number.isFinite(x)
          ? `${x < 0 ? "-" : ""}${pola(bulat)}${pecahan ? "," + pecahan : ""}`
          : "—";
        expect(formatAngka(x, desimal)).toBe(lama);
      }),
    ));
});
