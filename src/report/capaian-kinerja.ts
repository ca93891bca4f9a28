/**
 * Capaian Kinerja, the seed's Tabel 3.2: a row per sasaran with its mean and predikat, then its
 * indikator with target, realisasi, capaian and predikat; the office's mean last. Target and
 * realisasi refer to their source cells; capaian and means are live formulas.
 */
import type { Analysis } from "../core/analyze";
import { bandText } from "../core/skala";
import { skalaName } from "../core/label";
import { rumusText as teksRumusCapaian } from "../core/rumus-capaian";
import { SheetBuilder, valueCell, rumus } from "./sheet-builder";
import { formulaText } from "./rumus";
import { rumusCapaian, realisasiCell, targetCell } from "./kinerja-cells";
import type { ChartSpec, SheetSpec } from "./sheet-spec";
import { stylePredikat } from "./styles";
import { formatPredikat, predikatCell, writeSkalaBlock, type BlokSkala } from "./predikat-hidup";

const KOL = { target: 5, realisasi: 6, capaian: 7 };
/** The table A:I, the chart's data K:M, the scale block O:R. */
const KOLOM_TABEL = 9;
const KOLOM_GRAFIK = 11;
const KOLOM_SKALA = 15;
/** Column C of a sasaran's row; the office's mean averages the rows that carry it. */
const LABEL_SASARAN = "Rata-rata capaian sasaran";

export function buildCapaianKinerja(analysis: Analysis): SheetSpec {
  const { skala, tahun } = analysis;
  const l = new SheetBuilder(KOLOM_SKALA + 3);
  l.judul(`Capaian Kinerja Tahun ${tahun}`, "A1:I1");
  l.subjudul(
    `Skala predikat: ${skalaName(skala.nama)} — ${skala.pita.map((p) => `${p.predikat} ${bandText(p)}`).join("; ")}`,
    "A2:I2",
  );
  l.tambah([]);
  const header = l.header(
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
      "Rumus",
    ].map((h) => valueCell(h, "header")),
  );
  const blok = writeSkalaBlock(l, skala, KOLOM_SKALA, header);
  const barisIndikator = tulisSasaran(l, analysis, blok, header);
  // The scale block may have padded the sheet further: the office's row follows the last indikator.
  const opd = header + 1 + analysis.sasaran.length + barisIndikator.length;
  l.tulis(
    opd,
    [
      valueCell("Capaian kinerja OPD (rata-rata sasaran)", "total"),
      ...Array.from({ length: 5 }, () => valueCell("", "total")),
      // The mean of the sasaran rows, found by their label: a list of their cells would pass
      // Excel's 8,192-character limit at about 1,400 sasaran.
      rumus(
        `=IFERROR(AVERAGEIF(C${header + 1}:C${opd - 1},${formulaText(LABEL_SASARAN)},G${header + 1}:G${opd - 1}),"")`,
        analysis.opd.capaian ?? "",
        "totalPersen",
      ),
      rumus(
        blok.rumus(`G${opd}`),
        analysis.opd.predikat ?? "",
        stylePredikat(analysis.opd.pitaIndeks, skala.pita.length),
      ),
      valueCell("", "total"),
    ],
    "total",
  );
  l.gabung(`A${opd}:F${opd}`);
  const charts = grafikCapaian(l, header, barisIndikator);
  return l.selesai("capaianKinerja", [6, 34, 48, 9, 11, 11, 12, 15, 22, 3, 12, 12, 12, 3, 15, 16, 11, 11], {
    printColumns: KOLOM_TABEL,
    wordColumns: 8,
    conditionalFormats: formatPredikat(`H${header + 1}:H${opd}`, skala),
    charts,
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
    landscape: true,
  });
}

/**
 * A row per sasaran (its mean and predikat) followed by its indikator, from the row after the
 * header (the scale block may already have padded the sheet past them); returns the indikator rows.
 */
function tulisSasaran(
  l: SheetBuilder,
  analysis: Analysis,
  blok: BlokSkala,
  header: number,
): { baris: number; kode: string }[] {
  const { skala } = analysis;
  const predikat = (b: number, p: string | null, indeks: number | null) =>
    predikatCell(blok, `G${b}`, p, indeks, skala);
  const barisIndikator: { baris: number; kode: string }[] = [];
  let bs = header + 1;
  analysis.sasaran.forEach((s, si) => {
    const awal = bs + 1;
    const akhir = bs + s.indikator.length;
    l.tulis(bs, [
      valueCell(si + 1, "sasaranTengah"),
      valueCell(s.sasaran, "sasaran"),
      valueCell(LABEL_SASARAN, "sasaran"),
      valueCell("", "sasaran"),
      valueCell("", "sasaran"),
      valueCell("", "sasaran"),
      rumus(`=IFERROR(AVERAGE(G${awal}:G${akhir}),"")`, s.capaian ?? "", "persenTebal"),
      predikat(bs, s.predikat, s.pitaIndeks),
      valueCell("", "sasaran"),
    ]);
    s.indikator.forEach((i, ii) => {
      const b = bs + 1 + ii;
      barisIndikator.push({ baris: b, kode: i.kode });
      l.tulis(b, [
        valueCell(`${si + 1}.${ii + 1}`, "teksTengah"),
        valueCell("", "teks"),
        valueCell(i.indikator, "teks"),
        valueCell(i.satuan, "teksTengah"),
        targetCell(i.targetNilai, i.targetSel),
        realisasiCell(i.realisasi, i.realisasiSel),
        rumus(rumusCapaian(i.rasio, i.targetNilai, KOL.target, KOL.realisasi, b), i.capaian ?? "", "persen"),
        predikat(b, i.predikat, i.pitaIndeks),
        valueCell(teksRumusCapaian(i.rumus, i.polaritas), "teks"),
      ]);
    });
    if (s.indikator.length > 1) l.gabung(`B${awal}:B${akhir}`);
    bs = akhir + 1;
  });
  return barisIndikator;
}

/**
 * The chart's data beside the table (K:M): indikator kode, its capaian (=G of its row) and the
 * 100 % line, contiguous as a chart needs; then capaian as columns against the 100 % line.
 */
function grafikCapaian(
  l: SheetBuilder,
  header: number,
  baris: { baris: number; kode: string }[],
): ChartSpec[] {
  if (baris.length === 0) return [];
  const r = (n: number) => l.baris(n);
  const kg = KOLOM_GRAFIK - 1;
  r(header)[kg] = valueCell("Indikator", "header");
  r(header)[kg + 1] = valueCell("Capaian (%)", "header");
  r(header)[kg + 2] = valueCell("Acuan 100 %", "header");
  baris.forEach((b, k) => {
    const n = header + 1 + k;
    const capaian = l.rows[b.baris - 1][6]?.value ?? "";
    r(n)[kg] = valueCell(b.kode, "teks");
    r(n)[kg + 1] = rumus(`=G${b.baris}`, capaian, "persen");
    r(n)[kg + 2] = valueCell(100, "persen");
  });
  const akhir = header + baris.length;
  return [
    {
      type: "ColumnClustered",
      title: "Capaian per Indikator terhadap 100 %",
      categories: `K${header + 1}:K${akhir}`,
      series: [
        { name: "Capaian (%)", values: `L${header + 1}:L${akhir}` },
        { name: "Acuan 100 %", values: `M${header + 1}:M${akhir}`, line: true },
      ],
      from: `K${akhir + 2}`,
      to: `R${akhir + 20}`,
      valueAxisTitle: "%",
    },
  ];
}
