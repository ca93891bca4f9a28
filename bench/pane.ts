/**
 * Benchmarks the task pane's load in headless Chromium: the JavaScript the first screen needs
 * (raw and gzip -9 bytes of the scripts taskpane.html loads, beside the chunks fetched on
 * demand) and the time from navigation start to an interactive pane — the Hitung Capaian
 * button enabled after the first check of the example workbook — with the simulated Excel
 * host of the browser tests (test/e2e) in place of office.js. Each load is a fresh browser
 * context (nothing cached), without and with a 4× CPU slowdown (a clerk's laptop). Writes its
 * figures under the "pane" key of bench/results.json, keeping the file's other keys.
 *
 *   npm run build && npx tsx bench/pane.ts
 *   PANE_COMPARE=../main/dist PANE_COMPARE_LABEL=main npx tsx bench/pane.ts   (timed beside another build)
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { chromium, type Browser } from "playwright-core";
import { serveStatic } from "../test/e2e/server";
import { buildSimBundle, OFFICE_JS_URL } from "../test/e2e/sim-bundle";
import type { SimConfig } from "../test/e2e/sim-bootstrap";
import { loadXlsxModel } from "../test/sim-excel";

const ROOT = path.resolve(__dirname, "..");
const DIST = path.resolve(process.env.PANE_DIST ?? path.join(ROOT, "dist"));
/** Another build to time beside this one, load for load (e.g. main's dist). */
const COMPARE = process.env.PANE_COMPARE ? path.resolve(process.env.PANE_COMPARE) : null;
const EXAMPLE = path.join(ROOT, "examples", "lkjip-dinsos-mamuju-2024.xlsx");
const RESULTS = path.join(__dirname, "results.json");
const RUNS = Number(process.env.PANE_RUNS ?? 9);
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
];

