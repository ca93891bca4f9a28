/**
 * The engine: from the office's tables to capaian, predikat, the budget tree and every temuan.
 * Pure — no Office, DOM or Node APIs — so the ribbon, the task pane, the command line and the
 * tests all run the same code. `analyze` returns one run result (`Analysis`); the JSON report is
 * its projection (`toLaporan`, src/core/proyeksi.ts) and the sheets are built from it (src/report).
 */
import { computeAnggaran, petaAnggaran, type NodeAnggaran, type RealisasiAnggaran } from "./anggaran";
import { readTable, Catatan, type ReadTable } from "./read";
import { rowsOfTahun, uniqueRows, berisi, tahunDari, unikPerKode } from "./tahun-rows";
import { rataRata } from "./capaian";
import { computeKinerja, type IndikatorRinci, type SasaranRinci } from "./kinerja";
import type { TableDef } from "./kontrak";
import { MESSAGES } from "./messages";
import { PRESET, predikatDari, type Skala } from "./skala";
import { skalaFromTable } from "./skala-table";
import { cellAddress, type RawTable } from "./table";
import type { Temuan } from "./temuan";
import { serapan, type Sen } from "./uang";
import { computeEfisiensi, type EfisiensiIndikator } from "./efisiensi";
import { buildNarasi, type Paragraf } from "./narasi";
import { bandingkanDengan, type Pembanding } from "./renstra";
import { buildTahunan, type Tahunan } from "./tahunan";
import { computeAnggaranSasaran, type AnggaranSasaran } from "./anggaran-sasaran";
import { buildAnalisis, type AnalisisIndikator } from "./analisis";
import { readAnggaranSipd, type AnggaranSipd, type InfoSipd, type SumberSipd } from "./sipd/anggaran-sipd";
import { isiRealisasi } from "./sipd/isi-realisasi";
import { hubungkanIku } from "./sipd/program-iku";

export type SkalaChoice = "workbook" | "lkjip" | "permendagri86";

export interface AnalyzeOptions {
  /** The tahun to report; default the latest tahun in `targets`, else `tahunSekarang`. */
  tahun?: number;
  /** Which predikat scale: the workbook's own `skala_predikat` table when present (default), or a preset. */
  skala?: SkalaChoice;
  /** The current year, for tables without a Tahun column (the core reads no clock). */
  tahunSekarang: number;
  /** The budget from SIPD-RI exports instead of the `pagu` table (src/core/sipd). */
  sipd?: SumberSipd;
}

/** The office: the mean of its sasaran, its predikat and the predikat's band (for colouring). */
export interface CapaianOpd {
  capaian: number | null;
  predikat: string | null;
  pitaIndeks: number | null;
}

/** Sums of the budget tree's roots, in exact sen. */
export interface TotalAnggaran {
  pagu: Sen;
  realisasi: Sen;
  persen: number | null;
}

/**
 * Everything a run found: the one result every reader uses. `fatal` means a required table or
 * column is missing (or nothing is there to compute) and nothing may be written.
 */
export interface Analysis {
  fatal: boolean;
  tahun: number;
  /** Tahun values found in the tables, newest first (for the task pane's choice). */
  tahunTersedia: number[];
  skala: Skala;
  indikator: IndikatorRinci[];
  sasaran: SasaranRinci[];
  /** The roots of the budget tree. */
  anggaran: NodeAnggaran[];
  total: TotalAnggaran;
  opd: CapaianOpd;
  tahunan: Tahunan;
  /** Null when `targets` has no such column. */
  renstra: Pembanding[] | null;
  standarNasional: Pembanding[] | null;
  efisiensi: EfisiensiIndikator[];
  narasi: Paragraf[];
  /** Seed §3.2 / LKE: the budget per sasaran, the programs without IKU last. */
  anggaranSasaran: AnggaranSasaran[];
  /** Seed §3.1.6: facts and the staff's text per indikator. */
  analisis: AnalisisIndikator[];
  /** Where the budget came from: null for the `pagu` table, else the SIPD-RI exports used. */
  sumberSipd: InfoSipd | null;
  /** Every temuan in the order found; the earlier years compared add theirs. */
  temuan: Temuan[];
}

