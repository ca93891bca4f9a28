/**
 * Texts built from pieces (`${a}!${b}`, `=IF(${c}=0,…`) are kept by V8 as trees of those
 * pieces ("cons strings"), several heap objects per text. A text that is kept — an address in
 * the analysis, a formula in a sheet spec — is cheaper as one flat string: the garbage
 * collector copies each object that survives, and the large runs keep millions (issue 14).
 */

const START = /^/;

/**
 * The same text as one flat string. V8 writes the result of a regular-expression replace into
 * one new string; a text under 13 characters is never a tree.
 */
export function flatText(teks: string): string {
  return teks.length < 13 ? teks : teks.replace(START, "");
}
