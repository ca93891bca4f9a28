/**
 * Realisasi Anggaran per Sasaran (the SAKIP evaluation sheet, LKE PermenPANRB 88/2021, asks for
 * the budget tied to every sasaran): each sasaran's programs — the units linked by Kode IKU to
 * its indikator — summed; the programs linked to no indikator of the tahun are a group apart.
 */
import { programPerIku, unitAnggaran, type NodeAnggaran } from "./anggaran";
import type { SasaranRinci } from "./kinerja";
import { serapan, type Sen } from "./uang";

export interface AnggaranSasaran {
  /** Null for the programs without IKU (e.g. Program Penunjang). */
  sasaran: string | null;
  program: NodeAnggaran[];
  pagu: Sen;
  realisasi: Sen;
  persen: number | null;
}

/** The JSON's name for the group of programs without IKU. */
export const TANPA_IKU = "Program tanpa IKU";

export function computeAnggaranSasaran(sasaran: SasaranRinci[], akar: NodeAnggaran[]): AnggaranSasaran[] {
  const perIku = programPerIku(akar);
  const dipakai = new Set<NodeAnggaran>();
  const grup = (nama: string | null, program: NodeAnggaran[]): AnggaranSasaran => {
    const pagu = program.reduce((s, p) => s + p.pagu, 0n);
    const realisasi = program.reduce((s, p) => s + p.realisasi, 0n);
    return { sasaran: nama, program, pagu, realisasi, persen: serapan(realisasi, pagu) };
  };
  const hasil = sasaran.map((s) => {
    // A program linked to two indikator of one sasaran counts once.
    const program = [...new Set(s.indikator.flatMap((i) => perIku.get(i.kode) ?? []))].filter(
      (p) => !dipakai.has(p),
    );
    program.forEach((p) => dipakai.add(p));
    return grup(s.sasaran, program);
  });
  const lain = unitAnggaran(akar).filter((u) => !dipakai.has(u));
  if (lain.length > 0) hasil.push(grup(null, lain));
  return hasil;
}
