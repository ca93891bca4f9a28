/**
 * Performance: capaian and predikat of every indikator of the run's tahun, the stated values
 * checked, and the sasaran means.
 */
import {
  angkaOpsional,
  angkaWajib,
  PLAUSIBLE_LIMITS,
  type Catatan,
  type SourceCell,
  type ReadTable,
} from "./read";
import { computeCapaian, parsePolaritas, parseTarget, rataRata, type Target } from "./capaian";
import type { IndikatorReport, SasaranReport } from "./laporan";
import { bandingkan, bulatkan, type ComparisonResult } from "./presisi";
import { MESSAGES } from "./messages";
import { predikatDari, type Skala } from "./skala";
import { formatAngka } from "./angka";
import {
  parseRumus,
  polaritasDari,
  rasioDari,
  rumusDari,
  type Rasio,
  type RumusCapaian,
} from "./rumus-capaian";
import { readTriwulan } from "./triwulan";
import { skalaName } from "./label";

export interface IndikatorRinci extends IndikatorReport {
  rumus: RumusCapaian;
  /** How R and T make the capaian (the Rumus's ratio). */
  rasio: Rasio;
  targetNilai: Target | null;
  /** Source cells, so the output sheet can refer to them. */
  targetSel: SourceCell;
  realisasiSel: SourceCell | null;
  /** Index of the predikat's band in the scale (for colouring). */
  pitaIndeks: number | null;
  diLuarSkala: boolean;
  /** The capaian as typed in the realisasi table, and how it compares (null when none was typed). */
  capaianTercatat: { nilai: number; hasil: ComparisonResult } | null;
  /** The targets row, for the optional columns (Target Renstra, Standar Nasional). */
  barisTarget: number;
}

export interface SasaranRinci extends SasaranReport {
  indikator: IndikatorRinci[];
  pitaIndeks: number | null;
  diLuarSkala: boolean;
}

const normalPredikat = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

/** What every indikator of a run reads: the tables, the realisasi rows by kode, the scale. */
interface KonteksKinerja {
  targets: ReadTable;
  realisasi: ReadTable;
  realisasiPerKode: Map<string, number>;
  skala: Skala;
  tahun: number;
  catatan: Catatan;
  /** The precision of the stated Capaian column (the most decimals any of its values has). */
  presisiCapaian: number;
}

export function computeKinerja(
  targets: ReadTable,
  barisTarget: number[],
  realisasi: ReadTable,
  realisasiPerKode: Map<string, number>,
  skala: Skala,
  tahun: number,
  catatan: Catatan,
): { indikator: IndikatorRinci[]; sasaran: SasaranRinci[] } {
  const presisiCapaian = realisasi.presisi("Capaian", realisasiPerKode.values());
  const k: KonteksKinerja = { targets, realisasi, realisasiPerKode, skala, tahun, catatan, presisiCapaian };
  const indikator = barisTarget.map((r) => hitungIndikator(k, r));
  return { indikator, sasaran: hitungSasaran(indikator, skala, catatan, targets, barisTarget) };
}

/** One indikator: its formula, target, realisasi, capaian and predikat, the stated values checked. */
function hitungIndikator(k: KonteksKinerja, r: number): IndikatorRinci {
  const { targets, realisasi, catatan } = k;
  const kode = targets.kode(r);
  const { polaritas, rumus, rasio } = bacaPolaritas(targets, r, kode, catatan);
  const target = bacaTarget(targets, r, kode, catatan);
  const rr = k.realisasiPerKode.get(kode);
  const triwulan = rr === undefined ? null : readTriwulan(realisasi, rr, kode, rumus, catatan);
  const nilaiRealisasi = triwulan ? triwulan.nilai : bacaRealisasi(k, r, rr, kode);
  const capaian =
    target && nilaiRealisasi !== null
      ? capaianWajar(k, r, rr, kode, computeCapaian(target, nilaiRealisasi, rasio))
      : null;
  const p = capaian === null ? null : predikatDari(capaian, k.skala);
  if (p?.diLuarSkala && capaian !== null) catatDiLuarSkala(k, rr, kode, capaian, p.predikat);
  const capaianTercatat =
    rr === undefined
      ? null
      : periksaTercatat(realisasi, rr, kode, capaian, p?.predikat ?? null, k.presisiCapaian, catatan);
  return {
    kode,
    sasaran: targets.teks(r, "Sasaran") || "Tanpa sasaran",
    indikator: targets.teks(r, "Indikator"),
    satuan: targets.teks(r, "Satuan"),
    polaritas,
    rumus,
    rasio,
    tahun: k.tahun,
    target: target === null ? null : target.jenis === "rentang" ? target.teks : target.nilai,
    realisasi: nilaiRealisasi,
    capaian,
    predikat: p?.predikat ?? null,
    targetNilai: target,
    targetSel: targets.sel(r, "Target"),
    realisasiSel: triwulan?.sel ?? (rr === undefined ? null : realisasi.sel(rr, "Realisasi")),
    pitaIndeks: p?.indeks ?? null,
    diLuarSkala: p?.diLuarSkala ?? false,
    capaianTercatat,
    barisTarget: r,
  };
}

