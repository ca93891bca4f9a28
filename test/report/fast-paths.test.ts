/**
 * The sheet builders' shortcuts (issue 14, speed) give exactly what the plain code they replace
 * gives: each is checked against that plain code, kept here as the reference, on random inputs.
 */
import fc from "fast-check";
import {
  isSpace,
  rumus,
  SheetBuilder,
  textLines,
  valueCell,
  type SheetCell,
} from "../../src/report/sheet-builder";
import { STYLES } from "../../src/report/styles";
import { parseRange } from "../../src/core/a1";
import type { StyleName } from "../../src/report/sheet-spec";
import { textWidth } from "../../src/report/text-width";
import { sumSumber } from "../../src/report/analisis-efisiensi";
import { flatText } from "../../src/core/flat-text";
import { CELL_TEXT_LIMIT, withinCellLimit } from "../../src/report/text-limit";
import type { NodeAnggaran } from "../../src/core/anggaran";
import type { SourceCell } from "../../src/core/read";

/** textLines as it was: substrings for the paragraphs and words, measured with textWidth. */
function textLinesReference(teks: string, lebar: number, indent = 0, tebal = false): number {
  const ruang = lebar * 7 + 5 - 6 - indent * 10;
  const px = (s: string) => (textWidth(s, 11, tebal) / 15) * 0.9;
  if (!teks.includes("\n") && px(teks) <= ruang) return 1;
  const spasi = px(" ");
  let garis = 0;
  for (const paragraf of teks.split("\n")) {
    garis += 1;
    let isi = 0;
    for (const kata of paragraf.split(/\s+/).filter((k) => k !== "")) {
      const w = px(kata);
      if (isi > 0 && isi + spasi + w > ruang) {
        garis += 1;
        isi = w;
      } else isi += (isi > 0 ? spasi : 0) + w;
      while (isi > ruang && ruang > 0) {
        garis += 1;
        isi -= ruang;
      }
    }
  }
  return Math.max(1, garis);
}

describe("textLines", () => {
  const pieces = [
    "Program",
    "Pemberdayaan",
    "Sosial",
    "Penyediaan Jasa Pendukung Komunikasi, Sumber Daya Air dan Listrik",
    "W",
    "iii",
    "😀",
    "\ud83d",
    "\ude00",
    "é",
    " ",
    "  ",
    "\n",
    "\t",
    "\u00a0",
    "\u2003",
    "\u3000",
    "\ufeff",
    "\r",
    "-",
    "(%)",
  ];
  const teks = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join(""));

  it("is the word-by-word count on substrings", () =>
    fc.assert(
      fc.property(teks, fc.integer({ min: 1, max: 60 }), fc.nat(3), fc.boolean(), (t, lebar, indent, tebal) =>
        expect(textLines(t, lebar, indent, tebal)).toBe(textLinesReference(t, lebar, indent, tebal)),
      ),
      { numRuns: 3000 },
    ));

  it("splits words where /\\s/ does, for every UTF-16 code unit", () => {
    const beda: number[] = [];
    for (let k = 0; k < 0x10000; k++) if (isSpace(k) !== /\s/.test(String.fromCharCode(k))) beda.push(k);
    expect(beda).toEqual([]);
  });
});

