/**
 * The Excel our users have, in the browser: Excel for Mac (downloads do nothing there: the pane
 * says so instead of claiming success), a workbook in manual calculation mode (the totals are
 * current and the pane says what manual mode means), a user's formulas pointing at output cells
 * through reruns, and an old webview without BigInt (a readable message instead of a blank pane).
 */
import { test, expect } from "./fixtures";
import { TIMEOUT, findRow, hitung, inPage, values, waitReady } from "./sim-page";

const DOCX_BUTTON = "Unduh Bab III (.docx)";

test("Excel for Mac: Unduh Bab III says it cannot download there and what to do, never success", async ({
  openPane,
  env,
}) => {
  const page = await openPane("taskpane.html", env.example, { platform: "Mac" });
  await waitReady(page);
  await hitung(page);
  const downloads: string[] = [];
  page.on("download", (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole("button", { name: DOCX_BUTTON }).click();
  const notice = page.locator('[data-testid="pesan-warning"]', {
    hasText: "Bab III tidak dapat diunduh di Excel untuk Mac",
  });
  await expect(notice).toBeVisible({ timeout: TIMEOUT });
  await expect(notice).toContainText("Excel di web");
  await expect(notice).toContainText("--docx");
  await expect(page.getByText("Dokumen Bab III dibuat")).toHaveCount(0);
  expect(downloads).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/mac-unduh.png", fullPage: true });
});

test("the simulated Mac ignores a clicked <a download>, as WKWebView does", async ({ openPane, env }) => {
  const page = await openPane("taskpane.html", env.example, { platform: "Mac" });
  await waitReady(page);
  const downloads: string[] = [];
  page.on("download", (d) => downloads.push(d.suggestedFilename()));
  await page.evaluate(() => {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob(["x"]));
    a.download = "coba.txt";
    document.body.appendChild(a);
    a.click();
  });
  await page.waitForTimeout(500);
  expect(downloads).toEqual([]);
  expect(await inPage(page, (h) => h.ignoredDownloads, null)).toEqual(["coba.txt"]);
});

test("manual calculation: the written totals are current and the pane explains manual mode", async ({
  openPane,
  env,
}) => {
  const model = structuredClone(env.example);
  model.calculationMode = "Manual";
  const page = await openPane("taskpane.html", model);
  await waitReady(page);
  await hitung(page);
  await expect(page.locator('[data-testid="pesan-info"]', { hasText: "Perhitungan manual" })).toBeVisible();
  const jumlah = await findRow(page, "Tabel Realisasi Keuangan", 0, "Jumlah");
  expect(jumlah).not.toBeNull();
  const [[pagu, realisasi]] = await values(page, `'Tabel Realisasi Keuangan'!E${jumlah}:F${jumlah}`);
  expect([pagu, realisasi]).toEqual([env.expected.total.pagu, env.expected.total.realisasi]);
});

test("a user's formulas pointing at output cells keep their values through reruns", async ({
  openPane,
  env,
}) => {
  const page = await openPane("taskpane.html", env.example);
  await waitReady(page);
  await hitung(page);
  const jumlah = await findRow(page, "Tabel Realisasi Keuangan", 0, "Jumlah");
  await inPage(
    page,
    async (h, row) => {
      await h.host.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.add("Catatan Saya");
        sheet.getRange("A1").formulas = [[`='Tabel Realisasi Keuangan'!E${row}`]];
        await context.sync();
      });
    },
    jumlah,
  );
  await hitung(page);
  await hitung(page);
  expect((await values(page, "'Catatan Saya'!A1"))[0][0]).toBe(env.expected.total.pagu);
  expect(
    await inPage(page, (h) => h.inspect.rangeFormulas(h.host.model, "'Catatan Saya'!A1")[0][0], null),
  ).toBe(`='Tabel Realisasi Keuangan'!E${jumlah}`);
});

test("an old webview without BigInt shows what to install instead of a blank pane", async ({ page, env }) => {
  await page.addInitScript(() => {
    // What EdgeHTML / Internet Explorer lack; the real bundle would not even parse there.
    delete (window as unknown as { BigInt?: unknown }).BigInt;
  });
  await page.route("**/*", (route) =>
    route.request().url().startsWith(env.serverUrl) ? route.continue() : route.abort(),
  );
  await page.goto(`${env.serverUrl}/taskpane.html`);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Panel Capaian tidak dapat berjalan di Excel ini", { timeout: TIMEOUT });
  await expect(alert).toContainText("Microsoft Edge WebView2 Runtime");
  await page.screenshot({ path: "test-results/e2e/webview-lama.png" });
});
