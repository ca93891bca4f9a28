/**
 * The pane's choices remembered in the workbook (Office.context.document.settings, saved with
 * the file), so the SKPD of a multi-SKPD SIPD-RI export is chosen once per workbook.
 */
import type { Choices } from "./actions";

const KUNCI = "capaian.pilihan";

type Tersimpan = Pick<Choices, "skpd" | "sampaiBulan">;

/** Settings exist on every host with a document; absent (e.g. a host without it) → nothing kept. */
function settings(): Office.Settings | null {
  try {
    return typeof Office !== "undefined" ? (Office.context?.document?.settings ?? null) : null;
  } catch {
    return null;
  }
}

export function savedOptions(): Tersimpan {
  const nilai = settings()?.get(KUNCI) as unknown;
  if (!nilai || typeof nilai !== "object") return {};
  const { skpd, sampaiBulan } = nilai as Record<string, unknown>;
  return {
    skpd: typeof skpd === "string" && skpd !== "" ? skpd : undefined,
    sampaiBulan:
      typeof sampaiBulan === "number" && sampaiBulan >= 1 && sampaiBulan <= 12 ? sampaiBulan : undefined,
  };
}

/** Stores the choices and saves them into the document (resolves even where settings are absent). */
export function saveOptions(p: Tersimpan): Promise<void> {
  const s = settings();
  if (!s) return Promise.resolve();
  s.set(KUNCI, { skpd: p.skpd ?? "", sampaiBulan: p.sampaiBulan ?? null });
  return new Promise((resolve, reject) =>
    s.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(r.error.message)),
    ),
  );
}
