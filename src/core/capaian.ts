/**
 * Capaian (achievement %) of an indikator (DOMAIN.md, "The calculations").
 */
import type { Polaritas } from "./laporan";
import { parseAngka, type ColumnEvidence } from "./angka";
import type { CellValue } from "./table";
import { rasioCapaian, type Rasio } from "./rumus-capaian";

/** A target: one number, or a range `a – b` (PermenPANRB 8/2021). */
export type Target =
  { jenis: "tunggal"; nilai: number } | { jenis: "rentang"; bawah: number; atas: number; teks: string };

/** Reads a target cell; a range is two numbers joined by a dash (`68,75 – 69,25`, `68,75 - 69,25`). */
export function parseTarget(value: CellValue, bukti: ColumnEvidence = {}): Target | null {
  if (typeof value === "string") {
    const m = /^\s*([^–—-]+?)\s*(?:[–—-]|s\.?\s?d\.?|sampai)\s*([^–—-]+?)\s*$/i.exec(value);
    if (m && !/^\s*-/.test(value)) {
      const a = parseAngka(m[1], bukti);
      const b = parseAngka(m[2], bukti);
      if (a.jenis === "angka" && b.jenis === "angka") {
        return {
          jenis: "rentang",
          bawah: Math.min(a.nilai, b.nilai),
          atas: Math.max(a.nilai, b.nilai),
          teks: value.trim(),
        };
      }
    }
  }
  const h = parseAngka(value, bukti);
  return h.jenis === "angka" ? { jenis: "tunggal", nilai: h.nilai } : null;
}

/** Reads a polaritas cell; blank means positif. Returns null for text it does not know. */
export function parsePolaritas(value: CellValue): Polaritas | null {
  const s = String(value ?? "")
    .trim()
    .toLowerCase();
  if (["", "positif", "+", "naik", "maksimal", "maksimum", "max", "positive"].includes(s)) return "positif";
  if (["negatif", "-", "turun", "minimal", "minimum", "min", "negative"].includes(s)) return "negatif";
  return null;
}

/**
 * Capaian in percent, unrounded; null when target is 0 (undefined, never Infinity or NaN).
 * Positif: R / T × 100. Negatif: (2T − R) / T × 100 (LAN/BPKP; PermenPANRB 8/2021).
 * Negatif-rasio: T / R × 100 (SIPD monev). A range: inside → 100; above → against b; below →
 * against a (rumus-capaian.ts).
 */
export function computeCapaian(target: Target, realisasi: number, rasio: Rasio): number | null {
  if (target.jenis === "tunggal") return rasioCapaian(rasio, target.nilai, realisasi);
  const { bawah, atas } = target;
  if (realisasi >= bawah && realisasi <= atas) return 100;
  const batas = realisasi > atas ? atas : bawah;
  if (batas === 0) return null;
  return rasioCapaian(rasio, batas, realisasi);
}

/** Mean of the values that exist; null when none does. */
export function rataRata(values: (number | null)[]): number | null {
  const ada = values.filter((v): v is number => v !== null);
  return ada.length === 0 ? null : ada.reduce((a, b) => a + b, 0) / ada.length;
}