interface Script {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const size = (file: string): Script => {
  const data = fs.readFileSync(path.join(DIST, file));
  return { file, bytes: data.length, gzipBytes: zlib.gzipSync(data, { level: 9 }).length };
};
const sum = (xs: Script[]) => ({
  bytes: xs.reduce((a, x) => a + x.bytes, 0),
  gzipBytes: xs.reduce((a, x) => a + x.gzipBytes, 0),
});

/** The scripts taskpane.html loads itself (office.js excepted), and the chunks loaded later. */
function scripts() {
  const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src))
    .map((src) => size(src.replace(/^\.?\//, "")));
  const entries = new Set(["taskpane.js", "commands.js", "pesan.js"]);
  const onDemand = fs
    .readdirSync(DIST)
    .filter((f) => f.endsWith(".js") && !entries.has(f))
    .map(size);
  return { initial, onDemand };
}

/**
 * Records, in the page, when the pane first became interactive (the check done, the button
 * enabled): the condition of the browser tests' waitReady. A string, not a function: tsx's
 * compiled functions call a helper (__name) that does not exist in the page.
 */
const WATCH_INTERACTIVE = `(() => {
  const ready = () => {
    const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "Hitung Capaian");
    if (!button || button.disabled) return false;
    return document.querySelectorAll('[data-testid="opsi-tahun"] option').length > 1 ||
      document.querySelector('[data-testid^="pesan-"]') !== null;
  };
  new MutationObserver(() => {
    if (window.__paneInteractive === undefined && ready()) window.__paneInteractive = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface Load {
  interactiveMs: number;
  firstContentfulPaintMs: number | null;
  scriptMs: number | null;
}

async function load(
  browser: Browser,
  url: string,
  simBundle: string,
  config: SimConfig,
  cpu: number,
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
  try {
    const page = await context.newPage();
    await page.route("**/*", (route) => {
      const u = route.request().url();
      if (u === OFFICE_JS_URL)
        return route.fulfill({ status: 200, contentType: "text/javascript", body: simBundle });
      return u.startsWith(url) ? route.continue() : route.abort();
    });
    if (cpu > 1)
      await (await context.newCDPSession(page)).send("Emulation.setCPUThrottlingRate", { rate: cpu });
    await page.addInitScript((c) => {
      (window as unknown as { __CAPAIAN_SIM__: unknown }).__CAPAIAN_SIM__ = c;
    }, config);
    await page.addInitScript({ content: WATCH_INTERACTIVE });
    await page.goto(`${url}/taskpane.html`);
    await page.waitForFunction(
      () => (window as { __paneInteractive?: number }).__paneInteractive !== undefined,
      null,
      {
        timeout: 120_000,
      },
    );
    return await page.evaluate(() => {
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      const script = performance.getEntriesByType("resource").find((e) => e.name.endsWith("/taskpane.js")) as
        PerformanceResourceTiming | undefined;
      return {
        interactiveMs: (window as { __paneInteractive?: number }).__paneInteractive as number,
        firstContentfulPaintMs: fcp ? fcp.startTime : null,
        scriptMs: script ? script.responseEnd : null,
      };
    });
  } finally {
    await context.close();
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number): number => Math.round(x * 10) / 10;

function summary(runs: Load[]) {
  const xs = runs.map((r) => r.interactiveMs);
  return {
    interactiveMsMedian: round(median(xs)),
    interactiveMsMin: round(Math.min(...xs)),
    interactiveMsMax: round(Math.max(...xs)),
    firstContentfulPaintMsMedian: round(median(runs.map((r) => r.firstContentfulPaintMs ?? NaN))),
    taskpaneJsLoadedMsMedian: round(median(runs.map((r) => r.scriptMs ?? NaN))),
  };
}

/**
 * RUNS loads at a CPU slowdown after a warm-up; with a second build (PANE_COMPARE) the loads
 * alternate between the two, so both see the same load of this shared machine.
 */
async function series(browser: Browser, urls: string[], simBundle: string, config: SimConfig, cpu: number) {
  for (const url of urls) await load(browser, url, simBundle, config, cpu); // warm-up
  const runs: Load[][] = urls.map(() => []);
  for (let i = 0; i < RUNS; i++)
    // Each round in the other order: the first load of a pair runs just after a context closed.
    for (const j of i % 2 ? [...urls.keys()].reverse() : urls.keys())
      runs[j].push(await load(browser, urls[j], simBundle, config, cpu));
  const [mine, other] = runs.map(summary);
  // The median of the paired differences (this build − the other, same round) is robust to the
  // machine's load drifting during the series, which moves both loads of a round alike.
  const paired = other
    ? {
        pairedDifferenceMsMedian: round(
          median(runs[0].map((r, i) => r.interactiveMs - runs[1][i].interactiveMs)),
        ),
      }
    : {};
  return { cpuSlowdown: cpu, runs: RUNS, ...mine, ...(other ? { compare: other, ...paired } : {}) };
}

/** Read-modify-write: other benches keep their keys of the same file. */
function writeResults(pane: unknown): void {
  let all: unknown = {};
  if (fs.existsSync(RESULTS)) all = JSON.parse(fs.readFileSync(RESULTS, "utf8"));
  // An older bench/adapter.ts wrote a bare array: it is kept, under its own key.
  const out = Array.isArray(all) ? { adapter: all } : (all as Record<string, unknown>);
  fs.writeFileSync(RESULTS, JSON.stringify({ ...out, pane }, null, 2) + "\n");
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")))
    throw new Error(`no build in ${DIST}: run npm run build`);
  const { initial, onDemand } = scripts();
  const model = await loadXlsxModel(EXAMPLE);
  const config: SimConfig = { model, apiVersion: "1.14", locale: "id-ID" };
  const simBundle = await buildSimBundle();
  const roots = [DIST, ...(COMPARE ? [COMPARE] : [])];
  const servers = await Promise.all(roots.map((root) => serveStatic({ root })));
  const urls = servers.map((s) => s.url);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ARGS,
  });
  try {
    const load = [
      await series(browser, urls, simBundle, config, 1),
      await series(browser, urls, simBundle, config, 4),
    ];
    const pane = {
      workbook: "example",
      initialScripts: initial,
      initial: sum(initial),
      targetGzipBytes: 150 * 1024,
      onDemand: sum(onDemand),
      onDemandChunks: onDemand,
      ...(COMPARE ? { compareWith: process.env.PANE_COMPARE_LABEL ?? COMPARE } : {}),
      load,
    };
    writeResults(pane);
    console.log(JSON.stringify(pane, null, 2));
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
