/**
 * The budget tree of one SKPD from a SIPD-RI recap: program → kegiatan → sub kegiatan
 * (→ rekening), each sub kegiatan the exact sum in sen of its rekening rows, with the export's
 * own names as Uraian. A sub kegiatan row without rekening is a sub kegiatan with pagu 0.
 */
import { parseAngka, columnEvidence, type ColumnEvidence } from "../angka";
import type { NodeAnggaran } from "../anggaran";
import type { Catatan, SourceCell } from "../read";
import { rupiah, senDari, type Sen } from "../uang";
import { cellAddressOf, cellNumber, rujukanJumlah, cellText, type SipdTable } from "./sheet";
import { SIPD_MESSAGES } from "./messages";
import { belongsToChoice, type SkpdChoice } from "./skpd";

/** The canonical table name temuan about an export carry. */
export const sipdTableName = (t: SipdTable): string =>
  t.format.jenis === "rekap" ? "rekap_sipd" : "realisasi_sipd";

const TINGKAT = [
  { kode: "KODE PROGRAM", nama: "NAMA PROGRAM", level: "program" },
  { kode: "KODE KEGIATAN", nama: "NAMA KEGIATAN", level: "kegiatan" },
  { kode: "KODE SUB KEGIATAN", nama: "NAMA SUB KEGIATAN", level: "sub kegiatan" },
  { kode: "KODE REKENING", nama: "NAMA REKENING", level: "rekening" },
] as const;

/** A node while the tree is built: its rows, for the PAGU cells it sums. */
interface Simpul {
  kode: string;
  uraian: string;
  level: string;
  /** Path of kode from the program down, joined by "|": identifies a node across two recaps. */
  jalur: string;
  baris: number;
  /** Budget lines (rows with a rekening or a PAGU) under this node. */
  rekening: number[];
  pagu: Sen;
  semuaAngka: boolean;
  anak: Map<string, Simpul>;
}

export interface PohonSipd {
  akar: NodeAnggaran[];
  /** Path → node, for Pagu PK from another recap. */
  perJalur: Map<string, NodeAnggaran>;
  /** Sub kegiatan kode → node (the first, should a kode sit under two kegiatan). */
  subKegiatan: Map<string, NodeAnggaran>;
  /** Sub kegiatan kode → rekening kode → node, when rekening are kept as a level. */
  rekening: Map<string, Map<string, NodeAnggaran>>;
  /** Sub kegiatan kode → the rekening kode its rows have (kept or not). */
  rekeningAda: Map<string, Set<string>>;
  /** Data rows of the SKPD. */
  jumlahBaris: number;
}

/** One PAGU cell in sen; reports text, negative and unreadable amounts at the cell. */
function bacaPagu(
  t: SipdTable,
  r: number,
  bukti: ColumnEvidence,
  catatan: Catatan,
): { sen: Sen; angka: boolean } {
  const mentah = cellNumber(t, r, "PAGU");
  const alamat = cellAddressOf(t, r, "PAGU");
  const lokasi = {
    tabel: sipdTableName(t),
    baris: r + 1,
    kolom: "PAGU",
    alamat,
    kode: cellText(t, r, "KODE SUB KEGIATAN"),
  };
  const h = parseAngka(mentah, bukti);
  if (h.jenis !== "angka") {
    const teks = h.jenis === "kosong" ? "" : h.teks;
    catatan.tambah("NILAI_TIDAK_VALID", {
      ...lokasi,
      tercatat: teks || null,
      pesan: teks
        ? SIPD_MESSAGES.paguTidakTerbaca(alamat, teks)
        : SIPD_MESSAGES.paguKosong(alamat, cellText(t, r, "KODE REKENING")),
    });
    return { sen: 0n, angka: false };
  }
  const sen = senDari(h);
  if (typeof mentah === "string")
    catatan.tambah("PAGU_TEKS", {
      ...lokasi,
      tercatat: mentah,
      dihitung: h.nilai,
      pesan: SIPD_MESSAGES.paguTeks(alamat, mentah, h.nilai),
    });
  if (sen < 0n)
    catatan.tambah("NILAI_NEGATIF", {
      ...lokasi,
      tercatat: h.nilai,
      pesan: SIPD_MESSAGES.paguNegatif(alamat, rupiah(sen)),
    });
  return { sen, angka: typeof mentah === "number" };
}

/** Reports a kegiatan / sub kegiatan whose kode does not extend its parent's. */
function periksaInduk(
  t: SipdTable,
  r: number,
  tingkat: number,
  induk: Simpul,
  kode: string,
  catatan: Catatan,
): void {
  if (tingkat === 0 || tingkat === 3 || kode.startsWith(induk.kode + ".")) return;
  const kolom = TINGKAT[tingkat].kode;
  const alamat = cellAddressOf(t, r, kolom);
  catatan.tambah("KODE_SALAH_INDUK", {
    kode,
    tabel: sipdTableName(t),
    baris: r + 1,
    kolom,
    alamat,
    tercatat: kode,
    pesan: SIPD_MESSAGES.kodeSalahInduk(TINGKAT[tingkat].level, kode, alamat, induk.level, induk.kode),
  });
}

