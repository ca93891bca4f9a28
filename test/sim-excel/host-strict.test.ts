/**
 * Where the simulated host is as strict as the Excel our users have: an Indonesian Windows
 * desktop (list separator ";", decimal ","), Excel's formula length limit, calculation held
 * while suspended or in manual mode, Range.copyFrom, and the actions that clear undo.
 */
import { cellFormat, cellValue, rangeFormulas, rangeText } from "./inspect";
import { setupHost as setup, codeOf } from "./test-setup";

async function write(Excel: typeof globalThis.Excel, f: (sheet: Excel.Worksheet) => void): Promise<void> {
  await Excel.run(async (context) => {
    f(context.workbook.worksheets.getItem("Data"));
    await context.sync();
  });
}

describe("locale and platform", () => {
  const bold = (address: string) => (s: Excel.Worksheet) => (s.getRanges(address).format.font.bold = true);

  it("takes a comma-joined getRanges on an English desktop and on the web, not on an Indonesian desktop", async () => {
    expect(await codeOf(write(setup({ locale: "en-US", platform: "PC" }).Excel, bold("A1:B2,D5")))).toBe(
      "no error",
    );
    expect(
      await codeOf(write(setup({ locale: "id-ID", platform: "OfficeOnline" }).Excel, bold("A1,D5"))),
    ).toBe("no error");
    const { Excel, model } = setup({ locale: "id-ID", platform: "PC" });
    expect(await codeOf(write(Excel, bold("A1:B2,D5")))).toBe("InvalidArgument");
    expect(cellFormat(model, "Data!A1").bold).toBe(false);
    await write(Excel, bold("A1:B2;D5"));
    expect(cellFormat(model, "Data!D5").bold).toBe(true);
  });

  it("defaults to an Indonesian Windows desktop", () => {
    const { host } = setup();
    expect([host.locale, host.platform, host.Office.context.diagnostics.platform]).toEqual([
      "id-ID",
      "PC",
      "PC",
    ]);
  });

  it.each(["id-ID", "en-US"] as const)(
    "renders numbers with %s separators, and a dangling decimal separator as Excel does",
    async (locale) => {
      const { Excel, model } = setup({ locale });
      let text: string[][] = [];
      await Excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Data");
        s.getRange("A1:D1").values = [[1234.5, 100, 98.765, 4235577713]];
        s.getRange("A1:D1").numberFormat = [["#,##0.00", "#,##0.##", "#,##0.##", "#,##0"]];
        s.getRange("E1").values = [[12.5]];
        const r = s.getRange("A1:E1").load("text");
        await context.sync();
        text = r.text;
      });
      expect(text).toEqual(
        locale === "id-ID"
          ? [["1.234,50", "100,", "98,77", "4.235.577.713", "12,5"]]
          : [["1,234.50", "100.", "98.77", "4,235,577,713", "12.5"]],
      );
      expect(rangeText(model, "Data!B1", locale)).toEqual([[locale === "id-ID" ? "100," : "100."]]);
    },
  );
});

describe("formula length", () => {
  it("refuses a formula over 8,192 characters with FormulaLengthExceedsLimit", async () => {
    const { Excel, model } = setup();
    const long = "=SUM(" + Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",") + ")";
    expect(long.length).toBeGreaterThan(8192);
    expect(await codeOf(write(Excel, (s) => (s.getRange("B1").formulas = [[long]])))).toBe(
      "FormulaLengthExceedsLimit",
    );
    expect(rangeFormulas(model, "Data!B1")).toEqual([[""]]);
    const short = "=SUM(" + Array.from({ length: 1000 }, (_, i) => `A${i + 1}`).join(",") + ")";
    await write(Excel, (s) => (s.getRange("B1").formulas = [[short]]));
    expect(rangeFormulas(model, "Data!B1")).toEqual([[short]]);
  });
});

