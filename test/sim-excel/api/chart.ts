/**
 * Excel.Chart as a record: charts.add(type, sourceRange, seriesBy) stores the type, the source
 * address, the series it makes of the source, the title, the legend, the axis titles and where
 * setPosition put it. The series API (series.add, setValues, setXAxisValues, a series'
 * chartType) needs ExcelApi 1.7, as in Office.js. Nothing is drawn.
 */

import { Rect, formatAddress, formatRect, rectColumns, rectRows } from "../address";
import { readValue } from "../cells";
import { SimCollection, SimObject, defineType, resultCall } from "../client-object";
import type { SimRequestContext } from "../context";
import { ChartLegendPosition, ChartSeriesBy, ChartType, enumValues } from "../enums";
import { richError } from "../errors";
import { ChartModel, ChartSeriesModel, SheetModel, newId } from "../model";
import { checkEditable } from "../sheets";
import { checkBoolean, checkEnum, checkNumber, checkString } from "../validate";
import { Range } from "./range";
import type { Worksheet } from "./worksheet";

const TYPES = new Set([...enumValues(ChartType)].filter((t) => t !== "Invalid"));
const SERIES_BY = enumValues(ChartSeriesBy);
const LEGEND_POSITIONS = enumValues(ChartLegendPosition);

type ChartKey = { kind: "name"; name: string } | { kind: "at"; index: number } | { kind: "added" };

export class Chart extends SimObject {
  declare name: string;
  declare readonly id: string;
  declare chartType: string;
  declare top: number;
  declare left: number;
  declare width: number;
  declare height: number;
  _chartId?: string;
  private _title?: ChartTitle;
  private _legend?: ChartLegend;
  private _series?: ChartSeriesCollection;
  private _axes?: ChartAxes;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _sheetProxy: Worksheet,
    readonly _key: ChartKey,
  ) {
    super(context, path, _sheetProxy._api);
  }

  _resolve(): ChartModel {
    const sheet = this._sheetProxy._sheet();
    let chart: ChartModel | undefined;
    if (this._chartId !== undefined) chart = sheet.charts.find((c) => c.id === this._chartId);
    else if (this._key.kind === "name") {
      const lower = this._key.name.toLowerCase();
      chart = sheet.charts.find((c) => c.name.toLowerCase() === lower);
    } else if (this._key.kind === "at") chart = sheet.charts[this._key.index];
    if (!chart) throw richError("ItemNotFound", "no such chart", "ChartCollection.getItem");
    chart.id ??= newId(this.context._host.model);
    this._chartId = chart.id;
    return chart;
  }

  _chart(): ChartModel {
    return this._resolve();
  }

  get title(): ChartTitle {
    return (this._title ??= new ChartTitle(this.context, `${this._path}.title`, this));
  }

  get legend(): ChartLegend {
    return (this._legend ??= new ChartLegend(this.context, `${this._path}.legend`, this));
  }

  get series(): ChartSeriesCollection {
    return (this._series ??= new ChartSeriesCollection(this.context, `${this._path}.series`, this));
  }

  get axes(): ChartAxes {
    return (this._axes ??= new ChartAxes(this.context, `${this._path}.axes`, this));
  }

  /** Place the chart over the cells from startCell to endCell (addresses on the chart's sheet). */
  setPosition(startCell: Range | string, endCell?: Range | string): void {
    const args = endCell === undefined ? [startCell] : [startCell, endCell];
    this._call("setPosition", args, () => {
      const chart = this._chart();
      const cell = (c: Range | string): string => (typeof c === "string" ? c : formatRect(c._loc().rect));
      chart.position = { start: cell(startCell), end: endCell === undefined ? null : cell(endCell) };
    });
  }

  setData(sourceData: Range, seriesBy?: string): void {
    this._call("setData", seriesBy === undefined ? [sourceData] : [sourceData, seriesBy], () => {
      const chart = this._chart();
      chart.source = sourceAddress(sourceData);
      if (seriesBy !== undefined) chart.seriesBy = checkEnum(seriesBy, SERIES_BY, "seriesBy");
      chart.series = seriesFromSource(this.context, sourceData, chart.seriesBy);
    });
  }

  delete(): void {
    this._call("delete", [], () => {
      const chart = this._chart();
      const sheet = this._sheetProxy._sheet();
      sheet.charts = sheet.charts.filter((c) => c !== chart);
    });
  }
}

function geometry(key: "top" | "left" | "width" | "height") {
  return {
    get: (o: Chart) => o._chart()[key] ?? 0,
    set: (o: Chart, v: unknown) => {
      o._chart()[key] = checkNumber(v, `chart.${key}`, 0, 1e6);
    },
  };
}

