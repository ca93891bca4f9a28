/**
 * Marks the sheets Capaian generated, so a rerun replaces them and nothing else. The marker is a
 * workbook-scoped defined name per sheet (`Capaian_Lembar_1` → `'Temuan'!$A$1`): it follows a
 * renamed sheet, and Excel, LibreOffice and exceljs all keep it.
 */
import type ExcelJS from "exceljs";
import { quoteSheet } from "../core/tabel";

export const AWALAN_PENANDA = "Capaian_Lembar_";

interface DefinedNames {
  model: { name: string; ranges: string[] }[];
  add(locStr: string, name: string): void;
  removeAllNames?(name: string): void;
}

const names = (wb: ExcelJS.Workbook) => wb.definedNames as unknown as DefinedNames;

/** Names of the sheets an earlier run generated. */
export function lembarBertanda(wb: ExcelJS.Workbook): Set<string> {
  const hasil = new Set<string>();
  for (const n of names(wb).model) {
    if (!n.name.startsWith(AWALAN_PENANDA)) continue;
    for (const r of n.ranges) {
      const m = /^'?(.*?)'?!/.exec(r);
      if (m) hasil.add(m[1].replace(/''/g, "'"));
    }
  }
  return hasil;
}

/** Removes every marker, so the run can mark the sheets it writes now. */
export function hapusPenanda(wb: ExcelJS.Workbook): void {
  const dn = names(wb);
  dn.model = dn.model.filter((n) => !n.name.startsWith(AWALAN_PENANDA));
}

export function tandai(wb: ExcelJS.Workbook, sheet: string, urutan: number): void {
  names(wb).add(`${quoteSheet(sheet)}!$A$1`, `${AWALAN_PENANDA}${urutan}`);
}
