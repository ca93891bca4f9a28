/**
 * The last request of a write: the new content, complete on temporary sheets, becomes the
 * output. A sheet a previous run wrote keeps its identity — it is cleared and the new content
 * is copied onto it (Range.copyFrom, ExcelApi 1.9) — so a user's formula such as
 * `='Capaian Kinerja'!G10` still points at the same cell after a rerun, where deleting and
 * recreating the sheet would turn it into #REF!. A first output simply takes its final name.
 * Then the settings a copy does not carry (widths, row heights, panes, page setup, charts),
 * the markers, the removal of previous output that is no longer produced, a recalculation
 * (calculation was suspended while writing) and the activation.
 *
 * Every step is decided from the state of the workbook (which temporary sheets still exist),
 * so after a failed request the same function, given the state read again, completes exactly
 * what is left: each output sheet ends with the whole new content.
 */
import type { SheetSpec } from "../report/sheet-spec";
import { columnsAddress, rectAddress } from "./address";
import { estimateBytes, type Operation } from "./chunking";
import { chartBytes, queueChart } from "./charts";
import { queueMarkerCleanup, queueMarkerNamesLoad, queueMarkerWrite, type MarkerNames } from "./markers";
import type { SheetInfo, WorkbookSnapshot } from "./read-tables";
import { columnCount, widthToPoints } from "./sheet-layout";
import type { SheetPlan } from "./sheet-names";

/** One output sheet: where its new content is, and where it goes. */
export interface FinishStep {
  spec: SheetSpec;
  rows: number;
  columns: number;
  /** The temporary sheet holding the new content. */
  temp: string;
  /** Final name and base name. */
  name: string;
  base: string;
  /** The previous output sheet that keeps its identity and receives the content; null: a first output. */
  target: { id: string; name: string } | null;
  /** Row heights as runs of whole rows, e.g. { rows: "5:9", points: 30 }. */
  heights: { rows: string; points: number }[];
}

export interface FinishOptions {
  /** Base name of the sheet to activate at the end. */
  activate?: string;
  /** The host has the chart series API (ExcelApi 1.7). */
  withSeries: boolean;
}

/** What the finish knows of the workbook when it queues its steps. */
export interface FinishState {
  /** Lower-cased names of the sheets present. */
  present: Set<string>;
  markers: MarkerNames;
  /** Chart names on a previous output sheet (deleted before its new charts are drawn), by id. */
  charts: Map<string, string[]>;
  /** Rows a previous output used, by target id (their heights are reset). */
  usedRows: Map<string, number>;
}

const lower = (s: string): string => s.toLowerCase();

/** Runs of consecutive rows with the same height (null = Excel's standard height, left alone). */
function heightRuns(heights: (number | null)[] | undefined): { rows: string; points: number }[] {
  const runs: { rows: string; points: number }[] = [];
  const list = heights ?? [];
  for (let r = 0; r < list.length;) {
    const h = list[r];
    let end = r;
    while (end + 1 < list.length && list[end + 1] === h) end++;
    if (h !== null && h !== undefined) runs.push({ rows: `${r + 1}:${end + 1}`, points: h });
    r = end + 1;
  }
  return runs;
}

/** Which previous output sheet each new sheet replaces in place, and which are no longer produced. */
export function planFinish(
  specs: SheetSpec[],
  plan: SheetPlan,
  existing: readonly SheetInfo[],
): { steps: FinishStep[]; dropped: { id: string; name: string }[] } {
  const replaced = new Set(plan.replace.map(lower));
  const byName = new Map(existing.map((s) => [lower(s.name), s]));
  const steps = plan.names.map((n, i): FinishStep => {
    const old = replaced.has(lower(n.name)) ? byName.get(lower(n.name)) : undefined;
    return {
      spec: specs[i],
      rows: Math.max(1, specs[i].rows.length),
      columns: columnCount(specs[i]),
      temp: plan.temporary[i],
      name: n.name,
      base: n.base,
      target: old ? { id: old.id, name: old.name } : null,
      heights: heightRuns(specs[i].rowHeights),
    };
  });
  const kept = new Set(steps.flatMap((s) => (s.target ? [lower(s.target.name)] : [])));
  const dropped = plan.replace
    .filter((name) => !kept.has(lower(name)))
    .map((name) => ({ id: byName.get(lower(name))?.id ?? name, name }));
  return { steps, dropped };
}

