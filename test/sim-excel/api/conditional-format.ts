/**
 * Excel.ConditionalFormatCollection (ExcelApi 1.6), the part the add-in uses: `add("CellValue")`
 * with a rule `{ formula1, operator }` and the format's fill colour, font colour and bold. The
 * rules are recorded on the sheet (SheetModel.conditionalFormats), in the order they were added.
 */

import { formatRect } from "../address";
import { SimObject, defineType } from "../client-object";
import type { SimRequestContext } from "../context";
import { richError } from "../errors";
import type { ConditionalFormatModel } from "../model";
import { checkEditable } from "../sheets";
import { checkBoolean, checkEnum, checkString, normalizeColor } from "../validate";
import type { RangeLocation } from "./range";

const TYPES = new Set([
  "CellValue",
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
]);
const OPERATORS = new Set([
  "Invalid",
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
]);

export class ConditionalFormatCollection extends SimObject {
  constructor(
    context: SimRequestContext,
    path: string,
    private readonly _range: () => RangeLocation,
    api?: string,
  ) {
    super(context, path, api);
  }

  _resolve(): RangeLocation {
    return this._range();
  }

  add(type: string): ConditionalFormat {
    const cf = new ConditionalFormat(this.context, `${this._path}.add(${JSON.stringify(type)})`, this._api);
    this._call("add", [type], () => {
      const { sheet, rect } = this._range();
      checkEditable(sheet);
      const model: ConditionalFormatModel = {
        range: formatRect(rect),
        type: checkEnum(type, TYPES, "conditional format type"),
      };
      (sheet.conditionalFormats ??= []).push(model);
      cf._ref = model;
    });
    return cf;
  }
}
defineType(ConditionalFormatCollection, {
  name: "ConditionalFormatCollection",
  navs: [],
  scalars: {},
  api: "1.6",
});

export class ConditionalFormat extends SimObject {
  _ref?: ConditionalFormatModel;
  private _cellValue?: CellValueConditionalFormat;

  _resolve(): ConditionalFormatModel {
    if (!this._ref) throw richError("ItemNotFound", "the conditional format does not exist yet");
    return this._ref;
  }

  get cellValue(): CellValueConditionalFormat {
    return (this._cellValue ??= new CellValueConditionalFormat(
      this.context,
      `${this._path}.cellValue`,
      this,
    ));
  }
}
defineType(ConditionalFormat, { name: "ConditionalFormat", navs: ["cellValue"], scalars: {} });

/** The rule of a cell-value format, checked as Office.js checks it. */
function checkRule(v: unknown): ConditionalFormatModel["rule"] {
  if (typeof v !== "object" || v === null) throw richError("InvalidArgument", "rule must be an object");
  const r = v as Record<string, unknown>;
  return {
    formula1: checkString(r.formula1, "rule.formula1"),
    formula2: r.formula2 === undefined ? undefined : checkString(r.formula2, "rule.formula2"),
    operator: checkEnum(r.operator, OPERATORS, "rule.operator"),
  };
}

export class CellValueConditionalFormat extends SimObject {
  declare rule: unknown;
  private _format?: ConditionalRangeFormat;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _owner: ConditionalFormat,
  ) {
    super(context, path, _owner._api);
  }

  _resolve(): ConditionalFormatModel {
    const m = this._owner._resolve();
    if (m.type !== "CellValue") throw richError("InvalidArgument", "not a cell value conditional format");
    return m;
  }

  get format(): ConditionalRangeFormat {
    return (this._format ??= new ConditionalRangeFormat(this.context, `${this._path}.format`, this));
  }
}
defineType(CellValueConditionalFormat, {
  name: "CellValueConditionalFormat",
  navs: ["format"],
  scalars: {
    rule: {
      get: (o: CellValueConditionalFormat) => o._resolve().rule ?? null,
      set: (o: CellValueConditionalFormat, v: unknown) => void (o._resolve().rule = checkRule(v)),
    },
  },
});

abstract class Part extends SimObject {
  constructor(
    context: SimRequestContext,
    path: string,
    readonly _owner: CellValueConditionalFormat,
  ) {
    super(context, path, _owner._api);
  }

  _resolve(): ConditionalFormatModel {
    return this._owner._resolve();
  }
}

export class ConditionalRangeFormat extends Part {
  private _fill?: ConditionalRangeFill;
  private _font?: ConditionalRangeFont;

  get fill(): ConditionalRangeFill {
    return (this._fill ??= new ConditionalRangeFill(this.context, `${this._path}.fill`, this._owner));
  }

  get font(): ConditionalRangeFont {
    return (this._font ??= new ConditionalRangeFont(this.context, `${this._path}.font`, this._owner));
  }
}
defineType(ConditionalRangeFormat, { name: "ConditionalRangeFormat", navs: ["fill", "font"], scalars: {} });

export class ConditionalRangeFill extends Part {
  declare color: string | null;
}
defineType(ConditionalRangeFill, {
  name: "ConditionalRangeFill",
  navs: [],
  scalars: {
    color: {
      get: (o: ConditionalRangeFill) => o._resolve().fill ?? null,
      set: (o: ConditionalRangeFill, v: unknown) =>
        void (o._resolve().fill = normalizeColor(v, "fill.color")),
    },
  },
});

export class ConditionalRangeFont extends Part {
  declare color: string | null;
  declare bold: boolean | null;
}
defineType(ConditionalRangeFont, {
  name: "ConditionalRangeFont",
  navs: [],
  scalars: {
    color: {
      get: (o: ConditionalRangeFont) => o._resolve().fontColor ?? null,
      set: (o: ConditionalRangeFont, v: unknown) =>
        void (o._resolve().fontColor = normalizeColor(v, "font.color")),
    },
    bold: {
      get: (o: ConditionalRangeFont) => o._resolve().bold ?? null,
      set: (o: ConditionalRangeFont, v: unknown) => void (o._resolve().bold = checkBoolean(v, "font.bold")),
    },
  },
});
