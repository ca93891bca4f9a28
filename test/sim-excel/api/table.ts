/**
 * Excel.Table with its collections: workbook.tables and worksheet.tables (getItem by name or
 * id, case-insensitive; add), the table's ranges, columns and rows.
 */

import { Rect, parseAddress } from "../address";
import { readValue as readValueAt } from "../cells";
import { SimCollection, SimObject, apiMax, defineType, resultCall } from "../client-object";
import type { SimRequestContext } from "../context";
import { richError } from "../errors";
import { cellStore } from "../cell-store";
import { SheetModel, TableModel, WorkbookModel, findSheet } from "../model";
import { checkEditable } from "../sheets";
import {
  addTable,
  checkTableName,
  columnNames,
  dataBodyRange,
  headerRange,
  tableRange,
  tableRect,
} from "../tables";
import { checkBoolean, checkString } from "../validate";
import { Range } from "./range";
import { Worksheet } from "./worksheet";

type TableKey =
  | { kind: "key"; key: string }
  | { kind: "added" }
  | { kind: "id"; id: string }
  | { kind: "at"; index: number };

export class Table extends SimObject {
  declare readonly id: string;
  declare name: string;
  declare showHeaders: boolean;
  declare showTotals: boolean;
  declare style: string;
  _tableId?: string;
  private _columns?: TableColumnCollection;
  private _rows?: TableRowCollection;
  private _worksheet?: Worksheet;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _key: TableKey,
    private readonly _collection: TableCollection,
    readonly _orNull = false,
    api?: string,
  ) {
    super(context, path, apiMax(api, _collection._api));
  }

  _resolve(): TableModel | null {
    const model = this.context._host.model;
    const key = this._key;
    let t: TableModel | undefined;
    if (this._tableId !== undefined) t = model.tables.find((x) => x.id === this._tableId);
    else if (key.kind === "key") {
      const lower = key.key.toLowerCase();
      t = this._collection._tables().find((x) => x.name.toLowerCase() === lower || x.id === key.key);
    } else if (key.kind === "at") t = this._collection._tables()[key.index];
    else if (key.kind === "id") t = model.tables.find((x) => x.id === key.id);
    if (!t) {
      if (this._orNull) return null;
      const what = this._key.kind === "key" ? ` "${this._key.key}"` : "";
      throw richError("ItemNotFound", `no table${what}`, "TableCollection.getItem");
    }
    this._tableId = t.id;
    return t;
  }

  _table(): TableModel {
    return this._target() as TableModel;
  }

  _sheetModel(): SheetModel {
    const t = this._table();
    const sheet = findSheet(this.context._host.model, t.sheet);
    if (!sheet) throw richError("ItemNotFound", `the sheet of table ${t.name} is missing`);
    return sheet;
  }

  get worksheet(): Worksheet {
    return (this._worksheet ??= Worksheet._located(this.context, `${this._path}.worksheet`, () =>
      this._sheetModel(),
    ));
  }

  get columns(): TableColumnCollection {
    return (this._columns ??= new TableColumnCollection(this.context, `${this._path}.columns`, this));
  }

  get rows(): TableRowCollection {
    return (this._rows ??= new TableRowCollection(this.context, `${this._path}.rows`, this));
  }

  private _part(method: string, rect: (t: TableModel) => Rect | null): Range {
    return new Range(
      this.context,
      `${this._path}.${method}()`,
      () => {
        const r = rect(this._table());
        if (!r) throw richError("ItemNotFound", `the table has no ${method.replace(/^get/, "")}`);
        return { sheet: this._sheetModel(), rect: r };
      },
      this._api,
      this.worksheet,
    );
  }

  getRange(): Range {
    return this._part("getRange", tableRange);
  }

  getHeaderRowRange(): Range {
    return this._part("getHeaderRowRange", headerRange);
  }

  getDataBodyRange(): Range {
    return this._part("getDataBodyRange", dataBodyRange);
  }

  getTotalRowRange(): Range {
    return this._part("getTotalRowRange", () => null);
  }

  delete(): void {
    this._call("delete", [], () => {
      const t = this._table();
      checkEditable(this._sheetModel());
      const model = this.context._host.model;
      const rect = tableRect(t);
      const sheet = this._sheetModel();
      const store = cellStore(sheet);
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) store.put(r, c, undefined);
      model.tables = model.tables.filter((x) => x !== t);
    });
  }

  convertToRange(): Range {
    const range = this.getRange();
    this._call(
      "convertToRange",
      [],
      () => {
        range._resolve();
        const t = this._table();
        const model = this.context._host.model;
        model.tables = model.tables.filter((x) => x !== t);
      },
      "1.2",
    );
    return range;
  }
}
defineType(Table, {
  name: "Table",
  navs: ["worksheet", "columns", "rows"],
  scalars: {
    id: { get: (o: Table) => o._table().id ?? o._table().name },
    name: {
      get: (o: Table) => o._table().name,
      set: (o: Table, v: unknown) => {
        const t = o._table();
        t.name = checkTableName(o.context._host.model, v, t);
      },
    },
    showHeaders: {
      get: (o: Table) => o._table().showHeaders,
      set: (o: Table, v: unknown) => {
        o._table().showHeaders = checkBoolean(v, "showHeaders");
      },
    },
    showTotals: {
      get: (o: Table) => o._table().showTotals === true,
      set: (o: Table, v: unknown) => {
        if (checkBoolean(v, "showTotals"))
          throw richError("InvalidOperation", "the simulated host has no total rows");
        o._table().showTotals = false;
      },
    },
    style: {
      get: (o: Table) => o._table().style ?? "TableStyleMedium2",
      set: (o: Table, v: unknown) => {
        o._table().style = checkString(v, "style");
      },
    },
  },
});

