/**
 * Rekap OPD: a row per OPD (its name linked to its file), capaian and predikat, indikator per
 * predikat, pagu, realisasi, serapan, temuan by tingkat and the two rankings; the pemda row
 * (AVERAGE of the OPD capaian, SUMs of the money, serapan of the sums); the workbooks that could
 * not be used; capaian per sasaran; charts of capaian and serapan per OPD.
 */
import type { Rekap } from "../../core/rekap/rekap";
import type { OpdSummary } from "../../core/rekap/opd-summary";
import { REKAP_MESSAGES } from "../../core/rekap/messages";
import { columnLetters, columnNumber } from "../../core/table";
import { rupiah } from "../../core/uang";
import { SheetBuilder, valueCell, rumus, type SheetCell } from "../sheet-builder";
import { formulaText } from "../rumus";
import type { ChartSpec, SheetSpec, StyleName } from "../sheet-spec";
import { stylePredikat } from "../styles";
import type { RekapSheetOptions } from "./names";

/** Predikat names as columns: the recap's scale first, then any other an OPD used, then "-". */
function kolomPredikat(r: Rekap): (string | null)[] {
  const nama: (string | null)[] = r.skala.pita.map((p) => p.predikat);
  for (const o of r.opd)
    for (const k of o.jumlahPredikat.keys()) if (k !== null && !nama.includes(k)) nama.push(k);
  return [...nama, null];
}

export function predikatStyle(r: Rekap, predikat: string | null): StyleName {
  if (predikat === null) return "teksTengah";
  const i = r.skala.pita.findIndex((p) => p.predikat === predikat);
  return stylePredikat(i < 0 ? null : i, r.skala.pita.length);
}

export const fileLink = (target: string, teks: string, style: StyleName = "tautan"): SheetCell =>
  rumus(`=HYPERLINK(${formulaText(target)},${formulaText(teks)})`, teks, style);

interface Tata {
  predikat: (string | null)[];
  /** 1-based columns. */
  c: { capaian: number; predikat: number; jumlah: number; pagu: number; realisasi: number; serapan: number };
  lebar: number;
}

function tata(r: Rekap, ringkas: boolean): Tata {
  const predikat = ringkas ? [] : kolomPredikat(r);
  const pagu = 8 + predikat.length;
  return {
    predikat,
    c: { capaian: 5, predikat: 6, jumlah: 7, pagu, realisasi: pagu + 1, serapan: pagu + 2 },
    lebar: pagu + 7,
  };
}

const L = columnLetters;
/** `=SUM(N6:N10)`: the OPD rows are contiguous, so one range whatever their number. */
const rumusSum = (c: number, baris: number[]) =>
  baris.length === 0 ? "=0" : `=SUM(${L(c)}${baris[0]}:${L(c)}${baris[baris.length - 1]})`;
/** A SIPD-wide recap without realisasi downloads: realisasi and serapan are unknown, not 0. */
export const tanpaRealisasi = (r: Rekap): boolean => r.total.serapan === null && r.total.pagu > 0n;
const rumusSerapan = (t: Tata, b: number) =>
  `=IF(${L(t.c.pagu)}${b}=0,"",${L(t.c.realisasi)}${b}/${L(t.c.pagu)}${b}*100)`;

function barisOpd(
  r: Rekap,
  t: Tata,
  o: OpdSummary,
  i: number,
  b: number,
  tautan: (s: string) => string,
): SheetCell[] {
  const pc = r.peringkat.capaian.find((p) => p.opd === i)?.peringkat ?? "";
  const ps = r.peringkat.serapan.find((p) => p.opd === i)?.peringkat ?? "";
  const serapan =
    o.serapan === null && o.pagu > 0n
      ? valueCell("", "persen")
      : rumus(rumusSerapan(t, b), o.serapan ?? "", "persen");
  return [
    valueCell(i + 1, "teksTengah"),
    fileLink(tautan(o.berkas), o.nama),
    valueCell(o.berkas.split(/[\\/]/).pop() ?? o.berkas, "teks"),
    valueCell(o.tahun, "teksTengah"),
    valueCell(o.capaian ?? "", "persen"),
    valueCell(o.predikat ?? "-", predikatStyle(r, o.predikat)),
    valueCell(o.jumlahIndikator, "angka"),
    ...t.predikat.map((p) => valueCell(o.jumlahPredikat.get(p) ?? 0, "angka")),
    valueCell(rupiah(o.pagu), "uang"),
    tanpaRealisasi(r) ? valueCell("", "uang") : valueCell(rupiah(o.realisasi), "uang"),
    serapan,
    valueCell(o.temuan.error, "angka"),
    valueCell(o.temuan.peringatan, "angka"),
    valueCell(o.temuan.info, "angka"),
    valueCell(pc, "teksTengah"),
    valueCell(ps, "teksTengah"),
  ];
}

