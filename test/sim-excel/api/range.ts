/**
 * Excel.Range: values, formulas and number formats written as 2-D arrays of the range's exact
 * shape (or one value for every cell), read back evaluated; navigation to other ranges;
 * merge, clear, select.
 */

import {
  MAX_COLUMNS,
  MAX_ROWS,
  Rect,
  formatAddress,
  parseAddress,
  rectColumns,
  rectIntersection,
  rectRows,
} from "../address";
import { contentRect, recalculate } from "../calc";
import {
  readFormula,
  readNumberFormat,
  readText,
  readValue,
  readValueType,
  writeCell,
  writeNumberFormat,
} from "../cells";
import { SimObject, defineType } from "../client-object";
import type { SimRequestContext } from "../context";
import { richError } from "../errors";
import { shiftFormula } from "../formula-parser";
import { SheetModel, findSheetById } from "../model";
import { ClearApplyTo, CopyType, clear, copyRect, merge, unmerge } from "../range-ops";
import { activateSheet, checkEditable } from "../sheets";
import { enumValues, ClearApplyTo as ClearApplyToEnum } from "../enums";
import { checkEnum } from "../validate";
import { RangeFormat } from "./range-format";
import { ConditionalFormatCollection } from "./conditional-format";
import { Worksheet } from "./worksheet";

export interface RangeLocation {
  sheet: SheetModel;
  rect: Rect;
}

/** Where a range is, computed at sync; null only for a *OrNullObject range. */
export type LocateRange = () => RangeLocation | null;

const SHAPE_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

function checkRect(r: Rect): Rect {
  if (r.r0 < 0 || r.c0 < 0 || r.r1 >= MAX_ROWS || r.c1 >= MAX_COLUMNS || r.r0 > r.r1 || r.c0 > r.c1) {
    throw richError("InvalidArgument", "the range would fall outside the sheet");
  }
  return r;
}

