/** Number formatting for the task pane, the Indonesian way (1.234.567,89). */

const persen = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const rupiah = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** 126.873 → "126,87 %"; null → "–". */
export function formatPersen(value: number | null): string {
  return value === null || !Number.isFinite(value) ? "–" : `${persen.format(value)} %`;
}

/** 4235577713 → "Rp 4.235.577.713". */
export function formatRupiah(value: number | null): string {
  return value === null || !Number.isFinite(value) ? "–" : `Rp ${rupiah.format(value)}`;
}

export type PredikatColor = "success" | "brand" | "warning" | "severe" | "danger" | "informative";

/** Badge colour of a predikat by its band, for both built-in scales; other scales are neutral. */
export function predikatColor(predikat: string | null): PredikatColor {
  const p = (predikat ?? "").toLowerCase().replace(/\s+/g, " ").trim();
  if (p === "sangat baik" || p === "sangat tinggi") return "success";
  if (p === "baik" || p === "tinggi") return "brand";
  if (p === "cukup" || p === "sedang") return "warning";
  if (p === "kurang" || p === "rendah") return "severe";
  if (p === "sangat kurang" || p === "sangat rendah") return "danger";
  return "informative";
}
