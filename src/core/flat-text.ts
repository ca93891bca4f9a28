/**
 * Texts built from pieces (`${a}!${b}`, `=IF(${c}=0,…`) are kept by V8 as trees of those
 * pieces ("cons strings"), several heap objects per text. A text that is kept — an address in
 * the analysis, a formula in a sheet spec — is cheaper as one flat string: the garbage
 * collector copies each object that survives, and the large runs keep millions (issue 14).
 */

/**
 * The same text, flattened. Reading a character of a tree makes V8 flatten it in place: the
 * characters are copied once into one flat string, the tree's root keeps only that string, and
 * the garbage collector then drops the root and its pieces (the heap after a full GC holds the
 * same strings as with a copy by `replace(/^/, "")`, which copied the characters twice: the
 * flatten before the match and the result). A text under 13 characters is never a tree.
 */
export function flatText(teks: string): string {
  if (teks.length >= 13) teks.charCodeAt(0);
  return teks;
}