describe("sumSumber", () => {
  /** The SUM as it was: every leaf listed, then the checks. */
  function reference(program: NodeAnggaran[], ambil: (n: NodeAnggaran) => SourceCell | null): string | null {
    const daun = (n: NodeAnggaran): NodeAnggaran[] => (n.anak.length ? n.anak.flatMap(daun) : [n]);
    const refs: string[] = [];
    for (const n of program.flatMap(daun)) {
      const s = ambil(n);
      if (!s?.angka) return null;
      refs.push(s.ref);
    }
    if (refs.length === 0 || refs.length > 200) return null;
    const f = `=SUM(${refs.join(",")})`;
    return f.length <= 8192 ? f : null;
  }
  let nomor = 0;
  const node = (anak: NodeAnggaran[], angka: boolean, ref: string): NodeAnggaran =>
    ({ kode: String(++nomor), anak, paguSel: { alamat: ref, ref, angka } }) as unknown as NodeAnggaran;
  const pohon: fc.Arbitrary<NodeAnggaran> = fc.letrec<{ n: NodeAnggaran }>((tie) => ({
    n: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc
        .tuple(
          fc.constantFrom(true, true, true, true, true, true, false),
          fc.constantFrom("DPA!C7", "'Sheet 1'!U9", `'${"x".repeat(60)}'!C1`),
        )
        .map(([angka, ref]) => node([], angka, ref)),
      fc.array(tie("n"), { minLength: 1, maxLength: 30 }).map((anak) => node(anak, true, "")),
    ),
  })).n;

  it.each([0, 1, 199, 200, 201, 450])("is the SUM as before for a program of %i lines", (n) => {
    const program = [
      node(
        Array.from({ length: n }, () => node([], true, "DPA!C7")),
        true,
        "",
      ),
    ];
    const f = sumSumber(program, (x) => x.paguSel);
    expect(f).toBe(reference(program, (x) => x.paguSel));
    // A program without lines is its own line.
    expect(f === null).toBe(n > 200);
  });

  it("is the SUM over every leaf, or null as before", () =>
    fc.assert(
      fc.property(fc.array(pohon, { maxLength: 6 }), (program) =>
        expect(sumSumber(program, (n) => n.paguSel)).toBe(reference(program, (n) => n.paguSel)),
      ),
      { numRuns: 500 },
    ));
});

describe("cells", () => {
  it("blank cells are one frozen object per value and style, equal to a fresh one", () => {
    const a = valueCell("", "sasaran");
    expect(valueCell("", "sasaran")).toBe(a);
    expect(a).toEqual({ value: "", style: "sasaran" });
    expect(Object.isFrozen(a)).toBe(true);
    expect(valueCell(null, "sasaran")).not.toBe(a);
    expect(valueCell(null, "sasaran")).toEqual({ value: null, style: "sasaran" });
    expect(valueCell(null)).toEqual({ value: null, style: undefined });
    expect(valueCell(0, "angka")).not.toBe(valueCell(0, "angka"));
  });

  it("formulas keep their text", () =>
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string(), (a, b) => {
        const f = `=${a}${b}`;
        expect(flatText(f)).toBe(f);
        expect(rumus(f, 1, "persen")).toEqual({ value: 1, formula: f, style: "persen" });
      }),
    ));

  it("rows are padded or cut to the sheet's width", () => {
    const l = new SheetBuilder(3);
    l.tambah([valueCell(1)]);
    l.tambah([valueCell(1), valueCell(2), valueCell(3), valueCell(4)]);
    l.tambah([]);
    expect(l.rows).toEqual([
      [{ value: 1 }, null, null],
      [{ value: 1 }, { value: 2 }, { value: 3 }],
      [null, null, null],
    ]);
    expect(l.roles).toEqual(["body", "body", "blank"]);
  });
});

