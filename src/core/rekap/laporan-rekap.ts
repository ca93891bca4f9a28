/**
 * The recap as JSON (`capaian rekap --json`), documented in README beside the per-OPD report.
 * Money in rupiah as numbers (exact while below 9 × 10^13 rupiah, as in the per-OPD report).
 */
import type { Temuan } from "../temuan";
import { rupiah, serapan } from "../uang";
import { REKAP_MESSAGES } from "./messages";
import type { Rekap } from "./rekap";

export interface LaporanRekap {
  tahun: number | null;
  skala: string;
  aturan: { capaian: string; ikuPemda: string };
  total: { pagu: number; realisasi: number; persen: number | null };
  capaian: { rataRata: number | null; predikat: string | null; jumlahOpd: number };
  opd: {
    berkas: string;
    nama: string;
    tahun: number;
    capaian: number | null;
    predikat: string | null;
    peringkatCapaian: number | null;
    peringkatSerapan: number | null;
    sasaran: { sasaran: string; capaian: number | null; predikat: string | null }[];
    /** Indikator per predikat; "-" counts those without a capaian. */
    indikatorPerPredikat: Record<string, number>;
    jumlahIndikator: number;
    pagu: number;
    realisasi: number;
    persen: number | null;
    temuan: { error: number; peringatan: number; info: number };
    program: { kode: string; uraian: string; pagu: number; realisasi: number; persen: number | null }[];
  }[];
  peringkat: {
    capaian: { peringkat: number; nama: string; berkas: string; nilai: number }[];
    serapan: { peringkat: number; nama: string; berkas: string; nilai: number }[];
  };
  ikuPemda:
    | {
        kode: string;
        indikator: string;
        capaian: number | null;
        predikat: string | null;
        sumber: {
          opd: string;
          berkas: string | null;
          kode: string;
          indikator: string | null;
          satuan: string | null;
          target: number | string | null;
          realisasi: number | null;
          capaian: number | null;
          predikat: string | null;
        }[];
      }[]
    | null;
  /** Every OPD's error-level temuan (with its file), then the recap's own. */
  temuan: (Temuan & { berkas: string | null })[];
  gagal: { berkas: string; alasan: string }[];
}

export function laporanRekap(r: Rekap): LaporanRekap {
  const peringkatDari = (daftar: Rekap["peringkat"]["capaian"]) => {
    const peta = new Map(daftar.map((p) => [p.opd, p.peringkat]));
    return (i: number) => peta.get(i) ?? null;
  };
  const pc = peringkatDari(r.peringkat.capaian);
  const ps = peringkatDari(r.peringkat.serapan);
  const daftar = (xs: Rekap["peringkat"]["capaian"]) =>
    xs.map((p) => ({
      peringkat: p.peringkat,
      nama: r.opd[p.opd].nama,
      berkas: r.opd[p.opd].berkas,
      nilai: p.nilai,
    }));
  return {
    tahun: r.tahun,
    skala: r.skala.nama,
    aturan: { capaian: REKAP_MESSAGES.aturanRataRata, ikuPemda: REKAP_MESSAGES.aturanIku },
    total: { pagu: rupiah(r.total.pagu), realisasi: rupiah(r.total.realisasi), persen: r.total.serapan },
    capaian: { rataRata: r.capaian.rataRata, predikat: r.capaian.predikat, jumlahOpd: r.capaian.jumlahOpd },
    opd: r.opd.map((o, i) => ({
      berkas: o.berkas,
      nama: o.nama,
      tahun: o.tahun,
      capaian: o.capaian,
      predikat: o.predikat,
      peringkatCapaian: pc(i),
      peringkatSerapan: ps(i),
      sasaran: o.sasaran,
      indikatorPerPredikat: Object.fromEntries([...o.jumlahPredikat].map(([k, n]) => [k ?? "-", n])),
      jumlahIndikator: o.jumlahIndikator,
      pagu: rupiah(o.pagu),
      realisasi: rupiah(o.realisasi),
      persen: o.serapan,
      temuan: o.temuan,
      program: o.program.map((p) => ({
        kode: p.kode,
        uraian: p.uraian,
        pagu: rupiah(p.pagu),
        realisasi: rupiah(p.realisasi),
        persen: serapan(p.realisasi, p.pagu),
      })),
    })),
    peringkat: { capaian: daftar(r.peringkat.capaian), serapan: daftar(r.peringkat.serapan) },
    ikuPemda:
      r.ikuPemda?.map((k) => ({
        kode: k.kode,
        indikator: k.indikator,
        capaian: k.capaian,
        predikat: k.predikat,
        sumber: k.sumber.map((s) => ({
          opd: s.opd,
          berkas: s.berkas,
          kode: s.kode,
          indikator: s.indikator?.indikator ?? null,
          satuan: s.indikator?.satuan ?? null,
          target: s.indikator?.target ?? null,
          realisasi: s.indikator?.realisasi ?? null,
          capaian: s.indikator?.capaian ?? null,
          predikat: s.indikator?.predikat ?? null,
        })),
      })) ?? null,
    temuan: [
      ...r.opd.flatMap((o) => o.temuanError.map((t) => ({ ...t, berkas: o.berkas }))),
      ...r.temuan.map((t) => ({ ...t, berkas: null })),
    ],
    gagal: r.gagal.map((g) => ({ ...g })),
  };
}
