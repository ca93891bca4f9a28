/**
 * What a file given as a workbook really is, from its bytes: an .xlsx, or something named
 * .xlsx that is not (a password-protected workbook, an .xls, an .ods, a CSV or a web page
 * saved with an Excel name, another zip). So the message can say what it is and how to fix it.
 */

export type FileKind =
  "xlsx" | "kosong" | "terenkripsi" | "xls" | "ods" | "docx" | "zip-lain" | "csv" | "html" | "lain";

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Entry names of a zip archive, from its central directory; null when it is not a readable zip. */
export function zipEntryNames(buf: Buffer): string[] | null {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--)
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) return null;
  const jumlah = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const nama: string[] = [];
  for (let n = 0; n < jumlah; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const panjang = buf.readUInt16LE(p + 28);
    nama.push(buf.toString("utf8", p + 46, p + 46 + panjang));
    p += 46 + panjang + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return nama;
}

/** An OLE2 compound file: Office 97-2003, or the envelope of an encrypted (password) workbook. */
function jenisOle2(buf: Buffer): FileKind {
  // Directory entries are UTF-16LE names; an encrypted OOXML file keeps "EncryptedPackage".
  if (buf.includes(Buffer.from("EncryptedPackage", "utf16le"))) return "terenkripsi";
  return "xls";
}

function jenisZip(buf: Buffer): FileKind {
  const isi = zipEntryNames(buf);
  if (!isi) return "lain";
  if (isi.includes("xl/workbook.xml")) return "xlsx";
  if (isi.includes("word/document.xml")) return "docx";
  if (isi.includes("mimetype") && buf.includes("application/vnd.oasis.opendocument.spreadsheet"))
    return "ods";
  return "zip-lain";
}

/** Plain text: CSV (or TSV) when its first line has separators, a web page when it starts with a tag. */
function jenisTeks(buf: Buffer): FileKind {
  const kepala = buf.subarray(0, 4096);
  // Control bytes other than tab, newlines and form feed: binary, not text.
  if (kepala.some((b) => b < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d].includes(b))) return "lain";
  const awal = kepala.toString("utf8").replace(/^\uFEFF/, "");
  if (/^\s*</.test(awal)) return "html";
  if (/[;,\t]/.test(awal.split(/\r?\n/)[0] ?? "")) return "csv";
  return "lain";
}

export function fileKind(buf: Buffer): FileKind {
  if (buf.length === 0) return "kosong";
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE2)) return jenisOle2(buf);
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) return jenisZip(buf);
  return jenisTeks(buf);
}
