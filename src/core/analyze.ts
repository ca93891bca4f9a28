/**
 * The engine: from the office's tables to capaian, predikat, the budget tree and every temuan.
 * Pure — no Office, DOM or Node APIs — so the ribbon, the task pane, the command line and the
 * tests all run the same code.
 */
import { urutanAnggaran, hitungAnggaran, type NodeAnggaran } from "./anggaran";
import { bacaTabel, bacaTahun, Catatan, type TabelTerbaca } from "./baca";
import { rataRata } from "./capaian";
import { hitungKinerja, type IndikatorRinci, type SasaranRinci } from "./kinerja";
import type { Laporan } from "./laporan";
import { PESAN } from "./pesan";
import { PRESET, predikatDari, type Skala } from "./skala";
import { skalaDariTabel } from "./skala-tabel";
import { cellAddress, type RawTable } from "./tabel";
import { rupiah, serapan } from "./uang";
import { hitungEfisiensi, type EfisiensiIndikator } from "./efisiensi";
import { buatNarasi, type Paragraf } from "./narasi";
import { bandingkanDengan, type Pembanding } from "./renstra";
import { susunTahunan, type Tahunan } from "./tahunan";
import { bacaAnggaranSipd, type InfoSipd, type SumberSipd } from "./sipd/anggaran-sipd";
import { isiRealisasi } from "./sipd/isi-realisasi";
import { hubungkanIku } from "./sipd/program-iku";

export type PilihanSkala = "workbook" | "lkjip" | "permendagri86";

export interface AnalyzeOptions {
  /** The tahun to report; default the latest tahun in `targets`, else `tahunSekarang`. */
  tahun?: number;
  /** Which predikat scale: the workbook's own `skala_predikat` table when present (default), or a preset. */
  skala?: PilihanSkala;
  /** The current year, for tables without a Tahun column (the core reads no clock). */
  tahunSekarang: number;
  /** The budget from SIPD-RI exports instead of the `pagu` table (src/core/sipd). */
  sipd?: SumberSipd;
}

/** Everything a run found; `fatal` means a required table or column is missing and nothing may be written. */
export interface Analysis {
  fatal: boolean;
  laporan: Laporan;
  /** Tahun values found in the tables, newest first (for the task pane's choice). */
  tahunTersedia: number[];
  skala: Skala;
  indikator: IndikatorRinci[];
  sasaran: SasaranRinci[];
  anggaran: NodeAnggaran[];
  opd: { capaian: number | null; predikat: string | null; pitaIndeks: number | null };
  tahunan: Tahunan;
  /** Null when `targets` has no such column. */
  renstra: Pembanding[] | null;
  standarNasional: Pembanding[] | null;
  efisiensi: EfisiensiIndikator[];
  narasi: Paragraf[];
  /** Where the budget came from: null for the `pagu` table, else the SIPD-RI exports used. */
  sumberSipd: InfoSipd | null;
}

/** The table names the hosts must read (matched case-insensitively); skala_predikat is optional. */
export const TABEL_DIBACA = ["targets", "pagu", "realisasi", "skala_predikat", "program_iku"] as const;

/**
 * Rows of a table that belong to the tahun. Rows without Tahun belong to the run's tahun, never
 * to the earlier years it is compared with (`tanpaTahun` false), which would invent their data.
 */
function barisTahun(
  tabel: TabelTerbaca,
  tahun: number,
  catatan: Catatan | null,
  tanpaTahun = true,
): number[] {
  const hasil: number[] = [];
  for (let r = 0; r < tabel.jumlahBaris; r++) {
    const t = bacaTahun(tabel, r, catatan);
    if ((t === "kosong" && tanpaTahun) || t === tahun) hasil.push(r);
  }
  return hasil;
}

/**
 * Keeps the first row of each kode; later ones are KODE_GANDA (a kode typed `1.06.02.` is the
 * twin of `1.06.02`, never its child). Blank kode rows are reported and skipped; a kode kept as
 * a fractional number is KODE_ANGKA.
 */