/** workbook.tables (no sheet) or worksheet.tables. */
export class TableCollection extends SimCollection<Table> {
  declare readonly count: number;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _sheetProxy?: Worksheet,
  ) {
    super(context, path, _sheetProxy?._api);
  }

  _resolve(): WorkbookModel | SheetModel | null {
    return this._sheetProxy ? this._sheetProxy._resolve() : this.context._host.model;
  }

  /** The tables of this collection, at sync. */
  _tables(): TableModel[] {
    const model = this.context._host.model;
    if (!this._sheetProxy) return model.tables;
    const sheet = this._sheetProxy._sheet();
    return model.tables.filter((t) => t.sheet.toLowerCase() === sheet.name.toLowerCase());
  }

  _list(): Table[] {
    return this._tables().map((t) => {
      const table = new Table(
        this.context,
        `${this._path}.getItem(${JSON.stringify(t.name)})`,
        { kind: "id", id: t.id ?? "" },
        this,
      );
      table._tableId = t.id;
      return table;
    });
  }

  getItem(key: string): Table {
    return new Table(
      this.context,
      `${this._path}.getItem(${JSON.stringify(key)})`,
      { kind: "key", key },
      this,
    );
  }

  getItemOrNullObject(key: string): Table {
    const t = new Table(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      { kind: "key", key },
      this,
      true,
      "1.4",
    );
    t._queueNullCheck();
    return t;
  }

  getItemAt(index: number): Table {
    return new Table(this.context, `${this._path}.getItemAt(${index})`, { kind: "at", index }, this);
  }

  getCount() {
    return resultCall(this, "getCount", [], () => this._tables().length, "1.4");
  }

  /** Create a table; the address may name its sheet ("Data!A1:D9"), else the active sheet. */
  add(address: Range | string, hasHeaders: boolean): Table {
    const table = new Table(
      this.context,
      `${this._path}.add(${JSON.stringify(address instanceof Range ? address._path : address)}, ${hasHeaders})`,
      { kind: "added" },
      this,
    );
    this._call("add", [address, hasHeaders], () => {
      const model = this.context._host.model;
      let sheet: SheetModel;
      let rect: Rect;
      if (address instanceof Range) {
        const loc = address._loc();
        sheet = loc.sheet;
        rect = loc.rect;
      } else {
        const a = parseAddress(address);
        if (!a) throw richError("InvalidArgument", `"${address}" is not a valid address`);
        const named =
          a.sheet !== undefined
            ? findSheet(model, a.sheet)
            : this._sheetProxy
              ? this._sheetProxy._sheet()
              : findSheet(model, model.activeSheet);
        if (!named) throw richError("ItemNotFound", `no worksheet "${a.sheet ?? ""}"`);
        sheet = named;
        rect = a.rect;
      }
      if (this._sheetProxy && this._sheetProxy._sheet().id !== sheet.id) {
        throw richError("InvalidArgument", "the address is on another sheet than this collection");
      }
      checkEditable(sheet);
      table._tableId = addTable(model, sheet, rect, checkBoolean(hasHeaders, "hasHeaders")).id;
    });
    return table;
  }
}
defineType(TableCollection, {
  name: "TableCollection",
  navs: [],
  scalars: { count: { get: (o: TableCollection) => o._tables().length } },
});

