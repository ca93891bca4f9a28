/**
 * Reading the contract's tables cell by cell: every bad cell becomes a temuan at its address,
 * never a crash or a silent zero.
 */
import { columnEvidence, parseAngka, textFromFloat, type ColumnEvidence, type NumberResult } from "./angka";
import { normalKode } from "./kode";
import { KONTRAK, mapColumns, type TableDef } from "./kontrak";
import { MESSAGES } from "./messages";
import { DESIMAL_TAK_BULAT } from "./presisi";
import { formatCell, quoteSheet } from "./a1";
import { flatText } from "./flat-text";
import { cellAddress, cellInfo, type CellValue, type CellInfo, type RawTable } from "./table";
import { KATALOG, type TemuanKind, type Temuan } from "./temuan";

/** Collects temuan; the tahun of the run is stamped on each. */
export class Catatan {
  readonly temuan: Temuan[] = [];
  constructor(public tahun: number | null) {}

  tambah(jenis: TemuanKind, t: Partial<Omit<Temuan, "jenis" | "tingkat">> & { pesan: string }): void {
    this.temuan.push({
      jenis,
      tingkat: KATALOG[jenis],
      kode: t.kode ?? null,
      tahun: t.tahun === undefined ? this.tahun : t.tahun,
      tabel: t.tabel ?? null,
      baris: t.baris ?? null,
      kolom: t.kolom ?? null,
      alamat: t.alamat ?? null,
      pesan: t.pesan,
      tercatat: t.tercatat ?? null,
      dihitung: t.dihitung ?? null,
    });
  }
}

/** A source cell: where it is, and whether a formula may refer to it (it holds a real number). */
export interface SourceCell {
  alamat: string;
  ref: string;
  angka: boolean;
}

/** One table of the contract with its columns resolved. */
export class ReadTable {
  private readonly bukti = new Map<string, ColumnEvidence>();
  /** Parsed cells per column, filled on first use: amounts are read by several checks. */
  private readonly terurai = new Map<string, (NumberResult | undefined)[]>();
  /** Kode cells per column, normalised once: every step of a run looks rows up by kode. */
  private readonly kodeKolom = new Map<string, (string | undefined)[]>();
  /** The sheet's name as a formula reference needs it (`'Perjanjian Kinerja'`), made once. */
  private sheetRef: string | undefined;

  constructor(
    readonly raw: RawTable,
    readonly def: TableDef,
    readonly kolom: Map<string, number>,
  ) {}

  get nama(): string {
    return this.def.nama;
  }

  get jumlahBaris(): number {
    return this.raw.rows.length;
  }

  punya(kolom: string): boolean {
    return this.kolom.has(kolom);
  }

  nilai(baris: number, kolom: string): CellValue {
    const i = this.kolom.get(kolom);
    return i === undefined ? null : (this.raw.rows[baris][i] ?? null);
  }

  teks(baris: number, kolom: string): string {
    const v = this.nilai(baris, kolom);
    return v === null ? "" : String(v).trim();
  }

  /** What the host knows of the cell beyond its value (dates, formulas without a value). */
  info(baris: number, kolom: string): CellInfo | undefined {
    const i = this.kolom.get(kolom);
    return i === undefined ? undefined : cellInfo(this.raw, baris, i);
  }

  /**
   * A kode cell as one kode: a number kode is read from the text the cell displays where the
   * file keeps it (`1.10` formatted `0.00`), and `1.06.02.` is `1.06.02`.
   */
  kode(baris: number, kolom = "Kode"): string {
    let kol = this.kodeKolom.get(kolom);
    if (!kol) {
      kol = new Array<string | undefined>(this.raw.rows.length);
      this.kodeKolom.set(kolom, kol);
    }
    return (kol[baris] ??= this.readKode(baris, kolom));
  }

  private readKode(baris: number, kolom: string): string {
    const v = this.nilai(baris, kolom);
    if (v === null) return "";
    if (typeof v === "number") return normalKode(this.info(baris, kolom)?.teks ?? textFromFloat(v));
    return normalKode(String(v));
  }

