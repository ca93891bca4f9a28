/**
 * What the task pane can ask of Excel, as plain functions. The components receive these as
 * props and never touch Excel (nor the browser's download); index.tsx wires them to the Office.js
 * adapter (src/excel) and the download (unduh.ts).
 */
import type { Analysis, PilihanSkala } from "../core/analyze";
import type { HasilContoh } from "../excel/contoh";
import type { Tahap } from "../excel/run";
import type { NamePlan } from "../excel/sheet-names";
import type { BerkasDipilih, HasilRekap, StatusBerkas } from "./rekap";

export interface Pilihan {
  /** Undefined: the latest tahun in the data. */
  tahun?: number;
  skala: PilihanSkala;
}

export interface Pemeriksaan {
  analysis: Analysis;
  tabelHilang: string[];
}

export interface HasilHitung extends Pemeriksaan {
  /** Null when nothing was written. */
  lembar: NamePlan[] | null;
}

export interface Aksi {
  /** Reads and analyses without writing (options and early warnings). */
  periksa(pilihan: Pilihan): Promise<Pemeriksaan>;
  hitung(pilihan: Pilihan, onTahap: (tahap: Tahap) => void): Promise<HasilHitung>;
  buatContoh(): Promise<HasilContoh>;
  /** Selects a cell given as "Sheet!E7". */
  lihat(alamat: string): Promise<void>;
  /** Builds chapter III of a run as a Word document and downloads it; resolves to the file name. */
  unduhBab3(analysis: Analysis): Promise<string>;
  /** Rekap Pemda: reads the picked OPD workbooks in the browser and writes the recap sheets. */
  rekap(
    files: readonly BerkasDipilih[],
    pilihan: Pilihan,
    onBerkas: (indeks: number, status: StatusBerkas) => void,
  ): Promise<HasilRekap>;
}

/** Handlers the components receive (declared here, with the actions they lead to). */
export type UbahPilihan = (pilihan: Pilihan) => void;
export type LihatSel = (alamat: string) => void;
