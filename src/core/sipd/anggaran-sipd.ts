/**
 * The budget of a run from SIPD-RI exports: the tree of the chosen SKPD from the recap, Pagu PK
 * from an earlier recap of the same tahun, realisasi from "Laporan Realisasi Per Dokumen" (or
 * from the workbook's `realisasi` table), and programs linked to IKU by the `program_iku` table.
 */
import type { NodeAnggaran } from "../anggaran";
import { angkaWajib, type Catatan, type SelSumber, type TabelTerbaca } from "../baca";
import { PESAN } from "../pesan";
import { rupiah, senDari, serapan, type Sen } from "../uang";
import { alamatSel, labelLembar, rujukanJumlah, type TabelSipd } from "./lembar";
import { PESAN_SIPD, PESAN_SIPD_LAIN } from "./pesan";
import { namaTabelSipd, susunPohon, type PohonSipd } from "./pohon";
import { bacaRealisasiDokumen, type BarisRealisasi } from "./realisasi-dokumen";
import { milikPilihan, pilihSkpd, type PilihanSkpd } from "./skpd";

export interface SumberSipd {
  /** The final recap (Pagu). */
  rekap: TabelSipd;
  /** The recap behind the Perjanjian Kinerja (Pagu PK), of the same tahun. */
  rekapAwal?: TabelSipd | null;
  /** Laporan Realisasi Per Dokumen downloads, in any order; overlaps are counted once. */
  realisasi?: TabelSipd[];
  /** KODE SKPD, KODE SUB UNIT or a unique part of NAMA SKPD; may be omitted for a one-SKPD export. */
  skpd?: string | null;
  /** Cumulative realisasi up to the end of this month (1–12). */
  sampaiBulan?: number;
  /** Keep rekening rows as a fourth level. */
  rekening?: boolean;
}

/** Which sources a run used, for the summary line and the task pane. */
export interface InfoSipd {
  lembar: string;
  skpd: PilihanSkpd;
  /** Rows of the SKPD in the recap. */
  baris: number;
  lembarAwal: string | null;
  realisasi: { lembar: string[]; baris: number; sampaiBulan: number | null } | null;
}

/** A realisasi from the workbook's `realisasi` table, for a kode of the tree. */
export interface RealisasiTabel {
  sen: Sen;
  sel: SelSumber;
  baris: number;
}

const label = (t: TabelSipd) => labelLembar({ sheet: t.raw.name, berkas: t.berkas ?? undefined });
/** How the summary names a source: the file as downloaded, or the sheet it was copied into. */
const sebutan = (t: TabelSipd) => t.berkas ?? `lembar ${t.raw.name}`;

export interface AnggaranSipd {
  pohon: PohonSipd;
  info: InfoSipd;
  /** Every kode of the tree (sub kegiatan, kegiatan, program), for routing the realisasi table. */
  kode: Set<string>;
}

/** The tree of the chosen SKPD; null (with a fatal temuan) when no single SKPD is chosen. */
export function bacaAnggaranSipd(sumber: SumberSipd, catatan: Catatan): AnggaranSipd | null {
  const pilih = pilihSkpd(sumber.rekap, sumber.skpd);
  if (!pilih.ok) {
    catatan.tambah("SKPD_BELUM_DIPILIH", {
      tabel: namaTabelSipd(sumber.rekap),
      tahun: null,
      kolom: "KODE SKPD",
      alamat: alamatSel(sumber.rekap, -1, "KODE SKPD"),
      tercatat: sumber.skpd ?? null,
      pesan: pilih.pesan,
    });
    return null;
  }
  const pohon = susunPohon(sumber.rekap, pilih.pilihan, sumber.rekening ?? false, catatan);
  if (sumber.rekapAwal)
    paguAwal(pohon, susunPohon(sumber.rekapAwal, pilih.pilihan, sumber.rekening ?? false, catatan), catatan);
  const info: InfoSipd = {
    lembar: sebutan(sumber.rekap),
    skpd: pilih.pilihan,
    baris: pohon.jumlahBaris,
    lembarAwal: sumber.rekapAwal ? sebutan(sumber.rekapAwal) : null,
    realisasi: null,
  };
  const kode = new Set<string>();
  for (const n of pohon.perJalur.values()) if (n.level !== "rekening") kode.add(n.kode);
  return { pohon, info, kode };
}

