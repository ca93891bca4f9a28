/**
 * One converter from a SheetSpec to Word content, for every sheet: rows with a cell of style
 * "header" are header rows (repeated on each page), bordered rows after them are the body, and
 * rows before them (title, subtitle) become the caption. Merges become row and column spans,
 * numbers follow the cell's number format the Indonesian way, and the named styles give
 * fills, weight and colours. Formula cells show their cached value.
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
import type { CellSpec, SheetSpec, StyleName, StyleSpec } from "../report/sheet-spec";
import { STYLES } from "../report/styles";
import { formatNilai } from "./format-sel";
import { bagiLebar, lebarKataTerpanjang } from "./lebar";
import { TEKS_BAB3 } from "./teks";
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
const WARNA_GARIS = "000000";

export interface OpsiTabel {
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
  return { gaya, teks: cell ? formatNilai(cell.value, gaya.numberFormat) : "" };
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
        const kata = lebarKataTerpanjang(teks, ukuranPt, gaya.bold) + (gaya.indent ?? 0) * INDENT;
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
  return { ukuranPt, lebar: bagiLebar(kolom, min, lebar) };
}

type Peran = "header" | "badan" | "teks";

/** The texts of a row outside the table (title, subtitle, notes), with their style. */
function teksBaris(row: readonly (CellSpec | null)[], styles: Record<StyleName, StyleSpec>) {
  const isi = row.filter((c): c is CellSpec => c !== null && formatNilai(c.value) !== "");
  return {
    teks: isi.map((c) => formatNilai(c.value, c.style ? styles[c.style].numberFormat : undefined)).join(" "),
    judul: isi.some((c) => c.style === "judul"),
    subjudul: isi.some((c) => c.style === "subjudul"),
  };
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

/** The part of a sheet that goes into the chapter: its wordRows, without workbook-only notes. */
function untukWord(spec: SheetSpec): SheetSpec {
  const rows = spec.wordRows === undefined ? spec.rows : spec.rows.slice(0, spec.wordRows);
  const buang = new Set(spec.wordOmit ?? []);
  if (buang.size === 0) return { ...spec, rows };
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
    columns: tetap.map((c) => spec.columns[c] ?? 10),
    merges,
    wordColumns:
      spec.wordColumns === undefined ? undefined : tetap.filter((c) => c < spec.wordColumns!).length,
    wordOmit: undefined,
  };
}

/**
 * The sheet as Word content: for each table in it, a caption ("Tabel 3.N" and the sheet's
 * title), the subtitle as a note, and the table; text rows after a table become paragraphs.
 */
