/**
 * docProps/app.xml lists the sheet names (TitlesOfParts) in groups counted by HeadingPairs
 * ("Worksheets", or "Lembar Kerja" in an Indonesian Excel, then named ranges…). The group that
 * lists the workbook's sheets is replaced by the output's list; when none matches, both lists
 * are dropped (they are optional, and Excel writes them again on save).
 */
import { child, children, createChild, type Document, type Element } from "./xml-dom";

function vector(parent: Element | null): Element | null {
  return parent ? child(parent, "vector") : null;
}

export function rewriteAppProperties(
  app: Document,
  before: readonly string[],
  after: readonly string[],
): void {
  const root = app.documentElement!;
  const heading = child(root, "HeadingPairs");
  const titlesEl = child(root, "TitlesOfParts");
  const pairs = vector(heading);
  const titles = vector(titlesEl);
  const drop = () => {
    if (heading) root.removeChild(heading);
    if (titlesEl) root.removeChild(titlesEl);
  };
  if (!pairs || !titles) return drop();
  const variants = children(pairs, "variant");
  const lpstr = children(titles, "lpstr");
  let start = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const countEl = child(variants[i + 1], "i4");
    const count = Number(countEl?.textContent ?? NaN);
    const group = lpstr.slice(start, start + count).map((e) => e.textContent ?? "");
    if (countEl && group.length === before.length && group.every((g, k) => g === before[k])) {
      for (const e of lpstr.slice(start, start + count)) titles.removeChild(e);
      const next = lpstr[start + count] ?? null;
      for (const name of after) {
        const el = createChild(titles, "lpstr");
        el.appendChild(app.createTextNode(name));
        titles.insertBefore(el, next);
      }
      countEl.textContent = String(after.length);
      titles.setAttribute("size", String(children(titles, "lpstr").length));
      return;
    }
    start += Number.isFinite(count) ? count : 0;
  }
  drop();
}
