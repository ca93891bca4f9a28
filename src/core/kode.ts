/**
 * Kode as the tables write them: one kode, however it was typed (`1.06.02.`, ` 1.06.02`,
 * `1.06. 02` are `1.06.02`), and the Permendagri 90/2019 nomenclature's shapes, which alone
 * give a kode the level names urusan / bidang urusan / program / kegiatan / sub kegiatan.
 */

/** The kode a text means: trimmed, no spaces around its dots, no trailing dots. */
export function normalKode(teks: string): string {
  // Nearly every kode is already written so (no space, no trailing dot): kept as it is.
  if (!/\s|\.$/.test(teks)) return teks;
  return teks
    .replace(/[\u00a0\u202f]/g, " ")
    .trim()
    .replace(/\s*\.\s*/g, ".")
    .replace(/\s+/g, " ")
    .replace(/\.+$/, "");
}

/** Segments per level (`X` stands for any digit, as in `X.XX.01`). */
const BENTUK: { level: string; pola: RegExp }[] = [
  { level: "urusan", pola: /^[\dX]$/ },
  { level: "bidang urusan", pola: /^[\dX]\.[\dX]{2}$/ },
  { level: "program", pola: /^[\dX]\.[\dX]{2}\.\d{2}$/ },
  { level: "kegiatan", pola: /^[\dX]\.[\dX]{2}\.\d{2}\.\d\.\d{2}$/ },
  { level: "sub kegiatan", pola: /^[\dX]\.[\dX]{2}\.\d{2}\.\d\.\d{2}\.\d{4}$/ },
];

/** The nomenclature level of a kode, or null when the kode does not have the nomenclature's shape. */
export function levelPermendagri(kode: string): string | null {
  return BENTUK.find((b) => b.pola.test(kode))?.level ?? null;
}
