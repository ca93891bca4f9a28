/** The short Indonesian summary the command prints after a run. */
import { namaSkala } from "../core/label";
import { formatAngka } from "../core/angka";
import type { Analysis } from "../core/analyze";
import { LABEL } from "../core/pesan";
import type { Tingkat } from "../core/temuan";

const pct = (x: number | null) => (x === null ? "-" : `${formatAngka(x, 2)} %`);

export function ringkasan(analysis: Analysis): string {
  const { laporan } = analysis;
  const baris: string[] = [`Capaian Kinerja Tahun ${laporan.tahun} (skala ${namaSkala(laporan.skala)})`];
  laporan.sasaran.forEach((s, i) =>
    baris.push(`  ${i + 1}. ${s.sasaran}: ${pct(s.capaian)} ${s.predikat ?? ""}`.trimEnd()),
  );
  if (laporan.opd)
    baris.push(`  Capaian OPD: ${pct(laporan.opd.capaian)} ${laporan.opd.predikat ?? ""}`.trimEnd());
  const t = laporan.total;
  baris.push(
    `Anggaran: pagu Rp ${formatAngka(t.pagu, 0)}, realisasi Rp ${formatAngka(t.realisasi, 0)}, serapan ${pct(t.persen)}`,
  );
  const jumlah = (tingkat: Tingkat) => laporan.temuan.filter((x) => x.tingkat === tingkat).length;
  baris.push(
    `Temuan: ${(["error", "peringatan", "info"] as const).map((k) => `${jumlah(k)} ${LABEL.tingkat[k].toLowerCase()}`).join(", ")}`,
  );
  return baris.join("\n");
}
