/**
 * Workbook-scoped named items (Excel.NamedItem): names for ranges or constants, usable in
 * formulas and in getRange.
 */

import { formatAddress, parseAddress } from "../address";
import { SimCollection, SimObject, defineType, resultCall } from "../client-object";
import type { SimRequestContext } from "../context";
import { richError } from "../errors";
import { FormulaEvaluator } from "../formula-eval";
import { XlError } from "../formula-values";
import { NamedItemModel, findSheet } from "../model";
import { checkTableName } from "../tables";
import { checkBoolean, checkString } from "../validate";
import { Range } from "./range";

function findName(names: NamedItemModel[], name: string): NamedItemModel | undefined {
  const lower = name.toLowerCase();
  return names.find((n) => n.name.toLowerCase() === lower);
}

export class NamedItem extends SimObject {
  declare readonly name: string;
  declare readonly type: string;
  declare readonly value: unknown;
  declare formula: string;
  declare visible: boolean;
  declare comment: string;
  declare readonly scope: string;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _name: string,
    readonly _orNull = false,
    api?: string,
  ) {
    super(context, path, api);
  }

  _resolve(): NamedItemModel | null {
    const n = findName(this.context._host.model.names, this._name);
    if (!n) {
      if (this._orNull) return null;
      throw richError("ItemNotFound", `no name "${this._name}"`);
    }
    return n;
  }

  _item(): NamedItemModel {
    return this._target() as NamedItemModel;
  }

  getRange(): Range {
    return new Range(this.context, `${this._path}.getRange()`, () => {
      const a = parseAddress(this._item().formula.replace(/^=/, ""));
      const sheet = a?.sheet !== undefined ? findSheet(this.context._host.model, a.sheet) : undefined;
      if (!a || !sheet) throw richError("InvalidOperation", `name ${this._name} does not refer to a range`);
      return { sheet, rect: a.rect };
    });
  }

  delete(): void {
    this._call(
      "delete",
      [],
      () => {
        const item = this._item();
        const model = this.context._host.model;
        model.names = model.names.filter((n) => n !== item);
      },
      "1.4",
    );
  }
}

function isRange(n: NamedItemModel): boolean {
  return parseAddress(n.formula.replace(/^=/, ""))?.sheet !== undefined;
}

defineType(NamedItem, {
  name: "NamedItem",
  navs: [],
  scalars: {
    name: { get: (o: NamedItem) => o._item().name },
    type: {
      get: (o: NamedItem) => {
        const n = o._item();
        if (isRange(n)) return "Range";
        const v = FormulaEvaluator.evaluate(o.context._calc(), "", n.formula);
        return v instanceof XlError
          ? "Error"
          : typeof v === "number"
            ? "Double"
            : typeof v === "boolean"
              ? "Boolean"
              : "String";
      },
    },
    value: {
      get: (o: NamedItem) => {
        const n = o._item();
        if (isRange(n)) return n.formula.replace(/^=/, "");
        const v = FormulaEvaluator.evaluate(o.context._calc(), "", n.formula);
        return v instanceof XlError ? v.code : v;
      },
    },
    formula: {
      get: (o: NamedItem) => o._item().formula,
      set: (o: NamedItem, v: unknown) => {
        const f = checkString(v, "formula");
        o._item().formula = f.startsWith("=") ? f : `=${f}`;
      },
      api: "1.7",
    },
    visible: {
      get: (o: NamedItem) => o._item().visible !== false,
      set: (o: NamedItem, v: unknown) => {
        o._item().visible = checkBoolean(v, "visible");
      },
    },
    comment: {
      get: (o: NamedItem) => o._item().comment ?? "",
      set: (o: NamedItem, v: unknown) => {
        o._item().comment = checkString(v, "comment");
      },
      api: "1.4",
    },
    scope: { get: () => "Workbook", api: "1.4" },
  },
});

export class NamedItemCollection extends SimCollection<NamedItem> {
  _resolve(): NamedItemModel[] {
    return this.context._host.model.names;
  }

  _list(): NamedItem[] {
    return this.context._host.model.names.map((n) => this.getItem(n.name));
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this.context, `${this._path}.getItem(${JSON.stringify(name)})`, name);
  }

  getItemOrNullObject(name: string): NamedItem {
    const n = new NamedItem(
      this.context,
      `${this._path}.getItemOrNullObject(${JSON.stringify(name)})`,
      name,
      true,
      "1.4",
    );
    n._queueNullCheck();
    return n;
  }

  getCount() {
    return resultCall(this, "getCount", [], () => this.context._host.model.names.length, "1.4");
  }

  /** Add a name for a Range or a formula/address string ("=Data!$A$1:$C$9", "=0.5"). */
  add(name: string, reference: Range | string, comment?: string): NamedItem {
    const item = new NamedItem(this.context, `${this._path}.add(${JSON.stringify(name)})`, name);
    const args = comment === undefined ? [name, reference] : [name, reference, comment];
    this._call(
      "add",
      args,
      () => {
        const model = this.context._host.model;
        const n = checkTableName(model, name);
        let formula: string;
        if (reference instanceof Range) {
          const { sheet, rect } = reference._loc();
          formula = "=" + formatAddress(sheet.name, rect, true);
        } else {
          const ref = checkString(reference, "reference");
          formula = ref.startsWith("=") ? ref : `=${ref}`;
        }
        model.names.push(comment === undefined ? { name: n, formula } : { name: n, formula, comment });
      },
      "1.4",
    );
    return item;
  }
}
defineType(NamedItemCollection, { name: "NamedItemCollection", navs: [], scalars: {} });
