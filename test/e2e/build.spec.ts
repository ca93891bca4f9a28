/** The production build: the pages load Microsoft's office.js and carry no simulated host. */
import * as fs from "fs";
import * as path from "path";
import { test, expect, ROOT } from "./fixtures";
import { OFFICE_JS_URL } from "./sim-bundle";

const DIST = path.join(ROOT, "dist");

test("production pages load office.js from Microsoft's CDN and carry no simulated host", () => {
  for (const file of ["taskpane.html", "commands.html", "pesan.html"]) {
    const html = fs.readFileSync(path.join(DIST, file), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts[0], `${file} loads office.js first`).toBe(OFFICE_JS_URL);
  }
  for (const file of fs.readdirSync(DIST).filter((f) => f.endsWith(".js"))) {
    const js = fs.readFileSync(path.join(DIST, file), "utf8");
    expect(js.includes("__CAPAIAN_SIM__"), `${file} must not contain the simulated host`).toBe(false);
  }
});

test("production build publishes no source maps", () => {
  const maps = fs.readdirSync(DIST, { recursive: true }).filter((f) => String(f).endsWith(".map"));
  expect(maps).toEqual([]);
  for (const file of fs.readdirSync(DIST).filter((f) => f.endsWith(".js"))) {
    expect(fs.readFileSync(path.join(DIST, file), "utf8")).not.toContain("sourceMappingURL");
  }
});
