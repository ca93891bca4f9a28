/**
 * The temuan catalogue (DOMAIN.md, "Findings catalogue"): each jenis from a minimal workbook, at
 * its cell; and bad input never throws.
 */
import { toLaporan } from "../../src/core/proyeksi";
import fc from "fast-check";
import { analyze } from "../../src/core/analyze";
import { KONTRAK, mapColumns } from "../../src/core/kontrak";
import { columnLetters, type CellValue, type RawTable } from "../../src/core/table";
import { KATALOG, type Temuan } from "../../src/core/temuan";
import { buildSheets } from "../../src/report";
import type { SumberSipd } from "../../src/core/sipd/anggaran-sipd";
import { sipdTableName } from "../../src/core/sipd/pohon";
import {
  DINSOS,
  kenali,
  lembarRealisasi,
  lembarRekap,
  type BarisRekapUji,
  type Dokumen,
} from "../helpers/sipd";
import {
  bukuKerja,
  KOLOM_PAGU,
  KOLOM_REALISASI,
  KOLOM_TARGETS,
  pagu,
  realisasi,
  tabel,
  targets,
  type BarisDasar,
} from "../helpers/tabel";

const jalankan = (tables: RawTable[], tahun?: number) => analyze(tables, { tahunSekarang: 2024, tahun });

/** Words every message uses; an English message would match none and some of the second list. */
const INDONESIA =
  /\b(tidak|tertulis|belum|berbeda|melebihi|berada|muncul|kosong|berisi|dipotong|bernilai|memiliki|dibaca)\b/;
const INGGRIS = /\b(the|is|not|cannot|should|missing|found|error|value)\b/i;

/** The temuan's table, row and cell agree: the cell is on that table's sheet, row and column. */
function cocokDenganTabel(t: Temuan, tables: RawTable[]): void {
  if (!t.alamat || !t.tabel) return;
  const sheetAlamat = t.alamat.slice(0, t.alamat.lastIndexOf("!"));
  const raw =
    tables.find((x) => x.name.toLowerCase() === t.tabel && x.sheet === sheetAlamat) ??
    tables.find((x) => x.name.toLowerCase() === t.tabel);
  expect(raw).toBeDefined();
  const m = /^(.*)!([A-Z]+)(\d+)$/.exec(t.alamat);
  expect(m).not.toBeNull();
  const [, sheet, kolom, baris] = m as RegExpExecArray;
  expect(sheet).toBe(raw?.sheet);
  if (t.baris !== null) expect(Number(baris)).toBe((raw?.headerRow ?? 0) + t.baris);
  const i = raw?.headers.indexOf(t.kolom ?? "") ?? -1;
  if (i >= 0) expect(kolom).toBe(columnLetters((raw?.firstColumn ?? 1) + i));
}

interface Kasus {
  ubah?: (b: BarisDasar) => void;
  tables?: () => RawTable[];
  tingkat: "error" | "peringatan" | "info";
  tabel: string;
  kolom: string | null;
  alamat: string | null;
  kode: string | null;
  /** What the message must name: the cell, or the row's kode (or the table, when there is no row). */
  disebut: string;
  tercatat?: unknown;
  dihitung?: unknown;
  fatal?: boolean;
  /** The temuan's tahun when it is not the run's (found before the tahun is known). */
  tahun?: number | null;
  /** The budget from SIPD-RI exports (the `pagu` table is then left out). */
  sipd?: () => SumberSipd;
}

const tanpa = (nama: string) => bukuKerja().filter((t) => t.name !== nama);

const BARIS_REKAP: BarisRekapUji = {
  subKegiatan: "1.06.02.2.01.0001",
  rekening: "5.1.02.01.01.0024",
  pagu: 1000,
  skpd: DINSOS,
};
const dokumen = (nilai: number): Dokumen => ({
  subKegiatan: "1.06.02.2.01.0001",
  rekening: "5.1.02.01.01.0024",
  nomor: "LS/1",
  tanggal: "15 Januari 2024",
  nilai,
});

/** A case whose budget comes from a recap (and realisasi downloads) instead of the pagu table. */
function sipdKasus(
  rekap: BarisRekapUji[],
  lain: Partial<SumberSipd> = {},
  unduhan: Dokumen[][] = [],
): Pick<Kasus, "sipd" | "ubah"> {
  return {
    ubah: () => undefined,
    sipd: () => ({
      rekap: kenali(lembarRekap(rekap)),
      realisasi: unduhan.map((d, i) => kenali(lembarRealisasi(`Realisasi ${i + 1}`, d))),
      skpd: DINSOS,
      ...lain,
    }),
  };
}

