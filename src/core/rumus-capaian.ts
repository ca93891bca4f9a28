/**
 * The capaian formula an indikator states in the optional `Rumus` column of `targets`.
 * Different systems in the field compute lower-is-better indicators differently (the LAN/BPKP
 * form 2 − R/T, SIPD monev's T/R), and some indicators are measured per quarter: the staff pick
 * the formula instead of the tool guessing it.
 *
 * - `positif`: R / T × 100.
 * - `negatif`: (2T − R) / T × 100 (the default for Polaritas negatif).
 * - `negatif-rasio`: T / R × 100.
 * - `akhir`: R is the last filled quarter (TW4, else TW3, …); the ratio follows Polaritas.
 * - `kumulatif`: R is the sum of the filled quarters TW1–TW4; the ratio follows Polaritas.
 *
 * Without TW columns (or with all of them empty) `akhir` and `kumulatif` use the Realisasi column.
 */
import type { CellValue } from "./table";

/** Higher is better (positif) or lower is better (negatif). */
export type Polaritas = "positif" | "negatif";

export const RUMUS_LIST = ["positif", "negatif", "negatif-rasio", "akhir", "kumulatif"] as const;
export type RumusCapaian = (typeof RUMUS_LIST)[number];

/** The ratio part of a formula: how R and T make a percentage. */
export type Rasio = "positif" | "negatif" | "negatif-rasio";

/** The quarter columns of `realisasi`, in order. */
export const TRIWULAN_COLUMNS = ["TW1", "TW2", "TW3", "TW4"] as const;

/** Reads a Rumus cell; blank means "from Polaritas" (undefined); unknown text is null. */
export function parseRumus(value: CellValue): RumusCapaian | undefined | null {
  const s = String(value ?? "")
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, "-");
  if (s === "") return undefined;
  if ((RUMUS_LIST as readonly string[]).includes(s)) return s as RumusCapaian;
  const sinonim: Record<string, RumusCapaian> = {
    "r/t": "positif",
    "t/r": "negatif-rasio",
    "(2t-r)/t": "negatif",
    rasio: "negatif-rasio",
    "akhir-periode": "akhir",
    "nilai-akhir": "akhir",
    kumulatif: "kumulatif",
    akumulatif: "kumulatif",
    jumlah: "kumulatif",
  };
  return sinonim[s] ?? null;
}

/** The formula an indikator uses: its Rumus, else its Polaritas. */
export function rumusDari(rumus: RumusCapaian | undefined, polaritas: Polaritas): RumusCapaian {
  return rumus ?? polaritas;
}

/** The ratio of a formula; `akhir` and `kumulatif` follow the Polaritas. */
export function rasioDari(rumus: RumusCapaian, polaritas: Polaritas): Rasio {
  if (rumus === "positif" || rumus === "negatif" || rumus === "negatif-rasio") return rumus;
  return polaritas;
}

/** The polaritas a formula implies (negatif and negatif-rasio are lower-is-better). */
export function polaritasDari(rumus: RumusCapaian, polaritas: Polaritas): Polaritas {
  const r = rasioDari(rumus, polaritas);
  return r === "positif" ? "positif" : "negatif";
}

/** The realisasi of the quarters: their sum, or the last filled one; null when none is filled. */
export function realisasiTriwulan(rumus: RumusCapaian, tw: (number | null)[]): number | null {
  const ada = tw.filter((x): x is number => x !== null);
  if (ada.length === 0 || (rumus !== "akhir" && rumus !== "kumulatif")) return null;
  return rumus === "akhir" ? ada[ada.length - 1] : ada.reduce((a, b) => a + b, 0);
}

/** Capaian of a single target by a ratio; null when it is undefined (a zero divisor). */
export function rasioCapaian(rasio: Rasio, t: number, r: number): number | null {
  if (rasio === "negatif-rasio") return r === 0 ? null : (t / r) * 100;
  if (t === 0) return null;
  return rasio === "positif" ? (r / t) * 100 : ((2 * t - r) / t) * 100;
}

/** Display text of a formula, for the Capaian Kinerja sheet and the chapter. */
export const RUMUS_TEXT: Record<Rasio | "akhir" | "kumulatif", string> = {
  positif: "R/T × 100",
  negatif: "(2T − R)/T × 100",
  "negatif-rasio": "T/R × 100",
  akhir: "nilai triwulan terakhir",
  kumulatif: "jumlah triwulan",
};

/** "positif: R/T × 100", "kumulatif (R/T × 100)". */
export function rumusText(rumus: RumusCapaian, polaritas: Polaritas): string {
  const rasio = rasioDari(rumus, polaritas);
  if (rumus === "akhir" || rumus === "kumulatif")
    return `${rumus}: ${RUMUS_TEXT[rumus]}, ${RUMUS_TEXT[rasio]}`;
  return `${rumus}: ${RUMUS_TEXT[rasio]}`;
}
