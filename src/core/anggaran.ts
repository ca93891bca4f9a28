/**
 * The budget tree: Program / Kegiatan / Sub Kegiatan from the kode, pagu and realisasi summed
 * in exact sen, and every stated parent amount and percentage checked.
 */
import { angkaOpsional, angkaWajib, type Catatan, type SourceCell, type ReadTable } from "./read";
import { bandingkan, bulatkan } from "./presisi";
import { MESSAGES } from "./messages";
import { bulatkanSen, potongSen, rupiah, senDari, serapan, type Sen } from "./uang";
import { formatAngka } from "./angka";
import { levelPermendagri } from "./kode";

export interface NodeAnggaran {
  kode: string;
  uraian: string;
  level: string;
  kedalaman: number;
  kodeIku: string | null;
  /** Computed: a leaf's own amount, a parent's sum of its children. */
  pagu: Sen;
  realisasi: Sen;
  /** Pagu PK as stated on the row. */
  paguPk: Sen | null;
  /** Pagu PK computed: a leaf's stated value, a parent's sum (null when a child has none). */
  paguPkDihitung: Sen | null;
  persen: number | null;
  anak: NodeAnggaran[];
  /** Source cells of a leaf's amounts (parents are formulas over their children). */
  paguSel: SourceCell;
  realisasiSel: SourceCell | null;
  /** Stated amounts as written (parents) — compared with the computed sums. */
  paguTercatat: Sen | null;
  baris: number;
}

/**
 * The parent of a kode: the row whose kode is its longest proper prefix at a "." boundary,
 * found through the table's row of each kode (`barisPerKode`) and the node of each row.
 */
function findParent(
  kode: string,
  barisPerKode: ReadonlyMap<string, number>,
  nodeDiBaris: readonly (NodeAnggaran | undefined)[],
): NodeAnggaran | undefined {
  let k = kode;
  for (let i = k.lastIndexOf("."); i > 0; i = k.lastIndexOf(".")) {
    k = k.slice(0, i);
    const r = barisPerKode.get(k);
    const induk = r === undefined ? undefined : nodeDiBaris[r];
    if (induk) return induk;
  }
  return undefined;
}

/**
 * The realisasi rows of the budget lines: the row of each kode of the realisasi table
 * (`perKode`, indikator kode included) and a flag for each row that is a budget line's.
 */
export interface RealisasiAnggaran {
  perKode: ReadonlyMap<string, number>;
  baris: Uint8Array;
}

/** The realisasi row of a budget line's kode, or undefined (none, or the kode is an indikator's). */
function realisasiRow(a: RealisasiAnggaran, kode: string): number | undefined {
  const r = a.perKode.get(kode);
  return r !== undefined && a.baris[r] === 1 ? r : undefined;
}

/** The budget lines' realisasi rows, in the order of the realisasi table's kode. */
function anggaranRows(a: RealisasiAnggaran): number[] {
  const hasil: number[] = [];
  a.perKode.forEach((r) => {
    if (a.baris[r] === 1) hasil.push(r);
  });
  return hasil;
}

/** The same rows as a map of kode to row (the SIPD-RI budget reads them so). */
export function petaAnggaran(a: RealisasiAnggaran): Map<string, number> {
  const peta = new Map<string, number>();
  a.perKode.forEach((r, kode) => {
    if (a.baris[r] === 1) peta.set(kode, r);
  });
  return peta;
}

/** What every node of the tree reads: the tables, the realisasi rows by kode, the columns' precision. */
interface KonteksAnggaran {
  pagu: ReadTable;
  realisasi: ReadTable;
  realisasiAnggaran: RealisasiAnggaran;
  tahun: number;
  catatan: Catatan;
  /** Every kode has the nomenclature's shape, so levels get its names. */
  permendagri: boolean;
  presisi: { pagu: number; pk: number; realisasi: number; persen: number };
}

/** The budget tree of the pagu rows of the tahun, one per kode (`paguPerKode`: the row of each kode). */
export function computeAnggaran(
  pagu: ReadTable,
  paguPerKode: ReadonlyMap<string, number>,
  realisasi: ReadTable,
  realisasiAnggaran: RealisasiAnggaran,
  tahun: number,
  catatan: Catatan,
): NodeAnggaran[] {
  const barisPagu = [...paguPerKode.values()];
  const { akar, node } = bangunPohon(pagu, paguPerKode, barisPagu, catatan);
  const barisReal = anggaranRows(realisasiAnggaran);
  const k: KonteksAnggaran = {
    pagu,
    realisasi,
    realisasiAnggaran,
    tahun,
    catatan,
    // newNode put each kode's nomenclature level (or "") in `level`.
    permendagri: node.every((n) => n.level !== ""),
    presisi: {
      pagu: pagu.presisi("Pagu", barisPagu),
      pk: pagu.presisi("Pagu PK", barisPagu),
      realisasi: realisasi.presisi("Realisasi", barisReal),
      persen: realisasi.presisi("Persen", barisReal),
    },
  };
  akar.forEach((a) => computeNode(k, a, 0));
  return akar;
}

