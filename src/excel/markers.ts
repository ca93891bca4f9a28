/**
 * The marker that tells a sheet the add-in generated from a user's own sheet, so a rerun
 * replaces only its own output.
 *
 * The marker every host understands is a workbook-scoped defined name per generated sheet,
 * `Capaian_Lembar_<n>` → `'Temuan'!$A$1`, the same one the command line (src/xlsx/penanda.ts)
 * writes: it follows a renamed sheet, turns into #REF! when the sheet is deleted, and Excel,
 * LibreOffice and exceljs keep it. Where the host has worksheet custom properties
 * (ExcelApi 1.12) the sheet also gets a custom property; either marker is enough.
 */
import { quoteSheet } from "../core/tabel";
import { splitSheet } from "./alamat";
import { worksheetCustomProperties } from "./fitur";

/** Prefix of the defined names that mark generated sheets (shared with src/xlsx). */
export const MARKER_NAME_PREFIX = "Capaian_Lembar_";
/** Key of the worksheet custom property. */
export const MARKER_PROPERTY = "CapaianLembar";

export interface MarkerNames {
  /** Lower-cased names of the sheets the defined names point at. */
  sheets: Set<string>;
  /** Our defined names, with the sheet each points at (null when it is #REF!). */
  items: { name: string; sheet: string | null }[];
}

/** The sheet a defined name's formula points at, e.g. "='Temuan'!$A$1" → "Temuan". */
export function sheetOfFormula(formula: string): string | null {
  if (/#REF!/i.test(formula)) return null;
  const { sheet } = splitSheet(formula.replace(/^=/, ""));
  return sheet;
}

/** Queues loading the workbook's defined names; read the result after the next sync. */
export function queueMarkerNamesLoad(context: Excel.RequestContext): () => MarkerNames {
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  return () => {
    const items = names.items
      .filter((n) => n.name.startsWith(MARKER_NAME_PREFIX))
      .map((n) => ({ name: n.name, sheet: sheetOfFormula(String(n.formula ?? "")) }));
    const sheets = new Set(items.flatMap((i) => (i.sheet === null ? [] : [i.sheet.toLowerCase()])));
    return { sheets, items };
  };
}

/**
 * Queues the load that reveals a sheet's custom-property marker, where the host has custom
 * properties. After the sync the sheet is marked when the result is not a null object.
 */
export function queueMarkerPropertyLoad(sheet: Excel.Worksheet): Excel.WorksheetCustomProperty | null {
  if (!worksheetCustomProperties()) return null;
  const property = sheet.customProperties.getItemOrNullObject(MARKER_PROPERTY);
  property.load("key");
  return property;
}

/**
 * Queues the markers of the sheets a run has just written (after they got their final names),
 * and removes the defined names of the sheets it replaced or that users deleted.
 */
export function queueMarkerWrite(
  context: Excel.RequestContext,
  written: { sheet: Excel.Worksheet; name: string; base: string }[],
  existing: MarkerNames,
  replaced: string[],
): void {
  const gone = new Set(replaced.map((s) => s.toLowerCase()));
  const kept = new Set<string>();
  for (const item of existing.items) {
    if (item.sheet === null || gone.has(item.sheet.toLowerCase())) {
      context.workbook.names.getItem(item.name).delete();
    } else {
      kept.add(item.name.toLowerCase());
    }
  }
  let n = 1;
  const nextName = (): string => {
    while (kept.has(`${MARKER_NAME_PREFIX}${n}`.toLowerCase())) n++;
    const name = `${MARKER_NAME_PREFIX}${n}`;
    kept.add(name.toLowerCase());
    return name;
  };
  for (const w of written) {
    context.workbook.names.add(nextName(), `=${quoteSheet(w.name)}!$A$1`);
    if (worksheetCustomProperties()) w.sheet.customProperties.add(MARKER_PROPERTY, w.base);
  }
}
