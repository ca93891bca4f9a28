/**
 * Tabel Realisasi Keuangan, in the seed's layout: programs grouped under the sasaran and IKU
 * they support, then the programs with no IKU, and a `Jumlah` row. Parents are SUBTOTALs of
 * the rows of their subtree and the Jumlah the SUBTOTAL of the table (nested SUBTOTALs are not
 * counted twice), % is realisasi / pagu guarded against 0: all live formulas with cached values.
 */
import type { Analysis } from "../core/analyze";
import { programPerIku, unitAnggaran, type NodeAnggaran } from "../core/anggaran";
import type { SourceCell } from "../core/read";
import { totalRupiah } from "../core/proyeksi";
import { rupiah } from "../core/uang";
import { SheetBuilder, valueCell, rumus, type SheetCell } from "./sheet-builder";
import { rumusSubtotal, cellRef } from "./rumus";
import type { ChartSpec, SheetSpec, StyleName } from "./sheet-spec";

const KOL = { no: 1, sasaran: 2, iku: 3, uraian: 4, pagu: 5, realisasi: 6, persen: 7 };
const URAIAN_STYLES: StyleName[] = ["program", "kegiatan", "subKegiatan"];

/** A leaf amount: a reference to its source cell when that holds a number, else the parsed value. */
const jumlahDaun = (sumber: SourceCell | null, sen: bigint, style: StyleName): SheetCell =>
  sumber?.angka ? rumus(`=${sumber.ref}`, rupiah(sen), style) : valueCell(rupiah(sen), style);

const rumusPersen = (baris: number) =>
  `=IF(${cellRef(KOL.pagu, baris)}=0,"",${cellRef(KOL.realisasi, baris)}/${cellRef(KOL.pagu, baris)}*100)`;

export function buildRealisasiKeuangan(analysis: Analysis): SheetSpec {
  const l = new SheetBuilder(10);
  l.judul(`Tabel Realisasi Keuangan Tahun ${analysis.tahun}`, "A1:G1");
  l.subjudul(
    "Pagu dan realisasi anggaran per Program / Kegiatan / Sub Kegiatan, menurut sasaran strategis dan IKU yang didukung.",
    "A2:G2",
  );
  l.tambah([]);
  const header = l.header(
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama (IKU)",
      "Program / Kegiatan / Sub Kegiatan",
      "Pagu Anggaran",
      "Realisasi Anggaran",
      "%",
    ].map((h) => valueCell(h, "header")),
  );
  const akarBaris = writeProgram(l, analysis);
  const total = totalRupiah(analysis.total);
  const jumlah = l.berikut;
  l.tambah(
    [
      valueCell("Jumlah", "total"),
      valueCell("", "total"),
      valueCell("", "total"),
      valueCell("", "total"),
      rumus(rumusSubtotal(KOL.pagu, header + 1, jumlah - 1), total.pagu, "totalUang"),
      rumus(rumusSubtotal(KOL.realisasi, header + 1, jumlah - 1), total.realisasi, "totalUang"),
      rumus(rumusPersen(jumlah), total.persen ?? "", "totalPersen"),
    ],
    "total",
  );
  l.gabung(`A${jumlah}:D${jumlah}`);
  // Blank style cells in the grouped columns keep the grid's borders continuous (the shared
  // blank cells, taken once for the table's rows).
  const kosong = [valueCell(null, "teksTengah"), valueCell(null, "teks"), valueCell(null, "teks")];
  for (let b = header; b < jumlah; b++) {
    const r = l.rows[b];
    for (let c = 0; c < 3; c++) r[c] ??= kosong[c];
  }
  const charts = serapanCharts(l, header, akarBaris);
  return l.selesai("realisasiKeuangan", [5, 28, 30, 48, 18, 18, 9, 3, 40, 12], {
    printColumns: 7,
    charts,
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
    landscape: true,
  });
}

/** The first cells of a child's row: none (its program's row carries No, Sasaran and IKU). */
const NO_CELLS: readonly SheetCell[] = [null, null, null];