function barisPemda(r: Rekap, t: Tata, awal: number, akhir: number, b: number): SheetCell[] {
  const baris = Array.from({ length: akhir - awal + 1 }, (_, k) => awal + k);
  // Counts and money alike are whole numbers in the total row (#,##0).
  const jumlah = (c: number, cached: number) => rumus(rumusSum(c, baris), cached, "totalUang");
  const kolom = (c: number) => `${L(c)}${awal}:${L(c)}${akhir}`;
  const sumOpd = (f: (o: OpdSummary) => number) => r.opd.reduce((s, o) => s + f(o), 0);
  const row: SheetCell[] = [
    valueCell("", "total"),
    valueCell(`Pemda (${r.opd.length} ${r.sipd ? "SKPD" : "OPD"})`, "total"),
    valueCell("", "total"),
    valueCell(r.tahun ?? "", "total"),
    rumus(
      `=IF(COUNT(${kolom(t.c.capaian)})=0,"",AVERAGE(${kolom(t.c.capaian)}))`,
      r.capaian.rataRata ?? "",
      "totalPersen",
    ),
    valueCell(
      r.capaian.predikat ?? "-",
      r.capaian.predikat ? stylePredikat(r.capaian.pitaIndeks, r.skala.pita.length) : "total",
    ),
    jumlah(
      t.c.jumlah,
      sumOpd((o) => o.jumlahIndikator),
    ),
    ...t.predikat.map((p, k) =>
      jumlah(
        t.c.jumlah + 1 + k,
        sumOpd((o) => o.jumlahPredikat.get(p) ?? 0),
      ),
    ),
    rumus(rumusSum(t.c.pagu, baris), rupiah(r.total.pagu), "totalUang"),
    tanpaRealisasi(r)
      ? valueCell("", "totalUang")
      : rumus(rumusSum(t.c.realisasi, baris), rupiah(r.total.realisasi), "totalUang"),
    r.total.serapan === null && r.total.pagu > 0n
      ? valueCell("", "totalPersen")
      : rumus(rumusSerapan(t, b), r.total.serapan ?? "", "totalPersen"),
    jumlah(
      t.c.serapan + 1,
      sumOpd((o) => o.temuan.error),
    ),
    jumlah(
      t.c.serapan + 2,
      sumOpd((o) => o.temuan.peringatan),
    ),
    jumlah(
      t.c.serapan + 3,
      sumOpd((o) => o.temuan.info),
    ),
    valueCell("", "total"),
    valueCell("", "total"),
  ];
  return row;
}

export function buildRekapOpd(r: Rekap, opsi: RekapSheetOptions = {}): SheetSpec {
  // A SIPD-wide recap has no indikator: no per-predikat columns.
  const t = tata(r, (opsi.ringkas ?? false) || r.sipd);
  const tautan = opsi.tautan ?? ((b: string) => b);
  const lebarData = r.sipd ? 2 : 4;
  const l = new SheetBuilder(t.lebar + 1 + lebarData);
  const akhirTabel = L(t.lebar);
  kepala(l, r, akhirTabel);
  const header = l.header(
    [
      "No",
      "OPD",
      "Berkas",
      "Tahun",
      "Capaian (%)",
      "Predikat",
      "Jumlah Indikator",
      ...t.predikat.map((p) => p ?? "Tanpa Capaian"),
      "Pagu Anggaran",
      "Realisasi Anggaran",
      "Serapan (%)",
      "Temuan Kesalahan",
      "Temuan Peringatan",
      "Temuan Info",
      "Peringkat Capaian",
      "Peringkat Serapan",
    ].map((h) => valueCell(h, "header")),
  );
  const awal = l.berikut;
  r.opd.forEach((o, i) => l.tambah(barisOpd(r, t, o, i, l.berikut, tautan)));
  const pemda = l.berikut;
  if (r.opd.length > 0) l.tambah(barisPemda(r, t, awal, pemda - 1, pemda), "total");
  if (r.opd.length > 0) l.gabung(`B${pemda}:C${pemda}`);
  bagianGagal(l, r, akhirTabel);
  bagianSasaran(l, r);
  const charts = grafik(l, r, t, header, awal);
  const predikatLebar = t.predikat.map(() => 10);
  const lebarKolom = [5, 36, 34, 7, 10, 13, 10, ...predikatLebar, 19, 19, 9, 10, 10, 8, 10, 10];
  return l.selesai("rekapOpd", [...lebarKolom, 3, 42, ...Array<number>(lebarData - 1).fill(12)], {
    printColumns: t.lebar,
    charts,
    freeze: { rows: header, columns: 2 },
    printTitles: `${header}:${header}`,
    landscape: true,
  });
}

/** The title, what the recap holds and its averaging rule, merged over the table's width. */
function kepala(l: SheetBuilder, r: Rekap, akhirTabel: string): void {
  l.judul(`Rekap Capaian Kinerja dan Anggaran OPD${r.tahun ? ` Tahun ${r.tahun}` : ""}`, `A1:${akhirTabel}1`);
  l.subjudul(
    r.sipd
      ? `${r.opd.length} SKPD dari ekspor SIPD-RI ${r.opd[0]?.berkas.split(/[\\/]/).pop() ?? ""}; tanpa capaian kinerja (ekspor anggaran tidak memuat indikator).${tanpaRealisasi(r) ? " Realisasi tidak diberikan." : ""}`
      : `${r.opd.length} OPD dari ${r.opd.length + r.gagal.length} berkas${r.gagal.length ? ` (${r.gagal.length} tidak dapat dipakai, lihat di bawah)` : ""}. Klik nama OPD untuk membuka berkasnya (di folder yang sama dengan rekap ini).`,
    `A2:${akhirTabel}2`,
  );
  l.subjudul(`${REKAP_MESSAGES.aturanRataRata} Skala predikat: ${r.skala.nama}.`, `A3:${akhirTabel}3`);
  l.tambah([]);
}

