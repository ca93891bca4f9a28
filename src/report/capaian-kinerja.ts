/**
 * Capaian Kinerja, the seed's Tabel 3.2: a row per sasaran with its mean and predikat, then its
 * indikator with target, realisasi, capaian and predikat; the office's mean last. Target and
 * realisasi refer to their source cells; capaian and means are live formulas.
 */
import type { Analysis } from "../core/analyze";
import type { IndikatorRinci } from "../core/kinerja";
import { teksPita } from "../core/skala";
import { Lembar, nilai, rumus, type Sel } from "./lembar";
import { NAMA_LEMBAR } from "./nama";
import { sel } from "./rumus";
import type { SheetSpec } from "./sheet-spec";
import { stylePredikat } from "./styles";

const KOL = { target: 5, realisasi: 6, capaian: 7 };

/** The capaian formula of DOMAIN.md for the row, guarded against target 0 and a blank realisasi. */
function rumusCapaian(i: IndikatorRinci, baris: number): string {
  const t = sel(KOL.target, baris);
  const r = sel(KOL.realisasi, baris);
  const rasio = (batas: string) =>
    i.polaritas === "positif" ? `${r}/${batas}*100` : `(2*${batas}-${r})/${batas}*100`;
  if (i.targetNilai?.jenis === "rentang") {
    const { bawah: a, atas: b } = i.targetNilai;
    return `=IF(${r}="","",IF(AND(${r}>=${a},${r}<=${b}),100,IF(${r}>${b},${rasio(String(b))},${rasio(String(a))})))`;
  }
  return `=IF(OR(${r}="",${t}=0),"",${rasio(t)})`;
}

function selTarget(i: IndikatorRinci): Sel {
  if (i.targetSel.angka && i.targetNilai?.jenis === "tunggal")
    return rumus(`=${i.targetSel.ref}`, i.targetNilai.nilai, "angka");
  return nilai(i.target, typeof i.target === "string" ? "teksTengah" : "angka");
}

function selRealisasi(i: IndikatorRinci): Sel {
  if (i.realisasiSel?.angka && i.realisasi !== null)
    return rumus(`=${i.realisasiSel.ref}`, i.realisasi, "angka");
  return nilai(i.realisasi ?? "", "angka");
}

export function buildCapaianKinerja(analysis: Analysis): SheetSpec {
  const { skala, laporan } = analysis;
  const l = new Lembar(8);
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
  analysis.sasaran.forEach((s, si) => {
    const bs = l.berikut;
    const awal = bs + 1;
    const akhir = bs + s.indikator.length;
    barisSasaran.push(bs);
    l.tambah([
      nilai(si + 1, "sasaran"),
      nilai(s.sasaran, "sasaran"),
      nilai("Rata-rata capaian sasaran", "sasaran"),
      nilai("", "sasaran"),
      nilai("", "sasaran"),
      nilai("", "sasaran"),
      rumus(`=IFERROR(AVERAGE(G${awal}:G${akhir}),"")`, s.capaian ?? "", "persenTebal"),
      nilai(s.predikat ?? "", gayaPredikat(s.pitaIndeks)),
    ]);
    s.indikator.forEach((i, ii) => {
      const b = l.berikut;
      l.tambah([
        nilai(`${si + 1}.${ii + 1}`, "teksTengah"),
        nilai("", "teks"),
        nilai(i.indikator, "teks"),
        nilai(i.satuan, "teksTengah"),
        selTarget(i),
        selRealisasi(i),
        rumus(rumusCapaian(i, b), i.capaian ?? "", "persen"),
        nilai(i.predikat ?? "", gayaPredikat(i.pitaIndeks)),
      ]);
    });
    if (s.indikator.length > 1) l.gabung(`B${awal}:B${akhir}`);
  });
  const opd = l.berikut;
  l.tambah([
    nilai("Capaian kinerja OPD (rata-rata sasaran)", "total"),
    ...Array.from({ length: 5 }, () => nilai("", "total")),
    rumus(
      `=IFERROR(AVERAGE(${barisSasaran.map((b) => `G${b}`).join(",") || "G1"}),"")`,
      analysis.opd.capaian ?? "",
      "totalPersen",
    ),
    nilai(analysis.opd.predikat ?? "", gayaPredikat(analysis.opd.pitaIndeks)),
  ]);
  l.gabung(`A${opd}:F${opd}`);
  return l.selesai(NAMA_LEMBAR.capaianKinerja, [6, 34, 48, 9, 11, 11, 12, 15], {
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
    landscape: true,
  });
}
