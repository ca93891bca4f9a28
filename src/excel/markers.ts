/**
 * The marker that tells a sheet the add-in generated from a user's own sheet, so a rerun
 * replaces only its own output.
 *
 * The marker every host understands is a workbook-scoped defined name per generated sheet,
 * `Capaian_Lembar_<n>` → `'Temuan'!$A$1`, the same one the command line (src/xlsx/sheet-plan.ts)
 * writes: it follows a renamed sheet, turns into #REF! when the sheet is deleted, and Excel,
 * LibreOffice and exceljs keep it. Where the host has worksheet custom properties
 * (ExcelApi 1.12) the sheet also gets a custom property; either marker is enough.
 */
import { quoteSheet } from "../core/table";
import { isMarker, sheetOfReference, nextMarkerName } from "../report/sheet-naming";
import { worksheetCustomProperties } from "./fitur";

/** Key of the worksheet custom property. */
export const MARKER_PROPERTY = "CapaianLembar";

export interface MarkerNames {
  /** Lower-cased names of the sheets the defined names point at. */
  sheets: Set<string>;
  /** Our defined names, with the sheet each points at (null when it is #REF!). */
  items: { name: string; sheet: string | null }[];
}

/** Queues loading the workbook's defined names; read the result after the next sync. */
export function queueMarkerNamesLoad(context: Excel.RequestContext): () => MarkerNames {
  const names = context.workbook.names;
  names.load("items/name,items/formula");
  return () => {
    const items = names.items
      .filter((n) => isMarker(n.name))
      .map((n) => ({ name: n.name, sheet: sheetOfReference(String(n.formula ?? "")) }));
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
 * Queues the markers of the sheets a run has just written (after they got their final names).
 * The new defined names avoid every existing one: the previous output's names are removed only
 * after its sheets are gone (queueMarkerCleanup), so a swap that stops halfway leaves the
 * previous output still marked.
 */
export function queueMarkerWrite(
  context: Excel.RequestContext,
  written: { sheet: Excel.Worksheet; name: string; base: string }[],
  existing: MarkerNames,
): void {
  const used = new Set(existing.items.map((i) => i.name.toLowerCase()));
  for (const w of written) {
    context.workbook.names.add(nextMarkerName(used), `=${quoteSheet(w.name)}!$A$1`);
    if (worksheetCustomProperties()) w.sheet.customProperties.add(MARKER_PROPERTY, w.base);
  }
}

/**
 * Queues removing the defined names of the sheets a run replaced, and of sheets that are gone
 * (#REF!, or naming no sheet of `sheets`, the workbook's sheets when it was read).
 */
export function queueMarkerCleanup(
  context: Excel.RequestContext,
  existing: MarkerNames,
  replaced: readonly string[],
  sheets: readonly string[],
): void {
  const gone = new Set(replaced.map((s) => s.toLowerCase()));
  const present = new Set(sheets.map((s) => s.toLowerCase()));
  for (const item of existing.items) {
    const sheet = item.sheet?.toLowerCase() ?? null;
    if (sheet === null || gone.has(sheet) || !present.has(sheet)) {
      context.workbook.names.getItem(item.name).delete();
    }
  }
}
