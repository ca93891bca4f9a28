/**
 * The output sheets' formats appended to the user's styles.xml: fonts, fills, borders, number
 * formats (custom ids renumbered to free ones), cell formats and differential formats, after
 * the user's, whose order never changes, so every user cell keeps its `s=`. The output sheets
 * were written with their indices already shifted (style-ids.ts) to where these land.
 */
import {
  children,
  child,
  docOf,
  ensureChild,
  recount,
  serializeXml,
  type Document,
  type Element,
} from "./xml-dom";
import type { StyleBase } from "./style-ids";

/** CT_Stylesheet's sequence, for elements the user's styles.xml lacks. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const FIRST_CUSTOM_FORMAT = 164;

const items = (root: Element, list: string, item: string) => {
  const el = child(root, list);
  return el ? children(el, item) : [];
};

/** Custom number formats of the output → ids in the user's styles (the same code reuses the id). */
function mergeNumberFormats(target: Element, source: Element): Map<string, string> {
  const own = items(target, "numFmts", "numFmt");
  const byCode = new Map(own.map((n) => [n.getAttribute("formatCode"), n.getAttribute("numFmtId")]));
  let next = Math.max(FIRST_CUSTOM_FORMAT - 1, ...own.map((n) => Number(n.getAttribute("numFmtId")))) + 1;
  const ids = new Map<string, string>();
  const list = ensureChild(target, "numFmts", ORDER);
  for (const n of items(source, "numFmts", "numFmt")) {
    const code = n.getAttribute("formatCode");
    let id = byCode.get(code) ?? null;
    if (id === null) {
      id = String(next++);
      const copy = docOf(target).importNode(n, true) as Element;
      copy.setAttribute("numFmtId", id);
      list.appendChild(copy);
      byCode.set(code, id);
    }
    ids.set(n.getAttribute("numFmtId") ?? "", id);
  }
  recount(list, "numFmt");
  if (!children(list, "numFmt").length) target.removeChild(list);
  return ids;
}

/**
 * The source's `item`s of `list` in the target's: an identical one reused (a rerun adds no
 * font, fill or border twice), the others appended; returns the target index of each.
 */
function appendUnique(target: Element, source: Element, list: string, item: string): number[] {
  const to = ensureChild(target, list, ORDER);
  const text = (e: Element) => serializeXml(e);
  const known = new Map(children(to, item).map((e, i) => [text(e), i]));
  const ids = items(source, list, item).map((n) => {
    const key = text(n);
    let id = known.get(key);
    if (id === undefined) {
      id = children(to, item).length;
      to.appendChild(docOf(target).importNode(n, true));
      known.set(key, id);
    }
    return id;
  });
  recount(to, item);
  return ids;
}

/** Appends the source's `item`s of `list` to the target's; returns where they start. */
function append(
  target: Element,
  source: Element,
  list: string,
  item: string,
  edit?: (e: Element) => void,
): number {
  const to = ensureChild(target, list, ORDER);
  const start = children(to, item).length;
  for (const n of items(source, list, item)) {
    const copy = docOf(target).importNode(n, true) as Element;
    edit?.(copy);
    to.appendChild(copy);
  }
  recount(to, item);
  return start;
}

/**
 * Appends the output's formats (`generated`, the streamed package's styles.xml) to the user's
 * (`styles`, edited in place); checks they land where the sheets' shifted indices point.
 */
export function appendStyles(styles: Document, generated: Document, base: StyleBase): void {
  const target = styles.documentElement!;
  const source = generated.documentElement!;
  const formats = mergeNumberFormats(target, source);
  const numFmt = (e: Element) => {
    const id = e.getAttribute("numFmtId");
    if (id && formats.has(id)) e.setAttribute("numFmtId", formats.get(id)!);
  };
  const font = appendUnique(target, source, "fonts", "font");
  const fill = appendUnique(target, source, "fills", "fill");
  const border = appendUnique(target, source, "borders", "border");
  const remap = (e: Element, attr: string, ids: number[]) =>
    e.setAttribute(attr, String(ids[Number(e.getAttribute(attr) ?? 0)] ?? 0));
  const xf = append(target, source, "cellXfs", "xf", (e) => {
    remap(e, "fontId", font);
    remap(e, "fillId", fill);
    remap(e, "borderId", border);
    numFmt(e);
    e.setAttribute("xfId", "0");
  });
  const dxf = append(target, source, "dxfs", "dxf", (e) => child(e, "numFmt") && numFmt(child(e, "numFmt")!));
  if (xf !== base.xf || dxf !== base.dxf)
    throw new Error(`styles.xml: the output's formats land at ${xf}/${dxf}, not ${base.xf}/${base.dxf}`);
}
