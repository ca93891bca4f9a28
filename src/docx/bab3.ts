/**
 * LKjIP chapter III as a Word document, from a run's Analysis and its output sheets. Pure: it
 * imports only docx, core and report, so the command line and the task pane build the same
 * document; each host packs it (packBab3) and writes or downloads the bytes.
 *
 * Layout, after the seed: BAB III › 3.1 Capaian Kinerja Organisasi (the predikat scale as
 * Tabel 3.1, then one sub-section per sheet: the capaian table, the narrative, the three-year
 * and Renstra comparisons, the national standard, efficiency, and any other sheet) › 3.2
 * Realisasi Anggaran (Tabel Realisasi Keuangan). Each table sits in a landscape section when its
 * sheet is printed landscape. The Temuan sheet is not part of the chapter.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TextRun,
  type ISectionOptions,
} from "docx";
import type { Analysis } from "../core/analyze";
import type { Paragraf } from "../core/narasi";
import { bandText } from "../core/skala";
import { SheetBuilder, valueCell } from "../report/sheet-builder";
import type { SheetKey, SheetSpec } from "../report/sheet-spec";
import { stylePredikat } from "../report/styles";
import { sheetContent } from "./table";
import { alokasiList } from "../report/anggaran-sasaran";
import type { ChartImage } from "./charts";
import { BAB3_TEXTS } from "./texts";
import { totalRupiah } from "../core/proyeksi";

/** A4 in twips, portrait. */
const A4 = { lebar: 11906, tinggi: 16838 };
/** 2 cm margins. */
const TEPI = 1134;
const LEBAR_ISI = { potret: A4.lebar - 2 * TEPI, lanskap: A4.tinggi - 2 * TEPI };

/**
 * The sub-sections of 3.1, in the seed's order. The narrative comes from `analysis.narasi`
 * rather than its sheet; Tabel Realisasi Keuangan is 3.2; Temuan is not part of the chapter.
 * Any other sheet becomes a sub-section of its own after these.
 */
const URUTAN_31 = [
  "capaianKinerja",
  "narasi",
  "perbandinganTahunan",
  "perbandinganRenstra",
  "standarNasional",
  "analisisKeberhasilan",
  "analisisEfisiensi",
  "programPendukung",
] as const satisfies readonly SheetKey[];
const BUKAN_31 = new Set<SheetKey>(["realisasiKeuangan", "anggaranSasaran", "temuan", ...URUTAN_31]);

/** Sections whose sheet exists only when `targets` has the column: the chapter says so instead. */
const KOLOM_OPSIONAL: Partial<Record<SheetKey, string>> = {
  perbandinganRenstra: "Target Renstra",
  standarNasional: "Standar Nasional",
};

/** What a section says before its table. */
const PENGANTAR: Partial<Record<SheetKey, string>> = {
  analisisKeberhasilan: BAB3_TEXTS.pengantarKeberhasilan,
  programPendukung: BAB3_TEXTS.pengantarProgramPendukung,
};

interface Blok {
  lanskap: boolean;
  isi: (Paragraph | Table)[];
}

const heading = (
  teks: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  halamanBaru = false,
) =>
  new Paragraph({
    heading: level,
    keepNext: true,
    pageBreakBefore: halamanBaru || undefined,
    children: [new TextRun(teks)],
  });

const paragraf = (teks: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    children: [new TextRun(teks)],
  });

/** Tabel 3.1: the predikat scale of the run, as a small sheet through the same converter. */
function lembarSkala(analysis: Analysis): SheetSpec {
  const { pita } = analysis.skala;
  const l = new SheetBuilder(3);
  l.judul(BAB3_TEXTS.judulSkala);
  l.header(BAB3_TEXTS.kolomSkala.map((h) => valueCell(h, "header")));
  pita.forEach((p, i) =>
    l.tambah([
      valueCell(i + 1, "teksTengah"),
      valueCell(p.predikat, stylePredikat(i, pita.length)),
      valueCell(bandText(p), "teksTengah"),
    ]),
  );
  return l.selesai("skalaPredikat", [6, 30, 30], { name: BAB3_TEXTS.judulSkala });
}