function unikPerKode(
  tabel: TabelTerbaca,
  baris: number[],
  tahun: number,
  catatan: Catatan,
): Map<string, number> {
  const peta = new Map<string, number>();
  for (const r of baris) {
    const kode = tabel.kode(r);
    if (!kode) {
      const alamat = tabel.alamat(r, "Kode");
      const isi = tabel.raw.rows[r].some((v) => v !== null && String(v).trim() !== "");
      if (isi)
        catatan.tambah("NILAI_TIDAK_VALID", {
          tabel: tabel.nama,
          baris: r + 1,
          kolom: "Kode",
          alamat,
          pesan: PESAN.kodeKosong(tabel.nama, alamat),
        });
      continue;
    }
    const lokasi = { kode, tabel: tabel.nama, baris: r + 1, kolom: "Kode", alamat: tabel.alamat(r, "Kode") };
    const mentah = tabel.nilai(r, "Kode");
    if (typeof mentah === "number" && !Number.isInteger(mentah) && !tabel.info(r, "Kode")?.teks)
      catatan.tambah("KODE_ANGKA", {
        ...lokasi,
        tercatat: mentah,
        pesan: PESAN.kodeAngka(kode, lokasi.alamat),
      });
    const pertama = peta.get(kode);
    if (pertama !== undefined) {
      catatan.tambah("KODE_GANDA", {
        ...lokasi,
        tercatat: tabel.teks(r, "Kode"),
        pesan: PESAN.kodeGanda(tabel.nama, kode, tahun, tabel.alamat(pertama, "Kode"), tabel.teks(r, "Kode")),
      });
      continue;
    }
    peta.set(kode, r);
  }
  return peta;
}

/** True when some row of the table holds anything at all (a table of headers only holds nothing). */
function berisi(tabel: TabelTerbaca): boolean {
  return tabel.raw.rows.some((row) => row.some((v) => v !== null && String(v).trim() !== ""));
}

function tahunDari(tabel: TabelTerbaca | undefined): number[] {
  if (!tabel) return [];
  const set = new Set<number>();
  for (let r = 0; r < tabel.jumlahBaris; r++) {
    const t = bacaTahun(tabel, r, null);
    if (typeof t === "number") set.add(t);
  }
  return [...set];
}

function kosong(tahun: number, skala: Skala, catatan: Catatan, tahunTersedia: number[]): Analysis {
  return {
    fatal: true,
    laporan: {
      tahun,
      skala: skala.nama,
      indikator: [],
      sasaran: [],
      anggaran: [],
      total: { pagu: 0, realisasi: 0, persen: null },
      temuan: catatan.temuan,
    },
    tahunTersedia,
    skala,
    indikator: [],
    sasaran: [],
    anggaran: [],
    opd: { capaian: null, predikat: null, pitaIndeks: null },
    tahunan: { tahun: [tahun], indikator: [], sasaran: [] },
    renstra: null,
    standarNasional: null,
    efisiensi: [],
    narasi: [],
    sumberSipd: null,
  };
}

