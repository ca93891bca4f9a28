/**
 * Workbook-level semantics: sheets and their name rules, tables, names, freeze panes, page
 * layout, charts, custom properties and requirement-set gating.
 */

import { cellValue, rangeValues, sheetNames } from "./inspect";
import { setupHost as setup, codeOf } from "./test-setup";

describe("worksheets", () => {
  it.each([
    ["longer than 31 characters", "Capaian Kinerja Dinas Sosial 2024"],
    ["with a slash", "Capaian 2023/2024"],
    ["with a colon", "Catatan: A"],
    ["with brackets", "Data [lama]"],
    ["with a question mark", "Apa?"],
    ["with a star", "*"],
    ["blank", "   "],
    ["starting with an apostrophe", "'Data"],
  ])("refuses a name %s with InvalidArgument", async (_what, name) => {
    const { Excel, model } = setup();
    expect(
      await codeOf(
        Excel.run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        }),
      ),
    ).toBe("InvalidArgument");
    expect(sheetNames(model)).toEqual(["Data", "Ringkasan"]);
  });

  it("refuses a name taken by another sheet, ignoring case, with ItemAlreadyExists", async () => {
    const { Excel } = setup();
    const add = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("RINGKASAN");
        await context.sync();
      }),
    );
    const rename = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").name = "ringkasan";
        await context.sync();
      }),
    );
    expect([add, rename]).toEqual(["ItemAlreadyExists", "ItemAlreadyExists"]);
  });

  it("adds, renames, moves, hides and deletes sheets", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const added = context.workbook.worksheets.add("Capaian");
      added.getRange("A1").values = [["baru"]];
      added.name = "Capaian Kinerja";
      added.position = 0;
      context.workbook.worksheets.getItem("Ringkasan").visibility = "Hidden";
      added.load("name, position, id");
      await context.sync();
      expect(added.name).toBe("Capaian Kinerja");
      expect(added.position).toBe(0);
      expect(added.id).toMatch(/^\{.*\}$/);
      context.workbook.worksheets.getItem("Data").delete();
      await context.sync();
    });
    expect(sheetNames(model)).toEqual(["Capaian Kinerja", "Ringkasan"]);
    expect(model.sheets[1].visibility).toBe("Hidden");
    expect(cellValue(model, "'Capaian Kinerja'!A1")).toBe("baru");
  });

  it("keeps references to a renamed sheet working", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1").values = [[40]];
      context.workbook.worksheets.getItem("Ringkasan").getRange("A1").formulas = [["=Data!A1+2"]];
      context.workbook.worksheets.getItem("Data").name = "Data 2024";
      await context.sync();
    });
    expect(model.sheets[1].cells["0,0"].formula).toBe("='Data 2024'!A1+2");
    expect(cellValue(model, "Ringkasan!A1")).toBe(42);
  });

  it("refuses to hide or delete the last visible sheet", async () => {
    const { Excel } = setup();
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Data").delete();
        context.workbook.worksheets.getItem("Ringkasan").visibility = Excel.SheetVisibility.hidden;
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidOperation");
  });

  it("freezes panes and sets print titles and orientation", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      s.freezePanes.freezeRows(4);
      s.freezePanes.freezeColumns(2);
      const r = context.workbook.worksheets.getItem("Ringkasan");
      r.freezePanes.freezeAt(r.getRange("A1:B3"));
      s.pageLayout.setPrintTitleRows("4:4");
      s.pageLayout.orientation = Excel.PageOrientation.landscape;
      s.showGridlines = false;
      const loc = s.freezePanes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(loc.address).toBe("Data!A1:B4");
    });
    expect(model.sheets[0].freeze).toEqual({ rows: 4, columns: 2 });
    expect(model.sheets[1].freeze).toEqual({ rows: 3, columns: 2 });
    expect(model.sheets[0].printTitleRows).toBe("$4:$4");
    expect(model.sheets[0].orientation).toBe("Landscape");
    expect(model.sheets[0].showGridlines).toBe(false);
  });

  it("needs ExcelApi 1.9 for page layout and 1.7 for freeze panes", async () => {
    const old = setup({ apiVersion: "1.6" });
    expect(
      await codeOf(
        old.Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Data").freezePanes.freezeRows(1);
          await context.sync();
        }),
      ),
    ).toBe("ApiNotFound");
    const v18 = setup({ apiVersion: "1.8" });
    expect(
      await codeOf(
        v18.Excel.run(async (context) => {
          context.workbook.worksheets.getItem("Data").pageLayout.setPrintTitleRows("$1:$1");
          await context.sync();
        }),
      ),
    ).toBe("ApiNotFound");
  });
});

