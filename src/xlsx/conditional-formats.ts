/**
 * Conditional formats through exceljs: a "cell value equals" rule per predikat, with the fill
 * and font of its named style, so a predikat formula that changes keeps its colour right.
 */
import type ExcelJS from "exceljs";
import type { ConditionalFormatSpec } from "../report/sheet-spec";
import { STYLES } from "../report/styles";

const argb = (hex: string) => "FF" + hex.replace("#", "").toUpperCase();
const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function writeConditionalFormats(
  ws: ExcelJS.Worksheet,
  formats: readonly ConditionalFormatSpec[],
): void {
  // One block per range, rules in the order given; priorities are unique across the sheet.
  const perRange = new Map<string, ConditionalFormatSpec[]>();
  for (const f of formats) perRange.set(f.range, [...(perRange.get(f.range) ?? []), f]);
  let prioritas = 1;
  for (const [ref, rules] of perRange)
    ws.addConditionalFormatting({
      ref,
      rules: rules.map((f) => {
        const s = STYLES[f.style];
        return {
          type: "cellIs",
          operator: "equal",
          priority: prioritas++,
          formulae: [quoted(f.equals)],
          style: {
            font: { bold: s.bold, color: s.fontColor ? { argb: argb(s.fontColor) } : undefined },
            fill: s.fill ? { type: "pattern", pattern: "solid", bgColor: { argb: argb(s.fill) } } : undefined,
          },
        };
      }),
    });
}
