/** The naming rules both hosts share (src/report/sheet-naming.ts). */
import {
  isMarker,
  adalahVarian,
  sheetOfReference,
  replacedSheets,
  milikSendiri,
  freeName,
  nextMarkerName,
  nameVariant,
} from "../../src/report/sheet-naming";

const DASAR = ["Tabel Realisasi Keuangan", "Capaian Kinerja", "Temuan"];

describe("namaVarian / adalahVarian", () => {
  it("numbers variants from 2 and keeps them within 31 characters", () => {
    expect(nameVariant("Temuan", 1)).toBe("Temuan");
    expect(nameVariant("Temuan", 2)).toBe("Temuan (2)");
    const panjang = "Tabel Realisasi Keuangan Program";
    expect(nameVariant(panjang, 12)).toHaveLength(31);
    expect(nameVariant(panjang, 12).endsWith(" (12)")).toBe(true);
  });

  it("recognises the base and its variants, ignoring case, and nothing else", () => {
    expect(adalahVarian("temuan", "Temuan")).toBe(true);
    expect(adalahVarian("Temuan (3)", "Temuan")).toBe(true);
    expect(adalahVarian("Temuan 2023", "Temuan")).toBe(false);
    expect(adalahVarian("Temuan (x)", "Temuan")).toBe(false);
    const panjang = "Tabel Realisasi Keuangan Program";
    expect(adalahVarian(nameVariant(panjang, 4), panjang)).toBe(true);
  });
});

describe("milikSendiri / lembarDiganti", () => {
  it("replaces marked sheets under a generated name only; a renamed one stays the user's", () => {
    const lembar = [
      { name: "DPA", generated: false },
      { name: "Temuan", generated: false },
      { name: "Temuan (2)", generated: true },
      { name: "Capaian Kinerja 2023", generated: true },
      { name: "capaian kinerja", generated: true },
    ];
    expect(replacedSheets(lembar, DASAR)).toEqual(["Temuan (2)", "capaian kinerja"]);
    expect(milikSendiri({ name: "Temuan", generated: false }, DASAR)).toBe(false);
  });
});

describe("namaBebas", () => {
  it("takes the first name no sheet holds and reserves it", () => {
    const dipakai = new Set(["temuan", "temuan (2)"]);
    expect(freeName("Temuan", dipakai)).toBe("Temuan (3)");
    expect(freeName("Temuan", dipakai)).toBe("Temuan (4)");
    expect(freeName("Narasi", dipakai)).toBe("Narasi");
    expect(dipakai.has("narasi")).toBe(true);
  });
});

describe("markers", () => {
  it("reads the sheet a marker refers to, from Excel's and exceljs's forms", () => {
    expect(sheetOfReference("='Temuan'!$A$1")).toBe("Temuan");
    expect(sheetOfReference("'Tabel Realisasi Keuangan'!$A$1")).toBe("Tabel Realisasi Keuangan");
    expect(sheetOfReference("'Catatan ''Saya'''!$A$1")).toBe("Catatan 'Saya'");
    expect(sheetOfReference("Narasi!$A$1")).toBe("Narasi");
    expect(sheetOfReference("=#REF!$A$1")).toBeNull();
    expect(sheetOfReference("$A$1")).toBeNull();
  });

  it("numbers new markers after the ones in use", () => {
    const dipakai = new Set(["capaian_lembar_1", "capaian_lembar_3"]);
    expect(nextMarkerName(dipakai)).toBe("Capaian_Lembar_2");
    expect(nextMarkerName(dipakai)).toBe("Capaian_Lembar_4");
    expect(isMarker("Capaian_Lembar_4")).toBe(true);
    expect(isMarker("Lain")).toBe(false);
  });
});
