/**
 * Operating-system failures in Bahasa Indonesia: which file, what happened, what to do.
 * Never the raw English errno text ("EPERM: operation not permitted, open …").
 */
import path from "path";

/** A write that failed; `berkas` is the output the user named (never the temporary file). */
export class WriteFailure extends Error {
  constructor(
    readonly berkas: string,
    readonly sebab: unknown,
  ) {
    super(writeErrorMessage(berkas, sebab));
  }
}

export function errorCode(e: unknown): string {
  return typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
}

/** The message for a failed write of `berkas`. */
export function writeErrorMessage(berkas: string, e: unknown): string {
  const folder = path.dirname(path.resolve(berkas));
  switch (errorCode(e)) {
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return `Tidak dapat menulis ${berkas}: folder ${folder} tidak mengizinkan penulisan, atau berkas itu terkunci (hanya-baca, atau sedang terbuka di Excel/Word). Tutup berkasnya, hapus tanda hanya-baca, atau pilih folder lain (misalnya Dokumen), lalu coba lagi. Berkas lama tidak diubah.`;
    case "EBUSY":
    case "ETXTBSY":
      return `Tidak dapat menulis ${berkas}: berkas itu sedang dipakai program lain (mungkin terbuka di Excel atau Word). Tutup berkasnya, lalu coba lagi. Berkas lama tidak diubah.`;
    case "ENOSPC":
    case "EDQUOT":
      return `Tidak dapat menulis ${berkas}: ruang disk di ${folder} tidak cukup. Kosongkan sebagian ruang disk atau pilih drive lain, lalu coba lagi. Berkas lama tidak diubah.`;
    case "EISDIR":
      return `Tidak dapat menulis ${berkas}: itu adalah folder, bukan berkas. Tulis nama berkas di dalamnya, misalnya ${path.join(berkas, "hasil" + (path.extname(berkas) || ".xlsx"))}.`;
    case "ENOENT":
    case "ENOTDIR":
    case "EEXIST":
      return `Tidak dapat menulis ${berkas}: folder ${folder} tidak ada atau bukan folder. Periksa jalurnya, atau buat foldernya dulu, lalu coba lagi.`;
    case "ENAMETOOLONG":
      return `Tidak dapat menulis ${berkas}: nama atau jalurnya terlalu panjang. Pilih nama yang lebih pendek.`;
    default:
      return `Tidak dapat menulis ${berkas}${errorCode(e) ? ` (kode sistem ${errorCode(e)})` : ""}. Periksa folder dan ruang disknya, lalu coba lagi. Berkas lama tidak diubah.`;
  }
}

/** The message for an input that cannot be opened at all (before its content is looked at). */
export function readErrorMessage(berkas: string, e: unknown): string {
  switch (errorCode(e)) {
    case "ENOENT":
    case "ENOTDIR":
      return `Berkas ${berkas} tidak ditemukan. Periksa nama dan foldernya.`;
    case "EACCES":
    case "EPERM":
      return `Berkas ${berkas} tidak dapat dibuka: tidak ada izin membacanya. Salin berkas ke folder Anda sendiri (misalnya Dokumen), lalu coba lagi.`;
    case "EISDIR":
      return `${berkas} adalah folder, bukan berkas buku kerja. Tulis nama berkas .xlsx di dalamnya.`;
    case "EBUSY":
      return `Berkas ${berkas} sedang dikunci program lain. Tutup berkasnya, lalu coba lagi.`;
    default:
      return `Berkas ${berkas} tidak dapat dibuka${errorCode(e) ? ` (kode sistem ${errorCode(e)})` : ""}. Periksa berkasnya, lalu coba lagi.`;
  }
}
