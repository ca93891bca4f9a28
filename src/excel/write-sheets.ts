/**
 * Writes the engine's sheet descriptions into the workbook in a constant number of
 * round-trips: (1) create the new sheets under temporary names, number formats, values,
 * formulas; (2) formats per style on whole RangeAreas, widths, merges, panes, page setup, and
 * the sheets' charts (charts.ts); (3) swap: move the previous output aside, give the new
 * sheets their names and markers, then delete the previous output (its charts go with it).
 * When the content is over the request budget its
 * overflow goes with the formats (chunking.ts packPhases); more requests are made only when
 * both together would exceed two budgets.
 *
 * A failure before the swap removes every sheet the run added, charts included, so no
 * half-written output is left; a failure during the swap is completed or undone
 * (recoverSwap), so the previous or the new output is always there, complete; sheets the user
 * made are never touched.
 */
import type { SheetSpec, StyleName, StyleSpec } from "../report/sheet-spec";
import { columnsAddress, rectAddress } from "./alamat";
import {
  estimateBytes,
  joinAddresses,
  MATRIX_BAND_BYTES,
  REQUEST_BUDGET_BYTES,
  packPhases,
  requestBytes,
  splitRows,
  type Operation,
} from "./chunking";
import { chartBytes, queueChart } from "./charts";
import { conditionalFormatOps } from "./conditional-formats";
import { printAreaOps } from "./print-area";
import { chartSeries } from "./fitur";
import { queueMarkerCleanup, queueMarkerNamesLoad, queueMarkerWrite } from "./markers";
import type { WorkbookSnapshot } from "./read-tables";
import { layoutSheet, widthToPoints, type FormatKey, type SheetLayout } from "./sheet-layout";
import { planSheetNames, type NamePlan, type SheetPlan } from "./sheet-names";

export interface WriteOptions {
  styles: Record<StyleName, StyleSpec>;
  /** Base name of the sheet to activate at the end (default: none). */
  activate?: string;
  /** Used in temporary sheet names; random by default. */
  token?: string;
  /** Planned bytes per request (default REQUEST_BUDGET_BYTES); tests lower it. */
  requestBudget?: number;
}

export interface WriteResult {
  sheets: NamePlan[];
  /** Sheets from a previous run that were replaced. */
  replaced: string[];
  /** context.sync() calls made by the writer. */
  syncs: number;
  /** Estimated bytes of each request sent, in order. */
  requestBytes: number[];
}

/** What an operation queues its calls on; sheets are looked up once per request. */
interface Target {
  context: Excel.RequestContext;
  sheet(name: string): Excel.Worksheet;
  /** Registers a sheet proxy created in this request (worksheets.add). */
  remember(name: string, sheet: Excel.Worksheet): void;
}

type Op = Operation<Target>;

function makeTarget(context: Excel.RequestContext): Target {
  const cache = new Map<string, Excel.Worksheet>();
  return {
    context,
    sheet(name) {
      let ws = cache.get(name);
      if (!ws) {
        ws = context.workbook.worksheets.getItem(name);
        cache.set(name, ws);
      }
      return ws;
    },
    remember(name, ws) {
      cache.set(name, ws);
    },
  };
}

/** Band-wise writes of a matrix to `prop` of the ranges starting at (row0, col0). */
function matrixOps(
  sheet: string,
  matrix: (string | number | boolean | null)[][],
  row0: number,
  col0: number,
  prop: "numberFormat" | "values" | "formulas",
  bandBytes: number,
): Op[] {
  const ops: Op[] = [];
  for (const band of splitRows(matrix, bandBytes)) {
    if (band.rows.every((row) => row.every((v) => v === null))) continue;
    const width = band.rows[0].length;
    const address = rectAddress(
      row0 + band.start,
      col0,
      row0 + band.start + band.rows.length - 1,
      col0 + width - 1,
    );
    const data = band.rows;
    ops.push({
      bytes: band.bytes + address.length,
      queue(t) {
        const range = t.sheet(sheet).getRange(address);
        if (prop === "numberFormat") range.numberFormat = data as string[][];
        else if (prop === "values") range.values = data as (string | number | boolean)[][];
        else range.formulas = data as string[][];
      },
    });
  }
  return ops;
}

