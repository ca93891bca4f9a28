/**
 * The plain-JSON workbook the simulated host reads and changes. Nothing here holds a class
 * or a function, so a model survives `JSON.stringify` and can be injected into a browser page.
 *
 * Coordinates are 0-based like Office.js's `rowIndex` / `columnIndex`: the cell key of B3 is
 * "2,1". Sheets are kept in tab order: a sheet's `position` is its index in `sheets`.
 * Tables, names, the selection and the active sheet refer to sheets by name.
 */

export type CellScalar = string | number | boolean;

export type BorderEdge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "DiagonalDown" | "DiagonalUp";

export interface BorderModel {
  /** Excel.BorderLineStyle: "Continuous", "Dash", … ("None" is stored as no border). */
  style: string;
  /** "#RRGGBB" */
  color: string;
  /** Excel.BorderWeight: "Hairline", "Thin", "Medium", "Thick". */
  weight: string;
}

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  /** Excel.RangeUnderlineStyle: "None", "Single", … */
  underline?: string;
  strikethrough?: boolean;
  /** "#RRGGBB" */
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  /** "#RRGGBB"; absent = no fill. */
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  indentLevel?: number;
  borders?: Partial<Record<BorderEdge, BorderModel>>;
}

export interface CellModel {
  /**
   * A constant value, or for a formula cell the cached result read from a file (the host
   * evaluates formulas itself; see formula-eval.ts). Errors are strings such as "#N/A".
   */
  value?: CellScalar | null;
  /** A formula in Excel's invariant (en-US) syntax, starting with "=". */
  formula?: string;
  /** Excel number format; absent = "General". "@" is text: what is typed stays text. */
  numberFormat?: string;
  format?: CellFormat;
  /**
   * A formula cell whose shown value is `value`, held since calculation was suspended or the
   * workbook is in manual mode; it changes only when the cell is recalculated.
   */
  stale?: boolean;
}

export interface ChartSeriesModel {
  /** Series name; "Series1", "Series2", … when the source gave none. */
  name: string;
  /** Values with sheet, e.g. "Ringkasan!B2:B3"; null until set (a series added without values). */
  values: string | null;
  /** Category (x-axis) labels with sheet; null = 1, 2, 3 … */
  xValues: string | null;
  /** Excel.ChartType of this series when it differs from the chart's (e.g. "Line" in a combo). */
  chartType?: string;
}

export interface ChartModel {
  id?: string;
  name: string;
  /** Excel.ChartType value, e.g. "ColumnClustered". */
  type: string;
  /** Source data address with sheet, e.g. "Ringkasan!A1:C5". */
  source: string;
  /** "Auto" | "Columns" | "Rows" */
  seriesBy: string;
  title: string | null;
  /** Cells the chart spans, from setPosition(start, end). */
  position: { start: string; end: string | null } | null;
  legend?: { visible: boolean; position: string };
  /**
   * The series, in order: made from the source by charts.add (one per column or row, the
   * first text column/row as categories/names), then series.add. Absent in older models.
   */
  series?: ChartSeriesModel[];
  /** axes.valueAxis.title.text / axes.categoryAxis.title.text; absent or null = no title. */
  valueAxisTitle?: string | null;
  categoryAxisTitle?: string | null;
  /** Size and place in points, when set through top/left/width/height. */
  top?: number;
  left?: number;
  width?: number;
  height?: number;
}

export interface CustomPropertyModel {
  key: string;
  value: string;
}

export interface SheetModel {
  /** Stable id, e.g. "{00000000-0001-0000-0000-000000000000}". */
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** A protected sheet rejects changes to its cells with AccessDenied. */
  protected?: boolean;
  /** Sparse: key "row,col" (0-based). */
  cells: Record<string, CellModel>;
  /** Column index → width in points (Office.js `format.columnWidth`). */
  columnWidths: Record<string, number>;
  /** Row index → height in points. */
  rowHeights: Record<string, number>;
  /** Merged areas, A1 without sheet, e.g. "B5:B9". */
  merges: string[];
  freeze: { rows: number; columns: number } | null;
  /** Rows repeated on every printed page, e.g. "$4:$4". */
  printTitleRows: string | null;
  printTitleColumns?: string | null;
  printArea?: string | null;
  orientation?: "Portrait" | "Landscape";
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } | null;
  showGridlines?: boolean;
  tabColor?: string;
  customProperties: CustomPropertyModel[];
  charts: ChartModel[];
  /** Conditional formats in the order added (api/conditional-format.ts). */
  conditionalFormats?: ConditionalFormatModel[];
}

