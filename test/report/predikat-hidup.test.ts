/** The live predikat chain reproduces predikatDari for every scale shape: edges, gaps, holes. */
import fc from "fast-check";
import {
  predikatDari,
  SKALA_LKJIP,
  SKALA_PERMENDAGRI86,
  parseRentang,
  type Skala,
} from "../../src/core/skala";
import { potongan } from "../../src/report/predikat-hidup";

/** The chain evaluated in JavaScript, as the sheet's nested IF does. */
function rantai(skala: Skala, x: number): number {
  const p = potongan(skala);
  for (const u of p.uji) if (u.op === "<" ? x < u.tepi : x <= u.tepi) return u.pita;
  return p.lain;
}

const bergelombang: Skala = {
  nama: "buku kerja",
  pita: [
    { predikat: "A", ...parseRentang("> 90")! },
    { predikat: "B", ...parseRentang("70 - 80")! },
    { predikat: "C", ...parseRentang("X < 50")! },
  ],
};

describe.each([
  ["lkjip", SKALA_LKJIP],
  ["permendagri86", SKALA_PERMENDAGRI86],
  ["a workbook scale with gaps", bergelombang],
])("potongan (%s)", (_n, skala) => {
  const tepi = skala.pita.flatMap((p) => [p.bawah?.nilai, p.atas?.nilai]).filter((x) => x !== undefined);
  it("matches predikatDari on every edge and next to it", () => {
    for (const e of tepi)
      for (const x of [e - 0.5, e - 1e-9, e, e + 1e-9, e + 0.5])
        expect([x, rantai(skala, x)]).toEqual([x, predikatDari(x, skala).indeks]);
  });
  it("matches predikatDari anywhere", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 300, noNaN: true }),
        (x) => rantai(skala, x) === predikatDari(x, skala).indeks,
      ),
    );
  });
});

it("lkjip: the hole above 120 is Sangat Baik, the 90,5 gap of Permendagri 86 takes the band below", () => {
  expect(rantai(SKALA_LKJIP, 153.3)).toBe(0);
  expect(SKALA_PERMENDAGRI86.pita[rantai(SKALA_PERMENDAGRI86, 90.5)].predikat).toBe("Tinggi");
  expect(potongan(SKALA_LKJIP).uji.map((u) => `${u.op}${u.tepi}`)).toEqual(["<50", "<=80", "<100", "<=100"]);
});
