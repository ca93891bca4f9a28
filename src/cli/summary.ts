/** The short Indonesian summary the command prints after a run. */
import { skalaName } from "../core/label";
import { formatAngka } from "../core/angka";
import type { Analysis } from "../core/analyze";
import { LABEL } from "../core/messages";
import { totalRupiah } from "../core/proyeksi";
import type { Tingkat } from "../core/temuan";

const pct = (x: number | null) => (x === null ? "-" : `${formatAngka(x, 2)} %`);

export function runSummary(analysis: Analysis): string {
  const { opd } = analysis;
  const baris: string[] = [
    `Capaian Kinerja Tahun ${analysis.tahun} (skala ${skalaName(analysis.skala.nama)})`,
  ];
  analysis.sasaran.forEach((s, i) =>
    baris.push(`  ${i + 1}. ${s.sasaran}: ${pct(s.capaian)} ${s.predikat ?? ""}`.trimEnd()),
  );
  baris.push(`  Capaian OPD: ${pct(opd.capaian)} ${opd.predikat ?? ""}`.trimEnd());
  const t = totalRupiah(analysis.total);
  baris.push(
    `Anggaran: pagu Rp ${formatAngka(t.pagu, 0)}, realisasi Rp ${formatAngka(t.realisasi, 0)}, serapan ${pct(t.persen)}`,
  );
  const jumlah = (tingkat: Tingkat) => analysis.temuan.filter((x) => x.tingkat === tingkat).length;
  baris.push(
    `Temuan: ${(["error", "peringatan", "info"] as const).map((k) => `${jumlah(k)} ${LABEL.tingkat[k].toLowerCase()}`).join(", ")}`,
  );
  return baris.join("\n");
}