  /**
   * The cell's address and formula reference (`cellAddress` and `cellReference`), each one flat
   * string, the same one when the sheet's name needs no quotes: the analysis keeps one per
   * budget line and indikator, and each object it keeps is work for the garbage collector.
   */
  sel(baris: number, kolom: string): SourceCell {
    const i = this.kolom.get(kolom) ?? 0;
    const a1 = formatCell(this.raw.headerRow + 1 + baris, this.raw.firstColumn + i);
    this.sheetRef ??= quoteSheet(this.raw.sheet);
    const alamat = flatText(`${this.raw.sheet}!${a1}`);
    return {
      alamat,
      ref: this.sheetRef === this.raw.sheet ? alamat : flatText(`${this.sheetRef}!${a1}`),
      angka: typeof this.raw.rows[baris][i] === "number",
    };
  }

  alamat(baris: number, kolom: string): string {
    return cellAddress(this.raw, baris, this.kolom.get(kolom) ?? 0);
  }

  /** Parses a number cell with what its column proves about separators (each cell once). */
  angka(baris: number, kolom: string): NumberResult {
    const kol = this.siapkan(kolom);
    return (kol[baris] ??= parseAngka(this.nilai(baris, kolom), this.bukti.get(kolom)));
  }

  /** The column's evidence and its parse cache, made on first use. */
  private siapkan(kolom: string): (NumberResult | undefined)[] {
    let kol = this.terurai.get(kolom);
    if (!kol) {
      const i = this.kolom.get(kolom);
      this.bukti.set(kolom, i === undefined ? {} : columnEvidence(this.raw.rows.map((r) => r[i])));
      kol = new Array<NumberResult | undefined>(this.raw.rows.length);
      this.terurai.set(kolom, kol);
    }
    return kol;
  }

  /** What the column proves about "." and "," (for parsers that read the raw cell themselves). */
  buktiDari(kolom: string): ColumnEvidence {
    this.siapkan(kolom);
    return this.bukti.get(kolom) ?? {};
  }

  /** The most decimals any value of the column has (the column-precision rule). */
  presisi(kolom: string, baris: Iterable<number>): number {
    let p = 0;
    for (const r of baris) {
      const h = this.angka(r, kolom);
      if (h.jenis === "angka" && h.desimal <= DESIMAL_TAK_BULAT) p = Math.max(p, h.desimal);
    }
    return p;
  }
}

/** What a number column holds: money (never negative), percentage points, or any other figure. */
export type Sifat = "uang" | "persen" | "angka";

/** Beyond these a value is a slip, not a figure: 10^15 rupiah, 10^6 %, 10^15 of anything. */
export const PLAUSIBLE_LIMITS: Record<Sifat, { nilai: number; teks: string }> = {
  uang: { nilai: 1e15, teks: "Rp 1.000.000.000.000.000" },
  persen: { nilai: 1e6, teks: "1.000.000 %" },
  angka: { nilai: 1e15, teks: "1.000.000.000.000.000" },
};

/**
 * A number a calculation needs: reports blanks, error values and text as NILAI_TIDAK_VALID,
 * ambiguous text as ANGKA_AMBIGU, and what the number cannot mean (a date, an absurd or
 * negative amount) as NILAI_TANGGAL / NILAI_TIDAK_WAJAR / NILAI_NEGATIF. A value that cannot
 * be used comes back as `bukan-angka`. `tidak-tersedia` is returned for the caller to judge.
 */
export function angkaWajib(
  tabel: ReadTable,
  baris: number,
  kolom: string,
  kode: string | null,
  catatan: Catatan,
  sifat: Sifat = "angka",
): NumberResult {
  const h = tabel.angka(baris, kolom);
  const ditolak = checkMeaning(tabel, baris, kolom, h, sifat, kode, catatan);
  if (ditolak) return ditolak;
  // The common case, a plain number, says nothing: its cell's address is made only for a temuan.
  if (h.jenis === "angka" && !h.ambigu) return h;
  const lokasi = cellLocation(tabel, baris, kolom, kode);
  const { alamat } = lokasi;
  if (h.jenis === "tidak-tersedia")
    catatan.tambah("NILAI_TIDAK_VALID", {
      ...lokasi,
      tercatat: h.teks,
      pesan: MESSAGES.nilaiTidakTersedia(tabel.nama, kolom, alamat, h.teks),
    });
  else if (h.jenis === "kosong")
    catatan.tambah("NILAI_TIDAK_VALID", {
      ...lokasi,
      pesan: MESSAGES.nilaiKosong(tabel.nama, kolom, alamat),
    });
  else if (h.jenis === "galat")
    catatan.tambah("NILAI_TIDAK_VALID", {
      ...lokasi,
      tercatat: h.teks,
      pesan: MESSAGES.nilaiGalat(tabel.nama, kolom, alamat, h.teks),
    });
  else if (h.jenis === "bukan-angka")
    catatan.tambah("NILAI_TIDAK_VALID", {
      ...lokasi,
      tercatat: h.teks,
      pesan: MESSAGES.bukanAngka(tabel.nama, kolom, alamat, h.teks),
    });
  else if (h.jenis === "angka" && h.ambigu)
    catatan.tambah("ANGKA_AMBIGU", {
      ...lokasi,
      tercatat: String(tabel.nilai(baris, kolom)),
      dihitung: h.nilai,
      pesan: MESSAGES.angkaAmbigu(alamat, String(tabel.nilai(baris, kolom)), h.nilai),
    });
  return h;
}

