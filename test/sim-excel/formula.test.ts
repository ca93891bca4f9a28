/**
 * The formula evaluator: what reading `values` of a formula cell gives, as Excel would.
 */

import fc from "fast-check";
import { WorkbookCalc } from "./calc";
import { writeCell } from "./cells";
import { parseFormula, renameSheetInFormula, shiftFormula } from "./formula-parser";
import { cellValue } from "./inspect";
import { WorkbookModel, createWorkbookModel, findSheet } from "./model";
import { formatValue, generalText } from "./number-format";
import { parseAddress } from "./address";

/** A workbook with Data!A1:A6 = 10, "teks", blank, 20, TRUE, 0 and 'Sheet Dua'!B2 = 7. */
function book(): WorkbookModel {
  const model = createWorkbookModel(["Data", "Sheet Dua"]);
  const data = model.sheets[0];
  [10, "teks", null, 20, true, 0].forEach((v, i) => writeCell(data, i, 0, v));
  writeCell(model.sheets[1], 1, 1, 7);
  return model;
}

function evaluate(formula: string, model = book()): string | number | boolean {
  const data = findSheet(model, "Data");
  if (!data) throw new Error("no sheet");
  writeCell(data, 99, 25, formula);
  return cellValue(model, "Data!Z100");
}

describe("formula evaluator", () => {
  it.each<[string, string | number | boolean]>([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=-A1+5", -5],
    ["=2^3", 8],
    ["=50%", 0.5],
    ['="a"&"b"&1', "ab1"],
    ["=A1&A3", "10"],
    ["=SUM(A1:A6)", 30],
    ["=SUM(A1:A6,5,TRUE)", 36],
    ["=AVERAGE(A1:A6)", 10],
    ["=AVERAGE(A2:A3)", "#DIV/0!"],
    ["=COUNT(A1:A6)", 3],
    ["=COUNTA(A1:A6)", 5],
    ["=MIN(A1:A4)", 10],
    ["=MAX(A1:A6)", 20],
    ["=A1/A6", "#DIV/0!"],
    ['=IF(A6=0,"-",A1/A6)', "-"],
    ['=IF(A6<>0,A1/A6,"")', ""],
    ["=IF(A1>5,1)", 1],
    ["=IF(A1<5,1)", false],
    ["=IFERROR(A1/A6,0)", 0],
    ["=IFERROR(A1/2,0)", 5],
    ["=AND(A1>5,A4>5)", true],
    ["=OR(A1>50,A4>50)", false],
    ["=NOT(A5)", false],
    ["=ABS(-3.5)", 3.5],
    ["=ROUND(2.345,2)", 2.35],
    ["=ROUND(-2.5,0)", -3],
    ["=ROUND(1234.5,-2)", 1200],
    ["=ROUNDUP(1.21,1)", 1.3],
    ["=ROUNDDOWN(1.29,1)", 1.2],
    ["='Sheet Dua'!B2*2", 14],
    ["=Data!A1+'Sheet Dua'!$B$2", 17],
    ["=SUM('Sheet Dua'!A1:C3)", 7],
    ['=HYPERLINK("#\'Sheet Dua\'!A1","Lihat")', "Lihat"],
    ['=HYPERLINK("https://example.org")', "https://example.org"],
    ["=A2+1", "#VALUE!"],
    ["=A3", 0],
    ['="5"+1', 6],
    ["=SUMM(A1:A3)", "#NAME?"],
    ["=NamaTakAda", "#NAME?"],
    ["=Hilang!A1", "#REF!"],
    ['=1<"a"', true],
    ['="B"="b"', true],
    ["=TRUE>1", true],
    ["=SUM(A:A)", 30],
    ["=LEN(A2)", 4],
    ['=CONCATENATE("x",A1)', "x10"],
  ])("%s → %p", (formula, expected) => {
    expect(evaluate(formula)).toEqual(expected);
  });

  it("follows references into other formula cells", () => {
    const model = book();
    const data = model.sheets[0];
    writeCell(data, 0, 1, "=A1*2");
    writeCell(data, 1, 1, "=B1+A4");
    expect(cellValue(model, "Data!B2")).toBe(40);
  });

  it("gives #REF! for a circular reference", () => {
    const model = book();
    writeCell(model.sheets[0], 0, 2, "=C2+1");
    writeCell(model.sheets[0], 1, 2, "=C1+1");
    expect(cellValue(model, "Data!C1")).toBe("#REF!");
  });

  it("propagates an error in a range through SUM", () => {
    const model = book();
    writeCell(model.sheets[0], 6, 0, "=1/0");
    expect(evaluate("=SUM(A1:A7)", model)).toBe("#DIV/0!");
  });

  it("trusts the cached result from a file for a function it does not know", () => {
    const model = book();
    model.sheets[0].cells["0,5"] = { formula: "=VLOOKUP(1,A1:A6,1,FALSE)", value: 10 };
    expect(cellValue(model, "Data!F1")).toBe(10);
  });

  it("recomputes after a change (one WorkbookCalc per snapshot)", () => {
    const model = book();
    writeCell(model.sheets[0], 0, 1, "=A1+1");
    expect(new WorkbookCalc(model).cell("Data", 0, 1)).toBe(11);
    writeCell(model.sheets[0], 0, 0, 100);
    expect(new WorkbookCalc(model).cell("Data", 0, 1)).toBe(101);
  });

  it("rejects malformed formulas", () => {
    for (const bad of ["=1+", "=SUM(A1", '="abc', "=A1:", "=)"]) expect(() => parseFormula(bad)).toThrow();
  });
});

