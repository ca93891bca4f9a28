/**
 * Downloads chapter III of a run as a .docx from the task pane (loaded on the first click, with
 * the Word library behind it). The document is rebuilt from
 * the run's Analysis with the same builders the run wrote its sheets with (pure and fast), so
 * the Word tables match the sheets.
 */
import type { Analysis } from "../core/analyze";
import { buildSheets } from "../report/index";
import type { DownloadResult } from "./actions";
import { browserImages } from "./image";

const MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Excel for Mac hosts the pane in a WKWebView where a Blob and <a download> do nothing
 * (OfficeDev/office-js #2700 "by design", #3385, #4681): the pane must not claim a download
 * there. Office.context.ui.openBrowserWindow only opens https addresses, and the chapter is
 * made in the pane, so Mac users are sent to Excel on the web or the command line instead.
 */

/** True when the pane runs in Excel for Mac (Office.context.diagnostics.platform). */
export function diMac(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const platform = office?.context?.diagnostics?.platform ?? office?.context?.platform;
  return String(platform) === "Mac";
}

/**
 * Saves bytes through an object URL and a clicked <a download>. This works in browsers (Excel
 * on the web) and in the WebView2 that hosts task panes in Windows desktop Excel, which shows
 * its download bar. (Older hosts — the EdgeHTML/IE webviews of Office 2016/2019, out of
 * support — may ignore `download`.)
 */
export function saveFile(data: Uint8Array, nama: string, mime: string): void {
  // Copy into a plain ArrayBuffer: a Blob part may not be a view of a SharedArrayBuffer.
  const blob = new Blob([data.slice().buffer as ArrayBuffer], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = nama;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some webviews; give it time.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export async function downloadBab3(analysis: Analysis): Promise<DownloadResult> {
  if (diMac()) return { jenis: "tidakTersedia" };
  // The Word library is a third of the pane's code: load it only when the user asks for the file.
  const { buildBab3, bab3Charts, bab3FileName, packBab3 } = await import(
    /* webpackChunkName: "bab3" */ "../docx"
  );
  const gambar = await browserImages(bab3Charts(analysis));
  const bytes = await packBab3(buildBab3(analysis, buildSheets(analysis), { gambar }));
  const nama = bab3FileName(analysis.tahun);
  saveFile(bytes, nama, MIME_DOCX);
  return { jenis: "diunduh", nama };
}
