/** The named styles of the output sheets; hosts apply each style to all its cells at once. */
import type { StyleName, StyleSpec } from "./sheet-spec";

const UANG = "#,##0";
const PERSEN = "0.00";
const BIRU = "#1F4E79";
/** The one border colour of every table cell; each writer translates it (exceljs ARGB, Word hex). */
export const GARIS = "#808080";

export const STYLES: Record<StyleName, StyleSpec> = {
  judul: { bold: true, fontSize: 14, fontColor: BIRU },
  subjudul: { italic: true, fontColor: "#595959" },
  header: {
    bold: true,
    fill: "#DDEBF7",
    horizontal: "center",
    vertical: "center",
    wrap: true,
    border: GARIS,
  },
  teks: { vertical: "top", wrap: true, border: GARIS },
  teksTengah: { horizontal: "center", vertical: "top", border: GARIS },
  sasaran: { bold: true, vertical: "top", wrap: true, border: GARIS, fill: "#F2F2F2" },
  /** A line the staff fill in: marked so it is not published as it is. */
  isian: { italic: true, fontColor: "#9C5700", fill: "#FFF2CC", vertical: "top", wrap: true, border: GARIS },
  sasaranTengah: {
    bold: true,
    horizontal: "center",
    vertical: "top",
    wrap: true,
    border: GARIS,
    fill: "#F2F2F2",
  },
  program: { bold: true, vertical: "top", wrap: true, border: GARIS },
  kegiatan: { vertical: "top", wrap: true, border: GARIS, indent: 1 },
  subKegiatan: { vertical: "top", wrap: true, border: GARIS, indent: 2, italic: true },
  uang: { numberFormat: UANG, border: GARIS, vertical: "top" },
  uangTebal: { numberFormat: UANG, border: GARIS, vertical: "top", bold: true },
  persen: { numberFormat: PERSEN, border: GARIS, vertical: "top", horizontal: "right" },
  persenTebal: { numberFormat: PERSEN, border: GARIS, vertical: "top", horizontal: "right", bold: true },
  // A whole number and a fraction get different formats: "#,##0.##" would show 100 as "100,"
  // in Indonesian Excel (a format with a decimal point always shows the separator).
  angka: { numberFormat: "#,##0.00", border: GARIS, vertical: "top", horizontal: "right" },
  angkaBulat: { numberFormat: "#,##0", border: GARIS, vertical: "top", horizontal: "right" },
  total: { bold: true, fill: "#DDEBF7", border: GARIS, horizontal: "center" },
  totalUang: { bold: true, fill: "#DDEBF7", border: GARIS, numberFormat: UANG },
  totalPersen: { bold: true, fill: "#DDEBF7", border: GARIS, numberFormat: PERSEN, horizontal: "right" },
  tautan: { fontColor: "#0563C1", underline: true, vertical: "top", border: GARIS },
  predikat1: {
    bold: true,
    fill: "#C6EFCE",
    fontColor: "#006100",
    horizontal: "center",
    vertical: "top",
    border: GARIS,
  },
  predikat2: { fill: "#E2EFDA", fontColor: "#375623", horizontal: "center", vertical: "top", border: GARIS },
  predikat3: { fill: "#FFEB9C", fontColor: "#7F6000", horizontal: "center", vertical: "top", border: GARIS },
  predikat4: { fill: "#FCE4D6", fontColor: "#843C0C", horizontal: "center", vertical: "top", border: GARIS },
  predikat5: {
    bold: true,
    fill: "#FFC7CE",
    fontColor: "#9C0006",
    horizontal: "center",
    vertical: "top",
    border: GARIS,
  },
  predikatLuar: { fill: "#EDEDED", horizontal: "center", vertical: "top", border: GARIS, wrap: true },
  tingkatError: { bold: true, fill: "#FFC7CE", fontColor: "#9C0006", vertical: "top", border: GARIS },
  tingkatPeringatan: { bold: true, fill: "#FFEB9C", fontColor: "#7F6000", vertical: "top", border: GARIS },
  tingkatInfo: { fill: "#DDEBF7", fontColor: BIRU, vertical: "top", border: GARIS },
};

/** The style of a predikat cell by its band's rank (best first); scales with more bands reuse the last. */
export function stylePredikat(pitaIndeks: number | null, jumlahPita: number): StyleName {
  if (pitaIndeks === null) return "predikatLuar";
  // Spread the bands of any scale over the five colours, best green to worst red.
  const langkah = jumlahPita <= 1 ? 0 : Math.round((pitaIndeks * 4) / (jumlahPita - 1));
  return (["predikat1", "predikat2", "predikat3", "predikat4", "predikat5"] as const)[langkah];
}

/**
 * The style of a stated number (a target, a realisasi, a temuan's value): `angkaBulat` for a
 * whole number, `angka` (two decimals) otherwise, so no number shows a dangling separator.
 */
export function numberStyle(nilai: unknown): StyleName {
  return typeof nilai === "number" && Number.isInteger(nilai) ? "angkaBulat" : "angka";
}