defineType(Chart, {
  name: "Chart",
  navs: ["title", "legend", "series", "axes"],
  scalars: {
    name: {
      get: (o: Chart) => o._chart().name,
      set: (o: Chart, v: unknown) => {
        o._chart().name = checkString(v, "chart.name");
      },
    },
    id: { get: (o: Chart) => o._chart().id, api: "1.7" },
    chartType: {
      get: (o: Chart) => o._chart().type,
      set: (o: Chart, v: unknown) => {
        const chart = o._chart();
        chart.type = checkEnum(v, TYPES, "chartType");
        // Setting the chart's type sets every series' type.
        for (const series of chart.series ?? []) delete series.chartType;
      },
      api: "1.7",
    },
    top: geometry("top"),
    left: geometry("left"),
    width: geometry("width"),
    height: geometry("height"),
  },
});

function sourceAddress(sourceData: unknown): string {
  if (!(sourceData instanceof Range))
    throw richError("InvalidArgument", "the chart's source data must be a Range");
  const { sheet, rect } = sourceData._loc();
  return formatAddress(sheet.name, rect);
}

/**
 * The series Excel makes of a chart's source: one per column (seriesBy Columns, or Auto when
 * the range is at least as tall as it is wide) or per row. With more than one line, a first
 * line of text only (or blanks) gives the categories; with more than one cell per line, a
 * first cell of text in every series gives the names. Otherwise "Series1", … and 1, 2, 3 …
 */
function seriesFromSource(
  context: SimRequestContext,
  sourceData: Range,
  seriesBy: string,
): ChartSeriesModel[] {
  const { sheet, rect } = sourceData._loc();
  const calc = context._calc();
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rectRows(rect) >= rectColumns(rect));
  const lines = byColumns ? rectColumns(rect) : rectRows(rect);
  const length = byColumns ? rectRows(rect) : rectColumns(rect);
  /** Cell `i` of line `k`. */
  const at = (k: number, i: number): string | number | boolean =>
    byColumns
      ? readValue(calc, sheet, rect.r0 + i, rect.c0 + k)
      : readValue(calc, sheet, rect.r0 + k, rect.c0 + i);
  const isLabel = (v: unknown): boolean => typeof v === "string";
  const lineRect = (k: number, from: number): Rect =>
    byColumns
      ? { r0: rect.r0 + from, c0: rect.c0 + k, r1: rect.r1, c1: rect.c0 + k }
      : { r0: rect.r0 + k, c0: rect.c0 + from, r1: rect.r0 + k, c1: rect.c1 };

  let firstLine = 0;
  let firstCell = 0;
  const first = Array.from({ length }, (_, i) => at(0, i));
  const hasCategories = lines > 1 && first.every(isLabel) && first.some((v) => v !== "");
  if (hasCategories) firstLine = 1;
  const hasNames =
    length > 1 &&
    Array.from({ length: lines - firstLine }, (_, k) => at(k + firstLine, 0)).every(
      (v) => isLabel(v) && v !== "",
    );
  if (hasNames) firstCell = 1;
  if (firstCell >= length) return [];

  const out: ChartSeriesModel[] = [];
  for (let k = firstLine; k < lines; k++) {
    out.push({
      name: hasNames ? String(at(k, 0)) : `Series${out.length + 1}`,
      values: formatAddress(sheet.name, lineRect(k, firstCell)),
      xValues: hasCategories ? formatAddress(sheet.name, lineRect(0, firstCell)) : null,
    });
  }
  return out;
}

/** A one-row or one-column Range as "Sheet!A1:A5" (what a series takes). */
function seriesSource(sourceData: unknown, what: string): string {
  if (!(sourceData instanceof Range)) throw richError("InvalidArgument", `${what} must be a Range`);
  const { sheet, rect } = sourceData._loc();
  if (rectRows(rect) > 1 && rectColumns(rect) > 1)
    throw richError("InvalidArgument", `${what} must be one row or one column`);
  return formatAddress(sheet.name, rect);
}

export class ChartTitle extends SimObject {
  declare text: string;
  declare visible: boolean;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _owner: Chart,
  ) {
    super(context, path, _owner._api);
  }

  _resolve(): ChartModel {
    return this._owner._chart();
  }
}
defineType(ChartTitle, {
  name: "ChartTitle",
  navs: [],
  scalars: {
    text: {
      get: (o: ChartTitle) => o._owner._chart().title ?? "",
      set: (o: ChartTitle, v: unknown) => {
        o._owner._chart().title = checkString(v, "title.text");
      },
    },
    visible: {
      get: (o: ChartTitle) => o._owner._chart().title !== null,
      set: (o: ChartTitle, v: unknown) => {
        const chart = o._owner._chart();
        chart.title = checkBoolean(v, "title.visible") ? (chart.title ?? "Chart Title") : null;
      },
    },
  },
});