/**
 * The chapter is portrait, as the seed is; only a table too wide for it (more than 12 columns
 * in the chapter, e.g. Perbandingan Tahunan over four or more years) takes a landscape section. Fewer orientation changes also mean
 * fewer section breaks, each of which starts a page and leaves the one before it part empty.
 */
const KOLOM_MAKS_POTRET = 12;
function lanskapDiWord(spec: SheetSpec): boolean {
  const tabel = spec.tables[0]?.columns ?? spec.columns.length;
  const kolom = Math.min(spec.wordColumns ?? tabel, tabel) - (spec.wordOmit?.length ?? 0);
  return spec.landscape === true && kolom > KOLOM_MAKS_POTRET;
}

/** The seed's allocation list of §3.2, one paragraph per line. */
function daftarAlokasiWord(analysis: Analysis): Paragraph[] {
  return [
    paragraf(BAB3_TEXTS.pengantarAlokasi(analysis.tahun)),
    ...alokasiList(analysis).map(
      (t) =>
        new Paragraph({
          indent: { left: /^\s/.test(t) ? 1134 : 567, hanging: 340 },
          spacing: { after: 60 },
          children: [new TextRun(t.trim())],
        }),
    ),
  ];
}

/** The narrative: a sub-heading per sasaran, its paragraph, then its indikator paragraphs. */
function kontenNarasi(analysis: Analysis, narasi: readonly Paragraf[]): Paragraph[] {
  const hasil: Paragraph[] = [paragraf(BAB3_TEXTS.pengantarNarasi(analysis.tahun))];
  let sasaranKe = 0;
  let nomorSasaran = 0;
  for (const p of narasi) {
    if (p.jenis === "sasaran") {
      sasaranKe += 1;
      const i = analysis.sasaran.findIndex((s) => s.sasaran === p.sasaran);
      nomorSasaran = i >= 0 ? i + 1 : sasaranKe;
      hasil.push(heading(BAB3_TEXTS.judulSasaran(nomorSasaran, p.sasaran), HeadingLevel.HEADING_4));
      hasil.push(paragraf(p.teks));
      continue;
    }
    // An indikator paragraph carries a letter within its sasaran.
    const si = analysis.sasaran.findIndex((s) => s.indikator.some((x) => x.kode === p.kode));
    const ii = si >= 0 ? analysis.sasaran[si].indikator.findIndex((x) => x.kode === p.kode) : -1;
    // Letters, not "2.1": a number there reads like a section number of the chapter.
    const nomor = ii >= 0 ? `${String.fromCharCode(97 + (ii % 26))}.` : null;
    hasil.push(
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: nomor ? { left: 567, hanging: 567 } : { firstLine: 567 },
        children: [...(nomor ? [new TextRun({ children: [nomor, new Tab()] })] : []), new TextRun(p.teks)],
      }),
    );
  }
  return hasil;
}

/** Consecutive blocks of the same orientation share a section; each section starts a page. */
function bagian(blok: Blok[]): ISectionOptions[] {
  const gabung: Blok[] = [];
  for (const b of blok) {
    const akhir = gabung[gabung.length - 1];
    if (akhir && akhir.lanskap === b.lanskap) akhir.isi.push(...b.isi);
    else gabung.push({ lanskap: b.lanskap, isi: [...b.isi] });
  }
  return gabung.map((b) => ({
    properties: {
      page: {
        size: {
          width: A4.lebar,
          height: A4.tinggi,
          orientation: b.lanskap ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: TEPI, bottom: TEPI, left: TEPI, right: TEPI },
      },
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
          }),
        ],
      }),
    },
    children: b.isi,
  }));
}

/** A chart of grafik.ts rendered to PNG by the host. */
export interface Bab3Images {
  letak: ChartImage["letak"];
  judul: string;
  png: Uint8Array;
  /** Size in px at 96 dpi. */
  lebar: number;
  tinggi: number;
}

