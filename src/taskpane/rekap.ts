/**
 * The task pane's Rekap Pemda: the files the user picked are read in the browser (never
 * uploaded), one at a time, with the same reader and engine as `capaian rekap`
 * (src/xlsx/read-opd.ts, loaded on demand with exceljs); then the recap sheets are written into
 * the open workbook (src/excel/rekap.ts).
 */
import type { SkalaChoice } from "../core/analyze";
import { KumpulanRekap, type OpdReadResult } from "../core/rekap/kumpulan";
import type { Rekap } from "../core/rekap/rekap";
import { denganExcel } from "../excel/context";
import { mapError } from "../excel/errors";
import { writeRekapPemda } from "../excel/rekap";
import type { NamePlan } from "../excel/sheet-names";
import { buildRekapSheets } from "../report/rekap";
import { REKAP_TEXTS } from "./rekap-texts";

/** What the pane shows for one file as it goes. */
export type FileStatus =
  { status: "menunggu" } | { status: "membaca" } | { status: "selesai"; hasil: OpdReadResult };

/** A picked file: what the pane needs of a File (tests may pass any bytes). */
export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface RekapResult {
  /** Null when no workbook could be used (nothing is written). */
  rekap: Rekap | null;
  gagal: { berkas: string; alasan: string }[];
  catatan: string[];
  lembar: NamePlan[] | null;
}

export async function rekapPemda(
  files: readonly PickedFile[],
  pilihan: { tahun?: number; skala: SkalaChoice },
  onBerkas: (indeks: number, status: FileStatus) => void,
): Promise<RekapResult> {
  // exceljs is a large library: fetched only when the user makes a recap.
  const { readOpd } = await import(/* webpackChunkName: "rekap" */ "../xlsx/read-opd");
  const kumpulan = new KumpulanRekap();
  const opsi = { tahun: pilihan.tahun, skala: pilihan.skala, tahunSekarang: new Date().getFullYear() };
  for (const [i, f] of files.entries()) {
    onBerkas(i, { status: "membaca" });
    let hasil: OpdReadResult;
    try {
      hasil = await readOpd(new Uint8Array(await f.arrayBuffer()), f.name, opsi);
    } catch (e) {
      hasil = {
        jenis: "gagal",
        // The reader words what it knows (not a workbook, …); anything else gets the host's message.
        alasan: REKAP_TEXTS.tidakDapatDibuka(f.name, mapError(e).pesan),
        ikuPemda: null,
      };
    }
    kumpulan.tambah(f.name, hasil);
    onBerkas(i, { status: "selesai", hasil });
  }
  if (kumpulan.opd.length === 0)
    return { rekap: null, gagal: kumpulan.gagal, catatan: kumpulan.catatan, lembar: null };
  let rekap: Rekap | null = null;
  const { tulis } = await denganExcel((context) =>
    writeRekapPemda(context, (ikuBuku) => {
      rekap = kumpulan.susun({ tahun: pilihan.tahun, skala: pilihan.skala, ikuPemda: ikuBuku });
      return buildRekapSheets(rekap);
    }),
  );
  return { rekap, gagal: kumpulan.gagal, catatan: kumpulan.catatan, lembar: tulis.sheets };
}
