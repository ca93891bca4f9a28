/**
 * The request/sync rules of the simulated host: what an adapter written against real
 * Office.js must respect.
 */

import { createExcelHost } from "./host";
import { createWorkbookModel } from "./model";
import { cellValue } from "./inspect";
import { setupHost as setup, codeOf } from "./test-setup";

describe("load and sync", () => {
  it("throws PropertyNotLoaded when a property is read before load + sync", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      expect(() => range.values).toThrow(/The property 'values' is not available/);
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-after-load -- the host must refuse this read
      expect(() => range.values).toThrow(/call the load method/);
      await context.sync();
      expect(range.values).toEqual([["", ""]]);
      expect(() => range.address).toThrow(/'address' is not available/);
    });
  });

  it("gives the error Office.js gives: RichApi.Error with code PropertyNotLoaded", async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      let caught: unknown;
      try {
        void sheet.name;
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(host.OfficeExtension.Error);
      expect(caught).toMatchObject({
        name: "RichApi.Error",
        code: "PropertyNotLoaded",
        debugInfo: { errorLocation: "Worksheet.name" },
      });
      await context.sync();
    });
  });

  it("accepts every load form: string list, array, {select}, nested object, none", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      const a = sheet.getRange("A1:B2").load("values, address");
      const b = sheet.getRange("A1").load(["rowCount", "format/font/bold"]);
      const c = sheet.getRange("B2").load({ select: "values" });
      const d = sheet.getRange("A2").load({ columnIndex: true, format: { fill: { color: true } } });
      // eslint-disable-next-line office-addins/no-empty-load -- the no-argument form is under test
      const e = sheet.load();
      await context.sync();
      expect(a.values).toEqual([
        [1, 2],
        [3, 4],
      ]);
      expect(a.address).toBe("Data!A1:B2");
      expect(b.rowCount).toBe(1);
      expect(b.format.font.bold).toBe(false);
      expect(c.values).toEqual([[4]]);
      expect(d.columnIndex).toBe(0);
      expect(d.format.fill.color).toBe("#FFFFFF");
      expect(e.name).toBe("Data");
      expect(e.position).toBe(0);
    });
  });

  it("fails the sync with InvalidArgument when a load names a property that does not exist", async () => {
    const { Excel } = setup();
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").load("valuez");
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
  });

  it("loads collection items: load('items/name') and load('name')", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(() => sheets.items).toThrow(/'items' is not available/);
      sheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Data", "Ringkasan"]);
      expect(() => sheets.items[0].position).toThrow(/'position' is not available/);
      const again = context.workbook.worksheets.load("name, position");
      await context.sync();
      expect(again.items.map((s) => [s.name, s.position])).toEqual([
        ["Data", 0],
        ["Ringkasan", 1],
      ]);
    });
  });

  it("reads back a value it set in the same batch (as Office.js keeps it locally), and the computed one after a load", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.values = [["=1+1"]];
      expect(range.values).toEqual([["=1+1"]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[2]]);
    });
  });

  it("applies writes only at sync, in order", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1");
      range.values = [["first"]];
      range.values = [["second"]];
      expect(cellValue(model, "Data!A1")).toBe("");
      await context.sync();
      expect(cellValue(model, "Data!A1")).toBe("second");
    });
  });

  it("syncs what is still queued when the batch's promise resolves", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B2").values = [[7]];
    });
    expect(cellValue(model, "Data!B2")).toBe(7);
  });

  it("rejects a batch function that does not return a promise", async () => {
    const { Excel } = setup();
    const run = Excel.run as unknown as (f: (context: Excel.RequestContext) => unknown) => Promise<unknown>;
    expect(await codeOf(run(() => 42))).toBe("RunMustReturnPromise");
  });

  it("reports ItemNotFound for a missing sheet or table at sync, not at the call", async () => {
    const { Excel } = setup();
    const sheetCode = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Tidak Ada");
        const range = sheet.getRange("A1");
        range.values = [[1]];
        await context.sync();
      }),
    );
    expect(sheetCode).toBe("ItemNotFound");
    const tableCode = await codeOf(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("targets").load("name");
        await context.sync();
      }),
    );
    expect(tableCode).toBe("ItemNotFound");
  });

  it("answers isNullObject after sync for *OrNullObject, and throws before", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      const table = context.workbook.tables.getItemOrNullObject("pagu");
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(table.isNullObject).toBe(true);
      present.load("name");
      await context.sync();
      expect(present.name).toBe("Data");
    });
  });

  it("rolls back the whole sync when one action fails, and loads nothing", async () => {
    const { Excel, model } = setup();
    let loaded: Excel.Range | undefined;
    const code = await codeOf(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("A1").values = [["ditulis"]];
        loaded = sheet.getRange("A1").load("values");
        sheet.getRange("A2:B2").values = [[1]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    expect(cellValue(model, "Data!A1")).toBe("");
    expect(() => loaded?.values).toThrow(/not available/);
  });

  it("puts the failing statement in debugInfo", async () => {
    const { Excel } = setup();
    try {
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[1, 2, 3]];
        await context.sync();
      });
      throw new Error("expected a failure");
    } catch (e) {
      const err = e as OfficeExtension.Error;
      expect(err.code).toBe("InvalidArgument");
      expect(err.debugInfo.errorLocation).toBe("Range.values");
      expect(err.debugInfo.statement).toContain('getRange("A1:B1").values =');
      expect(err.message).toMatch(/doesn't match the size or dimensions of the range/);
    }
  });

  it("refuses syncs in cell-edit mode unless the run set delayForCellEdit", async () => {
    const { Excel, model } = setup();
    model.cellEditMode = true;
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidOperationInCellEditMode");
    await Excel.run({ delayForCellEdit: true }, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(cellValue(model, "Data!A1")).toBe(1);
  });

  it("rejects a sync on the context of a finished run", async () => {
    const { Excel } = setup();
    let saved: Excel.RequestContext | undefined;
    await Excel.run(async (context) => {
      saved = context;
      await context.sync();
    });
    if (!saved) throw new Error("no context");
    saved.workbook.worksheets.getItem("Data").getRange("A1").values = [[1]];
    expect(await codeOf(saved.sync())).toBe("InvalidObjectPath");
  });

  it("supports new Excel.RequestContext() outside Excel.run", async () => {
    const { Excel, model } = setup();
    const context = new Excel.RequestContext();
    context.workbook.worksheets.getItem("Ringkasan").getRange("C3").values = [["ok"]];
    await context.sync();
    expect(cellValue(model, "Ringkasan!C3")).toBe("ok");
  });

  it("supports set() for several properties and toJSON() of what was loaded", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1");
      range.set({ values: [["a", 1]], format: { font: { bold: true }, fill: { color: "#FFFF00" } } });
      range.load("address, values");
      await context.sync();
      expect(range.toJSON()).toEqual({ address: "Data!A1:B1", values: [["a", 1]] });
    });
    expect(model.sheets[0].cells["0,1"]).toEqual({ value: 1, format: { bold: true, fill: "#FFFF00" } });
  });

  it("returns ClientResult values only after sync", async () => {
    const { Excel } = setup();
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(/has not been loaded/);
      await context.sync();
      expect(count.value).toBe(2);
    });
  });
});