/** What a run reads before computing anything: its tables, tahun, scale and budget source. */
interface Masukan {
  tabel: Partial<Record<TableDef["nama"], ReadTable>>;
  tahun: number;
  /** Tahun values of `targets` (the earlier years compared come from them). */
  tahunTarget: number[];
  tahunTersedia: number[];
  skala: Skala;
  sipd: AnggaranSipd | null;
  options: AnalyzeOptions;
}

/** The rows of the run's tahun that the computation uses. */
interface RunRows {
  targets: ReadTable;
  /** Undefined when the budget comes from SIPD-RI exports and the workbook has no `pagu`. */
  pagu: ReadTable | undefined;
  realisasi: ReadTable;
  barisTarget: number[];
  /** Empty when the budget comes from SIPD-RI. */
  barisPagu: number[];
  /** The row of each kode of `barisPagu`. */
  paguPerKode: Map<string, number>;
  realisasiPerKode: Map<string, number>;
}

/** Realisasi rows split by what their kode names: an indikator, or a budget line. */
interface RealisasiTerpisah {
  kodeTarget: Set<string>;
  kinerja: Map<string, number>;
  /** The realisasi rows of budget lines, flagged by row (no second map of every budget kode). */
  anggaran: RealisasiAnggaran;
}

export function analyze(tables: RawTable[], options: AnalyzeOptions): Analysis {
  const catatan = new Catatan(null);
  const masukan = readInputs(tables, options, catatan);
  const baris = selectRows(masukan, catatan);
  if (!baris) return kosong(masukan, catatan.temuan);
  const realisasi = pisahkanRealisasi(masukan, baris, catatan);
  const kinerja = computeKinerja(
    baris.targets,
    baris.barisTarget,
    baris.realisasi,
    realisasi.kinerja,
    masukan.skala,
    masukan.tahun,
    catatan,
  );
  const tahunan = computeTahunan(masukan, baris, kinerja, catatan);
  const anggaran = computePohon(masukan, baris, realisasi, catatan);
  return buildResult(masukan, baris.targets, kinerja, tahunan, anggaran, catatan);
}

/** The contract's tables, the tahun of the run, the tahun choices, the scale and a SIPD-RI budget. */
function readInputs(tables: RawTable[], options: AnalyzeOptions, catatan: Catatan): Masukan {
  const tabel = readTable(tables, catatan, options.sipd ? new Set(["pagu"]) : undefined);
  const tahunTarget = tahunDari(tabel.targets);
  const tahunTersedia = [
    ...new Set([...tahunTarget, ...tahunDari(tabel.realisasi), ...tahunDari(tabel.pagu)]),
  ].sort((a, b) => b - a);
  const tahun = options.tahun ?? (tahunTarget.length ? Math.max(...tahunTarget) : options.tahunSekarang);
  catatan.tahun = tahun;
  let skala = PRESET[options.skala === "permendagri86" ? "permendagri86" : "lkjip"];
  if ((options.skala ?? "workbook") === "workbook" && tabel.skala_predikat)
    skala = skalaFromTable(tabel.skala_predikat, catatan) ?? skala;
  const sipd = options.sipd ? readAnggaranSipd(options.sipd, catatan) : null;
  return { tabel, tahun, tahunTarget, tahunTersedia, skala, sipd, options };
}

/**
 * The rows of the run's tahun, one per kode; null (with the temuan saying why) when a required
 * table is missing or empty, or `targets` has no row for the tahun.
 */
