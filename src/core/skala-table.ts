/** A workbook's own `skala_predikat` table, in the `Rentang` notation or with explicit bounds. */
import type { Catatan, ReadTable } from "./read";
import { MESSAGES } from "./messages";
import { parseRentang, type Bound, type Pita, type Skala } from "./skala";

const ya = (teks: string, bawaan: boolean) =>
  teks === "" ? bawaan : /^(ya|y|yes|true|1|termasuk|inklusif)$/i.test(teks);

/** The scale a table describes, or null when it has no usable band (the preset is used then). */
export function skalaFromTable(tabel: ReadTable, catatan: Catatan): Skala | null {
  const pita: Pita[] = [];
  for (let r = 0; r < tabel.jumlahBaris; r++) {
    const predikat = tabel.teks(r, "Predikat");
    if (!predikat) continue;
    const warna = tabel.teks(r, "Warna");
    const warnaHex = /^#?[0-9a-f]{6}$/i.test(warna) ? `#${warna.replace("#", "").toUpperCase()}` : undefined;
    const rentang = tabel.teks(r, "Rentang");
    if (rentang) {
      const b = parseRentang(rentang);
      if (!b) {
        catatan.tambah("NILAI_TIDAK_VALID", {
          tabel: "skala_predikat",
          baris: r + 1,
          kolom: "Rentang",
          alamat: tabel.alamat(r, "Rentang"),
          tercatat: rentang,
          pesan: MESSAGES.rentangTidakValid(tabel.alamat(r, "Rentang"), rentang),
        });
        return null;
      }
      pita.push({ predikat, ...b, warna: warnaHex });
      continue;
    }
    let rusak = false;
    const batas = (kolom: string, termasuk: string): Bound | null => {
      const h = tabel.angka(r, kolom);
      if (h.jenis === "angka") return { nilai: h.nilai, termasuk: ya(tabel.teks(r, termasuk), true) };
      if (h.jenis !== "kosong") {
        rusak = true;
        catatan.tambah("NILAI_TIDAK_VALID", {
          tabel: "skala_predikat",
          baris: r + 1,
          kolom,
          alamat: tabel.alamat(r, kolom),
          tercatat: tabel.teks(r, kolom),
          pesan: MESSAGES.batasTidakValid(tabel.alamat(r, kolom), tabel.teks(r, kolom)),
        });
      }
      return null;
    };
    const bawah = batas("Batas Bawah", "Termasuk Bawah");
    const atas = batas("Batas Atas", "Termasuk Atas");
    if (!bawah && !atas && !rusak)
      catatan.tambah("NILAI_TIDAK_VALID", {
        tabel: "skala_predikat",
        baris: r + 1,
        kolom: "Predikat",
        alamat: tabel.alamat(r, "Predikat"),
        tercatat: predikat,
        pesan: MESSAGES.pitaTanpaBatas(tabel.alamat(r, "Predikat"), predikat),
      });
    // A band that cannot be read would catch every value: the preset is used instead.
    if (rusak || (!bawah && !atas)) return null;
    pita.push({ predikat, bawah, atas, warna: warnaHex });
  }
  if (pita.length === 0) return null;
  // Best band first: order by upper bound, highest first.
  const kunci = (p: Pita) => (p.atas ? p.atas.nilai : Infinity);
  pita.sort((a, b) => kunci(b) - kunci(a) || (b.bawah?.nilai ?? -Infinity) - (a.bawah?.nilai ?? -Infinity));
  return { nama: WORKBOOK_SKALA, pita };
}

/** The name of a scale read from the workbook's own skala_predikat table. */
export const WORKBOOK_SKALA = "buku kerja";
