import { desimalFormat, formatTanggal, infoDariFormat } from "../../src/excel/format-angka";

describe("formatTanggal: the number formats Range.numberFormat reports", () => {
  it.each([
    "m/d/yyyy",
    "dd/mm/yyyy",
    "mm-dd-yy",
    "[$-421]dd mmmm yyyy;@",
    "[$-F800]dddd, mmmm dd, yyyy",
    "d-mmm-yy",
    "mmm-yy",
    "yyyy-mm-dd",
    "DD/MM/YYYY",
    "h:mm",
    "[h]:mm:ss",
    "dd/mm/yyyy h:mm",
  ])("%s is a date or time", (f) => expect(formatTanggal(f)).toBe(true));

  it.each([
    "General",
    "@",
    "0",
    "0.00",
    "#,##0",
    "#,##0.00;[Red]-#,##0.00",
    "0.00%",
    "0.00E+00",
    '"Rp" #,##0',
    "[$Rp-421]#,##0.00",
    '_-* #,##0_-;-* #,##0_-;_-* "-"_-;_-@_-',
    '_("Rp"* #,##0_);_("Rp"* \\(#,##0\\);_("Rp"* "-"_);_(@_)',
    '#,##0 "hari"',
    "0\\d",
    "",
  ])("%s is not", (f) => expect(formatTanggal(f)).toBe(false));
});

describe("infoDariFormat", () => {
  it("a number in a date format is a date; text and blanks are not", () => {
    expect(infoDariFormat(45316, "m/d/yyyy")).toEqual({ tanggal: true });
    expect(infoDariFormat("25/01/2024", "m/d/yyyy")).toBeNull();
    expect(infoDariFormat(null, "m/d/yyyy")).toBeNull();
    expect(infoDariFormat(1000, "#,##0")).toBeNull();
  });

  it("a number in a fixed-decimals format keeps its displayed text (kode 1.10)", () => {
    expect(desimalFormat("0.00")).toBe(2);
    expect(infoDariFormat(1.1, "0.00")).toEqual({ teks: "1.10" });
    expect(infoDariFormat(1.25, "0.00")).toBeNull();
    expect(infoDariFormat(3, "0")).toBeNull();
  });
});
