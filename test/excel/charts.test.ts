/**
 * Charts of a SheetSpec written by the Office.js adapter against the simulated host: the chart
 * type, series, ranges, titles and position; no extra round-trip; the basic path below
 * ExcelApi 1.7; no chart left behind by a failed run or a rerun.
 */
import { toLaporan } from "../../src/core/proyeksi";
import { runCapaian, runCapaianWith } from "../../src/excel/run";
import { adjacentColumns, basicSource } from "../../src/excel/charts";
import type { CellSpec, ChartSpec, SheetSpec } from "../../src/report/sheet-spec";
import { SHEET_NAMES } from "../../src/report/index";
import { rangeValues, sheetNames, findSheet, type WorkbookModel } from "../sim-excel";
import { modelContoh, pasangHost } from "./workbook";
import { DASAR_LEMBAR } from "../helpers/lembar";

const TAHUN = { tahunSekarang: 2024 };

let lepas: (() => void) | null = null;
afterEach(() => {
  lepas?.();
  lepas = null;
});

function host(model: WorkbookModel, apiVersion = "1.14") {
  const h = pasangHost(model, { apiVersion });
  lepas = h.lepas;
  return h.host;
}

const CAPAIAN: ChartSpec = {
  type: "ColumnClustered",
  title: "Capaian per Indikator",
  categories: "B2:B4",
  series: [
    { name: "Capaian (%)", values: "C2:C4" },
    { name: "Target 100 %", values: "E2:E4", line: true },
  ],
  from: "G2",
  to: "N18",
  valueAxisTitle: "%",
};

const SERAPAN: ChartSpec = {
  type: "BarClustered",
  title: "Serapan per Program",
  categories: "B7:B8",
  series: [{ name: "Serapan (%)", values: "D7:D8" }],
  from: "G20",
  to: "N34",
};

const c = (value: CellSpec["value"]): CellSpec => ({ value });

/** A small sheet: indikator B2:B4, capaian C2:C4, the 100 % reference E2:E4, programs B7:D8. */
function grafik(charts: ChartSpec[] | undefined = [CAPAIAN, SERAPAN], name = "Grafik Uji"): SheetSpec {
  return {
    ...DASAR_LEMBAR,
    name,
    columns: [6, 30, 12, 4, 12],
    merges: [],
    freeze: { rows: 1, columns: 0 },
    rows: [
      [c("No"), c("Indikator"), c("Capaian"), null, c("Acuan")],
      [c(1), c("IKU-01"), { value: 95.22, formula: "=ROUND(95.2234,2)" }, null, c(100)],
      [c(2), c("IKU-02"), c(101), null, c(100)],
      [c(3), c("IKU-03"), c(88.5), null, c(100)],
      [null, null, null, null, null],
      [c("No"), c("Program"), c("Pagu"), c("%"), null],
      [c(1), c("Program A"), c(1000), c(99.5), null],
      [c(2), c("Program B"), c(2000), c(87), null],
    ],
    charts,
  };
}

async function run(h: ReturnType<typeof host>, specs: () => SheetSpec[]) {
  const before = h.stats.syncs;
  const hasil = await h.Excel.run((context) => runCapaianWith(context, TAHUN, { build: specs }));
  return { hasil, syncs: h.stats.syncs - before };
}

const chartsOf = (model: WorkbookModel, sheet: string) => findSheet(model, sheet)?.charts ?? [];
/** The charts without their ids (new ones on every run). */
const withoutIds = (model: WorkbookModel, sheet: string) =>
  JSON.stringify(chartsOf(model, sheet).map((chart) => ({ ...chart, id: undefined })));
const allCharts = (model: WorkbookModel) => model.sheets.flatMap((s) => s.charts);