/** An Excel serial day (1900 system) as the date a clerk typed: 25/01/2024. */
function dateText(serial: number): string {
  const d = new Date(Math.round((serial - 25569) * 86400000));
  const dua = (n: number) => String(n).padStart(2, "0");
  return `${dua(d.getUTCDate())}/${dua(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

type Lokasi = { kode: string | null; tabel: string; baris: number; kolom: string; alamat: string };

const cellLocation = (tabel: ReadTable, baris: number, kolom: string, kode: string | null): Lokasi => ({
  kode,
  tabel: tabel.nama,
  baris: baris + 1,
  kolom,
  alamat: tabel.alamat(baris, kolom),
});

/** The checks of what a value can mean; returns the rejected result, or null when it may be used. */
function checkMeaning(
  tabel: ReadTable,
  baris: number,
  kolom: string,
  h: NumberResult,
  sifat: Sifat,
  kode: string | null,
  catatan: Catatan,
): NumberResult | null {
  const info = tabel.info(baris, kolom);
  const batas = PLAUSIBLE_LIMITS[sifat];
  // The common case, a plausible number that is not a date: nothing to say.
  if (
    !info &&
    h.jenis === "angka" &&
    Number.isFinite(h.nilai) &&
    Math.abs(h.nilai) <= batas.nilai &&
    !(sifat === "uang" && h.nilai < 0)
  )
    return null;
  if (!info?.rumusTanpaNilai && h.jenis !== "angka") return null;
  const lokasi = cellLocation(tabel, baris, kolom, kode);
  const { alamat } = lokasi;
  if (info?.rumusTanpaNilai) {
    catatan.tambah("NILAI_TIDAK_VALID", {
      ...lokasi,
      pesan: MESSAGES.rumusTanpaNilai(tabel.nama, kolom, alamat),
    });
    return { jenis: "bukan-angka", teks: "" };
  }
  if (h.jenis !== "angka") return null;
  const tercatat = String(tabel.nilai(baris, kolom));
  if (info?.tanggal) {
    const tanggal = dateText(h.nilai);
    catatan.tambah("NILAI_TANGGAL", {
      ...lokasi,
      tercatat: tanggal,
      pesan: MESSAGES.nilaiTanggal(tabel.nama, kolom, alamat, tanggal),
    });
    return { jenis: "bukan-angka", teks: tercatat };
  }
  if (!Number.isFinite(h.nilai) || Math.abs(h.nilai) > batas.nilai) {
    catatan.tambah("NILAI_TIDAK_WAJAR", {
      ...lokasi,
      tercatat,
      pesan: MESSAGES.nilaiTidakWajar(tabel.nama, kolom, alamat, batas.teks),
    });
    return { jenis: "bukan-angka", teks: tercatat };
  }
  if (sifat === "uang" && h.nilai < 0)
    catatan.tambah("NILAI_NEGATIF", {
      ...lokasi,
      tercatat: h.nilai,
      pesan: MESSAGES.nilaiNegatif(tabel.nama, kolom, alamat, h.nilai),
    });
  return null;
}

/** An optional stated number: blank or "-" means not stated; anything unreadable is reported. */
export function angkaOpsional(
  tabel: ReadTable,
  baris: number,
  kolom: string,
  kode: string | null,
  catatan: Catatan,
  sifat: Sifat = "angka",
): Extract<NumberResult, { jenis: "angka" }> | null {
  if (!tabel.punya(kolom)) return null;
  const h = tabel.angka(baris, kolom);
  if ((h.jenis === "kosong" && !tabel.info(baris, kolom)?.rumusTanpaNilai) || h.jenis === "tidak-tersedia")
    return null;
  const hasil = angkaWajib(tabel, baris, kolom, kode, catatan, sifat);
  return hasil.jenis === "angka" ? hasil : null;
}

/**
 * Finds and resolves the contract's tables. Missing required tables or columns are fatal
 * temuan: the run stops and writes nothing.
 */
export function readTable(
  tables: RawTable[],
  catatan: Catatan,
  /** Required tables another source stands in for (`pagu` when the budget comes from SIPD-RI). */
  diganti: ReadonlySet<string> = new Set(),
): Partial<Record<TableDef["nama"], ReadTable>> {
  const hasil: Partial<Record<TableDef["nama"], ReadTable>> = {};
  for (const def of Object.values(KONTRAK)) {
    const raw = selectTable(tables, def.nama, catatan);
    if (!raw) {
      if (def.wajib && !diganti.has(def.nama))
        catatan.tambah("TABEL_TIDAK_ADA", {
          tabel: def.nama,
          tahun: null,
          pesan: MESSAGES.tabelTidakAda(
            def.nama,
            def.kolom.filter((c) => c.wajib).map((c) => c.nama),
          ),
        });
      continue;
    }
    const { indeks, hilang } = mapColumns(raw, def);
    const lokasi = `lembar ${raw.sheet}`;
    for (const kolom of hilang)
      catatan.tambah("KOLOM_TIDAK_ADA", {
        tabel: def.nama,
        kolom: kolom.nama,
        tahun: null,
        alamat: cellAddress(raw, -1, 0),
        pesan: MESSAGES.kolomTidakAda(def.nama, kolom, lokasi),
      });
    if (hilang.length === 0) hasil[def.nama] = new ReadTable(raw, def, indeks);
  }
  return hasil;
}

/**
 * The table of a contract name, matched case-insensitively. Two tables whose names differ only
 * in case (exceljs files can have them; Excel forbids it) are TABEL_GANDA: the one spelled
 * exactly as the contract is read, else the first.
 */
function selectTable(tables: RawTable[], nama: string, catatan: Catatan): RawTable | undefined {
  const calon = tables.filter((t) => t.name.toLowerCase() === nama.toLowerCase());
  const dipakai = calon.find((t) => t.name === nama) ?? calon[0];
  if (calon.length > 1) {
    const sebut = (t: RawTable) => `"${t.name}" di lembar ${t.sheet}`;
    catatan.tambah("TABEL_GANDA", {
      tabel: nama,
      tahun: null,
      alamat: cellAddress(calon.find((t) => t !== dipakai) ?? dipakai, -1, 0),
      pesan: MESSAGES.tabelGanda(nama, calon.map(sebut), sebut(dipakai)),
    });
  }
  return dipakai;
}

/** A tahun cell: blank → the run's default; anything else must be a whole year. */
export function readTahun(
  tabel: ReadTable,
  baris: number,
  catatan: Catatan | null,
): number | null | "kosong" {
  if (!tabel.punya("Tahun")) return "kosong";
  const mentah = tabel.nilai(baris, "Tahun");
  if (typeof mentah === "number" && Number.isInteger(mentah) && mentah >= 1900 && mentah <= 2200)
    return mentah;
  const h = tabel.angka(baris, "Tahun");
  if (h.jenis === "kosong") return "kosong";
  if (h.jenis === "angka" && Number.isInteger(h.nilai) && h.nilai >= 1900 && h.nilai <= 2200) return h.nilai;
  const alamat = tabel.alamat(baris, "Tahun");
  catatan?.tambah("NILAI_TIDAK_VALID", {
    tabel: tabel.nama,
    baris: baris + 1,
    kolom: "Tahun",
    alamat,
    tahun: null,
    tercatat: tabel.teks(baris, "Tahun"),
    pesan: MESSAGES.tahunTidakValid(tabel.nama, alamat, tabel.teks(baris, "Tahun")),
  });
  return null;
}
