/** Temuan: one row per finding, most serious first, each with a link to the cell it is about. */
import type { Analysis } from "../core/analyze";
import { LABEL } from "../core/messages";
import { labelTemuan } from "../core/label";
import { quoteSheet, splitSheet } from "../core/a1";
import type { Temuan, Tingkat } from "../core/temuan";
import { SheetBuilder, valueCell, rumus } from "./sheet-builder";
import { formulaText } from "./rumus";
import type { SheetSpec, StyleName } from "./sheet-spec";
import { numberStyle } from "./styles";

const URUTAN: Record<Tingkat, number> = { error: 0, peringatan: 1, info: 2 };
const GAYA: Record<Tingkat, StyleName> = {
  error: "tingkatError",
  peringatan: "tingkatPeringatan",
  info: "tingkatInfo",
};

/** `DPA!E7` → a HYPERLINK formula to that cell. */
function tautan(alamat: string): string {
  const { sheet, local } = splitSheet(alamat);
  const target = `#${quoteSheet(sheet ?? "")}!${local}`;
  return `=HYPERLINK(${formulaText(target)},${formulaText(alamat)})`;
}

export function urutkanTemuan(temuan: Temuan[]): Temuan[] {
  return temuan
    .map((t, i) => ({ t, i }))
    .sort((a, b) => URUTAN[a.t.tingkat] - URUTAN[b.t.tingkat] || a.i - b.i)
    .map((x) => x.t);
}

export function buildTemuan(analysis: Analysis): SheetSpec {
  const { temuan, tahun } = analysis;
  const hitung = (t: Tingkat) => temuan.filter((x) => x.tingkat === t).length;
  const l = new SheetBuilder(10);
  l.judul(`Temuan Tahun ${tahun}`, "A1:J1");
  l.subjudul(
    `${hitung("error")} kesalahan, ${hitung("peringatan")} peringatan, ${hitung("info")} info (termasuk temuan tahun-tahun sebelumnya yang dibandingkan). Klik lokasi untuk menuju sel yang dimaksud. Teks ini dihitung saat Hitung Capaian dijalankan: jalankan ulang setelah data diubah.`,
    "A2:J2",
  );
  const header = l.header(
    ["No", "Tingkat", "Jenis", "Kode", "Tahun", "Tabel", "Lokasi", "Pesan", "Tercatat", "Dihitung"].map((h) =>
      valueCell(h, "header"),
    ),
  );
  if (temuan.length === 0) {
    l.tambah([valueCell("Tidak ada temuan.", "teks")]);
    l.gabung(`A${header + 1}:J${header + 1}`);
  }
  urutkanTemuan(temuan).forEach((t, i) => {
    l.tambah([
      valueCell(i + 1, "teksTengah"),
      valueCell(LABEL.tingkat[t.tingkat], GAYA[t.tingkat]),
      valueCell(labelTemuan(t.jenis), "teks"),
      valueCell(t.kode ?? "", "teks"),
      valueCell(t.tahun ?? "", "teksTengah"),
      valueCell(t.tabel ?? "", "teks"),
      // A cell of another file (`[rekap.xlsx]Sheet 1!U7`, a SIPD-RI download) has no link target here.
      t.alamat && !t.alamat.startsWith("[")
        ? rumus(tautan(t.alamat), t.alamat, "tautan")
        : valueCell(t.alamat ?? "", "teks"),
      valueCell(t.pesan, "teks"),
      valueCell(t.tercatat ?? "", typeof t.tercatat === "number" ? numberStyle(t.tercatat) : "teks"),
      valueCell(t.dihitung ?? "", typeof t.dihitung === "number" ? numberStyle(t.dihitung) : "teks"),
    ]);
  });
  return l.selesai("temuan", [5, 12, 24, 18, 7, 10, 22, 70, 16, 16], {
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
    landscape: true,
  });
}