export interface ConditionalFormatModel {
  /** A1 without sheet, e.g. "H5:H13". */
  range: string;
  type: string;
  rule?: { formula1: string; formula2?: string; operator: string };
  fill?: string;
  fontColor?: string;
  bold?: boolean;
}

export interface TableModel {
  name: string;
  id?: string;
  sheet: string;
  /** The whole table, header row included (when showHeaders), e.g. "A1:F12". */
  address: string;
  showHeaders: boolean;
  showTotals?: boolean;
  style?: string;
}

export interface NamedItemModel {
  name: string;
  /** "=Sheet1!$A$1:$B$3", or a constant formula like "=42". */
  formula: string;
  comment?: string;
  visible?: boolean;
}

export interface WorkbookModel {
  sheets: SheetModel[];
  tables: TableModel[];
  names: NamedItemModel[];
  /** Name of the active sheet. */
  activeSheet: string;
  /** The selected range (address without sheet), on `selection.sheet`. */
  selection: { sheet: string; address: string } | null;
  /** The user is typing in a cell: syncs fail unless the run set delayForCellEdit. */
  cellEditMode?: boolean;
  /** Application.calculationMode; absent = "Automatic". */
  calculationMode?: "Automatic" | "AutomaticExceptTables" | "Manual";
  /** Counter for ids of sheets, tables and charts. */
  nextId?: number;
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function parseCellKey(key: string): { row: number; col: number } {
  const comma = key.indexOf(",");
  return { row: Number(key.slice(0, comma)), col: Number(key.slice(comma + 1)) };
}

/** A new GUID-like id, as Office.js uses for sheets, tables and charts. */
export function newId(model: WorkbookModel): string {
  const n = model.nextId ?? 1;
  model.nextId = n + 1;
  return `{00000000-${n.toString(16).toUpperCase().padStart(4, "0")}-0000-0000-000000000000}`;
}

export function createSheetModel(model: WorkbookModel, name: string): SheetModel {
  return {
    id: newId(model),
    name,
    visibility: "Visible",
    cells: {},
    columnWidths: {},
    rowHeights: {},
    merges: [],
    freeze: null,
    printTitleRows: null,
    customProperties: [],
    charts: [],
  };
}

/** A workbook with the given sheets (default one "Sheet1"); the first one is active. */
export function createWorkbookModel(sheetNames: string[] = ["Sheet1"]): WorkbookModel {
  const model: WorkbookModel = {
    sheets: [],
    tables: [],
    names: [],
    activeSheet: "",
    selection: null,
    nextId: 1,
  };
  for (const name of sheetNames) model.sheets.push(createSheetModel(model, name));
  model.activeSheet = model.sheets[0]?.name ?? "";
  if (model.activeSheet) model.selection = { sheet: model.activeSheet, address: "A1" };
  return model;
}

export function findSheet(model: WorkbookModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return model.sheets.find((s) => s.name.toLowerCase() === lower);
}

export function findSheetById(model: WorkbookModel, id: string): SheetModel | undefined {
  return model.sheets.find((s) => s.id === id);
}

export function findTable(model: WorkbookModel, name: string): TableModel | undefined {
  const lower = name.toLowerCase();
  return model.tables.find((t) => t.name.toLowerCase() === lower);
}

/** Replace every field of `target` with those of `source` (keeps the object identity). */
export function restoreModel(target: WorkbookModel, source: WorkbookModel): void {
  for (const key of Object.keys(target) as (keyof WorkbookModel)[]) delete target[key];
  Object.assign(target, source);
}