function selectRows(m: Masukan, catatan: Catatan): RunRows | null {
  const { targets, pagu, realisasi } = m.tabel;
  const { sipd, tahun } = m;
  if (!targets || !(pagu || sipd) || !realisasi || (m.options.sipd && !sipd)) return null;
  // With a SIPD-RI budget the pagu table is not used, so an empty one says nothing.
  for (const tabel of [targets, sipd ? undefined : pagu])
    if (tabel && !berisi(tabel))
      catatan.tambah("TABEL_KOSONG", {
        tabel: tabel.nama,
        tahun: null,
        alamat: cellAddress(tabel.raw, -1, 0),
        pesan: MESSAGES.tabelKosong(tabel.nama, tabel.raw.sheet),
      });
  if (!berisi(targets)) return null;
  const barisTarget = uniqueRows(targets, tahun, catatan);
  if (barisTarget.length === 0) {
    catatan.tambah("NILAI_TIDAK_VALID", {
      ...tahunColumn(targets),
      pesan: MESSAGES.tahunKosong(tahun, m.tahunTarget),
    });
    return null;
  }
  const paguPerKode =
    pagu && !sipd ? unikPerKode(pagu, rowsOfTahun(pagu, tahun, catatan), tahun, catatan) : new Map();
  const barisPagu = [...paguPerKode.values()];
  if (pagu && !sipd && barisPagu.length === 0 && berisi(pagu))
    catatan.tambah("PAGU_TAHUN_KOSONG", {
      ...tahunColumn(pagu),
      pesan: MESSAGES.paguTanpaTahun(tahun, tahunDari(pagu)),
    });
  const realisasiPerKode = unikPerKode(realisasi, rowsOfTahun(realisasi, tahun, catatan), tahun, catatan);
  return { targets, pagu, realisasi, barisTarget, barisPagu, paguPerKode, realisasiPerKode };
}

/** A table's Tahun header (or its Kode header when it has no Tahun), for a temuan about the tahun. */
function tahunColumn(tabel: ReadTable) {
  const kolom = tabel.punya("Tahun") ? "Tahun" : "Kode";
  return { tabel: tabel.nama, kolom, alamat: cellAddress(tabel.raw, -1, tabel.kolom.get(kolom) ?? 0) };
}

/**
 * Routes each realisasi row to the indikator or the budget line its kode names; a kode that is
 * neither, and a `pagu` row's Kode IKU that names no indikator, are KODE_TIDAK_DIKENAL.
 */
function pisahkanRealisasi(m: Masukan, b: RunRows, catatan: Catatan): RealisasiTerpisah {
  const { targets, pagu, realisasi } = b;
  const kodeTarget = new Set(b.barisTarget.map((r) => targets.kode(r)));
  const kodePagu = m.sipd?.kode ?? b.paguPerKode;
  const kinerja = new Map<string, number>();
  const anggaran = { perKode: b.realisasiPerKode, baris: new Uint8Array(realisasi.jumlahBaris) };
  // forEach, not for…of with [kode, r]: no pair array per row.
  b.realisasiPerKode.forEach((r, kode) => {
    if (kodeTarget.has(kode)) kinerja.set(kode, r);
    else if (kodePagu.has(kode)) anggaran.baris[r] = 1;
    else
      catatan.tambah("KODE_TIDAK_DIKENAL", {
        kode,
        tabel: "realisasi",
        baris: r + 1,
        kolom: "Kode",
        alamat: realisasi.alamat(r, "Kode"),
        pesan: MESSAGES.kodeTidakDikenal(kode, realisasi.alamat(r, "Kode")),
      });
  });
  if (pagu)
    for (const r of b.barisPagu) {
      const iku = pagu.kode(r, "Kode IKU");
      if (iku && !kodeTarget.has(iku))
        catatan.tambah("KODE_TIDAK_DIKENAL", {
          kode: pagu.kode(r),
          tabel: "pagu",
          baris: r + 1,
          kolom: "Kode IKU",
          alamat: pagu.alamat(r, "Kode IKU"),
          tercatat: iku,
          pesan: MESSAGES.kodeIkuTidakDikenal(iku, pagu.alamat(r, "Kode IKU")),
        });
    }
  return { kodeTarget, kinerja, anggaran };
}

type Kinerja = { indikator: IndikatorRinci[]; sasaran: SasaranRinci[] };

/**
 * Earlier years (seed §3.1.3): the same calculation; their temuan join the run's, each with
 * its own tahun (a 2022 capaian typed 117 for 110 is a slip in this report's tables too).
 */