/** One minimal workbook per jenis; the layout is in test/helpers/tabel.ts (PK / DPA / Realisasi, header row 4). */
const KASUS: Record<keyof typeof KATALOG, Kasus> = {
  TABEL_TIDAK_ADA: {
    tables: () => tanpa("pagu"),
    tingkat: "error",
    tabel: "pagu",
    kolom: null,
    alamat: null,
    kode: null,
    disebut: '"pagu"',
    fatal: true,
  },
  KOLOM_TIDAK_ADA: {
    tables: () => {
      const [t, p, r] = bukuKerja();
      return [t, p, { ...r, headers: r.headers.map((h) => (h === "Realisasi" ? "Nilai" : h)) }];
    },
    tingkat: "error",
    tabel: "realisasi",
    kolom: "Realisasi",
    alamat: "Realisasi!A4",
    kode: null,
    disebut: '"Realisasi"',
    fatal: true,
  },
  NILAI_TIDAK_VALID: {
    ubah: (b) => (b.realisasi[0][1] = "#N/A"),
    tingkat: "error",
    tabel: "realisasi",
    kolom: "Realisasi",
    alamat: "Realisasi!B5",
    kode: "IKU-01",
    disebut: "Realisasi!B5",
    tercatat: "#N/A",
  },
  KODE_GANDA: {
    ubah: (b) => b.pagu.push([...b.pagu[2]]),
    tingkat: "error",
    tabel: "pagu",
    kolom: "Kode",
    alamat: "DPA!A8",
    kode: "1.06.02.2.01.0001",
    disebut: "1.06.02.2.01.0001",
  },
  KODE_TIDAK_DIKENAL: {
    ubah: (b) => b.realisasi.push(["1.06.09.2.01.0001", 5, 2024]),
    tingkat: "peringatan",
    tabel: "realisasi",
    kolom: "Kode",
    alamat: "Realisasi!A7",
    kode: "1.06.09.2.01.0001",
    disebut: "Realisasi!A7",
  },
  REALISASI_TIDAK_ADA: {
    ubah: (b) => (b.realisasi[0][1] = "belum tersedia"),
    tingkat: "peringatan",
    tabel: "realisasi",
    kolom: "Realisasi",
    alamat: "Realisasi!B5",
    kode: "IKU-01",
    disebut: "Realisasi!B5",
    tercatat: "belum tersedia",
  },
  TOTAL_TIDAK_SESUAI: {
    ubah: (b) => (b.pagu[1][2] = 1100),
    tingkat: "error",
    tabel: "pagu",
    kolom: "Pagu",
    alamat: "DPA!C6",
    kode: "1.06.02.2.01",
    disebut: "1.06.02.2.01",
    tercatat: 1100,
    dihitung: 1000,
  },
  PERSEN_TIDAK_SESUAI: {
    ubah: (b) => (b.realisasi[1][4] = "95,00"),
    tingkat: "peringatan",
    tabel: "realisasi",
    kolom: "Persen",
    alamat: "Realisasi!E6",
    kode: "1.06.02.2.01.0001",
    disebut: "1.06.02.2.01.0001",
    tercatat: 95,
    dihitung: 90,
  },
  CAPAIAN_TIDAK_SESUAI: {
    ubah: (b) => (b.realisasi[0][3] = 80),
    tingkat: "peringatan",
    tabel: "realisasi",
    kolom: "Capaian",
    alamat: "Realisasi!D5",
    kode: "IKU-01",
    disebut: "IKU-01",
    tercatat: 80,
    dihitung: 75,
  },
  PREDIKAT_TIDAK_SESUAI: {
    ubah: (b) => (b.realisasi[0][5] = "Baik"),
    tingkat: "peringatan",
    tabel: "realisasi",
    kolom: "Predikat",
    alamat: "Realisasi!F5",
    kode: "IKU-01",
    disebut: "IKU-01",
    tercatat: "Baik",
    dihitung: "Kurang",
  },
  PEMBULATAN: {
    // 2 / 3 × 100 = 66,67 written as 66 (truncated)
    ubah: (b) => {
      b.targets[0][4] = 3;
      b.realisasi[0][1] = 2;
      b.realisasi[0][3] = 66;
    },
    tingkat: "info",
    tabel: "realisasi",
    kolom: "Capaian",
    alamat: "Realisasi!D5",
    kode: "IKU-01",
    disebut: "IKU-01",
    tercatat: 66,
  },
  REALISASI_MELEBIHI_PAGU: {
    ubah: (b) => (b.realisasi[1][1] = 1100),
    tingkat: "error",
    tabel: "realisasi",
    kolom: "Realisasi",
    alamat: "Realisasi!B6",
    kode: "1.06.02.2.01.0001",
    disebut: "1.06.02.2.01.0001",
    tercatat: 1100,
    dihitung: 1000,
  },
  TARGET_NOL: {
    ubah: (b) => (b.targets[0][4] = 0),
    tingkat: "peringatan",
    tabel: "targets",
    kolom: "Target",
    alamat: "PK!E5",
    kode: "IKU-01",
    disebut: "PK!E5",
  },
  DI_LUAR_SKALA: {
    // 65 / 50 = 130 %; a second indikator at 100 % keeps the sasaran mean (115 %) inside the scale
    ubah: (b) => {
      b.targets[0][4] = 50;
      b.realisasi[0][1] = 65;
      b.targets.push(["IKU-02", "Sasaran satu", "Indikator dua", "%", 100, "", 2024]);
      b.realisasi.push(["IKU-02", 100, 2024]);
    },
    tingkat: "peringatan",
    tabel: "realisasi",
    kolom: "Capaian",
    alamat: "Realisasi!D5",
    kode: "IKU-01",
    disebut: "IKU-01",
    dihitung: 130,
  },
  PAGU_BERUBAH: {
    ubah: (b) => (b.pagu[2][4] = "Rp 800,-"),
    tingkat: "info",
    tabel: "pagu",
    kolom: "Pagu PK",
    alamat: "DPA!E7",
    kode: "1.06.02.2.01.0001",
    disebut: "1.06.02.2.01.0001",
    tercatat: 800,
    dihitung: 1000,
  },
  ANGKA_AMBIGU: {
    ubah: (b) => (b.pagu[2][2] = "1.000"),
    tingkat: "info",
    tabel: "pagu",
    kolom: "Pagu",
    alamat: "DPA!C7",
    kode: "1.06.02.2.01.0001",
    disebut: "DPA!C7",
    tercatat: "1.000",
    dihitung: 1000,
  },
  NILAI_NEGATIF: {
    ubah: (b) => (b.realisasi[1][1] = -900),
    tingkat: "error",
    tabel: "realisasi",
    kolom: "Realisasi",
    alamat: "Realisasi!B6",
    kode: "1.06.02.2.01.0001",
    disebut: "Realisasi!B6",
    tercatat: -900,
  },
  NILAI_TANGGAL: {
    tables: () => {
      const [t, p, r] = bukuKerja((b) => (b.realisasi[0][1] = 45413));
      return [t, p, { ...r, info: new Map([["0:1", { tanggal: true }]]) }];
    },
    tingkat: "error",
    tabel: "realisasi",
    kolom: "Realisasi",
    alamat: "Realisasi!B5",
    kode: "IKU-01",
    disebut: "Realisasi!B5",
  },
  NILAI_TIDAK_WAJAR: {
    ubah: (b) => (b.realisasi[0][1] = 1e308),
    tingkat: "error",
    tabel: "realisasi",
    kolom: "Realisasi",
    alamat: "Realisasi!B5",
    kode: "IKU-01",
    disebut: "Realisasi!B5",
  },
  KODE_ANGKA: {
    ubah: (b) => {
      b.targets[0][0] = 1.1;
      b.realisasi[0][0] = "1.1";
      b.pagu[0][3] = "1.1";
    },
    tingkat: "peringatan",
    tabel: "targets",
    kolom: "Kode",
    alamat: "PK!A5",
    kode: "1.1",
    disebut: "PK!A5",
    tercatat: 1.1,
  },
  TABEL_GANDA: {
    tables: () => [{ ...bukuKerja()[0], name: "TARGETS", sheet: "PK2" }, ...bukuKerja()],
    tingkat: "error",
    tabel: "targets",
    kolom: null,
    alamat: "PK2!A4",
    kode: null,
    disebut: '"TARGETS" di lembar PK2',
    tahun: null,
  },
  TABEL_KOSONG: {
    ubah: (b) => (b.targets = []),
    tingkat: "error",
    tabel: "targets",
    kolom: null,
    alamat: "PK!A4",
    kode: null,
    disebut: '"targets" (lembar PK)',
    fatal: true,
  },
  PAGU_TAHUN_KOSONG: {
    ubah: (b) => {
      b.pagu.forEach((r) => (r[5] = 2023));
      b.realisasi.pop();
    },
    tingkat: "peringatan",
    tabel: "pagu",
    kolom: "Tahun",
    alamat: "DPA!F4",
    kode: null,
    disebut: "tahun yang ada: 2023",
  },
  // SIPD-RI exports (test/core/sipd): the same minimal budget as a recap on sheet "Rekap".
  SKPD_BELUM_DIPILIH: {
    ...sipdKasus([BARIS_REKAP, { ...BARIS_REKAP, skpd: "1.02.0.00.0.00.01.0000" }], { skpd: null }),
    tingkat: "error",
    tabel: "rekap_sipd",
    kolom: "KODE SKPD",
    alamat: "Rekap!E1",
    kode: null,
    disebut: "--skpd",
    fatal: true,
  },
  KODE_SALAH_INDUK: {
    ...sipdKasus([{ ...BARIS_REKAP, subKegiatan: "1.06.03.2.01.0001", kegiatan: "1.06.02.2.01" }]),
    ubah: (b) => (b.realisasi[1][0] = "1.06.03.2.01.0001"),
    tingkat: "peringatan",
    tabel: "rekap_sipd",
    kolom: "KODE SUB KEGIATAN",
    alamat: "Rekap!O2",
    kode: "1.06.03.2.01.0001",
    disebut: "Rekap!O2",
  },
  PAGU_TEKS: {
    ...sipdKasus([{ ...BARIS_REKAP, pagu: "1.000,00" }]),
    tingkat: "peringatan",
    tabel: "rekap_sipd",
    kolom: "PAGU",
    alamat: "Rekap!U2",
    kode: "1.06.02.2.01.0001",
    disebut: "Rekap!U2",
    tercatat: "1.000,00",
    dihitung: 1000,
  },
  DOKUMEN_GANDA_BERBEDA: {
    ...sipdKasus([BARIS_REKAP], {}, [[dokumen(500)], [dokumen(600)]]),
    tingkat: "error",
    tabel: "realisasi_sipd",
    kolom: "Nilai Realisasi",
    alamat: "Realisasi 2!AA2",
    kode: "1.06.02.2.01.0001",
    disebut: "Realisasi 2!AA2",
    tercatat: 600,
    dihitung: 500,
  },
  REALISASI_TANPA_ANGGARAN: {
    ...sipdKasus([BARIS_REKAP], {}, [
      [dokumen(900), { ...dokumen(50), nomor: "LS/2", subKegiatan: "1.06.02.2.01.0009" }],
    ]),
    tingkat: "error",
    tabel: "realisasi_sipd",
    kolom: "Kode Sub Kegiatan",
    alamat: "Realisasi 1!Q3",
    kode: "1.06.02.2.01.0009",
    disebut: "Realisasi 1!Q3",
    tercatat: 50,
  },
};

