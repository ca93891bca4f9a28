/**
 * Decides, without touching Excel, which name each generated sheet gets and which existing
 * sheets a run replaces, by the rules shared with the command line (src/report/sheet-naming.ts):
 * only sheets the add-in made (carrying its marker, under their generated name or a "… (n)"
 * variant of it) are replaced; a user's own sheet is never overwritten: the output then goes
 * to "Nama (2)". Also the temporary names the swap needs.
 */
import { replacedSheets, freeName, SHEET_NAME_MAX_LENGTH } from "../report/sheet-naming";
import type { SheetInfo } from "./read-tables";

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
  /** Temporary names the replaced sheets move to during the swap (same order as `replace`). */
  retired: string[];
}

const lower = (s: string): string => s.toLowerCase();

export function planSheetNames(
  bases: readonly string[],
  existing: readonly Pick<SheetInfo, "name" | "generated">[],
  token: string,
): SheetPlan {
  const replace = replacedSheets(existing, bases);
  const replaced = new Set(replace.map(lower));
  const used = new Set(existing.filter((s) => !replaced.has(lower(s.name))).map((s) => lower(s.name)));
  const userNames = new Set(used);

  const names = bases.map((base) => ({
    base,
    name: freeName(base, used),
    userSheetKept: userNames.has(lower(base)),
  }));

  const taken = new Set(existing.map((s) => lower(s.name)));
  const temp = (label: string): string => {
    let k = 0;
    let t = `~capaian ${token} ${label}`;
    while (taken.has(lower(t.slice(0, SHEET_NAME_MAX_LENGTH)))) {
      k += 1;
      t = `~capaian ${token}${k} ${label}`;
    }
    t = t.slice(0, SHEET_NAME_MAX_LENGTH);
    taken.add(lower(t));
    return t;
  };
  const temporary = bases.map((_, i) => temp(String(i + 1)));
  const retired = replace.map((_, i) => temp(`lama ${i + 1}`));

  return { names, replace, temporary, retired };
}
