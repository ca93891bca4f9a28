/**
 * Worksheet custom properties (ExcelApi 1.12): key/value strings stored with a sheet. Keys
 * are case-insensitive; `add` with an existing key overwrites its value. On an older Excel
 * every use fails at sync with ApiNotFound.
 */

import { SimCollection, SimObject, defineType, resultCall } from "../client-object";
import type { SimRequestContext } from "../context";
import { richError } from "../errors";
import { CustomPropertyModel, SheetModel } from "../model";
import { checkString } from "../validate";
import type { Worksheet } from "./worksheet";

const API = "1.12";

function find(sheet: SheetModel, key: string): CustomPropertyModel | undefined {
  const lower = key.toLowerCase();
  return sheet.customProperties.find((p) => p.key.toLowerCase() === lower);
}

export class WorksheetCustomProperty extends SimObject {
  declare readonly key: string;
  declare value: string;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _sheetProxy: Worksheet,
    readonly _key: string,
    readonly _orNull = false,
  ) {
    super(context, path, API);
  }

  _resolve(): CustomPropertyModel | null {
    const p = find(this._sheetProxy._sheet(), this._key);
    if (!p) {
      if (this._orNull) return null;
      throw richError("ItemNotFound", `no custom property "${this._key}"`);
    }
    return p;
  }

  _property(): CustomPropertyModel {
    return this._target() as CustomPropertyModel;
  }

  delete(): void {
    this._call("delete", [], () => {
      const p = this._property();
      const sheet = this._sheetProxy._sheet();
      sheet.customProperties = sheet.customProperties.filter((x) => x !== p);
    });
  }
}
defineType(WorksheetCustomProperty, {
  name: "WorksheetCustomProperty",
  api: API,
  navs: [],
  scalars: {
    key: { get: (o: WorksheetCustomProperty) => o._property().key },
    value: {
      get: (o: WorksheetCustomProperty) => o._property().value,
      set: (o: WorksheetCustomProperty, v: unknown) => {
        o._property().value = checkString(v, "value");
      },
    },
  },
});

export class WorksheetCustomPropertyCollection extends SimCollection<WorksheetCustomProperty> {
  constructor(
    context: SimRequestContext,
    path: string,
    readonly _sheetProxy: Worksheet,
  ) {
    super(context, path, API);
  }

  _resolve(): SheetModel | null {
    return this._sheetProxy._resolve();
  }

  _list(): WorksheetCustomProperty[] {
    return this._sheetProxy._sheet().customProperties.map((p) => this.getItem(p.key));
  }

  add(key: string, value: string): WorksheetCustomProperty {
    const item = new WorksheetCustomProperty(
      this.context,
      `${this._path}.add(${JSON.stringify(key)})`,
      this._sheetProxy,
      key,
    );
    this._call("add", [key, value], () => {
      const sheet = this._sheetProxy._sheet();
      const k = checkString(key, "key");
      if (k === "" || k.length > 255)
        throw richError("InvalidArgument", "a custom property key has 1 to 255 characters");
      const v = checkString(value, "value");
      const existing = find(sheet, k);
      if (existing) existing.value = v;
      else sheet.customProperties.push({ key: k, value: v });
    });
    return item;
  }

  getItem(key: string): WorksheetCustomProperty {
    return new WorksheetCustomProperty(
      this.context,
      `${this._path}.getItem(${JSON.stringify(key)})`,
      this._sheetProxy,
      key,
    );
  }

  getItemOrNullObject(key: string): WorksheetCustomProperty {
    const p = new WorksheetCustomProperty(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`,
      this._sheetProxy,
      key,
      true,
    );
    p._queueNullCheck();
    return p;
  }

  getCount() {
    return resultCall(this, "getCount", [], () => this._sheetProxy._sheet().customProperties.length);
  }
}
defineType(WorksheetCustomPropertyCollection, {
  name: "WorksheetCustomPropertyCollection",
  api: API,
  navs: [],
  scalars: {},
});