/** Pagu PK from the earlier recap, and the usual PAGU_BERUBAH where the two differ. */
function paguAwal(akhir: PohonSipd, awal: PohonSipd, catatan: Catatan): void {
  for (const [jalur, n] of akhir.perJalur) {
    const pk = awal.perJalur.get(jalur)?.pagu ?? 0n;
    n.paguPk = pk;
    n.paguPkDihitung = pk;
    if (pk !== n.pagu)
      catatan.tambah("PAGU_BERUBAH", {
        kode: n.kode,
        tabel: "rekap_sipd",
        baris: n.baris + 1,
        kolom: "PAGU",
        alamat: n.paguSel.alamat,
        tercatat: rupiah(pk),
        dihitung: rupiah(n.pagu),
        pesan: PESAN.paguBerubah(n.kode, rupiah(pk), rupiah(n.pagu)),
      });
  }
  // A line dropped by the change: reported once, at the highest level that disappeared.
  for (const [jalur, n] of awal.perJalur) {
    if (akhir.perJalur.has(jalur)) continue;
    const induk = jalur.includes("|") ? jalur.slice(0, jalur.lastIndexOf("|")) : null;
    if (induk !== null && !akhir.perJalur.has(induk)) continue;
    catatan.tambah("PAGU_BERUBAH", {
      kode: n.kode,
      tabel: "rekap_sipd",
      baris: n.baris + 1,
      kolom: "PAGU",
      alamat: n.paguSel.alamat,
      tercatat: rupiah(n.pagu),
      dihitung: 0,
      pesan: PESAN_SIPD.paguDihapus(n.kode, n.paguSel.alamat, rupiah(n.pagu)),
    });
  }
}

/** Links programs and kegiatan to IKU from the `program_iku` table. */
export function hubungkanIku(
  a: AnggaranSipd,
  tabel: TabelTerbaca | undefined,
  kodeTarget: Set<string>,
  catatan: Catatan,
): void {
  if (!tabel) return;
  const unit = new Map<string, NodeAnggaran>();
  for (const n of a.pohon.perJalur.values())
    if ((n.level === "program" || n.level === "kegiatan") && !unit.has(n.kode)) unit.set(n.kode, n);
  for (let r = 0; r < tabel.jumlahBaris; r++) {
    const kode = tabel.teks(r, "Kode");
    const iku = tabel.teks(r, "Kode IKU");
    if (!kode && !iku) continue;
    const n = unit.get(kode);
    const lokasi = { tabel: "program_iku", baris: r + 1, kode };
    if (!n) {
      const alamat = tabel.alamat(r, "Kode");
      catatan.tambah("KODE_TIDAK_DIKENAL", {
        ...lokasi,
        kolom: "Kode",
        alamat,
        tercatat: kode,
        pesan: PESAN_SIPD.kodeProgramIkuTidakDikenal(kode, alamat),
      });
      continue;
    }
    if (iku && !kodeTarget.has(iku)) {
      const alamat = tabel.alamat(r, "Kode IKU");
      catatan.tambah("KODE_TIDAK_DIKENAL", {
        ...lokasi,
        kolom: "Kode IKU",
        alamat,
        tercatat: iku,
        pesan: PESAN.kodeIkuTidakDikenal(iku, alamat),
      });
    }
    n.kodeIku = iku || null;
  }
}

export interface OpsiRealisasiSipd {
  tahun: number;
  /** The workbook's `realisasi` table and its rows per budget kode (used without SIPD realisasi). */
  tabel: TabelTerbaca;
  perKode: Map<string, number>;
}

/** The `realisasi` table's amounts for the tree's kode, read like the pagu table's realisasi. */
function dariTabel(opsi: OpsiRealisasiSipd, catatan: Catatan): Map<string, RealisasiTabel> {
  const hasil = new Map<string, RealisasiTabel>();
  for (const [kode, r] of opsi.perKode) {
    const h = angkaWajib(opsi.tabel, r, "Realisasi", kode, catatan);
    if (h.jenis === "angka")
      hasil.set(kode, { sen: senDari(h), sel: opsi.tabel.sel(r, "Realisasi"), baris: r });
  }
  return hasil;
}

/** Leaf → the lines that make its realisasi. */
type Garis = Map<NodeAnggaran, BarisRealisasi[]>;

