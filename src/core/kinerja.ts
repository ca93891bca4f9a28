/**
 * Performance: capaian and predikat of every indikator of the run's tahun, the stated values
 * checked, and the sasaran means.
 */
import {
  angkaOpsional,
  angkaWajib,
  BATAS_WAJAR,
  type Catatan,
  type SelSumber,
  type TabelTerbaca,
} from "./baca";
import { hitungCapaian, parsePolaritas, parseTarget, rataRata, type Target } from "./capaian";
import type { IndikatorHasil, SasaranHasil } from "./laporan";
import { bandingkan, bulatkan, type HasilBanding } from "./presisi";
import { PESAN } from "./pesan";
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
import { bacaTriwulan } from "./triwulan";
import { namaSkala } from "./label";

export interface IndikatorRinci extends IndikatorHasil {
  rumus: RumusCapaian;
  /** How R and T make the capaian (the Rumus's ratio). */
  rasio: Rasio;
  targetNilai: Target | null;
  /** Source cells, so the output sheet can refer to them. */
  targetSel: SelSumber;
  realisasiSel: SelSumber | null;
  /** Index of the predikat's band in the scale (for colouring). */
  pitaIndeks: number | null;
  diLuarSkala: boolean;
  /** The capaian as typed in the realisasi table, and how it compares (null when none was typed). */
  capaianTercatat: { nilai: number; hasil: HasilBanding } | null;
  /** The targets row, for the optional columns (Target Renstra, Standar Nasional). */
  barisTarget: number;
}

export interface SasaranRinci extends SasaranHasil {
  indikator: IndikatorRinci[];
  pitaIndeks: number | null;
  diLuarSkala: boolean;
}

const normalPredikat = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();

export function hitungKinerja(
  targets: TabelTerbaca,
  barisTarget: number[],
  realisasi: TabelTerbaca,
  realisasiPerKode: Map<string, number>,
  skala: Skala,
  tahun: number,
  catatan: Catatan,
): { indikator: IndikatorRinci[]; sasaran: SasaranRinci[] } {
  const indikator: IndikatorRinci[] = [];
  const presisiCapaian = realisasi.presisi("Capaian", realisasiPerKode.values());

  for (const r of barisTarget) {
    const kode = targets.kode(r);
    const lokasi = (kolom: string) => ({
      kode,
      tabel: "targets",
      baris: r + 1,
      kolom,
      alamat: targets.alamat(r, kolom),
    });
    let polaritas = parsePolaritas(targets.nilai(r, "Polaritas"));
    if (polaritas === null) {
      catatan.tambah("NILAI_TIDAK_VALID", {
        ...lokasi("Polaritas"),
        tercatat: targets.teks(r, "Polaritas"),
        pesan: PESAN.polaritasTidakDikenal(targets.alamat(r, "Polaritas"), targets.teks(r, "Polaritas")),
      });
      polaritas = "positif";
    }
    const rumusIndikator = bacaRumus(targets, r, kode, polaritas, catatan);
    polaritas = polaritasDari(rumusIndikator, polaritas);
    const rasio = rasioDari(rumusIndikator, polaritas);
    let target = parseTarget(targets.nilai(r, "Target"), targets.buktiDari("Target"));
    if (!target) {
      angkaWajib(targets, r, "Target", kode, catatan);
      target = null;
    } else if (target.jenis === "tunggal") {
      // Reports ambiguous text, and drops a date or an absurd figure.
      if (angkaWajib(targets, r, "Target", kode, catatan).jenis !== "angka") target = null;
    }

    const rr = realisasiPerKode.get(kode);
    let nilaiRealisasi: number | null = null;
    const triwulan = rr === undefined ? null : bacaTriwulan(realisasi, rr, kode, rumusIndikator, catatan);
    if (triwulan) nilaiRealisasi = triwulan.nilai;
    else if (rr === undefined) {
      catatan.tambah("REALISASI_TIDAK_ADA", {
        kode,
        tabel: "targets",
        pesan: PESAN.realisasiKinerjaTidakAda(kode, tahun),
        alamat: targets.alamat(r, "Kode"),
        baris: r + 1,
        kolom: "Kode",
      });
    } else {
      const h = realisasi.angka(rr, "Realisasi");
      if (h.jenis === "tidak-tersedia") {
        catatan.tambah("REALISASI_TIDAK_ADA", {
          kode,
          tabel: "realisasi",
          baris: rr + 1,
          kolom: "Realisasi",
          alamat: realisasi.alamat(rr, "Realisasi"),
          tercatat: h.teks,
          pesan: PESAN.realisasiKinerjaTidakTersedia(kode, realisasi.alamat(rr, "Realisasi")),
        });
      } else {
        const w = angkaWajib(realisasi, rr, "Realisasi", kode, catatan);
        if (w.jenis === "angka") nilaiRealisasi = w.nilai;
      }
    }

    let capaian: number | null = null;
    if (target && nilaiRealisasi !== null) {
      capaian = hitungCapaian(target, nilaiRealisasi, rasio);
      if (capaian !== null && !(Math.abs(capaian) <= BATAS_WAJAR.persen.nilai)) {
        const alamat = rr === undefined ? targets.alamat(r, "Target") : realisasi.alamat(rr, "Realisasi");
        catatan.tambah("NILAI_TIDAK_WAJAR", {
          kode,
          tabel: "realisasi",
          baris: rr === undefined ? null : rr + 1,
          kolom: "Realisasi",
          alamat,
          pesan: PESAN.capaianTidakWajar(kode, alamat),
        });
        capaian = null;
      } else if (capaian === null)
        catatan.tambah("TARGET_NOL", {
          ...lokasi("Target"),
          tercatat: 0,
          pesan: PESAN.targetNol(kode, targets.alamat(r, "Target")),
        });
    }
    const p = capaian === null ? null : predikatDari(capaian, skala);
    if (p?.diLuarSkala && capaian !== null)
      catatan.tambah("DI_LUAR_SKALA", {
        kode,
        tabel: "realisasi",
        baris: rr === undefined ? null : rr + 1,
        kolom: realisasi.punya("Capaian") ? "Capaian" : "Realisasi",
        alamat:
          rr === undefined
            ? null
            : realisasi.alamat(rr, realisasi.punya("Capaian") ? "Capaian" : "Realisasi"),
        dihitung: capaian,
        pesan: PESAN.diLuarSkala(kode, capaian, p.predikat, namaSkala(skala.nama)),
      });

    const capaianTercatat =
      rr === undefined
        ? null
        : periksaTercatat(realisasi, rr, kode, capaian, p?.predikat ?? null, presisiCapaian, catatan);

    indikator.push({
      kode,
      sasaran: targets.teks(r, "Sasaran") || "Tanpa sasaran",
      indikator: targets.teks(r, "Indikator"),
      satuan: targets.teks(r, "Satuan"),
      polaritas,
      rumus: rumusIndikator,
      rasio,
      tahun,
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
    });
  }
  return { indikator, sasaran: hitungSasaran(indikator, skala, catatan, targets, barisTarget) };
}

