/**
 * What the task pane can ask of its host, as plain functions (injected, as in Microsoft's
 * task-pane template). The components receive these as props and never touch Excel (nor the
 * browser's download); index.tsx wires them to the Office.js adapter (src/excel) and the
 * download (unduh.ts) through aksi-excel.ts. The host also maps what it throws to Indonesian
 * messages (petakanGalat), so the pane's state never holds a raw error.
 */
import type { Analysis, SkalaChoice } from "../core/analyze";
import type { RunOutcome } from "../core/outcome";
import type { ExampleResult } from "../excel/contoh";
import type { ExcelFailure } from "../excel/errors";
import type { SumberAnggaran, Tahap } from "../excel/run";
import type { NamePlan } from "../excel/sheet-names";
import type { PickedFile, RekapResult, FileStatus } from "./rekap";

export interface Choices {
  /** Undefined: the latest tahun in the data. */
  tahun?: number;
  skala: SkalaChoice;
  /** The SKPD of a SIPD-RI export (KODE SKPD), remembered in the workbook. */
  skpd?: string;
  /** Cumulative SIPD-RI realisasi up to the end of this month (1–12). */
  sampaiBulan?: number;
}

export interface Pemeriksaan {
  analysis: Analysis;
  /** Fatal or not, error-level temuan, missing tables, an SKPD to choose (core/outcome.ts). */
  outcome: RunOutcome;
  /** Where the budget comes from: the `pagu` table or a SIPD-RI export sheet. */
  sumber: SumberAnggaran;
}

export interface RunResult extends Pemeriksaan {
  /** Null when nothing was written. */
  lembar: NamePlan[] | null;
  /** The workbook calculates manually (the pane says what that means for the output). */
  perhitunganManual: boolean;
}

/** An error as the user reads it: its kind (for the pane's own wording of a few) and Indonesian text. */
export type PaneError = Pick<ExcelFailure, "jenis" | "judul" | "pesan">;

/** Unduh Bab III: the file name, or that this host cannot download (Excel for Mac). */
export type DownloadResult = { jenis: "diunduh"; nama: string } | { jenis: "tidakTersedia" };

export interface Actions {
  /** Reads and analyses without writing (options and early warnings). */
  periksa(pilihan: Choices): Promise<Pemeriksaan>;
  hitung(pilihan: Choices, onTahap: (tahap: Tahap) => void): Promise<RunResult>;
  buatContoh(): Promise<ExampleResult>;
  /** Selects a cell given as "Sheet!E7". */
  lihat(alamat: string): Promise<void>;
  /** Builds chapter III of a run as a Word document and downloads it where the host can. */
  unduhBab3(analysis: Analysis): Promise<DownloadResult>;
  /** Rekap Pemda: reads the picked OPD workbooks in the browser and writes the recap sheets. */
  rekap(
    files: readonly PickedFile[],
    pilihan: Choices,
    onBerkas: (indeks: number, status: FileStatus) => void,
  ): Promise<RekapResult>;
  /** The SKPD and month chosen earlier in this workbook, and storing a new choice. */
  pilihanTersimpan(): Pick<Choices, "skpd" | "sampaiBulan">;
  simpanPilihan(pilihan: Pick<Choices, "skpd" | "sampaiBulan">): Promise<void>;
  /** The host's Indonesian message for anything an action rejected with. */
  petakanGalat(error: unknown): PaneError;
}

/** Handlers the components receive (declared here, with the actions they lead to). */
export type ChangeChoices = (pilihan: Choices) => void;
export type SelectCell = (alamat: string) => void;
