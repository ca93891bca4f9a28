/**
 * Realisasi of a SIPD-RI budget tree: from Laporan Realisasi Per Dokumen downloads when given,
 * else from the workbook's `realisasi` table; then sums, serapan and REALISASI_MELEBIHI_PAGU,
 * and the lines the recap has no place for (REALISASI_TANPA_ANGGARAN).
 */
import type { NodeAnggaran } from "../anggaran";
import { angkaWajib, type Catatan, type SourceCell, type ReadTable } from "../read";
import { MESSAGES } from "../messages";
import { rupiah, senDari, serapan, type Sen } from "../uang";
import { label, sebutan, type AnggaranSipd, type RealisasiTable, type SumberSipd } from "./anggaran-sipd";
import { cellAddressOf, rujukanJumlah, type SipdTable } from "./sheet";
import { SIPD_MESSAGES, SIPD_OTHER_MESSAGES } from "./messages";
import { sipdTableName } from "./pohon";
import { readRealisasiDokumen, type RealisasiRow } from "./realisasi-dokumen";
import { belongsToChoice } from "./skpd";

export interface SipdRealisasiOptions {
  tahun: number;
  /** The workbook's `realisasi` table and its rows per budget kode (used without SIPD realisasi). */
  tabel: ReadTable;
  perKode: Map<string, number>;
}

/** The `realisasi` table's amounts for the tree's kode, read like the pagu table's realisasi. */
function dariTabel(opsi: SipdRealisasiOptions, catatan: Catatan): Map<string, RealisasiTable> {
  const hasil = new Map<string, RealisasiTable>();
  for (const [kode, r] of opsi.perKode) {
    const h = angkaWajib(opsi.tabel, r, "Realisasi", kode, catatan);
    if (h.jenis === "angka")
      hasil.set(kode, { sen: senDari(h), sel: opsi.tabel.sel(r, "Realisasi"), baris: r });
  }
  return hasil;
}

/** Leaf → the lines that make its realisasi. */
type Garis = Map<NodeAnggaran, RealisasiRow[]>;

function petakanRealisasi(
  a: AnggaranSipd,
  baris: RealisasiRow[],
  rekening: boolean,
  catatan: Catatan,
): Garis {
  const garis: Garis = new Map();
  const tanpa = new Map<string, RealisasiRow[]>();
  for (const b of baris) {
    const sub = a.pohon.subKegiatan.get(b.subKegiatan);
    const adaRekening = a.pohon.rekeningAda.get(b.subKegiatan)?.has(b.rekening) ?? false;
    const daun = !sub ? undefined : rekening ? a.pohon.rekening.get(b.subKegiatan)?.get(b.rekening) : sub;
    if (!sub || !adaRekening) {
      const k = `${b.subKegiatan}\u0001${sub ? b.rekening : ""}`;
      tanpa.set(k, [...(tanpa.get(k) ?? []), b]);
    }
    if (daun) garis.set(daun, [...(garis.get(daun) ?? []), b]);
  }
  for (const xs of tanpa.values()) {
    const b = xs[0];
    const adaSub = a.pohon.subKegiatan.has(b.subKegiatan);
    const kolom = adaSub ? "Kode Rekening" : "Kode Sub Kegiatan";
    const alamat = cellAddressOf(b.tabel, b.baris, kolom);
    const jumlah = rupiah(xs.reduce((s, x) => s + x.sen, 0n));
    catatan.tambah("REALISASI_TANPA_ANGGARAN", {
      kode: b.subKegiatan,
      tabel: sipdTableName(b.tabel),
      baris: b.baris + 1,
      kolom,
      alamat,
      tercatat: jumlah,
      pesan: adaSub
        ? SIPD_MESSAGES.realisasiTanpaRekening(b.subKegiatan, b.rekening, alamat, jumlah, !rekening)
        : SIPD_MESSAGES.realisasiTanpaSubKegiatan(b.subKegiatan, alamat, jumlah),
    });
  }
  return garis;
}

/** `SUM(...)` over the lines' Nilai Realisasi cells, when every one is a number in this workbook. */
function selRealisasi(xs: RealisasiRow[]): SourceCell {
  const perTabel = new Map<SipdTable, number[]>();
  for (const x of xs) perTabel.set(x.tabel, [...(perTabel.get(x.tabel) ?? []), x.baris]);
  const bagian = [...perTabel].map(([t, rows]) =>
    t.dapatDirujuk ? rujukanJumlah(t, rows, "Nilai Realisasi") : null,
  );
  const boleh = xs.every((x) => x.angka) && bagian.every((b) => b !== null);
  return {
    alamat: cellAddressOf(xs[0].tabel, xs[0].baris, "Nilai Realisasi"),
    ref: boleh ? bagian.join("+") : "",
    angka: boleh,
  };
}