/**
 * The tree in table order (a parent may come after its children in the table), each node with
 * its row's stated amounts: a parent's blank Pagu is "the sum of its children", as published
 * tables print it. A row is a parent when some kode has its kode as a prefix, which is when the
 * tree gives it children.
 */
function bangunPohon(
  pagu: ReadTable,
  paguPerKode: ReadonlyMap<string, number>,
  barisPagu: number[],
  catatan: Catatan,
): { akar: NodeAnggaran[]; node: NodeAnggaran[] } {
  // The node of each row, by row: the kode map the rows were chosen with finds a parent's row,
  // so no second map of 200,000 kode is built (issue 14).
  const nodeDiBaris = new Array<NodeAnggaran | undefined>(pagu.jumlahBaris);
  const node = barisPagu.map((r) => (nodeDiBaris[r] = newNode(pagu, r)));
  const akar: NodeAnggaran[] = [];
  for (const n of node) {
    const parent = findParent(n.kode, paguPerKode, nodeDiBaris);
    if (parent) parent.anak.push(n);
    else akar.push(n);
  }
  // The amounts in table order, so their temuan come in the order of the rows.
  for (const n of node) readAmounts(pagu, n, catatan);
  return { akar, node };
}

/** A row's node before the tree is computed: its kode, texts, level by shape and source cell. */
function newNode(pagu: ReadTable, r: number): NodeAnggaran {
  const kode = pagu.kode(r);
  return {
    kode,
    uraian: pagu.teks(r, "Uraian"),
    // Its nomenclature level, or "" (computeNode gives the level names).
    level: levelPermendagri(kode) ?? "",
    kedalaman: 0,
    kodeIku: pagu.kode(r, "Kode IKU") || null,
    pagu: 0n,
    realisasi: 0n,
    paguPk: null,
    paguPkDihitung: null,
    persen: null,
    anak: [],
    paguSel: pagu.sel(r, "Pagu"),
    realisasiSel: null,
    paguTercatat: null,
    baris: r,
  };
}

/** The row's stated Pagu (optional on a parent) and Pagu PK. */
function readAmounts(pagu: ReadTable, n: NodeAnggaran, catatan: Catatan): void {
  const r = n.baris;
  const h =
    n.anak.length > 0
      ? angkaOpsional(pagu, r, "Pagu", n.kode, catatan, "uang")
      : angkaWajib(pagu, r, "Pagu", n.kode, catatan, "uang");
  const pk = angkaOpsional(pagu, r, "Pagu PK", n.kode, catatan, "uang");
  n.paguTercatat = h !== null && h.jenis === "angka" ? senDari(h) : null;
  n.paguPk = pk ? senDari(pk) : null;
  n.paguPkDihitung = n.paguPk;
}

/** A `pagu` cell of the node's row, for a temuan. */
const lokasiPagu = (k: KonteksAnggaran, n: NodeAnggaran, kolom: string) => ({
  kode: n.kode,
  tabel: "pagu",
  baris: n.baris + 1,
  kolom,
  alamat: k.pagu.alamat(n.baris, kolom),
});

