/** Names of the recap's sheets (Rekap Pemda), in the order they are written. */
export const REKAP_SHEET_NAMES = {
  rekapOpd: "Rekap OPD",
  rekapAnggaran: "Rekap Anggaran",
  rekapTemuan: "Rekap Temuan",
  ikuPemda: "IKU Pemda",
} as const;

/** How a sheet links to an OPD's file: the path from the recap's own folder (default: as given). */
export type FileLink = (berkas: string) => string;

export interface RekapSheetOptions {
  tautan?: FileLink;
  /** Without the indikator-per-predikat columns: for a Word page, where 21 columns do not fit. */
  ringkas?: boolean;
}
