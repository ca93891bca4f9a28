/**
 * Cell formats as shared values. A sheet of 100,000 budget lines has about a million formatted
 * cells, nearly all with one of a few dozen formats; giving each its own format object (and
 * border objects per edge) made the model's size, and every copy of it, grow with the cells.
 * So a format object is never changed in place: a change gives the cell another object, and
 * the same change of the same object always gives the same object (a cached transition), so
 * cells formatted alike share one. Shared objects are plain data, so a model still survives
 * JSON (where they become copies, which is as good).
 */

import type { BorderEdge, BorderModel, CellFormat } from "./model";

export type SettingKey = Exclude<keyof CellFormat, "borders">;

const EMPTY: CellFormat = {};

/** One change to a format: an id naming it, and how it is made (from a format it does not change). */
export interface FormatChange {
  id: string;
  make(from: CellFormat): CellFormat;
}

/** Transitions from one format object: change id → the resulting object. */
const transitions = new WeakMap<CellFormat, Map<string, CellFormat>>();

/** `format` after `change`: the same object for the same change of the same format. */
export function applyChange(format: CellFormat | undefined, change: FormatChange): CellFormat {
  const from = format ?? EMPTY;
  let next = transitions.get(from);
  if (!next) {
    next = new Map();
    transitions.set(from, next);
  }
  let to = next.get(change.id);
  if (!to) {
    to = change.make(from);
    next.set(change.id, to);
  }
  return to;
}

/** Setting `key` to `value` (undefined: removed). */
export function settingChange(key: SettingKey, value: string | number | boolean | undefined): FormatChange {
  return {
    id: `${key}=${typeof value}:${String(value)}`,
    make(from) {
      const to: CellFormat = { ...from };
      if (value === undefined) delete to[key];
      else (to as Record<string, unknown>)[key] = value;
      return to;
    },
  };
}

/**
 * Setting property `prop` of border `edge` to `value`, the edge's other properties kept (from
 * `base` when it had none); a style of "None" removes the edge.
 */
export function borderChange(
  edge: BorderEdge,
  prop: keyof BorderModel,
  value: string,
  base: BorderModel,
): FormatChange {
  return {
    id: `border.${edge}.${prop}=${value}`,
    make(from) {
      const borders = { ...from.borders };
      if (prop === "style" && value === "None") delete borders[edge];
      else borders[edge] = { ...(borders[edge] ?? base), [prop]: value };
      return { ...from, borders };
    },
  };
}
