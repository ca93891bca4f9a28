/**
 * Where a sheet's merged areas are, by bands of rows, so that merging one more area checks
 * only the areas near it: the output sheets of 100,000 budget lines hold some 17,000 merges,
 * and parsing every earlier merge for each new one was quadratic. The model keeps the merges
 * as it did (`sheet.merges`, A1 strings); the index is derived from that list and rebuilt
 * whenever the list is not the one it was built from (replaced, or changed elsewhere).
 */

import { Rect, parseRect, rectsIntersect } from "./address";
import type { SheetModel } from "./model";

/** Rows per band. */
const BAND_ROWS = 64;
/** Areas taller than this many bands are kept in one list checked every time. */
const TALL_BANDS = 64;

const indexes = new WeakMap<SheetModel, MergeIndex>();

export class MergeIndex {
  /** The parsed areas, in the order of `sheet.merges` (null: a malformed entry). */
  private readonly parsed: (Rect | null)[] = [];
  private readonly bands = new Map<number, number[]>();
  private readonly tall: number[] = [];
  private lastText: string | undefined;

  private constructor(
    private readonly sheet: SheetModel,
    private readonly list: string[],
  ) {
    for (const text of list) this.insert(text, parseRect(text));
  }

  /** The index of `sheet`'s merges, rebuilt when `sheet.merges` changed behind its back. */
  static of(sheet: SheetModel): MergeIndex {
    let index = indexes.get(sheet);
    if (!index || !index.current()) {
      index = new MergeIndex(sheet, sheet.merges);
      indexes.set(sheet, index);
    }
    return index;
  }

  private current(): boolean {
    const list = this.sheet.merges;
    return (
      list === this.list && list.length === this.parsed.length && list[list.length - 1] === this.lastText
    );
  }

  private insert(text: string, rect: Rect | null): void {
    this.lastText = text;
    const i = this.parsed.length;
    this.parsed.push(rect);
    if (!rect) return;
    const b0 = Math.floor(rect.r0 / BAND_ROWS);
    const b1 = Math.floor(rect.r1 / BAND_ROWS);
    if (b1 - b0 >= TALL_BANDS) {
      this.tall.push(i);
      return;
    }
    for (let b = b0; b <= b1; b++) {
      const list = this.bands.get(b);
      if (list) list.push(i);
      else this.bands.set(b, [i]);
    }
  }

  /** Every merged area, in order. */
  rects(): Rect[] {
    return this.parsed.filter((r): r is Rect => r !== null);
  }

  /** The merged areas that intersect `area`. */
  meeting(area: Rect): Rect[] {
    const seen = new Set<number>(this.tall);
    const b0 = Math.floor(area.r0 / BAND_ROWS);
    const b1 = Math.floor(area.r1 / BAND_ROWS);
    if (b1 - b0 >= this.bands.size) this.parsed.forEach((_, i) => seen.add(i));
    else for (let b = b0; b <= b1; b++) for (const i of this.bands.get(b) ?? []) seen.add(i);
    const out: Rect[] = [];
    for (const i of [...seen].sort((x, y) => x - y)) {
      const r = this.parsed[i];
      if (r && rectsIntersect(r, area)) out.push(r);
    }
    return out;
  }

  meets(area: Rect): boolean {
    return this.meeting(area).length > 0;
  }

  /** Adds a merged area (its A1 text and rectangle) to the sheet and to the index. */
  add(text: string, rect: Rect): void {
    this.sheet.merges.push(text);
    this.insert(text, rect);
  }
}
