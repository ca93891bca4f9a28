/**
 * Choosing the SKPD (and sub unit) in an export that covers the whole pemda: by its KODE SKPD,
 * a KODE SUB UNIT, or a part of the NAMA SKPD that matches one SKPD only.
 */
import { sheetLabel, cellText, type SipdTable } from "./sheet";
import { SIPD_MESSAGES, type SkpdDitemukan } from "./messages";

export interface SkpdChoice {
  kode: string;
  nama: string;
  /** Set when one sub unit was chosen; null for the whole SKPD. */
  subUnit: string | null;
  namaSubUnit: string | null;
}

export type SkpdPick =
  { ok: true; pilihan: SkpdChoice } | { ok: false; pesan: string; daftar: SkpdDitemukan[] };

const kolomSkpd = (t: SipdTable) => ({
  kode: t.format.jenis === "rekap" ? "KODE SKPD" : "Kode SKPD",
  nama: t.format.jenis === "rekap" ? "NAMA SKPD" : "Nama SKPD",
  sub: t.format.jenis === "rekap" ? "KODE SUB UNIT" : "Kode Sub SKPD",
  namaSub: t.format.jenis === "rekap" ? "NAMA SUB UNIT" : "Nama Sub SKPD",
});

/** The SKPD of an export, in the order they first appear. */
export function listSkpd(t: SipdTable): SkpdDitemukan[] {
  const k = kolomSkpd(t);
  const peta = new Map<string, string>();
  for (let r = 0; r < t.raw.rows.length; r++) {
    const kode = cellText(t, r, k.kode);
    if (kode && !peta.has(kode)) peta.set(kode, cellText(t, r, k.nama));
  }
  return [...peta].map(([kode, nama]) => ({ kode, nama }));
}

function cariSubUnit(t: SipdTable, dicari: string): SkpdChoice | null {
  const k = kolomSkpd(t);
  if (!t.kolom.has(k.sub)) return null;
  for (let r = 0; r < t.raw.rows.length; r++)
    if (cellText(t, r, k.sub) === dicari)
      return {
        kode: cellText(t, r, k.kode),
        nama: cellText(t, r, k.nama),
        subUnit: dicari,
        namaSubUnit: cellText(t, r, k.namaSub) || null,
      };
  return null;
}

/** The sub units whose NAMA SUB UNIT contains `kecil` (lower case), one entry each. */
function subUnitBernama(t: SipdTable, kecil: string): SkpdChoice[] {
  const k = kolomSkpd(t);
  const hasil = new Map<string, SkpdChoice>();
  if (!t.kolom.has(k.namaSub)) return [];
  for (let r = 0; r < t.raw.rows.length; r++) {
    const sub = cellText(t, r, k.sub);
    const nama = cellText(t, r, k.namaSub);
    if (!sub || sub === cellText(t, r, k.kode) || hasil.has(sub) || !nama.toLowerCase().includes(kecil))
      continue;
    hasil.set(sub, {
      kode: cellText(t, r, k.kode),
      nama: cellText(t, r, k.nama),
      subUnit: sub,
      namaSubUnit: nama,
    });
  }
  return [...hasil.values()];
}

/** Resolves `dicari` (or the only SKPD when it is absent) against the export's SKPD. */
export function pickSkpd(t: SipdTable, dicari?: string | null): SkpdPick {
  const daftar = listSkpd(t);
  const lembar = sheetLabel({ sheet: t.raw.name, berkas: t.berkas ?? undefined });
  const jadi = (s: SkpdDitemukan): SkpdPick => ({
    ok: true,
    pilihan: { kode: s.kode, nama: s.nama, subUnit: null, namaSubUnit: null },
  });
  const cari = (dicari ?? "").trim();
  if (!cari) {
    if (daftar.length === 1) return jadi(daftar[0]);
    return { ok: false, pesan: SIPD_MESSAGES.skpdBelumDipilih(lembar, daftar), daftar };
  }
  const persis = daftar.find((s) => s.kode === cari);
  if (persis) return jadi(persis);
  const sub = cariSubUnit(t, cari);
  if (sub) return { ok: true, pilihan: sub };
  const kecil = cari.toLowerCase();
  const cocok = daftar.filter((s) => s.nama.toLowerCase().includes(kecil));
  if (cocok.length === 1) return jadi(cocok[0]);
  if (cocok.length === 0) {
    // A sub unit by its name (RSUD, Puskesmas, Bagian …) when no SKPD name has the text.
    const sub = subUnitBernama(t, kecil);
    if (sub.length === 1) return { ok: true, pilihan: sub[0] };
    if (sub.length > 1)
      return {
        ok: false,
        pesan: SIPD_MESSAGES.subUnitAmbigu(
          lembar,
          cari,
          sub.map((p) => ({ kode: p.subUnit ?? p.kode, nama: p.namaSubUnit ?? p.nama })),
        ),
        daftar,
      };
  }
  if (cocok.length > 1) return { ok: false, pesan: SIPD_MESSAGES.skpdAmbigu(lembar, cari, cocok), daftar };
  return { ok: false, pesan: SIPD_MESSAGES.skpdTidakAda(lembar, cari, daftar), daftar };
}

/** True when data row `r` belongs to the chosen SKPD (and sub unit). */
export function belongsToChoice(t: SipdTable, r: number, p: SkpdChoice): boolean {
  const k = kolomSkpd(t);
  if (cellText(t, r, k.kode) !== p.kode) return false;
  return p.subUnit === null || cellText(t, r, k.sub) === p.subUnit;
}
