/** Words for users: every temuan jenis and scale has a name a clerk reads, not a code. */
import { LABEL_TEMUAN, labelTemuan, skalaName } from "../../src/core/label";
import { KATALOG } from "../../src/core/temuan";

it("every jenis of the catalogue has an Indonesian label, not its code", () => {
  for (const jenis of Object.keys(KATALOG)) {
    expect(LABEL_TEMUAN[jenis as keyof typeof KATALOG]).toBeTruthy();
    expect(labelTemuan(jenis)).not.toMatch(/_/);
  }
  expect(labelTemuan("TOTAL_TIDAK_SESUAI")).toBe("Total tidak sesuai");
  // A jenis another module adds before it has a label still reads as words.
  expect(labelTemuan("SUMBER_SIPD_BARU")).toBe("Sumber sipd baru");
});

it("scales have display names", () => {
  expect(skalaName("lkjip")).toBe("Tabel 3.1 LKjIP");
  expect(skalaName("permendagri86")).toBe("Permendagri 86/2017");
  expect(skalaName("buku kerja")).toMatch(/skala_predikat/);
});