describe("the clean base workbook", () => {
  it("has no temuan, so every case below shows exactly its own", () => {
    const a = jalankan(bukuKerja());
    expect(a.fatal).toBe(false);
    expect(a.temuan).toEqual([]);
    expect(toLaporan(a).indikator[0]).toMatchObject({ capaian: 75, predikat: "Kurang" });
    expect(toLaporan(a).anggaran.map((n) => [n.kode, n.level, n.pagu, n.realisasi, n.persen])).toEqual([
      ["1.06.02", "program", 1000, 900, 90],
      ["1.06.02.2.01", "kegiatan", 1000, 900, 90],
      ["1.06.02.2.01.0001", "sub kegiatan", 1000, 900, 90],
    ]);
  });
});

/** The sheets of a run on tables without Target Renstra / Standar Nasional columns. */
const LEMBAR_TANPA_RENSTRA = [
  "Tabel Realisasi Keuangan",
  "Capaian Kinerja",
  "Perbandingan Tahunan",
  "Analisis Keberhasilan",
  "Analisis Efisiensi",
  "Program Pendukung",
  "Realisasi Anggaran per Sasaran",
  "Narasi",
  "Temuan",
];

describe("every jenis of the catalogue", () => {
  it("has a case here (a new jenis needs a test)", () => {
    expect(Object.keys(KASUS).sort()).toEqual(Object.keys(KATALOG).sort());
  });

  it.each(Object.entries(KASUS))("%s", (jenis, k) => {
    const sipd = k.sipd?.();
    const tables = (k.tables ? k.tables() : bukuKerja(k.ubah)).filter((t) => !sipd || t.name !== "pagu");
    const a = analyze(tables, { tahunSekarang: 2024, sipd });
    expect(a.fatal).toBe(k.fatal ?? false);
    const semua = a.temuan;
    const ini = semua.filter((t) => t.jenis === jenis);
    expect(ini).toHaveLength(1);
    // nothing else fires on a minimal workbook
    expect(semua.map((t) => t.jenis)).toEqual([jenis]);
    const t = ini[0];
    expect(t).toMatchObject({
      tingkat: k.tingkat,
      tabel: k.tabel,
      kolom: k.kolom,
      alamat: k.alamat,
      kode: k.kode,
      tahun: k.tahun !== undefined ? k.tahun : k.fatal ? null : 2024,
    });
    if (k.tercatat !== undefined) expect(t.tercatat).toEqual(k.tercatat);
    if (typeof k.dihitung === "number") expect(t.dihitung).toBeCloseTo(k.dihitung, 9);
    else if (k.dihitung !== undefined) expect(t.dihitung).toEqual(k.dihitung);
    expect(t.pesan).toContain(k.disebut);
    expect(t.pesan).toMatch(INDONESIA);
    expect(t.pesan).not.toMatch(INGGRIS);
    const eksporSipd = sipd ? [sipd.rekap, ...(sipd.realisasi ?? [])] : [];
    cocokDenganTabel(t, [...tables, ...eksporSipd.map((e) => ({ ...e.raw, name: sipdTableName(e) }))]);
    if (k.fatal) expect(buildSheets(a)).toEqual([]);
    else expect(buildSheets(a).map((s) => s.name)).toEqual(LEMBAR_TANPA_RENSTRA);
  });
});

