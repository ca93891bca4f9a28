import { layoutSheet, widthToPoints } from "../../src/excel/sheet-layout";
import type { SheetSpec, StyleName, StyleSpec } from "../../src/report/sheet-spec";
import { DASAR_LEMBAR } from "../helpers/lembar";

const styles = {
  teks: {},
  uang: { numberFormat: "#,##0", horizontal: "right" },
  persen: { numberFormat: "0.00", horizontal: "right" },
  header: { bold: true, border: "#808080" },
} as unknown as Record<StyleName, StyleSpec>;

const spec: SheetSpec = {
  ...DASAR_LEMBAR,
  name: "Uji",
  columns: [10, 20, 12],
  merges: [],
  freeze: { rows: 1, columns: 0 },
  rows: [
    [
      { value: "Uraian", style: "header" },
      { value: "Pagu", style: "header" },
      { value: "%", style: "header" },
    ],
    [
      { value: "=bukan rumus", style: "teks" },
      { value: 1000, style: "uang" },
      { value: 50, formula: "=B2/B3*100", style: "persen" },
    ],
    [{ value: "Jumlah", style: "teks" }, { value: 2000, formula: "=SUM(B2:B2)", style: "uang" }, null],
  ],
};

describe("layoutSheet", () => {
  const layout = layoutSheet(spec, styles);

  it("marks text cells '@' before their values so '=…' stays text", () => {
    expect(layout.numberFormats[1][0]).toBe("@");
    expect(layout.values[1][0]).toBe("=bukan rumus");
  });

  it("gives numbers and formulas their style's number format, never '@'", () => {
    expect(layout.numberFormats[1][1]).toBe("#,##0");
    expect(layout.numberFormats[1][2]).toBe("0.00");
    expect(layout.numberFormats[2][1]).toBe("#,##0");
  });

  it("leaves formula cells out of the values and writes them as a formulas block", () => {
    expect(layout.values[1][2]).toBeNull();
    expect(layout.formulas).toEqual({
      row: 1,
      column: 1,
      formulas: [
        [null, "=B2/B3*100"],
        ["=SUM(B2:B2)", null],
      ],
    });
  });

  it("covers each format setting with rectangles, not single cells", () => {
    expect(layout.formatAreas.get("bold")).toEqual(["A1:C1"]);
    expect(layout.formatAreas.get("border:#808080")).toEqual(["A1:C1"]);
    expect(layout.formatAreas.get("h:right")).toEqual(["B2:C2", "B3"]);
  });

  it("writes an empty text cell as empty (null) and never gives it '@'", () => {
    const kosong = layoutSheet(
      {
        ...spec,
        rows: [[{ value: "", style: "uang" }, { value: "" }, { value: "x" }]],
      },
      styles,
    );
    expect(kosong.values[0]).toEqual([null, null, "x"]);
    expect(kosong.numberFormats[0]).toEqual(["#,##0", null, "@"]);
  });

  it("converts character widths to points", () => {
    expect(widthToPoints(10)).toBeCloseTo(56.25);
  });
});
