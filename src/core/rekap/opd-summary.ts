/**
 * What the recap keeps of one OPD's run: the figures of Rekap OPD, its programs, its indikator
 * (for IKU Pemda) and its error-level temuan. The workbook and the full Analysis are dropped
 * after this, so a recap of many workbooks holds only these small summaries.
 */
import type { Analysis } from "../analyze";
import type { Temuan } from "../temuan";
import { serapan, type Sen } from "../uang";

export interface ProgramOpd {
  kode: string;
  uraian: string;
  pagu: Sen;
  realisasi: Sen;
}

export interface IndikatorOpd {
  kode: string;
  indikator: string;
  satuan: string;
  target: number | string | null;
  realisasi: number | null;
  capaian: number | null;
  predikat: string | null;
}

export interface OpdSummary {
  /** The file name as given (the recap links to it). */
  berkas: string;
  /** The OPD's name: the SKPD name of its SIPD-RI export, else the file name without .xlsx. */
  nama: string;
  /** The KODE SKPD, when the budget came from a SIPD-RI export. */
  kodeSkpd?: string;
  tahun: number;
  skala: string;
  capaian: number | null;
  predikat: string | null;
  sasaran: { sasaran: string; capaian: number | null; predikat: string | null }[];
  /** Indikator per predikat name; those without a capaian are counted under null ("-"). */
  jumlahPredikat: Map<string | null, number>;
  jumlahIndikator: number;
  pagu: Sen;
  realisasi: Sen;
  serapan: number | null;
  temuan: { error: number; peringatan: number; info: number };
  temuanError: Temuan[];
  program: ProgramOpd[];
  indikator: IndikatorOpd[];
}

/** The OPD's name from its file: "dinas-sosial.xlsx" → "dinas-sosial". */
export function nameFromFile(berkas: string): string {
  const dasar = berkas.split(/[\\/]/).pop() ?? berkas;
  return dasar.replace(/\.xlsx$/i, "");
}

export function ringkasOpd(analysis: Analysis, berkas: string): OpdSummary {
  const jumlahPredikat = new Map<string | null, number>();
  for (const i of analysis.indikator)
    jumlahPredikat.set(i.predikat, (jumlahPredikat.get(i.predikat) ?? 0) + 1);
  const { pagu, realisasi } = analysis.total;
  const hitung = (t: Temuan["tingkat"]) => analysis.temuan.filter((x) => x.tingkat === t).length;
  return {
    berkas,
    nama: analysis.sumberSipd?.skpd.nama || nameFromFile(berkas),
    kodeSkpd: analysis.sumberSipd?.skpd.kode,
    tahun: analysis.tahun,
    skala: analysis.skala.nama,
    capaian: analysis.opd.capaian,
    predikat: analysis.opd.predikat,
    sasaran: analysis.sasaran.map((s) => ({ sasaran: s.sasaran, capaian: s.capaian, predikat: s.predikat })),
    jumlahPredikat,
    jumlahIndikator: analysis.indikator.length,
    pagu,
    realisasi,
    serapan: serapan(realisasi, pagu),
    temuan: { error: hitung("error"), peringatan: hitung("peringatan"), info: hitung("info") },
    temuanError: analysis.temuan.filter((t) => t.tingkat === "error"),
    program: analysis.anggaran.map((n) => ({
      kode: n.kode,
      uraian: n.uraian,
      pagu: n.pagu,
      realisasi: n.realisasi,
    })),
    indikator: analysis.indikator.map((i) => ({
      kode: i.kode,
      indikator: i.indikator,
      satuan: i.satuan,
      target: i.target,
      realisasi: i.realisasi,
      capaian: i.capaian,
      predikat: i.predikat,
    })),
  };
}