describe("details of some temuan", () => {
  it("TABEL_TIDAK_ADA names the table and its required columns, for each missing table", () => {
    const a = jalankan([]);
    expect(a.fatal).toBe(true);
    expect(a.temuan.map((t) => t.tabel)).toEqual(["targets", "pagu", "realisasi"]);
    const p = a.temuan[1].pesan;
    expect(p).toContain('"pagu"');
    expect(p).toContain("Kode, Uraian, Pagu");
  });

  it("KOLOM_TIDAK_ADA names the column and the synonyms accepted", () => {
    const [t, p, r] = bukuKerja();
    const a = jalankan([t, { ...p, headers: p.headers.map((h) => (h === "Pagu" ? "Jumlah" : h)) }, r]);
    expect(a.fatal).toBe(true);
    const k = a.temuan.find((x) => x.jenis === "KOLOM_TIDAK_ADA");
    expect(k).toMatchObject({ tabel: "pagu", kolom: "Pagu", alamat: "DPA!A4" });
    expect(k?.pesan).toContain('"Pagu Anggaran"');
    expect(k?.pesan).toContain('"Anggaran"');
    expect(buildSheets(a)).toEqual([]);
  });

  it("the optional skala_predikat table may be missing without temuan", () => {
    expect(jalankan(bukuKerja()).temuan).toEqual([]);
  });

  it("NILAI_TIDAK_VALID for a #N/A pagu, at its cell (the line then counts as Rp 0)", () => {
    const a = jalankan(bukuKerja((b) => (b.pagu[2][2] = "#N/A")));
    const t = a.temuan.filter((x) => x.jenis === "NILAI_TIDAK_VALID");
    expect(t).toEqual([
      expect.objectContaining({
        alamat: "DPA!C7",
        kolom: "Pagu",
        kode: "1.06.02.2.01.0001",
        tercatat: "#N/A",
      }),
    ]);
    expect(t[0].pesan).toContain("#N/A");
  });

  it.each([
    ["blank", null, "kosong"],
    ["text", "sembilan ratus", "sembilan ratus"],
    ["#DIV/0!", "#DIV/0!", "#DIV/0!"],
  ])("NILAI_TIDAK_VALID for a %s realisasi anggaran, at its cell, never a silent zero", (_, v, kata) => {
    const a = jalankan(bukuKerja((b) => (b.realisasi[1][1] = v as CellValue)));
    const t = a.temuan.filter((x) => x.jenis === "NILAI_TIDAK_VALID");
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ alamat: "Realisasi!B6", kolom: "Realisasi", kode: "1.06.02.2.01.0001" });
    expect(t[0].pesan).toContain(kata);
  });

  it("Kode IKU that names no indikator: KODE_TIDAK_DIKENAL on the pagu row", () => {
    const a = jalankan(bukuKerja((b) => (b.pagu[0][3] = "IKU-09")));
    expect(a.temuan).toEqual([
      expect.objectContaining({
        jenis: "KODE_TIDAK_DIKENAL",
        tabel: "pagu",
        kolom: "Kode IKU",
        alamat: "DPA!D5",
        kode: "1.06.02",
        tercatat: "IKU-09",
      }),
    ]);
  });

  it("a leaf budget line without a realisasi row: REALISASI_TIDAK_ADA, counted as Rp 0", () => {
    const a = jalankan(bukuKerja((b) => b.realisasi.pop()));
    expect(a.temuan).toEqual([
      expect.objectContaining({ jenis: "REALISASI_TIDAK_ADA", kode: "1.06.02.2.01.0001", tabel: "pagu" }),
    ]);
    expect(toLaporan(a).total.realisasi).toBe(0);
  });

  it("a stated % on a line with pagu 0 is PERSEN_TIDAK_SESUAI (serapan is undefined)", () => {
    const a = jalankan(
      bukuKerja((b) => {
        for (const r of b.pagu) r[2] = 0;
        b.realisasi[1][1] = 0;
        b.realisasi[1][4] = "100";
      }),
    );
    expect(a.temuan).toEqual([
      expect.objectContaining({
        jenis: "PERSEN_TIDAK_SESUAI",
        alamat: "Realisasi!E6",
        tercatat: 100,
        dihitung: null,
      }),
    ]);
    expect(toLaporan(a).anggaran.map((n) => n.persen)).toEqual([null, null, null]);
  });

  it.each([
    ["  KURANG ", []],
    ["kurang", []],
    ["Sangat  Kurang", ["PREDIKAT_TIDAK_SESUAI"]],
  ])("a stated predikat %j is compared ignoring case and spacing", (tercatat, jenis) => {
    const a = jalankan(bukuKerja((b) => (b.realisasi[0][5] = tercatat)));
    expect(a.temuan.map((t) => t.jenis)).toEqual(jenis);
  });

  it("KODE_GANDA in targets keeps the first row", () => {
    const a = jalankan(
      bukuKerja((b) => b.targets.push(["IKU-01", "Sasaran satu", "Salinan", "%", 1, "", 2024])),
    );
    expect(a.temuan).toEqual([
      expect.objectContaining({ jenis: "KODE_GANDA", tabel: "targets", alamat: "PK!A6", kode: "IKU-01" }),
    ]);
    expect(toLaporan(a).indikator).toHaveLength(1);
    expect(toLaporan(a).indikator[0].capaian).toBe(75);
  });

  it("the same kode in two tahun is not a duplicate; each run takes its own tahun", () => {
    const duaTahun = () =>
      bukuKerja((b) => {
        b.targets.push(["IKU-01", "Sasaran satu", "Indikator satu", "%", 70, "", 2023]);
        b.realisasi.push(["IKU-01", 70, 2023]);
      });
    const a = jalankan(duaTahun());
    expect(a.temuan).toEqual([]);
    expect(toLaporan(a).indikator.map((i) => [i.tahun, i.capaian])).toEqual([[2024, 75]]);
    const lalu = jalankan(duaTahun(), 2023);
    expect(toLaporan(lalu).indikator.map((i) => [i.tahun, i.capaian])).toEqual([[2023, 100]]);
  });

  it("DI_LUAR_SKALA of a sasaran mean is reported at the sasaran's cell", () => {
    const a = jalankan(
      bukuKerja((b) => {
        b.targets[0][4] = 50;
        b.realisasi[0][1] = 65;
      }),
    );
    expect(a.temuan.map((t) => [t.jenis, t.kode, t.alamat])).toEqual([
      ["DI_LUAR_SKALA", "IKU-01", "Realisasi!D5"],
      ["DI_LUAR_SKALA", null, "PK!B5"],
    ]);
  });

  // Regression (was a bug in src/core/kinerja.ts, REALISASI_TIDAK_ADA for an indikator with no realisasi row): the
  // temuan says tabel "realisasi" but its baris (1) and alamat ("PK!A5") are the targets row.
  it("an indikator without a realisasi row: tabel, baris and alamat agree", () => {
    const tables = bukuKerja((b) => b.realisasi.shift());
    const [t] = jalankan(tables).temuan;
    expect(t).toMatchObject({ jenis: "REALISASI_TIDAK_ADA", kode: "IKU-01" });
    cocokDenganTabel(t, tables);
  });

  // Regression (was a bug in src/core/anggaran.ts): angkaWajib does not report `tidak-tersedia`, so "-" / "belum
  // tersedia" as the realisasi of a sub kegiatan becomes Rp 0 with no temuan at all. DOMAIN.md:
  // "-" in a realisasi means not available (REALISASI_TIDAK_ADA) — "never a silent zero".
  it('"-" as a realisasi anggaran is REALISASI_TIDAK_ADA at its cell, not a silent zero', () => {
    const a = jalankan(bukuKerja((b) => (b.realisasi[1][1] = "-")));
    expect(a.temuan).toEqual([
      expect.objectContaining({
        jenis: "REALISASI_TIDAK_ADA",
        alamat: "Realisasi!B6",
        kode: "1.06.02.2.01.0001",
      }),
    ]);
  });

  // Regression (was a bug in src/core/kinerja.ts): a target of "-" / "N/A" is neither a number nor a range; angkaWajib
  // ignores `tidak-tersedia`, so the indikator silently gets capaian null with no temuan (a blank
  // target does give NILAI_TIDAK_VALID).
  it('a target of "-" is reported at its cell', () => {
    const a = jalankan(bukuKerja((b) => (b.targets[0][4] = "-")));
    expect(toLaporan(a).indikator[0].capaian).toBeNull();
    expect(a.temuan.map((t) => t.alamat)).toContain("PK!E5");
  });

  // Regression (was a bug in src/core/anggaran.ts): "-" as a leaf's Pagu is read as `tidak-tersedia` and becomes Rp 0
  // without a temuan at DPA!C7 (only the consequences show: TOTAL_TIDAK_SESUAI on the parents and
  // REALISASI_MELEBIHI_PAGU). DOMAIN.md: text where a number is required → a temuan at that cell.
  it('a pagu of "-" is reported at its cell', () => {
    const a = jalankan(bukuKerja((b) => (b.pagu[2][2] = "-")));
    expect(a.temuan.map((t) => t.alamat)).toContain("DPA!C7");
  });
});

