/**
 * Perbandingan Renstra (seed §3.1.4) and Standar Nasional (§3.1.5): the run's realisasi
 * against the Renstra's end target or a national standard, with capaian and predikat.
 */
import type { Catatan, ReadTable } from "./read";
import { MESSAGES } from "./messages";
import { computeCapaian, parseTarget, type Target } from "./capaian";
import type { IndikatorRinci } from "./kinerja";
import { predikatDari, type Skala } from "./skala";
import type { SourceCell } from "./read";

export interface Pembanding {
  kode: string;
  indikator: string;
  satuan: string;
  /** The Renstra target or the national standard. */
  acuan: Target | null;
  acuanSel: SourceCell;
  /** The year's own target and realisasi, for reading the row. */
  indikatorRinci: IndikatorRinci;
  capaian: number | null;
  predikat: string | null;
  pitaIndeks: number | null;
}

/** Null when the targets table has no such column (the comparison is then left out). */
export function bandingkanDengan(
  kolom: "Target Renstra" | "Standar Nasional",
  targets: ReadTable,
  indikator: IndikatorRinci[],
  skala: Skala,
  catatan: Catatan,
): Pembanding[] | null {
  if (!targets.punya(kolom)) return null;
  return indikator.map((i) => {
    const acuan = parseTarget(targets.nilai(i.barisTarget, kolom), targets.buktiDari(kolom));
    const isi = targets.angka(i.barisTarget, kolom).jenis;
    // "-" means no standard applies (as the seed's §3.1.5 prints); other unreadable text is reported.
    if (!acuan && isi !== "kosong" && isi !== "tidak-tersedia")
      catatan.tambah("NILAI_TIDAK_VALID", {
        kode: i.kode,
        tabel: "targets",
        baris: i.barisTarget + 1,
        kolom,
        alamat: targets.alamat(i.barisTarget, kolom),
        tercatat: targets.teks(i.barisTarget, kolom),
        pesan: MESSAGES.bukanAngka(
          "targets",
          kolom,
          targets.alamat(i.barisTarget, kolom),
          targets.teks(i.barisTarget, kolom),
        ),
      });
    const capaian = acuan && i.realisasi !== null ? computeCapaian(acuan, i.realisasi, i.rasio) : null;
    const p = capaian === null ? null : predikatDari(capaian, skala);
    return {
      kode: i.kode,
      indikator: i.indikator,
      satuan: i.satuan,
      acuan,
      acuanSel: targets.sel(i.barisTarget, kolom),
      indikatorRinci: i,
      capaian,
      predikat: p?.predikat ?? null,
      pitaIndeks: p?.indeks ?? null,
    };
  });
}
