/**
 * Realisasi from SIPD-RI's "Laporan Realisasi Per Dokumen": one row per document line, downloaded
 * per month, often in overlapping downloads. Money is the sum of `Nilai Realisasi` (never
 * `Nilai SP2D`, which repeats on every line of an SP2D); a document line is counted once however
 * many downloads hold it; `--sampai-bulan` keeps the lines dated up to that month's end.
 */
import { columnEvidence, parseAngka } from "../angka";
import type { Catatan } from "../read";
import { senDari, type Sen } from "../uang";
import { cellAddressOf, cellNumber, cellText, type SipdTable } from "./sheet";
import { SIPD_MESSAGES } from "./messages";
import { sipdTableName } from "./pohon";
import { belongsToChoice, type SkpdChoice } from "./skpd";
import { readDate, type Tanggal } from "./tanggal";

/** One counted document line. */
export interface RealisasiRow {
  tabel: SipdTable;
  baris: number;
  subKegiatan: string;
  rekening: string;
  sen: Sen;
  /** The cell holds a number (a formula may refer to it). */
  angka: boolean;
  tanggal: Tanggal | null;
}

export interface RealisasiOptions {
  pilihan: SkpdChoice;
  tahun: number;
  /** 1–12: count lines dated up to the end of this month of `tahun`; undefined: every line. */
  sampaiBulan?: number;
}

/** What identifies a document line across downloads. */
const KUNCI = [
  "Kode SKPD",
  "Kode Sub SKPD",
  "Nomor Dokumen",
  "Jenis Dokumen",
  "Kode Sub Kegiatan",
  "Kode Rekening",
];

interface Terbaca {
  baris: RealisasiRow;
  kunci: string;
}

function dalamPeriode(tg: Tanggal, opsi: RealisasiOptions): boolean {
  if (opsi.sampaiBulan === undefined) return true;
  return tg.tahun < opsi.tahun || (tg.tahun === opsi.tahun && tg.bulan <= opsi.sampaiBulan);
}

/** The SKPD's lines of one download, in the period; bad amounts and dates reported at their cells. */
function bacaSatu(t: SipdTable, opsi: RealisasiOptions, catatan: Catatan): Terbaca[] {
  const bukti = columnEvidence(t.raw.rows.map((row) => row[t.kolom.get("Nilai Realisasi") ?? 0]));
  const hasil: Terbaca[] = [];
  const tabel = sipdTableName(t);
  for (let r = 0; r < t.raw.rows.length; r++) {
    if (!belongsToChoice(t, r, opsi.pilihan)) continue;
    const subKegiatan = cellText(t, r, "Kode Sub Kegiatan");
    const mentahTanggal = cellNumber(t, r, "Tanggal Dokumen");
    const tanggal = readDate(mentahTanggal);
    if (!tanggal) {
      const alamat = cellAddressOf(t, r, "Tanggal Dokumen");
      const dihitung = opsi.sampaiBulan === undefined;
      catatan.tambah("NILAI_TIDAK_VALID", {
        kode: subKegiatan,
        tabel,
        baris: r + 1,
        kolom: "Tanggal Dokumen",
        alamat,
        tercatat: mentahTanggal === null ? null : String(mentahTanggal),
        pesan: SIPD_MESSAGES.tanggalTidakTerbaca(alamat, String(mentahTanggal ?? ""), dihitung),
      });
      if (!dihitung) continue;
    } else if (!dalamPeriode(tanggal, opsi)) continue;
    const mentah = cellNumber(t, r, "Nilai Realisasi");
    const h = parseAngka(mentah, bukti);
    if (h.jenis !== "angka") {
      const alamat = cellAddressOf(t, r, "Nilai Realisasi");
      const teks = h.jenis === "kosong" ? "" : h.teks;
      catatan.tambah("NILAI_TIDAK_VALID", {
        kode: subKegiatan,
        tabel,
        baris: r + 1,
        kolom: "Nilai Realisasi",
        alamat,
        tercatat: teks || null,
        pesan: SIPD_MESSAGES.nilaiTidakTerbaca(alamat, teks),
      });
      continue;
    }
    hasil.push({
      kunci: KUNCI.map((k) => cellText(t, r, k)).join("\u0001"),
      baris: {
        tabel: t,
        baris: r,
        subKegiatan,
        rekening: cellText(t, r, "Kode Rekening"),
        sen: senDari(h),
        angka: typeof mentah === "number",
        tanggal,
      },
    });
  }
  return hasil;
}

const urutSen = (xs: Terbaca[]) => xs.map((x) => x.baris.sen).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The document lines of all downloads, each once. Within one download every row is its own line
 * (a document may have two lines of the same rekening); a later download holding the same
 * document's lines adds nothing, and one holding them with other amounts is a temuan.
 */
export function readRealisasiDokumen(
  tabel: readonly SipdTable[],
  opsi: RealisasiOptions,
  catatan: Catatan,
): RealisasiRow[] {
  const pertama = new Map<string, Terbaca[]>();
  const hasil: RealisasiRow[] = [];
  for (const t of tabel) {
    const perKunci = new Map<string, Terbaca[]>();
    for (const x of bacaSatu(t, opsi, catatan)) perKunci.set(x.kunci, [...(perKunci.get(x.kunci) ?? []), x]);
    for (const [kunci, baris] of perKunci) {
      const lama = pertama.get(kunci);
      if (!lama) {
        pertama.set(kunci, baris);
        hasil.push(...baris.map((b) => b.baris));
        continue;
      }
      const a = urutSen(lama);
      const b = urutSen(baris);
      if (a.length === b.length && a.every((x, i) => x === b[i])) continue;
      laporBerbeda(baris[0].baris, lama[0].baris, a, b, catatan);
    }
  }
  return hasil;
}

function laporBerbeda(ini: RealisasiRow, awal: RealisasiRow, a: Sen[], b: Sen[], catatan: Catatan): void {
  const alamat = cellAddressOf(ini.tabel, ini.baris, "Nilai Realisasi");
  const jumlah = (xs: Sen[]) => Number(xs.reduce((s, x) => s + x, 0n)) / 100;
  catatan.tambah("DOKUMEN_GANDA_BERBEDA", {
    kode: ini.subKegiatan,
    tabel: sipdTableName(ini.tabel),
    baris: ini.baris + 1,
    kolom: "Nilai Realisasi",
    alamat,
    tercatat: jumlah(b),
    dihitung: jumlah(a),
    pesan: SIPD_MESSAGES.dokumenBerbeda(
      cellText(ini.tabel, ini.baris, "Nomor Dokumen"),
      alamat,
      cellAddressOf(awal.tabel, awal.baris, "Nilai Realisasi"),
      jumlah(b),
      jumlah(a),
    ),
  });
}
