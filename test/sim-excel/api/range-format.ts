/**
 * Excel.RangeFormat with its font, fill and borders, for a Range or every area of a RangeAreas.
 * Reads answer the common value of the cells, or null when they differ.
 */

import { Rect } from "../address";
import { SimCollection, SimObject, defineType } from "../client-object";
import type { SimRequestContext } from "../context";
import {
  BorderIndex as BorderIndexEnum,
  BorderLineStyle,
  BorderWeight,
  HorizontalAlignment,
  RangeUnderlineStyle,
  VerticalAlignment,
  enumValues,
} from "../enums";
import { readText } from "../cells";
import {
  BorderIndex,
  BorderProp,
  FormatKey,
  autofitColumns,
  readBorder,
  readColumnWidth,
  readFormat,
  readRowHeight,
  resetRowHeight,
  hasStandardHeight,
  setBorder,
  setColumnWidth,
  setFormat,
  setRowHeight,
} from "../formats";
import { SheetModel } from "../model";
import { checkEditable } from "../sheets";
import { checkBoolean, checkEnum, checkNumber, checkString, normalizeColor } from "../validate";

/** The cells a format object acts on, resolved at sync. */
export interface FormatTarget {
  sheet: SheetModel;
  rects: Rect[];
}

type Locate = () => FormatTarget | null;

abstract class FormatPart extends SimObject {
  constructor(
    context: SimRequestContext,
    path: string,
    readonly _locate: Locate,
    api: string | undefined,
  ) {
    super(context, path, api);
  }

  _resolve(): FormatTarget | null {
    return this._locate();
  }

  _cells(): FormatTarget {
    return this._target() as FormatTarget;
  }

  /** For writes: the cells, after checking the sheet may be changed. */
  _editable(): FormatTarget {
    const t = this._cells();
    checkEditable(t.sheet);
    return t;
  }
}

function cellFormat(key: FormatKey, check: (v: unknown) => string | number | boolean, api?: string) {
  return {
    get: (o: FormatPart) => {
      const t = o._cells();
      return readFormat(t.sheet, t.rects, key);
    },
    set: (o: FormatPart, v: unknown) => {
      const t = o._editable();
      setFormat(t.sheet, t.rects, key, check(v));
    },
    api,
  };
}

const H_ALIGN = enumValues(HorizontalAlignment);
const V_ALIGN = enumValues(VerticalAlignment);
const UNDERLINE = enumValues(RangeUnderlineStyle);
const BORDER_INDEX = enumValues(BorderIndexEnum);
const LINE_STYLE = enumValues(BorderLineStyle);
const WEIGHT = enumValues(BorderWeight);

export class RangeFont extends FormatPart {
  declare bold: boolean | null;
  declare italic: boolean | null;
  declare color: string | null;
  declare size: number | null;
  declare name: string | null;
  declare underline: string | null;
  declare strikethrough: boolean | null;
}
defineType(RangeFont, {
  name: "RangeFont",
  navs: [],
  scalars: {
    bold: cellFormat("bold", (v) => checkBoolean(v, "font.bold")),
    italic: cellFormat("italic", (v) => checkBoolean(v, "font.italic")),
    color: cellFormat("fontColor", (v) => normalizeColor(v, "font.color")),
    size: cellFormat("fontSize", (v) => checkNumber(v, "font.size", 1, 409)),
    name: cellFormat("fontName", (v) => checkString(v, "font.name")),
    underline: cellFormat("underline", (v) => checkEnum(v, UNDERLINE, "font.underline")),
    strikethrough: cellFormat("strikethrough", (v) => checkBoolean(v, "font.strikethrough"), "1.9"),
  },
});

export class RangeFill extends FormatPart {
  declare color: string | null;

  clear(): void {
    this._call("clear", [], () => {
      const t = this._editable();
      setFormat(t.sheet, t.rects, "fill", undefined);
    });
  }
}
defineType(RangeFill, {
  name: "RangeFill",
  navs: [],
  scalars: { color: cellFormat("fill", (v) => normalizeColor(v, "fill.color")) },
});

export class RangeBorder extends FormatPart {
  declare style: string | null;
  declare color: string | null;
  declare weight: string | null;
  declare readonly sideIndex: string;

  constructor(
    context: SimRequestContext,
    path: string,
    locate: Locate,
    api: string | undefined,
    readonly _index: string,
  ) {
    super(context, path, locate, api);
  }

  override _resolve(): FormatTarget | null {
    checkEnum(this._index, BORDER_INDEX, "borders.getItem");
    return super._resolve();
  }
}

