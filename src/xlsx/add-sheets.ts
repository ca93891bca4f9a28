/**
 * The command's .xlsx: the user's workbook at zip level, its parts unchanged (sheets, drawings,
 * charts, tables, pivot tables as they are, their compressed bytes reused), minus the sheets an
 * earlier run generated, plus the output sheets streamed by write-sheets.ts. Only the parts that
 * list sheets or formats are rewritten (workbook-parts.ts, workbook-styles.ts, app-properties.ts),
 * and a user sheet only when its formulas point at output sheets (forget-results.ts).
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { copyEntry, readPart, readRelationships, relsPartOf, writePart } from "./package-parts";
import { deleteParts, partsOnlyOf } from "./remove-parts";
import { planSheets, type SheetPlan } from "./sheet-plan";
import { definedNames, openSourcePackage, type SourcePackage } from "./source-package";
import { forgetResults, sheetReferences, sheetsPointingAt, type SheetReferences } from "./forget-results";
import { rewriteAppProperties } from "./app-properties";
import { appendStyles } from "./workbook-styles";
import { rewriteContentTypes, rewriteRelationships, rewriteWorkbook, type NewSheet } from "./workbook-parts";
import { writeSheetsPackage } from "./write-sheets";
import type { SheetSpec } from "../report/sheet-spec";
import type { Document } from "./xml-dom";

const CONTENT_TYPES = "[Content_Types].xml";
const APP_PART = "docProps/app.xml";

/** What the write needs of the user's workbook, taken before its exceljs model is dropped. */
export interface PreparedOutput {
  source: SourcePackage;
  plan: SheetPlan;
  /** The kept user sheets (lower-cased) whose formulas point at output sheets. */
  pointing: Set<string>;
}

/** `references`: sheetReferences of the workbook's model, which may be gone by now. */
export async function prepareOutput(
  data: Uint8Array,
  references: SheetReferences,
  requested: readonly string[],
): Promise<PreparedOutput> {
  const source = await openSourcePackage(data);
  const plan = planSheets(
    source.sheets.map((s) => s.name),
    source.markers,
    requested,
  );
  const removed = new Set(plan.removed.map((n) => n.toLowerCase()));
  return { source, plan, pointing: sheetsPointingAt(references, plan.names, removed) };
}

/** A free name `prefix{n}suffix` among `taken`, n from 1; the name is added to `taken`. */
function freeSlot(prefix: string, suffix: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${prefix}${n}${suffix}`)) n++;
  const name = `${prefix}${n}${suffix}`;
  taken.add(name);
  return name;
}

/** The streamed sheets' parts moved into the package under free names, compressed bytes as they are. */
async function moveSheets(zip: JSZip, generated: SourcePackage, relIds: Set<string>): Promise<NewSheet[]> {
  const parts = new Set(Object.keys(zip.files));
  const added: NewSheet[] = [];
  for (const s of generated.sheets) {
    const part = freeSlot("xl/worksheets/sheet", ".xml", parts);
    copyEntry(generated.zip, s.part, zip, part);
    const rels = await readRelationships(generated.zip, s.part);
    if (rels.some((r) => !r.external)) throw new Error(`${s.part}: a streamed sheet refers to a part`);
    if (rels.length) copyEntry(generated.zip, relsPartOf(s.part), zip, relsPartOf(part));
    added.push({ name: s.name, part, relId: freeSlot("rId", "", relIds) });
  }
  return added;
}

async function edit(zip: JSZip, part: string, change: (doc: Document) => void): Promise<void> {
  const doc = await readPart(zip, part);
  if (!doc) return;
  change(doc);
  writePart(zip, part, doc);
}

/** Removes the replaced sheets and what only they use; with them the calculation chain. */
async function removeSheets(source: SourcePackage, plan: SheetPlan): Promise<Set<string>> {
  const names = new Set(plan.removed.map((n) => n.toLowerCase()));
  const parts = source.sheets.filter((s) => names.has(s.name.toLowerCase())).map((s) => s.part);
  const gone = await partsOnlyOf(source.zip, parts);
  const calcChain = source.relationships.find((r) => r.type.endsWith("/calcChain"));
  if (parts.length && calcChain) gone.add(calcChain.target);
  return new Set(deleteParts(source.zip, gone));
}

/** The output sheets streamed under the plan's names and markers, their formats after the user's. */
export function writeOutputSheets(prepared: PreparedOutput, specs: readonly SheetSpec[]): Promise<Buffer> {
  const { names, markers } = prepared.plan;
  return writeSheetsPackage(
    specs.map((s, i) => ({ ...s, name: names[i] })),
    { markers, styleBase: prepared.source.styleBase },
  );
}

/** The output package: the user's parts, the streamed sheets (`generated`), the lists rewritten. */
export async function assemblePackage(prepared: PreparedOutput, generated: Uint8Array): Promise<Buffer> {
  const { source, plan } = prepared;
  const zip = source.zip;
  const streamed = await openSourcePackage(generated);
  const before = source.sheets.map((s) => s.name);
  const deleted = await removeSheets(source, plan);
  const removedParts = new Set(source.sheets.filter((s) => deleted.has(s.part)).map((s) => s.part));
  const added = await moveSheets(zip, streamed, new Set(source.relationships.map((r) => r.id)));
  rewriteWorkbook(
    source.workbook,
    source.sheets,
    removedParts,
    added,
    definedNames(streamed.workbook),
    plan.keptMarkers,
  );
  writePart(zip, source.workbookPart, source.workbook);
  await edit(zip, relsPartOf(source.workbookPart), (d) =>
    rewriteRelationships(d, source.workbookPart, deleted, added),
  );
  await edit(zip, CONTENT_TYPES, (d) => rewriteContentTypes(d, deleted, added));
  await mergeStyles(source, streamed);
  const after = [
    ...before.filter((_, i) => !removedParts.has(source.sheets[i].part)),
    ...added.map((a) => a.name),
  ];
  await edit(zip, APP_PART, (d) => rewriteAppProperties(d, before, after));
  for (const s of source.sheets)
    if (!removedParts.has(s.part) && prepared.pointing.has(s.name.toLowerCase()))
      await edit(zip, s.part, (d) => forgetResults(d, plan.names));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** The output's formats after the user's; a workbook without styles.xml takes the output's as it is. */
async function mergeStyles(source: SourcePackage, streamed: SourcePackage): Promise<void> {
  if (!streamed.styles || !streamed.stylesPart) throw new Error("The streamed sheets have no styles.xml");
  if (source.styles && source.stylesPart) {
    appendStyles(source.styles, streamed.styles, source.styleBase);
    writePart(source.zip, source.stylesPart, source.styles);
    return;
  }
  throw new Error("The workbook has no styles.xml");
}

/**
 * The three steps at once, for a caller that keeps the workbook's model anyway; the command
 * runs them one by one so the model is gone before the engine runs.
 */
export async function addSheetsToWorkbook(
  data: Uint8Array,
  wb: ExcelJS.Workbook,
  specs: readonly SheetSpec[],
): Promise<{ xlsx: Buffer; lembar: string[]; namaDiganti: SheetPlan["namaDiganti"] }> {
  const prepared = await prepareOutput(
    data,
    sheetReferences(wb),
    specs.map((s) => s.name),
  );
  const sheets = await writeOutputSheets(prepared, specs);
  return {
    xlsx: await assemblePackage(prepared, sheets),
    lembar: prepared.plan.names,
    namaDiganti: prepared.plan.namaDiganti,
  };
}
