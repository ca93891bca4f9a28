/**
 * Analisis Keberhasilan/Kegagalan (seed §3.1.6): per indikator its target, realisasi and
 * capaian (live, as on Capaian Kinerja), the facts the data states, and the staff's analysis
 * and solution from the `analisis` table — or a marked line for them to fill in.
 */
import type { Analysis } from "../core/analyze";
import { TEKS_ANALISIS } from "../core/analisis";
import { SheetBuilder, nilai, rumus } from "./sheet-builder";
import { rumusCapaian, selRealisasi, selTarget } from "./kinerja-cells";
import type { SheetSpec } from "./sheet-spec";

const KOL = { target: 4, realisasi: 5 };

/** The staff's analysis: what helped and what hindered, in one cell as the seed has it. */
function teksAnalisis(pendukung: string | null, penghambat: string | null): string {
  const bagian = [
    pendukung ? `Faktor pendukung: ${pendukung}` : null,
    penghambat ? `Faktor penghambat: ${penghambat}` : null,
  ].filter((x): x is string => x !== null);
  return bagian.length ? bagian.join("\n") : TEKS_ANALISIS.isiSendiri;
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
    ].map((h) => nilai(h, "header")),
  );
  const perKode = new Map(analysis.analisis.map((a) => [a.kode, a]));
  analysis.sasaran.forEach((s, si) => {
    const awal = l.berikut;
    s.indikator.forEach((i, ii) => {
      const a = perKode.get(i.kode);
      const b = l.berikut;
      l.tambah([
        ii === 0 ? nilai(si + 1, "teksTengah") : nilai(null, "teksTengah"),
        ii === 0 ? nilai(s.sasaran, "teks") : nilai(null, "teks"),
        nilai(i.indikator, "teks"),
        selTarget(i.targetNilai, i.targetSel),
        selRealisasi(i.realisasi, i.realisasiSel),
        rumus(rumusCapaian(i.rasio, i.targetNilai, KOL.target, KOL.realisasi, b), i.capaian ?? "", "persen"),
        nilai((a?.fakta ?? []).join("\n"), "teks"),
        nilai(
          teksAnalisis(a?.pendukung ?? null, a?.penghambat ?? null),
          a?.pendukung || a?.penghambat ? "teks" : "isian",
        ),
        nilai(a?.solusi ?? TEKS_ANALISIS.isiSendiri, a?.solusi ? "teks" : "isian"),
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