/** Estimated request bytes of one step. */
export function stepBytes(step: FinishStep): number {
  const calls = 12 + step.spec.columns.length + step.heights.length;
  return (
    calls * estimateBytes([step.temp, step.name]) +
    (step.spec.charts ?? []).reduce((n, c) => n + chartBytes(c), 0)
  );
}

/**
 * Queues, in the first content request, loading what the finish needs of the sheets it will
 * overwrite: their charts (deleted, then drawn anew) and the rows they used (heights reset).
 */
export function queueTargetInventory(steps: FinishStep[]): {
  op: Operation<{ context: Excel.RequestContext }>;
  result(): { charts: Map<string, string[]>; usedRows: Map<string, number> };
} {
  const loaded: { id: string; charts: Excel.ChartCollection; used: Excel.Range }[] = [];
  const targets = steps.flatMap((s) => (s.target ? [s.target] : []));
  return {
    op: {
      bytes: estimateBytes(targets) * 3,
      queue(t) {
        for (const target of targets) {
          const sheet = t.context.workbook.worksheets.getItem(target.id);
          const charts = sheet.charts.load("items/name");
          const used = sheet.getUsedRangeOrNullObject().load("rowIndex,rowCount");
          loaded.push({ id: target.id, charts, used });
        }
      },
    },
    result() {
      const charts = new Map<string, string[]>();
      const usedRows = new Map<string, number>();
      for (const l of loaded) {
        charts.set(
          l.id,
          l.charts.items.map((c) => c.name),
        );
        usedRows.set(l.id, l.used.isNullObject ? 0 : l.used.rowIndex + l.used.rowCount);
      }
      return { charts, usedRows };
    },
  };
}

/** The state before the first finish request: the sheets as read, the targets' inventory. */
export function firstState(
  snapshot: Pick<WorkbookSnapshot, "sheets" | "markers">,
  inventory: { charts: Map<string, string[]>; usedRows: Map<string, number> },
  temporary: string[],
): FinishState {
  const present = new Set(snapshot.sheets.map((s) => lower(s.name)));
  for (const t of temporary) present.add(lower(t));
  return { present, markers: snapshot.markers, ...inventory };
}

/** Widths, row heights, panes, page setup and charts: what a copy of cells does not carry. */
function queueSettings(
  sheet: Excel.Worksheet,
  step: FinishStep,
  resetRows: number,
  charts: { draw: boolean; withSeries: boolean },
): void {
  const { spec } = step;
  for (let c = 0; c < spec.columns.length;) {
    let c1 = c;
    while (c1 + 1 < spec.columns.length && spec.columns[c1 + 1] === spec.columns[c]) c1++;
    sheet.getRange(columnsAddress(c, c1)).format.columnWidth = widthToPoints(spec.columns[c]);
    c = c1 + 1;
  }
  // Excel never fits a row to wrapped text in merged cells: the spec's heights are set.
  if (resetRows > 0) sheet.getRange(`1:${resetRows}`).format.useStandardHeight = true;
  for (const h of step.heights) sheet.getRange(h.rows).format.rowHeight = h.points;

  const { rows, columns } = spec.freeze;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(rectAddress(0, 0, rows - 1, columns - 1));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);

  if (spec.printTitles) sheet.pageLayout.setPrintTitleRows(spec.printTitles.replace(/(\d+)/g, "$$$1"));
  if (spec.landscape) sheet.pageLayout.orientation = "Landscape";
  if (charts.draw) for (const chart of spec.charts ?? []) queueChart(sheet, chart, charts.withSeries);
}

/**
 * Queues the finish for what `state` says is left to do; returns a reader of whether the
 * workbook calculates manually (valid after the sync).
 */