describe("the header contract", () => {
  it("headers match case- and whitespace-insensitively, and synonyms are accepted", () => {
    const tables = bukuKerja();
    const aneh = [
      targets(tables[0].rows, [
        "  kode iku ",
        "SASARAN  STRATEGIS",
        "Indikator\nKinerja",
        "satuan",
        "TARGET",
        "Polaritas",
        " tahun",
      ]),
      pagu(tables[1].rows, [
        "Kode  Rekening",
        "Program/Kegiatan/Sub Kegiatan",
        "PAGU ANGGARAN",
        "iku",
        "Pagu Awal",
        "Tahun",
      ]),
      realisasi(tables[2].rows, ["KODE", "Realisasi Anggaran", "Tahun", "capaian", "%", "Ket"]),
    ];
    const a = jalankan(aneh);
    const b = jalankan(tables);
    expect(a.fatal).toBe(false);
    expect(toLaporan(a)).toEqual(toLaporan(b));
  });

  it("a column's own name wins over a synonym: Kode, not No", () => {
    const r = tabel("targets", ["No", "Indikator", "Target", "Kode"], [[1, "Ind", 80, "IKU-01"]]);
    const { indeks, hilang } = mapColumns(r, KONTRAK.targets);
    expect(indeks.get("Kode")).toBe(3);
    expect(hilang).toEqual([]);
    const a = jalankan([
      tabel("targets", ["No", "Kode", "Indikator", "Target", "Tahun"], [[1, "IKU-01", "Ind", 80, 2024]], {
        sheet: "PK",
      }),
      ...bukuKerja().slice(1),
    ]);
    expect(toLaporan(a).indikator.map((i) => i.kode)).toEqual(["IKU-01"]);
  });

  it("a header is used for one column only", () => {
    // "Kode IKU" is a synonym of Kode, "IKU" one of Indikator: each header goes to one column.
    const { indeks, hilang } = mapColumns(
      tabel("targets", ["Kode IKU", "IKU", "Target"], []),
      KONTRAK.targets,
    );
    expect(indeks.get("Kode")).toBe(0);
    expect(indeks.get("Indikator")).toBe(1);
    expect(hilang).toEqual([]);
  });

  it("table names match case-insensitively", () => {
    const tables = bukuKerja().map((t) => ({ ...t, name: t.name.toUpperCase() }));
    expect(jalankan(tables).fatal).toBe(false);
  });

  it("missing optional columns are fine: only the required ones", () => {
    const a = jalankan([
      tabel("targets", ["Kode", "Indikator", "Target"], [["IKU-01", "Ind", 80]]),
      tabel("pagu", ["Kode", "Uraian", "Pagu"], [["1.06.02", "Program", 1000]]),
      tabel(
        "realisasi",
        ["Kode", "Realisasi"],
        [
          ["IKU-01", 60],
          ["1.06.02", 900],
        ],
      ),
    ]);
    expect(a.fatal).toBe(false);
    expect(a.temuan).toEqual([]);
    expect(a.tahun).toBe(2024);
    expect(toLaporan(a).indikator[0]).toMatchObject({ sasaran: "Tanpa sasaran", capaian: 75 });
    expect(buildSheets(a).map((s) => s.name)).toEqual(LEMBAR_TANPA_RENSTRA);
  });

  it("extra columns are kept and ignored", () => {
    const tables = bukuKerja().map((t) => ({
      ...t,
      headers: ["Catatan", ...t.headers],
      rows: t.rows.map((r) => ["catatan bebas", ...r]),
    }));
    const a = jalankan(tables);
    expect(a.temuan).toEqual([]);
    expect(toLaporan(a).indikator[0].capaian).toBe(75);
  });
});

