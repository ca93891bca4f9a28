/** Number parsing the Indonesian way (DOMAIN.md, "Number parsing"). */
import fc from "fast-check";
import { columnEvidence, formatAngka, parseAngka, textFromFloat } from "../../src/core/angka";
import { senFromText } from "../../src/core/uang";

const angka = (v: Parameters<typeof parseAngka>[0], bukti = {}) => {
  const h = parseAngka(v, bukti);
  if (h.jenis !== "angka") throw new Error(`${JSON.stringify(v)} dibaca sebagai ${h.jenis}`);
  return h;
};

describe("parseAngka: every example of DOMAIN.md", () => {
  it.each([
    ["4.235.577.713", 4235577713, "4235577713", 0],
    ["4,235,577,713", 4235577713, "4235577713", 0],
    ["Rp 6.800.000,-", 6800000, "6800000", 0],
    ["55,12", 55.12, "55.12", 2],
    ["55,12 %", 55.12, "55.12", 2],
    ["99,91", 99.91, "99.91", 2],
    ["99.70", 99.7, "99.70", 2],
    ["126 %", 126, "126", 0],
    ["1.128,26", 1128.26, "1128.26", 2],
    ["(5.824.861.271,90)", -5824861271.9, "-5824861271.90", 2],
    ["370.000", 370000, "370000", 0],
  ])("%s → %d", (teks, nilai, tepat, desimal) => {
    const h = angka(teks);
    expect(h.nilai).toBe(nilai);
    expect(h.teks).toBe(tepat);
    expect(h.desimal).toBe(desimal);
  });

  it.each(["4.235.577.713", "Rp 6.800.000,-", "55,12 %", "99.70", "1.128,26", "(5.824.861.271,90)"])(
    "%s is not ambiguous",
    (teks) => expect(angka(teks).ambigu).toBe(false),
  );

  it.each(["-", "NA", "N/A", "belum tersedia", "Belum Tersedia", " n/a "])("%j means not available", (teks) =>
    expect(parseAngka(teks).jenis).toBe("tidak-tersedia"),
  );

  it.each(["#N/A", "#DIV/0!", "#VALUE!", "#REF!"])("%s is an error value", (teks) =>
    expect(parseAngka(teks)).toEqual({ jenis: "galat", teks }),
  );

  it.each([null, "", "   ", "\u00a0"])("%j is blank", (v) => expect(parseAngka(v).jenis).toBe("kosong"));

  it.each(["abc", "Rp", "%", "1.2.3", "12.34.567", "5.", ",5", "1e5", "seratus", "1.234.56"])(
    "%j is not a number",
    (teks) => expect(parseAngka(teks)).toEqual({ jenis: "bukan-angka", teks }),
  );

  it("a boolean cell is not a number", () => expect(parseAngka(true).jenis).toBe("bukan-angka"));

  it("a number cell keeps its exact decimal text", () => {
    expect(angka(99.7)).toMatchObject({ nilai: 99.7, teks: "99.7", desimal: 1, ambigu: false });
    expect(angka(4235577713)).toMatchObject({ teks: "4235577713", desimal: 0 });
    expect(angka(1e-7).teks).toBe("0.0000001");
  });
});

describe("parseAngka: ambiguous thousands", () => {
  it.each(["1.234", "1,234"])("%s is read as 1234 and flagged", (teks) => {
    expect(angka(teks)).toMatchObject({ nilai: 1234, teks: "1234", ambigu: true });
  });

  it("a column that contains 99.70 proves '.' is the decimal mark: 1.234 is 1,234", () => {
    const bukti = columnEvidence(["99.70", "1.234", null, 5]);
    expect(bukti.titik).toBe("desimal");
    expect(angka("1.234", bukti)).toMatchObject({ nilai: 1.234, teks: "1.234", desimal: 3, ambigu: false });
  });

  it("a column written with '.' thousands proves 1.234 is 1234, without a flag", () => {
    const bukti = columnEvidence(["4.235.577.713", "1.234"]);
    expect(bukti.titik).toBe("ribuan");
    expect(angka("1.234", bukti)).toMatchObject({ nilai: 1234, ambigu: false });
  });

  it("conflicting proof counts as none", () => {
    const bukti = columnEvidence(["99.70", "4.235.577.713"]);
    expect(bukti.titik).toBe("campur");
    expect(angka("1.234", bukti)).toMatchObject({ nilai: 1234, ambigu: true });
  });

  it("four digits after the mark, or a leading 0, is a decimal", () => {
    expect(angka("1.2345")).toMatchObject({ nilai: 1.2345, ambigu: false });
    expect(angka("0,500")).toMatchObject({ nilai: 0.5, teks: "0.500", ambigu: false });
  });
});