describe("rewriting references", () => {
  it("moves relative references and keeps absolute ones", () => {
    expect(shiftFormula("=A1+$B$2+C$3+$D4+SUM(E1:E3)", 2, 1)).toBe("=B3+$B$2+D$3+$D6+SUM(F3:F5)");
    expect(shiftFormula("='Sheet Dua'!A1", 1, 0)).toBe("='Sheet Dua'!A2");
    expect(shiftFormula("=A1", -1, 0)).toBe("=#REF!");
  });

  it("renames a sheet inside formulas and keeps strings alone", () => {
    expect(renameSheetInFormula('=Data!A1&"Data!A1"', "data", "Data Baru")).toBe(
      "='Data Baru'!A1&\"Data!A1\"",
    );
  });
});

describe("number formats (Range.text)", () => {
  it.each<[string | number | boolean, string, string]>([
    [1234.5, "General", "1234.5"],
    [1 / 3, "General", "0.333333333"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [0.875, "0.00%", "87.50%"],
    [0.5, "0%", "50%"],
    [-1500, "#,##0;(#,##0)", "(1,500)"],
    [-2.5, "0.0", "-2.5"],
    [0, '#,##0;-#,##0;"-"', "-"],
    [42, '0" hari"', "42 hari"],
    ["teks", "@", "teks"],
    [true, "General", "TRUE"],
    [45292, "dd/mm/yyyy", "01/01/2024"],
  ])("%p with %s shows %s", (value, format, text) => {
    expect(formatValue(value, format)).toBe(text);
  });

  it("shows integers of up to 11 digits in full under General", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9_999_999_999, max: 99_999_999_999 }), (n) => {
        expect(generalText(n)).toBe(String(n));
      }),
    );
  });
});

describe("addresses", () => {
  it.each<[string, unknown]>([
    ["B3", { rect: { r0: 2, c0: 1, r1: 2, c1: 1 } }],
    ["$A$1:C9", { rect: { r0: 0, c0: 0, r1: 8, c1: 2 } }],
    ["C9:A1", { rect: { r0: 0, c0: 0, r1: 8, c1: 2 } }],
    ["'Sheet Dua'!A1", { sheet: "Sheet Dua", rect: { r0: 0, c0: 0, r1: 0, c1: 0 } }],
    ["'It''s'!A1", { sheet: "It's", rect: { r0: 0, c0: 0, r1: 0, c1: 0 } }],
    ["Data!4:4", { sheet: "Data", rect: { r0: 3, c0: 0, r1: 3, c1: 16383 } }],
    ["A:B", { rect: { r0: 0, c0: 0, r1: 1048575, c1: 1 } }],
    ["XFE1", null],
    ["A0", null],
    ["A1:", null],
  ])("parses %s", (text, expected) => {
    expect(parseAddress(text)).toEqual(expected);
  });
});
