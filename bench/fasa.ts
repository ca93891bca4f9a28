/**
 * The command's steps one by one, timed, with the heap after each (run with --expose-gc so the
 * figure is what stays live, not garbage): exceljs reading the file, reading the tables, the
 * engine, building the sheet specs, opening the workbook's package (zip entries, plan of the
 * sheets, the user formulas pointing at output sheets), streaming the output sheets, joining
 * the two packages, the JSON. The same steps as `capaian hitung -o --json`
 * (src/cli/compute-file.ts), without the atomic file writes.
 *
 *   node --expose-gc --import tsx bench/fasa.ts /tmp/20000.xlsx
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import { analyze } from "../src/core/analyze";
import { toLaporan } from "../src/core/proyeksi";
import { buildSheets } from "../src/report";
import { assemblePackage, prepareOutput, writeOutputSheets } from "../src/xlsx/add-sheets";
import { sheetReferences } from "../src/xlsx/forget-results";
import { readTables } from "../src/xlsx/read-tables";

interface Langkah {
  langkah: string;
  ms: number;
  /** Heap in use after the step (after a full GC when exposed), MB. */
  heapMB: number;
  rssMB: number;
}

const gc = (globalThis as { gc?: () => void }).gc;

export async function ukurLangkah(
  file: string,
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
  const data = await fs.readFile(file);
  let wb: ExcelJS.Workbook | null = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  catat("exceljs read");
  const tables = readTables(wb);
  const references = sheetReferences(wb);
  wb = null;
  catat("read tables, formulas' sheet references; the exceljs model dropped");
  const analysis = analyze(tables, { tahunSekarang: 2024 });
  catat("engine (analyze)");
  let specs = buildSheets(analysis);
  catat("sheet specs (buildSheets)");
  const cells = specs.reduce((n, s) => n + s.rows.reduce((k, r) => k + r.filter((c) => c).length, 0), 0);
  const merges = specs.reduce((n, s) => n + s.merges.length, 0);
  const prepared = await prepareOutput(
    data,
    references,
    specs.map((s) => s.name),
  );
  catat("package opened, plan, pointing formulas");
  const sheets = await writeOutputSheets(prepared, specs);
  specs = [];
  catat(`output sheets streamed (${(sheets.length / 1e6).toFixed(1)} MB)`);
  const xlsx = await assemblePackage(prepared, sheets);
  catat(`packages joined (${(xlsx.length / 1e6).toFixed(1)} MB)`);
  const json = JSON.stringify(toLaporan(analysis), null, 2);
  catat("JSON");
  void json;
  return { langkah, cells, merges };
}

if (require.main === module)
  ukurLangkah(process.argv[2]).then(
    (r) => {
      for (const l of r.langkah)
        console.log(
          `${l.langkah.padEnd(44)} ${String(l.ms).padStart(7)} ms  heap ${l.heapMB} MB  rss ${l.rssMB} MB`,
        );
      console.log(`output cells ${r.cells}, merges ${r.merges}`);
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
