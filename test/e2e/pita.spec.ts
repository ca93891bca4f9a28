/** The ribbon's Hitung Capaian (function file) and its message dialog page. */
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { OUTPUT, SOURCE_SHEETS, TIMEOUT, inPage, model, sheetNames, stats } from "./sim-page";
import { createWorkbookModel } from "../sim-excel";

interface RibbonRun {
  calls: number;
  urls: string[];
  open: number;
}

/**
 * Runs the ribbon action in the page; when it opens a dialog, records its URL and closes it as
 * the user would (Tutup). Returns the completed() calls and the dialogs' URLs.
 */
async function ribbonRun(page: Page): Promise<RibbonRun> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __capaianSim?: { host: { actions: Map<string, unknown> } } };
      return w.__capaianSim?.host.actions.has("hitungCapaian");
    },
    null,
    { timeout: TIMEOUT },
  );
  return page.evaluate(async () => {
    const { host } = (window as unknown as { __capaianSim: import("./sim-bootstrap").SimHandle })
      .__capaianSim;
    let calls = 0;
    const urls: string[] = [];
    const action = host.actions.get("hitungCapaian");
    if (!action) throw new Error("hitungCapaian is not registered");
    const done = new Promise<void>((resolve) =>
      action({
        completed: () => {
          calls++;
          resolve();
        },
      } as unknown as Office.AddinCommands.Event),
    );
    // The command waits for its dialog to be closed; play the user clicking Tutup.
    const closer = window.setInterval(() => {
      for (const d of host.dialogs) {
        if (!d.closed && !urls.includes(d.url)) {
          urls.push(d.url);
          d.sendMessage("tutup");
        }
      }
    }, 10);
    await done;
    window.clearInterval(closer);
    await new Promise((r) => setTimeout(r, 50));
    return { calls, urls, open: host.dialogs.filter((d) => !d.closed).length };
  });
}

const messageOf = (url: string) => {
  const u = new URL(url);
  return { judul: u.searchParams.get("judul"), isi: u.searchParams.get("isi") ?? "", path: u.pathname };
};

test("ribbon: hitungCapaian runs the whole job, activates the right sheet, completes the event", async ({
  openPane,
  env,
}) => {
  const page = await openPane("commands.html", env.example);
  const r = await ribbonRun(page);
  expect(r.calls).toBe(1);
  expect(r.urls, "no dialog on success").toEqual([]);
  const names = await sheetNames(page);
  for (const n of OUTPUT) expect(names, `${n} written`).toContain(n);
  const hasError = env.expected.temuan.some((t) => t.tingkat === "error");
  expect((await model(page)).activeSheet).toBe(hasError ? "Temuan" : "Tabel Realisasi Keuangan");
  expect((await stats(page)).syncs).toBeLessThanOrEqual(6);
});

test("ribbon: on failure (cell-edit mode, ExcelApi 1.9) the message is shown in a dialog, the event completes, nothing is written", async ({
  openPane,
  env,
}) => {
  const wb = structuredClone(env.example);
  wb.cellEditMode = true;
  const page = await openPane("commands.html", wb, { apiVersion: "1.9" });
  const r = await ribbonRun(page);
  expect(r.calls).toBe(1);
  expect(r.urls, "one dialog").toHaveLength(1);
  expect(r.open, "the dialog was closed").toBe(0);
  const m = messageOf(r.urls[0]);
  expect(m.path).toBe("/pesan.html");
  expect(m.judul).toBe("Tidak dapat menyelesaikan perhitungan");
  expect(m.isi).toMatch(/mode edit sel.*Enter atau Esc/);
  expect(await sheetNames(page)).toEqual(SOURCE_SHEETS);
});

test("ribbon: missing tables are named in the dialog; nothing is written", async ({ openPane }) => {
  const page = await openPane("commands.html", createWorkbookModel(["Sheet1"]));
  const r = await ribbonRun(page);
  expect(r.calls).toBe(1);
  expect(r.urls).toHaveLength(1);
  const m = messageOf(r.urls[0]);
  expect(m.judul).toBe("Tabel belum ada");
  expect(m.isi).toMatch(/Tabel bernama "targets" tidak ditemukan/);
  expect(m.isi).toMatch(/Tabel bernama "realisasi" tidak ditemukan/);
  expect(await sheetNames(page)).toEqual(["Sheet1"]);
});

test("ribbon: without Dialog API 1.1 the message goes to the log and the event completes", async ({
  openPane,
}) => {
  const page = await openPane("commands.html", createWorkbookModel(["Sheet1"]));
  const logged: string[] = [];
  page.on("console", (m) => logged.push(m.text()));
  await page.waitForFunction(() => "__capaianSim" in window, null, { timeout: TIMEOUT });
  await page.evaluate(() => {
    const req = Office.context.requirements;
    const original = req.isSetSupported.bind(req);
    req.isSetSupported = ((name: string, v?: string) =>
      String(name).toLowerCase() === "dialogapi" ? false : original(name, v)) as typeof req.isSetSupported;
  });
  const r = await ribbonRun(page);
  expect(r.calls).toBe(1);
  expect(r.urls).toEqual([]);
  expect(
    logged.some((t) => t.includes('Tabel bernama "targets" tidak ditemukan')),
    logged.join("\n"),
  ).toBe(true);
});

test("dialog page: shows the message from its URL as text; Tutup asks the add-in to close it", async ({
  openPane,
}) => {
  const judul = "Tabel belum ada";
  const isi = 'Tabel bernama "pagu" tidak ditemukan.\n<img src=x onerror="window.__xss=1">';
  const query = new URLSearchParams({ judul, isi }).toString();
  const page = await openPane(`pesan.html?${query}`, createWorkbookModel(["Sheet1"]));
  const tutup = page.getByRole("button", { name: "Tutup" });
  await expect(tutup).toBeVisible();
  await expect(page.locator("h1")).toHaveText(judul);
  expect(await page.locator("#isi p").allTextContents()).toEqual(isi.split("\n"));
  await expect(page.locator("#isi img"), "the message is text, not HTML").toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  await tutup.click();
  expect(await inPage(page, (h) => h.host.parentMessages, null)).toEqual(["tutup"]);
});
