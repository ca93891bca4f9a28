/**
 * Excel.RangeAreas (ExcelApi 1.9): several rectangles of one sheet, formatted or cleared in one
 * action. The address list uses the host's list separator and is at most 8,192 characters.
 */

import { formatAddress, rectColumns, rectRows, MAX_COLUMNS, MAX_ROWS } from "../address";
import { SimCollection, SimObject, defineType, resultCall } from "../client-object";
import type { SimRequestContext } from "../context";
import { ClearApplyTo as ClearApplyToEnum, enumValues } from "../enums";
import { richError } from "../errors";
import { ClearApplyTo, clear } from "../range-ops";
import { checkEditable } from "../sheets";
import { checkEnum } from "../validate";
import { Range } from "./range";
import { FormatTarget, RangeFormat } from "./range-format";
import type { Worksheet } from "./worksheet";

export const MAX_ADDRESS_LENGTH = 8192;

/**
 * Split "A1:B2,D5:D9" at `separator` (the host's: ";" on an Indonesian Windows desktop, "," on
 * Excel on the web). A list with the other separator fails with InvalidArgument, as the
 * desktop does (OfficeDev/office-js #1167); so does a list over 8,192 characters (#5198:
 * InvalidArgument at 8,207 characters).
 */
export function splitAddressList(address: string, separator = ","): string[] {
  if (address.length > MAX_ADDRESS_LENGTH) {
    throw richError(
      "InvalidArgument",
      `an address of ${address.length} characters (limit ${MAX_ADDRESS_LENGTH})`,
    );
  }
  const other = separator === "," ? ";" : ",";
  if (address.includes(other)) {
    throw richError(
      "InvalidArgument",
      `"${address.slice(0, 40)}": this Excel separates areas with "${separator}"`,
      "Worksheet.getRanges",
    );
  }
  return address
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

export class RangeAreas extends SimObject {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;
  declare readonly isEntireColumn: boolean;
  declare readonly isEntireRow: boolean;
  private _format?: RangeFormat;
  private _areas?: RangeCollection;
  private _bound?: FormatTarget;

  constructor(
    context: SimRequestContext,
    path: string,
    readonly _sheetProxy: Worksheet,
    private readonly _locate: () => FormatTarget,
  ) {
    super(context, path);
  }

  _resolve(): FormatTarget {
    if (!this._bound) this._bound = this._locate();
    const sheet = this._sheetProxy._sheet();
    return { sheet, rects: this._bound.rects };
  }

  get format(): RangeFormat {
    return (this._format ??= new RangeFormat(
      this.context,
      `${this._path}.format`,
      () => this._resolve(),
      this._api,
    ));
  }

  get worksheet(): Worksheet {
    return this._sheetProxy;
  }

  get areas(): RangeCollection {
    return (this._areas ??= new RangeCollection(this.context, `${this._path}.areas`, this));
  }

  clear(applyTo?: string): void {
    this._call("clear", applyTo === undefined ? [] : [applyTo], () => {
      const { sheet, rects } = this._resolve();
      checkEditable(sheet);
      const how =
        applyTo === undefined
          ? "All"
          : (checkEnum(applyTo, enumValues(ClearApplyToEnum), "clear") as ClearApplyTo);
      clear(sheet, rects, how);
    });
  }

  calculate(): void {
    this._call("calculate", [], () => this._resolve());
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

function addressOf(o: RangeAreas): string {
  const { sheet, rects } = o._resolve();
  return rects.map((r) => formatAddress(sheet.name, r)).join(",");
}

defineType(RangeAreas, {
  name: "RangeAreas",
  api: "1.9",
  navs: ["format", "worksheet", "areas"],
  scalars: {
    address: { get: addressOf },
    addressLocal: { get: addressOf },
    areaCount: { get: (o: RangeAreas) => o._resolve().rects.length },
    cellCount: {
      get: (o: RangeAreas) => o._resolve().rects.reduce((n, r) => n + rectRows(r) * rectColumns(r), 0),
    },
    isEntireColumn: {
      get: (o: RangeAreas) => o._resolve().rects.every((r) => r.r0 === 0 && r.r1 === MAX_ROWS - 1),
    },
    isEntireRow: {
      get: (o: RangeAreas) => o._resolve().rects.every((r) => r.c0 === 0 && r.c1 === MAX_COLUMNS - 1),
    },
  },
});

/** Excel.RangeCollection: the areas of a RangeAreas. */
export class RangeCollection extends SimCollection<Range> {
  declare readonly count: number;

  constructor(
    context: SimRequestContext,
    path: string,
    private readonly _owner: RangeAreas,
  ) {
    super(context, path, _owner._api);
  }

  _resolve(): FormatTarget {
    return this._owner._resolve();
  }

  getItemAt(index: number): Range {
    return new Range(
      this.context,
      `${this._path}.getItemAt(${index})`,
      () => {
        const { sheet, rects } = this._resolve();
        const rect = rects[index];
        if (!rect) throw richError("ItemNotFound", `no area ${index}`);
        return { sheet, rect };
      },
      this._api,
      this._owner._sheetProxy,
    );
  }

  getCount() {
    return resultCall(this, "getCount", [], () => this._resolve().rects.length);
  }

  _list(): Range[] {
    return this._resolve().rects.map((_, i) => this.getItemAt(i));
  }
}
defineType(RangeCollection, {
  name: "RangeCollection",
  navs: [],
  scalars: { count: { get: (o: RangeCollection) => o._resolve().rects.length } },
});
