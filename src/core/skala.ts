/**
 * Predikat scales (DOMAIN.md, "Predikat scales"): the seed's Tabel 3.1, the Permendagri
 * 86/2017 preset, and a workbook's own `skala_predikat` table in either notation.
 */
import { parseAngka } from "./angka";

export interface Bound {
  nilai: number;
  termasuk: boolean;
}

export interface Pita {
  predikat: string;
  bawah: Bound | null;
  atas: Bound | null;
  /** Fill colour (hex "#RRGGBB") from the workbook, if it gives one. */
  warna?: string;
}

export interface Skala {
  nama: string;
  /** Best band first, as reports list them. */
  pita: Pita[];
}

export interface PredikatResult {
  predikat: string;
  /** Index of the band in `skala.pita`. */
  indeks: number;
  /** True when the value fits no band and the nearest band was taken (DI_LUAR_SKALA). */
  diLuarSkala: boolean;
}

const angka = (s: string): number | null => {
  const h = parseAngka(s.trim());
  return h.jenis === "angka" ? h.nilai : null;
};

const NUM = String.raw`(-?\d[\d.,]*)`;
const OP = String.raw`(<=|>=|≤|≥|<|>|=)`;

/**
 * Reads a band written the way reports write it: `120 ≥ X > 100`, `X = 100`, `80 < X < 100`,
 * `X < 50`, `91 - 100`, `≤ 50`, `> 120`. Returns null when the text is not a band.
 */
export function parseRentang(teks: string): { bawah: Bound | null; atas: Bound | null } | null {
  const s = teks
    .replace(/[\u00a0\s]+/g, " ")
    .replace(/\s*%\s*/g, "")
    .trim();
  let m = new RegExp(String.raw`^${NUM} ?(?:[-–—]|s\.?d\.?|sampai) ?${NUM}$`, "i").exec(s);
  if (m) {
    const a = angka(m[1]);
    const b = angka(m[2]);
    if (a === null || b === null) return null;
    return {
      bawah: { nilai: Math.min(a, b), termasuk: true },
      atas: { nilai: Math.max(a, b), termasuk: true },
    };
  }
  const hasil: { bawah: Bound | null; atas: Bound | null } = { bawah: null, atas: null };
  // Normalise "a op X op b", "X op a", "op a" into constraints on X.
  const terapkan = (op: string, nilai: number, xDiKiri: boolean): boolean => {
    const norm = op === "≤" ? "<=" : op === "≥" ? ">=" : op;
    // Turn "a op X" into "X op' a".
    const balik: Record<string, string> = { "<": ">", ">": "<", "<=": ">=", ">=": "<=", "=": "=" };
    const o = xDiKiri ? norm : balik[norm];
    if (o === "=") {
      hasil.bawah = { nilai, termasuk: true };
      hasil.atas = { nilai, termasuk: true };
    } else if (o === "<" || o === "<=") hasil.atas = { nilai, termasuk: o === "<=" };
    else hasil.bawah = { nilai, termasuk: o === ">=" };
    return true;
  };
  m = new RegExp(String.raw`^${NUM} ?${OP} ?X ?${OP} ?${NUM}$`, "i").exec(s);
  if (m) {
    const a = angka(m[1]);
    const b = angka(m[4]);
    if (a === null || b === null) return null;
    terapkan(m[2], a, false);
    terapkan(m[3], b, true);
    return hasil;
  }
  m =
    new RegExp(String.raw`^X ?${OP} ?${NUM}$`, "i").exec(s) ??
    new RegExp(String.raw`^${OP} ?${NUM}$`).exec(s);
  if (m) {
    const a = angka(m[2]);
    if (a === null) return null;
    terapkan(m[1], a, true);
    return hasil;
  }
  m = new RegExp(String.raw`^${NUM} ?${OP} ?X$`, "i").exec(s);
  if (m) {
    const a = angka(m[1]);
    if (a === null) return null;
    terapkan(m[2], a, false);
    return hasil;
  }
  return null;
}

const pita = (predikat: string, rentang: string): Pita => {
  const r = parseRentang(rentang);
  if (!r) throw new Error(`bad preset band ${rentang}`);
  return { predikat, ...r };
};

export const SKALA_LKJIP: Skala = {
  nama: "lkjip",
  pita: [
    pita("Sangat Baik", "120 ≥ X > 100"),
    pita("Baik", "X = 100"),
    pita("Cukup", "80 < X < 100"),
    pita("Kurang", "50 ≤ X ≤ 80"),
    pita("Sangat Kurang", "X < 50"),
  ],
};

export const SKALA_PERMENDAGRI86: Skala = {
  nama: "permendagri86",
  pita: [
    pita("Sangat Tinggi", "91 - 100"),
    pita("Tinggi", "76 - 90"),
    pita("Sedang", "66 - 75"),
    pita("Rendah", "51 - 65"),
    pita("Sangat Rendah", "≤ 50"),
  ],
};

export const PRESET: Record<string, Skala> = { lkjip: SKALA_LKJIP, permendagri86: SKALA_PERMENDAGRI86 };

const diAtasBawah = (x: number, b: Bound | null) => !b || (b.termasuk ? x >= b.nilai : x > b.nilai);
const diBawahAtas = (x: number, a: Bound | null) => !a || (a.termasuk ? x <= a.nilai : x < a.nilai);

/**
 * The predikat of a capaian. A value in a gap between `a - b` bands takes the band below it;
 * a value beyond every band takes the nearest band and is flagged `diLuarSkala`.
 */
export function predikatDari(x: number, skala: Skala): PredikatResult {
  const i = skala.pita.findIndex((p) => diAtasBawah(x, p.bawah) && diBawahAtas(x, p.atas));
  if (i >= 0) return { predikat: skala.pita[i].predikat, indeks: i, diLuarSkala: false };
  // Band below: the one with the greatest upper bound not above x.
  let bawah = -1;
  let atas = -1;
  skala.pita.forEach((p, j) => {
    if (
      p.atas &&
      p.atas.nilai <= x &&
      (bawah < 0 || p.atas.nilai > (skala.pita[bawah].atas?.nilai ?? -Infinity))
    )
      bawah = j;
    if (
      p.bawah &&
      p.bawah.nilai >= x &&
      (atas < 0 || p.bawah.nilai < (skala.pita[atas].bawah?.nilai ?? Infinity))
    )
      atas = j;
  });
  if (bawah >= 0 && atas >= 0)
    return { predikat: skala.pita[bawah].predikat, indeks: bawah, diLuarSkala: false };
  const dekat = bawah >= 0 ? bawah : atas;
  return { predikat: skala.pita[dekat].predikat, indeks: dekat, diLuarSkala: true };
}

/** Text of a band for display, e.g. "100 < X ≤ 120". */
export function bandText(p: Pita): string {
  const f = (n: number) => String(n).replace(".", ",");
  if (p.bawah && p.atas && p.bawah.nilai === p.atas.nilai) return `X = ${f(p.bawah.nilai)}`;
  const kiri = p.bawah ? `${f(p.bawah.nilai)} ${p.bawah.termasuk ? "≤" : "<"} ` : "";
  const kanan = p.atas ? ` ${p.atas.termasuk ? "≤" : "<"} ${f(p.atas.nilai)}` : "";
  return `${kiri}X${kanan}`;
}
