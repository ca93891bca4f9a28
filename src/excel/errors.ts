/**
 * Maps what Excel throws (OfficeExtension.Error, identified by `error.code`) to a message in
 * Bahasa Indonesia that says what is wrong and what to do.
 */
import { EXCEL_TEXT } from "./messages";

export type FailureKind =
  | "editSel"
  | "terlindungi"
  | "terlaluBesar"
  | "rumusTerlaluPanjang"
  | "terlaluBanyakSel"
  | "bentrok"
  | "argumen"
  | "tabelTidakAda"
  | "bukuKerjaTidakAktif"
  | "sibuk"
  | "tidakDidukung"
  | "umum";

export interface ExcelFailure {
  jenis: FailureKind;
  /** Indonesian: the message's title. */
  judul: string;
  /** Indonesian: what is wrong and what to do. */
  pesan: string;
  /** The original error code, for logs. */
  kode: string | null;
  /** The original (technical, often English) message, for logs; never in `pesan`. */
  detail: string;
}

/**
 * The codes Excel really throws, grouped by what the user must do about them: Excel.ErrorCodes
 * and the runtime's OfficeExtension.ErrorCodes (request size, activity limit, connection).
 * Anything else (GeneralException, …) gets the general message with its code.
 */
const KODE: Record<string, FailureKind> = {
  InvalidOperationInCellEditMode: "editSel",
  AccessDenied: "terlindungi",
  RequestPayloadSizeLimitExceeded: "terlaluBesar",
  ResponsePayloadSizeLimitExceeded: "terlaluBesar",
  FormulaLengthExceedsLimit: "rumusTerlaluPanjang",
  RangeExceedsLimit: "terlaluBanyakSel",
  OperationCellsExceedLimit: "terlaluBanyakSel",
  MergedRangeConflict: "bentrok",
  InsertDeleteConflict: "bentrok",
  PivotTableRangeConflict: "bentrok",
  FilteredRangeConflict: "bentrok",
  Conflict: "bentrok",
  NonBlankCellOffSheet: "bentrok",
  InvalidArgument: "argumen",
  InvalidReference: "argumen",
  ItemNotFound: "tabelTidakAda",
  InactiveWorkbook: "bukuKerjaTidakAktif",
  ActivityLimitReached: "sibuk",
  RequestAborted: "sibuk",
  ConnectionFailure: "sibuk",
  ApiNotFound: "tidakDidukung",
  NotImplemented: "tidakDidukung",
  UnsupportedOperation: "tidakDidukung",
  UnsupportedFeature: "tidakDidukung",
  UnsupportedSheet: "tidakDidukung",
};

/** The error codes mapped to their own message (for the tests: each must be a real code). */
export const KODE_DIPETAKAN: readonly string[] = Object.keys(KODE);

function errorCode(error: unknown): string | null {
  if (error && typeof error === "object") {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
  }
  return null;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (error && typeof error === "object" && typeof (error as { message?: unknown }).message === "string") {
    return (error as { message: string }).message;
  }
  return String(error);
}

/** A short identifier of an error without an Excel code: its name, e.g. "TypeError". */
function errorName(error: unknown): string {
  if (error instanceof Error && error.name) return error.name;
  return "tidak diketahui";
}

/** Turns anything thrown during a run into a user message. */
export function mapError(error: unknown): ExcelFailure {
  const kode = errorCode(error);
  const jenis: FailureKind = (kode && KODE[kode]) || "umum";
  const pesan = jenis === "umum" ? EXCEL_TEXT.galat.umum(kode ?? errorName(error)) : EXCEL_TEXT.galat[jenis];
  return { jenis, judul: EXCEL_TEXT.galatJudul, pesan, kode, detail: errorText(error) };
}
