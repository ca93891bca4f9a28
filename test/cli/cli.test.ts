/** `capaian hitung`: files in, files out, exit codes and messages (src/cli/main.ts). */
import ExcelJS from "exceljs";
import { createHash } from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import { capaian, CONTOH } from "../helpers/cli";
import type { RawTable } from "../../src/core/table";
import { readTables } from "../../src/xlsx/read-tables";
import { seedRawTables } from "../fixtures/seed-tabel";
import { bukuKerja } from "../helpers/tabel";

jest.setTimeout(30000);

const SUMBER = ["Perjanjian Kinerja", "DPA", "Realisasi"];
const KELUARAN = [
  "Tabel Realisasi Keuangan",
  "Capaian Kinerja",
  "Perbandingan Tahunan",
  "Perbandingan Renstra",
  "Standar Nasional",
  "Analisis Keberhasilan",
  "Analisis Efisiensi",
  "Program Pendukung",
  "Realisasi Anggaran per Sasaran",
  "Narasi",
  "Temuan",
];

let tmp: string;
const f = (nama: string) => path.join(tmp, nama);
beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "capaian-cli-"))));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const baca = async (file: string) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
};
const hash = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");

/** Every non-empty cell of a sheet: address → value. */
function isi(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const hasil: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => (hasil[c.address] = c.value)),
  );
  return hasil;
}

/** A workbook with the given tables as named Excel tables. */
async function tulisBuku(file: string, tables: RawTable[], tambahan?: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  for (const t of tables) {
    const ws = wb.getWorksheet(t.sheet) ?? wb.addWorksheet(t.sheet);
    ws.addTable({
      name: t.name,
      ref: `${String.fromCharCode(64 + t.firstColumn)}${t.headerRow}`,
      headerRow: true,
      columns: t.headers.map((name) => ({ name })),
      rows: t.rows.map((r) => r.map((v) => (v === null ? null : v))),
    });
  }
  tambahan?.(wb);
  await wb.xlsx.writeFile(file);
}

