/**
 * The task pane's Rekap Pemda: the files the user picked are read in the browser (never
 * uploaded), one at a time, with the same reader and engine as `capaian rekap`
 * (src/xlsx/baca-opd.ts, loaded on demand with exceljs); then the recap sheets are written into
 * the open workbook (src/excel/rekap.ts).
 */
import type { PilihanSkala } from "../core/analyze";
import { KumpulanRekap, type HasilBacaOpd } from "../core/rekap/kumpulan";
import type { Rekap } from "../core/rekap/rekap";
import { denganExcel } from "../excel/context";
import { petakanGalat } from "../excel/errors";
import { tulisRekapPemda } from "../excel/rekap";
import type { NamePlan } from "../excel/sheet-names";
import { buildRekapSheets } from "../report/rekap";
import { TEKS_REKAP } from "./teks-rekap";

/** What the pane shows for one file as it goes. */
export type StatusBerkas =
  { status: "menunggu" } | { status: "membaca" } | { status: "selesai"; hasil: HasilBacaOpd };

/** A picked file: what the pane needs of a File (tests may pass any bytes). */
export interface BerkasDipilih {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface HasilRekap {
  /** Null when no workbook could be used (nothing is written). */
  rekap: Rekap | null;
  gagal: { berkas: string; alasan: string }[];
  catatan: string[];
  lembar: NamePlan[] | null;
}

export async function rekapPemda(
  files: readonly BerkasDipilih[],
  pilihan: { tahun?: number; skala: PilihanSkala },
  onBerkas: (indeks: number, status: StatusBerkas) => void,
): Promise<HasilRekap> {
  // exceljs is a large library: fetched only when the user makes a recap.
  const { bacaOpd } = await import(/* webpackChunkName: "rekap" */ "../xlsx/baca-opd");
  const kumpulan = new KumpulanRekap();
  const opsi = { tahun: pilihan.tahun, skala: pilihan.skala, tahunSekarang: new Date().getFullYear() };
  for (const [i, f] of files.entries()) {
    onBerkas(i, { status: "membaca" });
    let hasil: HasilBacaOpd;
    try {
      hasil = await bacaOpd(new Uint8Array(await f.arrayBuffer()), f.name, opsi);
    } catch (e) {
      hasil = {
        jenis: "gagal",
        // The reader words what it knows (not a workbook, …); anything else gets the host's message.
        alasan: TEKS_REKAP.tidakDapatDibuka(f.name, petakanGalat(e).pesan),
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
    tulisRekapPemda(context, (ikuBuku) => {
      rekap = kumpulan.susun({ tahun: pilihan.tahun, skala: pilihan.skala, ikuPemda: ikuBuku });
      return buildRekapSheets(rekap);
    }),
  );
  return { rekap, gagal: kumpulan.gagal, catatan: kumpulan.catatan, lembar: tulis.sheets };
}
