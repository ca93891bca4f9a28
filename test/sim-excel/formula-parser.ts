/**
 * Tokenizer and parser for the subset of Excel formulas the host evaluates (invariant,
 * en-US syntax: "," separates arguments). Also rewrites references: shifting relative
 * references when one formula fills a range, and renaming a sheet.
 */

import { MAX_COLUMNS, MAX_ROWS, Rect, columnIndex, columnLetters, quoteSheet } from "./address";

export const ERROR_LITERALS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
];

interface RefEnd {
  row?: number;
  col?: number;
  rowAbs: boolean;
  colAbs: boolean;
}

export type Token =
  | { t: "num"; v: number; start: number; end: number }
  | { t: "str"; v: string; start: number; end: number }
  | { t: "err"; v: string; start: number; end: number }
  | { t: "bool"; v: boolean; start: number; end: number }
  | { t: "func"; name: string; start: number; end: number }
  | { t: "name"; name: string; start: number; end: number }
  | { t: "ref"; sheet?: string; a: RefEnd; b?: RefEnd; start: number; end: number }
  | { t: "op"; v: string; start: number; end: number };

export type FormulaNode =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "bool"; v: boolean }
  | { k: "err"; v: string }
  | { k: "ref"; sheet?: string; rect: Rect }
  | { k: "name"; name: string }
  | { k: "missing" }
  | { k: "unary"; op: string; e: FormulaNode }
  | { k: "binary"; op: string; a: FormulaNode; b: FormulaNode }
  | { k: "call"; name: string; args: FormulaNode[] };

export class FormulaSyntaxError extends Error {}

const REF_END = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d{1,7})?$/;

function parseRefEnd(text: string): RefEnd | null {
  const m = REF_END.exec(text);
  if (!m || (!m[2] && !m[4])) return null;
  if (m[2] === undefined && m[3]) return null;
  const end: RefEnd = { rowAbs: false, colAbs: false };
  if (m[2]) {
    end.col = columnIndex(m[2]);
    end.colAbs = m[1] === "$";
    if (end.col >= MAX_COLUMNS) return null;
  }
  if (m[4]) {
    end.row = Number(m[4]) - 1;
    end.rowAbs = m[2] ? m[3] === "$" : m[1] === "$";
    if (end.row < 0 || end.row >= MAX_ROWS) return null;
  }
  return end;
}

/** A reference from its parts; null when the parts do not form a cell, area, column or row range. */
function makeRef(aText: string, bText?: string): { a: RefEnd; b?: RefEnd } | null {
  const a = parseRefEnd(aText);
  if (!a) return null;
  if (bText === undefined) return a.row !== undefined && a.col !== undefined ? { a } : null;
  const b = parseRefEnd(bText);
  if (!b) return null;
  const cells = a.row !== undefined && a.col !== undefined && b.row !== undefined && b.col !== undefined;
  const cols = a.row === undefined && b.row === undefined && a.col !== undefined && b.col !== undefined;
  const rows = a.col === undefined && b.col === undefined && a.row !== undefined && b.row !== undefined;
  return cells || cols || rows ? { a, b } : null;
}

