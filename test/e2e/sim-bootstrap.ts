/**
 * Test-only stand-in for Microsoft's office.js: installs the simulated Excel host on window
 * when the page carries the flag `window.__CAPAIAN_SIM__` (the workbook model, injected by the
 * test or the preview before any script runs). A task pane framed by the preview page shares
 * the preview's host. The production pages load the real office.js; this file is served in
 * its place only by the browser tests (page.route) and by `npm run preview`.
 */
import { createExcelHost, type ExcelHost } from "../sim-excel/host";
import type { WorkbookModel } from "../sim-excel/model";
import * as inspect from "../sim-excel/inspect";

export interface SimConfig {
  model: WorkbookModel;
  apiVersion?: string;
  /** Regional settings of the simulated Excel ("id-ID" or "en-US"). */
  locale?: string;
  /** Office.context.platform, e.g. "PC", "Mac", "OfficeOnline". */
  platform?: string;
}

export interface SimHandle {
  host: ExcelHost;
  inspect: typeof inspect;
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
  const host = createExcelHost(config.model, { apiVersion: config.apiVersion, platform: config.platform });
  host.install(window);
  w.__capaianSim = { host, inspect };
} else {
  console.error("sim-office.js: no __CAPAIAN_SIM__ flag on this page; Office is not available.");
}
