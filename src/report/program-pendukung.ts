/**
 * Program/Kegiatan yang menunjang keberhasilan atau kegagalan (seed §3.1.8): per indikator the
 * programs linked by Kode IKU and their kegiatan, the indikator's capaian, and Menunjang /
 * Tidak Menunjang — live: Menunjang while the capaian reaches 100 %.
 */
import type { Analysis } from "../core/analyze";
import { programPerIku, type NodeAnggaran } from "../core/anggaran";
import type { IndikatorRinci } from "../core/kinerja";
import { SheetBuilder, valueCell, rumus, type SheetCell } from "./sheet-builder";
import { rumusCapaianAntara } from "./kinerja-cells";
import type { SheetSpec } from "./sheet-spec";

export const MENUNJANG = { ya: "Menunjang", tidak: "Tidak Menunjang" } as const;
export const TANPA_PROGRAM = "Tidak ada program terkait";

/** The capaian over the source cells, as Analisis Efisiensi writes it. */
function selCapaian(i: IndikatorRinci): SheetCell {
  if (i.targetSel.angka && i.realisasiSel?.angka && i.targetNilai)
    return rumus(
      rumusCapaianAntara(i.rasio, i.targetNilai, i.targetSel.ref, i.realisasiSel.ref),
      i.capaian ?? "",
      "persen",
    );
  return valueCell(i.capaian ?? "", "persen");
}

/** The (program, kegiatan) rows of an indikator: a program without kegiatan is its own row. */
interface Pasangan {
  program: NodeAnggaran | null;
  kegiatan: NodeAnggaran | null;
}

function pasangan(program: NodeAnggaran[]): Pasangan[] {
  return program.flatMap<Pasangan>((p) =>
    p.anak.length ? p.anak.map((k) => ({ program: p, kegiatan: k })) : [{ program: p, kegiatan: null }],
  );
}

export function buildProgramPendukung(analysis: Analysis): SheetSpec {
  const { tahun } = analysis;
  const l = new SheetBuilder(7);
  l.judul(`Program/Kegiatan yang Menunjang Pencapaian Kinerja Tahun ${tahun}`, "A1:G1");
  l.subjudul(
    `Program dan kegiatan dikaitkan dengan IKU melalui kolom Kode IKU tabel pagu; "${MENUNJANG.ya}" bila capaian IKU-nya mencapai 100 %.`,
    "A2:G2",
  );
  l.tambah([]);
  const header = l.header(
    [
      "No",
      "Sasaran Strategis",
      "Indikator Kinerja Utama (IKU)",
      "Program",
      "Kegiatan",
      `% Capaian Kinerja Tahun ${tahun}`,
      "Menunjang/ Tidak Menunjang",
    ].map((h) => valueCell(h, "header")),
  );
  const perIku = programPerIku(analysis.anggaran);
  const gabung = (kol: string, a: number, b: number) => {
    if (b > a) l.gabung(`${kol}${a}:${kol}${b}`);
  };
  analysis.sasaran.forEach((s, si) => {
    const awalSasaran = l.berikut;
    for (const i of s.indikator) {
      const awalIku = l.berikut;
      const baris = pasangan(perIku.get(i.kode) ?? []);
      if (baris.length === 0) baris.push({ program: null, kegiatan: null });
      let awalProgram = awalIku;
      baris.forEach((x, k) => {
        const b = l.berikut;
        const programBaru = k === 0 || baris[k - 1].program !== x.program;
        if (programBaru && k > 0) {
          gabung("D", awalProgram, b - 1);
          awalProgram = b;
        }
        l.tambah([
          b === awalSasaran ? valueCell(si + 1, "teksTengah") : valueCell(null, "teksTengah"),
          b === awalSasaran ? valueCell(s.sasaran, "teks") : valueCell(null, "teks"),
          k === 0 ? valueCell(i.indikator, "teks") : valueCell(null, "teks"),
          programBaru
            ? valueCell(x.program ? x.program.uraian : TANPA_PROGRAM, "teks")
            : valueCell(null, "teks"),
          valueCell(x.kegiatan?.uraian ?? "", "teks"),
          k === 0 ? selCapaian(i) : rumus(`=F${awalIku}`, i.capaian ?? "", "persen"),
          rumus(
            `=IF(F${b}="","",IF(F${b}>=100,"${MENUNJANG.ya}","${MENUNJANG.tidak}"))`,
            i.capaian === null ? "" : i.capaian >= 100 ? MENUNJANG.ya : MENUNJANG.tidak,
            i.capaian === null ? "teksTengah" : i.capaian >= 100 ? "predikat2" : "predikat5",
          ),
        ]);
      });
      gabung("D", awalProgram, l.berikut - 1);
      gabung("C", awalIku, l.berikut - 1);
    }
    gabung("A", awalSasaran, l.berikut - 1);
    gabung("B", awalSasaran, l.berikut - 1);
  });
  const akhir = Math.max(header + 1, l.berikut - 1);
  return l.selesai("programPendukung", [5, 28, 34, 30, 40, 12, 14], {
    printColumns: 7,
    freeze: { rows: header, columns: 0 },
    printTitles: `${header}:${header}`,
    landscape: true,
    conditionalFormats: [
      { range: `G${header + 1}:G${akhir}`, equals: MENUNJANG.ya, style: "predikat2" },
      { range: `G${header + 1}:G${akhir}`, equals: MENUNJANG.tidak, style: "predikat5" },
    ],
  });
}
