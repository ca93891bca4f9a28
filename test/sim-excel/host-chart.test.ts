/**
 * Charts in the simulated host: the series charts.add makes of its source, the series API of
 * ExcelApi 1.7 (add, setValues, setXAxisValues, a series' chartType), titles, axis titles,
 * position, and what follows a sheet's rename or deletion.
 */

import { setupHost, type HostOptions, codeOf } from "./test-setup";

const setup = (options?: HostOptions) => setupHost(options, ["Data", "Capaian Kinerja"]);

/** Indikator in B2:B4, capaian in D2:D4, a 100 reference in F2:F4. */
function fill(s: Excel.Worksheet): void {
  s.getRange("A1:F4").values = [
    ["No", "Indikator", "Satuan", "Capaian", "", "Acuan"],
    [1, "IKU-01", "%", 95.2, "", 100],
    [2, "IKU-02", "%", 101, "", 100],
    [3, "IKU-03", "%", 88.75, "", 100],
  ];
}

describe("charts.add: series from the source", () => {
  it("takes a first text column as categories and a text first row as names", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Capaian Kinerja");
      fill(s);
      s.charts.add("ColumnClustered", s.getRange("B1:D4"), "Columns");
      await context.sync();
    });
    expect(model.sheets[1].charts[0].series).toEqual([
      { name: "Satuan", values: "'Capaian Kinerja'!C2:C4", xValues: "'Capaian Kinerja'!B2:B4" },
      { name: "Capaian", values: "'Capaian Kinerja'!D2:D4", xValues: "'Capaian Kinerja'!B2:B4" },
    ]);
  });

  it("makes one unnamed series of a single column of numbers", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Capaian Kinerja");
      fill(s);
      s.charts.add("ColumnClustered", s.getRange("D2:D4"), "Columns");
      await context.sync();
    });
    expect(model.sheets[1].charts[0].series).toEqual([
      { name: "Series1", values: "'Capaian Kinerja'!D2:D4", xValues: null },
    ]);
  });
});

