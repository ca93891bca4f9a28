/**
 * One converter from a SheetSpec to Word content, for every sheet: each of the spec's tables
 * becomes a Word table of its columns, its header rows repeated on each page; the title row
 * before it becomes the caption, subtitle and note rows paragraphs. Merges become row and
 * column spans, numbers follow the cell's number format the Indonesian way, and the named
 * styles give fills, weight, colours and the grid's colour. Formula cells show their cached
 * value. Row heights are Excel's (Word fits rows to their text itself); print settings are not
 * the chapter's.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { CellSpec, SheetSpec, StyleName, StyleSpec, TableSpec } from "../report/sheet-spec";
import { STYLES } from "../report/styles";
import { formatValue } from "./cell-format";
import { splitWidth, longestWordWidth } from "./text-width";
import { BAB3_TEXTS } from "./texts";
import { columnLetters, parseCell } from "../core/a1";

/** Font sizes of table text, in points: the first at which the table's words fit the page. */
const UKURAN_TABEL = [9, 8, 7];
/** Share of the page the columns' longest words may take at a size (the rest lets text wrap less). */
const PORSI_MINIMAL = 0.8;
/** Notes beside a table, in half-points (9 pt). */
const UKURAN_CATATAN = 18;
/** Cell margins, left and right, in twips. */
const TEPI_SEL = 70;
/** Left indent per indent level of a style, in twips. */
const INDENT = 200;

export interface TableOptions {
  /** Usable width of the page, in twips: the table spans it. */
  lebar: number;
  /** The next table number, e.g. "3.2" (called once per table). */
  nomorTabel: () => string;
  styles?: Record<StyleName, StyleSpec>;
}

