/**
 * The private fields of exceljs and JSZip the write path relies on, each in one function of
 * src/xlsx (these fail if a library changes them), and the small parts' rewrites on their own.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { PassThrough } from "stream";
import { rewriteAppProperties } from "../../src/xlsx/app-properties";
import { forgetResults } from "../../src/xlsx/forget-results";
import { copyEntry } from "../../src/xlsx/package-parts";
import { planSheets } from "../../src/xlsx/sheet-plan";
import { shiftStyleIds } from "../../src/xlsx/style-ids";
import { writeSheetsPackage } from "../../src/xlsx/write-sheets";
import { parseXml, serializeXml } from "../../src/xlsx/xml-dom";
import { bacaZip } from "../helpers/zip";
import { rawEntries } from "./helpers/raw-zip";
import type { SheetSpec } from "../../src/report/sheet-spec";

const SPEC: SheetSpec = {
  key: "capaianKinerja",
  name: "Capaian Kinerja",
  rows: [[{ value: "x", style: "header" }, { value: 1, style: "uang" }, { value: 2 }]],
  roles: ["body"],
  tables: [],
  columns: [10, 10, 10],
  rowHeights: [],
  merges: [],
  freeze: { rows: 0, columns: 0 },
  printArea: null,
  conditionalFormats: [{ range: "A1", equals: "Baik", style: "predikat2" }],
};

test("the streamed sheet's style ids start after the source's (exceljs's styles.addStyleModel / addDxfStyle)", async () => {
  const plain = bacaZip(await writeSheetsPackage([SPEC]))
    .get("xl/worksheets/sheet1.xml")!
    .toString("utf8");
  const shifted = bacaZip(await writeSheetsPackage([SPEC], { styleBase: { xf: 40, dxf: 7 } }))
    .get("xl/worksheets/sheet1.xml")!
    .toString("utf8");
  const ids = (x: string, attr: string) =>
    [...x.matchAll(new RegExp(` ${attr}="(\\d+)"`, "g"))].map((m) => Number(m[1]));
  expect(ids(plain, "s").length).toBeGreaterThan(1);
  expect(ids(shifted, "s")).toEqual(ids(plain, "s").map((i) => i + 40));
  expect(ids(shifted, "dxfId")).toEqual(ids(plain, "dxfId").map((i) => i + 7));
  // C1, an unstyled number, has no s= either way: it takes the workbook's default format.
  expect(shifted).toMatch(/<c r="C1"><v>2<\/v><\/c>/);
  const stream = new PassThrough();
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream });
  (writer as unknown as { styles: unknown }).styles = {};
  expect(() => shiftStyleIds(writer, { xf: 1, dxf: 0 })).toThrow("addStyleModel");
});

test("JSZip reuses a loaded entry's compressed bytes, and copyEntry moves them (JSZip's _data)", async () => {
  const source = await writeSheetsPackage([SPEC]);
  const zip = await JSZip.loadAsync(source);
  zip.file("extra.txt", "baru");
  const out = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  const before = rawEntries(source);
  const after = rawEntries(out);
  for (const [name, e] of before) expect([name, after.get(name)!.raw.equals(e.raw)]).toEqual([name, true]);
  const to = new JSZip();
  copyEntry(zip, "xl/worksheets/sheet1.xml", to, "xl/worksheets/sheet9.xml");
  const moved = rawEntries(await to.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  expect(moved.get("xl/worksheets/sheet9.xml")!.raw.equals(before.get("xl/worksheets/sheet1.xml")!.raw)).toBe(
    true,
  );
  expect(() => copyEntry(to, "tidak-ada.xml", zip, "x.xml")).toThrow("No part");
  to.file("teks.xml", "<a/>");
  expect(() => copyEntry(to, "teks.xml", zip, "y.xml")).toThrow("no compressed data");
});

test("forgetResults: the cells pointing at output sheets lose <v> and t, shared formulas by their master", () => {
  const doc = parseXml(
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">` +
      `<c r="A1" t="str"><f t="shared" ref="A1:A2" si="0">'Tabel Realisasi Keuangan'!D5&amp;""</f><v>lama</v></c>` +
      `<c r="B1"><f>Temuan!B2+1</f><v>3</v></c><c r="C1"><f>DPA!C7</f><v>9</v></c>` +
      `<c r="D1"><f t="shared" ref="D1:D2" si="1">DPA!C8</f><v>1</v></c></row><row r="2">` +
      `<c r="A2" t="str"><f t="shared" si="0"/><v>lama</v></c><c r="D2"><f t="shared" si="1"/><v>2</v></c>` +
      `</row></sheetData></worksheet>`,
    "sheet.xml",
  );
  expect(forgetResults(doc, ["Tabel Realisasi Keuangan", "Temuan"])).toBe(3);
  const xml = serializeXml(doc);
  expect(xml).toContain(
    `<c r="A1"><f t="shared" ref="A1:A2" si="0">'Tabel Realisasi Keuangan'!D5&amp;""</f></c>`,
  );
  expect(xml).toContain(`<c r="A2"><f t="shared" si="0"/></c>`);
  expect(xml).toContain(`<c r="B1"><f>Temuan!B2+1</f></c>`);
  expect(xml).toContain(`<c r="C1"><f>DPA!C7</f><v>9</v></c>`);
  expect(xml).toContain(`<c r="D2"><f t="shared" si="1"/><v>2</v></c>`);
});

test("app.xml: the sheet titles follow the sheets, whatever the group is called", () => {
  const app = parseXml(
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Lembar Kerja</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>` +
      `<vt:variant><vt:lpstr>Rentang Bernama</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>Data</vt:lpstr><vt:lpstr>Temuan</vt:lpstr><vt:lpstr>Data!Print_Area</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
    "app.xml",
  );
  rewriteAppProperties(app, ["Data", "Temuan"], ["Data", "Tabel Realisasi Keuangan", "Temuan"]);
  const xml = serializeXml(app);
  expect(xml).toContain(`<vt:i4>3</vt:i4>`);
  expect(xml).toContain(
    `<vt:vector size="4" baseType="lpstr"><vt:lpstr>Data</vt:lpstr><vt:lpstr>Tabel Realisasi Keuangan</vt:lpstr><vt:lpstr>Temuan</vt:lpstr><vt:lpstr>Data!Print_Area</vt:lpstr></vt:vector>`,
  );
  const other = parseXml(
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><HeadingPairs/><TitlesOfParts/><Company/></Properties>`,
    "app.xml",
  );
  rewriteAppProperties(other, ["A"], ["A", "B"]);
  expect(serializeXml(other)).toBe(
    `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company/></Properties>`,
  );
});

test("planSheets: a user's sheet under a generated name is kept; a renamed generated one keeps its marker", () => {
  const plan = planSheets(
    ["Data", "Temuan", "Narasi", "Temuan 2023", "Narasi (2)"],
    [
      { name: "Capaian_Lembar_1", sheet: "Temuan" },
      { name: "Capaian_Lembar_2", sheet: "Temuan 2023" },
      { name: "Capaian_Lembar_3", sheet: "Narasi (2)" },
      { name: "Capaian_Lembar_4", sheet: null },
    ],
    ["Narasi", "Temuan"],
  );
  expect(plan.removed).toEqual(["Temuan", "Narasi (2)"]);
  expect(plan.names).toEqual(["Narasi (2)", "Temuan"]);
  expect(plan.namaDiganti).toEqual([{ diminta: "Narasi", ditulis: "Narasi (2)" }]);
  expect([...plan.keptMarkers]).toEqual(["Capaian_Lembar_2"]);
  expect(plan.markers).toEqual(["Capaian_Lembar_1", "Capaian_Lembar_3"]);
});
