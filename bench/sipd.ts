/**
 * SIPD-RI benchmark: recognising the real 5,481-row recap (examples/sipd) from its raw cells and
 * building one SKPD's budget tree (analyze with the recap as the pagu source, plus the demo's
 * realisasi downloads), and the same on the export repeated 2×, 4× and 8× (other SKPD codes) to
 * show it is linear in the export's rows. The xlsx parse by exceljs is measured apart: the add-in
 * gets the cells from Excel, the command from exceljs.
 * Run: npm run bench:sipd   (writes bench/sipd-results.json)
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import { analyze } from "../src/core/analyze";
import { FORMAT_SIPD } from "../src/core/sipd/format";
import { recogniseSheet, type RawSheet, type SipdTable } from "../src/core/sipd/sheet";
import type { RawTable } from "../src/core/table";
import { rupiah } from "../src/core/uang";
import { findSipdExport, readSheet } from "../src/xlsx/read-sheet";
import { readTables } from "../src/xlsx/read-tables";

const DIR = path.join(__dirname, "..", "examples", "sipd");
const DINSOS = "1.06.0.00.0.00.01.0000";

async function buku(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(DIR, file));
  return wb;
}

/** The export with its data rows repeated `kali` times, copies under other SKPD codes. */
function diulang(l: RawSheet, kali: number): RawSheet {
  const [header, ...rows] = l.values;
  const iSkpd = header.indexOf("KODE SKPD");
  const salinan = Array.from({ length: kali }, (_, k) =>
    k === 0 ? rows : rows.map((r) => r.map((v, i) => (i === iSkpd ? `9.${k}.${String(v)}` : v))),
  );
  return { ...l, values: [header, ...salinan.flat()] };
}

function median(f: () => void, n: number): number {
  for (let i = 0; i < 3; i++) f(); // warm-up
  const kali: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    f();
    kali.push(performance.now() - t0);
  }
  kali.sort((a, b) => a - b);
  return kali[Math.floor(n / 2)];
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const rekapBuku = await buku("rekap-belanja-2024.xlsx");
  const exceljsMs = performance.now() - t0;
  const lembar = readSheet(rekapBuku.worksheets[0]);
  const demo = await buku("demo-dinsos-2024.xlsx");
  const tables: RawTable[] = readTables(demo);
  const realisasi: SipdTable[] = [];
  for (const f of ["realisasi-dinsos-2024-jan-jun.xlsx", "realisasi-dinsos-2024-jun-des.xlsx"])
    realisasi.push(...findSipdExport(await buku(f), f));

  // The first run in a fresh process (what one command run pays), then the steady state.
  const dingin = performance.now();
  const rekapDingin = recogniseSheet(lembar, FORMAT_SIPD);
  if (!rekapDingin) throw new Error("rekap tidak dikenali");
  analyze(tables, { tahunSekarang: 2024, sipd: { rekap: rekapDingin, realisasi, skpd: DINSOS } });
  const coldMs = Math.round((performance.now() - dingin) * 10) / 10;
  // Two passes: the first warms the JIT up on every size; the second is reported.
  const ukur = () =>
    [1, 2, 4, 8].map((kali) => {
      const l = diulang(lembar, kali);
      let baris = 0;
      let pagu = 0;
      const ms = median(() => {
        const rekap = recogniseSheet(l, FORMAT_SIPD);
        if (!rekap) throw new Error("rekap tidak dikenali");
        const a = analyze(tables, { tahunSekarang: 2024, sipd: { rekap, realisasi, skpd: DINSOS } });
        baris = a.sumberSipd?.baris ?? 0;
        pagu = rupiah(a.total.pagu);
      }, 15);
      return { exportRows: l.values.length - 1, skpdRows: baris, pagu, engineMs: Math.round(ms * 10) / 10 };
    });
  ukur();
  const hasil = ukur();
  const out = { exceljsReadMs: Math.round(exceljsMs), coldMs, engine: hasil };
  console.log(JSON.stringify(out, null, 2));
  await fs.writeFile(path.join(__dirname, "sipd-results.json"), JSON.stringify(out, null, 2) + "\n");
}

void main();
