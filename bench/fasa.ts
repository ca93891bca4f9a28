/**
 * The command's steps one by one, timed, with the heap after each (run with --expose-gc so the
 * figure is what stays live, not garbage): exceljs reading the file, reading the tables, the
 * engine, building the sheet specs, building the exceljs cells of the output sheets (merges
 * apart), exceljs writing the workbook, the JSON. The same steps as `capaian hitung -o --json`
 * (src/xlsx/run-file.ts), without the atomic file writes.
 *
 *   node --expose-gc --import tsx bench/fasa.ts /tmp/20000.xlsx [--merge-cepat]
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { analyze } from "../src/core/analyze";
import { toLaporan } from "../src/core/proyeksi";
import { buildSheets } from "../src/report";
import { readTables } from "../src/xlsx/read-tables";
import { writeSheet } from "../src/xlsx/write-sheets";

interface Langkah {
  langkah: string;
  ms: number;
  /** Heap in use after the step (after a full GC when exposed), MB. */
  heapMB: number;
  rssMB: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

const biasa = (ws: ExcelJS.Worksheet, m: string) => ws.mergeCells(m);

/**
 * The proposal for src/xlsx/write-sheets.ts: exceljs's mergeCells scans every earlier merge of
 * the sheet for an overlap (quadratic: 17,000 merges at 100,000 lines); a spec's merges never
 * overlap, so each is applied against an empty merge index and then added to the real one.
 */
function mergeTanpaPeriksa(ws: ExcelJS.Worksheet, m: string): void {
  const w = ws as unknown as { _merges: Record<string, unknown> };
  const semua = w._merges;
  w._merges = {};
  try {
    ws.mergeCells(m);
  } finally {
    w._merges = Object.assign(semua, w._merges);
  }
}

export async function ukurLangkah(
  file: string,
  cepat = false,
): Promise<{ langkah: Langkah[]; cells: number; merges: number }> {
  const langkah: Langkah[] = [];
  let t = performance.now();
  const catat = (nama: string) => {
    const ms = performance.now() - t;
    gc?.();
    const m = process.memoryUsage();
    langkah.push({
      langkah: nama,
      ms: Math.round(ms),
      heapMB: Math.round(m.heapUsed / 1e6),
      rssMB: Math.round(m.rss / 1e6),
    });
    t = performance.now();
  };
  catat("start");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
  catat("exceljs read");
  const tables = readTables(wb);
  catat("read tables");
  const analysis = analyze(tables, { tahunSekarang: 2024 });
  catat("engine (analyze)");
  const specs = buildSheets(analysis);
  catat("sheet specs (buildSheets)");
  let cells = 0;
  let merges = 0;
  for (const spec of specs) {
    cells += spec.rows.reduce((n, r) => n + r.filter((c) => c).length, 0);
    merges += spec.merges.length;
    writeSheet(wb, { ...spec, merges: [] });
  }
  catat("exceljs cells of the output sheets");
  for (const spec of specs) {
    const ws = wb.getWorksheet(spec.name);
    if (ws) for (const m of spec.merges) (cepat ? mergeTanpaPeriksa : biasa)(ws, m);
  }
  catat(`exceljs merges (${cepat ? "without the overlap scan" : "mergeCells"})`);
  const buffer = await wb.xlsx.writeBuffer();
  catat("exceljs write (writeBuffer)");
  const json = JSON.stringify(toLaporan(analysis), null, 2);
  catat("JSON");
  void buffer;
  void json;
  return { langkah, cells, merges };
}

if (require.main === module)
  ukurLangkah(process.argv[2], process.argv.includes("--merge-cepat")).then(
    (r) => {
      for (const l of r.langkah)
        console.log(
          `${l.langkah.padEnd(36)} ${String(l.ms).padStart(7)} ms  heap ${l.heapMB} MB  rss ${l.rssMB} MB`,
        );
      console.log(`output cells ${r.cells}, merges ${r.merges}`);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
