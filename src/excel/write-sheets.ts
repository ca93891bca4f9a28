/**
 * Writes the engine's sheet descriptions into the workbook in a constant number of
 * round-trips: (1) create the new content under temporary sheet names: number formats,
 * values, formulas; (2) cell formats per rectangle (one getRange each, never a multi-area
 * address: Windows desktop Excel reads those with the locale's list separator) and merges;
 * (3) finish (finish.ts): copy the new content onto the sheets a previous run wrote, which
 * keep their identity so the user's formulas pointing at them stay valid, or give a first
 * output its final names; widths, row heights, panes, page setup, charts; recalculate.
 * When the content is over the request budget its overflow goes with the formats
 * (chunking.ts packPhases); more requests are made only when both together would exceed two
 * budgets.
 *
 * A failure before the finish removes every sheet the run added, so no half-written output
 * is left; a failure during the finish is completed from the temporary sheets (finish.ts),
 * so each output sheet holds either the whole previous output or the whole new one; sheets
 * the user made are never touched.
 */
import type { SheetSpec, StyleName, StyleSpec } from "../report/sheet-spec";
import { rectAddress } from "./address";
import {
  estimateBytes,
  estimateWrites,
  MATRIX_BAND_BYTES,
  REQUEST_BUDGET_BYTES,
  packPhases,
  requestBytes,
  splitArea,
  splitRows,
  type Operation,
} from "./chunking";
import { chartBytes, queueChart } from "./charts";
import { conditionalFormatOps } from "./conditional-formats";
import { printAreaOps } from "./print-area";
import { chartSeries } from "./fitur";
import {
  firstState,
  planFinish,
  queueFinish,
  queueTargetInventory,
  recoverFinish,
  stepBytes,
  type FinishOptions,
  type FinishStep,
} from "./finish";
import type { WorkbookSnapshot } from "./read-tables";
import { layoutSheet, type FormatKey, type SheetLayout } from "./sheet-layout";
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
  /** The workbook calculates manually: the written sheets were recalculated, other formulas wait for F9. */
  manualCalculation: boolean;
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
  return key.startsWith("border:") ? BORDER_EDGES.length * 2 : 1;
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
        border.color = arg;
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

/**
 * Phase 2: the cell formats, one getRange per rectangle carrying every setting that covers
 * exactly that rectangle, and the merges. Row heights, widths, panes, page setup and charts
 * are set on the final sheet by the finish (a copy does not carry them).
 */
function formatOps(
  spec: SheetSpec,
  layout: SheetLayout,
  temp: string,
  charts: { withSeries: boolean; probe: boolean },
): Op[] {
  const keysOf = new Map<string, FormatKey[]>();
  for (const [key, areas] of layout.formatAreas) {
    for (const whole of areas)
      for (const address of splitArea(whole)) {
        const keys = keysOf.get(address);
        if (keys) keys.push(key);
        else keysOf.set(address, [key]);
      }
  }
  const ops: Op[] = [];
  for (const [address, keys] of keysOf) {
    const writes = keys.reduce((n, k) => n + writesOf(k), 0);
    ops.push({
      bytes: estimateWrites(address, writes),
      queue(t) {
        const format = t.sheet(temp).getRange(address).format;
        for (const key of keys) applyFormat(format, key);
      },
    });
  }
  for (const merge of spec.merges) {
    ops.push({
      bytes: estimateBytes(merge),
      queue(t) {
        t.sheet(temp).getRange(merge).merge(false);
      },
    });
  }
  // Charts over the cells written in phase 1. For a sheet that will be copied onto a previous
  // output, they are drawn and removed again: Excel checks them here, before anything of the
  // previous output is touched; the finish then draws them on the kept sheet.
  for (const chart of spec.charts ?? []) {
    ops.push({
      bytes: chartBytes(chart),
      queue(t) {
        const drawn = queueChart(t.sheet(temp), chart, charts.withSeries);
        if (charts.probe) drawn.delete();
      },
    });
  }
  return ops;
}

function randomToken(): string {
  return Math.random().toString(36).slice(2, 6);
}

/** The operations of phases 1 and 2 for every sheet, and the inventory the finish needs. */
function planOps(
  specs: SheetSpec[],
  plan: SheetPlan,
  steps: FinishStep[],
  options: WriteOptions,
  withSeries: boolean,
) {
  const budget = options.requestBudget ?? REQUEST_BUDGET_BYTES;
  const bandBytes = Math.min(MATRIX_BAND_BYTES, Math.floor(budget / 2));
  const content: Op[] = [];
  const formats: Op[] = [];
  // What the finish must know of the sheets it will overwrite: their charts and used rows.
  const inventory = queueTargetInventory(steps);
  content.push(inventory.op);
  specs.forEach((spec, i) => {
    const layout = layoutSheet(spec, options.styles);
    const temp = plan.temporary[i];
    content.push(...contentOps(layout, temp, bandBytes));
    formats.push(...formatOps(spec, layout, temp, { withSeries, probe: steps[i].target !== null }));
    formats.push(...conditionalFormatOps<Target>(spec.conditionalFormats ?? [], temp, options.styles));
    formats.push(...printAreaOps<Target>(spec, temp));
  });
  return { phases: packPhases([content, formats], budget), inventory };
}

/**
 * Writes `specs` as the add-in's output sheets: onto the sheets a previous run wrote (kept,
 * same object, same name) or as new sheets after the user's. `snapshot` is the inventory read
 * in the same run (read-tables.ts).
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
  const { steps, dropped } = planFinish(specs, plan, snapshot.sheets);
  const withSeries = chartSeries();
  const { phases, inventory } = planOps(specs, plan, steps, options, withSeries);

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
    for (const request of phases) {
      added = true;
      await send(request, true);
    }
  } catch (error) {
    if (added) {
      syncs += await removeSheets(context, plan.temporary).catch(() => 0);
    }
    throw error;
  }

  const state = firstState(snapshot, inventory.result(), plan.temporary);
  const finish: FinishOptions = { activate: options.activate, withSeries };
  let manual = false;
  const finishBytes =
    estimateBytes([plan.names, plan.temporary]) + steps.reduce((n, s) => n + stepBytes(s), 0);
  try {
    let readMode = (): boolean => false;
    await send(
      [
        {
          bytes: finishBytes,
          queue(t) {
            readMode = queueFinish(t.context, steps, dropped, state, finish);
          },
        },
      ],
      false,
    );
    manual = readMode();
  } catch (error) {
    const recovery = await recoverFinish(context, steps, dropped, finish).catch(() => ({
      syncs: 0,
      completed: false,
      manual: false,
    }));
    syncs += recovery.syncs;
    manual = recovery.manual;
    if (!recovery.completed) throw error;
  }

  return {
    sheets: plan.names,
    replaced: plan.replace,
    syncs,
    requestBytes: sent,
    manualCalculation: manual,
  };
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
