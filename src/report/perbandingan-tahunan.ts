/**
 * Perbandingan Tahunan (seed §3.1.3): per indikator the target, realisasi, capaian and predikat
 * of each tahun the tables hold, with the trend, and a note where the typed capaian disagrees.
 */
import type { Analysis } from "../core/analyze";
import { formatAngka, formatTertulis } from "../core/angka";
import type { IndikatorRinci } from "../core/kinerja";
import { rataRata } from "../core/capaian";
import { predikatDari } from "../core/skala";
import { SheetBuilder, valueCell, rumus, type SheetCell } from "./sheet-builder";
import { cellRef } from "./rumus";
import { rumusCapaian, realisasiCell, targetCell } from "./kinerja-cells";
import type { SheetSpec } from "./sheet-spec";
import { formatPredikat, BLOCK_WIDTH, predikatCell, writeSkalaBlock, type BlokSkala } from "./predikat-hidup";
import { columnLetters } from "../core/table";
import { groupBy } from "../core/lookup";

const PER_TAHUN = 4;
const AWAL = 4; // first column of the first tahun (after No, Indikator, Satuan)

/** Why a typed capaian is flagged, for the Catatan column. */
function catatan(i: IndikatorRinci | null): string | null {
  const t = i?.capaianTercatat;
  if (!i || !t || t.hasil === "sama" || i.capaian === null) return null;
  const jenis = t.hasil === "pembulatan" ? "dipotong, bukan dibulatkan" : "tidak sesuai";
  return `${i.tahun}: tercatat ${formatTertulis(t.nilai)} ${jenis} (seharusnya ${formatAngka(i.capaian, 2)})`;
}

export function buildPerbandinganTahunan(analysis: Analysis): SheetSpec {
  const { tahunan, skala } = analysis;
  const n = tahunan.tahun.length;
  const lebar = 3 + n * PER_TAHUN + 2;
  const l = new SheetBuilder(lebar + 1 + BLOCK_WIDTH);
  const rentang = n > 1 ? `${tahunan.tahun[0]}–${tahunan.tahun[n - 1]}` : String(tahunan.tahun[0]);
  l.judul(`Perbandingan Capaian Kinerja Tahun ${rentang}`);
  l.subjudul(
    "Target, realisasi, capaian dan predikat tiap tahun; tren membandingkan tahun laporan dengan tahun sebelumnya.",
  );
  l.tambah([]);
  const judulTahun = tahunan.tahun.flatMap((t) => [
    `Target ${t}`,
    `Realisasi ${t}`,
    `Capaian ${t} (%)`,
    `Predikat ${t}`,
  ]);
  const header = l.header(
    ["No", "Indikator Kinerja", "Satuan", ...judulTahun, "Tren", "Catatan"].map((h) =>
      valueCell(h, "header"),
    ),
  );
  const blok = writeSkalaBlock(l, skala, lebar + 2, header);
  const akhir = writeTahunan(l, analysis, blok, header);
  return l.selesai(
    "perbandinganTahunan",
    [5, 44, 8, ...tahunan.tahun.flatMap(() => [10, 10, 11, 13]), 8, 40, 3, 15, 16, 11, 11],
    {
      printColumns: lebar,
      // The Catatan column is for the staff: the chapter carries no internal notes. The chapter
      // prints the seed's columns (target, realisasi, capaian per tahun), so it fits portrait.
      wordColumns: lebar - 1,
      wordOmit: [2, ...tahunan.tahun.map((_, k) => AWAL - 1 + k * PER_TAHUN + 3)],
      conditionalFormats: tahunan.tahun.flatMap((_, k) => {
        const kol = columnLetters(AWAL + k * PER_TAHUN + 3);
        return formatPredikat(`${kol}${header + 1}:${kol}${Math.max(header + 1, akhir)}`, skala);
      }),
      freeze: { rows: header, columns: 2 },
      printTitles: `${header}:${header}`,
      landscape: true,
    },
  );
}

/** A row per sasaran (its mean and predikat per tahun), then its indikator; returns the last row. */
function writeTahunan(l: SheetBuilder, analysis: Analysis, blok: BlokSkala, header: number): number {
  const { tahunan, skala } = analysis;
  let barisBerikut = header + 1;
  const tulis = (row: SheetCell[]) => l.tulis(barisBerikut++, row);
  const perSasaran = groupBy(tahunan.indikator, (i) => i.sasaran);
  tahunan.sasaran.forEach((s, si) => {
    const anggota = perSasaran.get(s.sasaran) ?? [];
    const bs = barisBerikut;
    const awal = bs + 1;
    const akhir = bs + anggota.length;
    const row: SheetCell[] = [
      valueCell(si + 1, "sasaranTengah"),
      valueCell(s.sasaran, "sasaran"),
      valueCell("", "sasaran"),
    ];
    tahunan.tahun.forEach((_, k) => {
      const c = AWAL + k * PER_TAHUN + 2;
      // The mean of exactly the rows the formula averages (a sasaran may be worded differently in another year).
      const rata = rataRata(anggota.map((i) => i.per[k]?.capaian ?? null));
      const p = rata === null ? null : predikatDari(rata, skala);
      row.push(valueCell("", "sasaran"), valueCell("", "sasaran"));
      row.push(
        rumus(`=IFERROR(AVERAGE(${cellRef(c, awal)}:${cellRef(c, akhir)}),"")`, rata ?? "", "persenTebal"),
      );
      row.push(predikatCell(blok, cellRef(c, bs), p?.predikat ?? null, p?.indeks ?? null, skala));
    });
    row.push(valueCell("", "sasaran"), valueCell("", "sasaran"));
    tulis(row);
    anggota.forEach((ind, ii) => {
      const b = barisBerikut;
      const r: SheetCell[] = [
        valueCell(`${si + 1}.${ii + 1}`, "teksTengah"),
        valueCell(ind.indikator, "teks"),
        valueCell(ind.satuan, "teksTengah"),
      ];
      ind.per.forEach((p, k) => {
        const c = AWAL + k * PER_TAHUN;
        if (!p) {
          r.push(
            valueCell("", "angka"),
            valueCell("", "angka"),
            valueCell("", "persen"),
            valueCell("", "predikatLuar"),
          );
          return;
        }
        r.push(targetCell(p.targetNilai, p.targetSel), realisasiCell(p.realisasi, p.realisasiSel));
        r.push(rumus(rumusCapaian(p.rasio, p.targetNilai, c, c + 1, b), p.capaian ?? "", "persen"));
        r.push(predikatCell(blok, cellRef(c + 2, b), p.predikat, p.pitaIndeks, skala));
      });
      const catatanTahun = ind.per.map(catatan).filter((x): x is string => x !== null);
      r.push(valueCell(ind.tren ?? "", "teksTengah"), valueCell(catatanTahun.join("; "), "teks"));
      tulis(r);
    });
  });
  return barisBerikut - 1;
}
