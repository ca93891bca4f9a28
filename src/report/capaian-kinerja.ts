/**
 * Capaian Kinerja, the seed's Tabel 3.2: a row per sasaran with its mean and predikat, then its
 * indikator with target, realisasi, capaian and predikat; the office's mean last. Target and
 * realisasi refer to their source cells; capaian and means are live formulas.
 */
import type { Analysis } from "../core/analyze";
import { teksPita } from "../core/skala";
import { Lembar, nilai, rumus } from "./lembar";
import { teksRumus } from "./rumus";
import { rumusCapaian, selRealisasi, selTarget } from "./sel-kinerja";
import { NAMA_LEMBAR } from "./nama";
import type { ChartSpec, SheetSpec } from "./sheet-spec";
import { stylePredikat } from "./styles";

const KOL = { target: 5, realisasi: 6, capaian: 7 };
/** Column C of a sasaran's row; the office's mean averages the rows that carry it. */
const LABEL_SASARAN = "Rata-rata capaian sasaran";

export function buildCapaianKinerja(analysis: Analysis): SheetSpec {
  const { skala, laporan } = analysis;
  const l = new Lembar(12);
  l.tambah([nilai(`Capaian Kinerja Tahun ${laporan.tahun}`, "judul")]);
  l.gabung("A1:H1");
  l.tambah([
    nilai(
      `Skala predikat: ${skala.nama} — ${skala.pita.map((p) => `${p.predikat} ${teksPita(p)}`).join("; ")}`,
      "subjudul",
    ),
  ]);
  l.gabung("A2:H2");
  l.tambah([]);
  const header = l.tambah(
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja",
      "Satuan",
      "Target",
      "Realisasi",
      "Capaian (%)",
      "Predikat",
    ].map((h) => nilai(h, "header")),
  );
  const gayaPredikat = (indeks: number | null) => stylePredikat(indeks, skala.pita.length);

  const barisSasaran: number[] = [];
  const barisIndikator: { baris: number; kode: string }[] = [];
  analysis.sasaran.forEach((s, si) => {
    const bs = l.berikut;
    const awal = bs + 1;
    const akhir = bs + s.indikator.length;
    barisSasaran.push(bs);
    l.tambah([
      nilai(si + 1, "sasaran"),
      nilai(s.sasaran, "sasaran"),
      nilai(LABEL_SASARAN, "sasaran"),
      nilai("", "sasaran"),
      nilai("", "sasaran"),
      nilai("", "sasaran"),
      rumus(`=IFERROR(AVERAGE(G${awal}:G${akhir}),"")`, s.capaian ?? "", "persenTebal"),
      nilai(s.predikat ?? "", gayaPredikat(s.pitaIndeks)),
    ]);
    s.indikator.forEach((i, ii) => {
      const b = l.berikut;
      barisIndikator.push({ baris: b, kode: i.kode });
      l.tambah([
        nilai(`${si + 1}.${ii + 1}`, "teksTengah"),
        nilai("", "teks"),
        nilai(i.indikator, "teks"),
        nilai(i.satuan, "teksTengah"),
        selTarget(i.targetNilai, i.targetSel),
        selRealisasi(i.realisasi, i.realisasiSel),
        rumus(
          rumusCapaian(i.polaritas, i.targetNilai, KOL.target, KOL.realisasi, b),
          i.capaian ?? "",
          "persen",
        ),
        nilai(i.predikat ?? "", gayaPredikat(i.pitaIndeks)),
      ]);
    });
    if (s.indikator.length > 1) l.gabung(`B${awal}:B${akhir}`);
  });
  const opd = l.berikut;
  l.tambah([
    nilai("Capaian kinerja OPD (rata-rata sasaran)", "total"),
    ...Array.from({ length: 5 }, () => nilai("", "total")),
    // The mean of the sasaran rows, found by their label: a list of their cells would pass
    // Excel's 8,192-character limit at about 1,400 sasaran.
    rumus(
      `=IFERROR(AVERAGEIF(C${header + 1}:C${opd - 1},${teksRumus(LABEL_SASARAN)},G${header + 1}:G${opd - 1}),"")`,
      analysis.opd.capaian ?? "",
      "totalPersen",
    ),
    nilai(analysis.opd.predikat ?? "", gayaPredikat(analysis.opd.pitaIndeks)),
  ]);
  l.gabung(`A${opd}:F${opd}`);
  const charts = grafikCapaian(l, header, barisIndikator);
  return l.selesai(NAMA_LEMBAR.capaianKinerja, [6, 34, 48, 9, 11, 11, 12, 15, 3, 12, 12, 12], {
    tableColumns: 8,
    charts,
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
    landscape: true,
  });
}

/**
 * The chart's data beside the table (J:L): indikator kode, its capaian (=G of its row) and the
 * 100 % line, contiguous as a chart needs; then capaian as columns against the 100 % line.
 */
function grafikCapaian(l: Lembar, header: number, baris: { baris: number; kode: string }[]): ChartSpec[] {
  if (baris.length === 0) return [];
  const r = (n: number) => l.rows[n - 1];
  r(header)[9] = nilai("Indikator", "header");
  r(header)[10] = nilai("Capaian (%)", "header");
  r(header)[11] = nilai("Acuan 100 %", "header");
  baris.forEach((b, k) => {
    const n = header + 1 + k;
    while (l.rows.length < n) l.tambah([]);
    const capaian = l.rows[b.baris - 1][6]?.value ?? "";
    r(n)[9] = nilai(b.kode, "teks");
    r(n)[10] = rumus(`=G${b.baris}`, capaian, "persen");
    r(n)[11] = nilai(100, "persen");
  });
  const akhir = header + baris.length;
  return [
    {
      type: "ColumnClustered",
      title: "Capaian per Indikator terhadap 100 %",
      categories: `J${header + 1}:J${akhir}`,
      series: [
        { name: "Capaian (%)", values: `K${header + 1}:K${akhir}` },
        { name: "Acuan 100 %", values: `L${header + 1}:L${akhir}`, line: true },
      ],
      from: `J${akhir + 2}`,
      to: `Q${akhir + 20}`,
      valueAxisTitle: "%",
    },
  ];
}
