/**
 * The smaller objects hanging off a worksheet: freeze panes (ExcelApi 1.7), page layout
 * (1.9: orientation, zoom, print titles, print area) and protection (1.2).
 */

import { MAX_COLUMNS, MAX_ROWS, Rect, formatRect } from "../address";
import { SimObject, defineType } from "../client-object";
import type { SimRequestContext } from "../context";
import { PageOrientation, enumValues } from "../enums";
import { richError } from "../errors";
import { SheetModel } from "../model";
import { checkEnum, checkNumber } from "../validate";
import { Range } from "./range";
import { RangeAreas } from "./range-areas";
import { Worksheet, rectOnSheet } from "./worksheet";

abstract class SheetPart extends SimObject {
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

  _sheet(): SheetModel {
    return this._target() as SheetModel;
  }

  /** A Range or address argument as a rectangle of this sheet. */
  _rectOf(arg: Range | string): Rect {
    const sheet = this._sheet();
    if (typeof arg === "string") return rectOnSheet(this.context._host.model, sheet, arg);
    const loc = arg._loc();
    if (loc.sheet.id !== sheet.id) throw richError("InvalidArgument", "the range is on another sheet");
    return loc.rect;
  }
}

export class WorksheetFreezePanes extends SheetPart {
  private _freeze(rows: number | null, columns: number | null): void {
    const sheet = this._sheet();
    const cur = sheet.freeze ?? { rows: 0, columns: 0 };
    const next = { rows: rows ?? cur.rows, columns: columns ?? cur.columns };
    sheet.freeze = next.rows === 0 && next.columns === 0 ? null : next;
  }

  /** Freeze the top `count` rows (0 unfreezes rows); frozen columns stay as they are. */
  freezeRows(count?: number): void {
    this._call("freezeRows", count === undefined ? [] : [count], () => {
      this._freeze(checkNumber(count ?? 1, "freezeRows", 0, MAX_ROWS - 1, true), null);
    });
  }

  /** Freeze the left `count` columns (0 unfreezes columns); frozen rows stay as they are. */
  freezeColumns(count?: number): void {
    this._call("freezeColumns", count === undefined ? [] : [count], () => {
      this._freeze(null, checkNumber(count ?? 1, "freezeColumns", 0, MAX_COLUMNS - 1, true));
    });
  }

  /** Freeze the cells of `frozenRange` in the top-left pane: its rows and columns from A1. */
  freezeAt(frozenRange: Range | string): void {
    this._call("freezeAt", [frozenRange], () => {
      const r = this._rectOf(frozenRange);
      const wholeRows = r.c0 === 0 && r.c1 === MAX_COLUMNS - 1;
      const wholeColumns = r.r0 === 0 && r.r1 === MAX_ROWS - 1;
      this._freeze(wholeColumns ? 0 : r.r1 + 1, wholeRows ? 0 : r.c1 + 1);
    });
  }

  unfreeze(): void {
    this._call("unfreeze", [], () => {
      this._sheet().freeze = null;
    });
  }

  getLocationOrNullObject(): Range {
    const range = new Range(
      this.context,
      `${this._path}.getLocationOrNullObject()`,
      () => {
        const sheet = this._sheet();
        const f = sheet.freeze;
        if (!f) return null;
        const rect = {
          r0: 0,
          c0: 0,
          r1: f.rows === 0 ? MAX_ROWS - 1 : f.rows - 1,
          c1: f.columns === 0 ? MAX_COLUMNS - 1 : f.columns - 1,
        };
        return { sheet, rect };
      },
      this._api,
      this._sheetProxy,
    );
    range._queueNullCheck();
    return range;
  }
}
defineType(WorksheetFreezePanes, { name: "WorksheetFreezePanes", api: "1.7", navs: [], scalars: {} });

function rowsOf(r: Rect): string {
  return formatRect({ r0: r.r0, r1: r.r1, c0: 0, c1: MAX_COLUMNS - 1 }, true);
}

