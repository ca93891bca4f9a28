/**
 * A declarative description of an output sheet: the one contract between the report builders
 * and the three writers (Office.js src/excel, exceljs src/xlsx, Word src/docx). The builders
 * decide everything — which sheet it is (`key`), what each row is (`roles`), which columns form
 * the report table (`tables`), formats and borders (the named styles), heights and the print
 * area; a writer only translates, so all three write the same sheet
 * (test/report/writers.test.ts compares them).
 */

/** Named styles; each host maps a name to its own format calls (see STYLES). */
export type StyleName =
  | "judul"
  | "subjudul"
  | "header"
  | "teks"
  | "teksTengah"
  | "isian"
  | "sasaran"
  | "sasaranTengah"
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
  /** A thin border on every edge of the cell, in this colour ("#RRGGBB"). */
  border?: string;
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

/**
 * A conditional format: cells of `range` whose value equals `equals` take the fill and font of
 * `style` (predikat colours that follow a live predikat formula).
 */
export interface ConditionalFormatSpec {
  range: string;
  equals: string;
  style: StyleName;
}

/** The stable identity of an output sheet: consumers match sheets by key, never by display name. */
export type SheetKey =
  | "realisasiKeuangan"
  | "capaianKinerja"
  | "perbandinganTahunan"
  | "perbandinganRenstra"
  | "standarNasional"
  | "analisisKeberhasilan"
  | "analisisEfisiensi"
  | "programPendukung"
  | "anggaranSasaran"
  | "narasi"
  | "temuan"
  | "rekapOpd"
  | "rekapAnggaran"
  | "rekapTemuan"
  | "ikuPemda"
  | "skalaPredikat";

/**
 * What a row is. `title` captions the table after it, `subtitle` and `note` are text around
 * the tables, `header` rows head a table (repeated on every printed page / Word page), `body`
 * and `total` rows are the table's content; `blank` has nothing in the report's columns (a
 * spacer, or a row holding only a chart's data or the scale block beside the table).
 */
export type RowRole = "title" | "subtitle" | "header" | "body" | "total" | "note" | "blank";

/** A report table of the sheet: rows `first`..`last` (1-based), the first `headerRows` of them its header. */
export interface TableSpec {
  first: number;
  last: number;
  headerRows: number;
  /** The table's columns, from column A; cells further right are not part of it. */
  columns: number;
}

export interface SheetSpec {
  key: SheetKey;
  /** Sheet name, at most 31 characters, none of : \ / ? * [ ]. */
  name: string;
  /** Rows from row 1 down; `null` leaves a cell empty. All rows are `columns.length` long. */
  rows: (CellSpec | null)[][];
  /** The role of each row (index 0 = row 1). */
  roles: RowRole[];
  /** The report tables, top to bottom (each a run of header, body and total rows). */
  tables: TableSpec[];
  /** Column widths in Excel character units, left to right. */
  columns: number[];
  /** Row heights in points where wrapped text needs more than one line (index 0 = row 1); null = default. */
  rowHeights: (number | null)[];
  /** Merged areas in A1 notation, e.g. "B5:B9". */
  merges: string[];
  /** Rows and columns kept in view while scrolling. */
  freeze: { rows: number; columns: number };
  /** Rows repeated at the top of every printed page, e.g. "4:4". */
  printTitles?: string;
  /** What prints, absolute on both axes ("$A$1:$G$59": LibreOffice drops "$A1:$G59"); null = the whole sheet. */
  printArea: string | null;
  landscape?: boolean;
  charts?: ChartSpec[];
  /** Leading table columns that go into the Word chapter; the rest are workbook notes (Rumus, Catatan). */
  wordColumns?: number;
  /** Columns (0-based) left out of the Word chapter, e.g. per-year predikat the seed does not print. */
  wordOmit?: number[];
  /** Leading rows that go into the Word chapter; rows after them stay in the workbook. */
  wordRows?: number;
  conditionalFormats?: ConditionalFormatSpec[];
}
