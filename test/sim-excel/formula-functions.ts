/**
 * The worksheet functions the simulated host computes. Any other name evaluates to #NAME?,
 * which is what Excel shows for a misspelt function.
 */

import type { FormulaNode } from "./formula-parser";
import type { Evaluator } from "./formula-eval";
import { Scalar, XlError, err, isArea, roundHalfAway, toBool, toNumber, toText } from "./formula-values";

export type ExcelFunction = (args: FormulaNode[], ev: Evaluator) => Scalar;

/**
 * The numbers of the arguments as SUM sees them: in references only numbers count (text,
 * booleans and blanks are skipped); direct arguments are coerced (TRUE = 1, "3" = 3).
 * The first error met is returned instead.
 */
function numbers(args: FormulaNode[], ev: Evaluator): number[] | XlError {
  const out: number[] = [];
  for (const a of args) {
    const v = ev.value(a);
    if (isArea(v)) {
      for (const c of ev.cells(v)) {
        if (c instanceof XlError) return c;
        if (typeof c === "number") out.push(c);
      }
      continue;
    }
    if (v === null && a.k === "missing") continue;
    const n = toNumber(v);
    if (n instanceof XlError) return n;
    out.push(n);
  }
  return out;
}

/** Logical values for AND / OR: references skip text and blanks. */
function logicals(args: FormulaNode[], ev: Evaluator): boolean[] | XlError {
  const out: boolean[] = [];
  for (const a of args) {
    const v = ev.value(a);
    const items = isArea(v) ? ev.cells(v).filter((c) => c !== null && typeof c !== "string") : [v];
    for (const c of items) {
      const b = toBool(c);
      if (b instanceof XlError) return b;
      out.push(b);
    }
  }
  return out.length === 0 ? err.value : out;
}

function arity(args: FormulaNode[], min: number, max: number): XlError | null {
  return args.length < min || args.length > max ? err.value : null;
}

function num(ev: Evaluator, node: FormulaNode | undefined, fallback?: number): number | XlError {
  if (!node || node.k === "missing") return fallback ?? 0;
  return toNumber(ev.scalar(node));
}

function rounding(mode: (x: number) => number): ExcelFunction {
  return (args, ev) => {
    const bad = arity(args, 1, 2);
    if (bad) return bad;
    const x = num(ev, args[0]);
    const d = num(ev, args[1]);
    if (x instanceof XlError) return x;
    if (d instanceof XlError) return d;
    const f = 10 ** Math.trunc(d);
    return mode === Math.round ? roundHalfAway(x, d) : (Math.sign(x) * mode(Math.abs(x) * f)) / f;
  };
}

/**
 * SUBTOTAL(9 | 109, ref, …): the SUM of the references, leaving out cells that are themselves
 * SUBTOTALs, so nested subtotals are not counted twice. (No rows are hidden or filtered in the
 * simulated host, so 9 and 109 agree.) Other function numbers are not simulated: #VALUE!.
 */