describe("tables", () => {
  async function withTable(Excel: typeof globalThis.Excel): Promise<void> {
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      s.getRange("B2:D4").values = [
        ["Kode", "Indikator", "Target"],
        ["1", "Persentase PMKS", 68.75],
        ["2", "Indeks kepuasan", 80],
      ];
      const t = context.workbook.tables.add("Data!B2:D4", true);
      t.name = "targets";
      await context.sync();
    });
  }

  it("adds a table whose name can be set, finds it case-insensitively and reads its parts", async () => {
    const { Excel, model } = setup();
    await withTable(Excel);
    expect(model.tables).toEqual([
      expect.objectContaining({ name: "targets", sheet: "Data", address: "B2:D4", showHeaders: true }),
    ]);
    await Excel.run(async (context) => {
      const t = context.workbook.tables.getItem("TARGETS");
      const header = t.getHeaderRowRange().load("values");
      const body = t.getDataBodyRange().load("values, address");
      const all = t.getRange().load("address");
      const sheet = t.worksheet.load("name");
      const columns = t.columns.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      expect(header.values).toEqual([["Kode", "Indikator", "Target"]]);
      expect(body.values).toEqual([
        [1, "Persentase PMKS", 68.75],
        [2, "Indeks kepuasan", 80],
      ]);
      expect(body.address).toBe("Data!B3:D4");
      expect(all.address).toBe("Data!B2:D4");
      expect(sheet.name).toBe("Data");
      expect(columns.items.map((c) => c.name)).toEqual(["Kode", "Indikator", "Target"]);
      expect(tables.items.map((x) => x.name)).toEqual(["targets"]);
    });
  });

  it("inserts a header row when the data has none", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      s.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      s.tables.add("A1:B2", false);
      await context.sync();
    });
    expect(model.tables[0]).toMatchObject({ name: "Table1", address: "A1:B3" });
    expect(rangeValues(model, "Data!A1:B3")).toEqual([
      ["Column1", "Column2"],
      [1, 2],
      [3, 4],
    ]);
  });

  it("refuses overlapping tables and bad or taken table names", async () => {
    const { Excel } = setup();
    await withTable(Excel);
    const overlap = await codeOf(
      Excel.run(async (context) => {
        context.workbook.tables.add("Data!D4:E6", true);
        await context.sync();
      }),
    );
    const badName = await codeOf(
      Excel.run(async (context) => {
        context.workbook.tables.add("Data!G1:H3", true).name = "realisasi anggaran";
        await context.sync();
      }),
    );
    const taken = await codeOf(
      Excel.run(async (context) => {
        context.workbook.tables.add("Data!G1:H3", true).name = "Targets";
        await context.sync();
      }),
    );
    expect([overlap, badName, taken]).toEqual(["InvalidOperation", "InvalidArgument", "ItemAlreadyExists"]);
  });
});

describe("names, charts, custom properties", () => {
  it("adds a named item usable in formulas", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Data");
      s.getRange("A1:A3").values = [[1], [2], [3]];
      context.workbook.names.add("Nilai", s.getRange("A1:A3"));
      s.getRange("B1").formulas = [["=SUM(Nilai)"]];
      const n = context.workbook.names.getItemOrNullObject("nilai").load("formula, type, value");
      await context.sync();
      expect(n.formula).toBe("=Data!$A$1:$A$3");
      expect(n.type).toBe("Range");
    });
    expect(cellValue(model, "Data!B1")).toBe(6);
  });

  it("records a chart: type, source, title and position", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Ringkasan");
      s.getRange("A1:B3").values = [
        ["Sasaran", "Capaian"],
        ["S1", 98.5],
        ["S2", 102],
      ];
      const chart = s.charts.add(
        Excel.ChartType.columnClustered,
        s.getRange("A1:B3"),
        Excel.ChartSeriesBy.columns,
      );
      chart.title.text = "Capaian per Sasaran";
      chart.setPosition("D2", "J18");
      await context.sync();
    });
    expect(model.sheets[1].charts).toEqual([
      expect.objectContaining({
        name: "Chart 1",
        type: "ColumnClustered",
        source: "Ringkasan!A1:B3",
        seriesBy: "Columns",
        title: "Capaian per Sasaran",
        position: { start: "D2", end: "J18" },
      }),
    ]);
  });

  it("stores worksheet custom properties on ExcelApi 1.12", async () => {
    const { Excel, model } = setup({ apiVersion: "1.12" });
    await Excel.run(async (context) => {
      const props = context.workbook.worksheets.getItem("Ringkasan").customProperties;
      props.add("capaian.versi", "1");
      props.add("CAPAIAN.VERSI", "2");
      const p = props.getItemOrNullObject("capaian.versi").load("key, value");
      const none = props.getItemOrNullObject("lain");
      await context.sync();
      expect(p.value).toBe("2");
      expect(none.isNullObject).toBe(true);
    });
    expect(model.sheets[1].customProperties).toEqual([{ key: "capaian.versi", value: "2" }]);
  });

  it("fails custom properties with ApiNotFound below ExcelApi 1.12, and the gate agrees", async () => {
    const { Excel, Office, model } = (() => {
      const s = setup({ apiVersion: "1.11" });
      return { ...s, Office: s.host.Office };
    })();
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(false);
    const code = await codeOf(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Ringkasan").getRange("A1").values = [["ditulis?"]];
        context.workbook.worksheets.getItem("Ringkasan").customProperties.add("capaian.versi", "1");
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
    expect(cellValue(model, "Ringkasan!A1")).toBe("");
  });
});
