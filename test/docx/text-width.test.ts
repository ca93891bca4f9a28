/** Column widths of the Word tables (src/docx/text-width.ts). */
import fc from "fast-check";
import { splitWidth, longestWordWidth, textWidth } from "../../src/docx/text-width";

describe("lebarTeks / lebarKataTerpanjang", () => {
  it("measures Arial: digits are 0.556 em, bold is wider", () => {
    expect(textWidth("0", 10)).toBeCloseTo(111.2); // 0.556 × 10 pt × 20 twips
    expect(textWidth("100,00", 9, true)).toBeGreaterThan(textWidth("100,00", 9));
  });

  it("a line breaks at spaces and after hyphens, so the widest word sets the minimum", () => {
    expect(longestWordWidth("Pagu Anggaran", 9)).toBe(textWidth("Anggaran", 9));
    expect(longestWordWidth("RKA-SKPD", 9)).toBe(textWidth("SKPD", 9));
    expect(longestWordWidth("4.235.577.713", 9)).toBe(textWidth("4.235.577.713", 9));
  });
});

describe("bagiLebar", () => {
  it.each([
    [[10, 10], [0, 0], 1000, [500, 500]],
    [[1, 9], [300, 0], 1000, [300, 700]],
    [[5, 44, 10], [400, 900, 700], 3000, [400, 1900, 700]],
    // Minimums that do not fit are scaled down together.
    [[1, 1], [1500, 500], 1000, [750, 250]],
  ])("%p with minimums %p in %p → %p", (kolom, minimal, total, hasil) => {
    expect(splitWidth(kolom, minimal, total)).toEqual(hasil);
  });

  it("always fills the width exactly and keeps the minimums when they fit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 1500 })), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.integer({ min: 2000, max: 15000 }),
        (kolom, total) => {
          const min = kolom.map(([, m]) => m);
          const w = splitWidth(
            kolom.map(([k]) => k),
            min,
            total,
          );
          expect(w.reduce((a, b) => a + b, 0)).toBe(total);
          if (min.reduce((a, b) => a + b, 0) <= total - w.length)
            w.forEach((x, i) => expect(x).toBeGreaterThanOrEqual(min[i] - 1));
        },
      ),
    );
  });
});