function bagianGagal(l: SheetBuilder, r: Rekap, akhir: string): void {
  if (r.gagal.length === 0) return;
  l.tambah([]);
  l.judul("Berkas yang tidak dapat dipakai (tidak ikut dihitung)");
  // Alasan is merged to the table's last column: the table is as wide as the one above.
  const h = l.header(
    [valueCell("No", "header"), valueCell("Berkas", "header"), valueCell("Alasan", "header")],
    columnNumber(akhir),
  );
  l.gabung(`C${h}:${akhir}${h}`);
  r.gagal.forEach((g, i) => {
    const b = l.tambah([
      valueCell(i + 1, "teksTengah"),
      valueCell(g.berkas, "teks"),
      valueCell(g.alasan, "teks"),
    ]);
    l.gabung(`C${b}:${akhir}${b}`);
  });
}

function bagianSasaran(l: SheetBuilder, r: Rekap): void {
  if (!r.opd.some((o) => o.sasaran.length > 0)) return;
  l.tambah([]);
  l.judul("Capaian per Sasaran Strategis");
  // Sasaran in the Berkas column (not merged: a merged cell would not set its row's height).
  l.header(
    ["No", "OPD", "Sasaran Strategis", "", "Capaian (%)", "Predikat"].map((x) => valueCell(x, "header")),
  );
  let no = 0;
  for (const o of r.opd)
    for (const s of o.sasaran) {
      l.tambah([
        valueCell(++no, "teksTengah"),
        valueCell(o.nama, "teks"),
        valueCell(s.sasaran, "teks"),
        valueCell(null, "teks"),
        valueCell(s.capaian ?? "", "persen"),
        valueCell(s.predikat ?? "-", predikatStyle(r, s.predikat)),
      ]);
    }
}

/** The charts' data beside the table (live references to the OPD rows), then the charts. */
function grafik(l: SheetBuilder, r: Rekap, t: Tata, header: number, awal: number): ChartSpec[] {
  if (r.opd.length === 0 || tanpaRealisasi(r)) return [];
  const c0 = t.lebar + 1; // 0-based index of the first data column
  const row = (n: number) => l.baris(n);
  const judul = r.sipd ? ["OPD", "Serapan (%)"] : ["OPD", "Capaian (%)", "Acuan 100 %", "Serapan (%)"];
  judul.forEach((j, k) => (row(header)[c0 + k] = valueCell(j, "header")));
  r.opd.forEach((o, k) => {
    const n = header + 1 + k;
    const b = awal + k;
    const nama = o.nama.length > 40 ? `${o.nama.slice(0, 39)}…` : o.nama;
    row(n)[c0] = valueCell(nama, "teks");
    const serapan = rumus(`=${L(t.c.serapan)}${b}`, o.serapan ?? "", "persen");
    if (r.sipd) row(n)[c0 + 1] = serapan;
    else {
      row(n)[c0 + 1] = rumus(
        `=IF(${L(t.c.capaian)}${b}="","",${L(t.c.capaian)}${b})`,
        o.capaian ?? "",
        "persen",
      );
      row(n)[c0 + 2] = valueCell(100, "persen");
      row(n)[c0 + 3] = serapan;
    }
  });
  const akhir = header + r.opd.length;
  const kol = (k: number) => `${L(c0 + 1 + k)}${header + 1}:${L(c0 + 1 + k)}${akhir}`;
  const kategori = kol(0);
  const bawah = Math.max(akhir, l.rows.length) + 2;
  const grafikSerapan = (dari: number): ChartSpec => ({
    type: "BarClustered",
    title: "Serapan Anggaran per OPD",
    categories: kategori,
    series: [{ name: "Serapan (%)", values: kol(r.sipd ? 1 : 3) }],
    from: `${L(c0 + 1)}${dari}`,
    to: `${L(c0 + 9)}${dari + Math.max(18, r.opd.length + 4)}`,
    valueAxisTitle: "%",
  });
  if (r.sipd) return r.total.serapan === null ? [] : [grafikSerapan(bawah)];
  const capaian: ChartSpec = {
    type: "ColumnClustered",
    title: "Capaian Kinerja per OPD terhadap 100 %",
    categories: kategori,
    series: [
      { name: "Capaian (%)", values: kol(1) },
      { name: "Acuan 100 %", values: kol(2), line: true },
    ],
    from: `${L(c0 + 1)}${bawah}`,
    to: `${L(c0 + 9)}${bawah + 20}`,
    valueAxisTitle: "%",
  };
  return [capaian, grafikSerapan(bawah + 22)];
}
