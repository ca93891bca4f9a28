/**
 * Browser tests (`npm run test:e2e`): the production build in dist/ in Debian's chromium
 * (no browser download), against the simulated Excel host. Every spec runs twice, with the
 * simulated host in the Indonesian locale (list separator ";", decimal ",") and in en-US.
 */
import { defineConfig } from "@playwright/test";
import type { SimFixtureOptions } from "./test/e2e/fixtures";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export default defineConfig<SimFixtureOptions>({
  testDir: "test/e2e",
  testMatch: "*.spec.ts",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ["list"],
    ["html", { outputFolder: "test-results/e2e-report", open: "never" }],
    ["./test/e2e/summary-reporter.ts"],
  ],
  use: {
    browserName: "chromium",
    headless: true,
    viewport: { width: 420, height: 900 },
    acceptDownloads: true,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: CHROMIUM,
      // Without the background-networking flags chromium keeps calling hosts this closed network refuses.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "id-ID", use: { simLocale: "id-ID" } },
    { name: "en-US", use: { simLocale: "en-US" } },
  ],
});