describe("the series API (ExcelApi 1.7)", () => {
  it("records names, values, x values, a line series, titles and position", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Capaian Kinerja");
      fill(s);
      const chart = s.charts.add("ColumnClustered", s.getRange("D2:D4"), "Columns");
      const first = chart.series.getItemAt(0);
      first.name = "Capaian (%)";
      first.setXAxisValues(s.getRange("B2:B4"));
      const line = chart.series.add("Target 100 %");
      line.setValues(s.getRange("F2:F4"));
      line.setXAxisValues(s.getRange("B2:B4"));
      line.chartType = "Line";
      chart.title.text = "Capaian per Indikator";
      chart.axes.valueAxis.title.text = "%";
      chart.legend.position = "Bottom";
      chart.setPosition("H2", "P20");
      const series = chart.series.load("items/name,items/chartType");
      const count = chart.series.getCount();
      await context.sync();
      expect(series.items.map((x) => [x.name, x.chartType])).toEqual([
        ["Capaian (%)", "ColumnClustered"],
        ["Target 100 %", "Line"],
      ]);
      expect(count.value).toBe(2);
    });
    expect(model.sheets[1].charts).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        source: "'Capaian Kinerja'!D2:D4",
        seriesBy: "Columns",
        title: "Capaian per Indikator",
        valueAxisTitle: "%",
        legend: { visible: true, position: "Bottom" },
        position: { start: "H2", end: "P20" },
        series: [
          { name: "Capaian (%)", values: "'Capaian Kinerja'!D2:D4", xValues: "'Capaian Kinerja'!B2:B4" },
          {
            name: "Target 100 %",
            values: "'Capaian Kinerja'!F2:F4",
            xValues: "'Capaian Kinerja'!B2:B4",
            chartType: "Line",
          },
        ],
      }),
    ]);
  });

  it("adds a series at an index, and deletes one", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Capaian Kinerja");
      fill(s);
      const chart = s.charts.add("ColumnClustered", s.getRange("D2:D4"), "Columns");
      chart.series.add("Acuan", 0).setValues(s.getRange("F2:F4"));
      chart.series.getItemAt(1).delete();
      await context.sync();
    });
    expect(model.sheets[1].charts[0].series).toEqual([
      { name: "Acuan", values: "'Capaian Kinerja'!F2:F4", xValues: null },
    ]);
  });

  it("refuses a two-dimensional range for a series and a series that does not exist", async () => {
    const { Excel, model } = setup();
    const twoD = await codeOf(
      Excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Capaian Kinerja");
        const chart = s.charts.add("ColumnClustered", s.getRange("D2:D4"), "Columns");
        chart.series.add("x").setValues(s.getRange("D2:F4"));
        await context.sync();
      }),
    );
    const missing = await codeOf(
      Excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Capaian Kinerja");
        const chart = s.charts.add("ColumnClustered", s.getRange("D2:D4"), "Columns");
        chart.series.getItemAt(3).name = "x";
        await context.sync();
      }),
    );
    expect([twoD, missing]).toEqual(["InvalidArgument", "ItemNotFound"]);
    expect(model.sheets[1].charts).toEqual([]);
  });

  it.each([
    ["series.add", (c: Excel.Chart) => void c.series.add("Acuan")],
    [
      "setValues",
      (c: Excel.Chart, s: Excel.Worksheet) => c.series.getItemAt(0).setValues(s.getRange("F2:F4")),
    ],
    [
      "setXAxisValues",
      (c: Excel.Chart, s: Excel.Worksheet) => c.series.getItemAt(0).setXAxisValues(s.getRange("B2:B4")),
    ],
    [
      "a series' chartType",
      (c: Excel.Chart) => {
        c.series.getItemAt(0).chartType = "Line";
      },
    ],
  ])("fails %s with ApiNotFound below ExcelApi 1.7, applying nothing of the batch", async (_what, use) => {
    const { Excel, model, host } = setup({ apiVersion: "1.6" });
    expect(host.Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(false);
    const code = await codeOf(
      Excel.run(async (context) => {
        const s = context.workbook.worksheets.getItem("Capaian Kinerja");
        const chart = s.charts.add("ColumnClustered", s.getRange("D2:D4"), "Columns");
        use(chart, s);
        await context.sync();
      }),
    );
    expect(code).toBe("ApiNotFound");
    expect(model.sheets[1].charts).toEqual([]);
  });

  it("allows the basic chart on ExcelApi 1.6: add, series name, titles, position", async () => {
    const { Excel, model } = setup({ apiVersion: "1.6" });
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Capaian Kinerja");
      s.getRange("B2:C3").values = [
        ["Program A", 99.5],
        ["Program B", 87],
      ];
      const chart = s.charts.add("BarClustered", s.getRange("B2:C3"), "Columns");
      chart.series.getItemAt(0).name = "Serapan (%)";
      chart.title.text = "Serapan per Program";
      chart.axes.valueAxis.title.text = "%";
      chart.setPosition("E2", "L20");
      await context.sync();
    });
    expect(model.sheets[1].charts).toEqual([
      expect.objectContaining({
        type: "BarClustered",
        title: "Serapan per Program",
        valueAxisTitle: "%",
        position: { start: "E2", end: "L20" },
        series: [
          { name: "Serapan (%)", values: "'Capaian Kinerja'!C2:C3", xValues: "'Capaian Kinerja'!B2:B3" },
        ],
      }),
    ]);
  });
});

describe("charts and sheets", () => {
  it("a renamed sheet renames its charts' series; a deleted sheet takes its charts along", async () => {
    const { Excel, model } = setup();
    await Excel.run(async (context) => {
      const s = context.workbook.worksheets.getItem("Capaian Kinerja");
      fill(s);
      const chart = s.charts.add("ColumnClustered", s.getRange("D2:D4"), "Columns");
      chart.series.getItemAt(0).setXAxisValues(s.getRange("B2:B4"));
      await context.sync();
      s.name = "Kinerja";
      await context.sync();
    });
    expect(model.sheets[1].charts[0]).toMatchObject({
      source: "Kinerja!D2:D4",
      series: [{ values: "Kinerja!D2:D4", xValues: "Kinerja!B2:B4" }],
    });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Kinerja").delete();
      await context.sync();
    });
    expect(model.sheets.flatMap((s) => s.charts)).toEqual([]);
  });
});
