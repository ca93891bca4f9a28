/**
 * The three writers on the same SheetSpecs, compared by what they wrote: the Office.js writer
 * (src/excel) into the simulated host, the exceljs writer (src/xlsx) read back from the file,
 * the Word converter (src/docx/table.ts) read back from word/document.xml. Values, formulas,
 * merges, number formats, fills, bold, border colours, row heights, print area and print
 * titles must agree between the two Excel writers; each Word table must show the cells of its
 * spec table as the workbook formats them, with the same merges and header rows. The last
 * tests give one writer a spec with a field dropped (as a writer ignoring it would write) and
 * show the comparison fails.
 */
import ExcelJS from "exceljs";
import { Document, Packer, Paragraph, Table } from "docx";
import { analyze } from "../../src/core/analyze";
import { ringkasOpd, buildRekap } from "../../src/core/rekap";
import { sheetContent } from "../../src/docx/table";
import { formatValue } from "../../src/docx/cell-format";
import { readWorkbook } from "../../src/excel/read-tables";
import { writeSheets } from "../../src/excel/write-sheets";
import { buildSheets } from "../../src/report";
import { buildRekapSheets } from "../../src/report/rekap";
import type { SheetSpec } from "../../src/report/sheet-spec";
import { STYLES } from "../../src/report/styles";
import { writeSheetsPackage } from "../../src/xlsx/write-sheets";
import { columnLetters, columnNumber } from "../../src/core/table";
import { tabelOpd } from "../fixtures/buku-opd";
import { seedRawTables } from "../fixtures/seed-tabel";
import {
  createExcelHost,
  createWorkbookModel,
  findSheet,
  type SheetModel,
  type WorkbookModel,
} from "../sim-excel";
import { bacaZip } from "../helpers/zip";

jest.setTimeout(120000);

type Nilai = string | number | boolean | null;

/** What an Excel writer wrote into one sheet, host-neutral. */
interface Tertulis {
  /** By A1 address: constant value or formula, number format, fill, bold, border colour. */
  cells: Map<
    string,
    { value: Nilai; formula: string | null; format: string; fill: string; bold: boolean; border: string }
  >;
  merges: string[];
  heights: Record<number, number>;
  printArea: string | null;
  printTitles: string | null;
}

const a1 = (r: number, c: number) => `${columnLetters(c + 1)}${r + 1}`;
const noDollar = (s: string | null | undefined) => (s ? s.replace(/\$/g, "") : null);
const hexOf = (c: string | undefined) => (c ? c.replace(/^#/, "").slice(-6).toUpperCase() : "");

/** The simulated host's sheet. A text cell's "@" is how Office.js keeps text as text; exceljs types it instead. */
function dariOffice(s: SheetModel): Tertulis {
  const cells: Tertulis["cells"] = new Map();
  for (const [key, cell] of Object.entries(s.cells)) {
    const [r, c] = key.split(",").map(Number);
    const value = cell.formula ? null : (cell.value ?? null);
    const teks = typeof value === "string";
    cells.set(a1(r, c), {
      value: value === "" ? null : value,
      formula: cell.formula ?? null,
      format: cell.numberFormat && !(teks && cell.numberFormat === "@") ? cell.numberFormat : "General",
      fill: hexOf(cell.format?.fill),
      bold: cell.format?.bold === true,
      border: hexOf(cell.format?.borders?.EdgeTop?.color),
    });
  }
  const heights: Record<number, number> = {};
  for (const [r, h] of Object.entries(s.rowHeights)) heights[Number(r) + 1] = h;
  return {
    cells,
    merges: [...s.merges].sort(),
    heights,
    printArea: noDollar(s.printArea),
    printTitles: noDollar(s.printTitleRows),
  };
}

/** The same sheet read back from the exceljs file. */
function dariExceljs(ws: ExcelJS.Worksheet): Tertulis {
  const cells: Tertulis["cells"] = new Map();
  const heights: Record<number, number> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) heights[r] = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value as ExcelJS.CellValue;
      const formula = v && typeof v === "object" && "formula" in v ? `=${v.formula}` : null;
      const value = formula ? null : ((v as Nilai) ?? null);
      const fill = cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
      // A styled empty cell (an empty text is one: the streamed file writes no value) keeps its
      // number format in both writers, so the format is compared on every cell.
      cells.set(a1(r - 1, c - 1), {
        value: value === "" ? null : value,
        formula,
        format: cell.numFmt ? cell.numFmt : "General",
        fill: hexOf(fill),
        bold: cell.font?.bold === true,
        border: hexOf(cell.border?.top?.color?.argb),
      });
    });
  });
  return {
    cells,
    merges: [...((ws.model as { merges?: string[] }).merges ?? [])].sort(),
    heights,
    printArea: noDollar(ws.pageSetup.printArea),
    printTitles: noDollar(ws.pageSetup.printTitlesRow),
  };
}

