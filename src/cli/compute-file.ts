/**
 * The command's use case, `capaian hitung`: read the workbook, analyze, build the output sheets
 * once, then write the copy with those sheets, chapter III as Word (from the same sheets) and
 * the JSON report. Everything is built in memory first; each output is then written atomically
 * (tulis-atomik.ts), so a failure never leaves half a file. The input file is never written.
 */
import type ExcelJS from "exceljs";
import { analyze, type Analysis, type AnalyzeOptions } from "../core/analyze";
import { runOutcome, type RunOutcome } from "../core/outcome";
import { laporanJsonText, toLaporan } from "../core/proyeksi";
import type { RawTable } from "../core/table";
import { buildBab3, packBab3 } from "../docx";
import { buildSheets } from "../report";
import type { SheetSpec } from "../report/sheet-spec";
import { assemblePackage, prepareOutput, writeOutputSheets } from "../xlsx/add-sheets";
import { sheetReferences } from "../xlsx/forget-results";
import { loadWorkbook, readXlsxBytes, type WrittenSheet } from "../xlsx/workbook-file";
import { readTables } from "../xlsx/read-tables";
import { sumberSipd, type SipdFileOptions } from "../xlsx/sumber-sipd";
import { bab3Images } from "./images";
import { bersihkanSementara, writeAtomic } from "./write-atomic";

/** The files a run writes; none given, none written. */
export interface OutputFiles {
  xlsx?: string;
  json?: string;
  docx?: string;
}

export interface ComputeFileResult extends WrittenSheet {
  analysis: Analysis;
  outcome: RunOutcome;
}

export async function computeFile(
  input: string,
  options: AnalyzeOptions,
  output: OutputFiles,
  sipd: SipdFileOptions = {},
): Promise<ComputeFileResult> {
  // Leftovers of runs killed while writing these outputs.
  for (const f of [output.xlsx, output.json, output.docx]) if (f) await bersihkanSementara(f);
  // Each step's product is dropped (`= null`) once the next has it: a local of an async function
  // stays alive across its awaits, so it would live through the workbook's write, the peak.
  const data = await readXlsxBytes(input);
  let wb: ExcelJS.Workbook | null = await loadWorkbook(data, input);
  let tables: RawTable[] | null = readTables(wb);
  const sumber = await sumberSipd(wb, tables, sipd);
  // All the write needs of the model; it is dropped before the engine runs (at 100,000 lines it
  // is ~300 MB that every garbage collection of the engine and the specs would walk).
  const references = output.xlsx ? sheetReferences(wb) : new Map();
  wb = null;
  const analysis = analyze(tables, { ...options, sipd: sumber ?? undefined });
  tables = null;
  const outcome = runOutcome(analysis);
  if (outcome.fatal) return { analysis, outcome, lembar: [], namaDiganti: [] };
  // Built once for the workbook and the Word file alike; not at all for the JSON alone. Word
  // first, so the specs are gone before the workbook's write.
  let specs: SheetSpec[] | null = output.xlsx || output.docx ? buildSheets(analysis) : [];
  const docx = output.docx ? await bab3(analysis, specs) : null;
  let ditulis: WrittenSheet = { lembar: [], namaDiganti: [] };
  let xlsx: Buffer | null = null;
  if (output.xlsx) {
    // The user's workbook at zip level (its sheets copied as they are), the output sheets
    // streamed into their own package, then the two joined (src/xlsx/add-sheets.ts).
    const prepared = await prepareOutput(
      data,
      references,
      specs.map((s) => s.name),
    );
    let sheets: Buffer | null = await writeOutputSheets(prepared, specs);
    specs = null;
    xlsx = await assemblePackage(prepared, sheets);
    sheets = null;
    ditulis = { lembar: prepared.plan.names, namaDiganti: prepared.plan.namaDiganti };
  }
  if (xlsx && output.xlsx) await writeAtomic(output.xlsx, xlsx);
  if (docx && output.docx) await writeAtomic(output.docx, docx);
  if (output.json) await writeAtomic(output.json, laporanJsonText(toLaporan(analysis)));
  return { analysis, outcome, ...ditulis };
}

/** Chapter III as Word: the same sheets as the workbook's, converted, with the charts as PNG. */
async function bab3(analysis: Analysis, specs: readonly SheetSpec[]): Promise<Buffer> {
  return Buffer.from(await packBab3(buildBab3(analysis, specs, { gambar: bab3Images(analysis) })));
}