function subtotal(args: FormulaNode[], ev: Evaluator): Scalar {
  if (args.length < 2) return err.value;
  const fn = num(ev, args[0]);
  if (fn instanceof XlError) return fn;
  if (fn !== 9 && fn !== 109) return err.value;
  let sum = 0;
  for (const a of args.slice(1)) {
    const v = ev.value(a);
    if (!isArea(v)) return err.value;
    for (const c of ev.cellsExcept(v, (f) => /\bSUBTOTAL\s*\(/i.test(f))) {
      if (c instanceof XlError) return c;
      if (typeof c === "number") sum += c;
    }
  }
  return sum;
}

/**
 * AVERAGEIF(range, criteria, [average_range]) with an equality criteria (text compared
 * ignoring case, or a number); the average range's cells that are not numbers are skipped.
 * Criteria with operators or wildcards are not simulated: #VALUE!.
 */
function averageIf(args: FormulaNode[], ev: Evaluator): Scalar {
  if (args.length < 2 || args.length > 3) return err.value;
  const range = ev.value(args[0]);
  const target = args.length === 3 ? ev.value(args[2]) : range;
  if (!isArea(range) || !isArea(target)) return err.value;
  const criteria = ev.scalar(args[1]);
  if (criteria instanceof XlError) return criteria;
  if (typeof criteria === "string" && /^[<>=]|[*?~]/.test(criteria)) return err.value;
  const keys = ev.cells(range);
  const vals = ev.cells(target);
  const same = (v: Scalar) =>
    typeof criteria === "string"
      ? typeof v === "string" && v.toLowerCase() === criteria.toLowerCase()
      : v === criteria;
  const picked = vals.filter((v, i): v is number => same(keys[i] ?? null) && typeof v === "number");
  return picked.length === 0 ? err.div0 : picked.reduce((s, n) => s + n, 0) / picked.length;
}

export const FUNCTIONS: Record<string, ExcelFunction> = {
  SUBTOTAL: subtotal,
  AVERAGEIF: averageIf,
  SUM: (args, ev) => {
    const ns = numbers(args, ev);
    return ns instanceof XlError ? ns : ns.reduce((s, n) => s + n, 0);
  },
  AVERAGE: (args, ev) => {
    const ns = numbers(args, ev);
    if (ns instanceof XlError) return ns;
    return ns.length === 0 ? err.div0 : ns.reduce((s, n) => s + n, 0) / ns.length;
  },
  MIN: (args, ev) => {
    const ns = numbers(args, ev);
    return ns instanceof XlError ? ns : ns.length === 0 ? 0 : Math.min(...ns);
  },
  MAX: (args, ev) => {
    const ns = numbers(args, ev);
    return ns instanceof XlError ? ns : ns.length === 0 ? 0 : Math.max(...ns);
  },
  COUNT: (args, ev) => {
    let n = 0;
    for (const a of args) {
      const v = ev.value(a);
      if (isArea(v)) n += ev.cells(v).filter((c) => typeof c === "number").length;
      else if (a.k !== "missing" && !(toNumber(v) instanceof XlError) && v !== null) n++;
    }
    return n;
  },
  COUNTA: (args, ev) => {
    let n = 0;
    for (const a of args) {
      const v = ev.value(a);
      if (isArea(v)) n += ev.cells(v).filter((c) => c !== null && c !== "").length;
      else if (a.k !== "missing") n++;
    }
    return n;
  },
  IF: (args, ev) => {
    const bad = arity(args, 1, 3);
    if (bad) return bad;
    const cond = toBool(ev.scalar(args[0]));
    if (cond instanceof XlError) return cond;
    const branch = cond ? args[1] : args[2];
    if (!branch) return cond ? 0 : false;
    if (branch.k === "missing") return 0;
    return ev.scalar(branch) ?? 0;
  },
  IFERROR: (args, ev) => {
    const bad = arity(args, 2, 2);
    if (bad) return bad;
    const v = ev.scalar(args[0]);
    return v instanceof XlError ? (ev.scalar(args[1]) ?? 0) : (v ?? 0);
  },
  AND: (args, ev) => {
    const bs = logicals(args, ev);
    return bs instanceof XlError ? bs : bs.every(Boolean);
  },
  OR: (args, ev) => {
    const bs = logicals(args, ev);
    return bs instanceof XlError ? bs : bs.some(Boolean);
  },
  NOT: (args, ev) => {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const b = toBool(ev.scalar(args[0]));
    return b instanceof XlError ? b : !b;
  },
  ABS: (args, ev) => {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const x = num(ev, args[0]);
    return x instanceof XlError ? x : Math.abs(x);
  },
  ROUND: rounding(Math.round),
  ROUNDUP: rounding(Math.ceil),
  ROUNDDOWN: rounding(Math.floor),
  HYPERLINK: (args, ev) => {
    const bad = arity(args, 1, 2);
    if (bad) return bad;
    const shown = args[1] && args[1].k !== "missing" ? args[1] : args[0];
    const v = ev.scalar(shown);
    return v ?? 0;
  },
  CONCATENATE: (args, ev) => {
    let s = "";
    for (const a of args) {
      const t = toText(ev.scalar(a));
      if (t instanceof XlError) return t;
      s += t;
    }
    return s;
  },
  LEN: (args, ev) => {
    const bad = arity(args, 1, 1);
    if (bad) return bad;
    const t = toText(ev.scalar(args[0]));
    return t instanceof XlError ? t : t.length;
  },
};
