/**
 * A cell's value as Word shows it: numbers the Indonesian way, following the cell's Excel
 * number format (`#,##0` → 4.235.577.713, `0.00` → 126,87, `#,##0.##` → 55,12 or 100).
 */
import { formatAngka } from "../core/angka";
import type { CellSpec } from "../report/sheet-spec";
import { BAB3_TEXTS } from "./texts";

interface Format {
  kelompok: boolean;
  /** Decimals always shown ("0") and shown only when needed ("#"). */
  wajib: number;
  opsional: number;
  persen: boolean;
}

/** Reads the first section of a simple Excel number format; null for General / text. */
export function parseFormat(numberFormat: string | undefined): Format | null {
  if (!numberFormat || numberFormat === "@" || /^general$/i.test(numberFormat)) return null;
  // Only the positive section; quoted literals and escapes are not numeric placeholders.
  const bagian = numberFormat.split(";")[0].replace(/"[^"]*"|\\./g, "");
  const m = /[#0,]*0[#0,]*|#[#,]*/.exec(bagian);
  if (!m) return null;
  const sisa = bagian.slice(m.index + m[0].length);
  const pecahan = /^\.([0#]*)/.exec(sisa)?.[1] ?? "";
  return {
    kelompok: m[0].includes(","),
    wajib: (pecahan.match(/0/g) ?? []).length,
    opsional: (pecahan.match(/#/g) ?? []).length,
    persen: bagian.includes("%"),
  };
}

function formatBilangan(x: number, f: Format): string {
  const nilai = f.persen ? x * 100 : x;
  const desimal = f.wajib + f.opsional;
  // No "-0,00": a value that rounds to zero is zero.
  const bulat = Math.abs(nilai) < 0.5 * 10 ** -desimal ? 0 : nilai;
  let teks = formatAngka(bulat, desimal);
  if (f.opsional > 0) {
    const [depan, belakang = ""] = teks.split(",");
    let dipotong = belakang;
    while (dipotong.length > f.wajib && dipotong.endsWith("0")) dipotong = dipotong.slice(0, -1);
    teks = dipotong ? `${depan},${dipotong}` : depan;
  }
  if (!f.kelompok) {
    const [depan, belakang] = teks.split(",");
    teks = depan.replace(/\./g, "") + (belakang !== undefined ? `,${belakang}` : "");
  }
  return f.persen ? `${teks}%` : teks;
}

/** A number without a format: integers as written (a tahun stays 2024), else up to six decimals. */
const UMUM: Format = { kelompok: false, wajib: 0, opsional: 6, persen: false };

export function formatValue(value: CellSpec["value"], numberFormat?: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? BAB3_TEXTS.ya : BAB3_TEXTS.tidak;
  if (typeof value === "string") return value;
  if (!Number.isFinite(value)) return "";
  return formatBilangan(value, parseFormat(numberFormat) ?? UMUM);
}