const WORD = /[A-Za-z0-9_.$\\\u00C0-\uFFFF]/;

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    const start = i;
    if (ch === " " || ch === "\n" || ch === "\r" || ch === "\t") {
      i++;
      continue;
    }
    if (ch === '"') {
      let v = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new FormulaSyntaxError("unterminated string");
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            v += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += src[i++];
      }
      out.push({ t: "str", v, start, end: i });
      continue;
    }
    if (ch === "#") {
      const lit = ERROR_LITERALS.find((e) => src.slice(i, i + e.length).toUpperCase() === e);
      if (!lit) throw new FormulaSyntaxError(`bad error literal at ${i}`);
      i += lit.length;
      out.push({ t: "err", v: lit, start, end: i });
      continue;
    }
    // sheet-qualified reference: 'Sheet Name'!A1 or Sheet1!A1
    let sheet: string | undefined;
    if (ch === "'") {
      let name = "";
      let j = i + 1;
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError("unterminated sheet name");
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += src[j++];
      }
      if (src[j + 1] !== "!") throw new FormulaSyntaxError("expected ! after sheet name");
      sheet = name;
      i = j + 2;
    }
    if (sheet === undefined && WORD.test(ch) && !/[0-9.]/.test(ch)) {
      let j = i;
      while (j < src.length && WORD.test(src[j])) j++;
      if (src[j] === "!") {
        sheet = src.slice(i, j);
        i = j + 1;
      }
    }
    if (sheet === undefined && /[0-9.]/.test(ch)) {
      const rows = /^(\d{1,7}):(\$?\d{1,7})/.exec(src.slice(i));
      const rowRef = rows && !WORD.test(src[i + rows[0].length] ?? "") ? makeRef(rows[1], rows[2]) : null;
      if (rows && rowRef) {
        i += rows[0].length;
        out.push({ t: "ref", ...rowRef, start, end: i });
        continue;
      }
      const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
      if (!num) throw new FormulaSyntaxError(`bad number at ${i}`);
      i += num[0].length;
      out.push({ t: "num", v: Number(num[0]), start, end: i });
      continue;
    }
    if (sheet !== undefined || WORD.test(ch)) {
      const refStart = i;
      let j = i;
      while (j < src.length && WORD.test(src[j])) j++;
      const word = src.slice(refStart, j);
      if (sheet === undefined && src[j] === "(") {
        out.push({ t: "func", name: word.toUpperCase(), start, end: j + 1 });
        i = j + 1;
        continue;
      }
      // a range "A1:B2", "A:C", "3:5"
      if (src[j] === ":") {
        let k = j + 1;
        while (k < src.length && WORD.test(src[k])) k++;
        const ref = makeRef(word, src.slice(j + 1, k));
        if (ref) {
          out.push({ t: "ref", sheet, ...ref, start, end: k });
          i = k;
          continue;
        }
      }
      const ref = makeRef(word);
      if (ref) {
        out.push({ t: "ref", sheet, ...ref, start, end: j });
        i = j;
        continue;
      }
      if (sheet !== undefined) throw new FormulaSyntaxError(`bad reference after ${sheet}!`);
      if (/^\d/.test(word)) throw new FormulaSyntaxError(`bad token ${word}`);
      const upper = word.toUpperCase();
      if (upper === "TRUE" || upper === "FALSE") out.push({ t: "bool", v: upper === "TRUE", start, end: j });
      else out.push({ t: "name", name: word, start, end: j });
      i = j;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === "<>" || two === "<=" || two === ">=") {
      out.push({ t: "op", v: two, start, end: i + 2 });
      i += 2;
      continue;
    }
    if ("+-*/^&=<>%(),".includes(ch)) {
      out.push({ t: "op", v: ch, start, end: i + 1 });
      i++;
      continue;
    }
    throw new FormulaSyntaxError(`unexpected character ${ch} at ${i}`);
  }
  return out;
}

