/**
 * The named styles (src/report/styles.ts) as exceljs style models: the one mapping of the
 * exceljs writer, for cells and for the conditional formats' differential styles alike.
 */
import type ExcelJS from "exceljs";
import type { StyleSpec } from "../report/sheet-spec";

export const argb = (hex: string) => "FF" + hex.replace("#", "").toUpperCase();

/** A cell's style: font, fill, alignment, a thin border on every edge, the number format. */
export function excelStyle(spec: StyleSpec): Partial<ExcelJS.Style> {
  const tipis: ExcelJS.Border | undefined = spec.border
    ? { style: "thin", color: { argb: argb(spec.border) } }
    : undefined;
  return {
    font: {
      name: "Calibri",
      size: spec.fontSize ?? 11,
      bold: spec.bold,
      italic: spec.italic,
      underline: spec.underline,
      color: spec.fontColor ? { argb: argb(spec.fontColor) } : undefined,
    },
    fill: spec.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } } : undefined,
    alignment: {
      horizontal: spec.horizontal,
      vertical: spec.vertical === "center" ? "middle" : spec.vertical,
      wrapText: spec.wrap,
      indent: spec.indent,
    },
    border: tipis ? { top: tipis, left: tipis, bottom: tipis, right: tipis } : undefined,
    numFmt: spec.numberFormat,
  };
}

/** A conditional format's differential style: the font and the fill of the named style. */
export function conditionalStyle(spec: StyleSpec): Partial<ExcelJS.Style> {
  return {
    font: { bold: spec.bold, color: spec.fontColor ? { argb: argb(spec.fontColor) } : undefined },
    fill: spec.fill ? { type: "pattern", pattern: "solid", bgColor: { argb: argb(spec.fill) } } : undefined,
  };
}
