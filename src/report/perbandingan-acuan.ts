/**
 * Perbandingan Renstra (seed §3.1.4) and Standar Nasional (§3.1.5): the run's realisasi against
 * the Renstra's end target or a national standard, beside the year's own target.
 */
import type { Analysis } from "../core/analyze";
import type { Pembanding } from "../core/renstra";
import { SheetBuilder, valueCell, rumus } from "./sheet-builder";
import { rumusCapaian, realisasiCell, targetCell } from "./kinerja-cells";
import type { SheetSpec } from "./sheet-spec";
import { stylePredikat } from "./styles";
import { formatPredikat, BLOCK_WIDTH, writeSkalaBlock } from "./predikat-hidup";

const KOL = { acuan: 4, target: 5, realisasi: 6 };

export function buildPerbandinganAcuan(
  analysis: Analysis,
  jenis: "renstra" | "standarNasional",
): SheetSpec | null {
  const data: Pembanding[] | null = jenis === "renstra" ? analysis.renstra : analysis.standarNasional;
  if (!data) return null;
  const { tahun } = analysis;
  const acuan = jenis === "renstra" ? "Target Akhir Renstra" : "Standar Nasional";
  const l = new SheetBuilder(10 + BLOCK_WIDTH);
  l.judul(
    jenis === "renstra"
      ? `Perbandingan Realisasi ${tahun} dengan Target Renstra`
      : `Perbandingan Realisasi ${tahun} dengan Standar Nasional`,
  );
  l.subjudul(
    `Capaian terhadap ${acuan.toLowerCase()} dihitung dengan rumus yang sama dengan capaian tahunan.`,
  );
  l.tambah([]);
  const header = l.header(
    [
      "No",
      "Indikator Kinerja",
      "Satuan",
      acuan,
      `Target ${tahun}`,
      `Realisasi ${tahun}`,
      `Capaian thd Target ${tahun} (%)`,
      `Capaian thd ${acuan} (%)`,
      "Predikat",
    ].map((h) => valueCell(h, "header")),
  );
  const blok = writeSkalaBlock(l, analysis.skala, 11, header);
  data.forEach((p, k) => {
    const b = header + 1 + k;
    const i = p.indikatorRinci;
    l.tulis(b, [
      valueCell(k + 1, "teksTengah"),
      valueCell(p.indikator, "teks"),
      valueCell(p.satuan, "teksTengah"),
      targetCell(p.acuan, p.acuanSel),
      targetCell(i.targetNilai, i.targetSel),
      realisasiCell(i.realisasi, i.realisasiSel),
      rumus(rumusCapaian(i.rasio, i.targetNilai, KOL.target, KOL.realisasi, b), i.capaian ?? "", "persen"),
      p.acuan
        ? rumus(rumusCapaian(i.rasio, p.acuan, KOL.acuan, KOL.realisasi, b), p.capaian ?? "", "persen")
        : valueCell("", "persen"),
      p.acuan
        ? rumus(
            blok.rumus(`H${b}`),
            p.predikat ?? "",
            stylePredikat(p.pitaIndeks, analysis.skala.pita.length),
          )
        : valueCell(`${acuan} belum diisi`, "predikatLuar"),
    ]);
  });
  const akhir = header + Math.max(1, data.length);
  return l.selesai(
    jenis === "renstra" ? "perbandinganRenstra" : "standarNasional",
    [5, 50, 8, 14, 11, 11, 14, 16, 16, 3, 15, 16, 11, 11],
    {
      printColumns: 9,
      conditionalFormats: formatPredikat(`I${header + 1}:I${akhir}`, analysis.skala),
      freeze: { rows: header, columns: 0 },
      printTitles: `${header}:${header}`,
      landscape: true,
    },
  );
}