const BORDER_EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** Property writes one format key costs (for the request estimate). */
function writesOf(key: FormatKey): number {
  return key === "border" ? BORDER_EDGES.length * 2 : 1;
}

/** Applies one format setting (a key from formatKeys) to a RangeAreas' format. */
function applyFormat(format: Excel.RangeFormat, key: FormatKey): void {
  const [name, arg = ""] = key.split(/:(.*)/s);
  switch (name) {
    case "bold":
      format.font.bold = true;
      break;
    case "italic":
      format.font.italic = true;
      break;
    case "underline":
      format.font.underline = "Single";
      break;
    case "size":
      format.font.size = Number(arg);
      break;
    case "color":
      format.font.color = arg;
      break;
    case "fill":
      format.fill.color = arg;
      break;
    case "h":
      format.horizontalAlignment = arg === "left" ? "Left" : arg === "center" ? "Center" : "Right";
      break;
    case "v":
      format.verticalAlignment = arg === "top" ? "Top" : "Center";
      break;
    case "wrap":
      format.wrapText = true;
      break;
    case "indent":
      format.indentLevel = Number(arg);
      break;
    case "border":
      for (const edge of BORDER_EDGES) {
        const border = format.borders.getItem(edge);
        border.style = "Continuous";
        border.color = "#808080";
      }
      break;
  }
}

/** Phase 1: create the sheet, mark it, then number formats, values, formulas. */
function contentOps(layout: SheetLayout, temp: string, bandBytes: number): Op[] {
  const ops: Op[] = [
    {
      bytes: estimateBytes(temp),
      queue(t) {
        // Added sheets go after every existing sheet, so the output follows the user's sheets.
        t.remember(temp, t.context.workbook.worksheets.add(temp));
      },
    },
  ];
  // Number formats first (text cells "@" before their values), as rectangles with one
  // format each, or as a matrix where the rectangles would cost more.
  const areaOps: Op[] = [];
  for (const [numberFormat, areas] of layout.numberFormatAreas) {
    for (const address of areas) {
      areaOps.push({
        bytes: estimateBytes([address, numberFormat]),
        queue(t) {
          t.sheet(temp).getRange(address).numberFormat = numberFormat as unknown as string[][];
        },
      });
    }
  }
  const matrix = matrixOps(temp, layout.numberFormats, 0, 0, "numberFormat", bandBytes);
  ops.push(...(requestBytes(areaOps) <= requestBytes(matrix) ? areaOps : matrix));
  ops.push(...matrixOps(temp, layout.values, 0, 0, "values", bandBytes));
  if (layout.formulas) {
    ops.push(
      ...matrixOps(
        temp,
        layout.formulas.formulas,
        layout.formulas.row,
        layout.formulas.column,
        "formulas",
        bandBytes,
      ),
    );
  }
  return ops;
}

