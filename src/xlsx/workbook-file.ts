/**
 * A workbook file through exceljs: opening it (with a clear message for what is not an .xlsx)
 * and adding the output sheets to it. The command's use case (src/cli/compute-file.ts) calls these.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { readErrorMessage } from "../cli/os-errors";
import type { SheetSpec } from "../report/sheet-spec";
import { replacedSheets, freeName } from "../report/sheet-naming";
import { fileKind, type FileKind } from "./file-kind";
import { removeMarkers, markedSheets, tandai } from "./markers";
import { writeSheet } from "./write-sheets";

export class ReadFailure extends Error {}

/** Sheets written, and sheets renamed because a user's sheet had the name. */
export interface WrittenSheet {
  lembar: string[];
  namaDiganti: { diminta: string; ditulis: string }[];
}

const SIMPAN_XLSX = `Buka di Excel lalu simpan sebagai "Buku Kerja Excel (.xlsx)", kemudian coba lagi.`;

/** What to tell about a file that is not an .xlsx, by what it is. */
function pesanBukanXlsx(file: string, jenis: Exclude<FileKind, "xlsx">): string {
  switch (jenis) {
    case "kosong":
      return `Berkas ${file} kosong (0 byte), bukan buku kerja. Pilih berkas .xlsx yang benar.`;
    case "terenkripsi":
      return `Berkas ${file} dilindungi kata sandi (terenkripsi), sehingga isinya tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File › Info › Proteksi Buku Kerja › Enkripsi dengan Kata Sandi, kosongkan lalu OK), simpan, kemudian coba lagi.`;
    case "xls":
      return `Berkas ${file} berformat lama Excel 97-2003 (.xls), bukan .xlsx. ${SIMPAN_XLSX}`;
    case "ods":
      return `Berkas ${file} adalah lembar kerja OpenDocument (.ods, dari LibreOffice), bukan .xlsx. Buka di LibreOffice Calc atau Excel lalu simpan sebagai "Excel 2007-365 (.xlsx)", kemudian coba lagi.`;
    case "docx":
      return `Berkas ${file} adalah dokumen Word, bukan buku kerja Excel. Pilih berkas .xlsx yang berisi tabel targets, pagu dan realisasi.`;
    case "zip-lain":
      return `Berkas ${file} adalah arsip zip yang bukan buku kerja Excel. Ekstrak isinya, atau pilih berkas .xlsx yang berisi tabel targets, pagu dan realisasi.`;
    case "csv":
      return `Berkas ${file} adalah teks (CSV), bukan buku kerja: teks tidak dapat memuat tabel bernama. Buka di Excel, jadikan datanya tabel targets, pagu dan realisasi (Sisipkan › Tabel), simpan sebagai .xlsx, lalu coba lagi.`;
    case "html":
      return `Berkas ${file} adalah halaman web (HTML) yang diberi nama berkas Excel, seperti hasil ekspor sebagian aplikasi. ${SIMPAN_XLSX}`;
    case "lain":
      return `Berkas ${file} bukan buku kerja Excel (.xlsx). Pilih berkas .xlsx yang berisi tabel targets, pagu dan realisasi.`;
  }
}

export async function readWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  let data: Buffer;
  try {
    data = await fs.readFile(file);
  } catch (e) {
    throw new ReadFailure(readErrorMessage(file, e));
  }
  const jenis = fileKind(data);
  if (jenis !== "xlsx") throw new ReadFailure(pesanBukanXlsx(file, jenis));
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new ReadFailure(
      `Berkas ${file} rusak atau tidak lengkap sehingga tidak dapat dibaca sebagai buku kerja .xlsx. ${SIMPAN_XLSX}`,
    );
  }
  return wb;
}

/**
 * Adds the output sheets to the workbook, replacing only sheets an earlier run generated and
 * that still carry a generated name; the rules are the add-in's (src/report/sheet-naming.ts).
 */
export function addSheets(wb: ExcelJS.Workbook, specs: readonly SheetSpec[]): WrittenSheet {
  const bertanda = markedSheets(wb);
  const diganti = replacedSheets(
    wb.worksheets.map((w) => ({ name: w.name, generated: bertanda.has(w.name.toLowerCase()) })),
    specs.map((s) => s.name),
  );
  const digantiKecil = new Set(diganti.map((n) => n.toLowerCase()));
  removeMarkers(wb, digantiKecil);
  for (const ws of [...wb.worksheets]) if (digantiKecil.has(ws.name.toLowerCase())) wb.removeWorksheet(ws.id);
  const dipakai = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const lembar: string[] = [];
  const namaDiganti: WrittenSheet["namaDiganti"] = [];
  for (const spec of specs) {
    const nama = freeName(spec.name, dipakai);
    if (nama !== spec.name) namaDiganti.push({ diminta: spec.name, ditulis: nama });
    writeSheet(wb, { ...spec, name: nama });
    tandai(wb, nama);
    lembar.push(nama);
  }
  lupakanHasilLama(wb, lembar);
  return { lembar, namaDiganti };
}

/**
 * The user's own formulas that point at output cells keep their text across a rerun (the sheet
 * comes back under the same name, so there is no #REF!), but exceljs would keep their old
 * cached results. Those results are dropped, so Excel and LibreOffice compute them when the
 * file is opened, and the workbook asks Excel for a full calculation on load.
 */
function lupakanHasilLama(wb: ExcelJS.Workbook, ditulis: string[]): void {
  const keluaran = new Set(ditulis.map((n) => n.toLowerCase()));
  const menunjuk = (rumus: string): boolean =>
    [...rumus.matchAll(/'((?:[^']|'')+)'!|([A-Za-z_][\w.]*)!/g)].some((m) =>
      keluaran.has((m[1] ?? m[2]).replace(/''/g, "'").toLowerCase()),
    );
  for (const ws of wb.worksheets) {
    if (keluaran.has(ws.name.toLowerCase())) continue;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v && v.formula && menunjuk(v.formula))
          cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
      }),
    );
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}
