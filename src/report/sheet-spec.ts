/**
 * A declarative description of an output sheet. The report builders produce it from an
 * Analysis; the hosts (Office.js, exceljs) only translate it, so both write the same sheet.
 */

/** Named styles; each host maps a name to its own format calls (see STYLES). */
export type StyleName =
  | "judul"
  | "subjudul"
  | "header"
  | "teks"
  | "teksTengah"
  | "sasaran"
  | "program"
  | "kegiatan"
  | "subKegiatan"
  | "uang"
  | "uangTebal"
  | "persen"
  | "persenTebal"
  | "angka"
  | "angkaBulat"
  | "total"
  | "totalUang"
  | "totalPersen"
  | "tautan"
  | "predikat1"
  | "predikat2"
  | "predikat3"
  | "predikat4"
  | "predikat5"
  | "predikatLuar"
  | "tingkatError"
  | "tingkatPeringatan"
  | "tingkatInfo";

export interface CellSpec {
  /** The value, or the cached result when `formula` is set. Text is always written as text. */
  value: string | number | boolean | null;
  /** A formula in Excel's English (invariant) syntax, starting with "=". */
  formula?: string;
  style?: StyleName;
}

export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center";
  wrap?: boolean;
  indent?: number;
  border?: boolean;
  numberFormat?: string;
  underline?: boolean;
}

/**
 * A native chart over the sheet's own cells. Hosts that cannot draw charts (exceljs) skip it
 * and say so; Office.js draws it with `worksheet.charts.add`.
 */
export interface ChartSpec {
  /** Excel.ChartType of the main series, e.g. "ColumnClustered" or "BarClustered". */
  type: "ColumnClustered" | "BarClustered";
  title: string;
  /** Category labels, one column, e.g. "C6:C10" (on this sheet). */
  categories: string;
  /** Value series, each one column of the same length as `categories`. */
  series: {
    name: string;
    values: string;
    /** Drawn as a line over the columns (e.g. the 100 % reference). */
    line?: boolean;
  }[];
  /** Where the chart sits: the top-left and bottom-right cells it spans. */
  from: string;
  to: string;
  /** Value axis title, e.g. "%". */
  valueAxisTitle?: string;
}

export interface SheetSpec {
  /** Sheet name, at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  /** Rows from row 1 down; `null` leaves a cell empty. All rows are `columns.length` long. */
  rows: (CellSpec | null)[][];
  /** Column widths in Excel character units, left to right. */
  columns: number[];
  /** Row heights in points where wrapped text needs more than one line (index 0 = row 1); null = default. */
  rowHeights?: (number | null)[];
  /** Merged areas in A1 notation, e.g. "B5:B9". */
  merges: string[];
  /** Rows and columns kept in view while scrolling. */
  freeze: { rows: number; columns: number };
  /** Rows repeated at the top of every printed page, e.g. "4:4". */
  printTitles?: string;
  landscape?: boolean;
  charts?: ChartSpec[];
  /** Columns that form the report table; columns after them hold a chart's data (not for print or Word). */
  tableColumns?: number;
}

export interface StyledSheet {
  sheet: SheetSpec;
  styles: Record<StyleName, StyleSpec>;
}
