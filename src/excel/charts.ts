/**
 * Native charts of a SheetSpec (`spec.charts`), queued on the new sheet in the same request
 * as its formats: no round-trip of their own. Where the host has the series API (ExcelApi 1.7)
 * the chart is made over the main series' values and every series is set explicitly
 * (categories, names, the reference line as a "Line" series of a combo chart). Below that it is
 * made by `charts.add` over one rectangle of the data only — the categories with the column
 * series beside them when they are adjacent, else the main series' values — without the line.
 */
import type { ChartSpec } from "../report/sheet-spec";
import { parseRange, splitSheet } from "../core/a1";
import { estimateBytes } from "./chunking";

/** Ranges of a ChartSpec are on the chart's own sheet; a sheet prefix, if any, is dropped. */
function local(address: string): string {
  return splitSheet(address).local.replace(/\$/g, "");
}

interface Rect {
  c0: number;
  c1: number;
  r0: number;
  r1: number;
}

function rectOf(address: string): Rect | null {
  const r = parseRange(local(address));
  return r && { c0: r.left, c1: r.right, r0: r.top, r1: r.bottom };
}

/**
 * The one rectangle covering `addresses` when they are single columns of the same rows,
 * side by side in this order (e.g. C6:C10, D6:D10 → "C6:D10"); null otherwise.
 */
export function adjacentColumns(addresses: string[]): string | null {
  const rects = addresses.map(rectOf);
  if (rects.length === 0 || rects.some((r) => r === null || r.c0 !== r.c1)) return null;
  const list = rects as Rect[];
  for (let i = 1; i < list.length; i++) {
    if (list[i].c0 !== list[i - 1].c0 + 1 || list[i].r0 !== list[0].r0 || list[i].r1 !== list[0].r1)
      return null;
  }
  const first = local(addresses[0]).split(":")[0];
  const last = local(addresses[addresses.length - 1]).split(":");
  return `${first}:${last[last.length - 1]}`;
}

/** What the basic path (no series API) draws: the source rectangle and the series it names. */
export function basicSource(spec: ChartSpec): { source: string; names: string[] } {
  const columns = spec.series.filter((s) => !s.line);
  const main = columns[0] ?? spec.series[0];
  const withCategories = adjacentColumns([spec.categories, ...columns.map((s) => s.values)]);
  if (withCategories) return { source: withCategories, names: columns.map((s) => s.name) };
  const valuesOnly = columns.length > 1 ? adjacentColumns(columns.map((s) => s.values)) : null;
  if (valuesOnly) return { source: valuesOnly, names: columns.map((s) => s.name) };
  return { source: local(main.values), names: [main.name] };
}

/** Estimated request bytes of one chart's calls. */
export function chartBytes(spec: ChartSpec): number {
  const calls = 8 + spec.series.length * 4;
  return estimateBytes(spec) + calls * estimateBytes(undefined);
}

/**
 * Queues one chart on `sheet` (a proxy of this request). `withSeries`: the host has the
 * series API (fitur.chartSeries()).
 */
export function queueChart(sheet: Excel.Worksheet, spec: ChartSpec, withSeries: boolean): Excel.Chart {
  const range = (address: string): Excel.Range => sheet.getRange(local(address));
  let chart: Excel.Chart;
  let shown: number;
  if (withSeries) {
    // The main series first (the chart's own type), then the others in their order.
    const main = spec.series.find((s) => !s.line) ?? spec.series[0];
    chart = sheet.charts.add(spec.type, range(main.values), "Columns");
    // Set the first series' values too: where the first cell holds text, Excel would take it
    // for the series' name and leave it out of the values.
    const first = chart.series.getItemAt(0);
    first.name = main.name;
    first.setValues(range(main.values));
    first.setXAxisValues(range(spec.categories));
    for (const s of spec.series) {
      if (s === main) continue;
      const series = chart.series.add(s.name);
      series.setValues(range(s.values));
      series.setXAxisValues(range(spec.categories));
      if (s.line) series.chartType = "Line";
    }
    shown = spec.series.length;
  } else {
    const { source, names } = basicSource(spec);
    chart = sheet.charts.add(spec.type, range(source), "Columns");
    names.forEach((name, i) => {
      chart.series.getItemAt(i).name = name;
    });
    shown = names.length;
  }
  chart.title.text = spec.title;
  if (spec.valueAxisTitle) chart.axes.valueAxis.title.text = spec.valueAxisTitle;
  if (shown > 1) chart.legend.position = "Bottom";
  else chart.legend.visible = false;
  chart.setPosition(local(spec.from), local(spec.to));
  return chart;
}