/** Writes a budget node and its subtree, the first cells of its row given; returns the node's row. */
function writeNode(l: SheetBuilder, n: NodeAnggaran, awal: readonly SheetCell[]): number {
  const baris = l.berikut;
  const tebal = n.kedalaman === 0;
  l.tambah([awal[0], awal[1], awal[2], valueCell(n.uraian, URAIAN_STYLES[Math.min(n.kedalaman, 2)])]);
  for (const a of n.anak) writeNode(l, a, NO_CELLS);
  const gayaUang: StyleName = tebal ? "uangTebal" : "uang";
  const r = l.rows[baris - 1];
  if (n.anak.length === 0) {
    r[KOL.pagu - 1] = jumlahDaun(n.paguSel, n.pagu, gayaUang);
    r[KOL.realisasi - 1] = jumlahDaun(n.realisasiSel, n.realisasi, gayaUang);
  } else {
    const akhir = l.berikut - 1;
    r[KOL.pagu - 1] = rumus(rumusSubtotal(KOL.pagu, baris + 1, akhir), rupiah(n.pagu), gayaUang);
    r[KOL.realisasi - 1] = rumus(
      rumusSubtotal(KOL.realisasi, baris + 1, akhir),
      rupiah(n.realisasi),
      gayaUang,
    );
  }
  r[KOL.persen - 1] = rumus(rumusPersen(baris), n.persen ?? "", tebal ? "persenTebal" : "persen");
  return baris;
}

/**
 * The programs grouped under the sasaran and IKU they support (No, Sasaran and IKU merged over
 * each group), then those supporting no IKU of this tahun; returns the programs' rows.
 */
function writeProgram(l: SheetBuilder, analysis: Analysis): number[] {
  const akarBaris: number[] = [];
  const kodeIkuDipakai = new Set<string>();
  let no = 0;
  const perIku = programPerIku(analysis.anggaran);
  for (const s of analysis.sasaran) {
    const kelompok = s.indikator
      .map((i) => ({ i, program: perIku.get(i.kode) ?? [] }))
      .filter((k) => k.program.length > 0);
    if (kelompok.length === 0) continue;
    no += 1;
    const awalSasaran = l.berikut;
    for (const { i, program } of kelompok) {
      kodeIkuDipakai.add(i.kode);
      const awalIku = l.berikut;
      for (const p of program) {
        const pertama = l.berikut === awalSasaran;
        akarBaris.push(
          writeNode(l, p, [
            pertama ? valueCell(no, "teksTengah") : null,
            pertama ? valueCell(s.sasaran, "teks") : null,
            l.berikut === awalIku ? valueCell(i.indikator, "teks") : null,
          ]),
        );
      }
      if (l.berikut - 1 > awalIku) l.gabung(`C${awalIku}:C${l.berikut - 1}`);
    }
    if (l.berikut - 1 > awalSasaran) {
      l.gabung(`A${awalSasaran}:A${l.berikut - 1}`);
      l.gabung(`B${awalSasaran}:B${l.berikut - 1}`);
    }
  }
  // Programs that support no IKU of this tahun (e.g. Program Penunjang) come after.
  for (const p of unitAnggaran(analysis.anggaran).filter(
    (a) => !a.kodeIku || !kodeIkuDipakai.has(a.kodeIku),
  )) {
    no += 1;
    const awal = writeNode(l, p, [valueCell(no, "teksTengah"), valueCell("", "teks"), valueCell("", "teks")]);
    akarBaris.push(awal);
    // Merged over the program's rows like the groups above (No, Sasaran, IKU).
    const akhir = l.berikut - 1;
    if (akhir > awal) for (const k of ["A", "B", "C"]) l.gabung(`${k}${awal}:${k}${akhir}`);
  }
  return akarBaris;
}

/** The chart's data beside the table (I:J): each program and its serapan (=G of its row), then bars. */
function serapanCharts(l: SheetBuilder, header: number, program: number[]): ChartSpec[] {
  if (program.length === 0) return [];
  const r = (n: number) => l.rows[n - 1];
  r(header)[8] = valueCell("Program", "header");
  r(header)[9] = valueCell("Serapan (%)", "header");
  program.forEach((b, k) => {
    const n = header + 1 + k;
    const uraian = String(r(b)[3]?.value ?? "");
    r(n)[8] = valueCell(uraian.length > 45 ? `${uraian.slice(0, 44)}…` : uraian, "teks");
    r(n)[9] = rumus(`=G${b}`, r(b)[6]?.value ?? "", "persen");
  });
  const akhir = header + program.length;
  return [
    {
      type: "BarClustered",
      title: "Serapan Anggaran per Program",
      categories: `I${header + 1}:I${akhir}`,
      series: [{ name: "Serapan (%)", values: `J${header + 1}:J${akhir}` }],
      from: `I${akhir + 2}`,
      to: `P${akhir + 20}`,
      valueAxisTitle: "%",
    },
  ];
}
