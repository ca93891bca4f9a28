/**
 * Excel.Workbook: the entry point of a request context (`context.workbook`).
 */

import { parseAddress } from "../address";
import { SimObject, defineType } from "../client-object";
import type { SimRequestContext } from "../context";
import { richError } from "../errors";
import { WorkbookModel, findSheet } from "../model";
import { Application } from "./application";
import { NamedItemCollection } from "./names";
import { Range } from "./range";
import { RangeAreas } from "./range-areas";
import { TableCollection } from "./table";
import { Worksheet, WorksheetCollection } from "./worksheet";

export class Workbook extends SimObject {
  declare readonly name: string;
  readonly application: Application;
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  readonly names: NamedItemCollection;

  constructor(context: SimRequestContext) {
    super(context, "workbook");
    this.application = new Application(context, "workbook.application");
    this.worksheets = new WorksheetCollection(context, "workbook.worksheets");
    this.tables = new TableCollection(context, "workbook.tables");
    this.names = new NamedItemCollection(context, "workbook.names");
  }

  _resolve(): WorkbookModel {
    return this.context._host.model;
  }

  private _selection(): { sheetName: string; address: string } {
    const model = this.context._host.model;
    const sel = model.selection ?? { sheet: model.activeSheet, address: "A1" };
    return { sheetName: sel.sheet, address: sel.address };
  }

  /** The selected range; a selection of several areas is InvalidSelection, as in Excel. */
  getSelectedRange(): Range {
    const sheetOf = () => {
      const sheet = findSheet(this.context._host.model, this._selection().sheetName);
      if (!sheet) throw richError("GeneralException", "the selection is on a missing sheet");
      return sheet;
    };
    return new Range(
      this.context,
      "workbook.getSelectedRange()",
      () => {
        const { address } = this._selection();
        if (/[,;]/.test(address)) throw richError("InvalidSelection", "the selection has several areas");
        const a = parseAddress(address);
        if (!a) throw richError("GeneralException", `bad selection ${address}`);
        return { sheet: sheetOf(), rect: a.rect };
      },
      undefined,
      Worksheet._located(this.context, "workbook.getSelectedRange().worksheet", sheetOf),
    );
  }

  /** ExcelApi 1.9. */
  getSelectedRanges(): RangeAreas {
    const sheet = Worksheet._located(this.context, "workbook.getSelectedRanges().worksheet", () => {
      const s = findSheet(this.context._host.model, this._selection().sheetName);
      if (!s) throw richError("GeneralException", "the selection is on a missing sheet");
      return s;
    });
    return new RangeAreas(this.context, "workbook.getSelectedRanges()", sheet, () => {
      const rects = this._selection()
        .address.split(/[,;]/)
        .map((p) => parseAddress(p.trim())?.rect);
      if (rects.some((r) => !r)) throw richError("GeneralException", "bad selection");
      return { sheet: sheet._sheet(), rects: rects as NonNullable<(typeof rects)[number]>[] };
    });
  }
}
defineType(Workbook, {
  name: "Workbook",
  navs: ["application", "worksheets", "tables", "names"],
  scalars: { name: { get: () => "Book1.xlsx", api: "1.7" } },
});
