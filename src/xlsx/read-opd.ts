/**
 * One OPD workbook, given as bytes, to its recap summary: the same reading and engine as
 * `capaian hitung` (named tables, SIPD-RI exports copied into the workbook, analyze), with no
 * file system, so the command and the task pane (which reads the user's files in the browser)
 * share it. The workbook is dropped as soon as its summary is made.
 */
import ExcelJS from "exceljs";
import { analyze, type AnalyzeOptions } from "../core/analyze";
import { findContractTable, KONTRAK, TABLE_NAMES } from "../core/kontrak";
import { REKAP_MESSAGES } from "../core/rekap/messages";
import type { OpdReadResult } from "../core/rekap/kumpulan";
import { ringkasOpd } from "../core/rekap/opd-summary";
import type { SumberSipd } from "../core/sipd/anggaran-sipd";
import { sumberFromWorkbook } from "../core/sipd/sumber";
import type { RawTable } from "../core/table";
import { findSipdExport } from "./read-sheet";
import { readTables } from "./read-tables";

export type { OpdReadResult };

/** The contract's required tables: a workbook with none of them is no OPD's workbook. */
const TABEL_OPD = TABLE_NAMES.filter((n) => KONTRAK[n].wajib);

/** SIPD-RI exports copied as sheets into a workbook without a `pagu` table, as `capaian hitung` reads them. */
function sipdDiBuku(wb: ExcelJS.Workbook, tables: RawTable[]): SumberSipd | undefined {
  if (findContractTable(tables, "pagu")) return undefined; // the plain sheets need not be scanned
  const ekspor = findSipdExport(wb);
  return sumberFromWorkbook(
    tables,
    {
      rekap: ekspor.filter((t) => t.format.jenis === "rekap"),
      realisasi: ekspor.filter((t) => t.format.jenis === "realisasi"),
    },
    {},
  );
}

export async function readOpd(
  data: ArrayBuffer | Uint8Array,
  berkas: string,
  opsi: Pick<AnalyzeOptions, "tahun" | "skala" | "tahunSekarang">,
): Promise<OpdReadResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as ArrayBuffer);
  } catch {
    return { jenis: "gagal", alasan: REKAP_MESSAGES.tidakTerbaca(berkas), ikuPemda: null };
  }
  let ikuPemda: RawTable | null = null;
  try {
    const tables = readTables(wb);
    ikuPemda = findContractTable(tables, "iku_pemda") ?? null;
    if (!TABEL_OPD.some((n) => findContractTable(tables, n)))
      return ikuPemda
        ? { jenis: "iku", ikuPemda }
        : { jenis: "gagal", alasan: REKAP_MESSAGES.bukanBukuOpd, ikuPemda };
    const analysis = analyze(tables, { ...opsi, sipd: sipdDiBuku(wb, tables) });
    if (analysis.fatal) {
      const alasan = analysis.temuan.filter((t) => t.tingkat === "error").map((t) => t.pesan);
      return { jenis: "gagal", alasan: REKAP_MESSAGES.tidakDapatDihitung(alasan), ikuPemda };
    }
    return { jenis: "opd", ringkasan: ringkasOpd(analysis, berkas), ikuPemda };
  } catch (e) {
    // One broken workbook must not stop the recap of the others: say what happened.
    return {
      jenis: "gagal",
      alasan: `Terjadi kesalahan saat membaca ${berkas}: ${(e as Error).message}. Buka berkas di Excel, simpan ulang sebagai .xlsx, lalu coba lagi.`,
      ikuPemda,
    };
  }
}