/** The cells under a merged area other than its first (what they hold is not shown). */
function tertutup(merges: readonly string[]): Set<string> {
  const hasil = new Set<string>();
  for (const m of merges) {
    const [p, q = p] = m.split(":");
    const rc = (s: string) => [Number(/\d+/.exec(s)![0]) - 1, columnNumber(s.replace(/\d+/, "")) - 1];
    const [r1, c1] = rc(p);
    const [r2, c2] = rc(q);
    for (let r = r1; r <= r2; r++)
      for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) hasil.add(a1(r, c));
  }
  return hasil;
}

/** Where two Excel writers' sheets differ (empty: they wrote the same); cells under a merge are not compared. */
function bedaExcel(nama: string, office: Tertulis, xlsx: Tertulis): string[] {
  const beda: string[] = [];
  const tutup = tertutup(office.merges);
  const kunci = new Set([...office.cells.keys(), ...xlsx.cells.keys()].filter((k) => !tutup.has(k)));
  const kosong = { value: null, formula: null, format: "General", fill: "", bold: false, border: "" };
  for (const k of kunci) {
    const o = office.cells.get(k) ?? kosong;
    const x = xlsx.cells.get(k) ?? kosong;
    for (const f of ["value", "formula", "format", "fill", "bold", "border"] as const)
      if (o[f] !== x[f]) beda.push(`${nama}!${k} ${f}: Office.js ${String(o[f])}, exceljs ${String(x[f])}`);
  }
  if (office.merges.join() !== xlsx.merges.join()) beda.push(`${nama} merges differ`);
  if (JSON.stringify(office.heights) !== JSON.stringify(xlsx.heights))
    beda.push(
      `${nama} row heights: Office.js ${JSON.stringify(office.heights)}, exceljs ${JSON.stringify(xlsx.heights)}`,
    );
  if (office.printArea !== xlsx.printArea)
    beda.push(`${nama} print area: Office.js ${office.printArea}, exceljs ${xlsx.printArea}`);
  if (office.printTitles !== xlsx.printTitles)
    beda.push(`${nama} print titles: Office.js ${office.printTitles}, exceljs ${xlsx.printTitles}`);
  return beda.slice(0, 20);
}

async function tulisOffice(specs: SheetSpec[]): Promise<WorkbookModel> {
  const model = createWorkbookModel();
  const host = createExcelHost(model, { apiVersion: "1.14" });
  const lepas = host.install(globalThis);
  try {
    await host.Excel.run(async (context) => {
      const snapshot = await readWorkbook(context, []);
      await writeSheets(context, specs, snapshot, { styles: STYLES, token: "uji" });
    });
  } finally {
    lepas();
  }
  return model;
}

async function tulisExceljs(specs: SheetSpec[]): Promise<ExcelJS.Workbook> {
  const baca = new ExcelJS.Workbook();
  await baca.xlsx.load((await writeSheetsPackage(specs)) as unknown as ArrayBuffer);
  return baca;
}

