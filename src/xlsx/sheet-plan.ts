/**
 * Which sheets a run replaces, what its sheets are called and which markers they get, from the
 * user's workbook as it is: the add-in's rules (src/report/sheet-naming.ts). Pure.
 */
import { freeName, nextMarkerName, replacedSheets } from "../report/sheet-naming";

export interface SheetPlan {
  /** The sheets an earlier run generated that this run replaces (their names as they are). */
  removed: string[];
  /** The name each output sheet gets, by the specs' order. */
  names: string[];
  namaDiganti: { diminta: string; ditulis: string }[];
  /** The markers that stay (of generated sheets a user renamed and kept). */
  keptMarkers: Set<string>;
  /** The marker of each output sheet. */
  markers: string[];
}

export function planSheets(
  sheets: readonly string[],
  markers: readonly { name: string; sheet: string | null }[],
  requested: readonly string[],
): SheetPlan {
  const kecil = (s: string) => s.toLowerCase();
  const marked = new Set(markers.flatMap((m) => (m.sheet === null ? [] : [kecil(m.sheet)])));
  const removed = replacedSheets(
    sheets.map((name) => ({ name, generated: marked.has(kecil(name)) })),
    requested,
  );
  const gone = new Set(removed.map(kecil));
  const kept = sheets.filter((s) => !gone.has(kecil(s)));
  const exists = new Set(kept.map(kecil));
  // A marker stays while its sheet stands and is not replaced; broken ones (#REF!) go.
  const keptMarkers = new Set(
    markers.filter((m) => m.sheet !== null && exists.has(kecil(m.sheet))).map((m) => m.name),
  );
  const used = new Set(kept.map(kecil));
  const markerNames = new Set([...keptMarkers].map(kecil));
  const names: string[] = [];
  const namaDiganti: SheetPlan["namaDiganti"] = [];
  const markerOf: string[] = [];
  for (const diminta of requested) {
    const ditulis = freeName(diminta, used);
    if (ditulis !== diminta) namaDiganti.push({ diminta, ditulis });
    names.push(ditulis);
    markerOf.push(nextMarkerName(markerNames));
  }
  return { removed, names, namaDiganti, keptMarkers, markers: markerOf };
}