export class ChartLegend extends SimObject {
  declare visible: boolean;
  declare position: string;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _owner: Chart,
  ) {
    super(context, path, _owner._api);
  }

  _resolve(): ChartModel {
    return this._owner._chart();
  }

  _legend(): { visible: boolean; position: string } {
    const chart = this._owner._chart();
    return (chart.legend ??= { visible: true, position: "Right" });
  }
}
defineType(ChartLegend, {
  name: "ChartLegend",
  navs: [],
  scalars: {
    visible: {
      get: (o: ChartLegend) => o._legend().visible,
      set: (o: ChartLegend, v: unknown) => {
        o._legend().visible = checkBoolean(v, "legend.visible");
      },
    },
    position: {
      get: (o: ChartLegend) => o._legend().position,
      set: (o: ChartLegend, v: unknown) => {
        o._legend().position = checkEnum(v, LEGEND_POSITIONS, "legend.position");
      },
    },
  },
});

export class ChartCollection extends SimCollection<Chart> {
  declare readonly count: number;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _sheetProxy: Worksheet,
  ) {
    super(context, path, _sheetProxy._api);
  }

  _resolve(): SheetModel | null {
    return this._sheetProxy._resolve();
  }

  _list(): Chart[] {
    return this._sheetProxy._sheet().charts.map((_, i) => this.getItemAt(i));
  }

  getItem(name: string): Chart {
    return new Chart(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, this._sheetProxy, {
      kind: "name",
      name,
    });
  }

  getItemAt(index: number): Chart {
    return new Chart(this.context, `${this._path}.getItemAt(${index})`, this._sheetProxy, {
      kind: "at",
      index,
    });
  }

  getCount() {
    return resultCall(this, "getCount", [], () => this._sheetProxy._sheet().charts.length, "1.4");
  }

  add(type: string, sourceData: Range, seriesBy?: string): Chart {
    const chart = new Chart(this.context, `${this._path}.add(${JSON.stringify(type)})`, this._sheetProxy, {
      kind: "added",
    });
    const args = seriesBy === undefined ? [type, sourceData] : [type, sourceData, seriesBy];
    this._call("add", args, () => {
      const sheet = this._sheetProxy._sheet();
      checkEditable(sheet);
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const model: ChartModel = {
        id: newId(this.context._host.model),
        name: `Chart ${n}`,
        type: checkEnum(type, TYPES, "chart type"),
        source: sourceAddress(sourceData),
        seriesBy: seriesBy === undefined ? "Auto" : checkEnum(seriesBy, SERIES_BY, "seriesBy"),
        title: null,
        position: null,
      };
      model.series = seriesFromSource(this.context, sourceData, model.seriesBy);
      sheet.charts.push(model);
      chart._chartId = model.id;
    });
    return chart;
  }
}
defineType(ChartCollection, {
  name: "ChartCollection",
  navs: [],
  scalars: { count: { get: (o: ChartCollection) => o._sheetProxy._sheet().charts.length } },
});

type SeriesKey = { kind: "at"; index: number } | { kind: "added" };

export class ChartSeries extends SimObject {
  declare name: string;
  declare chartType: string;
  /** The series model, once found (or made by add) at a sync. */
  _ref?: ChartSeriesModel;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _owner: Chart,
    readonly _key: SeriesKey,
  ) {
    super(context, path, _owner._api);
  }

  _resolve(): ChartSeriesModel {
    const list = this._owner._chart().series ?? [];
    if (this._ref && list.includes(this._ref)) return this._ref;
    const found = this._key.kind === "at" ? list[this._key.index] : undefined;
    if (!found) throw richError("ItemNotFound", "no such chart series", "ChartSeriesCollection.getItemAt");
    this._ref = found;
    return found;
  }

  _model(): ChartSeriesModel {
    return this._resolve();
  }

  /** Values of the series (for a scatter chart, the y values). ExcelApi 1.7. */
  setValues(sourceData: Range): void {
    this._call(
      "setValues",
      [sourceData],
      () => {
        this._model().values = seriesSource(sourceData, "the series' values");
      },
      "1.7",
    );
  }

  /** Category labels of the series (x values). ExcelApi 1.7. */
  setXAxisValues(sourceData: Range): void {
    this._call(
      "setXAxisValues",
      [sourceData],
      () => {
        this._model().xValues = seriesSource(sourceData, "the series' x-axis values");
      },
      "1.7",
    );
  }

  delete(): void {
    this._call(
      "delete",
      [],
      () => {
        const chart = this._owner._chart();
        const series = this._model();
        chart.series = (chart.series ?? []).filter((x) => x !== series);
      },
      "1.7",
    );
  }
}
defineType(ChartSeries, {
  name: "ChartSeries",
  navs: [],
  scalars: {
    name: {
      get: (o: ChartSeries) => o._model().name,
      set: (o: ChartSeries, v: unknown) => {
        o._model().name = checkString(v, "series.name");
      },
    },
    chartType: {
      get: (o: ChartSeries) => o._model().chartType ?? o._owner._chart().type,
      set: (o: ChartSeries, v: unknown) => {
        o._model().chartType = checkEnum(v, TYPES, "series.chartType");
      },
      api: "1.7",
    },
  },
});

