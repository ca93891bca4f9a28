/** Cells shared by the performance sheets: a target, a realisasi and the capaian formula over them. */
import type { SourceCell } from "../core/read";
import type { Target } from "../core/capaian";
import type { Rasio } from "../core/rumus-capaian";
import { valueCell, rumus, type SheetCell } from "./sheet-builder";
import { cellRef } from "./rumus";
import { numberStyle } from "./styles";

/**
 * The capaian formula of DOMAIN.md for a row whose target and realisasi sit in the given
 * columns, guarded against target 0 and a blank realisasi. A range target is written as constants.
 */
export function rumusCapaian(
  rasio: Rasio,
  target: Target | null,
  kolTarget: number,
  kolRealisasi: number,
  baris: number,
): string {
  return rumusCapaianAntara(rasio, target, cellRef(kolTarget, baris), cellRef(kolRealisasi, baris));
}

/** The same formula between any two references (e.g. the source cells themselves). */
export function rumusCapaianAntara(rasio: Rasio, target: Target | null, t: string, r: string): string {
  // T/R is undefined at R = 0 as R/T is at T = 0: both leave the cell blank.
  const nol = rasio === "negatif-rasio" ? r : t;
  if (target?.jenis === "rentang") {
    const { bawah: a, atas: b } = target;
    const jaga = rasio === "negatif-rasio" ? `OR(${r}="",${r}=0)` : `${r}=""`;
    return `=IF(${jaga},"",IF(AND(${r}>=${a},${r}<=${b}),100,IF(${r}>${b},${bentuk(rasio, r, String(b))},${bentuk(rasio, r, String(a))})))`;
  }
  return `=IF(OR(${r}="",${nol}=0),"",${bentuk(rasio, r, t)})`;
}

/** The ratio of realisasi `r` to a bound, × 100, by the indikator's rasio (a function, not a closure per cell). */
function bentuk(rasio: Rasio, r: string, batas: string): string {
  if (rasio === "positif") return `${r}/${batas}*100`;
  return rasio === "negatif" ? `(2*${batas}-${r})/${batas}*100` : `${batas}/${r}*100`;
}

/** A target (or Renstra target, or standard): a reference to its source cell when that holds a number. */
export function targetCell(target: Target | null, sumber: SourceCell): SheetCell {
  if (target?.jenis === "tunggal") {
    const gaya = numberStyle(target.nilai);
    return sumber.angka ? rumus(`=${sumber.ref}`, target.nilai, gaya) : valueCell(target.nilai, gaya);
  }
  return target ? valueCell(target.teks, "teksTengah") : valueCell("", "angka");
}

/** A realisasi: a reference to its source cell when that holds a number. */
export function realisasiCell(realisasi: number | null, sumber: SourceCell | null): SheetCell {
  if (sumber?.angka && realisasi !== null) return rumus(`=${sumber.ref}`, realisasi, numberStyle(realisasi));
  return valueCell(realisasi ?? "", numberStyle(realisasi));
}