/** The indikator's Rumus, else its Polaritas; unknown text is reported and ignored. */
function bacaRumus(
  targets: TabelTerbaca,
  r: number,
  kode: string,
  polaritas: IndikatorHasil["polaritas"],
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
      pesan: PESAN.rumusTidakDikenal(targets.alamat(r, "Rumus"), targets.teks(r, "Rumus")),
    });
  return rumusDari(rumus ?? undefined, polaritas);
}

/** Checks the stated Capaian and Predikat of a realisasi row against the computed ones. */
function periksaTercatat(
  realisasi: TabelTerbaca,
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
        pesan: PESAN.capaianTidakSesuai(kode, tercatat.nilai, capaian),
      });
    else if (hasil === "pembulatan") {
      const p = Math.max(presisiKolom, 2);
      catatan.tambah("PEMBULATAN", {
        ...lokasi("Capaian"),
        tercatat: tercatat.nilai,
        dihitung: capaian,
        pesan: PESAN.pembulatan(
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
      pesan: PESAN.predikatTidakSesuai(kode, predikatTercatat, predikat, capaian),
    });
  return hasilCapaian;
}

function hitungSasaran(
  indikator: IndikatorRinci[],
  skala: Skala,
  catatan: Catatan,
  targets: TabelTerbaca,
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
        pesan: PESAN.sasaranTanpaCapaian(sasaran, tanpa),
      });
    const p = capaian === null ? null : predikatDari(capaian, skala);
    if (p?.diLuarSkala && capaian !== null)
      catatan.tambah("DI_LUAR_SKALA", {
        tabel: "targets",
        baris: pertama + 1,
        kolom: "Sasaran",
        alamat: targets.alamat(pertama, targets.punya("Sasaran") ? "Sasaran" : "Kode"),
        dihitung: capaian,
        pesan: PESAN.diLuarSkalaSasaran(sasaran, capaian, p.predikat),
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
