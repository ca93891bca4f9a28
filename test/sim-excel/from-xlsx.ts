/**
 * Load an .xlsx file into a workbook model with exceljs (Node only; the only file of the
 * simulated host that may use Node or exceljs). Kept: values (dates as Excel serials, errors
 * as "#N/A" strings, rich text flattened), formulas with their cached results, number
 * formats, the common cell formats, column widths, merges, freeze panes, print titles,
 * orientation, visibility, tables and workbook-scoped defined names.
 */

import ExcelJS from "exceljs";
import { cellStore } from "./cell-store";
import {
  BorderEdge,
  BorderModel,
  CellFormat,
  CellModel,
  CellScalar,
  SheetModel,
  TableModel,
  WorkbookModel,
  createSheetModel,
  createWorkbookModel,
  newId,
} from "./model";

/** Excel serial number of a date (1900 date system, as exceljs reads it: UTC). */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

function scalar(v: unknown): CellScalar | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return o.error;
    if (Array.isArray(o.richText))
      return (o.richText as { text?: string }[]).map((t) => t.text ?? "").join("");
    if ("text" in o) return scalar(o.text);
    if ("result" in o) return scalar(o.result);
  }
  return String(v);
}

function color(c: Partial<ExcelJS.Color> | undefined): string | undefined {
  const argb = c?.argb;
  if (typeof argb !== "string" || argb.length < 6) return undefined;
  return `#${argb.slice(-6).toUpperCase()}`;
}

const H_ALIGN: Record<string, string> = {
  left: "Left",
  center: "Center",
  right: "Right",
  fill: "Fill",
  justify: "Justify",
  centerContinuous: "CenterAcrossSelection",
  distributed: "Distributed",
};
const V_ALIGN: Record<string, string> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
  justify: "Justify",
  distributed: "Distributed",
};
const BORDER_STYLE: Record<string, { style: string; weight: string }> = {
  thin: { style: "Continuous", weight: "Thin" },
  hair: { style: "Continuous", weight: "Hairline" },
  medium: { style: "Continuous", weight: "Medium" },
  thick: { style: "Continuous", weight: "Thick" },
  dotted: { style: "Dot", weight: "Thin" },
  dashed: { style: "Dash", weight: "Thin" },
  mediumDashed: { style: "Dash", weight: "Medium" },
  dashDot: { style: "DashDot", weight: "Thin" },
  mediumDashDot: { style: "DashDot", weight: "Medium" },
  dashDotDot: { style: "DashDotDot", weight: "Thin" },
  mediumDashDotDot: { style: "DashDotDot", weight: "Medium" },
  slantDashDot: { style: "SlantDashDot", weight: "Medium" },
  double: { style: "Double", weight: "Thick" },
};

function cellFormat(cell: ExcelJS.Cell): CellFormat | undefined {
  const f: CellFormat = {};
  const font = cell.font as Partial<ExcelJS.Font> | undefined;
  if (font?.bold) f.bold = true;
  if (font?.italic) f.italic = true;
  if (font?.underline) f.underline = font.underline === "double" ? "Double" : "Single";
  if (font?.strike) f.strikethrough = true;
  const fontColor = color(font?.color);
  if (fontColor && fontColor !== "#000000") f.fontColor = fontColor;
  if (font?.size && font.size !== 11) f.fontSize = font.size;
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === "pattern" && fill.pattern === "solid") {
    const c = color(fill.fgColor);
    if (c) f.fill = c;
  }
  const al = cell.alignment as Partial<ExcelJS.Alignment> | undefined;
  if (al?.horizontal && H_ALIGN[al.horizontal]) f.horizontalAlignment = H_ALIGN[al.horizontal];
  if (al?.vertical && V_ALIGN[al.vertical]) f.verticalAlignment = V_ALIGN[al.vertical];
  if (al?.wrapText) f.wrapText = true;
  if (al?.indent) f.indentLevel = al.indent;
  const b = cell.border as Partial<ExcelJS.Borders> | undefined;
  const edges: [keyof ExcelJS.Borders, BorderEdge][] = [
    ["top", "EdgeTop"],
    ["bottom", "EdgeBottom"],
    ["left", "EdgeLeft"],
    ["right", "EdgeRight"],
  ];
  for (const [side, edge] of edges) {
    const border = b?.[side] as Partial<ExcelJS.Border> | undefined;
    const kind = border?.style ? BORDER_STYLE[border.style] : undefined;
    if (!kind) continue;
    const model: BorderModel = { ...kind, color: color(border?.color) ?? "#000000" };
    f.borders = { ...f.borders, [edge]: model };
  }
  return Object.keys(f).length > 0 ? f : undefined;
}