describe("counters and the request size limit", () => {
  it("counts round trips, queued operations and request bytes", async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1:B1").values = [["a", "b"]];
      sheet.getRange("A1:B1").format.font.bold = true;
      await context.sync();
      await context.sync(); // nothing queued: no round trip
      sheet.getRange("A1").load("values");
      await context.sync();
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.syncCalls).toBe(3);
    expect(host.stats.operations).toBe(3);
    expect(host.stats.requestBytes).toHaveLength(2);
    expect(host.stats.requestBytes[0]).toBeGreaterThan(host.stats.requestBytes[1]);
    expect(host.stats.maxRequestBytes).toBe(host.stats.requestBytes[0]);
    expect(host.stats.runs).toBe(1);
    host.stats.reset();
    expect(host.stats).toMatchObject({
      syncs: 0,
      operations: 0,
      requestBytes: [],
      maxRequestBytes: 0,
      runs: 0,
    });
  });

  it("rejects a request over the limit with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const { Excel, host, model } = setup({ maxRequestBytes: 5_000 });
    const rows = Array.from({ length: 500 }, (_, i) => [`baris ${i}`, i * 1.5]);
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").getRange("A1:B500").values = rows;
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(cellValue(model, "Data!A1")).toBe("");
    expect(host.stats.maxRequestBytes).toBeGreaterThan(5_000);
    // the same rows in chunks under the limit go through
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      for (let start = 0; start < rows.length; start += 50) {
        sheet.getRangeByIndexes(start, 0, 50, 2).values = rows.slice(start, start + 50);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- chunking is the point here
        await context.sync();
      }
    });
    expect(cellValue(model, "Data!A500")).toBe("baris 499");
  });

  it("leaves the workbook as it was, byte for byte, when a sync that changed much fails", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("A1:C3").values = [
        ["a", 1, 2],
        ["b", 3, 4],
        ["c", 5, 6],
      ];
      data.getRange("D1:D3").formulas = [["=B1+C1"], ["=B2+C2"], ["='Data'!B3*2"]];
      data.getRange("A1:D1").format.font.bold = true;
      data.getRange("A5:B5").merge();
      context.workbook.worksheets.getItem("Ringkasan").getRange("A1").formulas = [["=SUM(Data!D1:D3)"]];
      await context.sync();
    });
    const before = JSON.stringify(model);
    const code = await codeOf(
      Excel.run(async (context) => {
        const data = context.workbook.worksheets.getItem("Data");
        data.getRange("A2:D2").clear();
        data.getRange("B1:C3").format.fill.color = "#FFFF00";
        data.getRange("A1:D3").format.borders.getItem("InsideHorizontal").style = "Continuous";
        data.getRange("A7:C8").merge();
        data.getRange("A5:B5").unmerge();
        data.getRange("F1").values = [["baru"]];
        data.name = "Data Baru";
        context.workbook.worksheets.add("Lain").getRange("A1").values = [[1]];
        context.workbook.worksheets.getItem("Ringkasan").delete();
        data.getRange("A9").formulas = [["=SUM("]]; // an invalid formula: the whole sync fails
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    expect(JSON.stringify(model)).toBe(before);
    expect(cellValue(model, "Ringkasan!A1")).toBe(20);
    expect(cellValue(model, "Data!D2")).toBe(7);
  });

  it("records suspendApiCalculationUntilNextSync and calculate", async () => {
    const { Excel, host } = setup();
    await Excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
    expect(host.stats.suspendApiCalculationCalls).toBe(1);
    expect(host.stats.calculateCalls).toEqual(["Full"]);
  });
});

