/**
 * A workbook file through exceljs: opening it, with a clear message for what is not an .xlsx.
 * The command's use case (src/cli/compute-file.ts) reads it here and writes its output through
 * add-sheets.ts.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { readErrorMessage } from "../cli/os-errors";
import { fileKind, type FileKind } from "./file-kind";

export class ReadFailure extends Error {}

/** Sheets written, and sheets renamed because a user's sheet had the name. */
export interface WrittenSheet {
  lembar: string[];
  namaDiganti: { diminta: string; ditulis: string }[];
}

const SAVE_AS_XLSX = `Buka di Excel lalu simpan sebagai "Buku Kerja Excel (.xlsx)", kemudian coba lagi.`;

/** What to tell about a file that is not an .xlsx, by what it is. */
function notXlsxMessage(file: string, jenis: Exclude<FileKind, "xlsx">): string {
  switch (jenis) {
    case "kosong":
      return `Berkas ${file} kosong (0 byte), bukan buku kerja. Pilih berkas .xlsx yang benar.`;
    case "terenkripsi":
      return `Berkas ${file} dilindungi kata sandi (terenkripsi), sehingga isinya tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File › Info › Proteksi Buku Kerja › Enkripsi dengan Kata Sandi, kosongkan lalu OK), simpan, kemudian coba lagi.`;
    case "xls":
      return `Berkas ${file} berformat lama Excel 97-2003 (.xls), bukan .xlsx. ${SAVE_AS_XLSX}`;
    case "ods":
      return `Berkas ${file} adalah lembar kerja OpenDocument (.ods, dari LibreOffice), bukan .xlsx. Buka di LibreOffice Calc atau Excel lalu simpan sebagai "Excel 2007-365 (.xlsx)", kemudian coba lagi.`;
    case "docx":
      return `Berkas ${file} adalah dokumen Word, bukan buku kerja Excel. Pilih berkas .xlsx yang berisi tabel targets, pagu dan realisasi.`;
    case "zip-lain":
      return `Berkas ${file} adalah arsip zip yang bukan buku kerja Excel. Ekstrak isinya, atau pilih berkas .xlsx yang berisi tabel targets, pagu dan realisasi.`;
    case "csv":
      return `Berkas ${file} adalah teks (CSV), bukan buku kerja: teks tidak dapat memuat tabel bernama. Buka di Excel, jadikan datanya tabel targets, pagu dan realisasi (Sisipkan › Tabel), simpan sebagai .xlsx, lalu coba lagi.`;
    case "html":
      return `Berkas ${file} adalah halaman web (HTML) yang diberi nama berkas Excel, seperti hasil ekspor sebagian aplikasi. ${SAVE_AS_XLSX}`;
    case "lain":
      return `Berkas ${file} bukan buku kerja Excel (.xlsx). Pilih berkas .xlsx yang berisi tabel targets, pagu dan realisasi.`;
  }
}

export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  return (await readWorkbookBytes(file)).wb;
}

/** The file's bytes (the output is built from its zip entries) and exceljs's model of it. */
export async function readWorkbookBytes(file: string): Promise<{ data: Buffer; wb: ExcelJS.Workbook }> {
  const data = await readXlsxBytes(file);
  return { data, wb: await loadWorkbook(data, file) };
}

/** The bytes of an .xlsx file, or a clear message for a file that cannot be read or is not one. */
export async function readXlsxBytes(file: string): Promise<Buffer> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    throw new ReadFailure(readErrorMessage(file, e));
  }
  const jenis = fileKind(data);
  if (jenis !== "xlsx") throw new ReadFailure(notXlsxMessage(file, jenis));
  return data;
}

/** exceljs's model of an .xlsx file's bytes. */
export async function loadWorkbook(data: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ReadFailure(
      `Berkas ${file} rusak atau tidak lengkap sehingga tidak dapat dibaca sebagai buku kerja .xlsx. ${SAVE_AS_XLSX}`,
    );
  }
  return wb;
}