describe("charts (ExcelApi 1.7 and later)", () => {
  it("creates each chart with its type, series, ranges, titles and position on the final sheet", async () => {
    const model = modelContoh();
    const h = host(model);
    const { syncs } = await run(h, () => [grafik()]);
    expect(syncs).toBeLessThanOrEqual(6);

    const q = "'Grafik Uji'";
    expect(chartsOf(model, "Grafik Uji")).toEqual([
      expect.objectContaining({
        type: "ColumnClustered",
        source: `${q}!C2:C4`,
        seriesBy: "Columns",
        title: "Capaian per Indikator",
        valueAxisTitle: "%",
        legend: { visible: true, position: "Bottom" },
        position: { start: "G2", end: "N18" },
        series: [
          { name: "Capaian (%)", values: `${q}!C2:C4`, xValues: `${q}!B2:B4` },
          { name: "Target 100 %", values: `${q}!E2:E4`, xValues: `${q}!B2:B4`, chartType: "Line" },
        ],
      }),
      expect.objectContaining({
        type: "BarClustered",
        title: "Serapan per Program",
        legend: { visible: false, position: "Right" },
        position: { start: "G20", end: "N34" },
        series: [{ name: "Serapan (%)", values: `${q}!D7:D8`, xValues: `${q}!B7:B8` }],
      }),
    ]);
    // No value axis title when the spec has none.
    expect(chartsOf(model, "Grafik Uji")[1].valueAxisTitle).toBeUndefined();
    // The other sheets carry no chart.
    expect(allCharts(model)).toHaveLength(2);
  });

  it("keeps a first value of text in the series instead of taking it for the series' name", async () => {
    const model = modelContoh();
    const h = host(model);
    const spec = grafik([CAPAIAN]);
    spec.rows[1][2] = c("n/a");
    await run(h, () => [spec]);
    expect(chartsOf(model, "Grafik Uji")[0].series?.[0]).toEqual({
      name: "Capaian (%)",
      values: "'Grafik Uji'!C2:C4",
      xValues: "'Grafik Uji'!B2:B4",
    });
  });

  it("costs no extra round-trip: the same syncs with and without charts", async () => {
    const withCharts = await run(host(modelContoh()), () => [grafik()]);
    lepas?.();
    const without = await run(host(modelContoh()), () => [grafik(undefined)]);
    lepas?.();
    const many = await run(host(modelContoh()), () => [
      grafik(Array.from({ length: 12 }, () => CAPAIAN)),
      grafik([SERAPAN], "Grafik Dua"),
    ]);
    expect(withCharts.syncs).toBe(without.syncs);
    expect(many.syncs).toBe(without.syncs);
    expect(withCharts.hasil.syncs).toBe(withCharts.syncs);
  });

  it("replaces the previous output's charts on a rerun instead of adding to them", async () => {
    const model = modelContoh();
    const h = host(model);
    const first = await run(h, () => [grafik()]);
    const charts = withoutIds(model, "Grafik Uji");
    const second = await run(h, () => [grafik()]);
    expect(second.syncs).toBe(first.syncs);
    expect(allCharts(model)).toHaveLength(2);
    expect(withoutIds(model, "Grafik Uji")).toBe(charts);
  });

  it("a chart that fails leaves no half-written output and keeps the previous one", async () => {
    const model = modelContoh();
    const h = host(model);
    await run(h, () => [grafik()]);
    const names = sheetNames(model);
    // `stale` is calculation state (values held while the failed run suspended calculation).
    const content = () =>
      JSON.stringify(findSheet(model, "Grafik Uji"), (k, v: unknown) => (k === "stale" ? undefined : v));
    const before = content();
    const rusak: ChartSpec = {
      ...CAPAIAN,
      // A series over two columns: Excel refuses it.
      series: [CAPAIAN.series[0], { name: "Rusak", values: "C2:E4", line: true }],
    };
    await expect(run(h, () => [grafik([SERAPAN, rusak])])).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    expect(sheetNames(model)).toEqual(names);
    expect(content()).toBe(before);
    expect(allCharts(model)).toHaveLength(2);
  });
});

