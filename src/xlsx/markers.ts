/**
 * Marks the sheets Capaian generated, so a rerun replaces them and nothing else. The marker is a
 * workbook-scoped defined name per sheet (`Capaian_Lembar_1` → `'Temuan'!$A$1`), the same as
 * the add-in's (src/excel/markers.ts), parsed by the shared rules (src/report/sheet-naming.ts):
 * it follows a renamed sheet, and Excel, LibreOffice and exceljs all keep it.
 */
import type ExcelJS from "exceljs";
import { quoteSheet } from "../core/table";
import { isMarker, sheetOfReference, nextMarkerName } from "../report/sheet-naming";

interface DefinedNames {
  model: { name: string; ranges: string[] }[];
  add(locStr: string, name: string): void;
}

const names = (wb: ExcelJS.Workbook) => wb.definedNames as unknown as DefinedNames;

export interface Marker {
  name: string;
  /** The sheet it refers to; null when the reference is broken (#REF!). */
  sheet: string | null;
}

/** The workbook's markers. */
export function listMarkers(wb: ExcelJS.Workbook): Marker[] {
  return names(wb)
    .model.filter((n) => isMarker(n.name))
    .map((n) => ({ name: n.name, sheet: n.ranges.length > 0 ? sheetOfReference(n.ranges[0]) : null }));
}

/** Lower-cased names of the sheets an earlier run generated (the markers' sheets). */
export function markedSheets(wb: ExcelJS.Workbook): Set<string> {
  return new Set(listMarkers(wb).flatMap((p) => (p.sheet === null ? [] : [p.sheet.toLowerCase()])));
}

/**
 * Removes the markers of the sheets in `diganti` (lower-cased) and of sheets that no longer
 * exist; the markers of generated sheets a user renamed and kept stay.
 */
export function removeMarkers(wb: ExcelJS.Workbook, diganti: ReadonlySet<string>): void {
  const ada = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const dn = names(wb);
  dn.model = dn.model.filter((n) => {
    if (!isMarker(n.name)) return true;
    const sheet = n.ranges.length > 0 ? sheetOfReference(n.ranges[0]) : null;
    return sheet !== null && ada.has(sheet.toLowerCase()) && !diganti.has(sheet.toLowerCase());
  });
}

/** Marks `sheet` with the next free marker name. */
export function tandai(wb: ExcelJS.Workbook, sheet: string): void {
  const dipakai = new Set(listMarkers(wb).map((p) => p.name.toLowerCase()));
  names(wb).add(`${quoteSheet(sheet)}!$A$1`, nextMarkerName(dipakai));
}
