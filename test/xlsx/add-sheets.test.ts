/**
 * The command's .xlsx at zip level (src/xlsx/add-sheets.ts): the user's parts copied as they
 * are (their compressed bytes reused), charts, images, tables, data validations and conditional
 * formats kept (exceljs's own round trip drops the chart), three reruns that keep the sheet
 * list, markers and print areas right, the user's formats kept in place in styles.xml, stale
 * results forgotten only in the user sheets that point at output sheets.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { analyze } from "../../src/core/analyze";
import { buildSheets } from "../../src/report";
import { readTables } from "../../src/xlsx/read-tables";
import { capaian, CONTOH } from "../helpers/cli";
import { bacaZip } from "../helpers/zip";
import { oldWrite } from "./helpers/in-memory-oracle";
import { rawEntries } from "./helpers/raw-zip";
import { CHART_PART, richWorkbook, USER_SHEET } from "./helpers/rich-workbook";

jest.setTimeout(180000);

const REWRITTEN = [
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
  "docProps/app.xml",
];
const SIPD = path.join(__dirname, "..", "..", "examples", "sipd");
const OUTPUTS = 11;

let tmp: string;
const f = (n: string) => path.join(tmp, n);
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-zip-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function hitung(input: string, output: string, ...extra: string[]): Promise<Buffer> {
  const r = await capaian("hitung", input, "-o", output, ...extra);
  expect([r.kode, r.err]).toEqual([0, ""]);
  return fs.readFileSync(output);
}

/** Entries of `source` other than the rewritten ones that `out` lacks or stores differently. */
function changedEntries(source: Uint8Array, out: Uint8Array): string[] {
  const a = rawEntries(source);
  const b = rawEntries(out);
  return [...a]
    .filter(([n]) => !REWRITTEN.includes(n))
    .filter(([n, e]) => !b.has(n) || b.get(n)!.method !== e.method || !b.get(n)!.raw.equals(e.raw))
    .map(([n]) => n);
}

async function workbookXml(data: Uint8Array): Promise<Document> {
  const { DOMParser } = await import("@xmldom/xmldom");
  const text = bacaZip(data).get("xl/workbook.xml")!.toString("utf8");
  return new DOMParser().parseFromString(text, "text/xml") as unknown as Document;
}

/** The sheet list, markers and print areas of an output, as Excel reads workbook.xml. */
async function listing(data: Uint8Array) {
  const doc = await workbookXml(data);
  const sheets = Array.from(doc.getElementsByTagName("sheet")).map((s) => s.getAttribute("name")!);
  const names = Array.from(doc.getElementsByTagName("definedName")).map((n) => ({
    name: n.getAttribute("name")!,
    local: n.getAttribute("localSheetId"),
    text: n.textContent!,
  }));
  const sheetOf = (text: string) => text.replace(/^'?(.*?)'?!.*$/, "$1").replace(/''/g, "'");
  return {
    sheets,
    markers: names
      .filter((n) => n.name.startsWith("Capaian_Lembar_"))
      .map((n) => `${n.name}=${sheetOf(n.text)}`),
    // Each local name's sheet (by localSheetId) must be the sheet its reference names.
    misplaced: names.filter((n) => n.local !== null && sheets[Number(n.local)] !== sheetOf(n.text)),
    printAreas: names.filter((n) => n.name === "_xlnm.Print_Area").length,
    activeTab: Number(doc.getElementsByTagName("workbookView")[0]?.getAttribute("activeTab") ?? 0),
  };
}

