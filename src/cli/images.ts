/**
 * The chapter's charts rendered to PNG in Node: resvg (a maintained SVG renderer, prebuilt for
 * Windows, Mac and Linux) with the system's fonts, at twice the size shown for a sharp print.
 */
import { Resvg } from "@resvg/resvg-js";
import type { Analysis } from "../core/analyze";
import type { Bab3Images } from "../docx/bab3";
import { bab3Charts, type ChartImage } from "../docx/charts";

/** A chart that cannot be rendered is left out: the chapter is still written. */
export function bab3Images(analysis: Analysis): Bab3Images[] {
  return bab3Charts(analysis).flatMap((g) => {
    try {
      return [render(g)];
    } catch {
      return [];
    }
  });
}

function render(g: ChartImage): Bab3Images {
  const png = new Resvg(g.svg, {
    fitTo: { mode: "width", value: g.lebar * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: "Liberation Sans" },
  })
    .render()
    .asPng();
  return { letak: g.letak, judul: g.judul, png: new Uint8Array(png), lebar: g.lebar, tinggi: g.tinggi };
}