export function queueFinish(
  context: Excel.RequestContext,
  steps: FinishStep[],
  dropped: { id: string; name: string }[],
  state: FinishState,
  options: FinishOptions,
): () => boolean {
  const worksheets = context.workbook.worksheets;
  const finals: Excel.Worksheet[] = [];
  const marked: { sheet: Excel.Worksheet; name: string; base: string }[] = [];
  for (const step of steps) {
    const pending = state.present.has(lower(step.temp));
    if (step.target) {
      const sheet = worksheets.getItem(step.target.id);
      finals.push(sheet);
      if (!pending) continue;
      for (const name of state.charts.get(step.target.id) ?? []) sheet.charts.getItem(name).delete();
      sheet.freezePanes.unfreeze();
      const all = sheet.getRange();
      all.unmerge();
      all.clear(Excel.ClearApplyTo.all);
      const area = rectAddress(0, 0, step.rows - 1, step.columns - 1);
      const temp = worksheets.getItem(step.temp);
      sheet.getRange(area).copyFrom(temp.getRange(area), Excel.RangeCopyType.all);
      const used = Math.max(state.usedRows.get(step.target.id) ?? 0, step.rows);
      queueSettings(sheet, step, used, { draw: true, withSeries: options.withSeries });
      temp.delete();
    } else if (pending) {
      // A first output: its charts were drawn on it in phase 2.
      const sheet = worksheets.getItem(step.temp);
      queueSettings(sheet, step, 0, { draw: false, withSeries: options.withSeries });
      sheet.name = step.name;
      finals.push(sheet);
      marked.push({ sheet, name: step.name, base: step.base });
    } else {
      const sheet = worksheets.getItem(step.name);
      finals.push(sheet);
      if (!state.markers.sheets.has(lower(step.name)))
        marked.push({ sheet, name: step.name, base: step.base });
    }
  }
  queueMarkerWrite(context, marked, state.markers);
  const gone = dropped.filter((d) => state.present.has(lower(d.name)));
  for (const d of gone) worksheets.getItem(d.id).delete();
  queueMarkerCleanup(
    context,
    state.markers,
    dropped.map((d) => d.name),
    [...state.present],
  );
  // Calculation was suspended while the content was written: the add-in must recalculate.
  // The written sheets fully; then what depends on them (the user's own formulas), as F9 does.
  for (const sheet of finals) sheet.calculate(true);
  context.application.calculate(Excel.CalculationType.recalculate);
  const activate = options.activate ? steps.findIndex((s) => s.base === options.activate) : -1;
  if (activate >= 0) finals[activate].activate();
  const application = context.application.load("calculationMode");
  return () => application.calculationMode === Excel.CalculationMode.manual;
}

/**
 * After a failed finish request (Excel keeps what came before the failing action): reads
 * which temporary sheets are left, and queues the finish again for those. Returns the syncs
 * used, whether the output is complete, and the calculation mode.
 */
export async function recoverFinish(
  context: Excel.RequestContext,
  steps: FinishStep[],
  dropped: { id: string; name: string }[],
  options: FinishOptions,
): Promise<{ syncs: number; completed: boolean; manual: boolean }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/id");
  const markerNames = queueMarkerNamesLoad(context);
  await context.sync();
  const present = new Set(worksheets.items.map((w) => lower(w.name)));
  const state: FinishState = { present, markers: markerNames(), charts: new Map(), usedRows: new Map() };

  // Charts already drawn on a kept sheet whose step is redone are removed first.
  const loads: { id: string; charts: Excel.ChartCollection; used: Excel.Range }[] = [];
  for (const step of steps) {
    if (!step.target || !present.has(lower(step.temp))) continue;
    const sheet = worksheets.getItem(step.target.id);
    const used = sheet.getUsedRangeOrNullObject().load("rowIndex,rowCount");
    loads.push({ id: step.target.id, charts: sheet.charts.load("items/name"), used });
  }
  let syncs = 1;
  if (loads.length > 0) {
    await context.sync();
    syncs++;
    for (const l of loads) {
      state.charts.set(
        l.id,
        l.charts.items.map((c) => c.name),
      );
      if (!l.used.isNullObject) state.usedRows.set(l.id, l.used.rowIndex + l.used.rowCount);
    }
  }
  const manual = queueFinish(context, steps, dropped, state, options);
  await context.sync();
  return { syncs: syncs + 1, completed: true, manual: manual() };
}
