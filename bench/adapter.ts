/**
 * Benchmarks the Office.js adapter (read → analyze → buildSheets → write) against the
 * simulated Excel host in Node, on the example workbook and on synthetic workbooks of 1,000,
 * 20,000, 40,000 and 100,000 budget lines (with indikator in proportion). Writes the `adapter`
 * key of bench/results.json (other keys, e.g. the browser bench's `pane`, are kept): round
 * trips (syncs), queued operations, the payload read and written, the largest request and
 * response per size (Excel on the web caps both at 5 MB), the longest formula, and the sync
 * formula checked at every size:
 *
 *   syncs ≤ 6 + max(0, ⌈read / 3.2 MB⌉ − 1) + max(0, ⌈written / 3.2 MB⌉ − 2)
 *
 * (6 for an ordinary workbook: 3 to read, 3 to write; one more per ~4 MB planned, 3.2 MB
 * measured, beyond the first read band and the first two write requests), and no formula
 * over 8,192 characters.
 *
 *   npx tsx bench/adapter.ts
 */
import * as fs from "fs";
import * as path from "path";
import { runCapaian } from "../src/excel/run";
import { REQUEST_BUDGET_BYTES, REQUEST_LIMIT_BYTES } from "../src/excel/chunking";
import { READ_BUDGET_BYTES } from "../src/excel/read-tables";
import { beban, simpanHasil } from "./hasil";
import { createExcelHost, inspect, loadXlsxModel, type WorkbookModel } from "../test/sim-excel";
import { buatModel, type Cell } from "../test/excel/workbook";

interface Result {
  workbook: string;
  budgetLines: number;
  indikator: number;
  syncs: number;
  operations: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** Bytes returned by all round trips (the read) and sent by all of them (the write). */
  readBytes: number;
  writtenBytes: number;
  /** The formula's bound for this payload, and whether the syncs stay within it. */
  syncBound: number;
  withinFormula: boolean;
  longestFormula: number;
  /** The cell holding it. */
  longestFormulaAt: string | null;
  engineMs: number;
  writeMs: number;
  load: string;
}

/** Syncs of an ordinary workbook (3 to read, 3 to write). */
const BASE_SYNCS = 6;
/**
 * Payload one extra round trip carries: the 4 MB budget less the planner's margin (the read
 * sizes bands from a sample with 25 % to spare; the write never splits an operation, whose
 * bands reach 1 MiB), so about 3.2 MB measured per round trip.
 */
const PER_SYNC_BYTES = Math.min(READ_BUDGET_BYTES, REQUEST_BUDGET_BYTES) * 0.8;
export const SYNC_FORMULA =
  "syncs ≤ 6 + max(0, ⌈read / 3.2 MB⌉ − 1) + max(0, ⌈written / 3.2 MB⌉ − 2): 6 for an ordinary workbook (3 to read, 3 to write), one more per ~4 MB planned (3.2 MB measured) beyond the first read band and the first two write requests";

export function syncBound(readBytes: number, writtenBytes: number): number {
  return (
    BASE_SYNCS +
    Math.max(0, Math.ceil(readBytes / PER_SYNC_BYTES) - 1) +
    Math.max(0, Math.ceil(writtenBytes / PER_SYNC_BYTES) - 2)
  );
}

const ROOT = path.resolve(__dirname, "..");
const EXAMPLE = path.join(ROOT, "examples", "lkjip-dinsos-mamuju-2024.xlsx");

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

/**
 * A workbook with `lines` budget lines: programs of 4 kegiatan × 4 sub kegiatan (21 lines
 * each), one indikator per 20 lines, every program supporting one indikator.
 */
export function synthetic(lines: number): WorkbookModel {
  const programs = Math.max(1, Math.round(lines / 21));
  const indikator = Math.max(1, Math.round(lines / 20));
  const targets: Cell[][] = [["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Tahun"]];
  const realisasi: Cell[][] = [["Kode", "Realisasi", "Tahun"]];
  for (let i = 1; i <= indikator; i++) {
    const kode = `IKU-${pad(i, 5)}`;
    targets.push([
      kode,
      `Sasaran strategis ${Math.ceil(i / 3)}`,
      `Indikator kinerja nomor ${i}`,
      "%",
      100,
      2024,
    ]);
    realisasi.push([kode, 90 + (i % 20), 2024]);
  }
  const pagu: Cell[][] = [["Kode", "Uraian", "Pagu", "Kode IKU", "Tahun"]];
  for (let p = 0; p < programs; p++) {
    const prog = `1.${pad(Math.floor(p / 99) + 1, 2)}.${pad((p % 99) + 1, 2)}`;
    const rows: Cell[][] = [];
    let programTotal = 0;
    for (let k = 1; k <= 4; k++) {
      const keg = `${prog}.2.${pad(k, 2)}`;
      const subs: Cell[][] = [];
      let kegTotal = 0;
      for (let s = 1; s <= 4; s++) {
        const sub = `${keg}.${pad(s, 4)}`;
        const amount = 1_000_000 * (1 + ((p + k + s) % 7)) + 250;
        kegTotal += amount;
        subs.push([sub, `Sub kegiatan ${sub} penyediaan layanan`, amount, null, 2024]);
        realisasi.push([sub, Math.round(amount * 0.93), 2024]);
      }
      programTotal += kegTotal;
      rows.push([keg, `Kegiatan ${keg} pelayanan sosial`, kegTotal, null, 2024], ...subs);
    }
    const iku = `IKU-${pad((p % indikator) + 1, 5)}`;
    pagu.push([prog, `Program ${prog} perlindungan dan jaminan sosial`, programTotal, iku, 2024], ...rows);
  }
  return buatModel([
    { name: "Perjanjian Kinerja", table: { name: "targets", rows: targets } },
    { name: "DPA", table: { name: "pagu", rows: pagu } },
    { name: "Realisasi", table: { name: "realisasi", rows: realisasi } },
  ]);
}

