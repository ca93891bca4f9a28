/**
 * Decides, without touching Excel, which name each generated sheet gets and which existing
 * sheets a run replaces. Only sheets the add-in made (carrying its marker, under their
 * generated name or a "… (n)" variant of it) are replaced; a user's own sheet is never
 * overwritten: the output then goes to "Nama (2)".
 */
import type { SheetInfo } from "./read-tables";

export const MAX_SHEET_NAME = 31;

export interface NamePlan {
  /** The spec's (base) name. */
  base: string;
  /** The name the sheet will have. */
  name: string;
  /** True when a user's own sheet holds the base name, so the output went elsewhere. */
  userSheetKept: boolean;
}

export interface SheetPlan {
  names: NamePlan[];
  /** Existing generated sheets that the run removes once the new ones are complete. */
  replace: string[];
  /** Temporary names the new sheets are built under before the swap. */
  temporary: string[];
}

const lower = (s: string): string => s.toLowerCase();

/** "Nama (n)" for n ≥ 2, cutting the base so the result fits 31 characters. */
export function variantName(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = ` (${n})`;
  return base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/** True when `name` is the base name or one of its "(n)" variants. */
function isVariantOf(name: string, base: string): boolean {
  if (lower(name) === lower(base)) return true;
  const m = /^(.*) \((\d+)\)$/.exec(name);
  if (!m) return false;
  return lower(variantName(base, Number(m[2]))) === lower(name);
}

/** A generated sheet that still stands under a name the add-in gave it (not renamed by the user). */
export function isOwnOutput(sheet: SheetInfo, bases: readonly string[]): boolean {
  return sheet.generated && bases.some((b) => isVariantOf(sheet.name, b));
}

export function planSheetNames(
  bases: readonly string[],
  existing: readonly SheetInfo[],
  token: string,
): SheetPlan {
  const replace = existing.filter((s) => isOwnOutput(s, bases)).map((s) => s.name);
  const replaced = new Set(replace.map(lower));
  const userNames = new Set(existing.filter((s) => !replaced.has(lower(s.name))).map((s) => lower(s.name)));
  const taken = new Set<string>();

  const names = bases.map((base) => {
    let n = 1;
    let name = variantName(base, n);
    while (userNames.has(lower(name)) || taken.has(lower(name))) {
      n += 1;
      name = variantName(base, n);
    }
    taken.add(lower(name));
    return { base, name, userSheetKept: userNames.has(lower(base)) };
  });

  const allNames = new Set(existing.map((s) => lower(s.name)));
  const temporary = bases.map((_, i) => {
    let k = 0;
    let t = `~capaian ${token} ${i + 1}`;
    while (allNames.has(lower(t))) {
      k += 1;
      t = `~capaian ${token}${k} ${i + 1}`;
    }
    return t.slice(0, MAX_SHEET_NAME);
  });

  return { names, replace, temporary };
}
