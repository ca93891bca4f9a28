/** One kode however typed, and the nomenclature's shapes (src/core/kode.ts). */
import { levelPermendagri, normalKode } from "../../src/core/kode";

describe("normalKode", () => {
  it.each([
    ["1.06.02.", "1.06.02"],
    [" 1.06.02 ", "1.06.02"],
    ["1.06. 02", "1.06.02"],
    ["1.06 .02..", "1.06.02"],
    ["\u00a01.06.02\u00a0", "1.06.02"],
    ["IKU  01", "IKU 01"],
    ["5.1.01.1-01.0-00.0-00.01", "5.1.01.1-01.0-00.0-00.01"],
  ])("%j is %j", (teks, kode) => expect(normalKode(teks)).toBe(kode));
});

describe("levelPermendagri", () => {
  it.each([
    ["1", "urusan"],
    ["1.06", "bidang urusan"],
    ["X.XX.01", "program"],
    ["1.06.04", "program"],
    ["1.06.04.2.01", "kegiatan"],
    ["1.06.04.2.01.0001", "sub kegiatan"],
  ])("%s is %s", (kode, level) => expect(levelPermendagri(kode)).toBe(level));

  it.each(["T19", "T19.1.1", "1.6.4", "1.06.04.2", "1.06.04.2.01.1", "IKU-01", "10.06"])(
    "%s has no nomenclature shape",
    (kode) => expect(levelPermendagri(kode)).toBeNull(),
  );
});