function readCell(cell: ExcelJS.Cell): CellModel | null {
  const out: CellModel = {};
  const isSlave = cell.isMerged && cell.master.address !== cell.address;
  const v = cell.value as unknown;
  if (!isSlave && v !== null && v !== undefined) {
    const o = typeof v === "object" && !(v instanceof Date) ? (v as Record<string, unknown>) : null;
    if (o && ("formula" in o || "sharedFormula" in o)) {
      out.formula = `=${cell.formula}`;
      out.value = scalar(o.result);
    } else {
      out.value = scalar(v);
    }
  }
  if (cell.numFmt && cell.numFmt !== "General") out.numberFormat = cell.numFmt;
  const format = cellFormat(cell);
  if (format) out.format = format;
  return Object.keys(out).length > 0 ? out : null;
}

/** Width in Excel characters → points, as Office.js reports `format.columnWidth`. */
function widthToPoints(chars: number): number {
  return Math.round(Math.trunc(chars * 7 + 5) * 0.75 * 100) / 100;
}

interface LoadedTable {
  table?: {
    name?: string;
    displayName?: string;
    tableRef?: string;
    ref?: string;
    headerRow?: boolean;
    totalsRow?: boolean;
    style?: { theme?: string };
  };
}

function readSheet(model: WorkbookModel, ws: ExcelJS.Worksheet): SheetModel {
  const sheet = createSheetModel(model, ws.name);
  sheet.visibility = ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
  const cells = cellStore(sheet);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = readCell(cell);
      if (c) cells.put(rowNumber - 1, colNumber - 1, c);
    });
  });
  (ws.columns ?? []).forEach((col, i) => {
    if (col?.width) sheet.columnWidths[String(i)] = widthToPoints(col.width);
  });
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  sheet.merges = [...merges];
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  if (view?.state === "frozen" && ((view.xSplit ?? 0) > 0 || (view.ySplit ?? 0) > 0)) {
    sheet.freeze = { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 };
  }
  const titles = ws.pageSetup?.printTitlesRow;
  if (titles)
    sheet.printTitleRows = titles
      .split(":")
      .map((r) => `$${r.replace(/\$/g, "")}`)
      .join(":");
  if (ws.pageSetup?.orientation === "landscape") sheet.orientation = "Landscape";
  for (const t of ws.getTables() as unknown as LoadedTable[]) {
    const m = t.table;
    const ref = m?.tableRef ?? m?.ref;
    if (!m?.name || !ref) continue;
    const table: TableModel = {
      name: m.name,
      sheet: ws.name,
      address: ref.includes(":") ? ref : `${ref}:${ref}`,
      showHeaders: m.headerRow !== false,
      showTotals: m.totalsRow === true,
    };
    if (m.style?.theme) table.style = m.style.theme;
    model.tables.push(table);
  }
  return sheet;
}

/** Load an .xlsx file (path) or its bytes into a plain-JSON workbook model. */
export async function loadXlsxModel(
  source: string | Buffer | ArrayBuffer | Uint8Array,
): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  if (typeof source === "string") await wb.xlsx.readFile(source);
  else {
    const bytes = source instanceof ArrayBuffer ? new Uint8Array(source) : source;
    await wb.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  }
  const model = createWorkbookModel([]);
  for (const ws of wb.worksheets) model.sheets.push(readSheet(model, ws));
  for (const t of model.tables) t.id = newId(model);
  const names = (wb.definedNames.model ?? []) as { name: string; ranges: string[] }[];
  for (const n of names) {
    if (n.name.startsWith("_xlnm.") || n.ranges.length !== 1) continue;
    model.names.push({ name: n.name, formula: `=${n.ranges[0]}` });
  }
  const first = model.sheets.find((s) => s.visibility === "Visible") ?? model.sheets[0];
  model.activeSheet = first?.name ?? "";
  model.selection = first ? { sheet: first.name, address: "A1" } : null;
  return model;
}
