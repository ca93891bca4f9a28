#!/usr/bin/env node
/**
 * Renders assets/icon.svg to the PNG icons the manifest references:
 * assets/icon-16.png, icon-32.png, icon-64.png, icon-80.png and icon-128.png.
 *
 * Uses the project's playwright-core with the system Chromium (apt-get install chromium);
 * set CHROMIUM_PATH to use another binary. Run after editing the SVG:
 *
 *     node scripts/make-icons.js
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const ROOT = path.resolve(__dirname, "..");
const ASSETS = path.join(ROOT, "assets");
const SOURCE = path.join(ASSETS, "icon.svg");
const SIZES = [16, 32, 64, 80, 128];
const EXECUTABLE = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Returns the SVG markup with its width and height set to `size` pixels (the viewBox scales). */
function sizedSvg(svg, size) {
  return svg.replace(/<\?xml[^>]*\?>\s*/, "").replace(/<svg\b([^>]*)>/, (_match, attrs) => {
    const rest = attrs.replace(/\s(width|height)="[^"]*"/g, "");
    return `<svg${rest} width="${size}" height="${size}">`;
  });
}

/** Reads the width and height from a PNG's IHDR chunk. */
function pngSize(buffer) {
  const signature = "89504e470d0a1a0a";
  if (buffer.subarray(0, 8).toString("hex") !== signature) throw new Error("not a PNG file");
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

async function main() {
  if (!fs.existsSync(EXECUTABLE)) {
    console.error(`Chromium not found at ${EXECUTABLE}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  const svg = fs.readFileSync(SOURCE, "utf8");
  const browser = await chromium.launch({
    executablePath: EXECUTABLE,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const context = await browser.newContext({ deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const size of SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        "<!DOCTYPE html><html><head><style>" +
          "html,body{margin:0;padding:0;background:transparent;overflow:hidden}" +
          "svg{display:block}" +
          `</style></head><body>${sizedSvg(svg, size)}</body></html>`,
      );
      const png = await page.screenshot({
        clip: { x: 0, y: 0, width: size, height: size },
        omitBackground: true,
        type: "png",
      });
      const { width, height } = pngSize(png);
      if (width !== size || height !== size) {
        throw new Error(`icon-${size}.png came out ${width}x${height}`);
      }
      const target = path.join(ASSETS, `icon-${size}.png`);
      fs.writeFileSync(target, png);
      console.log(`${path.relative(ROOT, target)} ${width}x${height} (${png.length} bytes)`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
