/**
 * Perbandingan Tahunan (seed §3.1.3): each indikator's target, realisasi, capaian and predikat in
 * the run's tahun and the years before it that the tables hold, with the trend.
 */
import type { IndikatorRinci, SasaranRinci } from "./kinerja";
import { firstBy } from "./lookup";

export type Tren = "naik" | "turun" | "tetap";

export interface TahunanIndikator {
  kode: string;
  sasaran: string;
  indikator: string;
  satuan: string;
  /** One entry per tahun, oldest first; null where the indikator has no row that tahun. */
  per: (IndikatorRinci | null)[];
  /** Capaian of the run's tahun against the latest earlier tahun that has one. */
  tren: Tren | null;
}

export interface Tahunan {
  /** The tahun compared, oldest first; the last is the run's tahun. */
  tahun: number[];
  indikator: TahunanIndikator[];
  /** Sasaran means per tahun, in the same order. */
  sasaran: { sasaran: string; per: (SasaranRinci | null)[] }[];
}

/** Differences under half a hundredth of a percentage point read as "tetap". */
const AMBANG = 0.005;

export function tren(sebelum: number | null, sekarang: number | null): Tren | null {
  if (sebelum === null || sekarang === null) return null;
  if (Math.abs(sekarang - sebelum) < AMBANG) return "tetap";
  return sekarang > sebelum ? "naik" : "turun";
}

/**
 * Lines up the per-tahun results (`perTahun[i]` belongs to `tahun[i]`, the run's tahun last) by
 * indikator kode, in the run's order; indikator only in earlier years follow.
 */
export function buildTahunan(
  tahun: number[],
  perTahun: { indikator: IndikatorRinci[]; sasaran: SasaranRinci[] }[],
): Tahunan {
  const urutan: IndikatorRinci[] = [];
  const dilihat = new Set<string>();
  for (let i = perTahun.length - 1; i >= 0; i--)
    for (const ind of perTahun[i].indikator)
      if (!dilihat.has(ind.kode)) {
        dilihat.add(ind.kode);
        urutan.push(ind);
      }
  const peta = perTahun.map((p) => new Map(p.indikator.map((i) => [i.kode, i])));
  const indikator = urutan.map((contoh) => {
    const per = peta.map((m) => m.get(contoh.kode) ?? null);
    const sekarang = per[per.length - 1]?.capaian ?? null;
    const sebelum = per
      .slice(0, -1)
      .reverse()
      .find((x) => x?.capaian !== null && x?.capaian !== undefined);
    return {
      kode: contoh.kode,
      sasaran: contoh.sasaran,
      indikator: contoh.indikator,
      satuan: contoh.satuan,
      per,
      tren: tren(sebelum?.capaian ?? null, sekarang),
    };
  });
  const namaSasaran = [...new Set(urutan.map((i) => i.sasaran))];
  const sasaranPer = perTahun.map((p) => firstBy(p.sasaran, (x) => x.sasaran));
  const sasaran = namaSasaran.map((s) => ({
    sasaran: s,
    per: sasaranPer.map((m) => m.get(s) ?? null),
  }));
  return { tahun, indikator, sasaran };
}