function tableRows(model: WorkbookModel, name: string): number {
  const t = model.tables.find((x) => x.name.toLowerCase() === name);
  if (!t) return 0;
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(t.address);
  return m ? Number(m[2]) - Number(m[1]) : 0;
}

async function measure(label: string, model: WorkbookModel): Promise<Result> {
  const budgetLines = tableRows(model, "pagu");
  const indikator = tableRows(model, "targets");
  const host = createExcelHost(model, { apiVersion: "1.14", locale: "id-ID", platform: "PC" });
  const undo = host.install(globalThis);
  try {
    const t0 = performance.now();
    const hasil = await host.Excel.run((context) => runCapaian(context, { tahunSekarang: 2024 }));
    const total = performance.now() - t0;
    if (hasil.tulis === null) throw new Error(`${label}: nothing written (fatal)`);
    const readBytes = host.stats.responseBytes.reduce((a, b) => a + b, 0);
    const writtenBytes = host.stats.requestBytes.reduce((a, b) => a + b, 0);
    const bound = syncBound(readBytes, writtenBytes);
    const longest = inspect.longestFormula(model);
    return {
      workbook: label,
      budgetLines,
      indikator,
      syncs: host.stats.syncs,
      operations: host.stats.operations,
      maxRequestBytes: host.stats.maxRequestBytes,
      maxResponseBytes: host.stats.maxResponseBytes,
      readBytes,
      writtenBytes,
      syncBound: bound,
      withinFormula: host.stats.syncs <= bound,
      load: beban(),
      longestFormula: longest.length,
      longestFormulaAt: longest.at,
      engineMs: Math.round(hasil.engineMs),
      writeMs: Math.round(total - hasil.engineMs),
    };
  } finally {
    undo();
  }
}

/** Sizes measured (BENCH_ADAPTER_LINES=1000,20000 for a shorter run). */
const SIZES = (process.env.BENCH_ADAPTER_LINES ?? "1000,20000,40000,100000").split(",").map(Number);

async function main(): Promise<void> {
  const results: Result[] = [];
  if (fs.existsSync(EXAMPLE)) results.push(await measure("example", await loadXlsxModel(EXAMPLE)));
  else console.warn(`(skipped: ${EXAMPLE} does not exist; run npm run example)`);
  for (const lines of SIZES) results.push(await measure(`synthetic-${lines}`, synthetic(lines)));

  for (const r of results) {
    console.log(
      `${r.workbook.padEnd(16)} ${String(r.budgetLines).padStart(6)} lines ${String(r.indikator).padStart(5)} IKU  ` +
        `syncs ${r.syncs} (formula ≤ ${r.syncBound}: read ${(r.readBytes / 1e6).toFixed(2)} MB, written ${(r.writtenBytes / 1e6).toFixed(2)} MB)  ` +
        `operations ${r.operations}  max request ${(r.maxRequestBytes / 1e6).toFixed(2)} MB  ` +
        `max response ${(r.maxResponseBytes / 1e6).toFixed(2)} MB  longest formula ${r.longestFormula}  ` +
        `engine ${r.engineMs} ms  write ${r.writeMs} ms  (load ${r.load})`,
    );
  }
  const ok = results.every(
    (r) =>
      r.withinFormula &&
      r.maxRequestBytes < REQUEST_LIMIT_BYTES &&
      r.maxResponseBytes < REQUEST_LIMIT_BYTES &&
      r.longestFormula <= 8192,
  );
  simpanHasil(path.join(__dirname, "results.json"), {
    adapter: { formula: SYNC_FORMULA, ok, measuredAt: new Date().toISOString(), rows: results },
  });
  console.log(
    ok
      ? `OK: ${SYNC_FORMULA} at every size, every request and response under 5 MB, every formula ≤ 8,192 characters`
      : "NOT OK",
  );
  if (!ok) process.exitCode = 1;
}

if (require.main === module)
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