/** The targets cell of the indikator's row in a column, for a temuan. */
const lokasiTarget = (targets: ReadTable, r: number, kode: string, kolom: string) => ({
  kode,
  tabel: "targets",
  baris: r + 1,
  kolom,
  alamat: targets.alamat(r, kolom),
});

/** Polaritas (unknown text is reported and read as positif), then the Rumus and its ratio. */
function bacaPolaritas(targets: ReadTable, r: number, kode: string, catatan: Catatan) {
  let polaritas = parsePolaritas(targets.nilai(r, "Polaritas"));
  if (polaritas === null) {
    catatan.tambah("NILAI_TIDAK_VALID", {
      ...lokasiTarget(targets, r, kode, "Polaritas"),
      tercatat: targets.teks(r, "Polaritas"),
      pesan: MESSAGES.polaritasTidakDikenal(targets.alamat(r, "Polaritas"), targets.teks(r, "Polaritas")),
    });
    polaritas = "positif";
  }
  const rumus = bacaRumus(targets, r, kode, polaritas, catatan);
  polaritas = polaritasDari(rumus, polaritas);
  return { polaritas, rumus, rasio: rasioDari(rumus, polaritas) };
}

/** The target; null when unreadable, a date or absurd (each reported at its cell). */
function bacaTarget(targets: ReadTable, r: number, kode: string, catatan: Catatan): Target | null {
  const target = parseTarget(targets.nilai(r, "Target"), targets.buktiDari("Target"));
  if (!target) {
    angkaWajib(targets, r, "Target", kode, catatan);
    return null;
  }
  // Reports ambiguous text, and drops a date or an absurd figure.
  if (target.jenis === "tunggal" && angkaWajib(targets, r, "Target", kode, catatan).jenis !== "angka")
    return null;
  return target;
}

/** The realisasi of an indikator without quarters; null (with a temuan) when missing or not available. */
function bacaRealisasi(k: KonteksKinerja, r: number, rr: number | undefined, kode: string): number | null {
  const { realisasi, catatan } = k;
  if (rr === undefined) {
    catatan.tambah("REALISASI_TIDAK_ADA", {
      ...lokasiTarget(k.targets, r, kode, "Kode"),
      pesan: MESSAGES.realisasiKinerjaTidakAda(kode, k.tahun),
    });
    return null;
  }
  const h = realisasi.angka(rr, "Realisasi");
  if (h.jenis === "tidak-tersedia") {
    catatan.tambah("REALISASI_TIDAK_ADA", {
      kode,
      tabel: "realisasi",
      baris: rr + 1,
      kolom: "Realisasi",
      alamat: realisasi.alamat(rr, "Realisasi"),
      tercatat: h.teks,
      pesan: MESSAGES.realisasiKinerjaTidakTersedia(kode, realisasi.alamat(rr, "Realisasi")),
    });
    return null;
  }
  const w = angkaWajib(realisasi, rr, "Realisasi", kode, catatan);
  return w.jenis === "angka" ? w.nilai : null;
}

/** A computed capaian, or null with TARGET_NOL (no capaian) or NILAI_TIDAK_WAJAR (absurd). */
function capaianWajar(
  k: KonteksKinerja,
  r: number,
  rr: number | undefined,
  kode: string,
  capaian: number | null,
): number | null {
  const { targets, realisasi, catatan } = k;
  if (capaian === null) {
    catatan.tambah("TARGET_NOL", {
      ...lokasiTarget(targets, r, kode, "Target"),
      tercatat: 0,
      pesan: MESSAGES.targetNol(kode, targets.alamat(r, "Target")),
    });
    return null;
  }
  if (Math.abs(capaian) <= PLAUSIBLE_LIMITS.persen.nilai) return capaian;
  const alamat = rr === undefined ? targets.alamat(r, "Target") : realisasi.alamat(rr, "Realisasi");
  catatan.tambah("NILAI_TIDAK_WAJAR", {
    kode,
    tabel: "realisasi",
    baris: rr === undefined ? null : rr + 1,
    kolom: "Realisasi",
    alamat,
    pesan: MESSAGES.capaianTidakWajar(kode, alamat),
  });
  return null;
}

function catatDiLuarSkala(
  k: KonteksKinerja,
  rr: number | undefined,
  kode: string,
  capaian: number,
  predikat: string,
): void {
  const { realisasi } = k;
  const kolom = realisasi.punya("Capaian") ? "Capaian" : "Realisasi";
  k.catatan.tambah("DI_LUAR_SKALA", {
    kode,
    tabel: "realisasi",
    baris: rr === undefined ? null : rr + 1,
    kolom,
    alamat: rr === undefined ? null : realisasi.alamat(rr, kolom),
    dihitung: capaian,
    pesan: MESSAGES.diLuarSkala(kode, capaian, predikat, skalaName(k.skala.nama)),
  });
}

