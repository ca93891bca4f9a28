/**
 * The engine alone (analyze + buildSheets) on the synthetic tables of N budget lines, run R
 * times in one process: wall and CPU time of each run and the fastest. For profiles and for
 * paired timings of two checkouts (the machine is shared: compare runs taken in the same minute).
 *
 *   npx tsx bench/engine-run.ts 200000 3
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/engine-run.ts 200000 1
 *   npx tsx bench/profil.ts /tmp/prof/*.cpuprofile
 *   node --trace-gc --import tsx bench/engine-run.ts 200000 1 | grep -c Scavenge
 *   ENGINE_ROOT=/path/to/other/checkout npx tsx bench/engine-run.ts 200000 3   (that checkout's engine)
 */
import path from "path";
import type { analyze as Analyze } from "../src/core/analyze";
import type { buildSheets as BuildSheets } from "../src/report";
import type { tabelSintetis as TabelSintetis } from "../test/fixtures/sintetis";
import { beban } from "./hasil";

const root = process.env.ENGINE_ROOT ?? path.join(__dirname, "..");
/* eslint-disable @typescript-eslint/no-require-imports -- the checkout to time is chosen at run time */
const { analyze } = require(path.join(root, "src/core/analyze")) as { analyze: typeof Analyze };
const { buildSheets } = require(path.join(root, "src/report")) as { buildSheets: typeof BuildSheets };
const { tabelSintetis } = require(path.join(root, "test/fixtures/sintetis")) as {
  tabelSintetis: typeof TabelSintetis;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const lines = Number(process.argv[2] ?? 200000);
const runs = Number(process.argv[3] ?? 3);
const tables = tabelSintetis(lines);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const hasil: { wall: number; cpu: number }[] = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const c0 = cpu();
  const a = analyze(tables, { tahunSekarang: 2024 });
  const t1 = performance.now();
  buildSheets(a);
  const t2 = performance.now();
  hasil.push({ wall: t2 - t0, cpu: cpu() - c0 });
  console.log(
    `${lines} baris: analyze ${Math.round(t1 - t0)} ms + buildSheets ${Math.round(t2 - t1)} ms = ${Math.round(t2 - t0)} ms (CPU ${Math.round(cpu() - c0)} ms)`,
  );
}
const min = (k: "wall" | "cpu") => Math.round(Math.min(...hasil.map((h) => h[k])));
console.log(`${root}: ${lines} baris, tercepat ${min("wall")} ms (CPU ${min("cpu")} ms); load ${beban()}`);
