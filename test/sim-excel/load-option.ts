/**
 * Parsing the argument of `object.load(...)` in all its Office.js forms:
 * `"values, address"`, `["values", "format/font/bold"]`, `{ select: "name", expand: "items" }`,
 * and the nested boolean form `{ address: true, format: { font: { bold: true } } }`.
 */

export interface Selection {
  /** Load every scalar property (no option, `$all`, or a bare navigation/`items`). */
  all: boolean;
  props: Set<string>;
  navs: Map<string, Selection>;
}

export function emptySelection(all = false): Selection {
  return { all, props: new Set(), navs: new Map() };
}

function addPath(sel: Selection, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return;
  let cur = sel;
  for (let i = 0; i < parts.length - 1; i++) {
    let next = cur.navs.get(parts[i]);
    if (!next) {
      next = emptySelection();
      cur.navs.set(parts[i], next);
    }
    cur = next;
  }
  cur.props.add(parts[parts.length - 1]);
}

function addObject(sel: Selection, obj: Record<string, unknown>): void {
  for (const [key, v] of Object.entries(obj)) {
    if (key === "$all") {
      if (v) sel.all = true;
      continue;
    }
    if (v === true) sel.props.add(key);
    else if (typeof v === "object" && v !== null) {
      const child = sel.navs.get(key) ?? emptySelection();
      addObject(child, v as Record<string, unknown>);
      sel.navs.set(key, child);
    }
  }
}

/** A selection tree; `undefined` (no argument) selects all scalar properties. */
export function parseLoadOption(option: unknown): Selection {
  if (option === undefined || option === null) return emptySelection(true);
  const sel = emptySelection();
  const addList = (list: unknown): void => {
    if (typeof list === "string") list.split(",").forEach((p) => addPath(sel, p));
    else if (Array.isArray(list)) list.forEach((p) => addList(p));
  };
  if (typeof option === "string" || Array.isArray(option)) {
    addList(option);
  } else if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if ("select" in o || "expand" in o || "top" in o || "skip" in o) {
      addList(o.select);
      if (o.expand !== undefined) {
        const expand = emptySelection();
        const saved = sel.props;
        sel.props = expand.props;
        addList(o.expand);
        for (const nav of expand.props) if (!sel.navs.has(nav)) sel.navs.set(nav, emptySelection(true));
        sel.props = saved;
      }
      if (o.select === undefined && o.expand === undefined) sel.all = true;
    } else addObject(sel, o);
  }
  if (sel.props.size === 0 && sel.navs.size === 0 && !sel.all) sel.all = true;
  return sel;
}

export function describeSelection(sel: Selection, prefix = ""): string[] {
  const out: string[] = [];
  if (sel.all) out.push(`${prefix}*`);
  for (const p of sel.props) out.push(prefix + p);
  for (const [nav, child] of sel.navs) out.push(...describeSelection(child, `${prefix}${nav}/`));
  return out;
}