function columnsOf(r: Rect): string {
  return formatRect({ r0: 0, r1: MAX_ROWS - 1, c0: r.c0, c1: r.c1 }, true);
}

export class PageLayout extends SheetPart {
  declare orientation: string;
  declare zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };

  /** Rows repeated at the top of each printed page; stored as whole rows, e.g. "$4:$4". */
  setPrintTitleRows(printTitleRows: Range | string): void {
    this._call("setPrintTitleRows", [printTitleRows], () => {
      this._sheet().printTitleRows = rowsOf(this._rectOf(printTitleRows));
    });
  }

  setPrintTitleColumns(printTitleColumns: Range | string): void {
    this._call("setPrintTitleColumns", [printTitleColumns], () => {
      this._sheet().printTitleColumns = columnsOf(this._rectOf(printTitleColumns));
    });
  }

  setPrintArea(printArea: Range | RangeAreas | string): void {
    this._call("setPrintArea", [printArea], () => {
      const sheet = this._sheet();
      if (printArea instanceof RangeAreas) {
        sheet.printArea = printArea
          ._resolve()
          .rects.map((r) => formatRect(r, true))
          .join(",");
      } else sheet.printArea = formatRect(this._rectOf(printArea), true);
    });
  }

  getPrintTitleRowsOrNullObject(): Range {
    const range = new Range(
      this.context,
      `${this._path}.getPrintTitleRowsOrNullObject()`,
      () => {
        const sheet = this._sheet();
        return sheet.printTitleRows
          ? { sheet, rect: rectOnSheet(this.context._host.model, sheet, sheet.printTitleRows) }
          : null;
      },
      this._api,
      this._sheetProxy,
    );
    range._queueNullCheck();
    return range;
  }
}
defineType(PageLayout, {
  name: "PageLayout",
  api: "1.9",
  navs: [],
  scalars: {
    orientation: {
      get: (o: PageLayout) => o._sheet().orientation ?? "Portrait",
      set: (o: PageLayout, v: unknown) => {
        o._sheet().orientation = checkEnum(v, enumValues(PageOrientation), "pageLayout.orientation") as
          "Portrait" | "Landscape";
      },
    },
    zoom: {
      get: (o: PageLayout) => o._sheet().zoom ?? { scale: 100 },
      set: (o: PageLayout, v: unknown) => {
        if (typeof v !== "object" || v === null)
          throw richError("InvalidArgument", "pageLayout.zoom must be an object");
        const z = v as Record<string, unknown>;
        const out: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } = {};
        if (z.scale !== undefined) out.scale = checkNumber(z.scale, "zoom.scale", 10, 400);
        if (z.horizontalFitToPages !== undefined)
          out.horizontalFitToPages = checkNumber(
            z.horizontalFitToPages,
            "zoom.horizontalFitToPages",
            0,
            32767,
            true,
          );
        if (z.verticalFitToPages !== undefined)
          out.verticalFitToPages = checkNumber(
            z.verticalFitToPages,
            "zoom.verticalFitToPages",
            0,
            32767,
            true,
          );
        o._sheet().zoom = out;
      },
    },
  },
});

export class WorksheetProtection extends SheetPart {
  declare readonly protected: boolean;

  protect(options?: unknown, password?: string): void {
    const args = [options, password].filter((a) => a !== undefined);
    this._call("protect", args, () => {
      const sheet = this._sheet();
      if (sheet.protected) throw richError("InvalidOperation", "the sheet is already protected");
      sheet.protected = true;
    });
  }

  unprotect(password?: string): void {
    this._call("unprotect", password === undefined ? [] : [password], () => {
      this._sheet().protected = false;
    });
  }
}
defineType(WorksheetProtection, {
  name: "WorksheetProtection",
  api: "1.2",
  navs: [],
  scalars: { protected: { get: (o: WorksheetProtection) => o._sheet().protected === true } },
});