export interface Bab3Options {
  /** The narrative paragraphs; default `analysis.narasi`. */
  narasi?: readonly Paragraf[];
  /** The charts, as PNG (grafikBab3 rendered by the host); none when left out. */
  gambar?: readonly Bab3Images[];
}

/** A chart and its caption ("Gambar 3.1 …"), centred, scaled to the text width. */
function gambarWord(g: Bab3Images, nomor: string, lebarIsi: number): Paragraph[] {
  const maksPx = (lebarIsi / 1440) * 96;
  const skala = Math.min(1, maksPx / g.lebar);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [
        new ImageRun({
          type: "png",
          data: g.png,
          transformation: { width: Math.round(g.lebar * skala), height: Math.round(g.tinggi * skala) },
          altText: { name: g.judul, title: g.judul, description: g.judul },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
      children: [new TextRun({ text: BAB3_TEXTS.gambar(nomor, g.judul), bold: true })],
    }),
  ];
}

/** What the chapter's parts share: the run, its tables and charts numbered in order, the blocks so far. */
interface Bab {
  analysis: Analysis;
  tahun: number;
  tabel(spec: SheetSpec, lanskap: boolean): (Paragraph | Table)[];
  gambar(letak: ChartImage["letak"], lanskap: boolean): Paragraph[];
  blok: Blok[];
}

/** Chapter III of the LKjIP for the run's tahun. `sheets` are buildSheets(analysis). */
export function buildBab3(
  analysis: Analysis,
  sheets: readonly SheetSpec[],
  opsi: Bab3Options = {},
): Document {
  const { tahun } = analysis;
  let nomorTabel = 0;
  const nomor = () => `3.${++nomorTabel}`;
  let nomorGambar = 0;
  const bab: Bab = {
    analysis,
    tahun,
    tabel: (spec, lanskap) =>
      sheetContent(spec, { lebar: lanskap ? LEBAR_ISI.lanskap : LEBAR_ISI.potret, nomorTabel: nomor }),
    gambar: (letak, lanskap) =>
      (opsi.gambar ?? [])
        .filter((g) => g.letak === letak)
        .flatMap((g) => gambarWord(g, `3.${++nomorGambar}`, lanskap ? LEBAR_ISI.lanskap : LEBAR_ISI.potret)),
    blok: [],
  };
  // Sheets are matched by key; a key the chapter has no place for becomes a sub-section of its own.
  const perLembar = new Map<SheetKey, SheetSpec>();
  const lainnya: SheetSpec[] = [];
  for (const s of sheets) {
    if (!BUKAN_31.has(s.key)) lainnya.push(s);
    else if (!perLembar.has(s.key)) perLembar.set(s.key, s);
  }
  const opd = analysis.opd;
  bab.blok.push({
    lanskap: false,
    isi: [
      heading(BAB3_TEXTS.judulBab, HeadingLevel.HEADING_1),
      heading(BAB3_TEXTS.capaianOrganisasi, HeadingLevel.HEADING_2),
      paragraf(BAB3_TEXTS.pengantarCapaian(tahun)),
      ...bab.tabel(lembarSkala(analysis), false),
      paragraf(BAB3_TEXTS.capaianOpd(tahun, opd.capaian, opd.predikat)),
    ],
  });
  bagian31(bab, perLembar, lainnya, opsi.narasi ?? analysis.narasi);
  bagian32(bab, perLembar);
  return dokumen(tahun, bab.blok);
}

