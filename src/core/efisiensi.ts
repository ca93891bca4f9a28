/**
 * Analisis Efisiensi (seed §3.1.7–3.1.8): for each indikator, the programs linked to it through
 * Kode IKU, their serapan, and whether capaian ≥ serapan (Efisien), with the PMK 22/2021-style
 * figure 1 − serapan / capaian beside it.
 */
import { programPerIku, type NodeAnggaran } from "./anggaran";
import type { IndikatorRinci } from "./kinerja";
import { serapan, type Sen } from "./uang";

export type KeteranganEfisiensi =
  "efisien" | "tidak-efisien" | "tanpa-program" | "pagu-nol" | "tanpa-capaian";

export interface EfisiensiIndikator {
  kode: string;
  indikator: IndikatorRinci;
  program: NodeAnggaran[];
  pagu: Sen;
  realisasi: Sen;
  capaian: number | null;
  serapan: number | null;
  /** null when there is no budget or no capaian to compare. */
  efisien: boolean | null;
  /** (1 − serapan / capaian) × 100; null where either is missing or capaian is 0. */
  nilaiEfisiensi: number | null;
  keterangan: KeteranganEfisiensi;
}

export function computeEfisiensi(indikator: IndikatorRinci[], akar: NodeAnggaran[]): EfisiensiIndikator[] {
  const perIku = programPerIku(akar);
  return indikator.map((i) => {
    const program = perIku.get(i.kode) ?? [];
    const pagu = program.reduce((s, p) => s + p.pagu, 0n);
    const realisasi = program.reduce((s, p) => s + p.realisasi, 0n);
    const ser = program.length ? serapan(realisasi, pagu) : null;
    const efisien = ser !== null && i.capaian !== null ? i.capaian >= ser : null;
    const keterangan: KeteranganEfisiensi =
      program.length === 0
        ? "tanpa-program"
        : ser === null
          ? "pagu-nol"
          : i.capaian === null
            ? "tanpa-capaian"
            : efisien
              ? "efisien"
              : "tidak-efisien";
    return {
      kode: i.kode,
      indikator: i,
      program,
      pagu,
      realisasi,
      capaian: i.capaian,
      serapan: ser,
      efisien,
      nilaiEfisiensi: ser !== null && i.capaian ? (1 - ser / i.capaian) * 100 : null,
      keterangan,
    };
  });
}