interface Gabungan {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** "AB12" → { baris: 11, kolom: 27 } (0-based). */
function bacaSel(a1: string): { baris: number; kolom: number } {
  const sel = parseCell(a1);
  if (!sel) throw new Error(`Alamat sel tidak valid: ${a1}`);
  return { baris: sel.row - 1, kolom: sel.column - 1 };
}

function bacaGabungan(merges: readonly string[]): Gabungan[] {
  return merges.map((m) => {
    const [a, b = a] = m.split(":");
    const p = bacaSel(a);
    const q = bacaSel(b);
    return {
      r1: Math.min(p.baris, q.baris),
      c1: Math.min(p.kolom, q.kolom),
      r2: Math.max(p.baris, q.baris),
      c2: Math.max(p.kolom, q.kolom),
    };
  });
}

const hex = (warna: string | undefined) => warna?.replace(/^#/, "").toUpperCase();

/** Text runs of a value; line breaks in text become breaks in the run. */
function runs(teks: string, gaya: StyleSpec, ukuran: number): TextRun[] {
  return teks.split(/\r?\n/).map(
    (baris, i) =>
      new TextRun({
        text: baris,
        break: i > 0 ? 1 : undefined,
        bold: gaya.bold,
        italics: gaya.italic,
        underline: gaya.underline ? {} : undefined,
        color: hex(gaya.fontColor),
        size: ukuran,
      }),
  );
}

function perataan(gaya: StyleSpec, angka: boolean) {
  const h = gaya.horizontal ?? (angka ? "right" : "left");
  return h === "center" ? AlignmentType.CENTER : h === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT;
}

/** A cell's style and its text as shown. */
function isiSel(cell: CellSpec | null, styles: Record<StyleName, StyleSpec>) {
  const gaya: StyleSpec = cell?.style ? styles[cell.style] : {};
  return { gaya, teks: cell ? formatValue(cell.value, gaya.numberFormat) : "" };
}

function selWord(
  cell: CellSpec | null,
  styles: Record<StyleName, StyleSpec>,
  lebar: number,
  span: { baris: number; kolom: number },
  ukuranPt: number,
): TableCell {
  const { gaya, teks } = isiSel(cell, styles);
  const angka = typeof cell?.value === "number";
  return new TableCell({
    children: [
      new Paragraph({
        alignment: perataan(gaya, angka),
        indent: gaya.indent ? { left: gaya.indent * INDENT } : undefined,
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        // The paragraph mark's size too: renderers take the line height from it as well.
        run: { size: ukuranPt * 2 },
        children: runs(teks, gaya, ukuranPt * 2),
      }),
    ],
    width: { size: lebar, type: WidthType.DXA },
    columnSpan: span.kolom > 1 ? span.kolom : undefined,
    rowSpan: span.baris > 1 ? span.baris : undefined,
    verticalAlign: gaya.vertical === "center" ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    shading: gaya.fill ? { type: ShadingType.CLEAR, color: "auto", fill: hex(gaya.fill) } : undefined,
  });
}

interface SelGrid {
  cell: CellSpec | null;
  kolom: number;
  span: { baris: number; kolom: number };
}

/**
 * The font size and column widths of a table: the largest size at which the columns' longest
 * words take at most PORSI_MINIMAL of the width, and widths in the sheet's proportions but
 * never narrower than those words.
 */
function tataLetak(
  baris: SelGrid[][],
  columns: readonly number[],
  jumlahKolom: number,
  lebar: number,
  styles: Record<StyleName, StyleSpec>,
): { ukuranPt: number; lebar: number[] } {
  const kolom = Array.from({ length: jumlahKolom }, (_, i) => Math.max(1, columns[i] ?? 10));
  const minimal = (ukuranPt: number) => {
    const min = new Array<number>(jumlahKolom).fill(0);
    for (const row of baris)
      for (const g of row) {
        if (g.span.kolom > 1) continue;
        const { gaya, teks } = isiSel(g.cell, styles);
        const kata = longestWordWidth(teks, ukuranPt, gaya.bold) + (gaya.indent ?? 0) * INDENT;
        // Margins both sides, and a little room for rounding in the renderer.
        min[g.kolom] = Math.max(min[g.kolom], kata + 2 * TEPI_SEL + 40);
      }
    return min;
  };
  let ukuranPt = UKURAN_TABEL[UKURAN_TABEL.length - 1];
  let min = minimal(ukuranPt);
  for (const u of UKURAN_TABEL) {
    const m = minimal(u);
    if (m.reduce((a, b) => a + b, 0) <= PORSI_MINIMAL * lebar) {
      ukuranPt = u;
      min = m;
      break;
    }
  }
  return { ukuranPt, lebar: splitWidth(kolom, min, lebar) };
}

/** The texts of a row outside the table (title, subtitle, notes). */
function teksBaris(row: readonly (CellSpec | null)[], styles: Record<StyleName, StyleSpec>): string {
  const isi = row.filter((c): c is CellSpec => c !== null && formatValue(c.value) !== "");
  return isi.map((c) => formatValue(c.value, c.style ? styles[c.style].numberFormat : undefined)).join(" ");
}

function caption(teks: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, after: 60 },
    children: [new TextRun({ text: teks, bold: true })],
  });
}

function catatan(teks: string, miring: boolean): Paragraph {
  return new Paragraph({
    alignment: miring ? AlignmentType.CENTER : AlignmentType.LEFT,
    keepNext: miring,
    spacing: { after: 120 },
    children: [
      new TextRun({
        text: teks,
        italics: miring,
        size: UKURAN_CATATAN,
        color: miring ? "595959" : undefined,
      }),
    ],
  });
}

