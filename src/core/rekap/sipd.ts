/**
 * The pemda-wide budget recap from one SIPD-RI export: every SKPD of the recap becomes an "OPD"
 * with its programs (the same tree `capaian hitung --pagu-sipd --skpd` builds), realisasi from
 * Laporan Realisasi Per Dokumen downloads when given. No capaian: the export has no indikator.
 */
import { Catatan, ReadTable } from "../read";
import { KONTRAK } from "../kontrak";
import { readAnggaranSipd } from "../sipd/anggaran-sipd";
import { isiRealisasi } from "../sipd/isi-realisasi";
import { cellText, type SipdTable } from "../sipd/sheet";
import { listSkpd } from "../sipd/skpd";
import { serapan } from "../uang";
import type { OpdSummary } from "./opd-summary";

export interface SipdSkpdOptions {
  tahun?: number;
  tahunSekarang: number;
  realisasi?: SipdTable[];
  sampaiBulan?: number;
}

/** The TAHUN of the export's first row that has one. */
function tahunEkspor(rekap: SipdTable): number | null {
  for (let r = 0; r < rekap.raw.rows.length; r++) {
    const t = Number(cellText(rekap, r, "TAHUN"));
    if (Number.isInteger(t) && t > 1900) return t;
  }
  return null;
}

/** An empty `realisasi` table: with SIPD downloads the tree takes no realisasi from a table. */
const tanpaTabel = (): ReadTable =>
  new ReadTable(
    { name: "realisasi", sheet: "realisasi", headerRow: 1, firstColumn: 1, headers: [], rows: [] },
    KONTRAK.realisasi,
    new Map(),
  );

export function ringkasSkpdSipd(rekap: SipdTable, opsi: SipdSkpdOptions): OpdSummary[] {
  const tahun = opsi.tahun ?? tahunEkspor(rekap) ?? opsi.tahunSekarang;
  const realisasi = opsi.realisasi ?? [];
  const berkas = rekap.berkas ?? rekap.raw.name;
  return listSkpd(rekap).map((s) => {
    const catatan = new Catatan(tahun);
    const sumber = { rekap, realisasi, skpd: s.kode, sampaiBulan: opsi.sampaiBulan };
    const a = readAnggaranSipd(sumber, catatan);
    const akar = !a
      ? []
      : realisasi.length > 0
        ? isiRealisasi(a, sumber, { tahun, tabel: tanpaTabel(), perKode: new Map() }, catatan)
        : a.pohon.akar;
    const pagu = akar.reduce((x, n) => x + n.pagu, 0n);
    const real = akar.reduce((x, n) => x + n.realisasi, 0n);
    const hitung = (t: string) => catatan.temuan.filter((x) => x.tingkat === t).length;
    return {
      berkas,
      nama: s.nama || s.kode,
      kodeSkpd: s.kode,
      tahun,
      skala: "",
      capaian: null,
      predikat: null,
      sasaran: [],
      jumlahPredikat: new Map(),
      jumlahIndikator: 0,
      pagu,
      realisasi: real,
      serapan: realisasi.length > 0 ? serapan(real, pagu) : null,
      temuan: { error: hitung("error"), peringatan: hitung("peringatan"), info: hitung("info") },
      temuanError: catatan.temuan.filter((t) => t.tingkat === "error"),
      program: akar.map((n) => ({ kode: n.kode, uraian: n.uraian, pagu: n.pagu, realisasi: n.realisasi })),
      indikator: [],
    };
  });
}
