/**
 * The whole job on a file: read the tables, analyze, and write a copy with the output sheets, the
 * JSON report and chapter III as a Word document. Outputs go to a temporary file that is renamed,
 * so a failure never leaves half a file; the input file is never written.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import path from "path";
import { analyze, type Analysis, type AnalyzeOptions } from "../core/analyze";
import { buildBab3, packBab3 } from "../docx";
import { buildSheets } from "../report";
import { lembarDiganti, namaBebas } from "../report/nama-lembar";
import { hapusPenanda, lembarBertanda, tandai } from "./penanda";
import { readTables } from "./read-tables";
import { sumberSipd, type OpsiSipd } from "./sumber-sipd";
import { writeSheet } from "./write-sheets";

export class GagalBaca extends Error {}

export interface HasilBerkas {
  analysis: Analysis;
  /** Sheets written, and sheets renamed because a user's sheet had the name. */
  lembar: string[];
  namaDiganti: { diminta: string; ditulis: string }[];
}

export async function bacaBuku(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await fs.access(file);
  } catch {
    throw new GagalBaca(`Berkas ${file} tidak ditemukan. Periksa nama dan foldernya.`);
  }
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw new GagalBaca(
      `Berkas ${file} tidak dapat dibaca sebagai buku kerja .xlsx. Buka di Excel lalu simpan sebagai "Buku Kerja Excel (.xlsx)", kemudian coba lagi.`,
    );
  }
  return wb;
}

/** Writes bytes atomically: a temporary file beside the target, then a rename. */
export async function tulisAtomik(target: string, data: Buffer | string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Adds the output sheets to the workbook, replacing only sheets an earlier run generated and
 * that still carry a generated name; the rules are the add-in's (src/report/nama-lembar.ts).
 */
export function tambahLembar(
  wb: ExcelJS.Workbook,
  analysis: Analysis,
): Pick<HasilBerkas, "lembar" | "namaDiganti"> {
  const specs = buildSheets(analysis);
  const bertanda = lembarBertanda(wb);
  const diganti = lembarDiganti(
    wb.worksheets.map((w) => ({ name: w.name, generated: bertanda.has(w.name.toLowerCase()) })),
    specs.map((s) => s.name),
  );
  const digantiKecil = new Set(diganti.map((n) => n.toLowerCase()));
  hapusPenanda(wb, digantiKecil);
  for (const ws of [...wb.worksheets]) if (digantiKecil.has(ws.name.toLowerCase())) wb.removeWorksheet(ws.id);
  const dipakai = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const lembar: string[] = [];
  const namaDiganti: HasilBerkas["namaDiganti"] = [];
  for (const spec of specs) {
    const nama = namaBebas(spec.name, dipakai);
    if (nama !== spec.name) namaDiganti.push({ diminta: spec.name, ditulis: nama });
    writeSheet(wb, { ...spec, name: nama });
    tandai(wb, nama);
    lembar.push(nama);
  }
  return { lembar, namaDiganti };
}

export async function hitungBerkas(
  input: string,
  options: AnalyzeOptions,
  output: { xlsx?: string; json?: string; docx?: string },
  sipd: OpsiSipd = {},
): Promise<HasilBerkas> {
  const wb = await bacaBuku(input);
  const tables = readTables(wb);
  const analysis = analyze(tables, { ...options, sipd: (await sumberSipd(wb, tables, sipd)) ?? undefined });
  if (analysis.fatal) return { analysis, lembar: [], namaDiganti: [] };
  let hasil: Pick<HasilBerkas, "lembar" | "namaDiganti"> = { lembar: [], namaDiganti: [] };
  // Build everything in memory first; only then touch the disk.
  let xlsx: Buffer | null = null;
  if (output.xlsx) {
    hasil = tambahLembar(wb, analysis);
    xlsx = Buffer.from(await wb.xlsx.writeBuffer());
  }
  // Chapter III as Word: the same sheets as the workbook's, converted.
  const docx = output.docx ? Buffer.from(await packBab3(buildBab3(analysis, buildSheets(analysis)))) : null;
  if (xlsx && output.xlsx) await tulisAtomik(output.xlsx, xlsx);
  if (docx && output.docx) await tulisAtomik(output.docx, docx);
  if (output.json) await tulisAtomik(output.json, JSON.stringify(analysis.laporan, null, 2) + "\n");
  return { analysis, ...hasil };
}
