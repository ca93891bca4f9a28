/**
 * Range semantics: shapes, what a written string becomes, formats, RangeAreas, merges,
 * selection.
 */

import { createExcelHost } from "./host";
import { cellFormat, cellValue, rangeFormulas, rangeValues } from "./inspect";
import { WorkbookModel, createWorkbookModel } from "./model";
import { setupHost as setup, codeOf } from "./test-setup";

async function write(Excel: typeof globalThis.Excel, f: (sheet: Excel.Worksheet) => void): Promise<void> {
  await Excel.run(async (context) => {
    f(context.workbook.worksheets.getItem("Data"));
    await context.sync();
  });
}

describe("writing values", () => {
  it.each([
    [
      "too many columns",
      "A1:B2",
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
    ],
    ["too few rows", "A1:B2", [[1, 2]]],
    ["a 1-D array", "A1:C1", [1, 2, 3]],
    ["ragged rows", "A1:B2", [[1, 2], [3]]],
  ])("rejects %s with InvalidArgument", async (_what, address, values) => {
    const { Excel, model } = setup();
    const code = await codeOf(write(Excel, (s) => (s.getRange(address).values = values as unknown[][])));
    expect(code).toBe("InvalidArgument");
    expect(Object.keys(model.sheets[0].cells)).toHaveLength(0);
  });

  it("rejects a malformed address with InvalidArgument", async () => {
    const { Excel } = setup();
    expect(await codeOf(write(Excel, (s) => (s.getRange("A0:ZZZZ9").values = [[1]])))).toBe(
      "InvalidArgument",
    );
    expect(await codeOf(write(Excel, (s) => (s.getRange("Ringkasan!A1").values = [[1]])))).toBe(
      "InvalidArgument",
    );
  });

  it("applies one value to every cell, null leaves a cell alone and '' clears it", async () => {
    const { Excel, model } = setup();
    await write(Excel, (s) => {
      s.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      s.getRange("A1:B2").values = [
        [null, ""],
        [null, 9],
      ];
      s.getRange("C1:C2").numberFormat = [["0.00"], [null]];
    });
    expect(rangeValues(model, "Data!A1:B2")).toEqual([
      [1, ""],
      [3, 9],
    ]);
    expect(model.sheets[0].cells["0,2"].numberFormat).toBe("0.00");
    expect(model.sheets[0].cells["1,2"]).toBeUndefined();
  });

  it("turns a string that begins with '=' into a formula, unless the cell is text (@)", async () => {
    const { Excel, model } = setup();
    await write(Excel, (s) => {
      s.getRange("A1:A2").values = [[2], [3]];
      s.getRange("B1").values = [["=A1+A2"]];
      s.getRange("B2").numberFormat = [["@"]];
      s.getRange("B2").values = [["=A1+A2"]];
      s.getRange("B3").values = [["'=A1+A2"]];
    });
    expect(rangeValues(model, "Data!B1:B3")).toEqual([[5], ["=A1+A2"], ["=A1+A2"]]);
    expect(rangeFormulas(model, "Data!B1:B3")).toEqual([["=A1+A2"], ["=A1+A2"], ["=A1+A2"]]);
    expect(model.sheets[0].cells["0,1"].formula).toBe("=A1+A2");
    expect(model.sheets[0].cells["1,1"].formula).toBeUndefined();
  });

  it("reads numeric-looking strings as numbers, like typed input (kode 1.06 becomes 1.06)", async () => {
    const { Excel, model } = setup();
    await write(Excel, (s) => {
      s.getRange("A1:F1").values = [["1.06", "1.06.04", "007", "40%", "TRUE", "-"]];
      s.getRange("A2").numberFormat = [["@"]];
      s.getRange("A2").values = [["1.06"]];
    });
    expect(rangeValues(model, "Data!A1:F1")).toEqual([[1.06, "1.06.04", 7, 0.4, true, "-"]]);
    expect(cellValue(model, "Data!A2")).toBe("1.06");
  });

  it("treats '-x' and '+x' as formulas when they parse, like Excel", async () => {
    const { Excel, model } = setup();
    await write(Excel, (s) => {
      s.getRange("A1").values = [[5]];
      s.getRange("B1:C1").values = [["-A1", "- tidak ada -"]];
    });
    expect(rangeValues(model, "Data!B1:C1")).toEqual([[-5, "- tidak ada -"]]);
  });

  it("rejects an invalid formula with InvalidArgument", async () => {
    const { Excel } = setup();
    expect(await codeOf(write(Excel, (s) => (s.getRange("A1").formulas = [["=SUM(A1:A3"]])))).toBe(
      "InvalidArgument",
    );
  });

  it("fills one formula over a range, moving relative references", async () => {
    const { Excel, model } = setup();
    await write(Excel, (s) => {
      s.getRange("A1:B3").values = [
        [1, 10],
        [2, 20],
        [3, 30],
      ];
      s.getRange("C1:C3").formulas = "=A1*B1+$A$1" as unknown as unknown[][];
    });
    expect(rangeFormulas(model, "Data!C1:C3")).toEqual([["=A1*B1+$A$1"], ["=A2*B2+$A$1"], ["=A3*B3+$A$1"]]);
    expect(rangeValues(model, "Data!C1:C3")).toEqual([[11], [41], [91]]);
  });

  it("reports text and valueTypes (en-US separators)", async () => {
    const { Excel } = setup({ locale: "en-US" });
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      s.getRange("A1:E1").values = [[1234.5, 0.875, "teks", true, "=1/0"]];
      s.getRange("A1:B1").numberFormat = [["#,##0.00", "0.0%"]];
      const r = s.getRange("A1:F1").load("text, valueTypes");
      await context.sync();
      expect(r.text).toEqual([["1,234.50", "87.5%", "teks", "TRUE", "#DIV/0!", ""]]);
      expect(r.valueTypes).toEqual([["Double", "Double", "String", "Boolean", "Error", "Empty"]]);
    });
  });

  it("refuses changes to a protected sheet with AccessDenied", async () => {
    const { Excel, model } = setup();
    model.sheets[0].protected = true;
    expect(await codeOf(write(Excel, (s) => (s.getRange("A1").values = [[1]])))).toBe("AccessDenied");
    expect(await codeOf(write(Excel, (s) => (s.getRange("A1").format.font.bold = true)))).toBe(
      "AccessDenied",
    );
  });
});