describe("the user's parts", () => {
  test("the demo's and the SIPD demo's entries are copied as they are, compressed bytes and all", async () => {
    const demo = await hitung(CONTOH, f("demo.xlsx"));
    expect(changedEntries(fs.readFileSync(CONTOH), demo)).toEqual([]);
    const sipd = path.join(SIPD, "demo-dinsos-2024.xlsx");
    const out = await hitung(
      sipd,
      f("sipd.xlsx"),
      "--pagu-sipd",
      path.join(SIPD, "rekap-belanja-2024.xlsx"),
      "--skpd",
      "1.06.0.00.0.00.01.0000",
    );
    expect(changedEntries(fs.readFileSync(sipd), out)).toEqual([]);
    // and the user's sheet parts, uncompressed, are the source's bytes
    const a = bacaZip(fs.readFileSync(CONTOH));
    const b = bacaZip(demo);
    const sheets = [...a.keys()].filter((n) => n.startsWith("xl/worksheets/sheet"));
    expect(sheets.length).toBe(3);
    for (const s of sheets) expect([s, b.get(s)!.equals(a.get(s)!)]).toEqual([s, true]);
  });

  test("a chart, an image, a table, a data validation and a conditional format of the user's are kept", async () => {
    const rich = await richWorkbook();
    fs.writeFileSync(f("rich.xlsx"), rich);
    const out = await hitung(f("rich.xlsx"), f("rich-out.xlsx"));
    expect(changedEntries(rich, out)).toEqual([]);
    const parts = [...rawEntries(out).keys()];
    for (const p of [CHART_PART, "xl/drawings/drawing1.xml", "xl/media/image1.png"])
      expect(parts).toContain(p);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(out as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(USER_SHEET)!;
    expect(ws.getImages()).toHaveLength(1);
    const m = ws.model as unknown as {
      tables: { name: string }[];
      dataValidations: Record<string, { type: string }>;
      conditionalFormattings: { ref: string }[];
    };
    expect(m.tables.map((t) => t.name)).toEqual(["catatan_saya"]);
    expect(Object.keys(m.dataValidations).sort()).toEqual(["B2", "B3", "B4"]);
    expect(m.conditionalFormattings.map((c) => c.ref)).toEqual(["B2:B4"]);
    expect(ws.getCell("B2").numFmt).toBe('0.0 "poin"');
    // exceljs's own round trip (the former path) loses the chart
    const src = new ExcelJS.Workbook();
    await src.xlsx.load(rich as unknown as ArrayBuffer);
    const old = await oldWrite(src, buildSheets(analyze(readTables(src), { tahunSekarang: 2024 })));
    expect([...rawEntries(old).keys()]).not.toContain(CHART_PART);
  });

  test("the user's formats stay where they were in styles.xml; the output's come after", async () => {
    const { DOMParser, XMLSerializer } = await import("@xmldom/xmldom");
    const parse = (b: Buffer) =>
      new DOMParser().parseFromString(bacaZip(b).get("xl/styles.xml")!.toString("utf8"), "text/xml");
    const a = parse(fs.readFileSync(CONTOH));
    const b = parse(fs.readFileSync(f("demo.xlsx")));
    const s = new XMLSerializer();
    for (const list of ["numFmt", "font", "fill", "border", "cellStyleXfs", "dxf"]) {
      const mine = Array.from(a.getElementsByTagName(list)).map((e) => s.serializeToString(e));
      const out = Array.from(b.getElementsByTagName(list)).map((e) => s.serializeToString(e));
      expect([list, out.slice(0, mine.length)]).toEqual([list, mine]);
    }
    const xfs = (d: typeof a) =>
      Array.from(d.getElementsByTagName("cellXfs")[0].getElementsByTagName("xf")).map((e) =>
        s.serializeToString(e),
      );
    expect(xfs(b).slice(0, xfs(a).length)).toEqual(xfs(a));
    expect(xfs(b).length).toBeGreaterThan(xfs(a).length + 20);
    // the output sheets point past the user's formats
    const sheet = bacaZip(fs.readFileSync(f("demo.xlsx")))
      .get("xl/worksheets/sheet4.xml")!
      .toString("utf8");
    const ids = [...sheet.matchAll(/ s="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...ids)).toBeGreaterThanOrEqual(xfs(a).length);
    expect(Math.max(...ids)).toBeLessThan(xfs(b).length);
  });
});

/** The demo with a user sheet named like an output (Narasi) and one pointing at the outputs. */
async function userWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(CONTOH);
  wb.addWorksheet("Narasi").getCell("A1").value = "Narasi saya sendiri";
  const c = wb.addWorksheet("Catatan Saya");
  c.getCell("A1").value = {
    formula: "'Tabel Realisasi Keuangan'!E5",
    result: -1,
    shareType: "shared",
    ref: "A1:A3",
  } as ExcelJS.CellFormulaValue;
  c.getCell("A2").value = { sharedFormula: "A1", result: -2 } as ExcelJS.CellSharedFormulaValue;
  c.getCell("A3").value = { sharedFormula: "A1", result: -3 } as ExcelJS.CellSharedFormulaValue;
  c.getCell("B1").value = { formula: "DPA!C7*2", result: 5 } as ExcelJS.CellFormulaValue;
  c.pageSetup.printArea = "A1:B3";
  await wb.xlsx.writeFile(file);
}

/** A calculation chain and the active tab on an output sheet, as Excel saves them. */
async function asExcelSaves(data: Buffer, activeTab: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const no = { createFolders: false };
  zip.file(
    "xl/calcChain.xml",
    '<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="E5" i="6"/></calcChain>',
    no,
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
    no,
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
    no,
  );
  const book = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", book.replace(/activeTab="\d+"/, `activeTab="${activeTab}"`), no);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("reruns", () => {
  test("three in a row keep the sheet list, markers and print areas right; the user's sheets stay", async () => {
    await userWorkbook(f("in.xlsx"));
    const input = fs.readFileSync(f("in.xlsx"));
    const r1 = await hitung(f("in.xlsx"), f("r1.xlsx"));
    const first = await listing(r1);
    expect(first.sheets.slice(0, 5)).toEqual([
      "Perjanjian Kinerja",
      "DPA",
      "Realisasi",
      "Narasi",
      "Catatan Saya",
    ]);
    expect(first.sheets).toContain("Narasi (2)");
    expect(first.sheets).toHaveLength(5 + OUTPUTS);
    expect(first.markers).toHaveLength(OUTPUTS);
    expect(first.misplaced).toEqual([]);
    fs.writeFileSync(f("r1x.xlsx"), await asExcelSaves(r1, 14));
    let previous = f("r1x.xlsx");
    const runs: Buffer[] = [];
    for (const k of [2, 3, 4]) {
      runs.push(await hitung(previous, f(`r${k}.xlsx`)));
      previous = f(`r${k}.xlsx`);
      const l = await listing(runs[runs.length - 1]);
      expect([k, l.sheets]).toEqual([k, first.sheets]);
      expect([k, [...l.markers].sort()]).toEqual([k, [...first.markers].sort()]);
      expect([k, l.misplaced, l.printAreas]).toEqual([k, [], first.printAreas]);
      expect(l.activeTab).toBeLessThan(l.sheets.length);
    }
    // No part left behind: the same entries from the second rerun on, and no calculation chain.
    const entries = (b: Buffer) => [...rawEntries(b).keys()].sort();
    expect(entries(runs[2])).toEqual(entries(runs[1]));
    expect(entries(runs[0])).not.toContain("xl/calcChain.xml");
    const last = bacaZip(runs[2]);
    expect(last.get("[Content_Types].xml")!.toString("utf8")).not.toContain("calcChain");
    expect(last.get("xl/_rels/workbook.xml.rels")!.toString("utf8")).not.toContain("calcChain");
    // The user's parts: all as they were, but the one sheet whose formulas point at the outputs.
    expect(changedEntries(input, runs[2])).toEqual([await partOf(input, "Catatan Saya")]);
  });

  test("stale results are dropped in the cells pointing at output sheets only, shared formulas too", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f("r4.xlsx"));
    const c = wb.getWorksheet("Catatan Saya")!;
    const v = (a: string) => c.getCell(a).value as ExcelJS.CellFormulaValue;
    expect(v("A1").formula).toBe("'Tabel Realisasi Keuangan'!E5");
    expect(["A1", "A2", "A3"].map((a) => v(a).result)).toEqual([undefined, undefined, undefined]);
    expect(v("B1")).toMatchObject({ formula: "DPA!C7*2", result: 5 });
    expect(wb.getWorksheet("Narasi")!.getCell("A1").value).toBe("Narasi saya sendiri");
    expect(
      bacaZip(fs.readFileSync(f("r4.xlsx")))
        .get("xl/workbook.xml")!
        .toString("utf8"),
    ).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });
});

/** The part of a sheet, from the package's workbook.xml and rels. */
async function partOf(data: Buffer, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(data);
  const book = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const doc = await workbookXml(data);
  const el = Array.from(doc.getElementsByTagName("sheet")).find((s) => s.getAttribute("name") === sheet)!;
  const id = el.getAttribute("r:id");
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
  void book;
  return path.posix.join("xl", target[1] ?? target[2]).replace(/^xl\/\/?/, "xl/");
}