/** A Word table read back: cell texts on the grid (merge anchors only), the header rows, the columns. */
interface TabelWord {
  grid: Map<string, string>;
  merges: string[];
  headerRows: number;
  columns: number;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

function bacaTabelWord(xml: string): TabelWord {
  const grid = new Map<string, string>();
  let headerRows = 0;
  (xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).forEach((tr, r) => {
    if (tr.includes("<w:tblHeader/>")) headerRows += 1;
    let c = 0;
    for (const tc of tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
      if (!/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(tc)) {
        const teks = (tc.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>|<w:br\/>/g) ?? [])
          .map((t) => (t === "<w:br/>" ? "\n" : unescape(t.replace(/<[^>]+>/g, ""))))
          .join("");
        grid.set(`${r}:${c}`, teks);
      }
      c += span;
    }
  });
  return { grid, merges: mergesWord(xml), headerRows, columns: (xml.match(/<w:gridCol /g) ?? []).length };
}

/** The merged areas of a Word table (gridSpan across, vMerge restart/continue down), as "r:c-r2:c2". */
function mergesWord(xml: string): string[] {
  const semua: { r: number; c: number; c2: number; r2: number }[] = [];
  const terbuka = new Map<number, { r: number; c: number; c2: number; r2: number }>();
  (xml.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).forEach((tr, r) => {
    let c = 0;
    for (const tc of tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []) {
      const span = Number(/<w:gridSpan w:val="(\d+)"/.exec(tc)?.[1] ?? 1);
      const lanjut = terbuka.get(c);
      if (/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(tc) && lanjut) lanjut.r2 = r;
      else {
        const m = { r, c, c2: c + span - 1, r2: r };
        semua.push(m);
        terbuka.set(c, m);
      }
      c += span;
    }
  });
  return semua
    .filter((m) => m.r2 > m.r || m.c2 > m.c)
    .map((m) => `${m.r}:${m.c}-${m.r2}:${m.c2}`)
    .sort();
}

async function tulisWord(spec: SheetSpec): Promise<string[]> {
  const isi = sheetContent(spec, { lebar: 14570, nomorTabel: () => "1" });
  const doc = new Document({
    sections: [{ children: isi.filter((x) => x instanceof Paragraph || x instanceof Table) }],
  });
  const xml =
    bacaZip(await Packer.pack(doc, "uint8array"))
      .get("word/document.xml")
      ?.toString("utf8") ?? "";
  return xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
}

/**
 * What each Word table must show, from the exceljs sheet (values with their cached results and
 * number formats): the spec table's rows and columns after the chapter's cuts (wordRows,
 * wordColumns, wordOmit), rows with nothing to show left out, merges clipped to the table.
 */