/** A node and its subtree: level, amounts (a parent's are its children's sums) and every check. */
function computeNode(k: KonteksAnggaran, n: NodeAnggaran, kedalaman: number): void {
  const { realisasi, catatan } = k;
  n.kedalaman = kedalaman;
  n.level = (k.permendagri && n.level) || `tingkat ${kedalaman + 1}`;
  const rr = realisasiRow(k.realisasiAnggaran, n.kode);
  const realisasiTercatat = rr === undefined ? null : readNodeRealisasi(k, n, rr);
  if (n.anak.length === 0) {
    n.pagu = n.paguTercatat ?? 0n;
    n.realisasi = realisasiTercatat ?? 0n;
    if (rr === undefined)
      catatan.tambah("REALISASI_TIDAK_ADA", {
        ...lokasiPagu(k, n, "Kode"),
        pesan: MESSAGES.realisasiAnggaranTidakAda(n.level, n.kode, k.tahun),
      });
  } else {
    n.anak.forEach((a) => computeNode(k, a, kedalaman + 1));
    jumlahkanAnak(k, n, rr, realisasiTercatat);
  }
  n.persen = serapan(n.realisasi, n.pagu);
  if (n.paguPk !== null && n.paguTercatat !== null && n.paguPk !== n.paguTercatat)
    catatan.tambah("PAGU_BERUBAH", {
      ...lokasiPagu(k, n, "Pagu PK"),
      tercatat: rupiah(n.paguPk),
      dihitung: rupiah(n.paguTercatat),
      pesan: MESSAGES.paguBerubah(n.kode, rupiah(n.paguPk), rupiah(n.paguTercatat)),
    });
  // At every level: a whole kegiatan or program may be over budget while each line is not;
  // a parent that merely restates its only over-budget child is not said twice.
  const samaDenganAnak = n.anak.some((a) => a.realisasi === n.realisasi && a.pagu === n.pagu);
  if (n.realisasi > n.pagu && !samaDenganAnak)
    catatan.tambah("REALISASI_MELEBIHI_PAGU", {
      kode: n.kode,
      tabel: rr === undefined ? "pagu" : "realisasi",
      baris: (rr ?? n.baris) + 1,
      kolom: rr === undefined ? "Pagu" : "Realisasi",
      alamat: rr === undefined ? k.pagu.alamat(n.baris, "Pagu") : realisasi.alamat(rr, "Realisasi"),
      tercatat: rupiah(n.realisasi),
      dihitung: rupiah(n.pagu),
      pesan: MESSAGES.realisasiMelebihiPagu(n.kode, rupiah(n.realisasi), rupiah(n.pagu)),
    });
  if (rr !== undefined) checkPercent(realisasi, rr, n, k.presisi.persen, catatan);
}

/** The node's stated realisasi (optional on a parent); a leaf's "not available" is a temuan. */
function readNodeRealisasi(k: KonteksAnggaran, n: NodeAnggaran, rr: number): Sen | null {
  const { realisasi, catatan } = k;
  n.realisasiSel = realisasi.sel(rr, "Realisasi");
  if (realisasi.angka(rr, "Realisasi").jenis !== "tidak-tersedia") {
    const h =
      n.anak.length > 0
        ? angkaOpsional(realisasi, rr, "Realisasi", n.kode, catatan, "uang")
        : angkaWajib(realisasi, rr, "Realisasi", n.kode, catatan, "uang");
    return h !== null && h.jenis === "angka" ? senDari(h) : null;
  }
  if (n.anak.length === 0) {
    const alamat = realisasi.alamat(rr, "Realisasi");
    catatan.tambah("REALISASI_TIDAK_ADA", {
      kode: n.kode,
      tabel: "realisasi",
      baris: rr + 1,
      kolom: "Realisasi",
      alamat,
      tercatat: realisasi.teks(rr, "Realisasi"),
      pesan: MESSAGES.realisasiAnggaranTidakTersedia(n.kode, alamat),
    });
  }
  return null;
}

/** A parent's amounts as its children's sums, each stated total checked against them. */
function jumlahkanAnak(
  k: KonteksAnggaran,
  n: NodeAnggaran,
  rr: number | undefined,
  realisasiTercatat: Sen | null,
) {
  const { catatan, presisi } = k;
  n.pagu = n.anak.reduce((s, a) => s + a.pagu, 0n);
  n.realisasi = n.anak.reduce((s, a) => s + a.realisasi, 0n);
  const pkAnak = n.anak.map((a) => a.paguPkDihitung);
  const pkJumlah = pkAnak.every((x): x is Sen => x !== null) ? pkAnak.reduce((s, x) => s + x, 0n) : null;
  n.paguPkDihitung = pkJumlah;
  checkTotal("Pagu", n.paguTercatat, n.pagu, presisi.pagu, () => lokasiPagu(k, n, "Pagu"), n.kode, catatan);
  if (n.paguPk !== null && pkJumlah !== null)
    checkTotal("Pagu PK", n.paguPk, pkJumlah, presisi.pk, () => lokasiPagu(k, n, "Pagu PK"), n.kode, catatan);
  if (rr !== undefined) {
    const lokasi = () => ({
      kode: n.kode,
      tabel: "realisasi",
      baris: rr + 1,
      kolom: "Realisasi",
      alamat: k.realisasi.alamat(rr, "Realisasi"),
    });
    checkTotal("Realisasi", realisasiTercatat, n.realisasi, presisi.realisasi, lokasi, n.kode, catatan);
  }
}