describe("calculation", () => {
  it("holds formula values written while calculation is suspended until a recalculation", async () => {
    const { Excel, model } = setup();
    await write(Excel, (s) => {
      s.getRange("A1:B1").values = [[2, 3]];
      s.getRange("C1").formulas = [["=A1*B1"]];
    });
    expect(cellValue(model, "Data!C1")).toBe(6);
    await Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      const s = context.workbook.worksheets.getItem("Data");
      s.getRange("A1").values = [[10]];
      s.getRange("D1").formulas = [["=C1+1"]];
      await context.sync();
    });
    // C1 still shows 6; D1 was never calculated.
    expect([cellValue(model, "Data!C1"), cellValue(model, "Data!D1")]).toEqual([6, 0]);
    // Calculation is back, but what was written during the suspension is not recalculated.
    await write(Excel, (s) => (s.getRange("E1").values = [[1]]));
    expect(cellValue(model, "Data!D1")).toBe(0);
    await write(Excel, (s) => s.calculate(true));
    expect([cellValue(model, "Data!C1"), cellValue(model, "Data!D1")]).toEqual([30, 31]);
  });

  it("in manual mode recalculates only on request", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      context.application.calculationMode = Excel.CalculationMode.manual;
      const s = context.workbook.worksheets.getItem("Data");
      s.getRange("A1").values = [[2]];
      s.getRange("B1").formulas = [["=A1*2"]];
      const app = context.application.load("calculationMode");
      await context.sync();
      expect(app.calculationMode).toBe("Manual");
    });
    expect(cellValue(model, "Data!B1")).toBe(0);
    await Excel.run(async (context) => {
      context.application.calculate(Excel.CalculationType.recalculate);
      await context.sync();
    });
    expect(cellValue(model, "Data!B1")).toBe(4);
    await write(Excel, (s) => (s.getRange("A1").values = [[5]]));
    expect(cellValue(model, "Data!B1")).toBe(4);
    await write(Excel, (s) => s.getRange("B1").calculate());
    expect(cellValue(model, "Data!B1")).toBe(10);
  });
});

describe("Range.copyFrom", () => {
  it("copies values, formulas, number formats, formats and merges onto another sheet", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:C2").values = [
        ["judul", null, null],
        [2, 3, null],
      ];
      data.getRange("C2").formulas = [["=A2*B2"]];
      data.getRange("A1:C1").merge(false);
      data.getRange("C2").numberFormat = [["#,##0.00"]];
      data.getRange("A2").format.font.bold = true;
      const ringkasan = context.workbook.worksheets.getItem("Ringkasan");
      ringkasan.getRange("A1:C2").copyFrom(data.getRange("A1:C2"), Excel.RangeCopyType.all);
      await context.sync();
    });
    const r = model.sheets[1];
    expect(r.merges).toEqual(["A1:C1"]);
    expect(rangeFormulas(model, "Ringkasan!A2:C2")).toEqual([[2, 3, "=A2*B2"]]);
    expect(cellValue(model, "Ringkasan!C2")).toBe(6);
    expect(cellFormat(model, "Ringkasan!C2").numberFormat).toBe("#,##0.00");
    expect(cellFormat(model, "Ringkasan!A2").bold).toBe(true);
  });

  it("refuses to paste over merged cells of another shape", async () => {
    const { Excel } = setup();
    const code = await codeOf(
      Excel.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        const ringkasan = context.workbook.worksheets.getItem("Ringkasan");
        data.getRange("A1:B1").values = [[1, 2]];
        ringkasan.getRange("A1:A2").merge(false);
        ringkasan.getRange("A1:B1").copyFrom(data.getRange("A1:B1"));
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidOperation");
  });
});

describe("undo", () => {
  it("counts deleting and renaming a sheet as clearing Excel's undo stack", async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(host.stats.undoClears).toBe(0);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").name = "Data 2";
      context.workbook.worksheets.getItem("Ringkasan").delete();
      await context.sync();
    });
    expect(host.stats.undoClears).toBe(2);
  });
});
