/**
 * Conditional formats through Office.js (ExcelApi 1.6): a "cell value equals" rule per predikat
 * with the fill and font of its named style, so a live predikat formula keeps its colour when
 * its value changes. The exceljs writer does the same (src/xlsx/conditional-formats.ts).
 */
import type { ConditionalFormatSpec, StyleName, StyleSpec } from "../report/sheet-spec";
import { estimateBytes, type Operation } from "./chunking";

/** What an operation needs: the sheet, by its (temporary) name. */
export interface CfTarget {
  sheet(name: string): Excel.Worksheet;
}

const quoted = (s: string) => `="${s.replace(/"/g, '""')}"`;

/** One queued operation per rule, on the sheet still under its temporary name. */
export function conditionalFormatOps<C extends CfTarget>(
  formats: readonly ConditionalFormatSpec[],
  temp: string,
  styles: Record<StyleName, StyleSpec>,
): Operation<C>[] {
  return formats.map((f) => {
    const s = styles[f.style];
    return {
      bytes: estimateBytes([f.range, f.equals, s.fill, s.fontColor]) + 200,
      queue(t: C) {
        const cf = t.sheet(temp).getRange(f.range).conditionalFormats.add("CellValue");
        cf.cellValue.rule = { formula1: quoted(f.equals), operator: "EqualTo" };
        if (s.fill) cf.cellValue.format.fill.color = s.fill;
        if (s.fontColor) cf.cellValue.format.font.color = s.fontColor;
        if (s.bold) cf.cellValue.format.font.bold = true;
      },
    };
  });
}
