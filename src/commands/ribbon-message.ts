/**
 * What the ribbon command tells the user, and how: without a shared runtime the function file
 * has no pane to write in, so the message goes to a small dialog page (pesan.html, Dialog API
 * 1.1) with the text in its URL. Where the Dialog API is missing the message goes to the log.
 * The text builders are pure (no Office calls), the dialog is feature-detected.
 */
import type { Temuan } from "../core/temuan";
import { stopMessage } from "../core/messages";
import { RIBBON_TEXT as TEKS } from "./texts";

/** The dialog page, next to the function file (commands.html) in dist/. */
export const MESSAGE_PAGE = "pesan.html";
/** Longest message carried in the dialog's URL (the whole URL must stay well under 2,000 characters). */
export const MESSAGE_MAX_LENGTH = 1200;

export interface RibbonMessage {
  judul: string;
  isi: string[];
}

/**
 * The message of a run that wrote nothing: the lines the command prints for the same workbook
 * (core's pesanBerhenti), after a line saying what to do in Excel.
 */
export function notWrittenMessage(tabelHilang: readonly string[], temuan: readonly Temuan[]): RibbonMessage {
  const isi = stopMessage(temuan);
  if (tabelHilang.length > 0) return { judul: TEKS.tabelTidakAdaJudul, isi: [...isi, TEKS.saranContoh] };
  return { judul: TEKS.fatalJudul, isi: [TEKS.fatalIsi, ...isi] };
}

/** The dialog's address: `pesan.html?judul=…&isi=…` beside `base` (the function file's URL). */
export function messageUrl(base: string, pesan: RibbonMessage): string {
  let isi = pesan.isi.join("\n");
  if (isi.length > MESSAGE_MAX_LENGTH) isi = `${isi.slice(0, MESSAGE_MAX_LENGTH - 1)}…`;
  const url = new URL(MESSAGE_PAGE, base);
  url.search = new URLSearchParams({ judul: pesan.judul, isi }).toString();
  return url.toString();
}

/** True where Office.context.ui.displayDialogAsync exists (Dialog API 1.1). */
export function adaDialog(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context.requirements.isSetSupported("DialogApi", "1.1") &&
      typeof Office.context.ui?.displayDialogAsync === "function"
    );
  } catch {
    return false;
  }
}

/**
 * Shows `pesan` in a dialog and resolves when the user closed it (Tutup or the X), or at once
 * when no dialog can be shown (the message then goes to the log). Never rejects.
 */
export function showMessage(pesan: RibbonMessage, base: string = window.location.href): Promise<void> {
  const log = (): void => console.warn(`${pesan.judul}\n${pesan.isi.join("\n")}`);
  if (!adaDialog()) {
    log();
    return Promise.resolve();
  }
  return new Promise<void>((resolve) => {
    try {
      Office.context.ui.displayDialogAsync(
        messageUrl(base, pesan),
        { height: 40, width: 35, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            log();
            resolve();
            return;
          }
          const dialog = result.value;
          const selesai = (): void => {
            try {
              dialog.close();
            } catch {
              // Already closed by the user.
            }
            resolve();
          };
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, selesai);
          dialog.addEventHandler(Office.EventType.DialogEventReceived, selesai);
        },
      );
    } catch {
      log();
      resolve();
    }
  });
}
