/**
 * The JSON report (src/core/laporan.ts, CONTRACT §11) as a pure projection of a run's result:
 * built in one expression, never changed afterwards. The command writes it with `--json`; the
 * task pane shows it.
 */
import type { Analysis, TotalAnggaran } from "./analyze";
import { urutanAnggaran } from "./anggaran";
import { TANPA_IKU } from "./anggaran-sasaran";
import type { Laporan, PembandingReport } from "./laporan";
import type { Pembanding } from "./renstra";
import { rupiah } from "./uang";

export function toLaporan(a: Analysis): Laporan {
  return {
    tahun: a.tahun,
    skala: a.skala.nama,
    indikator: a.indikator.map((i) => ({
      kode: i.kode,
      sasaran: i.sasaran,
      indikator: i.indikator,
      satuan: i.satuan,
      polaritas: i.polaritas,
      rumus: i.rumus,
      tahun: i.tahun,
      target: i.target,
      realisasi: i.realisasi,
      capaian: i.capaian,
      predikat: i.predikat,
    })),
    sasaran: a.sasaran.map((s) => ({ sasaran: s.sasaran, capaian: s.capaian, predikat: s.predikat })),
    anggaran: urutanAnggaran(a.anggaran).map((n) => ({
      kode: n.kode,
      uraian: n.uraian,
      level: n.level,
      pagu: rupiah(n.pagu),
      realisasi: rupiah(n.realisasi),
      persen: n.persen,
      kodeIku: n.kodeIku,
    })),
    total: totalRupiah(a.total),
    opd: { capaian: a.opd.capaian, predikat: a.opd.predikat },
    temuan: a.temuan,
    tahunan: tahunanHasil(a),
    renstra: pembanding(a.renstra),
    standarNasional: pembanding(a.standarNasional),
    efisiensi: a.efisiensi.map((e) => ({
      kode: e.kode,
      capaian: e.capaian,
      serapan: e.serapan,
      efisien: e.efisien,
    })),
    // A sasaran's paragraph is keyed by the sasaran's text (CONTRACT §11.1).
    narasi: a.narasi.map((n) => ({ kode: n.kode ?? n.sasaran, teks: n.teks })),
    anggaranPerSasaran: a.anggaranSasaran.map((g) => ({
      sasaran: g.sasaran ?? TANPA_IKU,
      pagu: rupiah(g.pagu),
      realisasi: rupiah(g.realisasi),
      persen: g.persen,
    })),
    analisis: a.analisis.map((x) => ({
      kode: x.kode,
      fakta: x.fakta,
      pendukung: x.pendukung,
      penghambat: x.penghambat,
      solusi: x.solusi,
    })),
    sumberSipd: a.sumberSipd && {
      rekap: a.sumberSipd.lembar,
      rekapAwal: a.sumberSipd.lembarAwal,
      skpd: a.sumberSipd.skpd,
      baris: a.sumberSipd.baris,
      realisasi: a.sumberSipd.realisasi,
    },
  };
}

/** The budget totals in rupiah, as the JSON and the sheets' cached values give them. */
export function totalRupiah(t: TotalAnggaran): Laporan["total"] {
  return { pagu: rupiah(t.pagu), realisasi: rupiah(t.realisasi), persen: t.persen };
}

/**
 * The report as the JSON file holds it: `sumberSipd` is left out when the budget did not come
 * from SIPD-RI (CONTRACT §11.1, "only when"), every other field is always there.
 */
export function laporanJsonText(laporan: Laporan): string {
  const { sumberSipd, ...tanpaSipd } = laporan;
  return JSON.stringify(sumberSipd === null ? tanpaSipd : laporan, null, 2) + "\n";
}

function tahunanHasil({ tahunan }: Analysis): Laporan["tahunan"] {
  return tahunan.indikator.map((i) => ({
    kode: i.kode,
    indikator: i.indikator,
    tren: i.tren,
    tahun: i.per.flatMap((x, n) =>
      x
        ? [
            {
              tahun: tahunan.tahun[n],
              target: x.target,
              realisasi: x.realisasi,
              capaian: x.capaian,
              predikat: x.predikat,
              capaianTercatat: x.capaianTercatat?.nilai ?? null,
            },
          ]
        : [],
    ),
  }));
}

function pembanding(p: Pembanding[] | null): PembandingReport[] {
  return (p ?? []).map((x) => ({
    kode: x.kode,
    acuan: x.acuan === null ? null : x.acuan.jenis === "tunggal" ? x.acuan.nilai : x.acuan.teks,
    realisasi: x.indikatorRinci.realisasi,
    capaian: x.capaian,
    predikat: x.predikat,
  }));
}
