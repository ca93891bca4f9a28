/**
 * The task pane's state in one place: a reducer with a case per stage of what the user does
 * (the check on open, a run, the example tables, the Word download, the Rekap Pemda). Pure:
 * the actions that talk to Excel run in use-pane.ts and dispatch what they found; errors arrive
 * here already mapped to Indonesian messages by the host (Aksi.petakanGalat). What the notices
 * say is derived from this state by notices.ts.
 */
import type { Analysis } from "../core/analyze";
import type { Laporan } from "../core/laporan";
import { toLaporan } from "../core/proyeksi";
import { WORKBOOK_SKALA } from "../core/skala-table";
import type { ExampleResult } from "../excel/contoh";
import type { SumberAnggaran, Tahap } from "../excel/run";
import type { PaneError, RunResult, DownloadResult, Pemeriksaan, Choices } from "./actions";
import type { PickedFile, RekapResult, FileStatus } from "./rekap";

/** A job that keeps the pane's buttons disabled while it runs. */
export type Job = "hitung" | "contoh" | "rekap";

/** The event whose notices the pane shows (each replaces the one before). */
export type Kabar =
  | { jenis: "kosong" }
  | { jenis: "periksa"; hasil: Pemeriksaan }
  | { jenis: "hitung"; hasil: RunResult }
  | { jenis: "contoh"; hasil: ExampleResult }
  | { jenis: "galat"; galat: PaneError };

/** The Word download's outcome, shown after the notices of the run it exported. */
export type DownloadNews = DownloadResult | { jenis: "gagal"; galat: PaneError };

export interface RekapState {
  files: readonly PickedFile[];
  status: FileStatus[];
  /** All files are read; the recap sheets are being written. */
  menulis: boolean;
  hasil: RekapResult | null;
  galat: PaneError | null;
}

export interface PaneState {
  pilihan: Choices;
  /** From the last check or run: the tahun choices, the workbook's scale, the budget source. */
  tahunTersedia: number[];
  /** Null before the first check. */
  adaSkalaBukuKerja: boolean | null;
  sumber: SumberAnggaran | null;
  job: Job | null;
  tahap: Tahap | null;
  /** The last run that wrote its sheets: its summary and temuan, and what Unduh Bab III exports. */
  analysis: Analysis | null;
  mengunduh: boolean;
  kabar: Kabar;
  unduh: DownloadNews | null;
  rekap: RekapState;
}

export type Action =
  | { type: "pilihanBerubah"; pilihan: Choices }
  | { type: "periksaSelesai"; pilihan: Choices; hasil: Pemeriksaan }
  | { type: "hitungMulai" }
  | { type: "hitungTahap"; tahap: Tahap }
  | { type: "hitungSelesai"; hasil: RunResult }
  | { type: "hitungGagal"; galat: PaneError }
  | { type: "contohMulai" }
  | { type: "contohSelesai"; hasil: ExampleResult }
  | { type: "contohGagal"; galat: PaneError }
  | { type: "unduhMulai" }
  | { type: "unduhSelesai"; hasil: DownloadNews }
  /** An error outside a job: the check, storing the SIPD choice, Lihat. */
  | { type: "galat"; galat: PaneError }
  | { type: "rekapDipilih"; files: readonly PickedFile[] }
  | { type: "rekapMulai" }
  | { type: "rekapBerkas"; indeks: number; status: FileStatus }
  | { type: "rekapSelesai"; hasil: RekapResult }
  | { type: "rekapGagal"; galat: PaneError };

/** How a run ended, as the pane acts on it: the one place the pane decides it. */
export type AkhirRun = "tidakDitulis" | "adaError" | "selesai";

export function akhirRun(hasil: RunResult): AkhirRun {
  if (hasil.outcome.fatal || hasil.lembar === null) return "tidakDitulis";
  return hasil.outcome.adaError ? "adaError" : "selesai";
}

/** The report the summary and the temuan list show (a view of the run, never kept beside it). */
export function laporanDari(analysis: Analysis): Laporan {
  // A projection per analysis, made once: the pane renders it many times.
  let laporan = laporanPerAnalysis.get(analysis);
  if (!laporan) {
    laporan = toLaporan(analysis);
    laporanPerAnalysis.set(analysis, laporan);
  }
  return laporan;
}