function simpulBaru(t: SipdTable, r: number, tingkat: number, jalurInduk: string): Simpul {
  const kode = cellText(t, r, TINGKAT[tingkat].kode);
  return {
    kode,
    uraian: cellText(t, r, TINGKAT[tingkat].nama) || kode,
    level: TINGKAT[tingkat].level,
    jalur: jalurInduk ? `${jalurInduk}|${kode}` : kode,
    baris: r,
    rekening: [],
    pagu: 0n,
    semuaAngka: true,
    anak: new Map(),
  };
}

/** Groups the SKPD's rows into nodes and sums their PAGU. */
function kumpulkan(t: SipdTable, pilihan: SkpdChoice, rekening: boolean, catatan: Catatan) {
  const bukti = columnEvidence(t.raw.rows.map((row) => row[t.kolom.get("PAGU") ?? 0]));
  const program = new Map<string, Simpul>();
  const rekeningAda = new Map<string, Set<string>>();
  let jumlahBaris = 0;
  const kedalaman = rekening ? 4 : 3;
  for (let r = 0; r < t.raw.rows.length; r++) {
    if (!belongsToChoice(t, r, pilihan)) continue;
    jumlahBaris++;
    const kodeProgram = cellText(t, r, "KODE PROGRAM");
    const kodeSub = cellText(t, r, "KODE SUB KEGIATAN");
    if (!kodeProgram || !kodeSub) continue;
    const kodeRekening = cellText(t, r, "KODE REKENING");
    // Office.js hands blank cells over as "", exceljs as null: both are blank.
    const adaBaris = kodeRekening !== "" || cellText(t, r, "PAGU") !== "";
    const pagu = adaBaris ? bacaPagu(t, r, bukti, catatan) : null;
    if (kodeRekening) {
      const set = rekeningAda.get(kodeSub) ?? new Set<string>();
      set.add(kodeRekening);
      rekeningAda.set(kodeSub, set);
    }
    let peta = program;
    let induk: Simpul | null = null;
    for (let i = 0; i < kedalaman; i++) {
      const kode = cellText(t, r, TINGKAT[i].kode);
      if (i === 3 && !kode) break; // a sub kegiatan without rekening
      let s = peta.get(kode);
      if (!s) {
        s = simpulBaru(t, r, i, induk?.jalur ?? "");
        if (induk) periksaInduk(t, r, i, induk, kode, catatan);
        peta.set(kode, s);
      }
      if (pagu) {
        s.pagu += pagu.sen;
        s.rekening.push(r);
        s.semuaAngka &&= pagu.angka;
      }
      induk = s;
      peta = s.anak;
    }
  }
  return { program, rekeningAda, jumlahBaris };
}

function selPagu(t: SipdTable, s: Simpul): SourceCell {
  const ref = t.dapatDirujuk && s.semuaAngka ? rujukanJumlah(t, s.rekening, "PAGU") : null;
  return {
    alamat: cellAddressOf(t, s.rekening[0] ?? s.baris, s.rekening.length ? "PAGU" : TINGKAT[2].kode),
    ref: ref ?? "",
    angka: ref !== null,
  };
}

export function buildPohon(
  t: SipdTable,
  pilihan: SkpdChoice,
  rekening: boolean,
  catatan: Catatan,
): PohonSipd {
  const { program, rekeningAda, jumlahBaris } = kumpulkan(t, pilihan, rekening, catatan);
  const perJalur = new Map<string, NodeAnggaran>();
  const subKegiatan = new Map<string, NodeAnggaran>();
  const perRekening = new Map<string, Map<string, NodeAnggaran>>();
  const jadikan = (s: Simpul, kedalaman: number, sub: string | null): NodeAnggaran => {
    const n: NodeAnggaran = {
      kode: s.kode,
      uraian: s.uraian,
      level: s.level,
      kedalaman,
      kodeIku: null,
      pagu: s.pagu,
      realisasi: 0n,
      paguPk: null,
      paguPkDihitung: null,
      persen: null,
      anak: [],
      paguSel: selPagu(t, s),
      realisasiSel: null,
      paguTercatat: null,
      baris: s.baris,
    };
    perJalur.set(s.jalur, n);
    if (s.level === "sub kegiatan" && !subKegiatan.has(s.kode)) subKegiatan.set(s.kode, n);
    if (s.level === "rekening" && sub) {
      const m = perRekening.get(sub) ?? new Map<string, NodeAnggaran>();
      if (!m.has(s.kode)) m.set(s.kode, n);
      perRekening.set(sub, m);
    }
    const kodeSub = s.level === "sub kegiatan" ? s.kode : sub;
    n.anak = [...s.anak.values()].map((a) => jadikan(a, kedalaman + 1, kodeSub));
    return n;
  };
  const akar = [...program.values()].map((p) => jadikan(p, 0, null));
  return { akar, perJalur, subKegiatan, rekening: perRekening, rekeningAda, jumlahBaris };
}
