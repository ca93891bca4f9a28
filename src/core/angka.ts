/**
 * Numbers as Indonesian offices type and paste them: `4.235.577.713`, `Rp 6.800.000,-`,
 * `55,12 %`, `99.70`, `(5.824.861.271,90)`. DOMAIN.md, "Number parsing".
 */
import type { CellValue } from "./table";

/** Which separator a column has shown to be the decimal mark or the thousands mark. */
export interface ColumnEvidence {
  /** "." proven decimal (e.g. `99.70`) or thousands (e.g. `4.235.577`). */
  titik?: "desimal" | "ribuan" | "campur";
  koma?: "desimal" | "ribuan" | "campur";
}

export type NumberResult =
  | {
      jenis: "angka";
      nilai: number;
      /** Exact decimal text, e.g. "-5824861271.90": money is taken from this, never from the float. */
      teks: string;
      /** Decimals written in the cell (for the column-precision rule). */
      desimal: number;
      /** Read by the default rule although it could mean the other thing (`1.234`). */
      ambigu: boolean;
    }
  | { jenis: "kosong" }
  | { jenis: "tidak-tersedia"; teks: string }
  | { jenis: "galat"; teks: string }
  | { jenis: "bukan-angka"; teks: string };

const TIDAK_TERSEDIA = new Set(["-", "--", "na", "n/a", "belum tersedia", "tidak tersedia", "t/a"]);
const ERROR_VALUE =
  /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|UNKNOWN!|BUSY!)$/i;

/** Exact decimal text of a float as Excel stores it (no exponent). */
export function textFromFloat(x: number): string {
  const s = String(x);
  // String() of a number writes an exponent as a lowercase "e".
  if (!s.includes("e")) return s;
  // Beyond 1e21 every double is an integer; below 1e-6 toFixed keeps the digits.
  if (Number.isInteger(x)) return BigInt(x).toString();
  return x.toFixed(20).replace(/\.?0+$/, "");
}

function desimalDari(teks: string): number {
  const i = teks.indexOf(".");
  return i < 0 ? 0 : teks.length - i - 1;
}

/** Strips currency, percent, trailing ",-" and spaces; returns sign and the bare digits with separators. */
function bersihkan(raw: string): { negatif: boolean; inti: string } | null {
  let s = raw.replace(/[\u00a0\u202f\s]+/g, "").toLowerCase();
  let negatif = false;
  if (/^\(.*\)$/.test(s)) {
    negatif = true;
    s = s.slice(1, -1);
  }
  s = s.replace(/^(rp\.?|idr)/, "");
  if (s.startsWith("-")) {
    negatif = !negatif;
    s = s.slice(1);
  } else if (s.startsWith("+")) {
    s = s.slice(1);
  }
  s = s.replace(/^(rp\.?|idr)/, "");
  s = s.replace(/%$/, "");
  s = s.replace(/[.,]-+$/, "").replace(/-+$/, "");
  if (!/^[0-9][0-9.,]*$/.test(s) || /[.,]$/.test(s)) return null;
  return { negatif, inti: s };
}

interface Bacaan {
  bulat: string;
  pecahan: string;
  ambigu: boolean;
  /** The separator used this way, for column evidence. */
  bukti: ColumnEvidence;
}

function kelompokRibuan(bagian: string[]): boolean {
  return bagian[0].length >= 1 && bagian[0].length <= 3 && bagian.slice(1).every((b) => b.length === 3);
}

/** Reads the digits and separators; `null` when they fit no convention. */
function readNumber(inti: string, bukti: ColumnEvidence): Bacaan | null {
  const titik = inti.split(".").length - 1;
  const koma = inti.split(",").length - 1;
  if (titik === 0 && koma === 0) return { bulat: inti, pecahan: "", ambigu: false, bukti: {} };
  if (titik > 0 && koma > 0) {
    // Both marks: the last one written is the decimal mark and appears once.
    const lastDot = inti.lastIndexOf(".");
    const lastComma = inti.lastIndexOf(",");
    const desimal = lastDot > lastComma ? "." : ",";
    const ribuan = desimal === "." ? "," : ".";
    const [kiri, kanan] = [
      inti.slice(0, Math.max(lastDot, lastComma)),
      inti.slice(Math.max(lastDot, lastComma) + 1),
    ];
    if (kiri.includes(desimal)) return null;
    const grup = kiri.split(ribuan);
    if (!kelompokRibuan(grup)) return null;
    const b: ColumnEvidence =
      desimal === "." ? { titik: "desimal", koma: "ribuan" } : { titik: "ribuan", koma: "desimal" };
    return { bulat: grup.join(""), pecahan: kanan, ambigu: false, bukti: b };
  }
  const sep = titik > 0 ? "." : ",";
  const kunci: keyof ColumnEvidence = sep === "." ? "titik" : "koma";
  const bagian = inti.split(sep);
  if (bagian.length > 2) {
    if (!kelompokRibuan(bagian)) return null;
    return { bulat: bagian.join(""), pecahan: "", ambigu: false, bukti: { [kunci]: "ribuan" } };
  }
  const [kiri, kanan] = bagian;
  if (kanan.length !== 3)
    return { bulat: kiri, pecahan: kanan, ambigu: false, bukti: { [kunci]: "desimal" } };
  // One separator followed by exactly three digits: thousands, unless the column proves otherwise.
  if (kiri.length > 3 || kiri === "0")
    return { bulat: kiri, pecahan: kanan, ambigu: false, bukti: { [kunci]: "desimal" } };
  const terbukti = bukti[kunci];
  if (terbukti === "desimal") return { bulat: kiri, pecahan: kanan, ambigu: false, bukti: {} };
  return { bulat: kiri + kanan, pecahan: "", ambigu: terbukti !== "ribuan", bukti: {} };
}

