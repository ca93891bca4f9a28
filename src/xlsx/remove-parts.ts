/**
 * Removing the sheets an earlier run generated from a package: each sheet's part, its rels, and
 * every part only removed parts reference (a drawing, its chart, the chart's style…), followed
 * through the relationships. A part any kept part still references stays.
 */
import type JSZip from "jszip";
import { readRelationships, relsPartOf } from "./package-parts";

/** Every internal relationship of the package: source part → target parts. */
async function referenceGraph(zip: JSZip): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  const rels = Object.keys(zip.files).filter((n) => /(^|\/)_rels\/[^/]*\.rels$/.test(n));
  for (const r of rels) {
    const source = r.replace(/(^|\/)_rels\/([^/]*)\.rels$/, "$1$2");
    const targets = (await readRelationships(zip, source)).filter((x) => !x.external).map((x) => x.target);
    graph.set(source, targets);
  }
  return graph;
}

/** The parts to delete with `sheets`: they and what only they reference, transitively. */
export async function partsOnlyOf(zip: JSZip, sheets: readonly string[]): Promise<Set<string>> {
  const graph = await referenceGraph(zip);
  const gone = new Set(sheets);
  let grew = true;
  while (grew) {
    grew = false;
    const referenced = new Set<string>();
    for (const [source, targets] of graph) if (!gone.has(source)) for (const t of targets) referenced.add(t);
    for (const s of gone)
      for (const t of graph.get(s) ?? [])
        if (!gone.has(t) && !referenced.has(t) && zip.file(t)) {
          gone.add(t);
          grew = true;
        }
  }
  return gone;
}

/** Deletes the parts and their rels; returns the deleted part names. */
export function deleteParts(zip: JSZip, parts: ReadonlySet<string>): string[] {
  const deleted: string[] = [];
  for (const p of parts)
    for (const name of [p, relsPartOf(p)])
      if (zip.file(name)) {
        zip.remove(name);
        deleted.push(name);
      }
  return deleted;
}
