/**
 * Argument checks Excel makes when a write reaches it; each failure is InvalidArgument.
 */

import { richError } from "./errors";

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  navy: "#000080",
  purple: "#800080",
  maroon: "#800000",
  teal: "#008080",
  aqua: "#00FFFF",
  fuchsia: "#FF00FF",
  olive: "#808000",
};

/** "#rrggbb", "#rgb" or an HTML color name → "#RRGGBB" as Office.js reports it back. */
export function normalizeColor(value: unknown, what: string): string {
  if (typeof value !== "string") throw richError("InvalidArgument", `${what} must be a color string`);
  const v = value.trim();
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toUpperCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) return ("#" + [...v.slice(1)].map((c) => c + c).join("")).toUpperCase();
  const named = NAMED_COLORS[v.toLowerCase()];
  if (named) return named;
  throw richError("InvalidArgument", `${what}: "${value}" is not a color (use "#RRGGBB")`);
}

export function checkEnum(value: unknown, allowed: ReadonlySet<string>, what: string): string {
  if (typeof value !== "string" || !allowed.has(value)) {
    throw richError(
      "InvalidArgument",
      `${what}: ${JSON.stringify(value)} is not one of ${[...allowed].join(", ")}`,
    );
  }
  return value;
}

export function checkNumber(value: unknown, what: string, min: number, max: number, integer = false): number {
  if (
    typeof value !== "number" ||
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  ) {
    throw richError(
      "InvalidArgument",
      `${what}: ${JSON.stringify(value)} is not ${integer ? "an integer" : "a number"} from ${min} to ${max}`,
    );
  }
  return value;
}

export function checkBoolean(value: unknown, what: string): boolean {
  if (typeof value !== "boolean")
    throw richError("InvalidArgument", `${what}: ${JSON.stringify(value)} is not a boolean`);
  return value;
}

export function checkString(value: unknown, what: string): string {
  if (typeof value !== "string")
    throw richError("InvalidArgument", `${what}: ${JSON.stringify(value)} is not a string`);
  return value;
}