function harapanWord(spec: SheetSpec, x: Tertulis, ws: ExcelJS.Worksheet): TabelWord[] {
  const barisWord = spec.wordRows ?? spec.rows.length;
  const buang = new Set(spec.wordOmit ?? []);
  const merges = x.merges.map((m) => {
    const [p, q = p] = m.split(":");
    const rc = (s: string) => ({
      r: Number(/\d+/.exec(s)![0]) - 1,
      c: ws.getColumn(s.replace(/\d+/, "")).number - 1,
    });
    return { a: rc(p), b: rc(q) };
  });
  return spec.tables
    .filter((t) => t.first <= barisWord)
    .map((t) => {
      const akhir = Math.min(t.last, barisWord) - 1;
      const kolom = Array.from(
        { length: Math.min(t.columns, spec.wordColumns ?? t.columns) },
        (_, c) => c,
      ).filter((c) => !buang.has(c));
      const tertutup = (r: number, c: number) =>
        merges.some((m) => r >= m.a.r && r <= m.b.r && c >= m.a.c && c <= m.b.c);
      const teks = (r: number, c: number) => {
        const sel = ws.findCell(r + 1, c + 1);
        if (!sel) return "";
        if (sel.isMerged && sel.master.address !== sel.address) return "";
        const v = sel.value as ExcelJS.CellValue;
        let nilai: Nilai = v as Nilai;
        if (v && typeof v === "object" && "formula" in v) {
          // exceljs reads a cached <v>0</v> back as no result: then the spec's cached value, which must be 0 or "".
          const cached = spec.rows[r][c]?.value ?? null;
          nilai =
            "result" in v && v.result !== undefined
              ? (v.result as Nilai)
              : cached === 0 || cached === ""
                ? cached
                : "?";
        }
        return formatValue(nilai ?? null, sel.numFmt);
      };
      const baris: number[] = [];
      for (let r = t.first - 1; r <= akhir; r++) {
        const header = r < t.first - 1 + t.headerRows;
        if (header || kolom.some((c) => teks(r, c) !== "" || tertutup(r, c))) baris.push(r);
      }
      const grid = new Map<string, string>();
      baris.forEach((r, i) =>
        kolom.forEach((c, j) => {
          // A merged area shows its anchor's text only.
          const dalam = merges.find((m) => r >= m.a.r && r <= m.b.r && c >= m.a.c && c <= m.b.c);
          if (!dalam || (dalam.a.r === r && dalam.a.c === c)) grid.set(`${i}:${j}`, teks(r, c));
        }),
      );
      const mw = merges
        .filter((m) => m.a.r >= t.first - 1 && m.a.r <= akhir && kolom.includes(m.a.c))
        .map((m) => {
          const r1 = baris.indexOf(m.a.r);
          const r2 = baris.filter((r) => r <= Math.min(m.b.r, akhir)).length - 1;
          const c1 = kolom.indexOf(m.a.c);
          const c2 = kolom.filter((c) => c <= m.b.c).length - 1;
          return { r1, r2, c1, c2 };
        })
        .filter((m) => m.r2 > m.r1 || m.c2 > m.c1)
        .map((m) => `${m.r1}:${m.c1}-${m.r2}:${m.c2}`)
        .sort();
      return { grid, merges: mw, headerRows: t.headerRows, columns: kolom.length };
    });
}

function bedaWord(nama: string, harapan: TabelWord[], tabel: string[]): string[] {
  const beda: string[] = [];
  if (harapan.length !== tabel.length)
    return [`${nama}: ${tabel.length} Word tables, spec has ${harapan.length}`];
  harapan.forEach((h, i) => {
    const w = bacaTabelWord(tabel[i]);
    const m = w.merges;
    if (w.columns !== h.columns)
      beda.push(`${nama} table ${i + 1}: ${w.columns} columns, expected ${h.columns}`);
    if (w.headerRows !== h.headerRows)
      beda.push(`${nama} table ${i + 1}: ${w.headerRows} header rows, expected ${h.headerRows}`);
    if (m.join() !== h.merges.join())
      beda.push(`${nama} table ${i + 1}: merges ${m.join(" ")} ≠ ${h.merges.join(" ")}`);
    for (const [k, v] of h.grid)
      if ((w.grid.get(k) ?? "") !== v)
        beda.push(`${nama} table ${i + 1} cell ${k}: Word "${w.grid.get(k)}", workbook "${v}"`);
  });
  return beda.slice(0, 20);
}

/** Runs the three writers on `specs` (Word on `wordSpecs`, the same unless a test breaks one). */
async function bandingkan(
  specs: SheetSpec[],
  ubah: { office?: SheetSpec[]; xlsx?: SheetSpec[]; word?: SheetSpec[] } = {},
): Promise<string[]> {
  const model = await tulisOffice(ubah.office ?? specs);
  const wb = await tulisExceljs(ubah.xlsx ?? specs);
  const beda: string[] = [];
  for (const [i, spec] of specs.entries()) {
    const sheet = findSheet(model, spec.name);
    const ws = wb.getWorksheet(spec.name);
    if (!sheet || !ws) {
      beda.push(`${spec.name} missing`);
      continue;
    }
    const x = dariExceljs(ws);
    beda.push(...bedaExcel(spec.name, dariOffice(sheet), x));
    beda.push(...bedaWord(spec.name, harapanWord(spec, x, ws), await tulisWord((ubah.word ?? specs)[i])));
  }
  return beda;
}

