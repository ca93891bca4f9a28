/**
 * Test-only stand-in for Microsoft's office.js: installs the simulated Excel host on window
 * when the page carries the flag `window.__CAPAIAN_SIM__` (the workbook model, injected by the
 * test or the preview before any script runs). A task pane framed by the preview page shares
 * the preview's host. The production pages load the real office.js; this file is served in
 * its place only by the browser tests (page.route) and by `npm run preview`.
 */
import { createExcelHost, inspect, type ExcelHost, type SimLocale, type WorkbookModel } from "../sim-excel";

/**
 * Excel for Mac's WKWebView does nothing with a clicked <a download> (OfficeDev/office-js
 * #2700, #3385, #4681): on the simulated Mac such clicks are swallowed and recorded.
 */
function ignoreDownloads(ignored: string[]): void {
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.hasAttribute("download")) {
      ignored.push(this.download || this.href);
      return;
    }
    click.call(this);
  };
  document.addEventListener(
    "click",
    (e) => {
      const a = (e.target as Element | null)?.closest?.("a[download]");
      if (a) {
        e.preventDefault();
        ignored.push((a as HTMLAnchorElement).download);
      }
    },
    true,
  );
}

export interface SimConfig {
  model: WorkbookModel;
  apiVersion?: string;
  /** Regional settings of the simulated Excel ("id-ID" or "en-US"; default id-ID). */
  locale?: SimLocale;
  /** Office.context.platform, e.g. "PC", "Mac", "OfficeOnline". */
  platform?: string;
}

export interface SimHandle {
  host: ExcelHost;
  inspect: typeof inspect;
  /** Downloads the page tried that the simulated Mac webview ignored. */
  ignoredDownloads: string[];
}

type SimWindow = Window & { __CAPAIAN_SIM__?: SimConfig; __capaianSim?: SimHandle };

function fromParent(): SimHandle | undefined {
  try {
    if (window.parent !== window) return (window.parent as SimWindow).__capaianSim;
  } catch {
    // Another origin: no shared host.
  }
  return undefined;
}

const w = window as SimWindow;
const shared = fromParent();
if (shared) {
  shared.host.install(window);
  w.__capaianSim = shared;
} else if (w.__CAPAIAN_SIM__) {
  const config = w.__CAPAIAN_SIM__;
  const host = createExcelHost(config.model, {
    apiVersion: config.apiVersion,
    platform: config.platform ?? "PC",
    locale: config.locale ?? "id-ID",
  });
  host.install(window);
  const ignoredDownloads: string[] = [];
  if (host.platform === "Mac") ignoreDownloads(ignoredDownloads);
  w.__capaianSim = { host, inspect, ignoredDownloads };
} else {
  console.error("sim-office.js: no __CAPAIAN_SIM__ flag on this page; Office is not available.");
}