export class ChartSeriesCollection extends SimCollection<ChartSeries> {
  declare readonly count: number;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _owner: Chart,
  ) {
    super(context, path, _owner._api);
  }

  _resolve(): ChartModel {
    return this._owner._chart();
  }

  _list(): ChartSeries[] {
    return (this._owner._chart().series ?? []).map((_, i) => this.getItemAt(i));
  }

  getItemAt(index: number): ChartSeries {
    return new ChartSeries(this.context, `${this._path}.getItemAt(${index})`, this._owner, {
      kind: "at",
      index,
    });
  }

  getCount() {
    return resultCall(this, "getCount", [], () => (this._owner._chart().series ?? []).length, "1.4");
  }

  /** A new series, empty until its values are set. ExcelApi 1.7. */
  add(name?: string, index?: number): ChartSeries {
    const series = new ChartSeries(
      this.context,
      `${this._path}.add(${JSON.stringify(name ?? null)})`,
      this._owner,
      {
        kind: "added",
      },
    );
    const args = index === undefined ? (name === undefined ? [] : [name]) : [name ?? null, index];
    this._call(
      "add",
      args,
      () => {
        const chart = this._owner._chart();
        const list = (chart.series ??= []);
        const model: ChartSeriesModel = {
          name: name === undefined ? `Series${list.length + 1}` : checkString(name, "series name"),
          values: null,
          xValues: null,
        };
        if (index === undefined) list.push(model);
        else {
          checkNumber(index, "series index", 0, list.length, true);
          list.splice(index, 0, model);
        }
        series._ref = model;
      },
      "1.7",
    );
    return series;
  }
}
defineType(ChartSeriesCollection, {
  name: "ChartSeriesCollection",
  navs: [],
  scalars: { count: { get: (o: ChartSeriesCollection) => (o._owner._chart().series ?? []).length } },
});

export class ChartAxes extends SimObject {
  private _value?: ChartAxis;
  private _category?: ChartAxis;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _owner: Chart,
  ) {
    super(context, path, _owner._api);
  }

  _resolve(): ChartModel {
    return this._owner._chart();
  }

  get valueAxis(): ChartAxis {
    return (this._value ??= new ChartAxis(this.context, `${this._path}.valueAxis`, this._owner, "value"));
  }

  get categoryAxis(): ChartAxis {
    return (this._category ??= new ChartAxis(
      this.context,
      `${this._path}.categoryAxis`,
      this._owner,
      "category",
    ));
  }
}
defineType(ChartAxes, { name: "ChartAxes", navs: ["valueAxis", "categoryAxis"], scalars: {} });

export class ChartAxis extends SimObject {
  private _title?: ChartAxisTitle;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _owner: Chart,
    readonly _which: "value" | "category",
  ) {
    super(context, path, _owner._api);
  }

  _resolve(): ChartModel {
    return this._owner._chart();
  }

  get title(): ChartAxisTitle {
    return (this._title ??= new ChartAxisTitle(this.context, `${this._path}.title`, this));
  }
}
defineType(ChartAxis, { name: "ChartAxis", navs: ["title"], scalars: {} });

export class ChartAxisTitle extends SimObject {
  declare text: string;
  declare visible: boolean;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _axis: ChartAxis,
  ) {
    super(context, path, _axis._api);
  }

  _resolve(): ChartModel {
    return this._axis._owner._chart();
  }

  _key(): "valueAxisTitle" | "categoryAxisTitle" {
    return this._axis._which === "value" ? "valueAxisTitle" : "categoryAxisTitle";
  }
}
defineType(ChartAxisTitle, {
  name: "ChartAxisTitle",
  navs: [],
  scalars: {
    text: {
      get: (o: ChartAxisTitle) => o._resolve()[o._key()] ?? "",
      set: (o: ChartAxisTitle, v: unknown) => {
        o._resolve()[o._key()] = checkString(v, "axis title text");
      },
    },
    visible: {
      get: (o: ChartAxisTitle) => (o._resolve()[o._key()] ?? null) !== null,
      set: (o: ChartAxisTitle, v: unknown) => {
        const chart = o._resolve();
        chart[o._key()] = checkBoolean(v, "axis title visible") ? (chart[o._key()] ?? "Axis Title") : null;
      },
    },
  },
});