const seed = buildSheets(analyze(seedRawTables(), { tahun: 2024, tahunSekarang: 2025 }));
const rekap = buildRekapSheets(
  buildRekap(
    [1, 2, 3].map((k) => ringkasOpd(analyze(tabelOpd(k), { tahunSekarang: 2024 }), `opd-${k}.xlsx`)),
    [{ berkas: "rusak.xlsx", alasan: "Bukan berkas .xlsx." }],
  ),
);

describe("the three writers write the same sheets", () => {
  it("the seed's output sheets: Office.js and exceljs agree cell by cell, Word shows each table as written", async () => {
    expect(seed.length).toBeGreaterThanOrEqual(10);
    expect(await bandingkan(seed)).toEqual([]);
  });

  it("the recap's sheets, with several tables on one sheet", async () => {
    expect(rekap[0].tables.length).toBeGreaterThan(1);
    expect(await bandingkan(rekap)).toEqual([]);
  });

  it("the comparison covers what it claims: heights, print areas, merges, borders and header rows are there", () => {
    const rk = seed.find((s) => s.key === "realisasiKeuangan")!;
    expect(rk.rowHeights.some((h) => h !== null)).toBe(true);
    expect(rk.printArea).toMatch(/^\$A\$1:\$G\$\d+$/);
    expect(rk.merges.length).toBeGreaterThan(3);
    expect(rk.tables[0].headerRows).toBe(1);
  });
});

describe("the comparison fails when a writer ignores a field", () => {
  const tanpa = <K extends keyof SheetSpec>(k: K, v: SheetSpec[K]) => seed.map((s) => ({ ...s, [k]: v }));

  it("an exceljs writer ignoring row heights", async () => {
    const beda = await bandingkan(seed, { xlsx: tanpa("rowHeights", []) });
    expect(beda.some((b) => b.includes("row heights"))).toBe(true);
  });

  it("an Office.js writer ignoring the print area", async () => {
    const beda = await bandingkan(seed, { office: tanpa("printArea", null) });
    expect(beda.some((b) => b.includes("print area"))).toBe(true);
  });

  it("a Word writer ignoring merges, or header rows", async () => {
    const merges = await bandingkan(seed, { word: tanpa("merges", []) });
    expect(merges.some((b) => /merges/.test(b))).toBe(true);
    const header = await bandingkan(seed, {
      word: seed.map((s) => ({ ...s, roles: s.roles.map((r) => (r === "header" ? "body" : r)) })),
    });
    expect(header.some((b) => b.includes("header rows"))).toBe(true);
  });

  it("a writer with its own border colour", async () => {
    const abu = Object.fromEntries(
      Object.entries(STYLES).map(([k, v]) => [k, v.border ? { ...v, border: "#BFBFBF" } : v]),
    ) as typeof STYLES;
    const model = createWorkbookModel();
    const host = createExcelHost(model, { apiVersion: "1.14" });
    const lepas = host.install(globalThis);
    const [rk] = seed;
    await host.Excel.run(async (context) => {
      await writeSheets(context, [rk], await readWorkbook(context, []), { styles: abu, token: "uji" });
    }).finally(lepas);
    const wb = await tulisExceljs([rk]);
    const beda = bedaExcel(
      rk.name,
      dariOffice(findSheet(model, rk.name)!),
      dariExceljs(wb.getWorksheet(rk.name)!),
    );
    expect(beda.some((b) => b.includes("border"))).toBe(true);
  });
});