describe("the report's charts", () => {
  it("at the manifest's minimum (ExcelApi 1.9): capaian against 100 % and serapan per program", async () => {
    const model = modelContoh();
    const h = host(model, "1.9");
    const hasil = await h.Excel.run((context) => runCapaian(context, TAHUN));
    expect(hasil.syncs).toBeLessThanOrEqual(6);

    const [capaian, ...moreCk] = chartsOf(model, SHEET_NAMES.capaianKinerja);
    expect(moreCk).toEqual([]);
    expect(capaian.type).toBe("ColumnClustered");
    const [kolom, garis] = capaian.series ?? [];
    expect(garis.chartType).toBe("Line");
    expect(kolom.chartType).toBeUndefined();
    const kode = rangeValues(model, kolom.xValues as string).flat();
    expect(kode).toEqual(toLaporan(hasil.analysis).indikator.map((i) => i.kode));
    const nilai = rangeValues(model, kolom.values as string).flat();
    toLaporan(hasil.analysis).indikator.forEach((i, k) => {
      if (i.capaian === null) expect(nilai[k]).toBe("");
      else expect(nilai[k]).toBeCloseTo(i.capaian, 9);
    });
    expect(rangeValues(model, garis.values as string).flat()).toEqual(kode.map(() => 100));

    const [serapan, ...moreRk] = chartsOf(model, SHEET_NAMES.realisasiKeuangan);
    expect(moreRk).toEqual([]);
    expect(serapan.series).toHaveLength(1);
    expect(serapan.series?.[0].values).toMatch(/^'Tabel Realisasi Keuangan'!/);
    // Only the two sheets carry charts.
    expect(allCharts(model)).toHaveLength(2);
  });
});

describe("charts below ExcelApi 1.7 (no series API)", () => {
  /** What a 1.6 host can write: no RangeAreas styles (1.9), no frozen panes (1.7). */
  const basic = (charts: ChartSpec[]): SheetSpec => ({
    ...grafik(charts),
    freeze: { rows: 0, columns: 0 },
  });

  it("draws the chart over the data only, without the line series, and does not fail", async () => {
    const reference = await run(host(modelContoh(), "1.6"), () => [basic([])]);
    lepas?.();
    const model = modelContoh();
    const { syncs } = await run(host(model, "1.6"), () => [basic([CAPAIAN, SERAPAN])]);
    // The charts ride with the formats request (which the chartless sheet does not need).
    expect(syncs).toBeLessThanOrEqual(reference.syncs + 1);
    expect(syncs).toBeLessThanOrEqual(6);

    const q = "'Grafik Uji'";
    expect(chartsOf(model, "Grafik Uji")).toEqual([
      // Categories B and values C are side by side: one rectangle, categories included.
      expect.objectContaining({
        type: "ColumnClustered",
        source: `${q}!B2:C4`,
        title: "Capaian per Indikator",
        valueAxisTitle: "%",
        legend: { visible: false, position: "Right" },
        position: { start: "G2", end: "N18" },
        series: [{ name: "Capaian (%)", values: `${q}!C2:C4`, xValues: `${q}!B2:B4` }],
      }),
      // Categories B and values D are not: the values alone.
      expect.objectContaining({
        type: "BarClustered",
        source: `${q}!D7:D8`,
        series: [{ name: "Serapan (%)", values: `${q}!D7:D8`, xValues: null }],
      }),
    ]);
  });

  it("picks the rectangle the basic chart is drawn from", () => {
    expect(adjacentColumns(["B2:B4", "C2:C4", "D2:D4"])).toBe("B2:D4");
    expect(adjacentColumns(["B2:B4", "D2:D4"])).toBeNull();
    expect(adjacentColumns(["B2:B4", "C3:C5"])).toBeNull();
    expect(adjacentColumns(["B2:C4"])).toBeNull();
    expect(basicSource(CAPAIAN)).toEqual({ source: "B2:C4", names: ["Capaian (%)"] });
    expect(basicSource(SERAPAN)).toEqual({ source: "D7:D8", names: ["Serapan (%)"] });
    expect(
      basicSource({
        ...SERAPAN,
        categories: "A7:A8",
        series: [
          { name: "Pagu", values: "C7:C8" },
          { name: "%", values: "D7:D8" },
        ],
      }),
    ).toEqual({ source: "C7:D8", names: ["Pagu", "%"] });
    expect(basicSource({ ...CAPAIAN, categories: "'Grafik Uji'!$B$2:$B$4" }).source).toBe("B2:C4");
  });
});
