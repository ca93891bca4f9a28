/** Cells shared by the performance sheets: a target, a realisasi and the capaian formula over them. */
import type { SelSumber } from "../core/baca";
import type { Target } from "../core/capaian";
import type { Polaritas } from "../core/laporan";
import { nilai, rumus, type Sel } from "./lembar";
import { sel } from "./rumus";
import { gayaAngka } from "./styles";

/**
 * The capaian formula of DOMAIN.md for a row whose target and realisasi sit in the given
 * columns, guarded against target 0 and a blank realisasi. A range target is written as constants.
 */
export function rumusCapaian(
  polaritas: Polaritas,
  target: Target | null,
  kolTarget: number,
  kolRealisasi: number,
  baris: number,
): string {
  return rumusCapaianAntara(polaritas, target, sel(kolTarget, baris), sel(kolRealisasi, baris));
}

/** The same formula between any two references (e.g. the source cells themselves). */
export function rumusCapaianAntara(
  polaritas: Polaritas,
  target: Target | null,
  t: string,
  r: string,
): string {
  const rasio = (batas: string) =>
    polaritas === "positif" ? `${r}/${batas}*100` : `(2*${batas}-${r})/${batas}*100`;
  if (target?.jenis === "rentang") {
    const { bawah: a, atas: b } = target;
    return `=IF(${r}="","",IF(AND(${r}>=${a},${r}<=${b}),100,IF(${r}>${b},${rasio(String(b))},${rasio(String(a))})))`;
  }
  return `=IF(OR(${r}="",${t}=0),"",${rasio(t)})`;
}

/** A target (or Renstra target, or standard): a reference to its source cell when that holds a number. */
export function selTarget(target: Target | null, sumber: SelSumber): Sel {
  if (target?.jenis === "tunggal") {
    const gaya = gayaAngka(target.nilai);
    return sumber.angka ? rumus(`=${sumber.ref}`, target.nilai, gaya) : nilai(target.nilai, gaya);
  }
  return target ? nilai(target.teks, "teksTengah") : nilai("", "angka");
}

/** A realisasi: a reference to its source cell when that holds a number. */
export function selRealisasi(realisasi: number | null, sumber: SelSumber | null): Sel {
  if (sumber?.angka && realisasi !== null) return rumus(`=${sumber.ref}`, realisasi, gayaAngka(realisasi));
  return nilai(realisasi ?? "", gayaAngka(realisasi));
}