describe("bad input never throws", () => {
  const tahan = (tables: RawTable[]) => {
    const a = jalankan(tables);
    const sheets = buildSheets(a);
    expect(JSON.parse(JSON.stringify(toLaporan(a)))).toBeTruthy();
    return { a, sheets };
  };

  it.each<[string, (b: BarisDasar) => void]>([
    [
      "every cell blank",
      (b) => [b.targets, b.pagu, b.realisasi].forEach((rows) => rows.forEach((r) => r.fill(null))),
    ],
    [
      "#N/A everywhere",
      (b) => [b.targets, b.pagu, b.realisasi].forEach((rows) => rows.forEach((r) => r.fill("#N/A"))),
    ],
    [
      "text in the amount columns",
      (b) => {
        b.pagu.forEach((r) => (r[2] = "banyak"));
        b.realisasi.forEach((r) => (r[1] = "sedikit"));
      },
    ],
    [
      "duplicate codes everywhere",
      (b) => {
        b.targets.push(...b.targets.map((r) => [...r]));
        b.pagu.push(...b.pagu.map((r) => [...r]));
        b.realisasi.push(...b.realisasi.map((r) => [...r]));
      },
    ],
    [
      "a bad tahun and a bad polaritas",
      (b) => {
        b.targets[0][6] = "dua ribu";
        b.targets.push(["IKU-02", "S", "I", "%", 1, "kadang", 2024]);
      },
    ],
    [
      "a kode with no parent and a parent after its children",
      (b) => {
        b.pagu.reverse();
        b.pagu.push(["9.99.99.2.01.0001", "Yatim", 5, null, null, 2024]);
      },
    ],
    [
      "booleans and negative amounts",
      (b) => {
        b.pagu[2][2] = true;
        b.realisasi[1][1] = "(1.000)";
      },
    ],
  ])("%s", (nama, ubah) => {
    const { a } = tahan(bukuKerja(ubah));
    // With no readable indikator left there is nothing to report: the run stops and says why.
    const tanpaIndikator = nama === "every cell blank" || nama === "#N/A everywhere";
    expect(a.fatal).toBe(tanpaIndikator);
    if (tanpaIndikator)
      expect(a.temuan.map((t) => t.pesan).join(" ")).toMatch(
        nama === "every cell blank"
          ? /"targets" \(lembar PK\) belum berisi data/
          : /tidak memiliki indikator untuk tahun 2024/,
      );
    for (const t of a.temuan) expect(t.pesan.length).toBeGreaterThan(20);
  });

  it("rows shorter than the headers", () => {
    const tables = bukuKerja().map((t) => ({ ...t, rows: t.rows.map((r) => r.slice(0, 2)) }));
    expect(() => tahan(tables)).not.toThrow();
  });

  it("random tables (fast-check)", () => {
    const sel: fc.Arbitrary<CellValue> = fc.oneof(
      fc.constantFrom<CellValue>(
        null,
        "",
        " ",
        "-",
        "NA",
        "#N/A",
        "#DIV/0!",
        "abc",
        "1.234",
        "1,234",
        "99.70",
        "99,91",
        "(5.824.861.271,90)",
        "Rp 6.800.000,-",
        0,
        100,
        55.12,
        -3,
        true,
        "=SUM(A1)",
        "120 ≥ X > 100",
        "68,75 – 69,25",
        "negatif",
        2024,
        2023,
        "2024",
      ),
      fc.integer({ min: -1000, max: 1e9 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }),
      fc.string({ maxLength: 6 }),
    );
    const kode = fc.constantFrom<CellValue>(
      "IKU-01",
      "IKU-02",
      "1.06",
      "1.06.01",
      "1.06.01.2.01",
      "1.06.01.2.01.0001",
      "1.06.01.2.01.0002",
      "",
      null,
      5,
    );
    const acak = (name: string, headers: string[]) =>
      fc
        .array(
          fc.tuple(kode, fc.array(sel, { minLength: headers.length - 1, maxLength: headers.length - 1 })),
          {
            maxLength: 6,
          },
        )
        .map((rows) =>
          tabel(
            name,
            headers,
            rows.map(([k, r]) => [k, ...r]),
          ),
        );
    fc.assert(
      fc.property(
        acak("targets", KOLOM_TARGETS),
        acak("pagu", KOLOM_PAGU),
        acak("realisasi", KOLOM_REALISASI),
        fc.option(acak("skala_predikat", ["Predikat", "Rentang", "Batas Bawah", "Batas Atas"])),
        fc.constantFrom<"lkjip" | "permendagri86" | undefined>(undefined, "lkjip", "permendagri86"),
        (t, p, r, s, skala) => {
          const a = analyze([t, p, r, ...(s ? [s] : [])], { tahunSekarang: 2024, skala });
          buildSheets(a);
          for (const i of toLaporan(a).indikator)
            if (i.capaian !== null) expect(Number.isFinite(i.capaian)).toBe(true);
          for (const n of toLaporan(a).anggaran)
            if (n.persen !== null) expect(Number.isFinite(n.persen)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  // Regression (was a bug in src/core/angka.ts teksDariFloat → src/core/uang.ts senDariTeks): a number cell ≥ 1e21 in an
  // amount column gives teks "1e+21"; senDariTeks("1e+21") throws "Cannot convert 1e+21 to a
  // BigInt" (1.5e300 → "Cannot convert 5e to a BigInt") and analyze() crashes.
  it("a huge number in an amount column (1e21) does not crash the run", () => {
    expect(() => jalankan(bukuKerja((b) => (b.pagu[2][2] = 1e21)))).not.toThrow();
  });
});
