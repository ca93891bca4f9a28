/**
 * Narasi: a paragraph for each sasaran and indikator in Bahasa Indonesia, in the style of the
 * seed's §3.1.2, with the numbers written the Indonesian way. Where data is missing, a sentence
 * says what is missing instead of a guess.
 */
import { formatAngka } from "./angka";
import { firstBy } from "./lookup";
import type { IndikatorRinci, SasaranRinci } from "./kinerja";
import { bandText, type Skala } from "./skala";
import type { Tahunan } from "./tahunan";

/**
 * One paragraph, of a sasaran or of one of its indikator: a sasaran's paragraph comes first
 * within its sasaran, then its indikator's. `sasaran` is the sasaran's text on both; `kode` is
 * the indikator's kode, null on a sasaran's paragraph.
 */
export type Paragraf =
  | { jenis: "sasaran"; sasaran: string; kode: null; teks: string }
  | { jenis: "indikator"; sasaran: string; kode: string; teks: string };

/** What the narrative reads of a run. */
export interface MasukanNarasi {
  tahun: number;
  skala: Skala;
  sasaran: readonly SasaranRinci[];
  /** The earlier years, for "compared with last year". */
  tahunan: Tahunan;
}

const TERBILANG = [
  "nol",
  "satu",
  "dua",
  "tiga",
  "empat",
  "lima",
  "enam",
  "tujuh",
  "delapan",
  "sembilan",
  "sepuluh",
];

/** "2 (dua)", as reports write counts. */
const jumlah = (n: number) => (n < TERBILANG.length ? `${n} (${TERBILANG[n]})` : String(n));

/** A number with the decimals it needs (at most two): 67 → "67", 55.12 → "55,12". */
export function numberText(x: number): string {
  const dua = formatAngka(x, 2);
  return dua.replace(/,?0+$/, "");
}

const dengan = (nilai: number | string, satuan: string) => {
  const teks = typeof nilai === "number" ? numberText(nilai) : nilai;
  return satuan ? `${teks} ${satuan}` : teks;
};

const persen = (x: number) => `${formatAngka(x, 2)} %`;

function catatanSkala(capaian: number, predikat: string, skala: Skala): string {
  const batasAtas = Math.max(...skala.pita.map((p) => p.atas?.nilai ?? -Infinity));
  const letak = capaian > batasAtas ? "di atas" : "di luar";
  const pita = skala.pita.find((p) => p.predikat === predikat);
  return ` Capaian ${persen(capaian)} berada ${letak} rentang skala predikat${pita ? ` (kategori "${predikat}": ${bandText(pita)})` : ""}, sehingga kategori "${predikat}" adalah kategori terdekat; perlu ditinjau apakah targetnya terlalu rendah.`;
}

function perubahan(
  sekarang: number | null,
  sebelum: IndikatorRinci | SasaranRinci | null,
  tahunSebelum: number | null,
): string {
  if (sekarang === null || !sebelum || sebelum.capaian === null || tahunSebelum === null) return "";
  const beda = sekarang - sebelum.capaian;
  if (Math.abs(beda) < 0.005)
    return ` Capaian ini sama dengan Tahun ${tahunSebelum} (${persen(sebelum.capaian)}).`;
  return ` Dibandingkan Tahun ${tahunSebelum} (${persen(sebelum.capaian)}), capaian ${beda > 0 ? "naik" : "turun"} ${formatAngka(Math.abs(beda), 2)} poin persen.`;
}

function paragrafIndikator(
  i: IndikatorRinci,
  sebelum: IndikatorRinci | null,
  tahunSebelum: number | null,
  skala: Skala,
): string {
  const satuan = i.satuan;
  let teks = `${i.indikator} pada Tahun ${i.tahun}`;
  if (i.target === null) {
    return `${teks}: target belum tercantum di tabel targets, sehingga capaian dan kategorinya belum dapat dihitung.`;
  }
  teks += ` ditargetkan sebesar ${dengan(i.target, satuan)}`;
  if (i.realisasi === null) {
    return `${teks}, namun realisasinya belum tersedia di tabel realisasi, sehingga capaian dan kategorinya belum dapat dihitung.`;
  }
  teks += `, adapun realisasinya sebesar ${dengan(i.realisasi, satuan)}`;
  if (i.capaian === null) return `${teks}. Target bernilai 0, sehingga capaian tidak dapat dihitung.`;
  teks += `, sehingga capaian kinerjanya ${persen(i.capaian)} dengan kategori "${i.predikat}".`;
  if (i.polaritas === "negatif")
    teks += ` Indikator ini berpolaritas negatif (semakin rendah realisasi semakin baik), sehingga capaian dihitung dengan rumus (2 × target − realisasi) ÷ target × 100.`;
  if (i.diLuarSkala && i.predikat) teks += catatanSkala(i.capaian, i.predikat, skala);
  teks += perubahan(i.capaian, sebelum, tahunSebelum);
  return teks;
}

function paragrafSasaran(
  s: SasaranRinci,
  nomor: number,
  sebelum: SasaranRinci | null,
  tahunSebelum: number | null,
  skala: Skala,
  tahun: number,
): string {
  const n = s.indikator.length;
  const daftar = s.indikator.map((i, k) => `${k + 1}) ${i.indikator}`).join("; ");
  let teks = `Sasaran ${nomor} "${s.sasaran}" diukur dengan ${jumlah(n)} indikator kinerja utama: ${daftar}.`;
  const tanpa = s.indikator.filter((i) => i.capaian === null).length;
  if (s.capaian === null)
    return `${teks} Belum ada indikator yang capaiannya dapat dihitung untuk Tahun ${tahun}, sehingga capaian sasaran belum dapat ditentukan.`;
  teks += ` Rata-rata capaian indikatornya pada Tahun ${tahun} sebesar ${persen(s.capaian)} dengan kategori "${s.predikat}".`;
  if (tanpa > 0)
    teks += ` ${jumlah(tanpa)} indikator belum memiliki capaian dan tidak dihitung dalam rata-rata.`;
  if (s.diLuarSkala && s.predikat) teks += catatanSkala(s.capaian, s.predikat, skala);
  teks += perubahan(s.capaian, sebelum, tahunSebelum);
  return teks;
}

export function buildNarasi({ tahun, skala, sasaran, tahunan }: MasukanNarasi): Paragraf[] {
  // The latest earlier tahun in the tables, for "compared with last year".
  const k = tahunan.tahun.length - 2;
  const tahunSebelum = k >= 0 ? tahunan.tahun[k] : null;
  const indikatorPer = firstBy(tahunan.indikator, (x) => x.kode);
  const sasaranPer = firstBy(tahunan.sasaran, (x) => x.sasaran);
  const lalu = (kode: string) => (k >= 0 ? (indikatorPer.get(kode)?.per[k] ?? null) : null);
  const lampau = (nama: string) => (k >= 0 ? (sasaranPer.get(nama)?.per[k] ?? null) : null);
  const hasil: Paragraf[] = [];
  sasaran.forEach((s, n) => {
    hasil.push({
      jenis: "sasaran",
      sasaran: s.sasaran,
      kode: null,
      teks: paragrafSasaran(s, n + 1, lampau(s.sasaran), tahunSebelum, skala, tahun),
    });
    for (const i of s.indikator)
      hasil.push({
        jenis: "indikator",
        sasaran: s.sasaran,
        kode: i.kode,
        teks: paragrafIndikator(i, lalu(i.kode), tahunSebelum, skala),
      });
  });
  return hasil;
}
