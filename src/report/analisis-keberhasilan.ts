/**
 * Analisis Keberhasilan/Kegagalan (seed §3.1.6): per indikator its target, realisasi and
 * capaian (live, as on Capaian Kinerja), the facts the data states, and the staff's analysis
 * and solution from the `analisis` table — or a marked line for them to fill in.
 */
import type { Analysis } from "../core/analyze";
import { ANALISIS_TEXT } from "../core/analisis";
import { SheetBuilder, valueCell, rumus } from "./sheet-builder";
import { rumusCapaian, realisasiCell, targetCell } from "./kinerja-cells";
import type { SheetSpec } from "./sheet-spec";

const KOL = { target: 4, realisasi: 5 };

/** The staff's analysis: what helped and what hindered, in one cell as the seed has it. */
function teksAnalisis(pendukung: string | null, penghambat: string | null): string {
  const bagian = [
    pendukung ? `Faktor pendukung: ${pendukung}` : null,
    penghambat ? `Faktor penghambat: ${penghambat}` : null,
  ].filter((x): x is string => x !== null);
  return bagian.length ? bagian.join("\n") : ANALISIS_TEXT.isiSendiri;
}

export function buildAnalisisKeberhasilan(analysis: Analysis): SheetSpec {
  const { tahun } = analysis;
  const l = new SheetBuilder(9);
  l.judul(`Analisis Keberhasilan/Kegagalan Kinerja Tahun ${tahun}`, "A1:I1");
  l.subjudul(
    'Fakta dihitung dari tabel; analisis dan solusi diisi OPD di tabel "analisis" (kolom Kode, Faktor Pendukung, Faktor Penghambat, Solusi).',
    "A2:I2",
  );
  l.tambah([]);
  const header = l.header(
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama (IKU)",
      "Target",
      "Realisasi",
      "% Capaian Kinerja",
      "Fakta dari Data",
      "Analisis Keberhasilan/ Kegagalan",
      "Solusi/ Alternatif",
    ].map((h) => valueCell(h, "header")),
  );
  const perKode = new Map(analysis.analisis.map((a) => [a.kode, a]));
  analysis.sasaran.forEach((s, si) => {
    const awal = l.berikut;
    s.indikator.forEach((i, ii) => {
      const a = perKode.get(i.kode);
      const b = l.berikut;
      l.tambah([
        ii === 0 ? valueCell(si + 1, "teksTengah") : valueCell(null, "teksTengah"),
        ii === 0 ? valueCell(s.sasaran, "teks") : valueCell(null, "teks"),
        valueCell(i.indikator, "teks"),
        targetCell(i.targetNilai, i.targetSel),
        realisasiCell(i.realisasi, i.realisasiSel),
        rumus(rumusCapaian(i.rasio, i.targetNilai, KOL.target, KOL.realisasi, b), i.capaian ?? "", "persen"),
        valueCell((a?.fakta ?? []).join("\n"), "teks"),
        valueCell(
          teksAnalisis(a?.pendukung ?? null, a?.penghambat ?? null),
          a?.pendukung || a?.penghambat ? "teks" : "isian",
        ),
        valueCell(a?.solusi ?? ANALISIS_TEXT.isiSendiri, a?.solusi ? "teks" : "isian"),
      ]);
    });
    const akhir = l.berikut - 1;
    if (akhir > awal) {
      l.gabung(`A${awal}:A${akhir}`);
      l.gabung(`B${awal}:B${akhir}`);
    }
  });
  return l.selesai("analisisKeberhasilan", [5, 26, 32, 10, 10, 11, 40, 40, 32], {
    printColumns: 9,
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
    landscape: true,
  });
}
