/**
 * The streamed, zip-level write (src/xlsx/add-sheets.ts) against the former in-memory path
 * (helpers/in-memory-oracle.ts): the same sheet list, defined names, and, as exceljs reads them
 * back, the same output sheets — cells, values, formulas with their results, styles, merges,
 * widths, heights, views, page setup, conditional formats — for the demo, the SIPD demo, a
 * 2,000-line synthetic workbook and a rerun on an output. The user's sheets are compared with
 * the source as exceljs reads it: the new path keeps them as they are, where the old one
 * re-rendered them (and changed e.g. their page setup's useFirstPageNumber).
 */
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { analyze } from "../../src/core/analyze";
import { buildSheets } from "../../src/report";
import { addSheetsToWorkbook } from "../../src/xlsx/add-sheets";
import { readTables } from "../../src/xlsx/read-tables";
import { sumberSipd, type SipdFileOptions } from "../../src/xlsx/sumber-sipd";
import { readWorkbookBytes } from "../../src/xlsx/workbook-file";
import { tulisBuku } from "../../bench/buku";
import { CONTOH } from "../helpers/cli";
import { oldWrite } from "./helpers/in-memory-oracle";

jest.setTimeout(180000);

const SIPD = path.join(__dirname, "..", "..", "examples", "sipd");
const SIPD_OPSI: SipdFileOptions = {
  paguSipd: path.join(SIPD, "rekap-belanja-2024.xlsx"),
  realisasiSipd: ["jan-jun", "jun-des"].map((m) => path.join(SIPD, `realisasi-dinsos-2024-${m}.xlsx`)),
  skpd: "1.06.0.00.0.00.01.0000",
};

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return wb;
}

/** Both paths on one input: [new, old, the source], read back by exceljs. */
async function bothWays(file: string, sipd: SipdFileOptions = {}) {
  const runs: Buffer[] = [];
  for (const way of ["new", "old"]) {
    const { data, wb } = await readWorkbookBytes(file);
    const tables = readTables(wb);
    const sumber = await sumberSipd(wb, tables, sipd);
    const specs = buildSheets(analyze(tables, { tahunSekarang: 2024, sipd: sumber ?? undefined }));
    runs.push(way === "new" ? (await addSheetsToWorkbook(data, wb, specs)).xlsx : await oldWrite(wb, specs));
  }
  return {
    baru: await load(runs[0]),
    lama: await load(runs[1]),
    sumber: await load(fs.readFileSync(file)),
    xlsx: runs[0],
  };
}

type Model = Record<string, unknown> & { rows: { cells: { value?: unknown; type: number }[] }[] };

/** A sheet's model as exceljs reads it; an empty text (the old path's) is the blank it means. */
function model(ws: ExcelJS.Worksheet): Model {
  const m = JSON.parse(JSON.stringify(ws.model)) as Model;
  for (const r of m.rows)
    for (const c of r.cells)
      if (c.value === "") {
        delete c.value;
        c.type = 0;
      }
  m.merges = [...(m.merges as string[])].sort();
  delete m.id;
  return m;
}

const KEYS = ["rows", "merges", "cols", "columns", "views", "pageSetup", "conditionalFormattings", "tables"];

function compare(baru: ExcelJS.Workbook, lama: ExcelJS.Workbook, sumber: ExcelJS.Workbook): string[] {
  const beda: string[] = [];
  const names = (wb: ExcelJS.Workbook) => wb.worksheets.map((w) => w.name);
  if (names(baru).join("|") !== names(lama).join("|")) beda.push(`sheets ${names(baru)} vs ${names(lama)}`);
  const dn = (wb: ExcelJS.Workbook) =>
    JSON.stringify(
      [...(wb.definedNames as unknown as { model: { name: string }[] }).model].sort((a, b) =>
        a.name < b.name ? -1 : 1,
      ),
    );
  if (dn(baru) !== dn(lama)) beda.push(`defined names ${dn(baru)} vs ${dn(lama)}`);
  const user = new Set(names(sumber));
  for (const ws of baru.worksheets) {
    const ref = user.has(ws.name) ? sumber.getWorksheet(ws.name) : lama.getWorksheet(ws.name);
    const a = model(ws);
    const b = model(ref!);
    for (const k of KEYS) if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) beda.push(`${ws.name} ${k}`);
  }
  return beda;
}

describe("the streamed write gives the former in-memory path's output", () => {
  let tmp: string;
  beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-oldpath-"))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("the demo, and a rerun on its output", async () => {
    const first = await bothWays(CONTOH);
    expect(compare(first.baru, first.lama, first.sumber)).toEqual([]);
    expect(first.baru.worksheets.length).toBe(14);
    // The comparison sees one changed cell of an output sheet.
    first.lama.getWorksheet("Temuan")!.getCell("B6").value = "lain";
    expect(compare(first.baru, first.lama, first.sumber)).toEqual(["Temuan rows"]);
    const out = path.join(tmp, "demo.xlsx");
    fs.writeFileSync(out, first.xlsx);
    const second = await bothWays(out);
    expect(compare(second.baru, second.lama, second.sumber)).toEqual([]);
  });

  test("the SIPD demo", async () => {
    const r = await bothWays(path.join(SIPD, "demo-dinsos-2024.xlsx"), SIPD_OPSI);
    expect(compare(r.baru, r.lama, r.sumber)).toEqual([]);
  });

  test("2,000 synthetic budget lines", async () => {
    const file = path.join(tmp, "2000.xlsx");
    await tulisBuku(file, 2000);
    const r = await bothWays(file);
    expect(compare(r.baru, r.lama, r.sumber)).toEqual([]);
    expect(r.baru.getWorksheet("Tabel Realisasi Keuangan")!.rowCount).toBeGreaterThan(2000);
  });
});
