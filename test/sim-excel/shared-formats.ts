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

/** Transitions from one format object: change id → the resulting object. */
const transitions = new WeakMap<CellFormat, Map<string, CellFormat>>();

function transition(from: CellFormat, id: string, make: () => CellFormat): CellFormat {
  let next = transitions.get(from);
  if (!next) {
    next = new Map();
    transitions.set(from, next);
  }
  let to = next.get(id);
  if (!to) {
    to = make();
    next.set(id, to);
  }
  return to;
}

/** `format` with `key` set to `value` (undefined: removed). */
export function withSetting(
  format: CellFormat | undefined,
  key: SettingKey,
  value: string | number | boolean | undefined,
): CellFormat {
  const from = format ?? EMPTY;
  const id = `${key}=${typeof value}:${String(value)}`;
  return transition(from, id, () => {
    const to: CellFormat = { ...from };
    if (value === undefined) delete to[key];
    else (to as Record<string, unknown>)[key] = value;
    return to;
  });
}

/**
 * `format` with property `prop` of border `edge` set to `value`, the edge's other properties
 * kept (from `base` when it had none); a style of "None" removes the edge.
 */
export function withBorderProp(
  format: CellFormat | undefined,
  edge: BorderEdge,
  prop: keyof BorderModel,
  value: string,
  base: BorderModel,
): CellFormat {
  const from = format ?? EMPTY;
  return transition(from, `border.${edge}.${prop}=${value}`, () => {
    const borders = { ...from.borders };
    if (prop === "style" && value === "None") delete borders[edge];
    else borders[edge] = { ...(borders[edge] ?? base), [prop]: value };
    return { ...from, borders };
  });
}