function borderProp(prop: BorderProp, check: (v: unknown) => string) {
  return {
    get: (o: RangeBorder) => {
      const t = o._cells();
      return readBorder(t.sheet, t.rects, o._index as BorderIndex, prop);
    },
    set: (o: RangeBorder, v: unknown) => {
      const t = o._editable();
      setBorder(t.sheet, t.rects, o._index as BorderIndex, prop, check(v));
    },
  };
}

defineType(RangeBorder, {
  name: "RangeBorder",
  navs: [],
  scalars: {
    style: borderProp("style", (v) => checkEnum(v, LINE_STYLE, "border.style")),
    color: borderProp("color", (v) => normalizeColor(v, "border.color")),
    weight: borderProp("weight", (v) => checkEnum(v, WEIGHT, "border.weight")),
    sideIndex: { get: (o: RangeBorder) => o._index },
  },
});

const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

export class RangeBorderCollection extends SimCollection<RangeBorder> {
  declare readonly count: number;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _locate: Locate,
    api: string | undefined,
  ) {
    super(context, path, api);
  }

  _resolve(): FormatTarget | null {
    return this._locate();
  }

  getItem(index: string): RangeBorder {
    return new RangeBorder(
      this.context,
      `${this._path}.getItem(${JSON.stringify(index)})`,
      this._locate,
      this._api,
      index,
    );
  }

  _list(): RangeBorder[] {
    return EDGES.map((e) => this.getItem(e));
  }
}
defineType(RangeBorderCollection, {
  name: "RangeBorderCollection",
  navs: [],
  scalars: { count: { get: () => EDGES.length } },
});

export class RangeFormat extends FormatPart {
  declare columnWidth: number | null;
  declare rowHeight: number | null;
  declare useStandardHeight: boolean | null;
  declare horizontalAlignment: string | null;
  declare verticalAlignment: string | null;
  declare wrapText: boolean | null;
  declare indentLevel: number | null;
  private _font?: RangeFont;
  private _fill?: RangeFill;
  private _borders?: RangeBorderCollection;

  get font(): RangeFont {
    return (this._font ??= new RangeFont(this.context, `${this._path}.font`, this._locate, this._api));
  }

  get fill(): RangeFill {
    return (this._fill ??= new RangeFill(this.context, `${this._path}.fill`, this._locate, this._api));
  }

  get borders(): RangeBorderCollection {
    return (this._borders ??= new RangeBorderCollection(
      this.context,
      `${this._path}.borders`,
      this._locate,
      this._api,
    ));
  }

  autofitColumns(): void {
    this._call(
      "autofitColumns",
      [],
      () => {
        const t = this._editable();
        const calc = this.context._calc();
        autofitColumns(t.sheet, t.rects, (r, c) => readText(calc, t.sheet, r, c));
      },
      "1.2",
    );
  }

  autofitRows(): void {
    this._call(
      "autofitRows",
      [],
      () => {
        this._editable();
      },
      "1.2",
    );
  }
}
defineType(RangeFormat, {
  name: "RangeFormat",
  navs: ["font", "fill", "borders"],
  scalars: {
    columnWidth: {
      get: (o: RangeFormat) => {
        const t = o._cells();
        return readColumnWidth(t.sheet, t.rects);
      },
      set: (o: RangeFormat, v: unknown) => {
        const t = o._editable();
        setColumnWidth(t.sheet, t.rects, checkNumber(v, "format.columnWidth", 0, 255 * 7.5));
      },
      api: "1.2",
    },
    rowHeight: {
      get: (o: RangeFormat) => {
        const t = o._cells();
        return readRowHeight(t.sheet, t.rects);
      },
      set: (o: RangeFormat, v: unknown) => {
        const t = o._editable();
        setRowHeight(t.sheet, t.rects, checkNumber(v, "format.rowHeight", 0, 409));
      },
      api: "1.2",
    },
    useStandardHeight: {
      get: (o: RangeFormat) => {
        const t = o._cells();
        return hasStandardHeight(t.sheet, t.rects);
      },
      set: (o: RangeFormat, v: unknown) => {
        const t = o._editable();
        if (checkBoolean(v, "format.useStandardHeight")) resetRowHeight(t.sheet, t.rects);
      },
      api: "1.7",
    },
    horizontalAlignment: cellFormat("horizontalAlignment", (v) =>
      checkEnum(v, H_ALIGN, "format.horizontalAlignment"),
    ),
    verticalAlignment: cellFormat("verticalAlignment", (v) =>
      checkEnum(v, V_ALIGN, "format.verticalAlignment"),
    ),
    wrapText: cellFormat("wrapText", (v) => checkBoolean(v, "format.wrapText")),
    indentLevel: cellFormat("indentLevel", (v) => checkNumber(v, "format.indentLevel", 0, 250, true), "1.9"),
  },
});