function checkTotal(
  kolom: string,
  tercatat: Sen | null,
  dihitung: Sen,
  presisi: number,
  /** The stated total's cell, made only for a temuan. */
  lokasi: () => { kode: string; tabel: string; baris: number; kolom: string; alamat: string },
  kode: string,
  catatan: Catatan,
): void {
  if (tercatat === null) return;
  if (bulatkanSen(dihitung, presisi) === tercatat) return;
  // Truncated at the column's precision or at the cell's own (the decimals it shows).
  const presisiSel = tercatat % 100n === 0n ? 0 : tercatat % 10n === 0n ? 1 : 2;
  if (potongSen(dihitung, presisi) === tercatat || potongSen(dihitung, presisiSel) === tercatat) {
    catatan.tambah("PEMBULATAN", {
      ...lokasi(),
      tercatat: rupiah(tercatat),
      dihitung: rupiah(dihitung),
      pesan: MESSAGES.totalDipotong(kolom, kode, rupiah(tercatat), rupiah(dihitung)),
    });
    return;
  }
  catatan.tambah("TOTAL_TIDAK_SESUAI", {
    ...lokasi(),
    tercatat: rupiah(tercatat),
    dihitung: rupiah(dihitung),
    pesan: MESSAGES.totalTidakSesuai(kolom, kode, rupiah(tercatat), rupiah(dihitung)),
  });
}

function checkPercent(
  realisasi: ReadTable,
  rr: number,
  n: NodeAnggaran,
  presisi: number,
  catatan: Catatan,
): void {
  const tercatat = angkaOpsional(realisasi, rr, "Persen", n.kode, catatan);
  if (!tercatat) return;
  const hasil = n.persen === null ? null : bandingkan(tercatat.nilai, tercatat.desimal, n.persen, presisi);
  if (hasil === "sama") return;
  const lokasi = {
    kode: n.kode,
    tabel: "realisasi",
    baris: rr + 1,
    kolom: "Persen",
    alamat: realisasi.alamat(rr, "Persen"),
  };
  if (n.persen === null) {
    catatan.tambah("PERSEN_TIDAK_SESUAI", {
      ...lokasi,
      tercatat: tercatat.nilai,
      pesan: MESSAGES.persenTanpaPagu(n.kode, tercatat.nilai),
    });
    return;
  }
  if (hasil === "tidak-sesuai")
    catatan.tambah("PERSEN_TIDAK_SESUAI", {
      ...lokasi,
      tercatat: tercatat.nilai,
      dihitung: n.persen,
      pesan: MESSAGES.persenTidakSesuai(n.kode, tercatat.nilai, n.persen),
    });
  else if (hasil === "pembulatan") {
    const p = Math.max(presisi, 2);
    catatan.tambah("PEMBULATAN", {
      ...lokasi,
      tercatat: tercatat.nilai,
      dihitung: n.persen,
      pesan: MESSAGES.pembulatan(
        n.kode,
        "Persentase realisasi",
        tercatat.nilai,
        n.persen,
        formatAngka(bulatkan(n.persen, p), p),
      ),
    });
  }
}

/** The tree in display order (each parent before its children). */
export function urutanAnggaran(akar: NodeAnggaran[]): NodeAnggaran[] {
  const hasil: NodeAnggaran[] = [];
  const jalan = (n: NodeAnggaran) => {
    hasil.push(n);
    n.anak.forEach(jalan);
  };
  akar.forEach(jalan);
  return hasil;
}

const terkaitIku = (n: NodeAnggaran): boolean => n.kodeIku !== null || n.anak.some(terkaitIku);

/**
 * The budget lines the tables group by IKU: each root, except that a root which only groups
 * linked lines (an urusan or bidang row above the programs) is replaced by its children.
 */
export function unitAnggaran(akar: NodeAnggaran[]): NodeAnggaran[] {
  return akar.flatMap((n) => (n.kodeIku !== null || !terkaitIku(n) ? [n] : unitAnggaran(n.anak)));
}

/** The units linked to each indikator kode, in table order. */
export function programPerIku(akar: NodeAnggaran[]): Map<string, NodeAnggaran[]> {
  const peta = new Map<string, NodeAnggaran[]>();
  for (const u of unitAnggaran(akar)) if (u.kodeIku) peta.set(u.kodeIku, [...(peta.get(u.kodeIku) ?? []), u]);
  return peta;
}
