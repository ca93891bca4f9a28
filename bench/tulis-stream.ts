/**
 * Prototype for issue 14 (measure only, not used by the command): the output sheets written
 * with exceljs's streaming WorkbookWriter, row by row, against the command's way (the output
 * sheets added to the loaded workbook's model, then `writeBuffer`). Each way runs in its own
 * process so GNU time's peak RSS is its own; read + engine + specs are the same in both.
 *
 *   /usr/bin/time -f "%e s %M KB" node --import tsx bench/tulis-stream.ts /tmp/20000.xlsx sekarang
 *   /usr/bin/time -f "%e s %M KB" node --import tsx bench/tulis-stream.ts /tmp/20000.xlsx stream
 *
 * `sekarang`: what hitung-berkas.ts does (source sheets + output sheets, one in-memory write).
 * `stream`: the output sheets alone, streamed to a file; the source sheets would be copied into
 * that zip unchanged (their entries as they are, not parsed and re-rendered), which is not
 * prototyped here. Merged cells are recorded in the sheet's merge list without restyling the
 * covered cells (a spec styles the master only), and without exceljs's quadratic overlap scan.
 */
import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import os from "os";
import path from "path";
import { analyze } from "../src/core/analyze";
import { buildSheets } from "../src/report";
import type { SheetSpec, StyleSpec } from "../src/report/sheet-spec";
import { STYLES } from "../src/report/styles";
import { readTables } from "../src/xlsx/read-tables";
import { writeSheet } from "../src/xlsx/write-sheets";

// exceljs exports no Range type; the prototype needs its class to decode "A1:B2" as exceljs does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Range = require("exceljs/lib/doc/range") as new (ref: string) => unknown;

const argb = (hex: string) => "FF" + hex.replace("#", "").toUpperCase();

/** The same style mapping as src/xlsx/write-sheets.ts's (fonts, fills, borders, number formats). */
function gaya(spec: StyleSpec): Partial<ExcelJS.Style> {
  const tipis: ExcelJS.Border = { style: "thin", color: { argb: "FFBFBFBF" } };
  return {
    font: { name: "Calibri", size: spec.fontSize ?? 11, bold: spec.bold, italic: spec.italic },
    fill: spec.fill ? { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } } : undefined,
    alignment: { horizontal: spec.horizontal, wrapText: spec.wrap, indent: spec.indent },
    border: spec.border ? { top: tipis, left: tipis, bottom: tipis, right: tipis } : undefined,
    numFmt: spec.numberFormat,
  };
}

async function tulisStream(specs: SheetSpec[], file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: true,
    useSharedStrings: false,
  });
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.name);
    spec.columns.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    const merges = (ws as unknown as { _merges: unknown[] })._merges;
    for (const m of spec.merges) merges.push(new Range(m));
    spec.rows.forEach((row, r) => {
      const xrow = ws.getRow(r + 1);
      row.forEach((cell, c) => {
        if (!cell) return;
        const x = xrow.getCell(c + 1);
        x.value = cell.formula
          ? ({
              formula: cell.formula.replace(/^=/, ""),
              result: cell.value ?? undefined,
            } as ExcelJS.CellFormulaValue)
          : cell.value;
        if (cell.style) {
          let s = cache.get(cell.style);
          if (!s) cache.set(cell.style, (s = gaya(STYLES[cell.style])));
          x.style = s;
        }
      });
      xrow.commit();
    });
    ws.commit();
  }
  await wb.commit();
}

async function main(): Promise<void> {
  const [file, cara] = process.argv.slice(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fs.readFile(file)) as unknown as ArrayBuffer);
  const specs = buildSheets(analyze(readTables(wb), { tahunSekarang: 2024 }));
  const out = path.join(os.tmpdir(), `tulis-stream-${process.pid}.xlsx`);
  const t0 = performance.now();
  if (cara === "stream") await tulisStream(specs, out);
  else {
    for (const spec of specs) writeSheet(wb, spec);
    await fs.writeFile(out, Buffer.from(await wb.xlsx.writeBuffer()));
  }
  const ms = performance.now() - t0;
  const { size } = await fs.stat(out);
  await fs.rm(out);
  console.log(
    `${cara}: write ${Math.round(ms)} ms, ${(size / 1e6).toFixed(1)} MB file, load ${os.loadavg()[0].toFixed(1)}`,
  );
}

void main();
