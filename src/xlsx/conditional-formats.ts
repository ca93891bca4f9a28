/**
 * Conditional formats through exceljs: a "cell value equals" rule per predikat, with the fill
 * and font of its named style, so a predikat formula that changes keeps its colour right.
 */
import type ExcelJS from "exceljs";
import type { ConditionalFormatSpec } from "../report/sheet-spec";
import { STYLES } from "../report/styles";
import { conditionalStyle } from "./excel-style";

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** What both exceljs worksheets (in memory and streamed) offer for conditional formats. */
interface WithConditionalFormats {
  addConditionalFormatting(cf: ExcelJS.ConditionalFormattingOptions): void;
}

export function writeConditionalFormats(
  ws: WithConditionalFormats,
  formats: readonly ConditionalFormatSpec[],
): void {
  // One block per range, rules in the order given; priorities are unique across the sheet.
  const perRange = new Map<string, ConditionalFormatSpec[]>();
  for (const f of formats) perRange.set(f.range, [...(perRange.get(f.range) ?? []), f]);
  let prioritas = 1;
  for (const [ref, rules] of perRange)
    ws.addConditionalFormatting({
      ref,
      rules: rules.map((f) => ({
        type: "cellIs",
        operator: "equal",
        priority: prioritas++,
        formulae: [quoted(f.equals)],
        style: conditionalStyle(STYLES[f.style]),
      })),
    });
}
