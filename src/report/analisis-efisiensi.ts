/**
 * Analisis Efisiensi (seed §3.1.7–3.1.8): each indikator's capaian beside the serapan of the
 * programs that support it; Efisien when capaian ≥ serapan, and 1 − serapan / capaian beside it.
 * Every figure is a live formula over the source cells, so the seed's "100 % for every program"
 * cannot happen here.
 */
import type { Analysis } from "../core/analyze";
import type { NodeAnggaran } from "../core/anggaran";
import type { EfisiensiIndikator, KeteranganEfisiensi } from "../core/efisiensi";
import { rupiah } from "../core/uang";
import { SheetBuilder, valueCell, rumus, type SheetCell } from "./sheet-builder";
import { PANJANG_RUMUS_MAKS, cellRef } from "./rumus";
import { rumusCapaianAntara } from "./kinerja-cells";
import type { SheetSpec } from "./sheet-spec";

const KOL = { capaian: 5, pagu: 6, realisasi: 7, serapan: 8, efisiensi: 9, keterangan: 10 };

export const KETERANGAN: Record<KeteranganEfisiensi, string> = {
  efisien: "Efisien",
  "tidak-efisien": "Tidak Efisien",
  "pagu-nol": "Tanpa anggaran (pagu Rp 0)",
  "tanpa-capaian": "Capaian belum tersedia",
  "tanpa-program": "Tidak ada program terkait",
};

/** A program of more lines than this would make an unwieldy formula: its value is written instead. */
const MAX_REFS = 200;

/** Leaves of the programs, in order, for a SUM over their source cells; stops past `batas` of them. */
function leaves(program: readonly NodeAnggaran[], batas: number): NodeAnggaran[] {
  const hasil: NodeAnggaran[] = [];
  const jalan = (n: NodeAnggaran): void => {
    if (hasil.length > batas) return;
    if (n.anak.length === 0) hasil.push(n);
    else for (const a of n.anak) jalan(a);
  };
  for (const p of program) jalan(p);
  return hasil;
}

/** `=SUM(DPA!C7,DPA!C9:C12,…)` over the leaves' source cells, or null when a leaf is not a plain number. */
export function sumSumber(
  program: NodeAnggaran[],
  ambil: (n: NodeAnggaran) => { ref: string; angka: boolean } | null,
): string | null {
  // Too many lines or none: no formula, whatever the leaves hold (so no need to list them all).
  const daun = leaves(program, MAX_REFS);
  if (daun.length === 0 || daun.length > MAX_REFS) return null;
  const refs: string[] = [];
  for (const n of daun) {
    const s = ambil(n);
    if (!s?.angka) return null;
    refs.push(s.ref);
  }
  const f = `=SUM(${refs.join(",")})`;
  // Long sheet names make even 200 references too long for Excel: write the value then.
  return f.length <= PANJANG_RUMUS_MAKS ? f : null;
}

export function buildAnalisisEfisiensi(analysis: Analysis): SheetSpec {
  const { tahun } = analysis;
  const l = new SheetBuilder(10);
  l.judul(`Analisis Efisiensi Penggunaan Sumber Daya Tahun ${tahun}`);
  l.subjudul(
    "Efisien bila capaian kinerja ≥ serapan anggaran program pendukungnya; kolom efisiensi = (1 − serapan ÷ capaian) × 100.",
  );
  l.tambah([]);
  const header = l.header(
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama",
      "Program Terkait",
      "Capaian (%)",
      "Pagu Anggaran",
      "Realisasi Anggaran",
      "Serapan (%)",
      "Efisiensi (%)",
      "Keterangan",
    ].map((h) => valueCell(h, "header")),
  );
  const perKode = new Map(analysis.efisiensi.map((e) => [e.kode, e]));
  // The seed's numbering (§3.1.7): one number per sasaran, over its indikator rows.
  analysis.sasaran.forEach((s, si) => {
    const awal = l.berikut;
    s.indikator.forEach((ind, ii) => {
      const e = perKode.get(ind.kode);
      if (e) efisiensiRow(l, e, ii === 0 ? [si + 1, s.sasaran] : null);
    });
    if (l.berikut - 1 > awal) {
      l.gabung(`A${awal}:A${l.berikut - 1}`);
      l.gabung(`B${awal}:B${l.berikut - 1}`);
    }
  });
  return l.selesai("analisisEfisiensi", [5, 28, 38, 36, 12, 18, 18, 12, 13, 24], {
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
    landscape: true,
  });
}

function efisiensiRow(l: SheetBuilder, e: EfisiensiIndikator, sasaran: [number, string] | null): void {
  const b = l.berikut;
  const i = e.indikator;
  const c = (kol: number) => cellRef(kol, b);
  const capaian: SheetCell =
    i.targetSel.angka && i.realisasiSel?.angka && i.targetNilai
      ? rumus(
          rumusCapaianAntara(i.rasio, i.targetNilai, i.targetSel.ref, i.realisasiSel.ref),
          e.capaian ?? "",
          "persen",
        )
      : valueCell(e.capaian ?? "", "persen");
  const row: SheetCell[] = [
    valueCell(sasaran?.[0] ?? null, "teksTengah"),
    valueCell(sasaran?.[1] ?? null, "teks"),
    valueCell(i.indikator, "teks"),
    valueCell(e.program.map((p) => p.uraian).join("; "), "teks"),
    capaian,
  ];
  if (e.keterangan === "tanpa-program") {
    row.push(
      valueCell("", "uang"),
      valueCell("", "uang"),
      valueCell("", "persen"),
      valueCell("", "persen"),
      valueCell(KETERANGAN[e.keterangan], "tingkatInfo"),
    );
  } else {
    const pagu = sumSumber(e.program, (n) => n.paguSel);
    const realisasi = sumSumber(e.program, (n) => n.realisasiSel);
    row.push(
      pagu ? rumus(pagu, rupiah(e.pagu), "uang") : valueCell(rupiah(e.pagu), "uang"),
      realisasi ? rumus(realisasi, rupiah(e.realisasi), "uang") : valueCell(rupiah(e.realisasi), "uang"),
      rumus(`=IF(${c(KOL.pagu)}=0,"",${c(KOL.realisasi)}/${c(KOL.pagu)}*100)`, e.serapan ?? "", "persen"),
      rumus(
        `=IF(OR(${c(KOL.capaian)}="",${c(KOL.serapan)}="",${c(KOL.capaian)}=0),"",(1-${c(KOL.serapan)}/${c(KOL.capaian)})*100)`,
        e.nilaiEfisiensi ?? "",
        "persen",
      ),
      rumus(
        `=IF(${c(KOL.serapan)}="","${KETERANGAN["pagu-nol"]}",IF(${c(KOL.capaian)}="","${KETERANGAN["tanpa-capaian"]}",IF(${c(KOL.capaian)}>=${c(KOL.serapan)},"${KETERANGAN.efisien}","${KETERANGAN["tidak-efisien"]}")))`,
        KETERANGAN[e.keterangan],
        e.keterangan === "efisien"
          ? "predikat2"
          : e.keterangan === "tidak-efisien"
            ? "predikat5"
            : "tingkatInfo",
      ),
    );
  }
  l.tambah(row);
}
