/**
 * How a stated value (capaian, persen) is compared with the computed one: at the precision of
 * its column — the most decimals any stated value of that column has (DOMAIN.md).
 */

export type ComparisonResult = "sama" | "pembulatan" | "tidak-sesuai";

/**
 * A number cell with more decimals than anyone types is a formula result (33,333…): it is not
 * a rounded figure, so it sets no column precision and is compared with a relative tolerance.
 */
export const DESIMAL_TAK_BULAT = 10;

/** Rounds half away from zero at `d` decimals, robust to float noise (99.765 → 99.77). */
export function bulatkan(x: number, d: number): number {
  const f = 10 ** d;
  const y = Math.abs(x) * f;
  const r = Math.round(y + y * 8 * Number.EPSILON);
  return (Math.sign(x) * r) / f;
}

/** Truncates toward zero at `d` decimals, robust to float noise (0.29 × 100 stays 29). */
export function potong(x: number, d: number): number {
  const f = 10 ** d;
  const y = Math.abs(x) * f;
  return (Math.sign(x) * Math.floor(y + y * 8 * Number.EPSILON)) / f;
}

const samaDengan = (a: number, b: number, d: number) => Math.abs(a - b) < 0.5 / 10 ** (d + 3);

/**
 * Equal when the computed value rounded at the column's precision equals the stated value;
 * `pembulatan` when it equals the computed value truncated, at the column's precision or at
 * the cell's own; otherwise `tidak-sesuai`.
 */
export function bandingkan(
  tercatat: number,
  desimalSel: number,
  dihitung: number,
  presisiKolom: number,
): ComparisonResult {
  if (desimalSel > DESIMAL_TAK_BULAT)
    return Math.abs(tercatat - dihitung) <= 1e-9 * Math.max(1, Math.abs(dihitung)) ? "sama" : "tidak-sesuai";
  const p = Math.max(presisiKolom, desimalSel);
  if (samaDengan(bulatkan(dihitung, p), tercatat, p)) return "sama";
  if (
    samaDengan(potong(dihitung, p), tercatat, p) ||
    samaDengan(potong(dihitung, desimalSel), tercatat, desimalSel)
  )
    return "pembulatan";
  return "tidak-sesuai";
}
