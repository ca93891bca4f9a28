/**
 * Rekap Pemda benchmark: the command `capaian rekap` on 10 / 50 / 200 generated OPD workbooks of
 * 2,000 budget lines each (wall time and peak memory of the whole process, GNU time's max RSS),
 * and the recap's engine part (susunRekap + the recap sheets) on 10 … 1,000 OPD summaries, to
 * show it grows linearly. Targets: 50 workbooks under 15 s and under 1 GB.
 * Run: npm run build:cli && npx tsx bench/rekap.ts   (writes bench/rekap-results.json)
 */
import { spawnSync } from "child_process";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { analyze } from "../src/core/analyze";
import { ringkasOpd, buildRekap } from "../src/core/rekap";
import { buildRekapSheets } from "../src/report/rekap";
import { bukuSintetis } from "../test/fixtures/buku-opd";
import { tabelSintetis } from "../test/fixtures/sintetis";

const BARIS = 2000;
const JUMLAH = [10, 50, 200];

/** Runs the command in a fresh node and reports wall time and peak memory. */
function jalankan(files: string[], out: string): { detik: number; puncakMB: number | null } {
  const cli = path.join(__dirname, "..", "bin", "capaian.js");
  const t0 = performance.now();
  const r = spawnSync(
    "/usr/bin/time",
    [
      "-f",
      "MAXRSS %M",
      process.execPath,
      cli,
      "rekap",
      ...files,
      "-o",
      `${out}.xlsx`,
      "--json",
      `${out}.json`,
    ],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (r.status !== 0) throw new Error(`capaian rekap gagal: ${r.stderr}`);
  const m = /MAXRSS (\d+)/.exec(r.stderr ?? "");
  return {
    detik: +((performance.now() - t0) / 1000).toFixed(2),
    puncakMB: m ? Math.round(Number(m[1]) / 1024) : null,
  };
}

/** The engine part alone: N copies of one OPD's summary through the recap and its sheets. */
function mesin(n: number): number {
  const satu = ringkasOpd(analyze(tabelSintetis(BARIS), { tahunSekarang: 2024 }), "opd.xlsx");
  const opd = Array.from({ length: n }, (_, i) => ({
    ...satu,
    nama: `OPD ${i + 1}`,
    berkas: `opd-${i + 1}.xlsx`,
    capaian: (satu.capaian ?? 0) + (i % 37),
  }));
  buildRekapSheets(buildRekap(opd, []));
  const kali: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    buildRekapSheets(buildRekap(opd, []));
    kali.push(performance.now() - t0);
  }
  return Math.round(kali.sort((a, b) => a - b)[2]);
}

async function main(): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "capaian-bench-rekap-"));
  try {
    const files: string[] = [];
    for (let k = 1; k <= Math.max(...JUMLAH); k++) {
      const f = path.join(dir, `opd-${String(k).padStart(3, "0")}.xlsx`);
      await fs.writeFile(f, await bukuSintetis(BARIS, k));
      files.push(f);
    }
    const ukuran = (await fs.stat(files[0])).size;
    const perintah = JUMLAH.map((n) => ({
      workbooks: n,
      budgetLinesEach: BARIS,
      ...jalankan(files.slice(0, n), path.join(dir, `rekap-${n}`)),
    }));
    const engine = [10, 50, 200, 1000].map((n) => ({ opd: n, engineMs: mesin(n) }));
    const hasil = {
      machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? ""}`.trim(),
      workbookBytes: ukuran,
      command: perintah,
      engine,
    };
    console.log(JSON.stringify(hasil, null, 2));
    await fs.writeFile(path.join(__dirname, "rekap-results.json"), JSON.stringify(hasil, null, 2) + "\n");
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

void main();