function refRect(tok: { a: RefEnd; b?: RefEnd }): Rect {
  const { a } = tok;
  const b = tok.b ?? a;
  const r0 = a.row ?? 0;
  const r1 = b.row ?? MAX_ROWS - 1;
  const c0 = a.col ?? 0;
  const c1 = b.col ?? MAX_COLUMNS - 1;
  return { r0: Math.min(r0, r1), r1: Math.max(r0, r1), c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
}

/**
 * Trees of formulas parsed before, by their text: a formula is checked when written and
 * evaluated at every calculation, and a province's sheets hold some 500,000 of them. Trees
 * are never changed, so one serves every use. Emptied when it reaches MAX_PARSED.
 */
const parsed = new Map<string, FormulaNode>();
const MAX_PARSED = 1_000_000;

/** Parse a formula ("=…", the "=" optional) into a tree; throws FormulaSyntaxError. */
export function parseFormula(formula: string): FormulaNode {
  let tree = parsed.get(formula);
  if (tree === undefined) {
    tree = parseUncached(formula);
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(formula, tree);
  }
  return tree;
}

function parseUncached(formula: string): FormulaNode {
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  const toks = tokenize(src);
  let pos = 0;
  const peek = (): Token | undefined => toks[pos];
  const isOp = (v: string): boolean => {
    const t = toks[pos];
    return t !== undefined && t.t === "op" && t.v === v;
  };
  const expect = (v: string): void => {
    if (!isOp(v)) throw new FormulaSyntaxError(`expected ${v}`);
    pos++;
  };

  const binary = (ops: string[], next: () => FormulaNode) => (): FormulaNode => {
    let a = next();
    for (;;) {
      const t = peek();
      if (t && t.t === "op" && ops.includes(t.v)) {
        pos++;
        a = { k: "binary", op: t.v, a, b: next() };
      } else return a;
    }
  };

  const primary = (): FormulaNode => {
    const t = peek();
    if (!t) throw new FormulaSyntaxError("unexpected end of formula");
    pos++;
    switch (t.t) {
      case "num":
        return { k: "num", v: t.v };
      case "str":
        return { k: "str", v: t.v };
      case "bool":
        return { k: "bool", v: t.v };
      case "err":
        return { k: "err", v: t.v };
      case "name":
        return { k: "name", name: t.name };
      case "ref":
        return t.sheet === undefined
          ? { k: "ref", rect: refRect(t) }
          : { k: "ref", sheet: t.sheet, rect: refRect(t) };
      case "func": {
        const args: FormulaNode[] = [];
        if (isOp(")")) {
          pos++;
          return { k: "call", name: t.name, args };
        }
        for (;;) {
          if (isOp(",") || isOp(")")) args.push({ k: "missing" });
          else args.push(comparison());
          if (isOp(",")) {
            pos++;
            continue;
          }
          expect(")");
          return { k: "call", name: t.name, args };
        }
      }
      case "op":
        if (t.v === "(") {
          const e = comparison();
          expect(")");
          return e;
        }
        throw new FormulaSyntaxError(`unexpected ${t.v}`);
    }
  };

  const postfix = (): FormulaNode => {
    let e = primary();
    while (isOp("%")) {
      pos++;
      e = { k: "unary", op: "%", e };
    }
    return e;
  };
  const power = binary(["^"], postfix);
  const unary = (): FormulaNode => {
    if (isOp("-") || isOp("+")) {
      const op = (toks[pos] as { v: string }).v;
      pos++;
      return { k: "unary", op, e: unary() };
    }
    return power();
  };
  const multiplicative = binary(["*", "/"], unary);
  const additive = binary(["+", "-"], multiplicative);
  const concat = binary(["&"], additive);
  const comparison = binary(["=", "<>", "<", ">", "<=", ">="], concat);

  const tree = comparison();
  if (pos !== toks.length) throw new FormulaSyntaxError("unexpected token after end of formula");
  return tree;
}

export function isFormulaValid(formula: string): boolean {
  try {
    parseFormula(formula);
    return true;
  } catch {
    return false;
  }
}

function endText(e: RefEnd): string {
  const col = e.col === undefined ? "" : `${e.colAbs ? "$" : ""}${columnLetters(e.col)}`;
  const row = e.row === undefined ? "" : `${e.rowAbs ? "$" : ""}${e.row + 1}`;
  return col + row;
}

/** Rewrite every reference token of a formula; text between tokens is kept as written. */
function rewriteRefs(
  formula: string,
  change: (tok: Extract<Token, { t: "ref" }>) => { sheet?: string; a: RefEnd; b?: RefEnd } | "REF",
): string {
  const body = formula.slice(1);
  const toks = tokenize(body);
  let out = "";
  let last = 0;
  for (const tok of toks) {
    if (tok.t !== "ref") continue;
    const next = change(tok);
    out += body.slice(last, tok.start);
    if (next === "REF") out += "#REF!";
    else {
      const sheet = next.sheet === undefined ? "" : `${quoteSheet(next.sheet)}!`;
      out += sheet + endText(next.a) + (next.b ? `:${endText(next.b)}` : "");
    }
    last = tok.end;
  }
  return "=" + out + body.slice(last);
}

/** The formula as it reads when copied `dRows` down and `dCols` right (relative refs move). */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  return rewriteRefs(formula, (tok) => {
    const move = (e: RefEnd): RefEnd | null => {
      const n: RefEnd = { ...e };
      if (n.row !== undefined && !n.rowAbs) n.row += dRows;
      if (n.col !== undefined && !n.colAbs) n.col += dCols;
      if ((n.row ?? 0) < 0 || (n.col ?? 0) < 0 || (n.row ?? 0) >= MAX_ROWS || (n.col ?? 0) >= MAX_COLUMNS)
        return null;
      return n;
    };
    const a = move(tok.a);
    const b = tok.b ? move(tok.b) : undefined;
    if (!a || b === null) return "REF";
    return b ? { sheet: tok.sheet, a, b } : { sheet: tok.sheet, a };
  });
}

/** The formula after sheet `from` was renamed to `to` (case-insensitive match). */
export function renameSheetInFormula(formula: string, from: string, to: string): string {
  const lower = from.toLowerCase();
  let touched = false;
  try {
    const out = rewriteRefs(formula, (tok) => {
      if (tok.sheet === undefined || tok.sheet.toLowerCase() !== lower) return tok;
      touched = true;
      return { ...tok, sheet: to };
    });
    return touched ? out : formula;
  } catch {
    return formula;
  }
}