function computeTahunan(m: Masukan, b: RunRows, kinerja: Kinerja, catatan: Catatan): Tahunan {
  const { targets, realisasi } = b;
  const tahunLalu = m.tahunTarget.filter((x) => x < m.tahun).sort((x, y) => x - y);
  const perTahun = tahunLalu.map((th) => {
    const sementara = new Catatan(th);
    const baris = [...unikPerKode(targets, rowsOfTahun(targets, th, null, false), th, sementara).values()];
    const kode = new Set(baris.map((r) => targets.kode(r)));
    const real = new Map(
      [...unikPerKode(realisasi, rowsOfTahun(realisasi, th, null, false), th, sementara)].filter(([k]) =>
        kode.has(k),
      ),
    );
    const hasil = computeKinerja(targets, baris, realisasi, real, m.skala, th, sementara);
    catatan.temuan.push(...sementara.temuan);
    return hasil;
  });
  return buildTahunan([...tahunLalu, m.tahun], [...perTahun, kinerja]);
}

/** The budget tree: from the SIPD-RI exports (linked to IKU by `program_iku`), else from `pagu`. */
function computePohon(m: Masukan, b: RunRows, r: RealisasiTerpisah, catatan: Catatan): NodeAnggaran[] {
  if (m.sipd && m.options.sipd) {
    hubungkanIku(m.sipd, m.tabel.program_iku, r.kodeTarget, catatan);
    const opsi = { tahun: m.tahun, tabel: b.realisasi, perKode: petaAnggaran(r.anggaran) };
    return isiRealisasi(m.sipd, m.options.sipd, opsi, catatan);
  }
  return b.pagu ? computeAnggaran(b.pagu, b.paguPerKode, b.realisasi, r.anggaran, m.tahun, catatan) : [];
}

/** Chapter III beyond the capaian table, then the one result. */
function buildResult(
  m: Masukan,
  targets: ReadTable,
  { indikator, sasaran }: Kinerja,
  tahunan: Tahunan,
  anggaran: NodeAnggaran[],
  catatan: Catatan,
): Analysis {
  const { skala, tahun } = m;
  const efisiensi = computeEfisiensi(indikator, anggaran);
  const renstra = bandingkanDengan("Target Renstra", targets, indikator, skala, catatan);
  const standarNasional = bandingkanDengan("Standar Nasional", targets, indikator, skala, catatan);
  const analisis = buildAnalisis(indikator, efisiensi, tahunan, renstra, m.tabel.analisis, catatan);
  return {
    fatal: false,
    tahun,
    tahunTersedia: m.tahunTersedia,
    skala,
    indikator,
    sasaran,
    anggaran,
    total: totalAnggaran(anggaran),
    opd: capaianOpd(sasaran, skala),
    tahunan,
    renstra,
    standarNasional,
    efisiensi,
    narasi: buildNarasi({ tahun, skala, sasaran, tahunan }),
    anggaranSasaran: computeAnggaranSasaran(sasaran, anggaran),
    analisis,
    sumberSipd: m.sipd?.info ?? null,
    temuan: catatan.temuan,
  };
}

function totalAnggaran(akar: NodeAnggaran[]): TotalAnggaran {
  const pagu = akar.reduce((s, a) => s + a.pagu, 0n);
  const realisasi = akar.reduce((s, a) => s + a.realisasi, 0n);
  return { pagu, realisasi, persen: serapan(realisasi, pagu) };
}

function capaianOpd(sasaran: SasaranRinci[], skala: Skala): CapaianOpd {
  const capaian = rataRata(sasaran.map((s) => s.capaian));
  const p = capaian === null ? null : predikatDari(capaian, skala);
  return { capaian, predikat: p?.predikat ?? null, pitaIndeks: p?.indeks ?? null };
}

/** The result of a run that computed nothing: its tahun, scale and temuan, everything else empty. */
function kosong(m: Masukan, temuan: Temuan[]): Analysis {
  return {
    fatal: true,
    tahun: m.tahun,
    tahunTersedia: m.tahunTersedia,
    skala: m.skala,
    indikator: [],
    sasaran: [],
    anggaran: [],
    total: { pagu: 0n, realisasi: 0n, persen: null },
    opd: { capaian: null, predikat: null, pitaIndeks: null },
    tahunan: { tahun: [m.tahun], indikator: [], sasaran: [] },
    renstra: null,
    standarNasional: null,
    efisiensi: [],
    narasi: [],
    anggaranSasaran: [],
    analisis: [],
    sumberSipd: null,
    temuan,
  };
}
