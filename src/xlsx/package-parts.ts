/**
 * An .xlsx package (an OPC zip) at the level of its parts: part names, relationships and
 * content types, through JSZip. A part left alone keeps its compressed bytes (JSZip reuses them
 * when it writes the package), so copying a user's sheet costs no XML and no inflate.
 */
import JSZip from "jszip";
import path from "path";
import { children, parseXml, serializeXml, type Document } from "./xml-dom";

export interface Relationship {
  id: string;
  type: string;
  /** The part it points at (package path, no leading "/"), or the external URL as written. */
  target: string;
  external: boolean;
}

export async function readPart(zip: JSZip, part: string): Promise<Document | null> {
  const file = zip.file(part);
  return file ? parseXml(await file.async("string"), part) : null;
}

export function writePart(zip: JSZip, part: string, doc: Document): void {
  zip.file(part, serializeXml(doc), { createFolders: false });
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" (the package) → "_rels/.rels". */
export function relsPartOf(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

/** A relationship's target resolved against its source part ("../drawings/d1.xml" → "xl/drawings/d1.xml"). */
export function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  return path.posix.normalize(path.posix.join(path.posix.dirname(source), target));
}

/** The target written in a rels part for `part`, relative to `source`. */
export function relativeTarget(source: string, part: string): string {
  return path.posix.relative(path.posix.dirname(source), part);
}

export async function readRelationships(zip: JSZip, part: string): Promise<Relationship[]> {
  const doc = await readPart(zip, relsPartOf(part));
  if (!doc) return [];
  return children(doc.documentElement!, "Relationship").map((r) => {
    const external = r.getAttribute("TargetMode") === "External";
    const target = r.getAttribute("Target") ?? "";
    return {
      id: r.getAttribute("Id") ?? "",
      type: r.getAttribute("Type") ?? "",
      target: external ? target : resolveTarget(part, target),
      external,
    };
  });
}

/**
 * Copies an entry from one package to another under a new name, its compressed bytes as they
 * are. JSZip keeps a loaded entry's bytes in the private `_data` (its CompressedObject, which
 * `file()` accepts back); the one place that touches it (test/xlsx/package-parts.test.ts fails
 * if JSZip changes it).
 */
export function copyEntry(from: JSZip, name: string, to: JSZip, newName: string): void {
  const entry = from.file(name) as (JSZip.JSZipObject & { _data?: unknown }) | null;
  if (!entry) throw new Error(`No part ${name} in the package`);
  const data = entry._data;
  const compressed = data && typeof data === "object" && "compressedSize" in data && "crc32" in data;
  if (!compressed) throw new Error(`JSZip: the entry ${name} holds no compressed data`);
  to.file(newName, data as unknown as Uint8Array, { binary: true, date: entry.date, createFolders: false });
}