describe("formatAngka and teksDariFloat", () => {
  it("formats the Indonesian way", () => {
    expect(formatAngka(4235577713, 0)).toBe("4.235.577.713");
    expect(formatAngka(126.86567164179105, 2)).toBe("126,87");
    expect(formatAngka(-5824861271.9, 2)).toBe("-5.824.861.271,90");
    expect(formatAngka(0.5, 0)).toBe("1");
  });

  it("formatAngka(sen / 100, 2) parses back to the same sen, up to 10^13 rupiah", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (sen) => {
        expect(senFromText(angka(formatAngka(Number(sen) / 100, 2)).teks)).toBe(sen);
      }),
      { numRuns: 2000 },
    );
  });

  // Regression (was a bug in src/core/angka.ts teksDariFloat): `toFixed(20)` falls back to exponent notation for
  // |x| ≥ 1e21, so teksDariFloat(1e21) is "1e+21"; senDariTeks then throws on it (see temuan.test).
  it("teksDariFloat never uses an exponent (1e21)", () => {
    expect(textFromFloat(1e21)).toBe("1000000000000000000000");
  });
});

/** An amount with up to 13 integer digits and, optionally, exactly two decimals. */
const jumlah = fc.record({
  bulat: fc.bigInt({ min: 0n, max: 10n ** 13n }),
  sen: fc.option(fc.integer({ min: 0, max: 99 }), { nil: null }),
  negatif: fc.boolean(),
});

const kelompok = (bulat: bigint, pemisah: string) =>
  bulat.toString().replace(/\B(?=(\d{3})+(?!\d))/g, pemisah);
const teksTepat = (j: { bulat: bigint; sen: number | null; negatif: boolean }) => {
  const positif = j.sen === null ? j.bulat.toString() : `${j.bulat}.${String(j.sen).padStart(2, "0")}`;
  const nol = j.bulat === 0n && !j.sen;
  return j.negatif && !nol ? `-${positif}` : positif;
};
const senTepat = (j: { bulat: bigint; sen: number | null; negatif: boolean }) =>
  (j.negatif ? -1n : 1n) * (j.bulat * 100n + BigInt(j.sen ?? 0));

describe("parseAngka: property tests up to 10^13", () => {
  it("the Indonesian way (dot thousands, comma decimals, Rp, ,-, parentheses) parses back exactly", () => {
    fc.assert(
      fc.property(jumlah, fc.boolean(), fc.boolean(), fc.constantFrom("-", "()"), (j, rp, garis, tanda) => {
        let s = kelompok(j.bulat, ".") + (j.sen === null ? "" : "," + String(j.sen).padStart(2, "0"));
        if (garis) s += ",-";
        if (rp) s = "Rp " + s;
        if (j.negatif) s = tanda === "-" ? `-${s}` : `(${s})`;
        const h = angka(s);
        expect(h.teks).toBe(teksTepat(j));
        expect(senFromText(h.teks)).toBe(senTepat(j));
        expect(h.desimal).toBe(j.sen === null ? 0 : 2);
      }),
      { numRuns: 3000 },
    );
  });

  it("the English way (comma thousands, dot decimals) parses back exactly", () => {
    fc.assert(
      fc.property(jumlah, (j) => {
        let s = kelompok(j.bulat, ",") + (j.sen === null ? "" : "." + String(j.sen).padStart(2, "0"));
        if (j.negatif) s = `-${s}`;
        const h = angka(s);
        expect(h.teks).toBe(teksTepat(j));
        expect(senFromText(h.teks)).toBe(senTepat(j));
      }),
      { numRuns: 3000 },
    );
  });

  it("with both separators in one amount, the one written last is the decimal mark", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1000n, max: 10n ** 13n }),
        fc.integer({ min: 0, max: 99 }),
        (bulat, sen) => {
          const dua = String(sen).padStart(2, "0");
          const tepat = `${bulat}.${dua}`;
          expect(angka(`${kelompok(bulat, ".")},${dua}`).teks).toBe(tepat);
          expect(angka(`${kelompok(bulat, ",")}.${dua}`).teks).toBe(tepat);
          expect(angka(`${kelompok(bulat, ".")},${dua}`).ambigu).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
