/**
 * A rough rendering of Excel number formats, for `Range.text`, with the locale's decimal and
 * thousands separators (id-ID: "1.234,5"; en-US: "1,234.5"). As in Excel, a format with a
 * decimal point shows the separator even when no decimal follows: "#,##0.##" shows 100 as
 * "100," in Indonesian Excel and "100." in English Excel.
 * Formats:
 * "General", "@", "0", "0.00", "#,##0", "#,##0.00", "0%", "0.00%", literal text in quotes,
 * sections "pos;neg;zero;text", [Color] tags, and simple dates (d m y). Not: fractions,
 * conditions, time of day, padding with "*".
 */
import { SEPARATORS, type SimLocale } from "./locale";

/** Swap the en-US separators of a rendered number for the locale's. */
function localize(text: string, locale: SimLocale): string {
  if (locale === "en-US") return text;
  const sep = SEPARATORS[locale];
  return text.replace(/[.,]/g, (ch) => (ch === "." ? sep.decimal : sep.thousands));
}

/** Excel's General format: at most 11 characters, like the grid shows a number. */
export function generalText(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = n.toExponential(5).split("e");
    const mant = m.replace(/\.?0+$/, "");
    const exp = Number(e);
    return `${mant}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits - (n < 0 ? 1 : 0));
  return String(Number(n.toFixed(Math.min(decimals, 20))));
}

/** Split a format into sections at ";" outside quotes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      cur += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Excel serial (1900 date system) → calendar date. */
function serialToDate(serial: number): { y: number; m: number; d: number } {
  const days = Math.floor(serial) - (serial >= 61 ? 1 : 0); // Excel's phantom 1900-02-29
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function formatDate(serial: number, section: string): string {
  const { y, m, d } = serialToDate(serial);
  return section.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|"[^"]*"|\\./gi, (tok) => {
    const t = tok.toLowerCase();
    if (tok.startsWith('"')) return tok.slice(1, -1);
    if (tok.startsWith("\\")) return tok.slice(1);
    switch (t) {
      case "yyyy":
        return String(y);
      case "yy":
        return String(y % 100).padStart(2, "0");
      case "mmmm":
        return MONTHS[m - 1];
      case "mmm":
        return MONTHS[m - 1].slice(0, 3);
      case "mm":
        return String(m).padStart(2, "0");
      case "m":
        return String(m);
      case "dd":
        return String(d).padStart(2, "0");
      default:
        return String(d);
    }
  });
}

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumberSection(
  value: number,
  section: string,
  withSign: boolean,
  locale: SimLocale = "en-US",
): string {
  const clean = section.replace(/\[[^\]]*\]/g, "");
  const unquoted = clean.replace(/"[^"]*"|\\./g, "");
  if (/[dmy]/i.test(unquoted) && !/[0#?]/.test(unquoted)) {
    return formatDate(value, clean);
  }
  let before = "";
  let after = "";
  let pattern = "";
  let inPattern = false;
  let patternDone = false;
  let percent = false;
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i];
    let literal: string | null = null;
    if (ch === '"') {
      const end = clean.indexOf('"', i + 1);
      literal = clean.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? clean.length : end;
    } else if (ch === "\\") {
      literal = clean[i + 1] ?? "";
      i++;
    } else if (ch === "_") {
      literal = " ";
      i++;
    } else if (ch === "*") {
      i++;
      literal = "";
    } else if (!patternDone && "0#?.,".includes(ch) && (inPattern || ch !== ",")) {
      inPattern = true;
      pattern += ch;
      continue;
    } else {
      if (ch === "%") percent = true;
      literal = ch;
    }
    if (inPattern) patternDone = true;
    if (patternDone) after += literal;
    else before += literal;
  }
  let v = Math.abs(value) * (percent ? 100 : 1);
  const scaling = /,+$/.exec(pattern);
  if (scaling) {
    v /= 1000 ** scaling[0].length;
    pattern = pattern.slice(0, -scaling[0].length);
  }
  const [intPat, decPat = ""] = pattern.split(".");
  const maxDec = (decPat.match(/[0#?]/g) ?? []).length;
  const minDec = (decPat.match(/0/g) ?? []).length;
  const minInt = (intPat.match(/0/g) ?? []).length;
  let [int, dec = ""] = roundedFixed(v, maxDec).split(".");
  while (dec.length > minDec && dec.endsWith("0")) dec = dec.slice(0, -1);
  if (int === "0" && minInt === 0) int = "";
  int = int.padStart(minInt, "0");
  if (intPat.includes(",")) int = groupThousands(int);
  const body = pattern === "" ? "" : int + (pattern.includes(".") ? "." : "") + dec;
  const negative = withSign && value < 0 && Number(body.replace(/[^\d]/g, "") || "0") !== 0;
  return (negative ? "-" : "") + before + localize(body, locale) + after;
}

function roundedFixed(v: number, decimals: number): string {
  const f = 10 ** decimals;
  const r = Math.round(v * f + Number.EPSILON * f * v) / f;
  return r.toFixed(decimals);
}

/** The text Excel shows for `value` under `format` (roughly; see the file comment). */
export function formatValue(
  value: string | number | boolean | null,
  format: string | undefined,
  locale: SimLocale = "en-US",
): string {
  if (value === null || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const fmt = format ?? "General";
  const secs = sections(fmt);
  if (typeof value === "string") {
    const textSection = secs.length >= 4 ? secs[3] : secs.find((s) => s.includes("@"));
    if (!textSection) return value;
    return textSection.replace(/"([^"]*)"/g, "$1").replace(/@/g, value);
  }
  const general = () => localize(generalText(value), locale);
  if (fmt === "General" || fmt === "") return general();
  if (fmt === "@") return general();
  if (value < 0 && secs.length >= 2 && secs[1] !== "")
    return formatNumberSection(value, secs[1], false, locale);
  if (value === 0 && secs.length >= 3 && secs[2] !== "")
    return formatNumberSection(value, secs[2], false, locale);
  if (/^general$/i.test(secs[0])) return general();
  return formatNumberSection(value, secs[0], true, locale);
}