describe("formats", () => {
  it("formats a range and reads back the common value, or null when cells differ", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      const r = s.getRange("A1:C2");
      r.format.font.bold = true;
      r.format.font.color = "#1f4e79";
      r.format.fill.color = "#DDEBF7";
      r.format.horizontalAlignment = "Center";
      r.format.wrapText = true;
      r.format.columnWidth = 120;
      s.getRange("A1").format.font.italic = true;
      const read = s
        .getRange("A1:C2")
        .load("format/font/bold, format/font/italic, format/font/color, format/columnWidth");
      await context.sync();
      expect(read.format.font.bold).toBe(true);
      expect(read.format.font.italic).toBeNull();
      expect(read.format.font.color).toBe("#1F4E79");
      expect(read.format.columnWidth).toBe(120);
    });
    expect(cellFormat(model, "Data!B2")).toMatchObject({
      bold: true,
      fill: "#DDEBF7",
      horizontalAlignment: "Center",
      wrapText: true,
    });
    expect(model.sheets[0].columnWidths).toEqual({ 0: 120, 1: 120, 2: 120 });
  });

  it.each([
    ["a color without #", (r: Excel.Range) => (r.format.fill.color = "FF0000")],
    [
      "an alignment in the wrong case",
      (r: Excel.Range) => (r.format.horizontalAlignment = "center" as Excel.HorizontalAlignment),
    ],
    [
      "an unknown border index",
      (r: Excel.Range) => (r.format.borders.getItem("Top" as Excel.BorderIndex).style = "Continuous"),
    ],
  ])("rejects %s with InvalidArgument", async (_what, f) => {
    const { Excel } = setup();
    expect(await codeOf(write(Excel, (s) => f(s.getRange("A1:B2"))))).toBe("InvalidArgument");
  });

  it("clears a fill", async () => {
    const { Excel, model } = setup();
    await write(Excel, (s) => {
      s.getRange("A1").format.fill.color = "yellow";
      s.getRange("A1").format.fill.clear();
    });
    expect(cellFormat(model, "Data!A1").fill).toBe("#FFFFFF");
  });

  it("draws outside and inside borders", async () => {
    const { Excel, model } = setup();
    await write(Excel, (s) => {
      const r = s.getRange("A1:B2");
      for (const edge of [
        "EdgeTop",
        "EdgeBottom",
        "EdgeLeft",
        "EdgeRight",
        "InsideHorizontal",
        "InsideVertical",
      ] as const) {
        r.format.borders.getItem(edge).style = "Continuous";
      }
      r.format.borders.getItem("EdgeBottom").weight = "Medium";
    });
    expect(cellFormat(model, "Data!A1").borders).toMatchObject({
      EdgeTop: { style: "Continuous" },
      EdgeLeft: { style: "Continuous" },
      EdgeBottom: { style: "Continuous", weight: "Thin" },
      EdgeRight: { style: "Continuous" },
    });
    expect(cellFormat(model, "Data!B2").borders?.EdgeBottom).toEqual({
      style: "Continuous",
      color: "#000000",
      weight: "Medium",
    });
  });

  it("formats every area of a RangeAreas in one action", async () => {
    const { Excel, model, host } = setup({ locale: "en-US" });
    await Excel.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("Data").getRanges("A1:B2, D5:D9");
      areas.format.fill.color = "#FFC7CE";
      areas.format.font.bold = true;
      areas.load("address, areaCount, cellCount");
      await context.sync();
      expect(areas.address).toBe("Data!A1:B2,Data!D5:D9");
      expect(areas.areaCount).toBe(2);
      expect(areas.cellCount).toBe(9);
    });
    expect(host.stats.operations).toBe(3);
    for (const a of ["Data!A1", "Data!B2", "Data!D5", "Data!D9"])
      expect(cellFormat(model, a)).toMatchObject({ fill: "#FFC7CE", bold: true });
    expect(cellFormat(model, "Data!C3").fill).toBe("#FFFFFF");
  });

  it("refuses a RangeAreas address longer than 8,192 characters (office-js #5198)", async () => {
    const { Excel, model } = setup({ locale: "en-US" });
    const cells = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`);
    const address = cells.join(",");
    expect(address.length).toBeGreaterThan(8192);
    expect(await codeOf(write(Excel, (s) => (s.getRanges(address).format.font.bold = true)))).toBe(
      "InvalidArgument",
    );
    expect(cellFormat(model, "Data!A1").bold).toBe(false);
  });

  it("needs ExcelApi 1.9 for RangeAreas", async () => {
    const { Excel } = setup({ apiVersion: "1.8" });
    expect(await codeOf(write(Excel, (s) => (s.getRanges("A1:B2").format.font.bold = true)))).toBe(
      "ApiNotFound",
    );
  });

  it("autofits columns to their longest text", async () => {
    const { Excel, model } = setup();
    await write(Excel, (s) => {
      s.getRange("A1:A2").values = [["pendek"], ["teks yang jauh lebih panjang"]];
      s.getRange("A1:A2").format.autofitColumns();
    });
    expect(model.sheets[0].columnWidths["0"]).toBeGreaterThan(100);
  });
});

describe("merge, clear, navigation, selection", () => {
  it("merges keeping the top-left value, across merges row by row, unmerge undoes", async () => {
    const { Excel, model } = setup();
    await write(Excel, (s) => {
      s.getRange("A1:B2").values = [
        ["kiri", "hilang"],
        ["x", "y"],
      ];
      s.getRange("A1:B2").merge();
      s.getRange("D1:E2").merge(true);
    });
    const sheet = model.sheets[0];
    expect(sheet.merges).toEqual(["A1:B2", "D1:E1", "D2:E2"]);
    expect(rangeValues(model, "Data!A1:B2")).toEqual([
      ["kiri", ""],
      ["", ""],
    ]);
    await write(Excel, (s) => s.getRange("D1:E2").unmerge());
    expect(sheet.merges).toEqual(["A1:B2"]);
  });

  it("clears contents, formats, or both", async () => {
    const { Excel, model } = setup();
    await write(Excel, (s) => {
      s.getRange("A1:B1").values = [[1, 2]];
      s.getRange("A1:B1").format.font.bold = true;
      s.getRange("A1").clear("Contents");
      s.getRange("B1").clear(Excel.ClearApplyTo.formats);
    });
    expect(rangeValues(model, "Data!A1:B1")).toEqual([["", 2]]);
    expect(cellFormat(model, "Data!A1").bold).toBe(true);
    expect(cellFormat(model, "Data!B1").bold).toBe(false);
  });

  it("navigates: getCell, getResizedRange, getOffsetRange, getRow, getColumn, getEntireColumn, getBoundingRect", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Data").getRange("B2:D4");
      const got = [
        base.getCell(1, 1),
        base.getResizedRange(1, -1),
        base.getOffsetRange(2, 1),
        base.getRow(0),
        base.getColumn(2),
        base.getEntireColumn(),
        base.getBoundingRect("F8"),
        base.getLastCell(),
      ].map((r) => r.load("address"));
      const idx = base.load("rowIndex, columnIndex, rowCount, columnCount, cellCount");
      await context.sync();
      expect(got.map((r) => r.address)).toEqual([
        "Data!C3",
        "Data!B2:C5",
        "Data!C4:E6",
        "Data!B2:D2",
        "Data!D2:D4",
        "Data!B:D",
        "Data!B2:F8",
        "Data!D4",
      ]);
      expect([idx.rowIndex, idx.columnIndex, idx.rowCount, idx.columnCount, idx.cellCount]).toEqual([
        1, 1, 3, 3, 9,
      ]);
    });
  });

  it("fails with InvalidArgument when navigation leaves the sheet", async () => {
    const { Excel } = setup();
    expect(await codeOf(write(Excel, (s) => s.getRange("A1").getOffsetRange(-1, 0).load("address")))).toBe(
      "InvalidArgument",
    );
  });

  it("quotes sheet names in addresses the way Excel does", async () => {
    const model: WorkbookModel = createWorkbookModel(["Capaian Kinerja", "Data"]);
    const { Excel } = createExcelHost(model);
    await Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Capaian Kinerja").getRange("A1:B2").load("address");
      await context.sync();
      expect(r.address).toBe("'Capaian Kinerja'!A1:B2");
    });
  });

  it("select() sets the selection and the active sheet; getSelectedRange returns it", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ringkasan").getRange("B3:C4").select();
      await context.sync();
      const sel = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(sel.address).toBe("Ringkasan!B3:C4");
      expect(active.name).toBe("Ringkasan");
    });
    expect(model.selection).toEqual({ sheet: "Ringkasan", address: "B3:C4" });
    expect(model.activeSheet).toBe("Ringkasan");
  });

  it("finds the used range; getUsedRangeOrNullObject is null on a blank sheet", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("B2:C3").values = [
        [1, 2],
        [3, 4],
      ];
      data.getRange("E9").format.fill.color = "#FF0000";
      const used = data.getUsedRange(true).load("address");
      const withFormats = data.getUsedRange().load("address");
      const blank = context.workbook.worksheets.getItem("Ringkasan").getUsedRangeOrNullObject();
      await context.sync();
      expect(used.address).toBe("Data!B2:C3");
      expect(withFormats.address).toBe("Data!B2:E9");
      expect(blank.isNullObject).toBe(true);
    });
  });
});
