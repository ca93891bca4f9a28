/**
 * Pagu PK from a second recap of the same tahun (the one behind the Perjanjian Kinerja): each
 * node's Pagu PK is the earlier recap's pagu of the same path, with PAGU_BERUBAH where they differ.
 */
import type { Catatan } from "../read";
import { MESSAGES } from "../messages";
import { rupiah } from "../uang";
import { SIPD_MESSAGES } from "./messages";
import type { PohonSipd } from "./pohon";

/** Pagu PK from the earlier recap, and the usual PAGU_BERUBAH where the two differ. */
export function paguAwal(akhir: PohonSipd, awal: PohonSipd, catatan: Catatan): void {
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
        pesan: MESSAGES.paguBerubah(n.kode, rupiah(pk), rupiah(n.pagu)),
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
      pesan: SIPD_MESSAGES.paguDihapus(n.kode, n.paguSel.alamat, rupiah(n.pagu)),
    });
  }
}
