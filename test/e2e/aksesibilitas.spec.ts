/**
 * Accessibility of the task pane, checked by axe-core in each state of the pane (no serious or
 * critical violation), and a whole job done with the keyboard alone.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { TIMEOUT, enterCellEditMode, model, waitReady, waitRunDone } from "./sim-page";
import { createWorkbookModel } from "../sim-excel";

/** The serious and critical violations axe finds on the page, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Presses Tab until `target` has the focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

test("axe: the pane before a run", async ({ openPane, env }) => {
  const page = await openPane("taskpane.html", env.example);
  await waitReady(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test("axe: the pane after a run, with the temuan of every tingkat open", async ({ openPane, env }) => {
  const page = await openPane("taskpane.html", env.example);
  await waitReady(page);
  await page.getByRole("button", { name: "Hitung Capaian" }).click();
  await waitRunDone(page);
  // Open the closed groups too, so their Lihat buttons are checked.
  for (const tingkat of ["peringatan", "info"]) {
    const group = page.getByTestId(`tingkat-${tingkat}`);
    if ((await group.count()) > 0) await group.getByRole("button").first().click();
  }
  await expect(page.getByTestId("temuan-item").first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("axe: the pane with missing tables", async ({ openPane }) => {
  const page = await openPane("taskpane.html", createWorkbookModel(["Sheet1"]));
  await expect(page.getByTestId("pesan-warning")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("axe: the pane with an Excel error", async ({ openPane, env }) => {
  const page = await openPane("taskpane.html", structuredClone(env.example), { apiVersion: "1.9" });
  await waitReady(page);
  await enterCellEditMode(page);
  await page.getByRole("button", { name: "Hitung Capaian" }).click();
  await expect(page.getByTestId("pesan-error")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("axe: the check itself sees a violation when one is there", async ({ openPane, env }) => {
  const page = await openPane("taskpane.html", env.example);
  await waitReady(page);
  // A button without a name: what the checks above would report.
  await page.evaluate(() => {
    const b = document.createElement("button");
    b.id = "tanpa-nama";
    document.body.appendChild(b);
  });
  expect((await seriousViolations(page)).join("\n")).toMatch(/button-name/);
});

test("keyboard only: run Hitung Capaian, open a group of temuan, press Lihat", async ({ openPane, env }) => {
  const page = await openPane("taskpane.html", env.example);
  await waitReady(page);
  await page.locator("body").focus();

  await tabTo(page, page.getByRole("button", { name: "Hitung Capaian" }));
  await page.keyboard.press("Enter");
  await waitRunDone(page);

  // The peringatan group starts closed (error-level temuan are open first): open it with Enter.
  const target = env.expected.temuan.find((t) => t.tingkat === "peringatan" && t.alamat);
  expect(target, "the example has a peringatan with a cell").toBeDefined();
  const group = page.getByTestId("tingkat-peringatan");
  const header = group.getByRole("button").first();
  await expect(header).toHaveAttribute("aria-expanded", "false");
  await tabTo(page, header);
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-expanded", "true");

  const alamat = String(target?.alamat);
  await tabTo(page, group.locator(`button[data-alamat="${alamat}"]`).first());
  await page.keyboard.press("Enter");
  const [sheet, cell] = alamat.split("!");
  await expect
    .poll(async () => (await model(page)).selection, { timeout: TIMEOUT })
    .toEqual({ sheet, address: cell });
});