/** The part of a sheet that goes into the chapter: its wordRows and wordColumns, without wordOmit. */
function untukWord(spec: SheetSpec): SheetSpec {
  const barisWord = spec.wordRows ?? spec.rows.length;
  const rows = spec.rows.slice(0, barisWord);
  const tables = spec.tables
    .filter((t) => t.first <= barisWord)
    .map((t) => ({
      ...t,
      last: Math.min(t.last, barisWord),
      columns: Math.min(t.columns, spec.wordColumns ?? t.columns),
    }));
  const buang = new Set(spec.wordOmit ?? []);
  if (buang.size === 0) return { ...spec, rows, tables };
  const lebar = Math.max(spec.columns.length, ...rows.map((r) => r.length));
  const tetap = Array.from({ length: lebar }, (_, c) => c).filter((c) => !buang.has(c));
  const baru = new Map(tetap.map((c, i) => [c, i]));
  const pertamaDari = (c: number) => tetap.find((x) => x >= c);
  const terakhirSampai = (c: number) => [...tetap].reverse().find((x) => x <= c);
  const merges = bacaGabungan(spec.merges).flatMap((g) => {
    const a = pertamaDari(g.c1);
    const b = terakhirSampai(g.c2);
    if (a === undefined || b === undefined || a > b) return [];
    const ref = (r: number, c: number) => `${columnLetters((baru.get(c) ?? 0) + 1)}${r + 1}`;
    return [`${ref(g.r1, a)}:${ref(g.r2, b)}`];
  });
  return {
    ...spec,
    rows: rows.map((r) => tetap.map((c) => r[c] ?? null)),
    tables: tables.map((t) => ({ ...t, columns: tetap.filter((c) => c < t.columns).length })),
    columns: tetap.map((c) => spec.columns[c] ?? 10),
    merges,
    wordOmit: undefined,
  };
}

/** Which merge, if any, each cell ("r:c", 0-based) anchors or lies under. */
interface PetaGabungan {
  jangkar: Map<string, Gabungan>;
  tertutup: Map<string, Gabungan>;
}

function petaGabungan(merges: readonly string[]): PetaGabungan {
  const jangkar = new Map<string, Gabungan>();
  const tertutup = new Map<string, Gabungan>();
  for (const g of bacaGabungan(merges))
    for (let r = g.r1; r <= g.r2; r++)
      for (let c = g.c1; c <= g.c2; c++) (r === g.r1 && c === g.c1 ? jangkar : tertutup).set(`${r}:${c}`, g);
  return { jangkar, tertutup };
}

/** A table row with nothing to show in the table's columns (and no merge through it). */
function kosong(spec: SheetSpec, peta: PetaGabungan, r: number, jumlahKolom: number): boolean {
  const sel = spec.rows[r].slice(0, jumlahKolom);
  return (
    sel.every(
      (cell, c) => (cell === null || formatValue(cell.value) === "") && !peta.tertutup.has(`${r}:${c}`),
    ) && sel.every((_, c) => !peta.jangkar.has(`${r}:${c}`))
  );
}

/** The grid of one table: each row's cells with their spans, the rows with nothing to show left out. */
function gridTabel(spec: SheetSpec, peta: PetaGabungan, t: TableSpec): { r: number; sel: SelGrid[] }[] {
  const awal = t.first - 1;
  const akhir = t.last - 1;
  const grid: { r: number; sel: SelGrid[] }[] = [];
  for (let r = awal; r <= akhir; r++) {
    if (spec.roles[r] !== "header" && kosong(spec, peta, r, t.columns)) continue;
    const sel: SelGrid[] = [];
    for (let c = 0; c < t.columns; c++) {
      const tutup = peta.tertutup.get(`${r}:${c}`);
      // Cells under a merge that starts inside this table are drawn by its anchor (docx adds
      // the vertical continuations itself).
      if (tutup && tutup.r1 >= awal) continue;
      const g = peta.jangkar.get(`${r}:${c}`);
      const span = g
        ? { baris: Math.min(g.r2, akhir) - g.r1 + 1, kolom: Math.min(g.c2, t.columns - 1) - g.c1 + 1 }
        : { baris: 1, kolom: 1 };
      sel.push({ cell: spec.rows[r][c] ?? null, kolom: c, span });
    }
    grid.push({ r, sel });
  }
  return grid;
}

