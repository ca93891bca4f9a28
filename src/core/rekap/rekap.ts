/**
 * The pemda recap from the OPD summaries: totals exact to the sen (bigint sums of the OPD
 * totals), the mean capaian of the OPDs (PESAN_REKAP.aturanRataRata), rankings by capaian and by
 * serapan, the IKU Pemda table and the workbooks that could not be used. Pure and linear in the
 * number of OPD.
 */
import { Catatan } from "../read";
import { rataRata } from "../capaian";
import { PRESET, predikatDari, type Skala } from "../skala";
import type { RawTable } from "../table";
import type { Temuan } from "../temuan";
import { serapan, type Sen } from "../uang";
import { buildIkuPemda, type IkuPemda } from "./iku-pemda";
import { REKAP_MESSAGES } from "./messages";
import type { OpdSummary } from "./opd-summary";

export interface FailedFile {
  berkas: string;
  /** Indonesian: why the workbook could not be used and what to do. */
  alasan: string;
}

export interface Peringkat {
  /** Index into Rekap.opd. */
  opd: number;
  nilai: number;
  /** 1 = best; equal values share a rank (1, 2, 2, 4). */
  peringkat: number;
}

export interface Rekap {
  /** The tahun most OPD report (or the one asked for). */
  tahun: number | null;
  skala: Skala;
  opd: OpdSummary[];
  gagal: FailedFile[];
  total: { pagu: Sen; realisasi: Sen; serapan: number | null };
  capaian: { rataRata: number | null; predikat: string | null; pitaIndeks: number | null; jumlahOpd: number };
  peringkat: { capaian: Peringkat[]; serapan: Peringkat[] };
  /** Null when no workbook has an `iku_pemda` table. */
  ikuPemda: IkuPemda[] | null;
  /** The recap's own findings (tahun mismatches, IKU Pemda mapping). */
  temuan: Temuan[];
  /** True when the budget came from one pemda-wide SIPD-RI export (no capaian). */
  sipd: boolean;
}

export interface RekapOptions {
  tahun?: number;
  skala?: Skala;
  /** The `iku_pemda` table, when one of the workbooks (or the open workbook) has it. */
  ikuPemda?: RawTable | null;
  sipd?: boolean;
}

/** Descending by value, ties in input order, sharing a rank. */
export function urutkanPeringkat(nilai: (number | null)[]): Peringkat[] {
  const ada = nilai.flatMap((v, opd) => (v === null ? [] : [{ opd, nilai: v, peringkat: 0 }]));
  ada.sort((a, b) => b.nilai - a.nilai || a.opd - b.opd);
  ada.forEach((p, i) => (p.peringkat = i > 0 && ada[i - 1].nilai === p.nilai ? ada[i - 1].peringkat : i + 1));
  return ada;
}

function tahunTerbanyak(opd: OpdSummary[]): number | null {
  const n = new Map<number, number>();
  for (const o of opd) n.set(o.tahun, (n.get(o.tahun) ?? 0) + 1);
  let terbaik: number | null = null;
  for (const [t, k] of n)
    if (terbaik === null || k > (n.get(terbaik) ?? 0) || (k === n.get(terbaik) && t > terbaik)) terbaik = t;
  return terbaik;
}

export function buildRekap(opd: OpdSummary[], gagal: FailedFile[], opsi: RekapOptions = {}): Rekap {
  const skala = opsi.skala ?? PRESET.lkjip;
  const tahun = opsi.tahun ?? tahunTerbanyak(opd);
  const catatan = new Catatan(tahun);
  if (!opsi.sipd)
    for (const o of opd)
      if (tahun !== null && o.tahun !== tahun)
        catatan.tambah("NILAI_TIDAK_VALID", {
          tabel: "targets",
          kolom: "Tahun",
          tahun: o.tahun,
          tercatat: o.tahun,
          dihitung: tahun,
          pesan: REKAP_MESSAGES.tahunBerbeda(o.berkas, o.tahun, tahun),
        });
  const pertama = new Map<string, OpdSummary>();
  for (const o of opd) {
    const p = pertama.get(o.nama.toLowerCase());
    if (p)
      catatan.tambah("KODE_GANDA", {
        kode: o.nama,
        tercatat: o.berkas,
        pesan: REKAP_MESSAGES.opdGanda(o.nama, o.berkas, p.berkas),
      });
    else pertama.set(o.nama.toLowerCase(), o);
  }
  let pagu = 0n;
  let realisasi = 0n;
  for (const o of opd) {
    pagu += o.pagu;
    realisasi += o.realisasi;
  }
  const rata = rataRata(opd.map((o) => o.capaian));
  const pita = rata === null ? null : predikatDari(rata, skala);
  const ikuPemda = opsi.ikuPemda ? buildIkuPemda(opsi.ikuPemda, opd, skala, catatan) : null;
  return {
    tahun,
    skala,
    opd,
    gagal,
    // A SIPD recap without realisasi downloads has no serapan at all (not 0 %).
    total: {
      pagu,
      realisasi,
      serapan: opd.length > 0 && opd.every((o) => o.serapan === null) ? null : serapan(realisasi, pagu),
    },
    capaian: {
      rataRata: rata,
      predikat: pita?.predikat ?? null,
      pitaIndeks: pita?.indeks ?? null,
      jumlahOpd: opd.filter((o) => o.capaian !== null).length,
    },
    peringkat: {
      capaian: urutkanPeringkat(opd.map((o) => o.capaian)),
      serapan: urutkanPeringkat(opd.map((o) => o.serapan)),
    },
    ikuPemda,
    temuan: catatan.temuan,
    sipd: opsi.sipd ?? false,
  };
}
