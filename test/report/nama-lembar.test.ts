/** The naming rules both hosts share (src/report/nama-lembar.ts). */
import {
  adalahPenanda,
  adalahVarian,
  lembarDariRujukan,
  lembarDiganti,
  milikSendiri,
  namaBebas,
  namaPenandaBerikut,
  namaVarian,
} from "../../src/report/nama-lembar";

const DASAR = ["Tabel Realisasi Keuangan", "Capaian Kinerja", "Temuan"];

describe("namaVarian / adalahVarian", () => {
  it("numbers variants from 2 and keeps them within 31 characters", () => {
    expect(namaVarian("Temuan", 1)).toBe("Temuan");
    expect(namaVarian("Temuan", 2)).toBe("Temuan (2)");
    const panjang = "Tabel Realisasi Keuangan Program";
    expect(namaVarian(panjang, 12)).toHaveLength(31);
    expect(namaVarian(panjang, 12).endsWith(" (12)")).toBe(true);
  });

  it("recognises the base and its variants, ignoring case, and nothing else", () => {
    expect(adalahVarian("temuan", "Temuan")).toBe(true);
    expect(adalahVarian("Temuan (3)", "Temuan")).toBe(true);
    expect(adalahVarian("Temuan 2023", "Temuan")).toBe(false);
    expect(adalahVarian("Temuan (x)", "Temuan")).toBe(false);
    const panjang = "Tabel Realisasi Keuangan Program";
    expect(adalahVarian(namaVarian(panjang, 4), panjang)).toBe(true);
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
    expect(lembarDiganti(lembar, DASAR)).toEqual(["Temuan (2)", "capaian kinerja"]);
    expect(milikSendiri({ name: "Temuan", generated: false }, DASAR)).toBe(false);
  });
});

describe("namaBebas", () => {
  it("takes the first name no sheet holds and reserves it", () => {
    const dipakai = new Set(["temuan", "temuan (2)"]);
    expect(namaBebas("Temuan", dipakai)).toBe("Temuan (3)");
    expect(namaBebas("Temuan", dipakai)).toBe("Temuan (4)");
    expect(namaBebas("Narasi", dipakai)).toBe("Narasi");
    expect(dipakai.has("narasi")).toBe(true);
  });
});

describe("markers", () => {
  it("reads the sheet a marker refers to, from Excel's and exceljs's forms", () => {
    expect(lembarDariRujukan("='Temuan'!$A$1")).toBe("Temuan");
    expect(lembarDariRujukan("'Tabel Realisasi Keuangan'!$A$1")).toBe("Tabel Realisasi Keuangan");
    expect(lembarDariRujukan("'Catatan ''Saya'''!$A$1")).toBe("Catatan 'Saya'");
    expect(lembarDariRujukan("Narasi!$A$1")).toBe("Narasi");
    expect(lembarDariRujukan("=#REF!$A$1")).toBeNull();
    expect(lembarDariRujukan("$A$1")).toBeNull();
  });

  it("numbers new markers after the ones in use", () => {
    const dipakai = new Set(["capaian_lembar_1", "capaian_lembar_3"]);
    expect(namaPenandaBerikut(dipakai)).toBe("Capaian_Lembar_2");
    expect(namaPenandaBerikut(dipakai)).toBe("Capaian_Lembar_4");
    expect(adalahPenanda("Capaian_Lembar_4")).toBe(true);
    expect(adalahPenanda("Lain")).toBe(false);
  });
});