export function kontenLembar(lembar: SheetSpec, opsi: OpsiTabel): (Paragraph | Table)[] {
  const spec = untukWord(lembar);
  const styles = opsi.styles ?? STYLES;
  const gabungan = bacaGabungan(spec.merges);
  const semuaKolom = Math.max(spec.columns.length, ...spec.rows.map((r) => r.length), 1);

  // Which merge, if any, each cell anchors or lies under.
  const jangkar = new Map<string, Gabungan>();
  const tertutup = new Map<string, Gabungan>();
  for (const g of gabungan)
    for (let r = g.r1; r <= g.r2; r++)
      for (let c = g.c1; c <= g.c2; c++) (r === g.r1 && c === g.c1 ? jangkar : tertutup).set(`${r}:${c}`, g);

  const bergaris = (cell: CellSpec | null) => Boolean(cell?.style && styles[cell.style].border);
  const peran: Peran[] = spec.rows.map((row) =>
    row.some((c) => c?.style === "header") ? "header" : row.some(bergaris) ? "badan" : "teks",
  );

  const hasil: (Paragraph | Table)[] = [];
  let judul: string | null = null;
  let subjudul: string[] = [];
  let tabelKe = 0;

  /**
   * A table's columns end at the first gap in its header row: cells further right (e.g. a
   * chart's source data beside the table) are not part of it.
   */
  const kolomTabel = (awal: number, akhir: number): number => {
    let kolom = 0;
    for (let r = awal; r <= akhir && peran[r] === "header"; r++) {
      const gap = spec.rows[r].findIndex((cell, c) => cell === null && !tertutup.has(`${r}:${c}`));
      kolom = Math.max(kolom, gap < 0 ? semuaKolom : gap);
    }
    return Math.min(kolom > 0 ? kolom : semuaKolom, spec.wordColumns ?? Infinity);
  };

  /** A row with nothing to show in the table's columns (and no merge through it). */
  const kosong = (r: number, jumlahKolom: number) =>
    spec.rows[r]
      .slice(0, jumlahKolom)
      .every((cell, c) => (cell === null || formatNilai(cell.value) === "") && !tertutup.has(`${r}:${c}`)) &&
    spec.rows[r].slice(0, jumlahKolom).every((_, c) => !jangkar.has(`${r}:${c}`));

  const tulisTabel = (awal: number, akhir: number) => {
    tabelKe += 1;
    const jumlahKolom = kolomTabel(awal, akhir);
    const nama = (judul ?? (tabelKe === 1 ? spec.name : null))?.replace(/^tabel\s+/i, "") ?? null;
    if (nama !== null) hasil.push(caption(TEKS_BAB3.tabel(opsi.nomorTabel(), nama)));
    for (const s of subjudul) hasil.push(catatan(s, true));
    judul = null;
    subjudul = [];
    // The grid: each row's cells with their spans.
    const grid: { r: number; sel: SelGrid[] }[] = [];
    for (let r = awal; r <= akhir; r++) {
      if (peran[r] === "badan" && kosong(r, jumlahKolom)) continue;
      const sel: SelGrid[] = [];
      for (let c = 0; c < jumlahKolom; c++) {
        const tutup = tertutup.get(`${r}:${c}`);
        // Cells under a merge that starts inside this table are drawn by its anchor (docx adds
        // the vertical continuations itself).
        if (tutup && tutup.r1 >= awal) continue;
        const g = jangkar.get(`${r}:${c}`);
        const span = g
          ? { baris: Math.min(g.r2, akhir) - g.r1 + 1, kolom: Math.min(g.c2, jumlahKolom - 1) - g.c1 + 1 }
          : { baris: 1, kolom: 1 };
        sel.push({ cell: spec.rows[r][c] ?? null, kolom: c, span });
      }
      grid.push({ r, sel });
    }
    const letak = tataLetak(
      grid.map((g) => g.sel),
      spec.columns,
      jumlahKolom,
      opsi.lebar,
      styles,
    );
    const lebar = letak.lebar;
    const rows = grid.map(
      ({ r, sel }) =>
        new TableRow({
          children: sel.map((g) =>
            selWord(
              g.cell,
              styles,
              lebar.slice(g.kolom, g.kolom + g.span.kolom).reduce((a, b) => a + b, 0),
              g.span,
              letak.ukuranPt,
            ),
          ),
          tableHeader: peran[r] === "header" || undefined,
          cantSplit: true,
        }),
    );
    const garis = { style: BorderStyle.SINGLE, size: 4, color: WARNA_GARIS };
    hasil.push(
      new Table({
        rows,
        width: { size: opsi.lebar, type: WidthType.DXA },
        columnWidths: lebar,
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
      }),
    );
    // A paragraph after each table: space before what follows, and two tables in a row stay two.
    hasil.push(new Paragraph({ spacing: { before: 0, after: 120 }, run: { size: 12 }, children: [] }));
  };

  let r = 0;
  while (r < spec.rows.length) {
    if (peran[r] === "teks") {
      const t = teksBaris(spec.rows[r], styles);
      if (t.teks !== "") {
        if (t.judul) {
          if (judul !== null) hasil.push(caption(judul));
          judul = t.teks;
        } else if (t.subjudul) subjudul.push(t.teks);
        else hasil.push(catatan(t.teks, false));
      }
      r += 1;
      continue;
    }
    // A table: its header rows, then body rows up to the next text row or the next header.
    const awal = r;
    while (r < spec.rows.length && peran[r] === "header") r += 1;
    while (r < spec.rows.length && peran[r] === "badan") r += 1;
    tulisTabel(awal, r - 1);
  }
  if (judul !== null) hasil.push(caption(judul));
  for (const s of subjudul) hasil.push(catatan(s, true));
  return hasil;
}
