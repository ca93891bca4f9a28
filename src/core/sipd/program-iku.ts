/** The `program_iku` table: programs and kegiatan of a SIPD-RI budget linked to IKU. */
import type { NodeAnggaran } from "../anggaran";
import type { Catatan, ReadTable } from "../read";
import { MESSAGES } from "../messages";
import type { AnggaranSipd } from "./anggaran-sipd";
import { SIPD_MESSAGES } from "./messages";

/** Links programs and kegiatan to IKU from the `program_iku` table. */
export function hubungkanIku(
  a: AnggaranSipd,
  tabel: ReadTable | undefined,
  kodeTarget: Set<string>,
  catatan: Catatan,
): void {
  if (!tabel) return;
  const unit = new Map<string, NodeAnggaran>();
  for (const n of a.pohon.perJalur.values())
    if ((n.level === "program" || n.level === "kegiatan") && !unit.has(n.kode)) unit.set(n.kode, n);
  for (let r = 0; r < tabel.jumlahBaris; r++) {
    const kode = tabel.kode(r);
    const iku = tabel.kode(r, "Kode IKU");
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
        pesan: SIPD_MESSAGES.kodeProgramIkuTidakDikenal(kode, alamat),
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
        pesan: MESSAGES.kodeIkuTidakDikenal(iku, alamat),
      });
    }
    n.kodeIku = iku || null;
  }
}