/** Phase 2: format settings on RangeAreas, widths, merges, panes, page setup, charts. */
function formatOps(spec: SheetSpec, layout: SheetLayout, temp: string, withSeries: boolean): Op[] {
  const ops: Op[] = [];
  for (const [key, areas] of layout.formatAreas) {
    for (const address of joinAddresses(areas)) {
      ops.push({
        // Each property write names the range again: count the address once per write.
        bytes: (estimateBytes(address) + estimateBytes(key)) * (writesOf(key) + 1),
        queue(t) {
          applyFormat(t.sheet(temp).getRanges(address).format, key);
        },
      });
    }
  }

  // Column widths, one call per run of equal widths.
  let c = 0;
  while (c < spec.columns.length) {
    let c1 = c;
    while (c1 + 1 < spec.columns.length && spec.columns[c1 + 1] === spec.columns[c]) c1++;
    const address = columnsAddress(c, c1);
    const points = widthToPoints(spec.columns[c]);
    ops.push({
      bytes: estimateBytes([address, points]),
      queue(t) {
        t.sheet(temp).getRange(address).format.columnWidth = points;
      },
    });
    c = c1 + 1;
  }

  for (const merge of spec.merges) {
    ops.push({
      bytes: estimateBytes(merge),
      queue(t) {
        t.sheet(temp).getRange(merge).merge(false);
      },
    });
  }

  const { rows, columns } = spec.freeze;
  if (rows > 0 || columns > 0) {
    ops.push({
      bytes: estimateBytes([rows, columns]),
      queue(t) {
        const panes = t.sheet(temp).freezePanes;
        if (rows > 0 && columns > 0) panes.freezeAt(rectAddress(0, 0, rows - 1, columns - 1));
        else if (rows > 0) panes.freezeRows(rows);
        else panes.freezeColumns(columns);
      },
    });
  }

  if (spec.printTitles || spec.landscape) {
    const titles = spec.printTitles?.replace(/(\d+)/g, "$$$1");
    ops.push({
      bytes: estimateBytes([titles, spec.landscape]),
      queue(t) {
        const page = t.sheet(temp).pageLayout;
        if (titles) page.setPrintTitleRows(titles);
        if (spec.landscape) page.orientation = "Landscape";
      },
    });
  }

  // Charts last: over cells written in phase 1, on the sheet still under its temporary name.
  for (const chart of spec.charts ?? []) {
    ops.push({
      bytes: chartBytes(chart),
      queue(t) {
        queueChart(t.sheet(temp), chart, withSeries);
      },
    });
  }
  return ops;
}

function randomToken(): string {
  return Math.random().toString(36).slice(2, 6);
}

/**
 * Writes `specs` as new sheets after the user's sheets, replacing the add-in's previous
 * output. `snapshot` is the inventory read in the same run (read-tables.ts).
 */