export class TableColumn extends SimObject {
  declare readonly id: number;
  declare readonly index: number;
  declare name: string;
  declare readonly values: unknown[][];

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _table: Table,
    private readonly _find: (names: string[]) => number,
    readonly _orNull = false,
  ) {
    super(context, path, _table._api);
  }

  _resolve(): number | null {
    const t = this._table._table();
    const i = this._find(columnNames(this.context._host.model, t));
    if (i < 0) {
      if (this._orNull) return null;
      throw richError("ItemNotFound", "no such table column");
    }
    return i;
  }

  _index(): number {
    return this._target() as number;
  }

  getRange(): Range {
    return this._part("getRange", (r) => r);
  }

  getDataBodyRange(): Range {
    return this._part("getDataBodyRange", (r) => ({ ...r, r0: r.r0 + 1 }));
  }

  getHeaderRowRange(): Range {
    return this._part("getHeaderRowRange", (r) => ({ ...r, r1: r.r0 }));
  }

  private _part(method: string, f: (column: Rect) => Rect): Range {
    return new Range(
      this.context,
      `${this._path}.${method}()`,
      () => {
        const r = tableRect(this._table._table());
        const c = r.c0 + this._index();
        return { sheet: this._table._sheetModel(), rect: f({ ...r, c0: c, c1: c }) };
      },
      this._api,
    );
  }
}
defineType(TableColumn, {
  name: "TableColumn",
  navs: [],
  scalars: {
    id: { get: (o: TableColumn) => o._index() + 1 },
    index: { get: (o: TableColumn) => o._index() },
    name: {
      get: (o: TableColumn) => columnNames(o.context._host.model, o._table._table())[o._index()],
      set: (o: TableColumn, v: unknown) => {
        const r = tableRect(o._table._table());
        const sheet = o._table._sheetModel();
        checkEditable(sheet);
        const store = cellStore(sheet);
        const col = r.c0 + o._index();
        store.put(r.r0, col, { ...store.get(r.r0, col), value: checkString(v, "name") });
      },
    },
    values: {
      get: (o: TableColumn) => {
        const r = tableRect(o._table._table());
        const range = { ...r, c0: r.c0 + o._index(), c1: r.c0 + o._index() };
        const calc = o.context._calc();
        const sheet = o._table._sheetModel();
        const out: unknown[][] = [];
        for (let row = range.r0; row <= range.r1; row++) out.push([readValueAt(calc, sheet, row, range.c0)]);
        return out;
      },
    },
  },
});

export class TableColumnCollection extends SimCollection<TableColumn> {
  declare readonly count: number;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _table: Table,
  ) {
    super(context, path, _table._api);
  }

  _resolve(): TableModel | null {
    return this._table._resolve();
  }

  _list(): TableColumn[] {
    const names = columnNames(this.context._host.model, this._table._table());
    return names.map((_, i) => this.getItemAt(i));
  }

  getItem(key: number | string): TableColumn {
    return new TableColumn(
      this.context,
      `${this._path}.getItem(${JSON.stringify(key)})`,
      this._table,
      (names) =>
        typeof key === "number"
          ? key >= 1 && key <= names.length
            ? key - 1
            : -1
          : names.findIndex((n) => n.toLowerCase() === key.toLowerCase()),
    );
  }

  getItemOrNullObject(key: number | string): TableColumn {
    const c = new TableColumn(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      this._table,
      (names) =>
        typeof key === "number"
          ? key >= 1 && key <= names.length
            ? key - 1
            : -1
          : names.findIndex((n) => n.toLowerCase() === key.toLowerCase()),
      true,
    );
    c._queueNullCheck();
    return c;
  }

  getItemAt(index: number): TableColumn {
    return new TableColumn(this.context, `${this._path}.getItemAt(${index})`, this._table, (names) =>
      index >= 0 && index < names.length ? index : -1,
    );
  }

  getCount() {
    return resultCall(
      this,
      "getCount",
      [],
      () => columnNames(this.context._host.model, this._table._table()).length,
      "1.4",
    );
  }
}
defineType(TableColumnCollection, {
  name: "TableColumnCollection",
  navs: [],
  scalars: {
    count: {
      get: (o: TableColumnCollection) => columnNames(o.context._host.model, o._table._table()).length,
    },
  },
});

/** Only the row count; rows are read and written through ranges. */
export class TableRowCollection extends SimCollection<SimObject> {
  declare readonly count: number;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _table: Table,
  ) {
    super(context, path, _table._api);
  }

  _resolve(): TableModel | null {
    return this._table._resolve();
  }

  _list(): SimObject[] {
    throw richError(
      "GeneralException",
      "the simulated host does not list table rows; read getDataBodyRange() instead",
    );
  }

  getCount() {
    return resultCall(
      this,
      "getCount",
      [],
      () => {
        const r = dataBodyRange(this._table._table());
        return r.r1 - r.r0 + 1;
      },
      "1.4",
    );
  }
}
defineType(TableRowCollection, {
  name: "TableRowCollection",
  navs: [],
  scalars: {
    count: {
      get: (o: TableRowCollection) => {
        const r = dataBodyRange(o._table._table());
        return r.r1 - r.r0 + 1;
      },
    },
  },
});
