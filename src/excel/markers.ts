/**
 * The marker that tells a sheet the add-in generated from a user's own sheet, so a rerun
 * replaces only its own output. The marker travels with the sheet (renames keep it, deleting
 * the sheet removes it) and holds the base name the sheet was generated as ("Temuan").
 *
 * Where the host has worksheet custom properties (ExcelApi 1.12) the marker is one; elsewhere
 * it is a worksheet-scoped named item (ExcelApi 1.4) whose formula is the base name as a
 * string constant. Both are probed on every read, so a workbook moved between hosts of
 * different levels is still recognised.
 */
import { worksheetCustomProperties } from "./fitur";

/** Key of the custom property and name of the worksheet-scoped named item. */
export const MARKER_KEY = "CapaianLembar";

export interface MarkerProbe {
  /** After the sync: the base name, or null when the sheet carries no marker. */
  read(): string | null;
}

function parseNameFormula(formula: unknown): string | null {
  if (typeof formula !== "string") return null;
  const m = /^="((?:[^"]|"")*)"$/.exec(formula.trim());
  return m ? m[1].replace(/""/g, '"') : null;
}

/** Queues the loads that reveal a sheet's marker; read it after the next sync. */
export function queueMarkerLoad(sheet: Excel.Worksheet): MarkerProbe {
  const property = worksheetCustomProperties() ? sheet.customProperties.getItemOrNullObject(MARKER_KEY) : null;
  property?.load("value");
  const name = sheet.names.getItemOrNullObject(MARKER_KEY);
  name.load("formula");
  return {
    read() {
      if (property && !property.isNullObject && typeof property.value === "string" && property.value !== "") {
        return property.value;
      }
      if (!name.isNullObject) return parseNameFormula(name.formula);
      return null;
    },
  };
}

/** Queues writing the marker on a sheet the add-in has just created. */
export function queueMarkerWrite(sheet: Excel.Worksheet, baseName: string): void {
  if (worksheetCustomProperties()) {
    sheet.customProperties.add(MARKER_KEY, baseName);
  } else {
    sheet.names.add(MARKER_KEY, `="${baseName.replace(/"/g, '""')}"`);
  }
}
