/**
 * Excel.Worksheet and Excel.WorksheetCollection. A worksheet proxy finds its sheet at the
 * first sync that uses it (by name or id, the active one, or the one `add` created) and then
 * keeps to that sheet by id, so renaming it in the same batch is fine.
 */

import { MAX_COLUMNS, MAX_ROWS, Rect, parseAddress } from "../address";
import { contentRect, recalculate } from "../calc";
import { SimCollection, SimObject, defineType, resultCall } from "../client-object";
import type { SimRequestContext } from "../context";
import { richError } from "../errors";
import { SheetModel, WorkbookModel, findSheet, findSheetById } from "../model";
import { activateSheet, addSheet, deleteSheet, moveSheet, renameSheet, setVisibility } from "../sheets";
import { normalizeColor, checkBoolean } from "../validate";
import { ChartCollection } from "./chart";
import { WorksheetCustomPropertyCollection } from "./custom-properties";
import { Range } from "./range";
import { areaSeparator } from "../locale";
import { RangeAreas, splitAddressList } from "./range-areas";
import { TableCollection } from "./table";
import { PageLayout, WorksheetFreezePanes, WorksheetProtection } from "./worksheet-parts";

type SheetKey =
  | { kind: "key"; key: string }
  | { kind: "active" }
  | { kind: "added" }
  | { kind: "locate"; find: () => SheetModel };

/** Resolve an address on `sheet` (a named item's reference works too). */
export function rectOnSheet(model: WorkbookModel, sheet: SheetModel, address: string | undefined): Rect {
  if (address === undefined || address === "") return { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 };
  let a = parseAddress(address);
  if (!a) {
    const name = model.names.find((n) => n.name.toLowerCase() === address.trim().toLowerCase());
    a = name ? parseAddress(name.formula.replace(/^=/, "")) : null;
  }
  if (!a) throw richError("InvalidArgument", `"${address}" is not a valid address`);
  if (a.sheet !== undefined && a.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
    throw richError("InvalidArgument", `"${address}" is not on sheet "${sheet.name}"`);
  }
  return a.rect;
}

