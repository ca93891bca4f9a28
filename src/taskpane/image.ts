/**
 * The chapter's charts rendered to PNG in the task pane: the browser draws the SVG of
 * docx/charts.ts on a canvas at twice the size shown. A webview that cannot (no canvas
 * export) gives no charts rather than no document.
 */
import type { Bab3Images } from "../docx/bab3";
import type { ChartImage } from "../docx/charts";

async function kePng(g: ChartImage): Promise<Uint8Array> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(g.svg)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = g.lebar * 2;
  canvas.height = g.tinggi * 2;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("canvas 2d tidak tersedia");
  ctx.scale(2, 2);
  ctx.drawImage(img, 0, 0, g.lebar, g.tinggi);
  const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, "image/png"));
  if (!blob) throw new Error("canvas tidak menghasilkan PNG");
  return new Uint8Array(await blob.arrayBuffer());
}

export async function browserImages(grafik: readonly ChartImage[]): Promise<Bab3Images[]> {
  try {
    const hasil: Bab3Images[] = [];
    for (const g of grafik)
      hasil.push({ letak: g.letak, judul: g.judul, png: await kePng(g), lebar: g.lebar, tinggi: g.tinggi });
    return hasil;
  } catch {
    return [];
  }
}