export function analyze(tables: RawTable[], options: AnalyzeOptions): Analysis {
  const catatan = new Catatan(null);
  const t = bacaTabel(tables, catatan, options.sipd ? new Set(["pagu"]) : undefined);
  const tahunTarget = tahunDari(t.targets);
  const tahunTersedia = [...new Set([...tahunTarget, ...tahunDari(t.realisasi), ...tahunDari(t.pagu)])].sort(
    (a, b) => b - a,
  );
  const tahun = options.tahun ?? (tahunTarget.length ? Math.max(...tahunTarget) : options.tahunSekarang);
  catatan.tahun = tahun;

  let skala = PRESET[options.skala === "permendagri86" ? "permendagri86" : "lkjip"];
  if ((options.skala ?? "workbook") === "workbook" && t.skala_predikat)
    skala = skalaDariTabel(t.skala_predikat, catatan) ?? skala;

  const sipd = options.sipd ? bacaAnggaranSipd(options.sipd, catatan) : null;
  if (!t.targets || !(t.pagu || sipd) || !t.realisasi || (options.sipd && !sipd))
    return kosong(tahun, skala, catatan, tahunTersedia);
  const { targets, pagu, realisasi } = t;

  // With a SIPD-RI budget the pagu table is not used, so an empty one says nothing.
  for (const tabel of [targets, sipd ? undefined : pagu].filter(
    (x): x is TabelTerbaca => x !== undefined && !berisi(x),
  ))
    catatan.tambah("TABEL_KOSONG", {
      tabel: tabel.nama,
      tahun: null,
      alamat: cellAddress(tabel.raw, -1, 0),
      pesan: PESAN.tabelKosong(tabel.nama, tabel.raw.sheet),
    });
  if (!berisi(targets)) return kosong(tahun, skala, catatan, tahunTersedia);
  const barisTarget = [...unikPerKode(targets, barisTahun(targets, tahun, catatan), tahun, catatan).values()];
  if (barisTarget.length === 0) {
    catatan.tambah("NILAI_TIDAK_VALID", {
      tabel: "targets",
      kolom: targets.punya("Tahun") ? "Tahun" : "Kode",
      alamat: cellAddress(targets.raw, -1, targets.kolom.get(targets.punya("Tahun") ? "Tahun" : "Kode") ?? 0),
      pesan: PESAN.tahunKosong(tahun, tahunTarget),
    });
    return kosong(tahun, skala, catatan, tahunTersedia);
  }
  const barisPagu =
    pagu && !sipd ? [...unikPerKode(pagu, barisTahun(pagu, tahun, catatan), tahun, catatan).values()] : [];
  if (pagu && !sipd && barisPagu.length === 0 && berisi(pagu))
    catatan.tambah("PAGU_TAHUN_KOSONG", {
      tabel: "pagu",
      kolom: pagu.punya("Tahun") ? "Tahun" : "Kode",
      alamat: cellAddress(pagu.raw, -1, pagu.kolom.get(pagu.punya("Tahun") ? "Tahun" : "Kode") ?? 0),
      pesan: PESAN.paguTanpaTahun(tahun, tahunDari(pagu)),
    });
  const realisasiPerKode = unikPerKode(realisasi, barisTahun(realisasi, tahun, catatan), tahun, catatan);

  const kodeTarget = new Set(barisTarget.map((r) => targets.kode(r)));
  const kodePagu = sipd?.kode ?? new Set(barisPagu.map((r) => pagu?.kode(r)));
  const realisasiKinerja = new Map<string, number>();
  const realisasiAnggaran = new Map<string, number>();
  for (const [kode, r] of realisasiPerKode) {
    if (kodeTarget.has(kode)) realisasiKinerja.set(kode, r);
    else if (kodePagu.has(kode)) realisasiAnggaran.set(kode, r);
    else
      catatan.tambah("KODE_TIDAK_DIKENAL", {
        kode,
        tabel: "realisasi",
        baris: r + 1,
        kolom: "Kode",
        alamat: realisasi.alamat(r, "Kode"),
        pesan: PESAN.kodeTidakDikenal(kode, realisasi.alamat(r, "Kode")),
      });
  }
  if (pagu)
    for (const r of barisPagu) {
      const iku = pagu.kode(r, "Kode IKU");
      if (iku && !kodeTarget.has(iku))
        catatan.tambah("KODE_TIDAK_DIKENAL", {
          kode: pagu.kode(r),
          tabel: "pagu",
          baris: r + 1,
          kolom: "Kode IKU",
          alamat: pagu.alamat(r, "Kode IKU"),
          tercatat: iku,
          pesan: PESAN.kodeIkuTidakDikenal(iku, pagu.alamat(r, "Kode IKU")),
        });
    }

  const { indikator, sasaran } = hitungKinerja(
    targets,
    barisTarget,
    realisasi,
    realisasiKinerja,
    skala,
    tahun,
    catatan,
  );
  // Earlier years (seed §3.1.3): the same calculation; their temuan belong to their own runs.
  const tahunLalu = tahunTarget.filter((x) => x < tahun).sort((a, b) => a - b);
  const perTahun = tahunLalu.map((th) => {
    const sementara = new Catatan(th);
    const baris = [...unikPerKode(targets, barisTahun(targets, th, null, false), th, sementara).values()];
    const kode = new Set(baris.map((r) => targets.kode(r)));
    const real = new Map(
      [...unikPerKode(realisasi, barisTahun(realisasi, th, null, false), th, sementara)].filter(([k]) =>
        kode.has(k),
      ),
    );
    return hitungKinerja(targets, baris, realisasi, real, skala, th, sementara);
  });
  const tahunan = susunTahunan([...tahunLalu, tahun], [...perTahun, { indikator, sasaran }]);
  if (sipd) hubungkanIku(sipd, t.program_iku, kodeTarget, catatan);
  const akar =
    sipd && options.sipd
      ? isiRealisasi(sipd, options.sipd, { tahun, tabel: realisasi, perKode: realisasiAnggaran }, catatan)
      : pagu
        ? hitungAnggaran(pagu, barisPagu, realisasi, realisasiAnggaran, tahun, catatan)
        : [];
  const totalPagu = akar.reduce((s, a) => s + a.pagu, 0n);
  const totalRealisasi = akar.reduce((s, a) => s + a.realisasi, 0n);
  const capaianOpd = rataRata(sasaran.map((s) => s.capaian));
  const predikatOpd = capaianOpd === null ? null : predikatDari(capaianOpd, skala);

  const laporan: Laporan = {
    tahun,
    skala: skala.nama,
    indikator: indikator.map((i) => ({
      kode: i.kode,
      sasaran: i.sasaran,
      indikator: i.indikator,
      satuan: i.satuan,
      polaritas: i.polaritas,
      tahun: i.tahun,
      target: i.target,
      realisasi: i.realisasi,
      capaian: i.capaian,
      predikat: i.predikat,
    })),
    sasaran: sasaran.map((s) => ({ sasaran: s.sasaran, capaian: s.capaian, predikat: s.predikat })),
    anggaran: urutanAnggaran(akar).map((n) => ({
      kode: n.kode,
      uraian: n.uraian,
      level: n.level,
      pagu: rupiah(n.pagu),
      realisasi: rupiah(n.realisasi),
      persen: n.persen,
      kodeIku: n.kodeIku,
    })),
    total: {
      pagu: rupiah(totalPagu),
      realisasi: rupiah(totalRealisasi),
      persen: serapan(totalRealisasi, totalPagu),
    },
    opd: { capaian: capaianOpd, predikat: predikatOpd?.predikat ?? null },
    temuan: catatan.temuan,
  };
  const efisiensi = hitungEfisiensi(indikator, akar);
  const renstra = bandingkanDengan("Target Renstra", targets, indikator, skala, catatan);
  const standarNasional = bandingkanDengan("Standar Nasional", targets, indikator, skala, catatan);
  const tanpaNarasi = {
    fatal: false,
    laporan,
    tahunTersedia,
    skala,
    indikator,
    sasaran,
    anggaran: akar,
    opd: {
      capaian: capaianOpd,
      predikat: predikatOpd?.predikat ?? null,
      pitaIndeks: predikatOpd?.indeks ?? null,
    },
    tahunan,
    renstra,
    standarNasional,
    efisiensi,
    sumberSipd: sipd?.info ?? null,
  };
  const narasi = buatNarasi(tanpaNarasi);
  laporan.tahunan = tahunan.indikator.map((i) => ({
    kode: i.kode,
    indikator: i.indikator,
    tren: i.tren,
    tahun: i.per.flatMap((x, n) =>
      x
        ? [
            {
              tahun: tahunan.tahun[n],
              target: x.target,
              realisasi: x.realisasi,
              capaian: x.capaian,
              predikat: x.predikat,
              capaianTercatat: x.capaianTercatat?.nilai ?? null,
            },
          ]
        : [],
    ),
  }));
  const pembanding = (p: Pembanding[] | null) =>
    (p ?? []).map((x) => ({
      kode: x.kode,
      acuan: x.acuan === null ? null : x.acuan.jenis === "tunggal" ? x.acuan.nilai : x.acuan.teks,
      realisasi: x.indikatorRinci.realisasi,
      capaian: x.capaian,
      predikat: x.predikat,
    }));
  laporan.renstra = pembanding(renstra);
  laporan.standarNasional = pembanding(standarNasional);
  laporan.efisiensi = efisiensi.map((e) => ({
    kode: e.kode,
    capaian: e.capaian,
    serapan: e.serapan,
    efisien: e.efisien,
  }));
  laporan.narasi = narasi.map((n) => ({ kode: n.kode, teks: n.teks }));
  if (sipd) {
    const { lembar, lembarAwal, skpd, baris, realisasi: r } = sipd.info;
    laporan.sumberSipd = { rekap: lembar, rekapAwal: lembarAwal, skpd, baris, realisasi: r };
  }
  return { ...tanpaNarasi, narasi };
}