/** Row heights as they were: every cell measured through one closure, covered cells skipped. */
function rowHeightsReference(rows: SheetCell[][], merges: string[], columns: number[]): (number | null)[] {
  const baris = (cell: SheetCell, c: number): number => {
    if (!cell || typeof cell.value !== "string" || !cell.style || !STYLES[cell.style].wrap) return 1;
    const gaya = STYLES[cell.style];
    return textLines(cell.value, columns[c] ?? 10, gaya.indent ?? 0, gaya.bold === true);
  };
  const gabung = merges.map((m) => {
    const r = parseRange(m)!;
    return { r1: r.top, r2: r.bottom, c: r.left, lebar: r.left !== r.right };
  });
  const lebarLembar = rows[0]?.length ?? 0;
  const tertutup = Array.from({ length: lebarLembar }, () => new Uint8Array(rows.length + 2));
  for (const g of gabung) if (g.c - 1 < lebarLembar) tertutup[g.c - 1].fill(1, g.r1, g.r2 + 1);
  const garis = rows.map((row, r) => {
    let maks = 1;
    for (let c = 0; c < row.length; c++) {
      if (tertutup[c]?.[r + 1]) continue;
      maks = Math.max(maks, baris(row[c], c));
    }
    return maks;
  });
  for (const g of gabung) {
    if (g.lebar || g.r2 === g.r1) continue;
    const perlu = baris(rows[g.r1 - 1][g.c - 1], g.c - 1);
    const ada = garis.slice(g.r1 - 1, g.r2).reduce((a, b) => a + b, 0);
    if (perlu > ada) garis[g.r2 - 1] += perlu - ada;
  }
  return garis.map((n) => (n > 1 ? n * 15 : null));
}

describe("row heights", () => {
  const gaya = fc.constantFrom<StyleName | undefined>(
    undefined,
    "teks",
    "program",
    "kegiatan",
    "subKegiatan",
    "uang",
    "header",
    "sasaran",
    "persen",
  );
  const teks = fc.oneof(
    fc.constant(""),
    fc.constantFrom(
      "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      "a\nb\nc",
      " ",
      "Sasaran 1",
    ),
    fc.string({ maxLength: 120 }),
  );
  const sel: fc.Arbitrary<SheetCell> = fc.oneof(
    fc.constant(null),
    fc.record({ value: teks, style: gaya }),
    fc.record({ value: fc.double({ noNaN: true }), style: gaya }),
    fc.record({ value: teks, formula: fc.constant("=A1"), style: gaya }),
  );

  it("are the heights every cell measured gives, merges included", () =>
    fc.assert(
      fc.property(
        fc.array(fc.array(sel, { maxLength: 6 }), { maxLength: 12 }),
        fc.array(fc.tuple(fc.nat(6), fc.nat(12), fc.nat(3), fc.boolean()), { maxLength: 4 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 6 }),
        (isi, gabungan, columns) => {
          const l = new SheetBuilder(6);
          for (const cells of isi) l.tambah(cells);
          if (l.rows.length === 0) return;
          for (const [c, r, tinggi, lebar] of gabungan) {
            const kolom = String.fromCharCode(65 + Math.min(c, 5));
            const awal = 1 + Math.min(r, l.rows.length - 1);
            const akhir = Math.min(awal + tinggi, l.rows.length);
            l.gabung(
              lebar
                ? `${kolom}${awal}:${String.fromCharCode(66 + Math.min(c, 4))}${akhir}`
                : `${kolom}${awal}:${kolom}${akhir}`,
            );
          }
          const spec = l.selesai("temuan", columns);
          expect(spec.rowHeights).toEqual(rowHeightsReference(l.rows, l.merges, columns));
        },
      ),
      { numRuns: 500 },
    ));
});

describe("the cell limit after a builder", () => {
  it("cuts a built sheet's long text, covered by a merge or not, as the full pass does", () => {
    const panjang = "e".repeat(CELL_TEXT_LIMIT + 5);
    for (const [baris, gabungan] of [
      [1, []],
      [2, ["A1:A3"]],
      [3, ["A2:B3"]],
    ] as const) {
      const l = new SheetBuilder(2);
      for (let r = 1; r <= 3; r++)
        l.tambah([valueCell(r === baris ? panjang : "pendek", "teks"), valueCell(r)]);
      for (const g of gabungan) l.gabung(g);
      const [hasil] = withinCellLimit([l.selesai("narasi", [10, 10])]);
      expect(hasil.rows.map((row) => String(row[0]?.value).length)).toEqual(
        [1, 2, 3].map((r) => (r === baris ? CELL_TEXT_LIMIT : 6)),
      );
    }
  });
});
