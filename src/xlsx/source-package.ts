/**
 * The user's workbook as a package: its sheets (name, part, relationship) and defined names
 * from xl/workbook.xml, the markers among them, and where the output sheets' styles will start
 * in its styles.xml. Read once, before the output sheets are written.
 */
import JSZip from "jszip";
import { isMarker, sheetOfReference } from "../report/sheet-naming";
import { readPart, readRelationships, type Relationship } from "./package-parts";
import type { StyleBase } from "./style-ids";
import { child, children, RELATIONSHIPS_NS, type Document, type Element } from "./xml-dom";

export const WORKBOOK_PART = "xl/workbook.xml";
const OFFICE_DOCUMENT = "/officeDocument";

export interface PackageSheet {
  name: string;
  /** The sheet's part, e.g. xl/worksheets/sheet3.xml. */
  part: string;
  relId: string;
  element: Element;
}

export interface SourcePackage {
  zip: JSZip;
  workbookPart: string;
  workbook: Document;
  relationships: Relationship[];
  sheets: PackageSheet[];
  /** Each marker (`Capaian_Lembar_N`) and the sheet it refers to (null: #REF!). */
  markers: { name: string; sheet: string | null }[];
  styles: Document | null;
  stylesPart: string | null;
  styleBase: StyleBase;
}

async function workbookPartOf(zip: JSZip): Promise<string> {
  const root = await readRelationships(zip, "");
  return root.find((r) => r.type.endsWith(OFFICE_DOCUMENT) && !r.external)?.target ?? WORKBOOK_PART;
}

export async function openSourcePackage(data: Uint8Array): Promise<SourcePackage> {
  const zip = await JSZip.loadAsync(data);
  const workbookPart = await workbookPartOf(zip);
  const workbook = await readPart(zip, workbookPart);
  if (!workbook) throw new Error(`No ${workbookPart} in the workbook`);
  const relationships = await readRelationships(zip, workbookPart);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const root = workbook.documentElement!;
  const sheetsEl = child(root, "sheets");
  const sheets = (sheetsEl ? children(sheetsEl, "sheet") : []).map((element) => {
    const relId = element.getAttributeNS(RELATIONSHIPS_NS, "id") ?? "";
    return { name: element.getAttribute("name") ?? "", part: byId.get(relId)?.target ?? "", relId, element };
  });
  const stylesPart = relationships.find((r) => r.type.endsWith("/styles"))?.target ?? null;
  const styles = stylesPart ? await readPart(zip, stylesPart) : null;
  return {
    zip,
    workbookPart,
    workbook,
    relationships,
    sheets,
    markers: definedNames(workbook)
      .filter((n) => isMarker(n.getAttribute("name") ?? ""))
      .map((n) => ({ name: n.getAttribute("name") ?? "", sheet: sheetOfReference(n.textContent ?? "") })),
    styles,
    stylesPart,
    styleBase: styleBaseOf(styles),
  };
}

export function definedNames(workbook: Document): Element[] {
  const el = child(workbook.documentElement!, "definedNames");
  return el ? children(el, "definedName") : [];
}

function styleBaseOf(styles: Document | null): StyleBase {
  const root = styles?.documentElement;
  const count = (local: string, item: string) => {
    const el = root ? child(root, local) : null;
    return el ? children(el, item).length : 0;
  };
  return { xf: count("cellXfs", "xf"), dxf: count("dxfs", "dxf") };
}
