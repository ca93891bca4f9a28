/**
 * The JSON report (CONTRACT §11): a projection of a run's result (`toLaporan`,
 * src/core/proyeksi.ts). The same object is written by `capaian hitung --json` and shown by the
 * task pane. Every field is always there; `null` where a value may be absent.
 */
import type { Temuan } from "./temuan";
import type { Polaritas, RumusCapaian } from "./rumus-capaian";

export type { Polaritas } from "./rumus-capaian";

export interface IndikatorReport {
  kode: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  polaritas: Polaritas;
  /** The capaian formula used (the `Rumus` column, else the polaritas). */
  rumus: RumusCapaian;
  tahun: number;
  /** The target as written when it is a range ("68,75 – 69,25"), else a number. */
  target: number | string | null;
  realisasi: number | null;
  /** Unrounded percentage; null when it cannot be computed (target 0, no realisasi). */
  capaian: number | null;
  predikat: string | null;
}

export interface SasaranReport {
  sasaran: string;
  capaian: number | null;
  predikat: string | null;
}

export interface AnggaranReport {
  kode: string;
  uraian: string;
  level: string;
  /** Rupiah; exact to the sen (the engine keeps integer sen). */
  pagu: number;
  realisasi: number;
  /** Serapan, unrounded; null when pagu is 0. */
  persen: number | null;
  kodeIku: string | null;
}

export interface PembandingReport {
  kode: string;
  acuan: number | string | null;
  realisasi: number | null;
  capaian: number | null;
  predikat: string | null;
}

export interface Laporan {
  tahun: number;
  skala: string;
  indikator: IndikatorReport[];
  sasaran: SasaranReport[];
  anggaran: AnggaranReport[];
  total: { pagu: number; realisasi: number; persen: number | null };
  /** The office: the mean of its sasaran. */
  opd: { capaian: number | null; predikat: string | null };
  /** Chapter III beyond the capaian table (seed §3.1.3–3.1.7, §3.1.2). */
  tahunan: {
    kode: string;
    indikator: string;
    tren: "naik" | "turun" | "tetap" | null;
    tahun: {
      tahun: number;
      target: number | string | null;
      realisasi: number | null;
      capaian: number | null;
      predikat: string | null;
      capaianTercatat: number | null;
    }[];
  }[];
  /** `acuan` is the Renstra target (or the national standard). */
  renstra: PembandingReport[];
  standarNasional: PembandingReport[];
  efisiensi: { kode: string; capaian: number | null; serapan: number | null; efisien: boolean | null }[];
  narasi: { kode: string; teks: string }[];
  /** Seed §3.2 / LKE: the budget of each sasaran's programs; "Tanpa IKU" for the rest. */
  anggaranPerSasaran: { sasaran: string; pagu: number; realisasi: number; persen: number | null }[];
  /** Seed §3.1.6: what the data states per indikator, and the staff's own text from `analisis`. */
  analisis: {
    kode: string;
    fakta: string[];
    pendukung: string | null;
    penghambat: string | null;
    solusi: string | null;
  }[];
  /**
   * Which SIPD-RI exports the budget came from, for which SKPD (src/core/sipd); null for the
   * `pagu` table — and then left out of the JSON file (`teksLaporan`), as CONTRACT §11.1 says.
   */
  sumberSipd: {
    rekap: string;
    rekapAwal: string | null;
    skpd: { kode: string; nama: string; subUnit: string | null; namaSubUnit: string | null };
    baris: number;
    realisasi: { lembar: string[]; baris: number; sampaiBulan: number | null } | null;
  } | null;
  temuan: Temuan[];
}