/** The result of every blank cell, one object (frozen: read, never changed). */
const KOSONG: NumberResult = Object.freeze({ jenis: "kosong" });

/** Parses one cell. `bukti` is what the rest of the column proved (see `buktiKolom`). */
export function parseAngka(value: CellValue, bukti: ColumnEvidence = {}): NumberResult {
  if (value === null || value === undefined) return KOSONG;
  if (typeof value === "boolean") return { jenis: "bukan-angka", teks: String(value) };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { jenis: "bukan-angka", teks: String(value) };
    const teks = textFromFloat(value);
    return { jenis: "angka", nilai: value, teks, desimal: desimalDari(teks), ambigu: false };
  }
  const raw = value.trim();
  if (raw === "") return KOSONG;
  if (ERROR_VALUE.test(raw)) return { jenis: "galat", teks: raw };
  if (TIDAK_TERSEDIA.has(raw.toLowerCase())) return { jenis: "tidak-tersedia", teks: raw };
  const bersih = bersihkan(raw);
  if (!bersih) return { jenis: "bukan-angka", teks: raw };
  const b = readNumber(bersih.inti, bukti);
  if (!b) return { jenis: "bukan-angka", teks: raw };
  const bulat = b.bulat.replace(/^0+(?=\d)/, "");
  const teksPositif = b.pecahan ? `${bulat}.${b.pecahan}` : bulat;
  const nol = /^[0.]*$/.test(teksPositif);
  const teks = bersih.negatif && !nol ? `-${teksPositif}` : teksPositif;
  return { jenis: "angka", nilai: Number(teks), teks, desimal: b.pecahan.length, ambigu: b.ambigu };
}

/** What the text cells of one column prove about "." and ",". Conflicting proof counts as none. */
export function columnEvidence(values: readonly CellValue[]): ColumnEvidence {
  const hasil: ColumnEvidence = {};
  for (const v of values) {
    if (typeof v !== "string") continue;
    const bersih = bersihkan(v.trim());
    if (!bersih) continue;
    const b = readNumber(bersih.inti, {});
    if (!b) continue;
    for (const kunci of ["titik", "koma"] as const) {
      const baru = b.bukti[kunci];
      if (!baru) continue;
      const lama = hasil[kunci];
      hasil[kunci] = lama === undefined || lama === baru ? baru : "campur";
    }
  }
  return hasil;
}

/** A stated number as it was written: its own decimals (at most four), the Indonesian way. */
export function formatTertulis(x: number): string {
  return formatAngka(x, Math.min(4, (String(x).split(".")[1] ?? "").length));
}

/** Formats a number the Indonesian way: `4.235.577.713`, `126,87`. */
export function formatAngka(x: number, desimal = 2): string {
  // Never "Infinity" or "NaN" in a message or a summary (the engine rejects such values anyway).
  if (!Number.isFinite(x)) return "—";
  const negatif = x < 0;
  const [bulat, pecahan] = Math.abs(x).toFixed(desimal).split(".");
  return `${negatif ? "-" : ""}${ribuan(bulat)}${pecahan ? "," + pecahan : ""}`;
}

const RIBUAN = /\B(?=(\d{3})+(?!\d))/g;

/**
 * Digits grouped by three with "." (`4235577713` → `4.235.577.713`), by slices: the narasi
 * formats several numbers per indikator (issue 14). Anything but plain digits (an exponent
 * form) goes through the pattern it was always written with.
 */
export function ribuan(bulat: string): string {
  const n = bulat.length;
  for (let i = 0; i < n; i++) {
    const k = bulat.charCodeAt(i);
    if (k < 48 || k > 57) return bulat.replace(RIBUAN, ".");
  }
  if (n <= 3) return bulat;
  const awal = n % 3 || 3;
  let hasil = bulat.slice(0, awal);
  for (let i = awal; i < n; i += 3) hasil += "." + bulat.slice(i, i + 3);
  return hasil;
}
