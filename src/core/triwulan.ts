/**
 * The realisasi of an indikator measured per quarter (Rumus `akhir` or `kumulatif`): read from
 * the optional TW1–TW4 columns of `realisasi`, with the live expression the sheets refer to.
 */
import { angkaOpsional, type Catatan, type SourceCell, type ReadTable } from "./read";
import { TRIWULAN_COLUMNS, realisasiTriwulan, type RumusCapaian } from "./rumus-capaian";

export interface RealisasiTriwulan {
  nilai: number;
  /** `SUM(…)` or the nested IF taking the last filled quarter, over the source cells. */
  sel: SourceCell;
}

/** Null when the formula is not per quarter, the table has no TW column, or every quarter is empty. */
export function readTriwulan(
  realisasi: ReadTable,
  baris: number,
  kode: string,
  rumus: RumusCapaian,
  catatan: Catatan,
): RealisasiTriwulan | null {
  if (rumus !== "akhir" && rumus !== "kumulatif") return null;
  const kolom = TRIWULAN_COLUMNS.filter((k) => realisasi.punya(k));
  if (kolom.length === 0) return null;
  const nilai = kolom.map((k) => angkaOpsional(realisasi, baris, k, kode, catatan)?.nilai ?? null);
  const hasil = realisasiTriwulan(rumus, nilai);
  if (hasil === null) return null;
  const sel = kolom.map((k) => realisasi.sel(baris, k));
  // A formula may refer to a quarter only when it holds a number or nothing.
  const angka = sel.every((s, i) => s.angka || (nilai[i] === null && realisasi.teks(baris, kolom[i]) === ""));
  const ref =
    rumus === "kumulatif"
      ? `SUM(${sel.map((s) => s.ref).join(",")})`
      : sel.reduce<string>((lain, s) => `IF(${s.ref}<>"",${s.ref},${lain})`, '""');
  return { nilai: hasil, sel: { alamat: sel[sel.length - 1].alamat, ref, angka } };
}
