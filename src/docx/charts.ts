/**
 * The chapter's two charts as SVG, drawn by the project (the docx package cannot draw charts):
 * capaian per indikator against the 100 % line (with Tabel 3.2) and serapan per program (with
 * the Tabel Realisasi Keuangan). Pure text; each host turns it into a PNG (resvg in Node, a
 * canvas in the task pane) for the Word document.
 */
import type { Analysis } from "../core/analyze";
import { unitAnggaran } from "../core/anggaran";
import { formatAngka } from "../core/angka";

export interface ChartImage {
  /** Where it goes: after the capaian table or after the budget table. */
  letak: "capaian" | "serapan";
  judul: string;
  svg: string;
  /** Size in px at 96 dpi, as the document shows it. */
  lebar: number;
  tinggi: number;
}

const FONT = "Liberation Sans, Arial, Helvetica, DejaVu Sans, sans-serif";
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const teks = (x: number, y: number, s: string, opsi = "", ukuran = 11) =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${FONT}" font-size="${ukuran}" ${opsi}>${esc(s)}</text>`;

/** A round top for the value axis: 20 by 20 up to the largest value (at least 120). */
const puncak = (xs: number[]) => Math.max(120, Math.ceil(Math.max(0, ...xs) / 20) * 20);

/** Capaian per indikator as columns, the 100 % reference as a dashed line. */
export function capaianChart(analysis: Analysis): ChartImage | null {
  const data = analysis.indikator.map((i) => ({ label: i.kode, nilai: i.capaian }));
  if (data.length === 0) return null;
  const lebar = 620;
  const tinggi = 300;
  const kiri = 48;
  const bawah = 40;
  const atas = 48;
  const ruangY = tinggi - atas - bawah;
  const maks = puncak(data.map((d) => d.nilai ?? 0));
  const y = (v: number) => atas + ruangY * (1 - v / maks);
  const langkah = (lebar - kiri - 16) / data.length;
  const bagian: string[] = [];
  bagian.push(
    teks(
      lebar / 2,
      18,
      "Capaian per Indikator terhadap 100 %",
      'text-anchor="middle" font-weight="bold"',
      13,
    ),
  );
  for (let v = 0; v <= maks; v += 20) {
    bagian.push(`<line x1="${kiri}" x2="${lebar - 16}" y1="${y(v)}" y2="${y(v)}" stroke="#D9D9D9"/>`);
    bagian.push(teks(kiri - 6, y(v) + 4, String(v), 'text-anchor="end"'));
  }
  data.forEach((d, k) => {
    const x = kiri + k * langkah + langkah * 0.2;
    const w = langkah * 0.6;
    if (d.nilai !== null) {
      const v = Math.max(0, d.nilai);
      bagian.push(
        `<rect x="${x.toFixed(1)}" y="${y(v).toFixed(1)}" width="${w.toFixed(1)}" height="${(y(0) - y(v)).toFixed(1)}" fill="#2F5597"/>`,
      );
      bagian.push(teks(x + w / 2, y(v) - 4, formatAngka(d.nilai, 2), 'text-anchor="middle"'));
    }
    bagian.push(teks(x + w / 2, tinggi - bawah + 16, d.label, 'text-anchor="middle"'));
  });
  bagian.push(
    `<line x1="${kiri}" x2="${lebar - 16}" y1="${y(100)}" y2="${y(100)}" stroke="#C00000" stroke-width="2" stroke-dasharray="6 4"/>`,
  );
  // The legend above the plot, where no bar's value can hide it.
  bagian.push(
    `<line x1="${lebar - 120}" x2="${lebar - 96}" y1="${atas - 14}" y2="${atas - 14}" stroke="#C00000" stroke-width="2" stroke-dasharray="6 4"/>`,
  );
  bagian.push(teks(lebar - 90, atas - 10, "Acuan 100 %", 'fill="#C00000"'));
  bagian.push(`<line x1="${kiri}" x2="${lebar - 16}" y1="${y(0)}" y2="${y(0)}" stroke="#595959"/>`);
  bagian.push(teks(12, atas - 8, "%"));
  return {
    letak: "capaian",
    judul: "Capaian per Indikator terhadap 100 %",
    svg: svg(lebar, tinggi, bagian),
    lebar,
    tinggi,
  };
}

/** Serapan per program as horizontal bars. */
export function serapanChart(analysis: Analysis): ChartImage | null {
  const data = unitAnggaran(analysis.anggaran).map((n) => ({
    label: n.uraian.length > 48 ? `${n.uraian.slice(0, 47)}…` : n.uraian,
    nilai: n.persen,
  }));
  if (data.length === 0) return null;
  const lebar = 620;
  const baris = 26;
  const atas = 34;
  const kiri = 290;
  const tinggi = atas + data.length * baris + 30;
  const ruangX = lebar - kiri - 60;
  const x = (v: number) => kiri + (ruangX * Math.max(0, Math.min(v, 100))) / 100;
  const bagian: string[] = [];
  bagian.push(
    teks(lebar / 2, 18, "Serapan Anggaran per Program (%)", 'text-anchor="middle" font-weight="bold"', 13),
  );
  for (let v = 0; v <= 100; v += 20) {
    bagian.push(
      `<line x1="${x(v)}" x2="${x(v)}" y1="${atas}" y2="${atas + data.length * baris}" stroke="#D9D9D9"/>`,
    );
    bagian.push(teks(x(v), atas + data.length * baris + 16, String(v), 'text-anchor="middle"'));
  }
  data.forEach((d, k) => {
    const yy = atas + k * baris;
    bagian.push(teks(kiri - 8, yy + baris / 2 + 4, d.label, 'text-anchor="end"'));
    if (d.nilai !== null) {
      bagian.push(
        `<rect x="${kiri}" y="${yy + 5}" width="${(x(d.nilai) - kiri).toFixed(1)}" height="${baris - 10}" fill="#548235"/>`,
      );
      bagian.push(teks(x(d.nilai) + 4, yy + baris / 2 + 4, formatAngka(d.nilai, 2)));
    } else bagian.push(teks(kiri + 4, yy + baris / 2 + 4, "pagu Rp 0", 'fill="#7F7F7F"'));
  });
  return {
    letak: "serapan",
    judul: "Serapan Anggaran per Program",
    svg: svg(lebar, tinggi, bagian),
    lebar,
    tinggi,
  };
}

function svg(lebar: number, tinggi: number, isi: string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${lebar}" height="${tinggi}" viewBox="0 0 ${lebar} ${tinggi}"><rect width="100%" height="100%" fill="#FFFFFF"/>${isi.join("")}</svg>`;
}

/** Both charts of the chapter. */
export function bab3Charts(analysis: Analysis): ChartImage[] {
  return [capaianChart(analysis), serapanChart(analysis)].filter((g): g is ChartImage => g !== null);
}
