/** What a file named .xlsx really is, from its bytes (src/xlsx/file-kind.ts). */
import { promises as fs } from "fs";
import path from "path";
import { fileKind, zipEntryNames } from "../../src/xlsx/file-kind";
import { bufferBuku } from "../corpus/buku";
import { tulisZip } from "../corpus/zip-tulis";

const berkas = (n: string) => fs.readFile(path.join(__dirname, "..", "corpus", "berkas", n));

it.each<[string, () => Promise<Buffer> | Buffer, string]>([
  ["an exceljs workbook", () => bufferBuku(), "xlsx"],
  ["a password-protected workbook", () => berkas("sandi.xlsx"), "terenkripsi"],
  ["an Excel 97-2003 file", () => berkas("lama.xls"), "xls"],
  ["an OpenDocument spreadsheet", () => berkas("calc.ods"), "ods"],
  ["nothing", () => Buffer.alloc(0), "kosong"],
  ["CSV with semicolons", () => Buffer.from("\uFEFFKode;Target\nIKU-01;80\n"), "csv"],
  ["tab-separated text", () => Buffer.from("Kode\tTarget\n"), "csv"],
  ["a web page", () => Buffer.from("  <!DOCTYPE html><table></table>"), "html"],
  ["a zip of other files", () => tulisZip({ "a.txt": "x" }), "zip-lain"],
  ["a Word-shaped zip", () => tulisZip({ "word/document.xml": "<w/>" }), "docx"],
  ["a plain sentence", () => Buffer.from("bukan zip"), "lain"],
  ["binary noise", () => Buffer.from([1, 2, 3, 0, 255, 7]), "lain"],
])("%s is %s", async (_n, isi, jenis) => {
  expect(fileKind(await isi())).toBe(jenis);
});

it("lists a zip's entries from its central directory, and nothing for a truncated one", async () => {
  const b = await bufferBuku();
  expect(zipEntryNames(b)).toContain("xl/workbook.xml");
  expect(zipEntryNames(b.subarray(0, b.length >> 1))).toBeNull();
});
