/**
 * The small parts that list a package's sheets, rewritten for the output: xl/workbook.xml
 * (sheets, defined names, views, calcPr), its rels, [Content_Types].xml and docProps/app.xml.
 */
import { isMarker } from "../report/sheet-naming";
import { relativeTarget, resolveTarget } from "./package-parts";
import type { PackageSheet } from "./source-package";
import {
  child,
  children,
  createChild,
  ensureChild,
  RELATIONSHIPS_NS,
  type Document,
  type Element,
} from "./xml-dom";

/** CT_Workbook's sequence, for elements the user's workbook.xml lacks. */
const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
];
export const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CONTENT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export interface NewSheet {
  name: string;
  part: string;
  relId: string;
}

/** The defined names: the removed sheets' local names and stale markers dropped, the others renumbered. */
function keepNames(
  root: Element,
  old: readonly PackageSheet[],
  removed: ReadonlySet<string>,
  keptMarkers: ReadonlySet<string>,
): Element {
  const names = ensureChild(root, "definedNames", WORKBOOK_ORDER);
  const newIndex = new Map<number, number>();
  old.filter((s) => !removed.has(s.part)).forEach((s) => newIndex.set(old.indexOf(s), newIndex.size));
  for (const n of children(names, "definedName")) {
    const local = n.getAttribute("localSheetId");
    const name = n.getAttribute("name") ?? "";
    const stale = isMarker(name) && !keptMarkers.has(name);
    const to = local === null ? null : newIndex.get(Number(local));
    if (stale || to === undefined) names.removeChild(n);
    else if (to !== null) n.setAttribute("localSheetId", String(to));
  }
  return names;
}

/**
 * xl/workbook.xml: the removed sheets out, the new ones in at the end (`generatedNames`, the
 * streamed package's defined names — markers, print areas and titles — with their
 * `localSheetId` moved after the kept sheets), views kept on a sheet that exists, and a full
 * calculation on load.
 */
export function rewriteWorkbook(
  workbook: Document,
  old: readonly PackageSheet[],
  removed: ReadonlySet<string>,
  added: readonly NewSheet[],
  generatedNames: readonly Element[],
  keptMarkers: ReadonlySet<string>,
): void {
  const root = workbook.documentElement!;
  const sheets = ensureChild(root, "sheets", WORKBOOK_ORDER);
  let sheetId = Math.max(0, ...old.map((s) => Number(s.element.getAttribute("sheetId")) || 0));
  const keptCount = old.filter((s) => !removed.has(s.part)).length;
  keepViews(root, old, removed);
  for (const s of old) if (removed.has(s.part)) sheets.removeChild(s.element);
  for (const a of added) {
    const el = createChild(sheets, "sheet");
    el.setAttribute("name", a.name);
    el.setAttribute("sheetId", String(++sheetId));
    el.setAttributeNS(RELATIONSHIPS_NS, `${root.lookupPrefix(RELATIONSHIPS_NS) ?? "r"}:id`, a.relId);
    sheets.appendChild(el);
  }
  const names = keepNames(root, old, removed, keptMarkers);
  for (const g of generatedNames) {
    const copy = workbook.importNode(g, true) as Element;
    const local = copy.getAttribute("localSheetId");
    if (local !== null) copy.setAttribute("localSheetId", String(Number(local) + keptCount));
    names.appendChild(copy);
  }
  if (!children(names, "definedName").length) root.removeChild(names);
  ensureChild(root, "calcPr", WORKBOOK_ORDER).setAttribute("fullCalcOnLoad", "1");
}

/** activeTab and firstSheet follow their sheet; on a removed sheet they go to the first one. */
function keepViews(root: Element, old: readonly PackageSheet[], removed: ReadonlySet<string>): void {
  const kept = old.filter((s) => !removed.has(s.part));
  const views = child(root, "bookViews");
  for (const v of views ? children(views, "workbookView") : [])
    for (const attr of ["activeTab", "firstSheet"]) {
      const at = v.getAttribute(attr);
      if (at === null) continue;
      const i = kept.indexOf(old[Number(at)]);
      v.setAttribute(attr, String(Math.max(0, i)));
    }
}

/** The workbook's rels: the deleted parts' relationships out, the new sheets' in. */
export function rewriteRelationships(
  rels: Document,
  workbookPart: string,
  deleted: ReadonlySet<string>,
  added: readonly NewSheet[],
): void {
  const root = rels.documentElement!;
  for (const r of children(root, "Relationship")) {
    const target = r.getAttribute("Target") ?? "";
    const part = resolveTarget(workbookPart, target);
    if (r.getAttribute("TargetMode") !== "External" && deleted.has(part)) root.removeChild(r);
  }
  for (const a of added) {
    const el = createChild(root, "Relationship");
    el.setAttribute("Id", a.relId);
    el.setAttribute("Type", WORKSHEET_TYPE);
    el.setAttribute("Target", relativeTarget(workbookPart, a.part));
    root.appendChild(el);
  }
}

/** [Content_Types].xml: the deleted parts' overrides out, the new sheets' in. */
export function rewriteContentTypes(
  types: Document,
  deleted: ReadonlySet<string>,
  added: readonly NewSheet[],
): void {
  const root = types.documentElement!;
  for (const o of children(root, "Override"))
    if (deleted.has((o.getAttribute("PartName") ?? "").replace(/^\//, ""))) root.removeChild(o);
  for (const a of added) {
    const el = createChild(root, "Override");
    el.setAttribute("PartName", `/${a.part}`);
    el.setAttribute("ContentType", WORKSHEET_CONTENT);
    root.appendChild(el);
  }
}
