/**
 * Summarises a V8 CPU profile (node --cpu-prof) or sampling heap profile (node --heap-prof) of
 * the command by where the time or the memory goes: self time (or allocated bytes) grouped by
 * phase — exceljs reading, the table reader, the engine, the sheet specs, exceljs cells, exceljs
 * writing, compression, JSON, GC — and the top functions.
 *
 *   npx tsx bench/profil.ts /tmp/prof/CPU.*.cpuprofile
 *   npx tsx bench/profil.ts /tmp/prof/Heap.*.heapprofile
 */
import * as fs from "fs";

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
}

/** The phase a frame's own time belongs to, from its file (compiled lib/ or node_modules). */
export function fasa(f: Frame): string {
  const u = f.url.replace(/\\/g, "/");
  const fn = f.functionName;
  if (fn === "(garbage collector)") return "GC";
  if (fn === "(idle)" || fn === "(program)" || fn === "(root)") return "(idle/program)";
  if (/exceljs\/lib\/xlsx\/xform\//.test(u))
    return /render|prepare|write/i.test(fn) ? "exceljs write (XML)" : "exceljs read (XML parse)";
  if (/saxes|sax\.js|parse-sax|xml-name/.test(u)) return "exceljs read (XML parse)";
  if (/exceljs\/lib\/utils\/(xml-stream|string-buf|stream-buf)/.test(u)) return "exceljs write (XML)";
  if (/jszip|pako|zlib|archiver|compress|unzipper/.test(u) || /deflate|inflate/i.test(fn))
    return "zip (inflate/deflate)";
  if (/exceljs\/lib\/doc\//.test(u)) return "exceljs cell model";
  if (/exceljs/.test(u)) return "exceljs other";
  if (/\/lib\/core\/|\/src\/core\//.test(u)) return "engine (core)";
  if (/\/lib\/report\/|\/src\/report\//.test(u)) return "sheet specs (report)";
  if (/\/(lib|src)\/xlsx\/(read-|cell-value|baca|sumber)/.test(u)) return "reading tables (xlsx/read)";
  if (/\/(lib|src)\/xlsx\//.test(u)) return "writing sheets (xlsx/write, use case)";
  if (/\/(lib|src)\/docx\//.test(u)) return "docx";
  if (/^node:|internal\//.test(u) || u === "") return fn === "stringify" ? "JSON" : "node/builtin";
  return "other";
}

function cpu(p: { nodes: { id: number; callFrame: Frame }[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  return [...self].map(([id, ms]) => ({ frame: byId.get(id)!, value: ms }));
}

interface HeapNode {
  callFrame: Frame;
  selfSize: number;
  children: HeapNode[];
}

function heap(p: { head: HeapNode }) {
  const out: { frame: Frame; value: number }[] = [];
  const walk = (n: HeapNode) => {
    if (n.selfSize > 0) out.push({ frame: n.callFrame, value: n.selfSize / 1e6 });
    n.children.forEach(walk);
  };
  walk(p.head);
  return out;
}

function main(file: string): void {
  const p = JSON.parse(fs.readFileSync(file, "utf8"));
  const isHeap = "head" in p;
  const rows = isHeap ? heap(p) : cpu(p);
  const unit = isHeap ? "MB live at exit (sampled)" : "ms self";
  const total = rows.reduce((n, r) => n + r.value, 0);
  const groups = new Map<string, number>();
  for (const r of rows) groups.set(fasa(r.frame), (groups.get(fasa(r.frame)) ?? 0) + r.value);
  console.log(`${file}: ${total.toFixed(0)} ${unit}`);
  for (const [g, v] of [...groups].sort((a, b) => b[1] - a[1]))
    console.log(`  ${g.padEnd(40)} ${v.toFixed(0).padStart(8)}  ${((100 * v) / total).toFixed(1)} %`);
  const fns = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.frame.functionName || "(anonymous)"} ${r.frame.url.replace(/.*node_modules\//, "").replace(/.*\/lib\//, "lib/")}:${r.frame.lineNumber + 1}`;
    fns.set(k, (fns.get(k) ?? 0) + r.value);
  }
  console.log("  top functions:");
  for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`    ${v.toFixed(0).padStart(7)}  ${k}`);
}

if (require.main === module) for (const f of process.argv.slice(2)) main(f);