/** 3.1.1–3.1.8 in the seed's order, then any other sheet as a sub-section of its own. */
function bagian31(
  bab: Bab,
  perLembar: ReadonlyMap<SheetKey, SheetSpec>,
  lainnya: readonly SheetSpec[],
  narasi: readonly Paragraf[],
): void {
  const { tahun } = bab;
  // The seed's numbers 3.1.1–3.1.8 belong to their sections; any other sheet follows them.
  let sub = URUTAN_31.length;
  const subbab = (judul: string, isi: (Paragraph | Table)[], lanskap: boolean, nomor = ++sub) => {
    bab.blok.push({ lanskap, isi: [heading(`3.1.${nomor} ${judul}`, HeadingLevel.HEADING_3), ...isi] });
  };
  const judul: Record<Exclude<(typeof URUTAN_31)[number], "narasi">, string> = {
    capaianKinerja: BAB3_TEXTS.subbab.capaianKinerja(tahun),
    perbandinganTahunan: BAB3_TEXTS.subbab.perbandinganTahunan(tahun),
    perbandinganRenstra: BAB3_TEXTS.subbab.perbandinganRenstra(tahun),
    standarNasional: BAB3_TEXTS.subbab.standarNasional(tahun),
    analisisKeberhasilan: BAB3_TEXTS.subbab.analisisKeberhasilan,
    analisisEfisiensi: BAB3_TEXTS.subbab.analisisEfisiensi,
    programPendukung: BAB3_TEXTS.subbab.programPendukung,
  };
  URUTAN_31.forEach((k, n) => {
    if (k === "narasi") {
      if (narasi.length > 0)
        subbab(BAB3_TEXTS.subbab.narasi, kontenNarasi(bab.analysis, narasi), false, n + 1);
      return;
    }
    const spec = perLembar.get(k);
    const pengantar = PENGANTAR[k] ? [paragraf(PENGANTAR[k])] : [];
    const lanskap = spec ? lanskapDiWord(spec) : false;
    const kolom = KOLOM_OPSIONAL[k];
    const grafik = k === "capaianKinerja" ? bab.gambar("capaian", lanskap) : [];
    if (spec) subbab(judul[k], [...pengantar, ...bab.tabel(spec, lanskap), ...grafik], lanskap, n + 1);
    // A comparison the tables have no column for is said, not silently left out.
    else if (kolom) subbab(judul[k], [paragraf(BAB3_TEXTS.belumTersedia(kolom))], false, n + 1);
  });
  for (const spec of lainnya)
    subbab(spec.name, bab.tabel(spec, spec.landscape === true), spec.landscape === true);
}

/** 3.2 Realisasi Anggaran: the allocation list, Tabel Realisasi Keuangan, its chart, per sasaran. */
function bagian32(bab: Bab, perLembar: ReadonlyMap<SheetKey, SheetSpec>): void {
  const keuangan = perLembar.get("realisasiKeuangan");
  const perSasaran = perLembar.get("anggaranSasaran");
  if (!keuangan) return;
  const lanskap = lanskapDiWord(keuangan);
  const total = totalRupiah(bab.analysis.total);
  bab.blok.push({
    lanskap,
    isi: [
      // 3.2 follows on the same page: a forced break after a full page left a blank one.
      heading(BAB3_TEXTS.realisasiAnggaran, HeadingLevel.HEADING_2),
      paragraf(BAB3_TEXTS.pengantarAnggaran(bab.tahun, total.pagu, total.realisasi, total.persen)),
      ...daftarAlokasiWord(bab.analysis),
      ...bab.tabel(keuangan, lanskap),
      ...bab.gambar("serapan", lanskap),
      ...(perSasaran ? bab.tabel(perSasaran, lanskap) : []),
    ],
  });
}

/** The document: its language, fonts and heading styles, and the blocks as sections. */
function dokumen(tahun: number, blok: Blok[]): Document {
  return new Document({
    creator: BAB3_TEXTS.pembuat,
    title: BAB3_TEXTS.judulDokumen(tahun),
    styles: {
      default: {
        document: {
          // Indonesian, so Word proofs the chapter as Indonesian.
          run: { font: "Arial", size: 22, language: { value: "id-ID" } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: "Arial", size: 28, bold: true, color: "000000" },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 360 } },
        },
        heading2: {
          run: { font: "Arial", size: 24, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font: "Arial", size: 22, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading4: {
          run: { font: "Arial", size: 22, bold: true, italics: false, color: "000000" },
          paragraph: { spacing: { before: 180, after: 60 } },
        },
      },
    },
    sections: bagian(blok),
  });
}

/** The document's bytes (a .docx zip); works in Node and in the browser. */
export function packBab3(doc: Document): Promise<Uint8Array> {
  return Packer.pack(doc, "uint8array");
}
