/** The Indonesian messages about SIPD-RI exports (beside core/messages.ts, in the same voice). */
import { formatAngka } from "../angka";

const rp = (x: number) => `Rp ${formatAngka(x, Number.isInteger(x) ? 0 : 2)}`;

export interface SkpdDitemukan {
  kode: string;
  nama: string;
}

const daftar = (skpd: SkpdDitemukan[]) => skpd.map((s) => `\n  ${s.kode} ${s.nama}`).join("");

export const SIPD_MESSAGES = {
  skpdBelumDipilih: (lembar: string, skpd: SkpdDitemukan[]) =>
    `Ekspor SIPD-RI di lembar ${lembar} memuat ${skpd.length} SKPD, tetapi SKPD laporan ini belum dipilih. Pilih satu (di baris perintah: --skpd KODE; di panel Capaian: pilihan SKPD). SKPD yang ada:${daftar(skpd)}`,
  skpdTidakAda: (lembar: string, dicari: string, skpd: SkpdDitemukan[]) =>
    `SKPD "${dicari}" tidak ada di ekspor SIPD-RI lembar ${lembar}. Tulis KODE SKPD, KODE SUB UNIT, atau sebagian NAMA SKPD yang hanya cocok dengan satu SKPD. SKPD yang ada:${daftar(skpd)}`,
  skpdAmbigu: (lembar: string, dicari: string, cocok: SkpdDitemukan[]) =>
    `"${dicari}" cocok dengan ${cocok.length} SKPD di ekspor SIPD-RI lembar ${lembar}; tulis KODE SKPD-nya:${daftar(cocok)}`,
  subUnitAmbigu: (lembar: string, dicari: string, cocok: SkpdDitemukan[]) =>
    `"${dicari}" cocok dengan ${cocok.length} sub unit di ekspor SIPD-RI lembar ${lembar}; tulis KODE SUB UNIT-nya:${daftar(cocok)}`,
  kodeSalahInduk: (jenis: string, kode: string, alamat: string, induk: string, kodeInduk: string) =>
    `Kode ${jenis} ${kode} di ${alamat} tidak berada di bawah kode ${induk}-nya ${kodeInduk}; baris itu tetap dihitung di bawah ${induk} ${kodeInduk}. Periksa kodenya di SIPD-RI.`,
  paguTeks: (alamat: string, teks: string, dibaca: number) =>
    `PAGU di ${alamat} tertulis sebagai teks "${teks}"; dibaca ${rp(dibaca)}. Ekspor SIPD-RI menulis angka: pastikan sel ini tidak diubah setelah diunduh.`,
  paguNegatif: (alamat: string, nilai: number) =>
    `PAGU di ${alamat} bernilai negatif (${rp(nilai)}); tetap dijumlahkan seperti tertulis. Pagu tidak boleh negatif: periksa baris ini di SIPD-RI.`,
  paguTidakTerbaca: (alamat: string, teks: string) =>
    `PAGU di ${alamat} berisi "${teks}", yang tidak dapat dibaca sebagai angka; dihitung Rp 0. Unduh ulang ekspor dari SIPD-RI atau perbaiki sel itu.`,
  paguKosong: (alamat: string, rekening: string) =>
    `PAGU rekening ${rekening} di ${alamat} kosong; dihitung Rp 0. Unduh ulang ekspor dari SIPD-RI atau isi pagunya.`,
  nilaiTidakTerbaca: (alamat: string, teks: string) =>
    `Nilai Realisasi di ${alamat} berisi "${teks}", yang tidak dapat dibaca sebagai angka; baris itu tidak dihitung. Unduh ulang laporan dari SIPD-RI.`,
  tanggalTidakTerbaca: (alamat: string, teks: string, dihitung: boolean) =>
    `Tanggal Dokumen di ${alamat} ("${teks}") tidak dapat dibaca sebagai tanggal` +
    (dihitung
      ? `; baris itu tetap dihitung karena tidak ada batas periode.`
      : `, sehingga baris itu tidak dapat dimasukkan ke periode; tidak dihitung.`) +
    ` Tulis seperti "12 Januari 2024".`,
  dokumenBerbeda: (nomor: string, alamat: string, alamatPertama: string, tercatat: number, pertama: number) =>
    `Dokumen ${nomor} di ${alamat} juga ada di ${alamatPertama}, tetapi nilainya berbeda (${rp(tercatat)} dibanding ${rp(pertama)}); yang dihitung yang pertama. Unduh ulang laporan bulan itu dari SIPD-RI dan pakai satu unduhan saja.`,
  realisasiTanpaSubKegiatan: (kode: string, alamat: string, jumlah: number) =>
    `Realisasi ${rp(jumlah)} untuk sub kegiatan ${kode} (mulai ${alamat}) tidak memiliki pagu di rekap anggaran SKPD ini, sehingga tidak masuk Tabel Realisasi Keuangan. Periksa kode sub kegiatan atau pakai rekap anggaran yang sesuai.`,
  realisasiTanpaRekening: (
    subKegiatan: string,
    rekening: string,
    alamat: string,
    jumlah: number,
    dihitung: boolean,
  ) =>
    `Realisasi ${rp(jumlah)} untuk rekening ${rekening} sub kegiatan ${subKegiatan} (mulai ${alamat}) tidak memiliki pagu di rekap anggaran` +
    (dihitung ? `; tetap dihitung pada sub kegiatannya.` : `, sehingga tidak masuk tabel.`) +
    ` Periksa kode rekening atau pakai rekap anggaran yang sesuai.`,
  realisasiMelebihiPagu: (kode: string, alamat: string, realisasi: number, pagu: number) =>
    `Realisasi anggaran ${kode} (${rp(realisasi)}) melebihi pagunya (${rp(pagu)}) mulai dokumen di ${alamat}. Periksa dokumen itu atau pagu setelah perubahan.`,
  paguDihapus: (kode: string, alamat: string, pk: number) =>
    `${kode} di ${alamat} memiliki pagu ${rp(pk)} di rekap Perjanjian Kinerja, tetapi tidak ada di rekap akhir (perubahan anggaran). Pastikan Perjanjian Kinerja perubahan sudah dibuat.`,
  kodeProgramIkuTidakDikenal: (kode: string, alamat: string) =>
    `Kode ${kode} di ${alamat} (tabel "program_iku") bukan program atau kegiatan SKPD ini di rekap anggaran. Periksa penulisan kodenya.`,
} as const;

export const SIPD_OTHER_MESSAGES = {
  realisasiTanpaSkpd: (lembar: string, skpd: string) =>
    `Laporan realisasi di lembar ${lembar} tidak memuat baris untuk SKPD ${skpd}; realisasinya dianggap Rp 0. Unduh laporan realisasi SKPD itu dari SIPD-RI.`,
} as const;