export async function writeSheets(
  context: Excel.RequestContext,
  specs: SheetSpec[],
  snapshot: Pick<WorkbookSnapshot, "sheets" | "markers">,
  options: WriteOptions,
): Promise<WriteResult> {
  const plan = planSheetNames(
    specs.map((s) => s.name),
    snapshot.sheets,
    options.token ?? randomToken(),
  );
  const layouts = specs.map((s) => layoutSheet(s, options.styles));
  const budget = options.requestBudget ?? REQUEST_BUDGET_BYTES;
  const bandBytes = Math.min(MATRIX_BAND_BYTES, Math.floor(budget / 2));

  const withSeries = chartSeries();
  const content: Op[] = [];
  const formats: Op[] = [];
  specs.forEach((spec, i) => {
    content.push(...contentOps(layouts[i], plan.temporary[i], bandBytes));
    formats.push(...formatOps(spec, layouts[i], plan.temporary[i], withSeries));
    formats.push(
      ...conditionalFormatOps<Target>(spec.conditionalFormats ?? [], plan.temporary[i], options.styles),
    );
    formats.push(...printAreaOps<Target>(spec, plan.temporary[i]));
  });

  let syncs = 0;
  const sent: number[] = [];
  const send = async (request: Op[], suspend: boolean): Promise<void> => {
    const target = makeTarget(context);
    if (suspend) context.application.suspendApiCalculationUntilNextSync();
    for (const op of request) op.queue(target);
    sent.push(requestBytes(request));
    syncs++;
    await context.sync();
  };

  let added = false;
  try {
    for (const request of packPhases([content, formats], budget)) {
      added = true;
      await send(request, true);
    }
  } catch (error) {
    if (added) {
      syncs += await removeSheets(context, plan.temporary).catch(() => 0);
    }
    throw error;
  }

  // Swap, in one request: the previous output moves aside to temporary names, the new sheets
  // take their names and markers, and only then is the previous output deleted. Excel keeps
  // the actions of a failed request that came before the failing one, so recoverSwap looks at
  // what happened and either completes the swap (the new output was in place) or undoes it.
  const byName = new Map(snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  const old = plan.replace.map((name, i) => {
    const info = byName.get(name.toLowerCase());
    return { name, id: info?.id ?? name, retired: plan.retired[i] };
  });
  const swap: Op = {
    bytes: estimateBytes([plan.replace, plan.retired, plan.temporary, plan.names]),
    queue(t) {
      const worksheets = t.context.workbook.worksheets;
      for (const o of old) worksheets.getItem(o.id).name = o.retired;
      plan.names.forEach((n, i) => {
        t.sheet(plan.temporary[i]).name = n.name;
      });
      queueMarkerWrite(
        t.context,
        plan.names.map((n, i) => ({ sheet: t.sheet(plan.temporary[i]), name: n.name, base: n.base })),
        snapshot.markers,
      );
      for (const o of old) worksheets.getItem(o.id).delete();
      queueMarkerCleanup(
        t.context,
        snapshot.markers,
        plan.replace,
        snapshot.sheets.map((s) => s.name),
      );
      const activate = options.activate ? plan.names.findIndex((n) => n.base === options.activate) : -1;
      if (activate >= 0) t.sheet(plan.temporary[activate]).activate();
    },
  };
  try {
    await send([swap], false);
  } catch (error) {
    const recovery = await recoverSwap(context, plan, old, snapshot).catch(() => ({
      syncs: 0,
      completed: false,
    }));
    syncs += recovery.syncs;
    if (!recovery.completed) throw error;
  }

  return { sheets: plan.names, replaced: plan.replace, syncs, requestBytes: sent };
}

/**
 * After a failed swap request: when every new sheet stands under its final name with its
 * marker, the swap is completed (whatever is left of the previous output is deleted; only the
 * activation or the removal of stale names may be missing). Otherwise it is undone: the new
 * sheets are deleted and the previous output gets its names back. Either way the user has one
 * complete output. Returns the syncs used and whether the swap was completed.
 */
async function recoverSwap(
  context: Excel.RequestContext,
  plan: SheetPlan,
  old: { name: string; id: string; retired: string }[],
  snapshot: Pick<WorkbookSnapshot, "sheets">,
): Promise<{ syncs: number; completed: boolean }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const markerNames = queueMarkerNamesLoad(context);
  await context.sync();
  const markers = markerNames();
  const before = new Set(snapshot.sheets.map((s) => s.id));
  const oldIds = new Set(old.map((o) => o.id));
  const added = worksheets.items.filter((w) => !before.has(w.id));
  const survivors = worksheets.items.filter((w) => oldIds.has(w.id));
  const current = new Set(worksheets.items.map((w) => w.name.toLowerCase()));

  const inPlace = plan.names.every(
    (n) => current.has(n.name.toLowerCase()) && markers.sheets.has(n.name.toLowerCase()),
  );
  const completed = inPlace && added.every((w) => plan.names.some((n) => n.name === w.name));
  let queued = false;
  if (completed) {
    for (const w of survivors) {
      w.delete();
      queued = true;
    }
  } else {
    for (const w of added) {
      w.delete();
      queued = true;
    }
    for (const w of survivors) {
      const o = old.find((x) => x.id === w.id);
      if (o && w.name !== o.name) {
        w.name = o.name;
        queued = true;
      }
    }
  }
  if (!queued) return { syncs: 1, completed };
  await context.sync();
  return { syncs: 2, completed };
}

/** Deletes whichever of `names` exist (failure path); returns the syncs it used. */
async function removeSheets(context: Excel.RequestContext, names: string[]): Promise<number> {
  const sheets = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
  for (const s of sheets) s.load("name");
  await context.sync();
  let any = false;
  for (const s of sheets) {
    if (!s.isNullObject) {
      s.delete();
      any = true;
    }
  }
  if (!any) return 1;
  await context.sync();
  return 2;
}
