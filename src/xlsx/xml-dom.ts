/**
 * The few XML parts of a package the command rewrites (workbook.xml, its rels, the content
 * types, styles.xml, app.xml, a user's sheet whose formulas point at output sheets), through a
 * maintained DOM (@xmldom/xmldom). Elements are matched by local name, so a part written with
 * other namespace prefixes reads the same.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";

export type { Document, Element };

export const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function parseXml(text: string, part: string): Document {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${part}: ${message}`);
    },
  }).parseFromString(text, "text/xml");
  if (!doc.documentElement) throw new Error(`${part}: no root element`);
  return doc;
}

export function serializeXml(node: Document | Element): string {
  return new XMLSerializer().serializeToString(node);
}

/** The document an element belongs to. */
export function docOf(el: Element): Document {
  if (!el.ownerDocument) throw new Error(`<${el.tagName}> belongs to no document`);
  return el.ownerDocument;
}

/** The element's child elements named `local` (any namespace prefix), in order. */
export function children(parent: Element, local: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1 && (n as Element).localName === local) out.push(n as Element);
  return out;
}

export function child(parent: Element, local: string): Element | null {
  return children(parent, local)[0] ?? null;
}

/**
 * The child `local`, created when missing at its place in the schema's sequence `order`
 * (before the first existing sibling that comes after it).
 */
export function ensureChild(parent: Element, local: string, order: readonly string[]): Element {
  const found = child(parent, local);
  if (found) return found;
  const el = docOf(parent).createElementNS(parent.namespaceURI, prefixed(parent, local));
  const after = new Set(order.slice(order.indexOf(local) + 1));
  let before: Element | null = null;
  for (let n = parent.firstChild; n && !before; n = n.nextSibling)
    if (n.nodeType === 1 && after.has((n as Element).localName ?? "")) before = n as Element;
  parent.insertBefore(el, before);
  return el;
}

/** A new element in the parent's namespace, with its prefix. */
export function createChild(parent: Element, local: string): Element {
  return docOf(parent).createElementNS(parent.namespaceURI, prefixed(parent, local));
}

function prefixed(parent: Element, local: string): string {
  return parent.prefix ? `${parent.prefix}:${local}` : local;
}

/** Sets `count` to the number of child elements named `local`. */
export function recount(parent: Element, local: string): void {
  parent.setAttribute("count", String(children(parent, local).length));
}