/** The colour of the table's grid: the border colour of its header's style (black without one). */
function warnaGaris(spec: SheetSpec, t: TableSpec, styles: Record<StyleName, StyleSpec>): string {
  const berbingkai = spec.rows
    .slice(t.first - 1, t.last)
    .flat()
    .find((c) => c?.style && styles[c.style].border);
  return hex(berbingkai?.style ? styles[berbingkai.style].border : undefined) ?? "000000";
}

/** One report table of the sheet as a Word table. */
function tabelWord(
  spec: SheetSpec,
  peta: PetaGabungan,
  t: TableSpec,
  opsi: TableOptions,
  styles: Record<StyleName, StyleSpec>,
): Table {
  const grid = gridTabel(spec, peta, t);
  const letak = tataLetak(
    grid.map((g) => g.sel),
    spec.columns,
    t.columns,
    opsi.lebar,
    styles,
  );
  const rows = grid.map(
    ({ r, sel }) =>
      new TableRow({
        children: sel.map((g) =>
          selWord(
            g.cell,
            styles,
            letak.lebar.slice(g.kolom, g.kolom + g.span.kolom).reduce((a, b) => a + b, 0),
            g.span,
            letak.ukuranPt,
          ),
        ),
        tableHeader: spec.roles[r] === "header" || undefined,
        cantSplit: true,
      }),
  );
  const garis = { style: BorderStyle.SINGLE, size: 4, color: warnaGaris(spec, t, styles) };
  return new Table({
    rows,
    width: { size: opsi.lebar, type: WidthType.DXA },
    columnWidths: letak.lebar,
    layout: TableLayoutType.FIXED,
    margins: { top: 30, bottom: 30, left: TEPI_SEL, right: TEPI_SEL },
    borders: {
      top: garis,
      bottom: garis,
      left: garis,
      right: garis,
      insideHorizontal: garis,
      insideVertical: garis,
    },
  });
}

/**
 * The sheet as Word content: for each table in it, a caption ("Tabel 3.N" and its title row,
 * or the sheet's name for a first table without one), the subtitles as notes, and the table;
 * note rows become paragraphs.
 */
export function sheetContent(lembar: SheetSpec, opsi: TableOptions): (Paragraph | Table)[] {
  const spec = untukWord(lembar);
  const styles = opsi.styles ?? STYLES;
  const peta = petaGabungan(spec.merges);
  const hasil: (Paragraph | Table)[] = [];
  let judul: string | null = null;
  let subjudul: string[] = [];
  let tabelKe = 0;
  const tabelDi = new Map(spec.tables.map((t) => [t.first - 1, t]));
  for (let r = 0; r < spec.rows.length; r++) {
    const t = tabelDi.get(r);
    if (t) {
      tabelKe += 1;
      const nama = (judul ?? (tabelKe === 1 ? spec.name : null))?.replace(/^tabel\s+/i, "") ?? null;
      if (nama !== null) hasil.push(caption(BAB3_TEXTS.tabel(opsi.nomorTabel(), nama)));
      for (const s of subjudul) hasil.push(catatan(s, true));
      judul = null;
      subjudul = [];
      hasil.push(tabelWord(spec, peta, t, opsi, styles));
      // A paragraph after each table: space before what follows, and two tables in a row stay two.
      hasil.push(new Paragraph({ spacing: { before: 0, after: 120 }, run: { size: 12 }, children: [] }));
      r = t.last - 1;
      continue;
    }
    const role = spec.roles[r];
    const teks = teksBaris(spec.rows[r], styles);
    if (teks === "" || (role !== "title" && role !== "subtitle" && role !== "note")) continue;
    if (role === "title") {
      if (judul !== null) hasil.push(caption(judul));
      judul = teks;
    } else if (role === "subtitle") subjudul.push(teks);
    else hasil.push(catatan(teks, false));
  }
  if (judul !== null) hasil.push(caption(judul));
  for (const s of subjudul) hasil.push(catatan(s, true));
  return hasil;
}
