/**
 * Rupiah amounts as integer sen (bigint): sums of 10^13-rupiah budgets with sen stay exact,
 * where float sums would drift. Conversion to a JS number happens only at the edges.
 */

export type Sen = bigint;

/** Exact sen from a decimal text such as "-5824861271.90"; more than two decimals round half away from zero. */
export function senFromText(teks: string): Sen {
  if (/^-?\d{1,15}$/.test(teks)) return BigInt(teks) * 100n; // whole rupiah: the common case, fast
  // Rupiah with sen, the next most common: the digits as one whole number of sen, read in place
  // (exact in a double below 2^53: 13 digits of rupiah and 2 of sen), without bigint text parsing.
  if (/^-?\d{1,13}\.\d{1,2}$/.test(teks)) {
    const negatif = teks.charCodeAt(0) === 45;
    let sen = 0;
    let i = negatif ? 1 : 0;
    for (; teks.charCodeAt(i) !== 46; i++) sen = sen * 10 + teks.charCodeAt(i) - 48;
    const puluhan = teks.charCodeAt(i + 1) - 48;
    const satuan = i + 2 < teks.length ? teks.charCodeAt(i + 2) - 48 : 0;
    sen = sen * 100 + puluhan * 10 + satuan;
    return negatif ? -BigInt(sen) : BigInt(sen);
  }
  const negatif = teks.startsWith("-");
  const [bulat, pecahan = ""] = (negatif ? teks.slice(1) : teks).split(".");
  const dua = (pecahan + "00").slice(0, 2);
  let sen = BigInt(bulat || "0") * 100n + BigInt(dua);
  if (pecahan.length > 2 && Number(pecahan[2]) >= 5) sen += 1n;
  return negatif ? -sen : sen;
}

/** Exact sen of a parsed amount; whole rupiah skip the text (the common case, and the hot path). */
export function senDari(h: { nilai: number; teks: string }): Sen {
  if (Number.isSafeInteger(h.nilai)) return BigInt(h.nilai) * 100n;
  return senFromText(h.teks);
}

/** Rupiah as a JS number (exact while |amount| < 2^53 sen ≈ 9 × 10^13 rupiah). */
export function rupiah(sen: Sen): number {
  return Number(sen) / 100;
}

/** Rupiah as exact decimal text, e.g. "4235577713" or "12.50". */
export function rupiahText(sen: Sen): string {
  const negatif = sen < 0n;
  const abs = negatif ? -sen : sen;
  const bulat = abs / 100n;
  const sisa = abs % 100n;
  const pecahan = sisa === 0n ? "" : "." + sisa.toString().padStart(2, "0").replace(/0$/, "");
  return `${negatif ? "-" : ""}${bulat}${pecahan}`;
}

/** Rounds sen to a number of rupiah decimals (0, 1 or 2), half away from zero. */
export function bulatkanSen(sen: Sen, desimal: number): Sen {
  if (desimal >= 2) return sen;
  const faktor = desimal === 1 ? 10n : 100n;
  const negatif = sen < 0n;
  const abs = negatif ? -sen : sen;
  const hasil = ((abs + faktor / 2n) / faktor) * faktor;
  return negatif ? -hasil : hasil;
}

/** Truncates sen toward zero at a number of rupiah decimals (0, 1 or 2). */
export function potongSen(sen: Sen, desimal: number): Sen {
  if (desimal >= 2) return sen;
  const faktor = desimal === 1 ? 10n : 100n;
  return (sen / faktor) * faktor;
}

/**
 * Serapan (realisasi / pagu × 100), unrounded; null when pagu is 0. Divided first, as the
 * sheet's `F/E*100` does, so the cached value is the one Excel computes.
 */
export function serapan(realisasi: Sen, pagu: Sen): number | null {
  if (pagu === 0n) return null;
  return (Number(realisasi) / Number(pagu)) * 100;
}
