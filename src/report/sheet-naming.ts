/**
 * Naming rules of the output sheets, shared by the add-in (src/excel) and the command line
 * (src/xlsx), so both hosts replace the same sheets and name them the same way. Pure: no Excel,
 * no exceljs.
 *
 * - A run replaces only its own output: a sheet that carries the marker AND still stands under
 *   a generated name (the base name or a "Nama (n)" variant). A generated sheet the user
 *   renamed ("Temuan 2023") is the user's now and is kept.
 * - A name a user's sheet holds is never taken: the output goes to "Nama (2)", "Nama (3)", …
 * - The marker is a workbook-scoped defined name per generated sheet, `Capaian_Lembar_<n>`,
 *   referring to the sheet's A1 (`'Temuan'!$A$1`).
 */

import { splitSheet } from "../core/a1";

/** Excel's limit on a sheet name. */
export const SHEET_NAME_MAX_LENGTH = 31;

/** Prefix of the defined names that mark generated sheets. */
export const MARKER_PREFIX = "Capaian_Lembar_";

const kecil = (s: string): string => s.toLowerCase();

/** "Nama (n)" for n ≥ 2, cutting the base so the result fits 31 characters; n ≤ 1 is the base. */
export function nameVariant(dasar: string, n: number): string {
  if (n <= 1) return dasar;
  const akhiran = ` (${n})`;
  return dasar.slice(0, SHEET_NAME_MAX_LENGTH - akhiran.length) + akhiran;
}

/** True when `nama` is `dasar` or one of its "(n)" variants (ignoring case). */
export function adalahVarian(nama: string, dasar: string): boolean {
  if (kecil(nama) === kecil(dasar)) return true;
  const m = /^(.*) \((\d+)\)$/.exec(nama);
  if (!m) return false;
  return kecil(nameVariant(dasar, Number(m[2]))) === kecil(nama);
}

export interface ExistingSheet {
  name: string;
  /** True when the sheet carries the marker. */
  generated: boolean;
}

/** A generated sheet that still stands under a name a run gave it (not renamed by the user). */
export function milikSendiri(lembar: ExistingSheet, dasar: readonly string[]): boolean {
  return lembar.generated && dasar.some((d) => adalahVarian(lembar.name, d));
}

/** Names of the existing sheets a run writing `dasar` replaces, in workbook order. */
export function replacedSheets(lembar: readonly ExistingSheet[], dasar: readonly string[]): string[] {
  return lembar.filter((l) => milikSendiri(l, dasar)).map((l) => l.name);
}

/**
 * The first of `dasar`, "dasar (2)", … that `dipakai` (lower-cased names) does not hold; the
 * name is added to `dipakai`.
 */
export function freeName(dasar: string, dipakai: Set<string>): string {
  let n = 1;
  let nama = nameVariant(dasar, n);
  while (dipakai.has(kecil(nama))) nama = nameVariant(dasar, ++n);
  dipakai.add(kecil(nama));
  return nama;
}

/** True for the defined names that mark generated sheets. */
export function isMarker(namaNama: string): boolean {
  return namaNama.startsWith(MARKER_PREFIX);
}

/**
 * The sheet a marker refers to: "='Temuan'!$A$1", "'My ''Sheet'!$A$1" or "Narasi!A1" → the
 * unquoted sheet name; null when the reference is #REF! (the sheet was deleted) or has no sheet.
 */
export function sheetOfReference(rujukan: string): string | null {
  const teks = rujukan.trim().replace(/^=/, "");
  if (/#REF!/i.test(teks)) return null;
  const { sheet } = splitSheet(teks);
  return sheet === "" ? null : sheet;
}

/** The next free marker name, `Capaian_Lembar_<n>`, given the (lower-cased) names in use; adds it. */
export function nextMarkerName(dipakai: Set<string>): string {
  let n = 1;
  while (dipakai.has(kecil(`${MARKER_PREFIX}${n}`))) n++;
  const nama = `${MARKER_PREFIX}${n}`;
  dipakai.add(kecil(nama));
  return nama;
}
