/**
 * Engine benchmark (analyze + buildSheets) at 2,000 / 20,000 / 200,000 budget lines, and the
 * command (`capaian hitung -o --json`, whole process) beside exceljs merely reading and writing
 * the same file (bench/roundtrip.js) at 2,000 / 20,000 / 100,000 lines: paired runs (ours, then
 * exceljs's, on the same file), the medians of time, of the time ratio and of peak memory
 * (GNU time's max RSS). Writes bench/engine-results.json (read-modify-write: other keys kept),
 * with the machine's load beside each figure and the issue-14 targets.
 *
 *   npm run bench                       (builds lib/ first; BENCH_PAIRS=3,3,1 pairs at 2k,20k,100k by default)
 *   npm run build:cli && BENCH_PAIRS=1,1,0 npx tsx bench/engine.ts   (a quick look; 0 skips a size)
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import type { analyze as Analyze } from "../src/core/analyze";
import type { buildSheets as BuildSheets } from "../src/report";
import { tabelSintetis } from "../test/fixtures/sintetis";
import { tulisBuku } from "./buku";
import { beban, simpanHasil } from "./hasil";

// The engine as it ships: the tsc output in lib/ (`npm run build:cli`, what `capaian` runs; the
// pane's bundle is compiled by ts-loader the same way), not the sources through tsx, whose
// esbuild transform wraps each cross-module export and each named closure (about 10 % at
// 200,000 lines: bench/README.md).
/* eslint-disable @typescript-eslint/no-require-imports -- lib/ is built by the bench script first */
const { analyze } = require("../lib/core/analyze") as { analyze: typeof Analyze };
const { buildSheets } = require("../lib/report") as { buildSheets: typeof BuildSheets };
/* eslint-enable @typescript-eslint/no-require-imports */

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function ukur(budgetLines: number) {
  const tables = tabelSintetis(budgetLines);
  const indikator = tables[0].rows.length;
  const besar = budgetLines > 50000;
  // Steady state: the JIT warms up first, then the median of several runs is reported.
  for (let i = 0; i < (besar ? 1 : 3); i++) buildSheets(analyze(tables, { tahunSekarang: 2024 }));
  const kali: number[] = [];
  let jumlahTemuan = 0;
  for (let i = 0; i < (besar ? 5 : 9); i++) {
    const t0 = performance.now();
    const a = analyze(tables, { tahunSekarang: 2024 });
    buildSheets(a);
    kali.push(performance.now() - t0);
    jumlahTemuan = a.temuan.length;
  }
  return { budgetLines, indikator, engineMs: Math.round(median(kali)), temuan: jumlahTemuan, load: beban() };
}

/** Runs a node script and reports wall time and peak memory (GNU time's max RSS). */
function timed(args: string[]): { seconds: number; peakMB: number } {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "MAXRSS %M", process.execPath, ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench command failed: ${r.stderr}`);
  const m = /MAXRSS (\d+)/.exec(r.stderr ?? "");
  if (!m) throw new Error("GNU time gave no MAXRSS");
  return { seconds: (performance.now() - t0) / 1000, peakMB: Math.round(Number(m[1]) / 1024) };
}

/** `pairs` paired runs of the command and of exceljs read+write on one workbook. */
async function banding(dir: string, budgetLines: number, pairs: number) {
  const file = path.join(dir, `${budgetLines}.xlsx`);
  await tulisBuku(file, budgetLines);
  const cli = path.join(__dirname, "..", "bin", "capaian.js");
  const rt = path.join(__dirname, "roundtrip.js");
  const runs = [];
  for (let i = 0; i < pairs; i++) {
    const loadBefore = beban();
    const ours = timed([
      cli,
      "hitung",
      file,
      "-o",
      path.join(dir, "out.xlsx"),
      "--json",
      path.join(dir, "out.json"),
    ]);
    const exceljs = timed([rt, file, path.join(dir, "rt.xlsx")]);
    runs.push({ ours, exceljs, load: `${loadBefore} → ${beban()}` });
  }
  const r2 = (x: number) => +x.toFixed(2);
  return {
    budgetLines,
    pairs,
    commandSeconds: r2(median(runs.map((r) => r.ours.seconds))),
    exceljsSeconds: r2(median(runs.map((r) => r.exceljs.seconds))),
    ratio: r2(median(runs.map((r) => r.ours.seconds / r.exceljs.seconds))),
    commandPeakMB: median(runs.map((r) => r.ours.peakMB)),
    exceljsPeakMB: median(runs.map((r) => r.exceljs.peakMB)),
    memoryRatio: r2(median(runs.map((r) => r.ours.peakMB / r.exceljs.peakMB))),
    runs: runs.map((r) => ({
      commandSeconds: r2(r.ours.seconds),
      exceljsSeconds: r2(r.exceljs.seconds),
      commandPeakMB: r.ours.peakMB,
      exceljsPeakMB: r.exceljs.peakMB,
      load: r.load,
    })),
  };
}

const SIZES = [2000, 20000, 100000];
const PAIRS = (process.env.BENCH_PAIRS ?? "3,3,1").split(",").map(Number);

async function main(): Promise<void> {
  const engine = [2000, 20000, 200000].map(ukur);
  for (const e of engine)
    console.log(`engine ${e.budgetLines} baris, ${e.indikator} indikator: ${e.engineMs} ms (load ${e.load})`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-bench-"));
  const command: Awaited<ReturnType<typeof banding>>[] = [];
  try {
    for (const [i, lines] of SIZES.entries()) {
      if (!(PAIRS[i] > 0)) continue;
      const c = await banding(dir, lines, PAIRS[i]);
      command.push(c);
      console.log(
        `capaian hitung ${lines} baris: ${c.commandSeconds} s, ${c.commandPeakMB} MB; exceljs baca+tulis ` +
          `${c.exceljsSeconds} s, ${c.exceljsPeakMB} MB; rasio ${c.ratio}× waktu, ${c.memoryRatio}× memori ` +
          `(median ${c.pairs} pasang; load ${c.runs.map((r) => r.load).join("; ")})`,
      );
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  const perLine = command.map((c) => ({
    budgetLines: c.budgetLines,
    msPerLine: +((c.commandSeconds * 1000) / c.budgetLines).toFixed(3),
  }));
  const at = (n: number) => command.find((c) => c.budgetLines === n);
  const targets = {
    "command ≤ 1.5× exceljs read+write at 20,000 and 100,000": [at(20000), at(100000)].every(
      (c) => c && c.ratio <= 1.5,
    ),
    "peak memory ≤ 1.5× exceljs's": command.every((c) => c.memoryRatio <= 1.5),
    "engine (analyze + build) at 200,000 lines < 3 s": engine[2].engineMs < 3000,
  };
  simpanHasil(path.join(__dirname, "engine-results.json"), {
    measuredAt: new Date().toISOString(),
    cores: os.cpus().length,
    engine,
    command,
    commandMsPerLine: perLine,
    targets,
    // The previous layout's keys (this bench's own): dropped.
    command20000: undefined,
    exceljsReadWrite20000: undefined,
  });
  for (const [t, ok] of Object.entries(targets)) console.log(`${ok ? "MET    " : "NOT MET"} ${t}`);
}

void main();