const laporanPerAnalysis = new WeakMap<Analysis, Laporan>();

const REKAP_AWAL: RekapState = { files: [], status: [], menulis: false, hasil: null, galat: null };

export function initialState(pilihan: Choices): PaneState {
  return {
    pilihan,
    tahunTersedia: [],
    adaSkalaBukuKerja: null,
    sumber: null,
    job: null,
    tahap: null,
    analysis: null,
    mengunduh: false,
    kabar: { jenis: "kosong" },
    unduh: null,
    rekap: REKAP_AWAL,
  };
}

/** True while a job runs: the pane's buttons and choices are disabled. */
export const sibuk = (s: PaneState): boolean => s.job !== null;

/** New notices replace the shown ones, the download's too. */
const kabar = (s: PaneState, k: Kabar): PaneState => ({ ...s, kabar: k, unduh: null });

function periksaSelesai(s: PaneState, pilihan: Choices, hasil: Pemeriksaan): PaneState {
  return kabar(
    {
      ...s,
      tahunTersedia: hasil.analysis.tahunTersedia,
      // The check runs with the default choice: a workbook scale in use means the table is there.
      adaSkalaBukuKerja:
        pilihan.skala === "workbook" ? hasil.analysis.skala.nama === WORKBOOK_SKALA : s.adaSkalaBukuKerja,
      sumber: hasil.sumber,
    },
    { jenis: "periksa", hasil },
  );
}

function hitungSelesai(s: PaneState, hasil: RunResult): PaneState {
  const next = { ...s, job: null, tahunTersedia: hasil.analysis.tahunTersedia, sumber: hasil.sumber };
  if (akhirRun(hasil) === "tidakDitulis") return kabar({ ...next, tahap: null }, { jenis: "periksa", hasil });
  return kabar({ ...next, analysis: hasil.analysis }, { jenis: "hitung", hasil });
}

function rekap(s: PaneState, r: Partial<RekapState>, job: Job | null = s.job): PaneState {
  return { ...s, job, rekap: { ...s.rekap, ...r } };
}

function rekapBerkas(s: PaneState, indeks: number, status: FileStatus): PaneState {
  const terakhir = indeks === s.rekap.files.length - 1 && status.status === "selesai";
  return rekap(s, {
    status: s.rekap.status.map((x, j) => (j === indeks ? status : x)),
    menulis: s.rekap.menulis || terakhir,
  });
}

export function reducer(s: PaneState, a: Action): PaneState {
  switch (a.type) {
    case "pilihanBerubah":
      return { ...s, pilihan: a.pilihan };
    case "periksaSelesai":
      return periksaSelesai(s, a.pilihan, a.hasil);
    case "hitungMulai":
      return kabar({ ...s, job: "hitung", tahap: "membaca", analysis: null }, { jenis: "kosong" });
    case "hitungTahap":
      return { ...s, tahap: a.tahap };
    case "hitungSelesai":
      return hitungSelesai(s, a.hasil);
    case "hitungGagal":
      return kabar({ ...s, job: null, tahap: null }, { jenis: "galat", galat: a.galat });
    case "contohMulai":
      return { ...s, job: "contoh" };
    case "contohSelesai":
      return kabar({ ...s, job: null }, { jenis: "contoh", hasil: a.hasil });
    case "contohGagal":
      return kabar({ ...s, job: null }, { jenis: "galat", galat: a.galat });
    case "unduhMulai":
      return { ...s, mengunduh: true };
    case "unduhSelesai":
      return { ...s, mengunduh: false, unduh: a.hasil };
    case "galat":
      return kabar(s, { jenis: "galat", galat: a.galat });
    case "rekapDipilih":
      return rekap(s, { ...REKAP_AWAL, files: a.files });
    case "rekapMulai":
      return rekap(
        s,
        { status: s.rekap.files.map(() => ({ status: "menunggu" })), hasil: null, galat: null },
        "rekap",
      );
    case "rekapBerkas":
      return rekapBerkas(s, a.indeks, a.status);
    case "rekapSelesai":
      return rekap(s, { hasil: a.hasil, menulis: false }, null);
    case "rekapGagal":
      return rekap(s, { galat: a.galat, menulis: false }, null);
  }
}
