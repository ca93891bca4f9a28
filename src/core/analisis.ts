/**
 * Analisis keberhasilan/kegagalan (seed §3.1.6, PermenPANRB 53/2014): per indikator, the facts
 * the data can state, beside the staff's own text from the optional `analisis` table (Kode,
 * Faktor Pendukung, Faktor Penghambat, Solusi). What only the staff know is never invented:
 * without their text the chapter shows a marked line for them to fill in.
 */
import { formatAngka } from "./angka";
import { firstBy } from "./lookup";
import type { Catatan, ReadTable } from "./read";
import { readTahun } from "./read";
import type { EfisiensiIndikator } from "./efisiensi";
import type { IndikatorRinci } from "./kinerja";
import { MESSAGES } from "./messages";
import type { Pembanding } from "./renstra";
import type { Tahunan } from "./tahunan";

export interface AnalisisIndikator {
  kode: string;
  indikator: IndikatorRinci;
  fakta: string[];
  pendukung: string | null;
  penghambat: string | null;
  solusi: string | null;
}

/** Serapan above which a missed target is worth saying: the money was spent. */
const SERAPAN_HIGH = 90;

const persen = (x: number) => `${formatAngka(x, 2)} %`;

export const ANALISIS_TEXT = {
  tercapai: (c: number) => `Target tercapai: capaian ${persen(c)}.`,
  tidakTercapai: (c: number) => `Target tidak tercapai: capaian ${persen(c)}.`,
  tidakTercapaiSerapanTinggi: (c: number, s: number) =>
    `Target tidak tercapai (capaian ${persen(c)}) walaupun anggaran program pendukungnya terserap ${persen(s)}.`,
  turunTigaTahun: (per: { tahun: number; capaian: number }[]) =>
    `Capaian turun tiga tahun berturut-turut (${per.map((p) => `${p.tahun}: ${persen(p.capaian)}`).join("; ")}).`,
  melampauiRenstra: (c: number) => `Realisasi sudah mencapai target akhir Renstra (capaian ${persen(c)}).`,
  tanpaAnggaran:
    "Tidak ada program/kegiatan yang dikaitkan dengan indikator ini (kolom Kode IKU tabel pagu kosong).",
  paguNol: "Program pendukungnya berpagu Rp 0.",
  isiSendiri: '[Diisi oleh OPD: tabel "analisis" belum memuat indikator ini]',
} as const;

/** The facts the data states about one indikator. */
function fakta(
  i: IndikatorRinci,
  efisiensi: EfisiensiIndikator | undefined,
  per: (IndikatorRinci | null)[],
  tahun: number[],
  renstra: Pembanding | undefined,
): string[] {
  const hasil: string[] = [];
  const c = i.capaian;
  const s = efisiensi?.serapan ?? null;
  if (c !== null) {
    if (c >= 100) hasil.push(ANALISIS_TEXT.tercapai(c));
    else if (s !== null && s > SERAPAN_HIGH) hasil.push(ANALISIS_TEXT.tidakTercapaiSerapanTinggi(c, s));
    else hasil.push(ANALISIS_TEXT.tidakTercapai(c));
  }
  const tiga = per
    .map((p, k) => (p?.capaian != null ? { tahun: tahun[k], capaian: p.capaian } : null))
    .slice(-3);
  if (
    tiga.length === 3 &&
    tiga.every((x) => x !== null) &&
    tiga[0]!.capaian > tiga[1]!.capaian &&
    tiga[1]!.capaian > tiga[2]!.capaian
  )
    hasil.push(ANALISIS_TEXT.turunTigaTahun(tiga as { tahun: number; capaian: number }[]));
  if (renstra?.capaian != null && renstra.capaian >= 100)
    hasil.push(ANALISIS_TEXT.melampauiRenstra(renstra.capaian));
  if (efisiensi?.keterangan === "tanpa-program") hasil.push(ANALISIS_TEXT.tanpaAnggaran);
  else if (efisiensi?.keterangan === "pagu-nol") hasil.push(ANALISIS_TEXT.paguNol);
  return hasil;
}

/** The staff's text per kode, from the rows of the run's tahun (or without Tahun). */
function staffTexts(
  tabel: ReadTable | undefined,
  kodeDikenal: Set<string>,
  tahun: number,
  catatan: Catatan,
): Map<string, { pendukung: string | null; penghambat: string | null; solusi: string | null }> {
  const peta = new Map<
    string,
    { pendukung: string | null; penghambat: string | null; solusi: string | null }
  >();
  if (!tabel) return peta;
  for (let r = 0; r < tabel.jumlahBaris; r++) {
    const t = readTahun(tabel, r, catatan);
    if (t !== "kosong" && t !== tahun) continue;
    const kode = tabel.teks(r, "Kode");
    if (!kode) continue;
    if (!kodeDikenal.has(kode)) {
      catatan.tambah("KODE_TIDAK_DIKENAL", {
        kode,
        tabel: "analisis",
        baris: r + 1,
        kolom: "Kode",
        alamat: tabel.alamat(r, "Kode"),
        pesan: MESSAGES.kodeAnalisisTidakDikenal(kode, tabel.alamat(r, "Kode")),
      });
      continue;
    }
    if (peta.has(kode)) continue;
    const isi = (k: string) => (tabel.punya(k) ? tabel.teks(r, k) || null : null);
    peta.set(kode, {
      pendukung: isi("Faktor Pendukung"),
      penghambat: isi("Faktor Penghambat"),
      solusi: isi("Solusi"),
    });
  }
  return peta;
}

export function buildAnalisis(
  indikator: IndikatorRinci[],
  efisiensi: EfisiensiIndikator[],
  tahunan: Tahunan,
  renstra: Pembanding[] | null,
  tabel: ReadTable | undefined,
  catatan: Catatan,
): AnalisisIndikator[] {
  const tahun = tahunan.tahun[tahunan.tahun.length - 1];
  const staf = staffTexts(tabel, new Set(indikator.map((i) => i.kode)), tahun, catatan);
  const kode = (x: { kode: string }) => x.kode;
  const efisiensiPer = firstBy(efisiensi, kode);
  const tahunanPer = firstBy(tahunan.indikator, kode);
  const renstraPer = firstBy(renstra ?? [], kode);
  return indikator.map((i) => {
    const t = staf.get(i.kode);
    return {
      kode: i.kode,
      indikator: i,
      fakta: fakta(
        i,
        efisiensiPer.get(i.kode),
        tahunanPer.get(i.kode)?.per ?? [],
        tahunan.tahun,
        renstraPer.get(i.kode),
      ),
      pendukung: t?.pendukung ?? null,
      penghambat: t?.penghambat ?? null,
      solusi: t?.solusi ?? null,
    };
  });
}
