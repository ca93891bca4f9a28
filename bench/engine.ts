/**
 * Engine benchmark (analyze + buildSheets) at 2k / 20k / 200k budget lines, and the command on a
 * 20,000-line workbook beside exceljs merely reading and writing the same file.
 * Run: npm run bench   (writes bench/engine-results.json)
 */
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { analyze } from "../src/core/analyze";
import { buildSheets } from "../src/report";
import { tabelSintetis } from "../scripts/sintetis";

function ukur(budgetLines: number) {
  const tables = tabelSintetis(budgetLines);
  const indikator = tables[0].rows.length;
  const besar = budgetLines > 50000;
  // Steady state: the JIT warms up first, then the median of several runs is reported.
  for (let i = 0; i < (besar ? 1 : 3); i++) buildSheets(analyze(tables, { tahunSekarang: 2024 }));
  const kali: number[] = [];
  let jumlahTemuan = 0;
  for (let i = 0; i < (besar ? 3 : 9); i++) {
    const t0 = performance.now();
    const a = analyze(tables, { tahunSekarang: 2024 });
    buildSheets(a);
    kali.push(performance.now() - t0);
    jumlahTemuan = a.temuan.length;
  }
  kali.sort((a, b) => a - b);
  return {
    budgetLines,
    indikator,
    engineMs: Math.round(kali[Math.floor(kali.length / 2)]),
    temuan: jumlahTemuan,
  };
}

/** Writes the synthetic tables into an .xlsx as named tables. */
async function tulisBuku(file: string, budgetLines: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const t of tabelSintetis(budgetLines)) {
    const ws = wb.addWorksheet(t.sheet);
    ws.addTable({ name: t.name, ref: "A1", columns: t.headers.map((name) => ({ name })), rows: t.rows });
  }
  await wb.xlsx.writeFile(file);
}

/** Runs a node script and reports wall time and peak memory (GNU time's max RSS). */
function timed(args: string[]): { seconds: number; peakMB: number | null } {
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "MAXRSS %M", process.execPath, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`bench command failed: ${r.stderr}`);
  const m = /MAXRSS (\d+)/.exec(r.stderr ?? "");
  return {
    seconds: +((performance.now() - t0) / 1000).toFixed(2),
    peakMB: m ? Math.round(Number(m[1]) / 1024) : null,
  };
}

async function main(): Promise<void> {
  const engine = [2000, 20000, 200000].map(ukur);
  for (const e of engine)
    console.log(`engine ${e.budgetLines} baris, ${e.indikator} indikator: ${e.engineMs} ms`);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-bench-"));
  const file = path.join(dir, "20000.xlsx");
  await tulisBuku(file, 20000);
  const cli = path.join(__dirname, "..", "bin", "capaian.js");
  const rt = path.join(__dirname, "roundtrip.js");
  const command = timed([
    cli,
    "hitung",
    file,
    "-o",
    path.join(dir, "out.xlsx"),
    "--json",
    path.join(dir, "out.json"),
  ]);
  const exceljsOnly = timed([rt, file, path.join(dir, "rt.xlsx")]);
  console.log(`capaian hitung (20.000 baris): ${command.seconds} s, puncak ${command.peakMB} MB`);
  console.log(`exceljs baca+tulis saja:       ${exceljsOnly.seconds} s, puncak ${exceljsOnly.peakMB} MB`);
  await fs.writeFile(
    path.join(__dirname, "engine-results.json"),
    JSON.stringify({ engine, command20000: command, exceljsReadWrite20000: exceljsOnly }, null, 2) + "\n",
  );
  await fs.rm(dir, { recursive: true, force: true });
}

void main();