export class Worksheet extends SimObject {
  declare name: string;
  declare readonly id: string;
  declare position: number;
  declare visibility: string;
  declare tabColor: string;
  declare showGridlines: boolean;
  _sheetId?: string;
  private _parts: Record<string, SimObject> = {};

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _key: SheetKey,
    readonly _orNull = false,
    api?: string,
  ) {
    super(context, path, api);
  }

  static _located(context: SimRequestContext, path: string, find: () => SheetModel): Worksheet {
    return new Worksheet(context, path, { kind: "locate", find });
  }

  _resolve(): SheetModel | null {
    const model = this.context._host.model;
    let sheet: SheetModel | undefined;
    if (this._sheetId !== undefined) sheet = findSheetById(model, this._sheetId);
    else if (this._key.kind === "key")
      sheet = findSheet(model, this._key.key) ?? findSheetById(model, this._key.key);
    else if (this._key.kind === "active") sheet = findSheet(model, model.activeSheet);
    else if (this._key.kind === "locate") sheet = this._key.find();
    if (!sheet) {
      if (this._orNull) return null;
      const what = this._key.kind === "key" ? `"${this._key.key}"` : "";
      throw richError("ItemNotFound", `no worksheet ${what}`.trim(), "WorksheetCollection.getItem");
    }
    this._sheetId = sheet.id;
    return sheet;
  }

  _sheet(): SheetModel {
    return this._target() as SheetModel;
  }

  private _part<T extends SimObject>(name: string, make: () => T): T {
    return (this._parts[name] ??= make()) as T;
  }

  get tables(): TableCollection {
    return this._part("tables", () => new TableCollection(this.context, `${this._path}.tables`, this));
  }

  get charts(): ChartCollection {
    return this._part("charts", () => new ChartCollection(this.context, `${this._path}.charts`, this));
  }

  get freezePanes(): WorksheetFreezePanes {
    return this._part(
      "freezePanes",
      () => new WorksheetFreezePanes(this.context, `${this._path}.freezePanes`, this),
    );
  }

  get pageLayout(): PageLayout {
    return this._part("pageLayout", () => new PageLayout(this.context, `${this._path}.pageLayout`, this));
  }

  get protection(): WorksheetProtection {
    return this._part(
      "protection",
      () => new WorksheetProtection(this.context, `${this._path}.protection`, this),
    );
  }

  get customProperties(): WorksheetCustomPropertyCollection {
    return this._part(
      "customProperties",
      () => new WorksheetCustomPropertyCollection(this.context, `${this._path}.customProperties`, this),
    );
  }

  /** A range on this sheet, found at sync. */
  _range(path: string, rect: (sheet: SheetModel) => Rect, api?: string): Range {
    return new Range(
      this.context,
      `${this._path}.${path}`,
      () => {
        this.context._requireApi(api, "Worksheet." + path.replace(/\(.*/, ""));
        const sheet = this._sheet();
        return { sheet, rect: rect(sheet) };
      },
      this._api,
      this,
    );
  }

  getRange(address?: string): Range {
    return this._range(`getRange(${address === undefined ? "" : JSON.stringify(address)})`, (sheet) =>
      rectOnSheet(this.context._host.model, sheet, address),
    );
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this._range(
      `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount})`,
      () => {
        if (rowCount < 1 || columnCount < 1)
          throw richError("InvalidArgument", "rowCount and columnCount must be at least 1");
        return {
          r0: startRow,
          c0: startColumn,
          r1: startRow + rowCount - 1,
          c1: startColumn + columnCount - 1,
        };
      },
      "1.7",
    );
  }

  getCell(row: number, column: number): Range {
    return this._range(`getCell(${row}, ${column})`, () => ({ r0: row, c0: column, r1: row, c1: column }));
  }

  /** The used range; on a blank sheet, A1 (as Excel answers). */
  getUsedRange(valuesOnly?: boolean): Range {
    const args = valuesOnly === undefined ? "" : String(valuesOnly);
    return this._range(
      `getUsedRange(${args})`,
      (sheet) => contentRect(sheet, !valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    const args = valuesOnly === undefined ? "" : String(valuesOnly);
    const range = new Range(
      this.context,
      `${this._path}.getUsedRangeOrNullObject(${args})`,
      () => {
        this.context._requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
        const sheet = this._sheet();
        const rect = contentRect(sheet, !valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      this._api,
      this,
    );
    range._queueNullCheck();
    return range;
  }

  getRanges(address?: string): RangeAreas {
    return new RangeAreas(
      this.context,
      `${this._path}.getRanges(${JSON.stringify(address ?? "")})`,
      this,
      () => {
        const sheet = this._sheet();
        const model = this.context._host.model;
        const host = this.context._host;
        const parts = splitAddressList(address ?? "", areaSeparator(host.locale, host.platform));
        if (parts.length === 0) throw richError("InvalidArgument", "getRanges needs an address");
        return { sheet, rects: parts.map((p) => rectOnSheet(model, sheet, p)) };
      },
    );
  }

  activate(): void {
    this._call("activate", [], () => activateSheet(this.context._host.model, this._sheet()));
  }

  delete(): void {
    this._call("delete", [], () => {
      deleteSheet(this.context._host.model, this._sheet());
      this.context._host.stats.undoClears++;
    });
  }

  calculate(markAllDirty: boolean): void {
    this._call(
      "calculate",
      [markAllDirty],
      () => {
        const sheet = this._sheet();
        recalculate(this.context._host.model, () => true, [sheet]);
      },
      "1.6",
    );
  }
}
defineType(Worksheet, {
  name: "Worksheet",
  navs: ["tables", "charts", "freezePanes", "pageLayout", "protection", "customProperties"],
  scalars: {
    name: {
      get: (o: Worksheet) => o._sheet().name,
      set: (o: Worksheet, v: unknown) => {
        const sheet = o._sheet();
        const before = sheet.name;
        renameSheet(o.context._host.model, sheet, v);
        if (sheet.name !== before) o.context._host.stats.undoClears++;
      },
    },
    id: { get: (o: Worksheet) => o._sheet().id },
    position: {
      get: (o: Worksheet) => o.context._host.model.sheets.indexOf(o._sheet()),
      set: (o: Worksheet, v: unknown) => moveSheet(o.context._host.model, o._sheet(), v),
    },
    visibility: {
      get: (o: Worksheet) => o._sheet().visibility,
      set: (o: Worksheet, v: unknown) => setVisibility(o.context._host.model, o._sheet(), v),
    },
    tabColor: {
      get: (o: Worksheet) => o._sheet().tabColor ?? "",
      set: (o: Worksheet, v: unknown) => {
        o._sheet().tabColor = v === "" ? undefined : normalizeColor(v, "tabColor");
      },
      api: "1.7",
    },
    showGridlines: {
      get: (o: Worksheet) => o._sheet().showGridlines ?? true,
      set: (o: Worksheet, v: unknown) => {
        o._sheet().showGridlines = checkBoolean(v, "showGridlines");
      },
      api: "1.8",
    },
  },
});

export class WorksheetCollection extends SimCollection<Worksheet> {
  _resolve(): WorkbookModel {
    return this.context._host.model;
  }

  _list(): Worksheet[] {
    return this.context._host.model.sheets.map((s) => {
      const w = new Worksheet(this.context, `${this._path}.getItem(${JSON.stringify(s.id)})`, {
        kind: "key",
        key: s.id,
      });
      w._sheetId = s.id;
      return w;
    });
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, { kind: "key", key });
  }

  getItemOrNullObject(key: string): Worksheet {
    const w = new Worksheet(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      { kind: "key", key },
      true,
      "1.4",
    );
    w._queueNullCheck();
    return w;
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, `${this._path}.getActiveWorksheet()`, { kind: "active" });
  }

  add(name?: string): Worksheet {
    const w = new Worksheet(
      this.context,
      `${this._path}.add(${name === undefined ? "" : JSON.stringify(name)})`,
      { kind: "added" },
    );
    this._call("add", name === undefined ? [] : [name], () => {
      w._sheetId = addSheet(this.context._host.model, name).id;
    });
    return w;
  }

  getCount(visibleOnly?: boolean) {
    return resultCall(
      this,
      "getCount",
      visibleOnly === undefined ? [] : [visibleOnly],
      () => this.context._host.model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible").length,
      "1.4",
    );
  }

  getFirst(visibleOnly?: boolean): Worksheet {
    return new Worksheet(this.context, `${this._path}.getFirst()`, {
      kind: "locate",
      find: () => {
        this.context._requireApi("1.5", "WorksheetCollection.getFirst");
        return this.context._host.model.sheets.filter((s) => !visibleOnly || s.visibility === "Visible")[0];
      },
    });
  }

  getLast(visibleOnly?: boolean): Worksheet {
    return new Worksheet(this.context, `${this._path}.getLast()`, {
      kind: "locate",
      find: () => {
        this.context._requireApi("1.5", "WorksheetCollection.getLast");
        return this.context._host.model.sheets
          .filter((s) => !visibleOnly || s.visibility === "Visible")
          .slice(-1)[0];
      },
    });
  }
}
defineType(WorksheetCollection, { name: "WorksheetCollection", navs: [], scalars: {} });