describe("capaian hitung on the example", () => {
  let hasil: { kode: number; out: string; err: string };
  let hashMasukan: string;
  beforeAll(async () => {
    hashMasukan = hash(CONTOH);
    hasil = await capaian("hitung", CONTOH, "-o", f("keluaran.xlsx"), "--json", f("laporan.json"));
  });

  it("exits 0, writes both files, and says so in Indonesian", () => {
    expect(hasil.kode).toBe(0);
    expect(hasil.err).toBe("");
    expect(fs.existsSync(f("keluaran.xlsx"))).toBe(true);
    expect(fs.existsSync(f("laporan.json"))).toBe(true);
    expect(hasil.out).toContain("Capaian Kinerja Tahun 2024");
    expect(hasil.out).toContain("pagu Rp 4.235.577.713, realisasi Rp 4.183.315.561, serapan 98,77 %");
    expect(hasil.out).toContain("Temuan: 2 kesalahan, 13 peringatan, 6 info");
    expect(hasil.out).toContain(`Ditulis: ${f("keluaran.xlsx")}`);
    // The user's sheets are copied as they are, and the charts the add-in alone draws are said.
    expect(hasil.out).toContain("disalin apa adanya");
    expect(hasil.out).toContain("grafik capaian/serapan hanya dibuat oleh add-in");
  });

  it("never writes the input", () => {
    expect(hash(CONTOH)).toBe(hashMasukan);
  });

  it("the JSON has DOMAIN.md's keys", () => {
    const j = JSON.parse(fs.readFileSync(f("laporan.json"), "utf8"));
    const kunci = (o: object) => Object.keys(o).sort();
    // `opd` (the office mean) is an addition to DOMAIN.md's list; tahunan, renstra,
    // standarNasional, efisiensi and narasi come with chapter III's other sections
    expect(kunci(j)).toEqual(
      [
        "tahun",
        "skala",
        "indikator",
        "sasaran",
        "anggaran",
        "total",
        "temuan",
        "opd",
        "tahunan",
        "renstra",
        "standarNasional",
        "efisiensi",
        "anggaranPerSasaran",
        "analisis",
        "narasi",
      ].sort(),
    );
    expect(j).toMatchObject({ tahun: 2024, skala: "lkjip" });
    expect(j.indikator).toHaveLength(5);
    for (const i of j.indikator)
      expect(kunci(i)).toEqual(
        [
          "kode",
          "sasaran",
          "indikator",
          "satuan",
          "polaritas",
          "rumus",
          "tahun",
          "target",
          "realisasi",
          "capaian",
          "predikat",
        ].sort(),
      );
    for (const s of j.sasaran) expect(kunci(s)).toEqual(["capaian", "predikat", "sasaran"]);
    for (const a of j.anggaran)
      expect(kunci(a)).toEqual(["kode", "uraian", "level", "pagu", "realisasi", "persen", "kodeIku"].sort());
    expect(new Set(j.anggaran.map((a: { level: string }) => a.level))).toEqual(
      new Set(["program", "kegiatan", "sub kegiatan"]),
    );
    expect(kunci(j.total)).toEqual(["pagu", "persen", "realisasi"]);
    expect(j.total).toMatchObject({ pagu: 4235577713, realisasi: 4183315561 });
    // 18 of 2024 and 3 of 2022–2023 (the earlier years' stated capaian).
    expect(j.temuan).toHaveLength(21);
    for (const t of j.temuan)
      expect(kunci(t)).toEqual(
        [
          "jenis",
          "tingkat",
          "kode",
          "tahun",
          "tabel",
          "baris",
          "kolom",
          "alamat",
          "pesan",
          "tercatat",
          "dihitung",
        ].sort(),
      );
    // capaian unrounded; baris is the 1-based data row (Realisasi!E20 is data row 16 under header row 4)
    expect(j.indikator[0].capaian).toBeCloseTo(126.86567164179105, 12);
    const persen = j.temuan.find((t: { alamat: string }) => t.alamat === "Realisasi!E20");
    expect(persen).toMatchObject({
      jenis: "PERSEN_TIDAK_SESUAI",
      baris: 16,
      tabel: "realisasi",
      kolom: "Persen",
    });
    // Pemberdayaan Sosial: pagu 0 → persen null, not 0 or 100
    expect(j.anggaran.find((a: { kode: string }) => a.kode === "1.06.02").persen).toBeNull();
  });

  it("the copy has the source sheets, unchanged, then the three generated sheets", async () => {
    const masuk = await baca(CONTOH);
    const keluar = await baca(f("keluaran.xlsx"));
    expect(keluar.worksheets.map((w) => w.name)).toEqual([...SUMBER, ...KELUARAN]);
    for (const nama of SUMBER)
      expect(isi(keluar.getWorksheet(nama) as ExcelJS.Worksheet)).toEqual(
        isi(masuk.getWorksheet(nama) as ExcelJS.Worksheet),
      );
    expect(readTables(keluar)).toEqual(readTables(masuk));
    expect(readTables(masuk)).toEqual(seedRawTables());
  });

  it("the generated sheets hold live formulas with cached values", async () => {
    const ws = (await baca(f("keluaran.xlsx"))).getWorksheet("Tabel Realisasi Keuangan") as ExcelJS.Worksheet;
    let jumlah: ExcelJS.Row | undefined;
    ws.eachRow((row) => (row.getCell(1).value === "Jumlah" ? (jumlah = row) : undefined));
    expect(jumlah).toBeDefined();
    const pagu = jumlah?.getCell(5).value as ExcelJS.CellFormulaValue;
    expect(pagu.formula).toMatch(/^SUBTOTAL\(9,E\d+:E\d+\)$/);
    expect(pagu.result).toBe(4235577713);
  });

  it("a rerun on its own output replaces the generated sheets (no '(2)')", async () => {
    const lagi = await capaian("hitung", f("keluaran.xlsx"), "-o", f("keluaran-2.xlsx"));
    expect(lagi.kode).toBe(0);
    const wb = await baca(f("keluaran-2.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([...SUMBER, ...KELUARAN]);
    expect(lagi.out).not.toContain("sudah ada");
    const sebelum = (await baca(f("keluaran.xlsx"))).getWorksheet("Temuan") as ExcelJS.Worksheet;
    expect(isi(wb.getWorksheet("Temuan") as ExcelJS.Worksheet)).toEqual(isi(sebelum));
  });
});

describe("a user's own sheet named Temuan", () => {
  it("is kept; the output goes to 'Temuan (2)', and the message says so; a rerun reuses it", async () => {
    await tulisBuku(f("punya-temuan.xlsx"), seedRawTables(), (wb) => {
      wb.addWorksheet("Temuan").getCell("A1").value = "Catatan pemeriksa: jangan dihapus";
    });
    const r = await capaian("hitung", f("punya-temuan.xlsx"), "-o", f("punya-temuan-out.xlsx"));
    expect(r.kode).toBe(0);
    expect(r.out).toContain(
      'Lembar "Temuan" sudah ada dan bukan buatan Capaian; hasil ditulis ke "Temuan (2)".',
    );
    const wb = await baca(f("punya-temuan-out.xlsx"));
    const nama = wb.worksheets.map((w) => w.name);
    expect(nama).toEqual([...SUMBER, "Temuan", ...KELUARAN.slice(0, -1), "Temuan (2)"]);
    expect(wb.getWorksheet("Temuan")?.getCell("A1").value).toBe("Catatan pemeriksa: jangan dihapus");
    expect(wb.getWorksheet("Temuan (2)")?.getCell("A1").value).toBe("Temuan Tahun 2024");

    const lagi = await capaian("hitung", f("punya-temuan-out.xlsx"), "-o", f("punya-temuan-out-2.xlsx"));
    expect(lagi.kode).toBe(0);
    const wb2 = await baca(f("punya-temuan-out-2.xlsx"));
    expect(wb2.worksheets.map((w) => w.name).sort()).toEqual([...nama].sort());
    expect(wb2.getWorksheet("Temuan")?.getCell("A1").value).toBe("Catatan pemeriksa: jangan dihapus");
  });
});

describe("a generated sheet the user renamed", () => {
  it("is kept as the user's, as the add-in does; the rerun writes a fresh one under the name", async () => {
    const r = await capaian("hitung", CONTOH, "-o", f("ganti-nama.xlsx"));
    expect(r.kode).toBe(0);
    const wb = await baca(f("ganti-nama.xlsx"));
    const temuan = wb.getWorksheet("Temuan") as ExcelJS.Worksheet;
    const lama = isi(temuan);
    temuan.name = "Temuan 2023";
    // Excel moves the marker with the renamed sheet; exceljs does not, so do it here.
    const dn = wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
    dn.model = dn.model.map((n) => ({
      ...n,
      ranges: n.ranges.map((x) => x.replace(/^'?Temuan'?!/, "'Temuan 2023'!")),
    }));
    await wb.xlsx.writeFile(f("ganti-nama-2.xlsx"));

    const lagi = await capaian("hitung", f("ganti-nama-2.xlsx"), "-o", f("ganti-nama-3.xlsx"));
    expect(lagi.kode).toBe(0);
    const wb3 = await baca(f("ganti-nama-3.xlsx"));
    const nama = wb3.worksheets.map((w) => w.name);
    expect(nama).toEqual([...SUMBER, "Temuan 2023", ...KELUARAN]);
    expect(isi(wb3.getWorksheet("Temuan 2023") as ExcelJS.Worksheet)).toEqual(lama);

    // And again: the renamed sheet still stays, nothing is duplicated.
    const ketiga = await capaian("hitung", f("ganti-nama-3.xlsx"), "-o", f("ganti-nama-4.xlsx"));
    expect(ketiga.kode).toBe(0);
    expect((await baca(f("ganti-nama-4.xlsx"))).worksheets.map((w) => w.name)).toEqual(nama);
  });
});

describe("options", () => {
  it("--tahun 2023", async () => {
    const r = await capaian("hitung", CONTOH, "--tahun", "2023", "--json", f("2023.json"));
    expect(r.kode).toBe(0);
    expect(r.out).toContain("Capaian Kinerja Tahun 2023");
    const j = JSON.parse(fs.readFileSync(f("2023.json"), "utf8"));
    expect(j.tahun).toBe(2023);
    expect(j.indikator.map((i: { tahun: number }) => i.tahun)).toEqual([2023, 2023, 2023, 2023, 2023]);
    expect(j.indikator[0].capaian).toBeCloseTo((65 / 58) * 100, 10);
    expect(j.temuan.map((t: { jenis: string; kode: string }) => `${t.jenis} ${t.kode}`)).toEqual([
      "PAGU_TAHUN_KOSONG null",
      "CAPAIAN_TIDAK_SESUAI IKU-01",
      "CAPAIAN_TIDAK_SESUAI IKU-04",
      "CAPAIAN_TIDAK_SESUAI IKU-01",
    ]);
    expect(j.temuan.map((t: { tahun: number }) => t.tahun)).toEqual([2023, 2023, 2023, 2022]);
  });

  it("--skala permendagri86", async () => {
    const r = await capaian("hitung", CONTOH, "--skala", "permendagri86", "--json", f("p86.json"));
    expect(r.kode).toBe(0);
    const j = JSON.parse(fs.readFileSync(f("p86.json"), "utf8"));
    expect(j.skala).toBe("permendagri86");
    expect(j.indikator[1].predikat).toBe("Sangat Tinggi");
  });

  it("a bad --skala is explained in Indonesian, with the choices", async () => {
    const r = await capaian("hitung", CONTOH, "--skala", "bad");
    expect(r.kode).toBe(2);
    expect(r.err).toContain("lkjip, permendagri86");
    expect(r.err).toMatch(/tidak valid/);
  });

  it.each([
    ["--skala bad", ["hitung", CONTOH, "--skala", "bad"]],
    ["--tahun abc", ["hitung", CONTOH, "--tahun", "abc"]],
    ["no arguments", []],
    ["no file", ["hitung"]],
    ["an unknown option", ["hitung", CONTOH, "--apa"]],
  ])("%s → exit 2", async (_, args) => {
    const r = await capaian(...args);
    expect(r.kode).toBe(2);
    expect(r.err).not.toBe("");
  });

  it("--strict with error temuan → exit 1 (the outputs are still written)", async () => {
    const r = await capaian("hitung", CONTOH, "--strict", "--json", f("strict.json"));
    expect(r.kode).toBe(1);
    expect(fs.existsSync(f("strict.json"))).toBe(true);
    expect(r.err).toContain("--strict: keluar dengan kode 1 karena ada 2 temuan tingkat kesalahan");
  });

  it("a run without -o, --json or --docx says that it wrote nothing", async () => {
    const r = await capaian("hitung", CONTOH);
    expect(r.kode).toBe(0);
    expect(r.out).toContain("Tidak ada berkas yang ditulis");
    expect(r.out).not.toContain("Ditulis:");
  });

  it("--strict on a clean workbook → exit 0", async () => {
    await tulisBuku(f("bersih.xlsx"), bukuKerja());
    const r = await capaian("hitung", f("bersih.xlsx"), "--strict");
    expect(r.kode).toBe(0);
    expect(r.out).toContain("Temuan: 0 kesalahan, 0 peringatan, 0 info");
  });

  it("an output path equal to the input → exit 2, input untouched", async () => {
    fs.copyFileSync(CONTOH, f("sama.xlsx"));
    const sebelum = hash(f("sama.xlsx"));
    for (const o of [f("sama.xlsx"), path.join(tmp, "..", path.basename(tmp), "sama.xlsx")]) {
      const r = await capaian("hitung", f("sama.xlsx"), "-o", o);
      expect(r.kode).toBe(2);
      expect(r.err).toContain("sama dengan berkas masukan");
    }
    expect(hash(f("sama.xlsx"))).toBe(sebelum);
  });
});

describe("unusable input → exit 1, an Indonesian message, nothing written", () => {
  it("a missing file is called missing", async () => {
    const r = await capaian("hitung", f("tidak-ada.xlsx"), "-o", f("x.xlsx"), "--json", f("x.json"));
    expect(r.kode).toBe(1);
    expect(r.err).toContain(`Berkas ${f("tidak-ada.xlsx")} tidak ditemukan`);
    expect(r.err).not.toMatch(/\bat \w|Error:|not found/);
    expect(fs.existsSync(f("x.xlsx"))).toBe(false);
    expect(fs.existsSync(f("x.json"))).toBe(false);
  });

  it("a file that is not an .xlsx", async () => {
    fs.writeFileSync(f("teks.xlsx"), "bukan zip");
    const r = await capaian("hitung", f("teks.xlsx"));
    expect(r.kode).toBe(1);
    expect(r.err).toContain("bukan buku kerja Excel (.xlsx)");
    expect(r.err).not.toContain("tidak ditemukan");
  });

  it("a workbook without the pagu table: names it, writes neither file", async () => {
    await tulisBuku(
      f("tanpa-pagu.xlsx"),
      seedRawTables().filter((t) => t.name !== "pagu"),
    );
    const r = await capaian("hitung", f("tanpa-pagu.xlsx"), "-o", f("tp.xlsx"), "--json", f("tp.json"));
    expect(r.kode).toBe(1);
    expect(r.err).toContain("tidak ada yang ditulis");
    expect(r.err).toContain('Tabel bernama "pagu" tidak ditemukan');
    expect(r.out).toBe("");
    expect(fs.existsSync(f("tp.xlsx"))).toBe(false);
    expect(fs.existsSync(f("tp.json"))).toBe(false);
  });

  it("a required column missing: names table and column, writes nothing", async () => {
    const tables = seedRawTables().map((t) =>
      t.name === "realisasi" ? { ...t, headers: t.headers.map((h) => (h === "Realisasi" ? "Nilai" : h)) } : t,
    );
    await tulisBuku(f("tanpa-kolom.xlsx"), tables);
    const r = await capaian("hitung", f("tanpa-kolom.xlsx"), "-o", f("tk.xlsx"));
    expect(r.kode).toBe(1);
    expect(r.err).toContain('Tabel "realisasi" (lembar Realisasi) tidak memiliki kolom "Realisasi"');
    expect(fs.existsSync(f("tk.xlsx"))).toBe(false);
  });
});