/** The element of `input` for cell (i, j): a 2-D array of the exact shape, or one value for all. */
function shaped(input: unknown, rect: Rect, what: string): (i: number, j: number) => unknown {
  if (!Array.isArray(input)) {
    if (typeof input === "object" && input !== null)
      throw richError("InvalidArgument", `${what} must be a 2-D array`);
    return () => input;
  }
  const rows = rectRows(rect);
  const cols = rectColumns(rect);
  if (input.length !== rows || !input.every((row) => Array.isArray(row) && row.length === cols)) {
    const got = `${input.length}×${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw richError("InvalidArgument", `${SHAPE_MESSAGE} ${what}: got ${got}, range is ${rows}×${cols}`);
  }
  return (i, j) => (input[i] as unknown[])[j];
}

function grid<T>(rect: Rect, f: (row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line: T[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) line.push(f(r, c));
    out.push(line);
  }
  return out;
}

export class Range extends SimObject {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare values: unknown[][];
  declare formulas: unknown[][];
  declare formulasLocal: unknown[][];
  declare numberFormat: unknown[][];
  declare numberFormatLocal: unknown[][];
  declare readonly text: string[][];
  declare readonly valueTypes: string[][];
  declare readonly isEntireColumn: boolean;
  declare readonly isEntireRow: boolean;
  private _format?: RangeFormat;
  private _conditionalFormats?: ConditionalFormatCollection;
  private _bound?: { sheetId: string; rect: Rect } | null;

  constructor(
    context: SimRequestContext,
    path: string,
    private readonly _locate: LocateRange,
    api?: string,
    private _sheetProxy?: Worksheet,
  ) {
    super(context, path, api);
  }

  /** Resolved once, on first use at a sync (like an object path), then kept. */
  _resolve(): RangeLocation | null {
    if (this._bound === undefined) {
      const loc = this._locate();
      this._bound = loc ? { sheetId: loc.sheet.id, rect: checkRect(loc.rect) } : null;
    }
    if (this._bound === null) return null;
    const sheet = findSheetById(this.context._host.model, this._bound.sheetId);
    if (!sheet) throw richError("ItemNotFound", "the range's worksheet was deleted");
    return { sheet, rect: this._bound.rect };
  }

  _loc(): RangeLocation {
    return this._target() as RangeLocation;
  }

  /** ExcelApi 1.6. */
  get conditionalFormats(): ConditionalFormatCollection {
    return (this._conditionalFormats ??= new ConditionalFormatCollection(
      this.context,
      `${this._path}.conditionalFormats`,
      () => this._loc(),
      this._api,
    ));
  }

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(
      this.context,
      `${this._path}.format`,
      () => {
        const l = this._resolve();
        return l ? { sheet: l.sheet, rects: [l.rect] } : null;
      },
      this._api,
    ));
  }

  get worksheet(): Worksheet {
    return (this._sheetProxy ??= Worksheet._located(
      this.context,
      `${this._path}.worksheet`,
      () => this._loc().sheet,
    ));
  }

  /** A range derived from this one at sync. */
  _derive(method: string, args: unknown[], f: (loc: RangeLocation) => Rect | null, api?: string): Range {
    const path = `${this._path}.${method}(${args.map((a) => (a instanceof SimObject ? a._path : JSON.stringify(a))).join(", ")})`;
    return new Range(
      this.context,
      path,
      () => {
        this.context._requireApi(api, `Range.${method}`);
        const loc = this._loc();
        const rect = f(loc);
        return rect ? { sheet: loc.sheet, rect } : null;
      },
      this._api,
      this._sheetProxy,
    );
  }

  getCell(row: number, column: number): Range {
    return this._derive("getCell", [row, column], ({ rect }) => ({
      r0: rect.r0 + row,
      c0: rect.c0 + column,
      r1: rect.r0 + row,
      c1: rect.c0 + column,
    }));
  }

  getRow(row: number): Range {
    return this._derive("getRow", [row], ({ rect }) => {
      if (row < 0 || row >= rectRows(rect))
        throw richError("InvalidArgument", `row ${row} is outside the range`);
      return { ...rect, r0: rect.r0 + row, r1: rect.r0 + row };
    });
  }

  getColumn(column: number): Range {
    return this._derive("getColumn", [column], ({ rect }) => {
      if (column < 0 || column >= rectColumns(rect))
        throw richError("InvalidArgument", `column ${column} is outside the range`);
      return { ...rect, c0: rect.c0 + column, c1: rect.c0 + column };
    });
  }

  getEntireColumn(): Range {
    return this._derive("getEntireColumn", [], ({ rect }) => ({ ...rect, r0: 0, r1: MAX_ROWS - 1 }));
  }

  getEntireRow(): Range {
    return this._derive("getEntireRow", [], ({ rect }) => ({ ...rect, c0: 0, c1: MAX_COLUMNS - 1 }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this._derive("getOffsetRange", [rowOffset, columnOffset], ({ rect }) => ({
      r0: rect.r0 + rowOffset,
      r1: rect.r1 + rowOffset,
      c0: rect.c0 + columnOffset,
      c1: rect.c1 + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this._derive(
      "getResizedRange",
      [deltaRows, deltaColumns],
      ({ rect }) => ({ ...rect, r1: rect.r1 + deltaRows, c1: rect.c1 + deltaColumns }),
      "1.2",
    );
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this._derive(
      "getAbsoluteResizedRange",
      [numRows, numColumns],
      ({ rect }) => ({ ...rect, r1: rect.r0 + numRows - 1, c1: rect.c0 + numColumns - 1 }),
      "1.7",
    );
  }

  getLastCell(): Range {
    return this._derive("getLastCell", [], ({ rect }) => ({
      r0: rect.r1,
      c0: rect.c1,
      r1: rect.r1,
      c1: rect.c1,
    }));
  }

  getLastRow(): Range {
    return this._derive("getLastRow", [], ({ rect }) => ({ ...rect, r0: rect.r1 }));
  }

  getLastColumn(): Range {
    return this._derive("getLastColumn", [], ({ rect }) => ({ ...rect, c0: rect.c1 }));
  }

  /** Another range given as a Range or an address on this range's sheet. */
  private _other(loc: RangeLocation, other: Range | string): Rect {
    if (typeof other === "string") {
      const a = parseAddress(other);
      if (!a) throw richError("InvalidArgument", `bad address ${other}`);
      return a.rect;
    }
    const o = other._loc();
    if (o.sheet.id !== loc.sheet.id) throw richError("InvalidArgument", "the ranges are on different sheets");
    return o.rect;
  }

  getBoundingRect(anotherRange: Range | string): Range {
    return this._derive("getBoundingRect", [anotherRange], (loc) => {
      const o = this._other(loc, anotherRange);
      const r = loc.rect;
      return {
        r0: Math.min(r.r0, o.r0),
        c0: Math.min(r.c0, o.c0),
        r1: Math.max(r.r1, o.r1),
        c1: Math.max(r.c1, o.c1),
      };
    });
  }

  getIntersection(anotherRange: Range | string): Range {
    return this._derive("getIntersection", [anotherRange], (loc) => {
      const i = rectIntersection(loc.rect, this._other(loc, anotherRange));
      if (!i) throw richError("ItemNotFound", "the ranges do not intersect");
      return i;
    });
  }

  getIntersectionOrNullObject(anotherRange: Range | string): Range {
    const r = this._derive(
      "getIntersectionOrNullObject",
      [anotherRange],
      (loc) => rectIntersection(loc.rect, this._other(loc, anotherRange)),
      "1.4",
    );
    r._queueNullCheck();
    return r;
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return this._derive(
      "getUsedRange",
      valuesOnly === undefined ? [] : [valuesOnly],
      (loc) => {
        const used = contentRect(loc.sheet, !valuesOnly);
        const i = used ? rectIntersection(loc.rect, used) : null;
        if (!i) throw richError("ItemNotFound", "the range is empty");
        return i;
      },
      "1.2",
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    const r = this._derive(
      "getUsedRangeOrNullObject",
      valuesOnly === undefined ? [] : [valuesOnly],
      (loc) => {
        const used = contentRect(loc.sheet, !valuesOnly);
        return used ? rectIntersection(loc.rect, used) : null;
      },
      "1.4",
    );
    r._queueNullCheck();
    return r;
  }

  merge(across?: boolean): void {
    this._call(
      "merge",
      across === undefined ? [] : [across],
      () => {
        const { sheet, rect } = this._loc();
        checkEditable(sheet);
        merge(this.context._host.model, sheet, rect, across === true);
      },
      "1.2",
    );
  }

  unmerge(): void {
    this._call(
      "unmerge",
      [],
      () => {
        const { sheet, rect } = this._loc();
        checkEditable(sheet);
        unmerge(sheet, rect);
      },
      "1.2",
    );
  }

  clear(applyTo?: string): void {
    this._call("clear", applyTo === undefined ? [] : [applyTo], () => {
      const { sheet, rect } = this._loc();
      checkEditable(sheet);
      const how =
        applyTo === undefined
          ? "All"
          : (checkEnum(applyTo, enumValues(ClearApplyToEnum), "clear") as ClearApplyTo);
      clear(sheet, [rect], how);
    });
  }

  select(): void {
    this._call("select", [], () => {
      const { sheet, rect } = this._loc();
      const model = this.context._host.model;
      activateSheet(model, sheet);
      model.selection = {
        sheet: sheet.name,
        address: formatAddress(sheet.name, rect).split("!").pop() ?? "",
      };
    });
  }

  /** ExcelApi 1.9; from a Range (a RangeAreas or an address string is not simulated). */
  copyFrom(source: Range, copyType: string = "All", skipBlanks = false, transpose = false): void {
    this._call(
      "copyFrom",
      [source instanceof Range ? source._path : source, copyType, skipBlanks, transpose],
      () => {
        if (!(source instanceof Range))
          throw richError("InvalidArgument", "copyFrom: the simulated host copies from a Range only");
        if (skipBlanks || transpose)
          throw richError("InvalidArgument", "copyFrom: skipBlanks/transpose not simulated");
        const type = checkEnum(
          copyType,
          new Set(["All", "Formulas", "Values", "Formats"]),
          "copyType",
        ) as CopyType;
        const from = source._loc();
        const to = this._loc();
        checkEditable(to.sheet);
        const calc = this.context._calc();
        copyRect(from, to, type, (r, c) => {
          const v = readValue(calc, from.sheet, r, c);
          return v === "" ? null : v;
        });
      },
      "1.9",
    );
  }

  calculate(): void {
    this._call(
      "calculate",
      [],
      () => {
        const { sheet, rect } = this._loc();
        recalculate(
          this.context._host.model,
          (_, r, c) => r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1,
          [sheet],
        );
      },
      "1.6",
    );
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

// ---- scalar properties ---------------------------------------------------------------

function gridOf(o: Range, f: (loc: RangeLocation, row: number, col: number) => unknown): unknown[][] {
  const loc = o._loc();
  return grid(loc.rect, (r, c) => f(loc, r, c));
}

function writeValues(o: Range, v: unknown, what: string): void {
  const { sheet, rect } = o._loc();
  checkEditable(sheet);
  const at = shaped(v, rect, what);
  for (let i = 0; i < rectRows(rect); i++) {
    for (let j = 0; j < rectColumns(rect); j++) writeCell(sheet, rect.r0 + i, rect.c0 + j, at(i, j));
  }
}

/** One formula for many cells moves its relative references, as filling does. */
function writeFormulas(o: Range, v: unknown): void {
  if (Array.isArray(v) || typeof v !== "string" || !v.startsWith("=")) {
    writeValues(o, v, "formulas");
    return;
  }
  const { sheet, rect } = o._loc();
  checkEditable(sheet);
  for (let i = 0; i < rectRows(rect); i++) {
    for (let j = 0; j < rectColumns(rect); j++) {
      let f: string;
      try {
        f = shiftFormula(v, i, j);
      } catch {
        f = v;
      }
      writeCell(sheet, rect.r0 + i, rect.c0 + j, f);
    }
  }
}

function writeNumberFormats(o: Range, v: unknown): void {
  const { sheet, rect } = o._loc();
  checkEditable(sheet);
  const at = shaped(v, rect, "numberFormat");
  for (let i = 0; i < rectRows(rect); i++) {
    for (let j = 0; j < rectColumns(rect); j++) writeNumberFormat(sheet, rect.r0 + i, rect.c0 + j, at(i, j));
  }
}

defineType(Range, {
  name: "Range",
  navs: ["format", "worksheet"],
  scalars: {
    address: { get: (o: Range) => formatAddress(o._loc().sheet.name, o._loc().rect) },
    addressLocal: { get: (o: Range) => formatAddress(o._loc().sheet.name, o._loc().rect) },
    rowCount: { get: (o: Range) => rectRows(o._loc().rect) },
    columnCount: { get: (o: Range) => rectColumns(o._loc().rect) },
    cellCount: { get: (o: Range) => rectRows(o._loc().rect) * rectColumns(o._loc().rect) },
    rowIndex: { get: (o: Range) => o._loc().rect.r0 },
    columnIndex: { get: (o: Range) => o._loc().rect.c0 },
    isEntireColumn: {
      get: (o: Range) => o._loc().rect.r0 === 0 && o._loc().rect.r1 === MAX_ROWS - 1,
      api: "1.7",
    },
    isEntireRow: {
      get: (o: Range) => o._loc().rect.c0 === 0 && o._loc().rect.c1 === MAX_COLUMNS - 1,
      api: "1.7",
    },
    values: {
      get: (o: Range) => {
        const calc = o.context._calc();
        return gridOf(o, (l, r, c) => readValue(calc, l.sheet, r, c));
      },
      set: (o: Range, v: unknown) => writeValues(o, v, "values"),
    },
    formulas: {
      get: (o: Range) => gridOf(o, (l, r, c) => readFormula(l.sheet, r, c)),
      set: (o: Range, v: unknown) => writeFormulas(o, v),
    },
    formulasLocal: {
      get: (o: Range) => gridOf(o, (l, r, c) => readFormula(l.sheet, r, c)),
      set: (o: Range, v: unknown) => writeFormulas(o, v),
    },
    numberFormat: {
      get: (o: Range) => gridOf(o, (l, r, c) => readNumberFormat(l.sheet, r, c)),
      set: (o: Range, v: unknown) => writeNumberFormats(o, v),
    },
    numberFormatLocal: {
      get: (o: Range) => gridOf(o, (l, r, c) => readNumberFormat(l.sheet, r, c)),
      set: (o: Range, v: unknown) => writeNumberFormats(o, v),
      api: "1.7",
    },
    text: {
      get: (o: Range) => {
        const calc = o.context._calc();
        return gridOf(o, (l, r, c) => readText(calc, l.sheet, r, c, o.context._host.locale));
      },
    },
    valueTypes: {
      get: (o: Range) => {
        const calc = o.context._calc();
        return gridOf(o, (l, r, c) => readValueType(calc, l.sheet, r, c));
      },
    },
  },
});
