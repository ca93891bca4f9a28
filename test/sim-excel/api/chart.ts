/**
 * Excel.Chart as a record: charts.add(type, sourceRange, seriesBy) stores the type, the source
 * address, the title, the legend and where setPosition put it. Nothing is drawn.
 */

import { formatAddress, formatRect } from "../address";
import { SimCollection, SimObject, defineType, resultCall } from "../client-object";
import type { SimRequestContext } from "../context";
import { ChartLegendPosition, ChartSeriesBy, ChartType, enumValues } from "../enums";
import { richError } from "../errors";
import { ChartModel, SheetModel, newId } from "../model";
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
  navs: ["title", "legend"],
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
        o._chart().type = checkEnum(v, TYPES, "chartType");
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