describe("Office global", () => {
  it("answers isSetSupported by the simulated level", () => {
    const office2021 = createExcelHost(createWorkbookModel(), { apiVersion: "1.14" }).Office;
    expect(office2021.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(office2021.context.requirements.isSetSupported("ExcelApi", "1.14")).toBe(true);
    expect(office2021.context.requirements.isSetSupported("ExcelApi", "1.15")).toBe(false);
    const office2016 = createExcelHost(createWorkbookModel(), { apiVersion: "1.9" }).Office;
    expect(office2016.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(false);
    expect(office2016.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(office2016.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("resolves onReady with the Excel host and records associated actions", async () => {
    const host = createExcelHost(createWorkbookModel());
    const info = await host.Office.onReady();
    expect(info.host).toBe(host.Office.HostType.Excel);
    const fn = jest.fn();
    host.Office.actions.associate("hitungCapaian", fn);
    expect(host.actions.get("hitungCapaian")).toBe(fn);
  });

  it("installs Excel, Office and OfficeExtension on a global object and can undo it", () => {
    const host = createExcelHost(createWorkbookModel());
    const target: Record<string, unknown> = {};
    const undo = host.install(target);
    expect(target.Excel).toBe(host.Excel);
    expect(target.Office).toBe(host.Office);
    expect(target.OfficeExtension).toBe(host.OfficeExtension);
    undo();
    expect(target.Excel).toBeUndefined();
  });
});
