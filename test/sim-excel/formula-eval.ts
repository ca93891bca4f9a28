/**
 * Evaluates a parsed formula the way Excel would, over a small function set (see
 * formula-functions.ts). Cells are read through `EvalSource`, so the evaluator knows nothing
 * of the workbook model.
 */

import { Rect, rectIntersection } from "./address";
import { FormulaNode, parseFormula } from "./formula-parser";
import { FUNCTIONS } from "./formula-functions";
import { Area, Scalar, Val, XlError, compare, err, isArea, toNumber, toText } from "./formula-values";

export interface EvalSource {
  /** The value of a cell (a formula cell evaluated); null for blank. */
  cell(sheet: string, row: number, col: number): Scalar;
  /** The canonical sheet name, or undefined when no such sheet exists. */
  sheetName(name: string): string | undefined;
  /** The area holding anything on a sheet, to clip whole-column references. */
  usedRect(sheet: string): Rect | null;
  /** The formula of a workbook-scoped named item ("=Sheet1!$A$1"). */
  namedFormula(name: string): string | undefined;
  /** The formula of a cell, if it holds one (SUBTOTAL skips other SUBTOTALs). */
  formulaAt?(sheet: string, row: number, col: number): string | undefined;
}

/** What functions see: evaluation of their argument nodes, lazily. */
export interface Evaluator {
  /** Evaluate to a value; a reference stays a reference. */
  value(node: FormulaNode): Val;
  /** Evaluate and dereference a single cell (a multi-cell reference is #VALUE!). */
  scalar(node: FormulaNode): Scalar;
  /** The cells of a reference, row by row (clipped to the used area). */
  cells(area: Area): Scalar[];
  /** The same, leaving out cells whose formula `skip` matches. */
  cellsExcept(area: Area, skip: (formula: string) => boolean): Scalar[];
}

export class FormulaEvaluator implements Evaluator {
  constructor(
    private readonly source: EvalSource,
    private readonly sheet: string,
  ) {}

  /** Evaluate a formula string in the context of `sheet`; errors come back as XlError. */
  static evaluate(source: EvalSource, sheet: string, formula: string): Scalar {
    let tree: FormulaNode;
    try {
      tree = parseFormula(formula);
    } catch {
      return err.name;
    }
    const ev = new FormulaEvaluator(source, sheet);
    const v = ev.scalar(tree);
    return v === null ? 0 : v;
  }

  cellsExcept(area: Area, skip: (formula: string) => boolean): Scalar[] {
    const used = this.source.usedRect(area.sheet);
    const rect = used ? rectIntersection(area.rect, used) : null;
    if (!rect) return [];
    const out: Scalar[] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) {
        const f = this.source.formulaAt?.(area.sheet, r, c);
        if (f !== undefined && skip(f)) continue;
        out.push(this.source.cell(area.sheet, r, c));
      }
    }
    return out;
  }

  cells(area: Area): Scalar[] {
    const used = this.source.usedRect(area.sheet);
    const rect = used ? rectIntersection(area.rect, used) : null;
    if (!rect) return [];
    const out: Scalar[] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      for (let c = rect.c0; c <= rect.c1; c++) out.push(this.source.cell(area.sheet, r, c));
    }
    return out;
  }

  scalar(node: FormulaNode): Scalar {
    const v = this.value(node);
    if (!isArea(v)) return v;
    const { rect } = v;
    if (rect.r0 !== rect.r1 || rect.c0 !== rect.c1) return err.value;
    return this.source.cell(v.sheet, rect.r0, rect.c0);
  }

  value(node: FormulaNode): Val {
    switch (node.k) {
      case "num":
      case "str":
      case "bool":
        return node.v;
      case "err":
        return new XlError(node.v);
      case "missing":
        return null;
      case "ref": {
        const sheet = this.source.sheetName(node.sheet ?? this.sheet);
        if (sheet === undefined) return err.ref;
        return { kind: "area", sheet, rect: node.rect };
      }
      case "name":
        return this.name(node.name);
      case "unary":
        return this.unary(node.op, this.scalar(node.e));
      case "binary":
        return this.binary(node.op, this.scalar(node.a), this.scalar(node.b));
      case "call": {
        const fn = FUNCTIONS[node.name.replace(/^_xlfn\./, "")];
        if (!fn) return err.name;
        return fn(node.args, this);
      }
    }
  }

  private name(name: string): Val {
    const formula = this.source.namedFormula(name);
    if (formula === undefined) return err.name;
    try {
      return this.value(parseFormula(formula));
    } catch {
      return err.name;
    }
  }

  private unary(op: string, v: Scalar): Scalar {
    const n = toNumber(v);
    if (n instanceof XlError) return n;
    if (op === "-") return -n;
    if (op === "%") return n / 100;
    return n;
  }

  private binary(op: string, a: Scalar, b: Scalar): Scalar {
    if (a instanceof XlError) return a;
    if (b instanceof XlError) return b;
    if (op === "&") {
      const x = toText(a);
      const y = toText(b);
      if (x instanceof XlError) return x;
      if (y instanceof XlError) return y;
      return x + y;
    }
    if (["=", "<>", "<", ">", "<=", ">="].includes(op)) {
      const c = compare(a, b);
      switch (op) {
        case "=":
          return c === 0;
        case "<>":
          return c !== 0;
        case "<":
          return c < 0;
        case ">":
          return c > 0;
        case "<=":
          return c <= 0;
        default:
          return c >= 0;
      }
    }
    const x = toNumber(a);
    const y = toNumber(b);
    if (x instanceof XlError) return x;
    if (y instanceof XlError) return y;
    let r: number;
    switch (op) {
      case "+":
        r = x + y;
        break;
      case "-":
        r = x - y;
        break;
      case "*":
        r = x * y;
        break;
      case "/":
        if (y === 0) return err.div0;
        r = x / y;
        break;
      default:
        if (x === 0 && y < 0) return err.div0;
        r = x ** y;
    }
    return Number.isFinite(r) ? r : err.num;
  }
}
