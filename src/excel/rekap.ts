/**
 * Rekap Pemda in the open workbook: one batch reads the sheet inventory and the workbook's own
 * `iku_pemda` table (readWorkbook, bounded reads), the caller builds the recap sheets from it,
 * and the same writer as Hitung Capaian writes them (constant syncs, requests under budget,
 * replacing only an earlier recap, never the user's sheets or the OPD output sheets).
 */
import { findContractTable } from "../core/kontrak";
import type { RawTable } from "../core/table";
import { REKAP_SHEET_NAMES } from "../report/rekap";
import type { SheetSpec } from "../report/sheet-spec";
import { STYLES } from "../report/styles";
import { readWorkbook } from "./read-tables";
import { writeSheets, type WriteResult } from "./write-sheets";

export interface RekapWriteResult {
  tulis: WriteResult;
  /** context.sync() calls of the read and the write. */
  syncs: number;
}

export async function writeRekapPemda(
  context: Excel.RequestContext,
  buat: (ikuPemda: RawTable | null) => SheetSpec[],
  opsi: { requestBudget?: number } = {},
): Promise<RekapWriteResult> {
  const snapshot = await readWorkbook(context, ["iku_pemda"]);
  const specs = buat(findContractTable(snapshot.tables, "iku_pemda") ?? null);
  const tulis = await writeSheets(context, specs, snapshot, {
    styles: STYLES,
    requestBudget: opsi.requestBudget,
    activate: REKAP_SHEET_NAMES.rekapOpd,
  });
  return { tulis, syncs: snapshot.syncs + tulis.syncs };
}
