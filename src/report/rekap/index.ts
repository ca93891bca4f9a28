/** The recap's sheets (Rekap Pemda), as SheetSpecs every host writes like the OPD sheets. */
import type { Rekap } from "../../core/rekap/rekap";
import type { SheetSpec } from "../sheet-spec";
import { buildIkuPemda } from "./iku-pemda";
import type { RekapSheetOptions } from "./names";
import { buildRekapAnggaran } from "./rekap-anggaran";
import { buildRekapOpd } from "./rekap-opd";
import { buildRekapTemuan } from "./rekap-temuan";

export { REKAP_SHEET_NAMES, type RekapSheetOptions, type FileLink } from "./names";

export function buildRekapSheets(r: Rekap, opsi: RekapSheetOptions = {}): SheetSpec[] {
  const sheets = [
    buildRekapOpd(r, opsi),
    buildRekapAnggaran(r, opsi),
    buildRekapTemuan(r, opsi),
    buildIkuPemda(r),
  ];
  return sheets.filter((s): s is SheetSpec => s !== null);
}