function petakanRealisasi(
  a: AnggaranSipd,
  baris: BarisRealisasi[],
  rekening: boolean,
  catatan: Catatan,
): Garis {
  const garis: Garis = new Map();
  const tanpa = new Map<string, BarisRealisasi[]>();
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
    const alamat = alamatSel(b.tabel, b.baris, kolom);
    const jumlah = rupiah(xs.reduce((s, x) => s + x.sen, 0n));
    catatan.tambah("REALISASI_TANPA_ANGGARAN", {
      kode: b.subKegiatan,
      tabel: namaTabelSipd(b.tabel),
      baris: b.baris + 1,
      kolom,
      alamat,
      tercatat: jumlah,
      pesan: adaSub
        ? PESAN_SIPD.realisasiTanpaRekening(b.subKegiatan, b.rekening, alamat, jumlah, !rekening)
        : PESAN_SIPD.realisasiTanpaSubKegiatan(b.subKegiatan, alamat, jumlah),
    });
  }
  return garis;
}

/** `SUM(...)` over the lines' Nilai Realisasi cells, when every one is a number in this workbook. */
function selRealisasi(xs: BarisRealisasi[]): SelSumber {
  const perTabel = new Map<TabelSipd, number[]>();
  for (const x of xs) perTabel.set(x.tabel, [...(perTabel.get(x.tabel) ?? []), x.baris]);
  const bagian = [...perTabel].map(([t, rows]) =>
    t.dapatDirujuk ? rujukanJumlah(t, rows, "Nilai Realisasi") : null,
  );
  const boleh = xs.every((x) => x.angka) && bagian.every((b) => b !== null);
  return {
    alamat: alamatSel(xs[0].tabel, xs[0].baris, "Nilai Realisasi"),
    ref: boleh ? bagian.join("+") : "",
    angka: boleh,
  };
}

/** The line at which the cumulative realisasi (in date order) first passes the pagu. */
function barisMelewati(xs: BarisRealisasi[], pagu: Sen): BarisRealisasi {
  const nilaiTanggal = (b: BarisRealisasi) =>
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
  opsi: OpsiRealisasiSipd,
  catatan: Catatan,
): NodeAnggaran[] {
  const unduhan = sumber.realisasi ?? [];
  let garis: Garis = new Map();
  const perKode = unduhan.length > 0 ? new Map<string, RealisasiTabel>() : dariTabel(opsi, catatan);
  if (unduhan.length > 0) {
    const baris = bacaRealisasiDokumen(
      unduhan,
      { pilihan: a.info.skpd, tahun: opsi.tahun, sampaiBulan: sumber.sampaiBulan },
      catatan,
    );
    for (const t of unduhan)
      if (!t.raw.rows.some((_, r) => milikPilihan(t, r, a.info.skpd)))
        catatan.tambah("REALISASI_TIDAK_ADA", {
          tabel: namaTabelSipd(t),
          kolom: "Kode SKPD",
          alamat: alamatSel(t, -1, "Kode SKPD"),
          pesan: PESAN_SIPD_LAIN.realisasiTanpaSkpd(label(t), a.info.skpd.kode),
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
          pesan: PESAN.realisasiAnggaranTidakAda(n.level, n.kode, opsi.tahun),
        });
      if (r && n.realisasi > n.pagu && n.realisasi > 0n) laporMelebihi(n, null, catatan, r);
    }
    n.persen = serapan(n.realisasi, n.pagu);
    if (
      n.anak.length > 0 &&
      n.realisasi > n.pagu &&
      n.realisasi > 0n &&
      !n.anak.some((x) => x.realisasi > x.pagu)
    )
      laporMelebihi(n, null, catatan);
  };
  a.pohon.akar.forEach(hitung);
  return a.pohon.akar;
}

function laporMelebihi(
  n: NodeAnggaran,
  b: BarisRealisasi | null,
  catatan: Catatan,
  r?: RealisasiTabel,
): void {
  const alamat = b ? alamatSel(b.tabel, b.baris, "Nilai Realisasi") : (r?.sel.alamat ?? n.paguSel.alamat);
  catatan.tambah("REALISASI_MELEBIHI_PAGU", {
    kode: n.kode,
    tabel: b ? namaTabelSipd(b.tabel) : r ? "realisasi" : "rekap_sipd",
    baris: (b ? b.baris : r ? r.baris : n.baris) + 1,
    kolom: b ? "Nilai Realisasi" : r ? "Realisasi" : "PAGU",
    alamat,
    tercatat: rupiah(n.realisasi),
    dihitung: rupiah(n.pagu),
    pesan: b
      ? PESAN_SIPD.realisasiMelebihiPagu(n.kode, alamat, rupiah(n.realisasi), rupiah(n.pagu))
      : PESAN.realisasiMelebihiPagu(n.kode, rupiah(n.realisasi), rupiah(n.pagu)),
  });
}
