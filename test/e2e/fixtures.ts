/**
 * Playwright fixtures for the browser tests: a static server for dist/, the simulated host's
 * bundle served in place of Microsoft's office.js, the example workbook and the report the
 * adapter computes for it in Node (what the pane must show), and `openPane`, which loads a
 * page of dist/ over a workbook model. Page errors fail the test.
 */
import { toLaporan } from "../../src/core/proyeksi";
import * as path from "path";
import { test as base, expect, type Page } from "@playwright/test";
import { serveStatic } from "./server";
import { buildSimBundle, OFFICE_JS_URL } from "./sim-bundle";
import type { SimConfig } from "./sim-bootstrap";
import { createExcelHost, loadXlsxModel, type WorkbookModel } from "../sim-excel";
import { runCapaian } from "../../src/excel/run";
import type { Laporan } from "../../src/core/laporan";

export const ROOT = path.resolve(__dirname, "..", "..");
export const RESULTS = path.join(ROOT, "test-results");
const EXAMPLE = path.join(ROOT, "examples", "lkjip-dinsos-mamuju-2024.xlsx");

export interface SimFixtureOptions {
  /** The simulated host's regional settings. */
  simLocale: "id-ID" | "en-US";
}

interface Env {
  /** The example workbook as a simulated-host model (copy it before changing it). */
  example: WorkbookModel;
  /** The report of a run over the example, computed by the adapter in Node. */
  expected: Laporan;
  serverUrl: string;
  simBundle: string;
}

export interface OpenOptions {
  apiVersion?: string;
  platform?: string;
}

type OpenPane = (file: string, model: WorkbookModel, options?: OpenOptions) => Promise<Page>;

interface TestFixtures {
  openPane: OpenPane;
  pageErrors: string[];
}

/** The report the adapter computes for `model`, run in Node against the simulated host. */
async function expectedReport(model: WorkbookModel): Promise<Laporan> {
  const host = createExcelHost(structuredClone(model), { apiVersion: "1.14" });
  const undo = host.install(globalThis);
  try {
    const hasil = await host.Excel.run((context) => runCapaian(context, { tahunSekarang: 2024 }));
    return toLaporan(hasil.analysis);
  } finally {
    undo();
  }
}

export const test = base.extend<TestFixtures & SimFixtureOptions, { env: Env }>({
  simLocale: ["id-ID", { option: true }],

  env: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const example = await loadXlsxModel(EXAMPLE);
      const expected = await expectedReport(example);
      const simBundle = await buildSimBundle();
      const server = await serveStatic({ root: path.join(ROOT, "dist") });
      await use({ example, expected, simBundle, serverUrl: server.url });
      await server.close();
    },
    { scope: "worker" },
  ],

  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  pageErrors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, "no uncaught error in the page").toEqual([]);
  },

  openPane: async ({ page, env, simLocale, pageErrors }, use) => {
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS_URL) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: env.simBundle });
      }
      if (url.startsWith(env.serverUrl)) return route.continue();
      return route.abort();
    });
    await use(async (file, model, options = {}) => {
      const config: SimConfig = {
        model,
        apiVersion: options.apiVersion ?? "1.14",
        locale: simLocale,
        platform: options.platform,
      };
      await page.addInitScript((c) => {
        (window as unknown as { __CAPAIAN_SIM__: unknown }).__CAPAIAN_SIM__ = c;
      }, config);
      await page.goto(`${env.serverUrl}/${file}`);
      return page;
    });
  },
});

export { expect };
