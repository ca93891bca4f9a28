/**
 * Live predikat: the scale (Tabel 3.1) written as a block of cells beside a sheet's table, and
 * each predikat cell a formula over its capaian cell and that block, reproducing
 * core/skala.ts predikatDari exactly — inclusive and exclusive edges, a value in a gap between
 * `a - b` bands taking the band below, a value beyond every band (the seed's hole above 120)
 * taking the nearest band.
 *
 * Why a block per sheet rather than one for the workbook: the hosts write new sheets under
 * temporary names and swap them in, and a reference from one output sheet to another would
 * point at the previous run's sheet and become #REF! when it is deleted.
 *
 * The formula is a chain of comparisons against the block's edge cells: the real line is cut at
 * the scale's edges, the engine's predikat of each piece (open interval or edge point) is taken
 * once, and neighbouring pieces with the same predikat are merged. Editing an edge number in
 * the block moves the cut; a scale of another shape needs a new run.
 */
import { columnLetters } from "../core/table";
import { skalaName } from "../core/label";
import { predikatDari, bandText, type Skala } from "../core/skala";
import { SheetBuilder, valueCell, rumus, type SheetCell } from "./sheet-builder";
import type { ConditionalFormatSpec } from "./sheet-spec";
import { stylePredikat } from "./styles";

export interface BlokSkala {
  /** `=IF(G10="","",IF(G10<$Q$9,$N$9,…))` for the capaian in `ref`. */
  rumus(ref: string): string;
  /** The number of columns the block takes (with the gap before it). */
  lebar: number;
}

const abs = (kolom: number, baris: number) => `$${columnLetters(kolom)}$${baris}`;

/** Columns of the block: Predikat, Rentang, Batas Bawah, Batas Atas. */
export const BLOCK_WIDTH = 4;

/**
 * Writes the block at column `kolom` (1-based), from row `baris` down, padding the sheet with
 * empty rows where it is shorter. Returns the formula maker.
 */
export function writeSkalaBlock(l: SheetBuilder, skala: Skala, kolom: number, baris: number): BlokSkala {
  const taruh = (r: number, c: number, s: SheetCell) => {
    l.baris(r)[c - 1] = s;
  };
  taruh(baris, kolom, valueCell(`Skala predikat (${skalaName(skala.nama)})`, "header"));
  l.gabung(`${columnLetters(kolom)}${baris}:${columnLetters(kolom + BLOCK_WIDTH - 1)}${baris}`);
  ["Predikat", "Rentang", "Batas Bawah", "Batas Atas"].forEach((h, i) =>
    taruh(baris + 1, kolom + i, valueCell(h, "header")),
  );
  const selPredikat: string[] = [];
  const selTepi = new Map<number, string>();
  skala.pita.forEach((p, i) => {
    const r = baris + 2 + i;
    taruh(r, kolom, valueCell(p.predikat, stylePredikat(i, skala.pita.length)));
    taruh(r, kolom + 1, valueCell(bandText(p), "teksTengah"));
    taruh(r, kolom + 2, valueCell(p.bawah?.nilai ?? "", "angka"));
    taruh(r, kolom + 3, valueCell(p.atas?.nilai ?? "", "angka"));
    selPredikat.push(abs(kolom, r));
    if (p.bawah && !selTepi.has(p.bawah.nilai)) selTepi.set(p.bawah.nilai, abs(kolom + 2, r));
    if (p.atas && !selTepi.has(p.atas.nilai)) selTepi.set(p.atas.nilai, abs(kolom + 3, r));
  });
  const langkah = potongan(skala);
  return {
    lebar: BLOCK_WIDTH + 1,
    rumus(ref: string) {
      let f = selPredikat[langkah.lain];
      for (let k = langkah.uji.length - 1; k >= 0; k--) {
        const u = langkah.uji[k];
        f = `IF(${ref}${u.op}${selTepi.get(u.tepi) ?? u.tepi},${selPredikat[u.pita]},${f})`;
      }
      return `=IF(${ref}="","",${f})`;
    },
  };
}

export interface Potongan {
  /** Tests in order: the first true one gives its band. */
  uji: { op: "<" | "<="; tepi: number; pita: number }[];
  /** The band of everything above the last test. */
  lain: number;
}

/** The scale as an ordered chain of edge tests (see the module comment). */
export function potongan(skala: Skala): Potongan {
  const tepi = [
    ...new Set(skala.pita.flatMap((p) => [p.bawah?.nilai, p.atas?.nilai]).filter((x) => x !== undefined)),
  ].sort((a, b) => a - b);
  const pitaDi = (x: number) => predikatDari(x, skala).indeks;
  if (tepi.length === 0) return { uji: [], lain: pitaDi(0) };
  // Pieces: below e0, e0, between e0 and e1, e1, …, above the last edge.
  const bagian: { op: "<" | "<="; tepi: number; pita: number }[] = [];
  tepi.forEach((e, j) => {
    const bawah = j === 0 ? e - 1 : (tepi[j - 1] + e) / 2;
    bagian.push({ op: "<", tepi: e, pita: pitaDi(bawah) });
    bagian.push({ op: "<=", tepi: e, pita: pitaDi(e) });
  });
  const lain = pitaDi(tepi[tepi.length - 1] + 1);
  // A test is needed only where the band changes after it.
  const uji = bagian.filter((b, k) => (k + 1 < bagian.length ? bagian[k + 1].pita : lain) !== b.pita);
  return { uji, lain };
}

/** Conditional formats colouring predikat cells by their value, one rule per band. */
export function formatPredikat(range: string, skala: Skala): ConditionalFormatSpec[] {
  return skala.pita.map((p, i) => ({
    range,
    equals: p.predikat,
    style: stylePredikat(i, skala.pita.length),
  }));
}

/** A predikat cell: the live formula, the engine's value cached, coloured by the engine's band. */
export function predikatCell(
  blok: BlokSkala,
  capaianRef: string,
  predikat: string | null,
  pitaIndeks: number | null,
  skala: Skala,
): SheetCell {
  return rumus(blok.rumus(capaianRef), predikat ?? "", stylePredikat(pitaIndeks, skala.pita.length));
}
