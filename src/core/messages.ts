/**
 * Every message a user reads about their data, in Bahasa Indonesia, in one place so it can be
 * reviewed as a whole. Each says what is wrong and what to do.
 */
import { formatAngka, formatTertulis } from "./angka";
import type { ColumnDef } from "./kontrak";

const rp = (x: number) => `Rp ${formatAngka(x, Number.isInteger(x) ? 0 : 2)}`;
const pct = (x: number) => `${formatAngka(x, 2)} %`;

export const MESSAGES = {
  tabelTidakAda: (tabel: string, kolomWajib: string[]) =>
    `Tabel bernama "${tabel}" tidak ditemukan di buku kerja. Buat tabel Excel (Sisipkan > Tabel) dengan kolom ${kolomWajib.join(", ")}, lalu beri nama "${tabel}" di Desain Tabel > Nama Tabel.`,
  kolomTidakAda: (tabel: string, kolom: ColumnDef, lokasi: string) =>
    `Tabel "${tabel}" (${lokasi}) tidak memiliki kolom "${kolom.nama}"` +
    (kolom.sinonim.length
      ? ` (nama lain yang diterima: ${kolom.sinonim.map((s) => `"${s}"`).join(", ")})`
      : "") +
    `. Tambahkan kolom itu atau ganti judul kolom yang sesuai.`,
  nilaiKosong: (tabel: string, kolom: string, alamat: string) =>
    `Sel ${alamat} (tabel "${tabel}", kolom ${kolom}) kosong, padahal harus berisi angka. Isi angkanya, atau tulis "-" bila memang belum tersedia.`,
  nilaiTidakTersedia: (tabel: string, kolom: string, alamat: string, teks: string) =>
    `Sel ${alamat} (tabel "${tabel}", kolom ${kolom}) berisi "${teks}" (belum tersedia), padahal angka ini diperlukan untuk perhitungan. Isi angkanya.`,
  realisasiAnggaranTidakTersedia: (kode: string, alamat: string) =>
    `Realisasi anggaran ${kode} di ${alamat} ditandai belum tersedia; dihitung Rp 0 sampai diisi. Isi realisasinya.`,
  nilaiGalat: (tabel: string, kolom: string, alamat: string, galat: string) =>
    `Sel ${alamat} (tabel "${tabel}", kolom ${kolom}) berisi galat ${galat}. Perbaiki rumus atau isi sel itu dengan angka.`,
  bukanAngka: (tabel: string, kolom: string, alamat: string, teks: string) =>
    `Sel ${alamat} (tabel "${tabel}", kolom ${kolom}) berisi "${teks}", yang tidak dapat dibaca sebagai angka. Tulis angka seperti 4.235.577.713 atau 55,12.`,
  kodeKosong: (tabel: string, alamat: string) =>
    `Baris dengan sel ${alamat} di tabel "${tabel}" tidak memiliki kode, sehingga dilewati. Isi kodenya atau hapus baris itu.`,
  polaritasTidakDikenal: (alamat: string, teks: string) =>
    `Polaritas "${teks}" di ${alamat} tidak dikenal; dianggap positif. Tulis "positif" atau "negatif".`,
  tahunTidakValid: (tabel: string, alamat: string, teks: string) =>
    `Tahun "${teks}" di ${alamat} (tabel "${tabel}") bukan tahun yang valid; baris itu dilewati. Tulis tahun empat angka, misalnya 2024.`,
  angkaAmbigu: (alamat: string, teks: string, dibaca: number) =>
    `"${teks}" di ${alamat} bisa berarti dua hal; dibaca sebagai ${formatAngka(dibaca, 0)} (ribuan). Bila maksudnya pecahan, tulis dengan koma desimal, misalnya 1,234.`,
  tahunKosong: (tahun: number, ada: number[]) =>
    `Tabel "targets" tidak memiliki indikator untuk tahun ${tahun}` +
    (ada.length
      ? `; tahun yang ada: ${[...ada].sort((a, b) => b - a).join(", ")}. Pilih salah satunya.`
      : `. Isi kolom Tahun atau tambahkan baris untuk tahun itu.`),
  kodeGanda: (tabel: string, kode: string, tahun: number, alamatPertama: string, ditulis = kode) =>
    `Kode ${kode}${ditulis !== kode ? ` (ditulis "${ditulis}")` : ""} muncul lebih dari sekali di tabel "${tabel}" untuk tahun ${tahun} (yang pertama di ${alamatPertama}); baris ini tidak dihitung. Hapus baris ganda atau perbaiki kodenya.`,
  kodeTidakDikenal: (kode: string, alamat: string) =>
    `Kode ${kode} di ${alamat} tidak ada di tabel "targets" maupun "pagu". Periksa penulisan kodenya.`,
  kodeIkuTidakDikenal: (kodeIku: string, alamat: string) =>
    `Kode IKU ${kodeIku} di ${alamat} tidak ada di tabel "targets" untuk tahun ini. Periksa penulisan kodenya.`,
  realisasiKinerjaTidakAda: (kode: string, tahun: number) =>
    `Indikator ${kode} belum memiliki realisasi tahun ${tahun} di tabel "realisasi", sehingga capaiannya tidak dihitung. Tambahkan barisnya.`,
  realisasiKinerjaTidakTersedia: (kode: string, alamat: string) =>
    `Realisasi indikator ${kode} di ${alamat} ditandai belum tersedia; capaiannya tidak dihitung dan tidak masuk rata-rata sasaran.`,
  realisasiAnggaranTidakAda: (level: string, kode: string, tahun: number) =>
    `${level.charAt(0).toUpperCase()}${level.slice(1)} ${kode} belum memiliki realisasi anggaran tahun ${tahun} di tabel "realisasi"; dianggap Rp 0. Tambahkan barisnya.`,
  totalTidakSesuai: (kolom: string, kode: string, tercatat: number, dihitung: number) =>
    `${kolom} ${kode} tertulis ${rp(tercatat)}, tetapi jumlah rinciannya ${rp(dihitung)} (selisih ${rp(tercatat - dihitung)}). Perbaiki angka induk atau rinciannya.`,
  totalDipotong: (kolom: string, kode: string, tercatat: number, dihitung: number) =>
    `${kolom} ${kode} tertulis ${rp(tercatat)}: jumlah rinciannya ${rp(dihitung)} dipotong, bukan dibulatkan. Tulis ${rp(Math.round(dihitung))}.`,
  persenTidakSesuai: (kode: string, tercatat: number, dihitung: number) =>
    `Persentase realisasi ${kode} tertulis ${formatTertulis(tercatat)}, tetapi realisasi ÷ pagu = ${pct(dihitung)}. Bila pagu dan realisasinya benar, ganti dengan ${formatAngka(dihitung, 2)}; bila persentase yang tertulis benar, periksa realisasi atau pagunya.`,
  persenTanpaPagu: (kode: string, tercatat: number) =>
    `Persentase realisasi ${kode} tertulis ${formatTertulis(tercatat)}, padahal pagunya Rp 0 sehingga persentase tidak dapat dihitung. Kosongkan sel itu atau isi pagunya.`,
  capaianTidakSesuai: (kode: string, tercatat: number, dihitung: number) =>
    `Capaian ${kode} tertulis ${formatTertulis(tercatat)}, tetapi dari target dan realisasinya capaian = ${pct(dihitung)}. Bila target dan realisasinya benar, ganti dengan ${formatAngka(dihitung, 2)}; bila capaian yang tertulis benar, periksa realisasi atau targetnya.`,
  predikatTidakSesuai: (kode: string, tercatat: string, dihitung: string, capaian: number) =>
    `Predikat ${kode} tertulis "${tercatat}", tetapi capaian ${pct(capaian)} berpredikat "${dihitung}" menurut skala. Ganti dengan "${dihitung}".`,
  pembulatan: (kode: string, kolom: string, tercatat: number, dihitung: number, benar: string) =>
    `${kolom} ${kode} tertulis ${formatTertulis(tercatat)}: angka ${formatAngka(dihitung, 4)} dipotong, bukan dibulatkan. Tulis ${benar}.`,
  realisasiMelebihiPagu: (kode: string, realisasi: number, pagu: number) =>
    `Realisasi anggaran ${kode} (${rp(realisasi)}) melebihi pagunya (${rp(pagu)}). Periksa angka realisasi atau pagu setelah perubahan.`,
  targetNol: (kode: string, alamat: string) =>
    `Target ${kode} di ${alamat} bernilai 0, sehingga capaian tidak dapat dihitung. Isi target yang benar.`,
  diLuarSkala: (kode: string, capaian: number, predikat: string, skala: string) =>
    `Capaian ${kode} ${pct(capaian)} berada di luar semua rentang skala ${skala}; diberi predikat terdekat "${predikat}". Tinjau target, atau lengkapi skala predikat.`,
  diLuarSkalaSasaran: (sasaran: string, capaian: number, predikat: string) =>
    `Rata-rata capaian sasaran "${sasaran}" ${pct(capaian)} berada di luar semua rentang skala; diberi predikat terdekat "${predikat}".`,
  paguBerubah: (kode: string, pk: number, pagu: number) =>
    `Pagu ${kode} di Perjanjian Kinerja ${rp(pk)} berbeda dengan pagu akhir ${rp(pagu)} (perubahan anggaran). Pastikan Perjanjian Kinerja perubahan sudah dibuat.`,
  batasTidakValid: (alamat: string, teks: string) =>
    `Batas "${teks}" di ${alamat} (tabel "skala_predikat") bukan angka; skala bawaan dipakai. Isi angka, atau kosongkan bila pita itu tidak berbatas.`,
  pitaTanpaBatas: (alamat: string, predikat: string) =>
    `Predikat "${predikat}" di ${alamat} (tabel "skala_predikat") tidak memiliki Rentang maupun Batas Bawah/Atas; skala bawaan dipakai. Isi rentangnya.`,
  rentangTidakValid: (alamat: string, teks: string) =>
    `Rentang "${teks}" di ${alamat} tidak dapat dibaca; skala bawaan dipakai. Tulis seperti "120 ≥ X > 100" atau "91 - 100".`,
  kodeAnalisisTidakDikenal: (kode: string, alamat: string) =>
    `Kode ${kode} di ${alamat} (tabel "analisis") tidak ada di tabel "targets" untuk tahun ini; barisnya tidak dipakai. Periksa penulisan kodenya.`,
  rumusTidakDikenal: (alamat: string, teks: string) =>
    `Rumus "${teks}" di ${alamat} tidak dikenal; capaian dihitung menurut Polaritas. Tulis salah satu: positif, negatif, negatif-rasio, akhir, kumulatif.`,
  sasaranTanpaCapaian: (sasaran: string, jumlah: number) =>
    `${jumlah} indikator sasaran "${sasaran}" tidak memiliki capaian dan tidak masuk rata-rata.`,
  nilaiNegatif: (tabel: string, kolom: string, alamat: string, nilai: number) =>
    `Sel ${alamat} (tabel "${tabel}", kolom ${kolom}) bernilai negatif (${rp(nilai)}); jumlah anggaran tidak boleh negatif dan angka ini mengurangi total. Perbaiki angkanya (tanpa tanda minus atau kurung).`,
  nilaiTanggal: (tabel: string, kolom: string, alamat: string, tanggal: string) =>
    `Sel ${alamat} (tabel "${tabel}", kolom ${kolom}) berisi tanggal ${tanggal}, bukan angka, sehingga tidak dihitung. Ubah format sel menjadi Angka (Beranda › Format Angka › Angka) lalu ketik ulang nilainya.`,
  nilaiTidakWajar: (tabel: string, kolom: string, alamat: string, batas: string) =>
    `Sel ${alamat} (tabel "${tabel}", kolom ${kolom}) berisi angka yang tidak wajar (melebihi ${batas}), sehingga tidak dihitung. Periksa angkanya; mungkin ada digit yang berlebih.`,
  capaianTidakWajar: (kode: string, alamat: string) =>
    `Capaian ${kode} dari target dan realisasinya melebihi 1.000.000 %, sehingga tidak dihitung. Periksa realisasi di ${alamat} dan targetnya.`,
  rumusTanpaNilai: (tabel: string, kolom: string, alamat: string) =>
    `Sel ${alamat} (tabel "${tabel}", kolom ${kolom}) berisi rumus yang nilainya tidak tersimpan di berkas (disimpan tanpa dihitung ulang), sehingga tidak dihitung. Buka berkas di Excel, tekan Ctrl+Alt+F9, simpan, lalu coba lagi.`,
  kodeAngka: (kode: string, alamat: string) =>
    `Kode ${kode} di ${alamat} tersimpan sebagai angka, bukan teks: nol di belakang koma dapat hilang (1.10 menjadi 1.1), sehingga kodenya tidak dapat dibedakan dari kode lain. Format kolom Kode sebagai Teks, lalu ketik ulang kodenya.`,
  tabelGanda: (nama: string, daftar: string[], dipakai: string) =>
    `Buku kerja memiliki ${daftar.length} tabel bernama "${nama}" yang hanya berbeda huruf besar/kecil: ${daftar.join(", ")}. Hanya ${dipakai} yang dibaca. Gabungkan isinya ke satu tabel atau ganti nama tabel lainnya.`,
  tabelKosong: (nama: string, lembar: string) =>
    `Tabel "${nama}" (lembar ${lembar}) belum berisi data: hanya ada judul kolom. Isi barisnya di bawah judul kolom, lalu coba lagi.`,
  paguTanpaTahun: (tahun: number, ada: number[]) =>
    `Tabel "pagu" tidak memiliki baris anggaran untuk tahun ${tahun}` +
    (ada.length ? ` (tahun yang ada: ${[...ada].sort((a, b) => b - a).join(", ")})` : "") +
    `, sehingga Tabel Realisasi Keuangan kosong (pagu Rp 0). Tambahkan baris anggaran tahun ${tahun} atau pilih tahun lain.`,
} as const;

/**
 * What every host says when a run wrote nothing: the message of each error-level temuan, in
 * order. The command prints these lines; the task pane and the ribbon show the same lines.
 */
export function stopMessage(temuan: readonly { tingkat: string; pesan: string }[]): string[] {
  return temuan.filter((t) => t.tingkat === "error").map((t) => t.pesan);
}

/** Ready-made wording for the summary and the CLI. */
export const LABEL = {
  tingkat: { error: "Kesalahan", peringatan: "Peringatan", info: "Info" },
} as const;
