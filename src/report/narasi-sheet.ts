/** Narasi: the generated paragraphs of §3.1.2, a sasaran paragraph before its indikator. */
import type { Analysis } from "../core/analyze";
import { SheetBuilder, valueCell } from "./sheet-builder";
import type { SheetSpec } from "./sheet-spec";

export function buildNarasi(analysis: Analysis): SheetSpec {
  const l = new SheetBuilder(3);
  l.judul(`Analisis Capaian Kinerja Tahun ${analysis.tahun} (narasi)`);
  l.subjudul(
    "Paragraf dibuat dari tabel yang sama saat Hitung Capaian dijalankan; teks ini tidak ikut berubah bila data diubah, jalankan ulang. Salin ke Bab III LKjIP dan lengkapi dengan penyebab keberhasilan/kegagalan.",
  );
  l.tambah([]);
  const header = l.header(["No", "Sasaran / Indikator", "Uraian"].map((h) => valueCell(h, "header")));
  let sasaran = 0;
  let indikator = 0;
  for (const p of analysis.narasi) {
    if (p.jenis === "sasaran") {
      sasaran += 1;
      indikator = 0;
      l.tambah([
        valueCell(String(sasaran), "sasaran"),
        valueCell(`Sasaran ${sasaran}`, "sasaran"),
        valueCell(p.teks, "sasaran"),
      ]);
    } else {
      indikator += 1;
      l.tambah([
        valueCell(`${sasaran}.${indikator}`, "teksTengah"),
        valueCell(p.kode, "teks"),
        valueCell(p.teks, "teks"),
      ]);
    }
  }
  return l.selesai("narasi", [6, 16, 110], {
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
  });
}
