/**
 * Writes SheetSpecs as an .xlsx package through exceljs's streaming writer, row by row, each
 * row committed (written out and dropped) as soon as it is complete: values, formulas with their
 * cached results, named styles, merges, widths, heights, freeze panes, print areas and titles,
 * conditional formats and the sheets' markers. Text is written as text, never parsed. The
 * command adds these sheets to the user's workbook at zip level (add-sheets.ts); the recap is
 * this package as it is.
 */
import ExcelJS from "exceljs";
import { PassThrough } from "stream";
import type { SheetSpec, StyleName } from "../report/sheet-spec";
import { STYLES } from "../report/styles";
import { quoteSheet } from "../core/table";
import { nextMarkerName } from "../report/sheet-naming";
import { writeConditionalFormats } from "./conditional-formats";
import { excelStyle } from "./excel-style";
import { mergeCovers, recordMerges } from "./merges";
import { shiftStyleIds, type StyleBase } from "./style-ids";

export interface SheetsPackageOptions {
  /** The defined name marking each sheet, by the specs' order; none: `Capaian_Lembar_1`, 2, … */
  markers?: readonly string[];
  /** Where the style indices start (the source workbook's counts); none: from 0. */
  styleBase?: StyleBase;
}

type StyleCache = Map<StyleName, Partial<ExcelJS.Style>>;

/** The package of the specs' sheets, deflated by Node's zlib as it streams. */
export async function writeSheetsPackage(
  specs: readonly SheetSpec[],
  options: SheetsPackageOptions = {},
): Promise<Buffer> {
  const taken = new Set<string>();
  const markers = options.markers ?? specs.map(() => nextMarkerName(taken));
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
    zip: { zlib: { level: 6 } },
  });
  wb.creator = "Capaian";
  shiftStyleIds(wb, options.styleBase ?? { xf: 0, dxf: 0 });
  const cache: StyleCache = new Map();
  specs.forEach((spec, i) => {
    streamSheet(wb, spec, cache);
    wb.definedNames.add(`${quoteSheet(spec.name)}!$A$1`, markers[i]);
  });
  await wb.commit();
  return Buffer.concat(chunks);
}

function addWorksheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec): ExcelJS.Worksheet {
  return wb.addWorksheet(spec.name, {
    views:
      spec.freeze.rows || spec.freeze.columns
        ? [{ state: "frozen", ySplit: spec.freeze.rows, xSplit: spec.freeze.columns }]
        : [],
    pageSetup: {
      orientation: spec.landscape ? "landscape" : "portrait",
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: spec.printTitles,
      // exceljs puts a "$" before each end's column itself: the spec's $A$1:$G$59 goes as A$1:G$59.
      printArea: spec.printArea?.replace(/\$([A-Z]+)/g, "$1") ?? undefined,
    },
  });
}

/** One sheet, its rows committed one by one; the caller makes sure the name is free. */
function streamSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec, cache: StyleCache): void {
  const ws = addWorksheet(wb, spec);
  spec.columns.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  recordMerges(ws, spec.name, spec.merges);
  const { masters, covers } = mergeCovers(spec.merges);
  const mastersByRow = new Map<number, number[]>();
  masters.forEach((m, i) => mastersByRow.set(m.row, [...(mastersByRow.get(m.row) ?? []), i]));
  const masterCells = new Map<number, ExcelJS.Cell>();
  spec.rows.forEach((row, r) => {
    const xrow = ws.getRow(r + 1);
    row.forEach((cell, c) => {
      if (!cell) return;
      const x = xrow.getCell(c + 1);
      // An empty text is a blank cell (the streamed `t="str"` would hold an empty <v>).
      if (cell.formula) x.value = { formula: formulaText(cell.formula), result: cell.value ?? undefined };
      else if (cell.value !== "") x.value = cell.value;
      if (cell.style) x.style = styleOf(cell.style, cache);
    });
    for (const m of mastersByRow.get(r) ?? []) masterCells.set(m, xrow.getCell(masters[m].column + 1));
    // A covered cell takes its master's style and no value, as exceljs's mergeCells does.
    for (const cover of covers.get(r) ?? [])
      xrow.getCell(cover.column + 1).merge(masterCells.get(cover.merge)!);
    for (const m of masterCells.keys()) if (masters[m].lastRow === r) masterCells.delete(m);
    const h = spec.rowHeights?.[r];
    if (h) xrow.height = h;
    xrow.commit();
  });
  if (spec.conditionalFormats?.length) writeConditionalFormats(ws, spec.conditionalFormats);
  ws.commit();
}

const formulaText = (f: string) => (f.startsWith("=") ? f.slice(1) : f);

function styleOf(name: StyleName, cache: StyleCache): Partial<ExcelJS.Style> {
  let s = cache.get(name);
  if (!s) cache.set(name, (s = excelStyle(STYLES[name])));
  return s;
}
