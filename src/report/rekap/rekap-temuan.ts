/**
 * Rekap Temuan: every OPD's error-level temuan with its file and a link to the cell in that
 * file; the workbooks that could not be used, with their reason; and the recap's own temuan
 * (tahun mismatches, IKU Pemda mapping) with links into this workbook.
 */
import { LABEL } from "../../core/messages";
import type { Rekap } from "../../core/rekap/rekap";
import { quoteSheet, splitSheet } from "../../core/a1";
import type { Temuan } from "../../core/temuan";
import { SheetBuilder, valueCell, rumus, type SheetCell } from "../sheet-builder";
import { formulaText } from "../rumus";
import type { SheetSpec } from "../sheet-spec";
import type { RekapSheetOptions } from "./names";

/** `DPA!E7` in `file.xlsx` → HYPERLINK("file.xlsx#'DPA'!E7"); in this workbook → "#DPA!E7". */
function tautanSel(alamat: string, berkas: string | null): SheetCell {
  const { sheet, local } = splitSheet(alamat);
  if (sheet === null) return valueCell(alamat, "teks");
  let lembar = sheet;
  // An address in a separate SIPD download names its file: "[rekap.xlsx]Sheet 1!U7".
  const m = /^\[(.+)\](.*)$/.exec(lembar);
  const file = m ? m[1] : berkas;
  if (m) lembar = m[2];
  const target = `${file ?? ""}#${quoteSheet(lembar)}!${local}`;
  const teks = file ? `[${file.split(/[\\/]/).pop()}]${lembar}!${local}` : alamat;
  return rumus(`=HYPERLINK(${formulaText(target)},${formulaText(teks)})`, teks, "tautan");
}

export function buildRekapTemuan(r: Rekap, opsi: RekapSheetOptions = {}): SheetSpec {
  const tautan = opsi.tautan ?? ((b: string) => b);
  const baris: { opd: string; berkas: string | null; t: Temuan | null; alasan?: string }[] = [
    ...r.gagal.map((g) => ({ opd: "", berkas: g.berkas, t: null, alasan: g.alasan })),
    ...r.opd.flatMap((o) => o.temuanError.map((t) => ({ opd: o.nama, berkas: o.berkas, t }))),
    ...r.temuan.map((t) => ({ opd: "Rekap", berkas: null, t })),
  ];
  const l = new SheetBuilder(8);
  l.judul(`Rekap Temuan Tingkat Kesalahan${r.tahun ? ` Tahun ${r.tahun}` : ""}`, "A1:H1");
  const kesalahan = r.opd.reduce((s, o) => s + o.temuanError.length, 0);
  l.subjudul(
    `${kesalahan} temuan tingkat kesalahan di ${r.opd.filter((o) => o.temuanError.length).length} OPD, ${r.gagal.length} berkas tidak dapat dipakai, ${r.temuan.length} temuan rekap. Klik lokasi untuk membuka sel di berkas OPD.`,
    "A2:H2",
  );
  const header = l.header(
    ["No", "OPD", "Berkas", "Tingkat", "Jenis", "Kode", "Lokasi", "Pesan"].map((h) => valueCell(h, "header")),
  );
  if (baris.length === 0) {
    l.tambah([valueCell("Tidak ada temuan tingkat kesalahan.", "teks")]);
    l.gabung(`A${header + 1}:H${header + 1}`);
  }
  baris.forEach((x, i) => {
    const nama = x.berkas ? (x.berkas.split(/[\\/]/).pop() ?? x.berkas) : "";
    l.tambah([
      valueCell(i + 1, "teksTengah"),
      valueCell(x.opd, "teks"),
      valueCell(nama, "teks"),
      x.t
        ? valueCell(
            LABEL.tingkat[x.t.tingkat],
            x.t.tingkat === "error" ? "tingkatError" : "tingkatPeringatan",
          )
        : valueCell(LABEL.tingkat.error, "tingkatError"),
      valueCell(x.t?.jenis ?? "BERKAS_TIDAK_TERBACA", "teks"),
      valueCell(x.t?.kode ?? "", "teks"),
      x.t?.alamat ? tautanSel(x.t.alamat, x.berkas ? tautan(x.berkas) : null) : valueCell("", "teks"),
      valueCell(x.t?.pesan ?? x.alasan ?? "", "teks"),
    ]);
  });
  return l.selesai("rekapTemuan", [5, 28, 22, 12, 28, 16, 28, 70], {
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
    landscape: true,
  });
}
