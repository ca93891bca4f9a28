/**
 * Which rows of a contract table a run uses: the rows of a tahun, one row per kode, and the
 * tahun values a table holds.
 */
import { readTahun, type Catatan, type ReadTable } from "./read";
import { MESSAGES } from "./messages";

/**
 * Rows of a table that belong to the tahun. Rows without Tahun belong to the run's tahun, never
 * to the earlier years it is compared with (`tanpaTahun` false), which would invent their data.
 */
export function rowsOfTahun(
  tabel: ReadTable,
  tahun: number,
  catatan: Catatan | null,
  tanpaTahun = true,
): number[] {
  const hasil: number[] = [];
  for (let r = 0; r < tabel.jumlahBaris; r++) {
    const t = readTahun(tabel, r, catatan);
    if ((t === "kosong" && tanpaTahun) || t === tahun) hasil.push(r);
  }
  return hasil;
}

/**
 * Keeps the first row of each kode; later ones are KODE_GANDA (a kode typed `1.06.02.` is the
 * twin of `1.06.02`, never its child). Blank kode rows are reported and skipped; a kode kept as
 * a fractional number is KODE_ANGKA.
 */
export function unikPerKode(
  tabel: ReadTable,
  baris: number[],
  tahun: number,
  catatan: Catatan,
): Map<string, number> {
  const peta = new Map<string, number>();
  for (const r of baris) {
    const kode = tabel.kode(r);
    if (!kode) {
      const alamat = tabel.alamat(r, "Kode");
      const isi = tabel.raw.rows[r].some((v) => v !== null && String(v).trim() !== "");
      if (isi)
        catatan.tambah("NILAI_TIDAK_VALID", {
          tabel: tabel.nama,
          baris: r + 1,
          kolom: "Kode",
          alamat,
          pesan: MESSAGES.kodeKosong(tabel.nama, alamat),
        });
      continue;
    }
    const mentah = tabel.nilai(r, "Kode");
    if (typeof mentah === "number" && !Number.isInteger(mentah) && !tabel.info(r, "Kode")?.teks)
      catatan.tambah("KODE_ANGKA", {
        ...lokasiKode(tabel, r, kode),
        tercatat: mentah,
        pesan: MESSAGES.kodeAngka(kode, tabel.alamat(r, "Kode")),
      });
    const pertama = peta.get(kode);
    if (pertama !== undefined) {
      catatan.tambah("KODE_GANDA", {
        ...lokasiKode(tabel, r, kode),
        tercatat: tabel.teks(r, "Kode"),
        pesan: MESSAGES.kodeGanda(
          tabel.nama,
          kode,
          tahun,
          tabel.alamat(pertama, "Kode"),
          tabel.teks(r, "Kode"),
        ),
      });
      continue;
    }
    peta.set(kode, r);
  }
  return peta;
}

/**
 * A kode cell, for a temuan: made only when there is one (most rows have none), and outside
 * the loop, so no closure is made per row (issue 14).
 */
function lokasiKode(tabel: ReadTable, r: number, kode: string) {
  return { kode, tabel: tabel.nama, baris: r + 1, kolom: "Kode", alamat: tabel.alamat(r, "Kode") };
}

/** The first row of each kode among the rows of the tahun, in table order. */
export function uniqueRows(tabel: ReadTable, tahun: number, catatan: Catatan): number[] {
  return [...unikPerKode(tabel, rowsOfTahun(tabel, tahun, catatan), tahun, catatan).values()];
}

/** True when some row of the table holds anything at all (a table of headers only holds nothing). */
export function berisi(tabel: ReadTable): boolean {
  return tabel.raw.rows.some((row) => row.some((v) => v !== null && String(v).trim() !== ""));
}

/** The tahun values of a table's Tahun column (unordered; invalid cells are left to the run). */
export function tahunDari(tabel: ReadTable | undefined): number[] {
  if (!tabel) return [];
  const set = new Set<number>();
  for (let r = 0; r < tabel.jumlahBaris; r++) {
    const t = readTahun(tabel, r, null);
    if (typeof t === "number") set.add(t);
  }
  return [...set];
}
