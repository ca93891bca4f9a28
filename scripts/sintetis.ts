/**
 * Synthetic workbooks of any size for benchmarks: N budget lines (programs of 10 kegiatan with 10
 * sub kegiatan each) and N / 10 indikator, with amounts up to 10^13 rupiah with sen.
 */
import type { CellValue, RawTable } from "../src/core/tabel";

/** A small deterministic generator, so every run measures the same workbook. */
function acak(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function tabelSintetis(budgetLines: number, tahun = 2024): RawTable[] {
  const r = acak(budgetLines);
  const jumlahIndikator = Math.max(1, Math.round(budgetLines / 10));
  const targets: CellValue[][] = [];
  for (let i = 1; i <= jumlahIndikator; i++) {
    targets.push([
      `IKU-${i}`,
      `Sasaran ${Math.ceil(i / 5)}`,
      `Indikator ${i}`,
      "%",
      50 + Math.floor(r() * 50),
      i % 7 === 0 ? "negatif" : "positif",
      tahun,
    ]);
  }
  const pagu: CellValue[][] = [];
  const realisasi: CellValue[][] = targets.map((t) => [t[0], tahun, Math.round(r() * 12000) / 100, null]);
  let program = 0;
  while (pagu.length < budgetLines) {
    program++;
    const kodeProgram = `1.${String(Math.floor(program / 100) + 1).padStart(2, "0")}.${String(program % 100).padStart(2, "0")}`;
    const baris = pagu.length;
    pagu.push([
      kodeProgram,
      `Program ${program}`,
      null,
      `IKU-${((program - 1) % jumlahIndikator) + 1}`,
      tahun,
    ]);
    let totalProgram = 0n;
    for (let k = 1; k <= 10 && pagu.length < budgetLines; k++) {
      const kodeKegiatan = `${kodeProgram}.2.${String(k).padStart(2, "0")}`;
      const barisKegiatan = pagu.length;
      pagu.push([kodeKegiatan, `Kegiatan ${program}.${k}`, null, null, tahun]);
      let totalKegiatan = 0n;
      for (let s = 1; s <= 10 && pagu.length < budgetLines; s++) {
        const sen = BigInt(Math.floor(r() * 1e9)) * 10000n + BigInt(Math.floor(r() * 10000));
        const kode = `${kodeKegiatan}.${String(s).padStart(4, "0")}`;
        pagu.push([kode, `Sub kegiatan ${program}.${k}.${s}`, Number(sen) / 100, null, tahun]);
        realisasi.push([kode, tahun, Math.floor((Number(sen) * (0.8 + r() * 0.2)) / 1) / 100, null]);
        totalKegiatan += sen;
      }
      pagu[barisKegiatan][2] = Number(totalKegiatan) / 100;
      totalProgram += totalKegiatan;
    }
    pagu[baris][2] = Number(totalProgram) / 100;
  }
  const tabel = (name: string, sheet: string, headers: string[], rows: CellValue[][]): RawTable => ({
    name,
    sheet,
    headerRow: 1,
    firstColumn: 1,
    headers,
    rows,
  });
  return [
    tabel(
      "targets",
      "Perjanjian Kinerja",
      ["Kode", "Sasaran", "Indikator", "Satuan", "Target", "Polaritas", "Tahun"],
      targets,
    ),
    tabel("pagu", "DPA", ["Kode", "Uraian", "Pagu", "Kode IKU", "Tahun"], pagu),
    tabel("realisasi", "Realisasi", ["Kode", "Tahun", "Realisasi", "Persen"], realisasi),
  ];
}