/** The indikator's Rumus, else its Polaritas; unknown text is reported and ignored. */
function bacaRumus(
  targets: ReadTable,
  r: number,
  kode: string,
  polaritas: IndikatorReport["polaritas"],
  catatan: Catatan,
): RumusCapaian {
  const rumus = parseRumus(targets.nilai(r, "Rumus"));
  if (rumus === null)
    catatan.tambah("NILAI_TIDAK_VALID", {
      kode,
      tabel: "targets",
      baris: r + 1,
      kolom: "Rumus",
      alamat: targets.alamat(r, "Rumus"),
      tercatat: targets.teks(r, "Rumus"),
      pesan: MESSAGES.rumusTidakDikenal(targets.alamat(r, "Rumus"), targets.teks(r, "Rumus")),
    });
  return rumusDari(rumus ?? undefined, polaritas);
}

/** Checks the stated Capaian and Predikat of a realisasi row against the computed ones. */
function periksaTercatat(
  realisasi: ReadTable,
  rr: number,
  kode: string,
  capaian: number | null,
  predikat: string | null,
  presisiKolom: number,
  catatan: Catatan,
): IndikatorRinci["capaianTercatat"] {
  let hasilCapaian: IndikatorRinci["capaianTercatat"] = null;
  const lokasi = (kolom: string) => ({
    kode,
    tabel: "realisasi",
    baris: rr + 1,
    kolom,
    alamat: realisasi.alamat(rr, kolom),
  });
  const tercatat = angkaOpsional(realisasi, rr, "Capaian", kode, catatan, "persen");
  if (tercatat && capaian !== null) {
    const hasil = bandingkan(tercatat.nilai, tercatat.desimal, capaian, presisiKolom);
    hasilCapaian = { nilai: tercatat.nilai, hasil };
    if (hasil === "tidak-sesuai")
      catatan.tambah("CAPAIAN_TIDAK_SESUAI", {
        ...lokasi("Capaian"),
        tercatat: tercatat.nilai,
        dihitung: capaian,
        pesan: MESSAGES.capaianTidakSesuai(kode, tercatat.nilai, capaian),
      });
    else if (hasil === "pembulatan") {
      const p = Math.max(presisiKolom, 2);
      catatan.tambah("PEMBULATAN", {
        ...lokasi("Capaian"),
        tercatat: tercatat.nilai,
        dihitung: capaian,
        pesan: MESSAGES.pembulatan(
          kode,
          "Capaian",
          tercatat.nilai,
          capaian,
          formatAngka(bulatkan(capaian, p), p),
        ),
      });
    }
  }
  const predikatTercatat = realisasi.teks(rr, "Predikat");
  if (
    predikatTercatat &&
    predikat &&
    normalPredikat(predikatTercatat) !== normalPredikat(predikat) &&
    capaian !== null
  )
    catatan.tambah("PREDIKAT_TIDAK_SESUAI", {
      ...lokasi("Predikat"),
      tercatat: predikatTercatat,
      dihitung: predikat,
      pesan: MESSAGES.predikatTidakSesuai(kode, predikatTercatat, predikat, capaian),
    });
  return hasilCapaian;
}

function hitungSasaran(
  indikator: IndikatorRinci[],
  skala: Skala,
  catatan: Catatan,
  targets: ReadTable,
  barisTarget: number[],
): SasaranRinci[] {
  const urut = new Map<string, IndikatorRinci[]>();
  const barisPertama = new Map<string, number>();
  indikator.forEach((i, n) => {
    const anggota = urut.get(i.sasaran);
    if (anggota) anggota.push(i);
    else {
      urut.set(i.sasaran, [i]);
      barisPertama.set(i.sasaran, barisTarget[n]);
    }
  });
  return [...urut.entries()].map(([sasaran, anggota]) => {
    const capaian = rataRata(anggota.map((i) => i.capaian));
    const tanpa = anggota.filter((i) => i.capaian === null).length;
    const pertama = barisPertama.get(sasaran) ?? 0;
    if (tanpa > 0 && anggota.length > tanpa)
      catatan.tambah("REALISASI_TIDAK_ADA", {
        tabel: "targets",
        baris: pertama + 1,
        kolom: "Sasaran",
        alamat: targets.alamat(pertama, targets.punya("Sasaran") ? "Sasaran" : "Kode"),
        pesan: MESSAGES.sasaranTanpaCapaian(sasaran, tanpa),
      });
    const p = capaian === null ? null : predikatDari(capaian, skala);
    if (p?.diLuarSkala && capaian !== null)
      catatan.tambah("DI_LUAR_SKALA", {
        tabel: "targets",
        baris: pertama + 1,
        kolom: "Sasaran",
        alamat: targets.alamat(pertama, targets.punya("Sasaran") ? "Sasaran" : "Kode"),
        dihitung: capaian,
        pesan: MESSAGES.diLuarSkalaSasaran(sasaran, capaian, p.predikat),
      });
    return {
      sasaran,
      capaian,
      predikat: p?.predikat ?? null,
      indikator: anggota,
      pitaIndeks: p?.indeks ?? null,
      diLuarSkala: p?.diLuarSkala ?? false,
    };
  });
}