/** The line at which the cumulative realisasi (in date order) first passes the pagu. */
function barisMelewati(xs: RealisasiRow[], pagu: Sen): RealisasiRow {
  const nilaiTanggal = (b: RealisasiRow) =>
    b.tanggal ? b.tanggal.tahun * 400 + b.tanggal.bulan * 32 + b.tanggal.hari : 0;
  const urut = [...xs].sort((a, b) => nilaiTanggal(a) - nilaiTanggal(b));
  let s = 0n;
  for (const b of urut) {
    s += b.sen;
    if (s > pagu) return b;
  }
  return urut[urut.length - 1];
}

/**
 * Fills realisasi into the tree: from the SIPD realisasi downloads when given, else from the
 * `realisasi` table by sub kegiatan kode; then sums, serapan and REALISASI_MELEBIHI_PAGU.
 */
export function isiRealisasi(
  a: AnggaranSipd,
  sumber: SumberSipd,
  opsi: SipdRealisasiOptions,
  catatan: Catatan,
): NodeAnggaran[] {
  const unduhan = sumber.realisasi ?? [];
  let garis: Garis = new Map();
  const perKode = unduhan.length > 0 ? new Map<string, RealisasiTable>() : dariTabel(opsi, catatan);
  if (unduhan.length > 0) {
    const baris = readRealisasiDokumen(
      unduhan,
      { pilihan: a.info.skpd, tahun: opsi.tahun, sampaiBulan: sumber.sampaiBulan },
      catatan,
    );
    for (const t of unduhan)
      if (!t.raw.rows.some((_, r) => belongsToChoice(t, r, a.info.skpd)))
        catatan.tambah("REALISASI_TIDAK_ADA", {
          tabel: sipdTableName(t),
          kolom: "Kode SKPD",
          alamat: cellAddressOf(t, -1, "Kode SKPD"),
          pesan: SIPD_OTHER_MESSAGES.realisasiTanpaSkpd(label(t), a.info.skpd.kode),
        });
    garis = petakanRealisasi(a, baris, sumber.rekening ?? false, catatan);
    a.info.realisasi = {
      lembar: unduhan.map(sebutan),
      baris: baris.length,
      sampaiBulan: sumber.sampaiBulan ?? null,
    };
  }
  const hitung = (n: NodeAnggaran): void => {
    if (n.anak.length > 0) {
      n.anak.forEach(hitung);
      n.realisasi = n.anak.reduce((s, x) => s + x.realisasi, 0n);
    } else if (unduhan.length > 0) {
      const xs = garis.get(n) ?? [];
      n.realisasi = xs.reduce((s, x) => s + x.sen, 0n);
      n.realisasiSel = xs.length ? selRealisasi(xs) : null;
      if (n.realisasi > n.pagu && n.realisasi > 0n)
        laporMelebihi(n, xs.length ? barisMelewati(xs, n.pagu) : null, catatan);
    } else {
      const r = perKode.get(n.kode);
      n.realisasi = r?.sen ?? 0n;
      n.realisasiSel = r?.sel ?? null;
      if (!r && n.level === "sub kegiatan" && n.pagu > 0n)
        catatan.tambah("REALISASI_TIDAK_ADA", {
          kode: n.kode,
          tabel: "rekap_sipd",
          baris: n.baris + 1,
          kolom: "PAGU",
          alamat: n.paguSel.alamat,
          pesan: MESSAGES.realisasiAnggaranTidakAda(n.level, n.kode, opsi.tahun),
        });
      if (r && n.realisasi > n.pagu && n.realisasi > 0n) laporMelebihi(n, null, catatan, r);
    }
    n.persen = serapan(n.realisasi, n.pagu);
    // At every level, as for the pagu table (CONTRACT §5).
    if (n.anak.length > 0 && n.realisasi > n.pagu && n.realisasi > 0n) laporMelebihi(n, null, catatan);
  };
  a.pohon.akar.forEach(hitung);
  return a.pohon.akar;
}

function laporMelebihi(n: NodeAnggaran, b: RealisasiRow | null, catatan: Catatan, r?: RealisasiTable): void {
  const alamat = b ? cellAddressOf(b.tabel, b.baris, "Nilai Realisasi") : (r?.sel.alamat ?? n.paguSel.alamat);
  catatan.tambah("REALISASI_MELEBIHI_PAGU", {
    kode: n.kode,
    tabel: b ? sipdTableName(b.tabel) : r ? "realisasi" : "rekap_sipd",
    baris: (b ? b.baris : r ? r.baris : n.baris) + 1,
    kolom: b ? "Nilai Realisasi" : r ? "Realisasi" : "PAGU",
    alamat,
    tercatat: rupiah(n.realisasi),
    dihitung: rupiah(n.pagu),
    pesan: b
      ? SIPD_MESSAGES.realisasiMelebihiPagu(n.kode, alamat, rupiah(n.realisasi), rupiah(n.pagu))
      : MESSAGES.realisasiMelebihiPagu(n.kode, rupiah(n.realisasi), rupiah(n.pagu)),
  });
}
