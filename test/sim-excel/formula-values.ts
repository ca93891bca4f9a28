/**
 * Values inside the formula evaluator and Excel's coercion rules between them.
 */

import { Rect } from "./address";
import { generalText } from "./number-format";

export class XlError {
  constructor(readonly code: string) {}
}

/** A cell value during evaluation; null is a blank cell. */
export type Scalar = number | string | boolean | XlError | null;

/** A reference to cells, dereferenced lazily. */
export interface Area {
  kind: "area";
  sheet: string;
  rect: Rect;
}

export type Val = Scalar | Area;

export const err = {
  div0: new XlError("#DIV/0!"),
  value: new XlError("#VALUE!"),
  ref: new XlError("#REF!"),
  name: new XlError("#NAME?"),
  num: new XlError("#NUM!"),
  na: new XlError("#N/A"),
};

export function isArea(v: Val): v is Area {
  return typeof v === "object" && v !== null && !(v instanceof XlError);
}

/** Text that Excel reads as a number when it coerces ("12", " 1.5e3 ", "40%"); else null. */
export function numberFromText(s: string): number | null {
  const t = s.trim();
  const m = /^([+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)(%?)$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  return m[4] ? n / 100 : n;
}

export function toNumber(v: Scalar): number | XlError {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof XlError) return v;
  return numberFromText(v) ?? err.value;
}

export function toText(v: Scalar): string | XlError {
  if (v === null) return "";
  if (typeof v === "number") return generalText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

export function toBool(v: Scalar): boolean | XlError {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v instanceof XlError) return v;
  const u = v.toUpperCase();
  if (u === "TRUE") return true;
  if (u === "FALSE") return false;
  return err.value;
}

function typeRank(v: number | string | boolean): number {
  return typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
}

/** Excel's comparison: numbers < text < booleans; text case-insensitive; blank adapts. */
export function compare(a: Exclude<Scalar, XlError>, b: Exclude<Scalar, XlError>): number {
  const blankLike = (x: number | string | boolean): number | string | boolean =>
    typeof x === "number" ? 0 : typeof x === "string" ? "" : false;
  const x = a === null ? (b === null ? 0 : blankLike(b)) : a;
  const y = b === null ? blankLike(x) : b;
  const rx = typeRank(x);
  const ry = typeRank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === "string" && typeof y === "string") {
    const lx = x.toLowerCase();
    const ly = y.toLowerCase();
    return lx < ly ? -1 : lx > ly ? 1 : 0;
  }
  const nx = Number(x);
  const ny = Number(y);
  return nx < ny ? -1 : nx > ny ? 1 : 0;
}

/** Excel's ROUND: half away from zero, without binary floating-point surprises. */
export function roundHalfAway(x: number, digits: number): number {
  const d = Math.trunc(digits);
  const abs = Math.abs(x);
  if (String(abs).includes("e")) {
    const f = 10 ** d;
    return (Math.sign(x) * Math.round(abs * f)) / f;
  }
  const shifted = Math.round(Number(`${abs}e${d}`));
  const r = String(shifted).includes("e") ? shifted / 10 ** d : Number(`${shifted}e${-d}`);
  return Math.sign(x) * r;
}
