/**
 * Every text a user reads in the Word export of chapter III — the document's headings and
 * generated sentences — in Bahasa Indonesia, in one place so it can be reviewed and translated
 * as a whole. (The task pane's download button and messages are the pane's: src/taskpane/texts.ts.)
 */
import { formatAngka } from "../core/angka";

const persen = (x: number) => `${formatAngka(x, 2)} %`;

export const BAB3_TEXTS = {
  judulBab: "BAB III AKUNTABILITAS KINERJA",
  judulDokumen: (tahun: number) => `LKjIP Tahun ${tahun} — Bab III Akuntabilitas Kinerja`,
  pembuat: "Capaian",

  capaianOrganisasi: "3.1 Capaian Kinerja Organisasi",
  pengantarCapaian: (tahun: number) =>
    `Capaian Indikator Kinerja Utama (IKU) diperoleh dengan membandingkan realisasi dengan target ` +
    `setiap indikator dalam Perjanjian Kinerja Tahun ${tahun}. Capaian sasaran strategis adalah ` +
    `rata-rata capaian indikatornya, dan predikat capaian ditetapkan menurut Tabel 3.1 berikut.`,
  capaianOpd: (tahun: number, capaian: number | null, predikat: string | null) =>
    capaian === null
      ? `Capaian kinerja keseluruhan tahun ${tahun} belum dapat dihitung.`
      : `Rata-rata capaian kinerja seluruh sasaran strategis tahun ${tahun} sebesar ${persen(capaian)}` +
        (predikat ? ` dengan predikat “${predikat}”.` : "."),
  judulSkala: "Pengkategorian Capaian Kinerja",
  kolomSkala: ["No", "Kategori/Interpretasi", "Rata-Rata % Capaian"],

  /** Sub-section headings, without their number ("3.1.1"), by the sheet they present. */
  subbab: {
    capaianKinerja: (tahun: number) => `Perbandingan antara Target dan Realisasi Kinerja Tahun ${tahun}`,
    narasi: "Analisis Capaian Kinerja",
    perbandinganTahunan: (tahun: number) =>
      `Perbandingan antara Realisasi Kinerja serta Capaian Kinerja Tahun ${tahun} dengan Tahun-Tahun Sebelumnya`,
    perbandinganRenstra: (tahun: number) =>
      `Perbandingan Realisasi Kinerja sampai Tahun ${tahun} dengan Target Jangka Menengah dalam Renstra`,
    standarNasional: (tahun: number) =>
      `Perbandingan Realisasi Kinerja Tahun ${tahun} dengan Standar Nasional`,
    analisisKeberhasilan:
      "Analisis Penyebab Keberhasilan/Kegagalan atau Peningkatan/Penurunan Kinerja serta Alternatif Solusi yang Telah Dilakukan",
    analisisEfisiensi: "Analisis atas Efisiensi Penggunaan Sumber Daya",
    programPendukung:
      "Analisis Program/Kegiatan yang Menunjang Keberhasilan ataupun Kegagalan Pencapaian Pernyataan Kinerja",
  },
  /** A section whose data the tables do not hold: said, not left out, so the numbering stays the seed's. */
  belumTersedia: (kolom: string) =>
    `Tabel "targets" belum memiliki kolom "${kolom}", sehingga perbandingan ini belum dapat disajikan.`,
  pengantarKeberhasilan:
    "Penyebab keberhasilan atau kegagalan pencapaian kinerja setiap indikator, beserta alternatif solusi yang telah dilakukan, adalah sebagai berikut.",
  pengantarProgramPendukung:
    "Analisis program/kegiatan yang menunjang keberhasilan ataupun kegagalan pencapaian pernyataan kinerja dilakukan agar diketahui program, kegiatan dan sub kegiatan yang telah dilaksanakan untuk mencapai sasaran strategis, serta program/kegiatan yang kurang menunjang sehingga dapat diperbaiki di masa yang akan datang.",
  pengantarAlokasi: (tahun: number) => `Rincian alokasi anggaran tahun ${tahun} terdiri dari:`,
  pengantarNarasi: (tahun: number) =>
    `Evaluasi dan analisis capaian kinerja setiap sasaran strategis tahun ${tahun} berdasarkan tabel pengukuran kinerja di atas adalah sebagai berikut.`,
  judulSasaran: (nomor: number, sasaran: string) => `Sasaran ${nomor}: ${sasaran}`,

  realisasiAnggaran: "3.2 Realisasi Anggaran",
  pengantarAnggaran: (tahun: number, pagu: number, realisasi: number, serapan: number | null) =>
    `Pagu anggaran tahun ${tahun} sebesar Rp ${formatAngka(pagu, 0)} dengan realisasi sebesar ` +
    `Rp ${formatAngka(realisasi, 0)}` +
    (serapan === null ? "." : ` atau ${persen(serapan)} dari total pagu anggaran.`) +
    ` Rinciannya per Program, Kegiatan dan Sub Kegiatan menurut sasaran strategis dan IKU yang didukung:`,

  /** Caption of a chart: "Gambar 3.1 Capaian per Indikator terhadap 100 %". */
  gambar: (nomor: string, judul: string) => `Gambar ${nomor} ${judul}`,
  /** Caption of a table: "Tabel 3.2 Capaian Kinerja Tahun 2024". */
  tabel: (nomor: string, judul: string) => `Tabel ${nomor} ${judul}`,
  ya: "Ya",
  tidak: "Tidak",
} as const;

/** The download's file name: `LKjIP-Bab-III-2024.docx`. */
export const bab3FileName = (tahun: number): string => `LKjIP-Bab-III-${tahun}.docx`;
